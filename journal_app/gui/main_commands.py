"""The main window's commands that open a dialog or run long work: import, back up,
restore and export, the passphrase and recovery key, Preferences, the supervision
pack, the trash, version and share history. A mixin of MainWindow
(gui/main_window.py), which owns the pages they refresh."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from journal_app.errors import JournalError
from journal_app.gui.messages import user_message
from journal_app.gui.workers import LongWork
from journal_app.services.changes import SaveSettings, SetDictionary, SetHistoryLimit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from journal_app.gui.records_page import RecordsPage
    from journal_app.gui.session import Session


class CommandsMixin:
    """File and Edit menu work; each returns its LongWork when it starts one."""

    session: Session
    records: RecordsPage
    status: QLabel

    def _import_file(self) -> LongWork[int] | None:
        return self._import(folder=False)

    def _import_folder(self) -> LongWork[int] | None:
        return self._import(folder=True)

    def _import(self, folder: bool) -> LongWork[int] | None:
        """File menu work returns its LongWork (None when nothing was started)."""
        from journal_app.gui import file_actions

        self.records.save_now()
        work = file_actions.import_file(self, self.session, folder)
        return None if work is None else work.then(self._imported)

    def _imported(self, count: int) -> int:
        if count:
            self.records.fill_filters()
            self.records.refresh()
            self._refresh_side_views()
        return count

    def _backup(self) -> LongWork[Path | None] | None:
        from journal_app.gui import file_actions

        self.records.save_now()
        return file_actions.backup(self, self.session)

    def _restore(self) -> LongWork[Path | None] | None:
        from journal_app.gui import file_actions

        if not self.records.save_now():
            QMessageBox.warning(
                self,
                self.tr("Restore a backup"),
                self.tr("The entry could not be saved: put right what the editor shows first."),
            )
            return None
        return file_actions.restore(self, self.session)

    def _export_all(self) -> LongWork[Path | None] | None:
        from journal_app.gui import file_actions

        self.records.save_now()
        return file_actions.export_everything(self, self.session)

    def change_passphrase(self, recovery_only: bool = False) -> None:
        """Both rotate the journal's keys; the dialog explains what that means."""
        from PySide6.QtWidgets import QDialog

        from journal_app.gui.dialogs.change_passphrase import ChangePassphraseDialog

        if not self.records.save_now():
            QMessageBox.warning(
                self,
                self.tr("Change passphrase"),
                self.tr("The entry could not be saved: put right what the editor shows first."),
            )
            return
        dialog = ChangePassphraseDialog(self.session, recovery_only, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.setText(
                self.tr("New recovery key made") if recovery_only else self.tr("Passphrase changed")
            )

    def make_new_recovery_key(self) -> None:
        self.change_passphrase(recovery_only=True)

    def show_preferences(self) -> LongWork[int] | None:
        """The Preferences dialog; a changed history limit is applied on a worker (its
        LongWork is returned: None when there is none)."""
        from PySide6.QtWidgets import QApplication, QDialog

        from journal_app.gui.dialogs.preferences import PreferencesDialog
        from journal_app.gui.theme import apply_theme

        reader = self.session.reader
        # Read from the file as it is now: a command may have changed them since the unlock.
        shown = reader.settings()
        limit = reader.history_limit()
        words = reader.personal_words()
        dialog = PreferencesDialog(self.session.settings, shown, self, limit, dictionary=words)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.apply(self.session.settings)
        start_at_login = dialog.start_at_login()
        if start_at_login is not None:
            try:
                self.session.settings.set_start_at_login(start_at_login)
            except JournalError as exc:
                QMessageBox.warning(self, self.tr("Preferences not saved"), user_message(exc))
        # Only what the worker changed here: a setting another program changed while
        # the dialog was open keeps its new value.
        personal = dialog.personal_settings()
        changed = {k: v for k, v in personal.items() if k not in shown or shown[k] != v}
        if changed:
            try:
                self.session.apply(SaveSettings(changed))  # names stay encrypted in the vault
            except JournalError as exc:
                QMessageBox.warning(self, self.tr("Preferences not saved"), user_message(exc))
        new_words = dialog.dictionary_words()
        if new_words is not None:
            try:
                self.session.apply(SetDictionary(new_words))  # encrypted in the vault
            except JournalError as exc:
                QMessageBox.warning(self, self.tr("Preferences not saved"), user_message(exc))
        # After the names: set_history_limit writes the settings again, with the limit.
        work = None
        if dialog.history_limit() != limit:
            work = self._apply_history_limit(limit, dialog.history_limit())
        self.session.settings_changed()
        settings = self.session.settings
        apply_theme(QApplication.instance(), settings.theme, settings.font_size)
        return work

    def _apply_history_limit(self, old: int | None, new: int | None) -> LongWork[int] | None:
        """Keep at most `new` earlier versions of each entry; ask first when that
        deletes versions, saying how many."""
        doomed = self.session.reader.history_excess(new)
        if doomed:
            answer = QMessageBox.question(
                self,
                self.tr("Delete older versions?"),
                self.tr(
                    "Keep only the last {n} earlier version(s) of each entry? This deletes "
                    "{doomed} older version(s) for good now, and more as you write. It "
                    "cannot be undone."
                ).format(n=new, doomed=doomed),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.status.setText(self.tr("The version history was not changed."))
                return None

        def failed(exc: JournalError) -> int:
            QMessageBox.warning(self, self.tr("Preferences not saved"), user_message(exc))
            return 0

        work = self.session.apply_long(
            SetHistoryLimit(new), self, self.tr("Deleting older versions…")
        )
        return work.then(self._history_limit_set, failed, JournalError)

    def _history_limit_set(self, deleted: int) -> int:
        if deleted:
            message = self.tr("{n} older version(s) deleted for good.").format(n=deleted)
        else:
            message = self.tr("Version history setting saved.")
        self.status.setText(message)
        return deleted

    def show_pack(self) -> None:
        from journal_app.gui.dialogs.pack import EDIT_ENTRY, PackDialog

        if not self.session.is_unlocked:
            return
        self.records.save_now()  # the pack shows what is in the editor now
        dialog = PackDialog(self.session, self, state=self._pack_state)
        result = dialog.exec()
        # Choices are kept (in memory, until the journal locks) unless the pack went out.
        accepted = result == PackDialog.DialogCode.Accepted
        self._pack_state = None if accepted else dialog.state()
        record_id = dialog.edit_record_id if result == EDIT_ENTRY else ""
        dialog.deleteLater()
        if record_id and self.session.is_unlocked:
            try:
                record = self.session.reader.get(record_id)
            except JournalError:
                return
            self.show_section("timeline")
            self.records.open_record(record)
            self.status.setText(
                self.tr(
                    "Edit the entry, then open the supervision pack again: your choices are kept."
                )
            )

    def show_trash(self) -> None:
        from journal_app.gui.dialogs.trash import TrashDialog

        if not self.session.is_unlocked:
            return
        dialog = TrashDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()
        if self.session.is_unlocked:  # restored entries show again
            self.records.fill_filters()
            self.records.refresh()
            self._refresh_side_views()

    def show_history(self) -> None:
        """Edit > Version history: the open entry's earlier versions, after saving it."""
        from journal_app.gui.dialogs.history import HistoryDialog

        if not self.session.is_unlocked or self.records.current_record is None:
            return
        if not self.records.save_now():
            QMessageBox.warning(
                self,
                self.tr("Version history"),
                self.tr("The entry could not be saved: put right what the editor shows first."),
            )
            return
        record_id = self.records.current_record.id
        dialog = HistoryDialog(self.session, record_id, self)
        dialog.exec()
        restored = dialog.restored
        dialog.deleteLater()
        if restored and self.session.is_unlocked:
            try:
                record = self.session.reader.get(record_id)
            except JournalError:
                return
            self.records.open_record(record)  # its text and identifying-details note
            self.records.refresh()
            self.status.setText(self.tr("Earlier version restored"))

    def show_development_record(self) -> None:
        """File > Export development record: training, goals and coverage for a period."""
        from journal_app.gui.dialogs.development_record import DevelopmentRecordDialog

        if not self.session.is_unlocked:
            return
        self.records.save_now()  # the record shows what is in the editor now
        dialog = DevelopmentRecordDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()

    def show_share_history(self) -> None:
        from journal_app.gui.dialogs.share_history import ShareHistoryDialog

        if self.session.is_unlocked:
            dialog = ShareHistoryDialog(self.session, self)
            dialog.exec()
            dialog.deleteLater()
