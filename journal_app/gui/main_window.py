"""The main window: side bar, the Today home, the records page, the actions board and
insights; menus with every action and its shortcut."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import RecordType
from journal_app.errors import JournalError
from journal_app.gui.day_timer import DayTimer
from journal_app.gui.menu_keys import key_for
from journal_app.gui.messages import user_message
from journal_app.gui.records_page import RecordsPage
from journal_app.gui.session import Session
from journal_app.gui.widgets.actions_board import ActionsBoard
from journal_app.gui.widgets.insights_view import InsightsView
from journal_app.gui.widgets.sidebar import SECTIONS, Sidebar, section_row
from journal_app.gui.widgets.supervision_banner import SupervisionBanner
from journal_app.gui.widgets.today_view import TodayView
from journal_app.gui.workers import LongWork
from journal_app.services.changes import (
    Changed,
    RecoverDamaged,
    SaveSettings,
    SetActionStatus,
    SetHistoryLimit,
)
from journal_app.services.integrity import IntegrityReport
from journal_app.services.today import Step, section_counts, suggestions

log = logging.getLogger(__name__)

__all__ = ["SECTIONS", "MainWindow", "section_row"]


class MainWindow(QMainWindow):
    quit_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # The title names the app only: never journal content (SECURITY.md).
        self.setWindowTitle(self.tr("PSW Journal"))
        self.setObjectName("main_window")
        self._pack_state = None  # the pack dialog's choices, kept while unlocked

        self.sidebar = Sidebar(self)

        self.today = TodayView(self)
        self.today.step_chosen.connect(self.take_step)
        self.day_timer = DayTimer(self)
        self.day_timer.new_day.connect(self._new_day)
        self.records = RecordsPage(session, self)
        self.actions_board = ActionsBoard(self._save_action_status, self)
        self.insights = InsightsView(self)
        self.pages = QStackedWidget()
        for page in (self.today, self.records, self.actions_board, self.insights):
            self.pages.addWidget(page)
        self.banner = SupervisionBanner(self)
        self.read_only_banner = QLabel(objectName="read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setAccessibleName(self.tr("Read-only journal"))
        self.read_only_banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.read_only_banner.setContentsMargins(8, 6, 8, 6)
        bold = self.read_only_banner.font()
        bold.setBold(True)
        self.read_only_banner.setFont(bold)
        self.read_only_banner.hide()
        self.status = QLabel(objectName="save_status")
        self.status.setAccessibleName(self.tr("Save status"))
        self.undo_button = QPushButton(self.tr("Undo delete"), objectName="undo_delete")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_delete)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.status)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(body)
        self.resize(1200, 780)

        self.shortcut_list: list[tuple[str, str]] = []
        self._write_actions: list[QAction] = []  # off while the journal is read-only
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._section_changed)
        self.records.saved.connect(self.status.setText)
        # Bound methods, not lambdas: Qt drops them when this window is destroyed. The
        # records page listens to `changed` itself; the side views are refreshed here.
        session.changed.connect(self._changed)
        session.locking.connect(self.records.keep_unsaved_as_draft)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.populate)
        if session.is_unlocked:
            self.populate()

    # --- menus ------------------------------------------------------------------

    def _action(
        self, menu: QMenu, text: str, slot, shortcut=None, listed_as: str | None = None
    ) -> QAction:
        """A menu action; one with a key is listed in the shortcuts dialog (by
        `listed_as`, or else its menu text)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(key_for(shortcut))
            self.shortcut_list.append(
                (
                    listed_as or text.replace("&", "").rstrip("…"),
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        # One New menu: Ctrl+N makes a reflection, the entry written most often.
        self.new_menu = file.addMenu(self.tr("&New"))
        self._action(
            self.new_menu,
            self.tr("&Reflection"),
            lambda: self.new_record(RecordType.REFLECTION),
            QKeySequence.StandardKey.New,
            self.tr("New reflection"),
        )
        self._action(
            self.new_menu,
            self.tr("&Disclosure decision"),
            lambda: self.new_record(RecordType.DISCLOSURE),
            "Ctrl+Shift+D",
            self.tr("New disclosure decision"),
        )
        self._action(
            self.new_menu,
            self.tr("&Supervision note"),
            lambda: self.new_record(RecordType.SUPERVISION),
            "Ctrl+Shift+S",
            self.tr("New supervision note"),
        )
        self._action(
            self.new_menu,
            self.tr("&Check-in"),
            lambda: self.new_record(RecordType.CHECKIN),
            "Ctrl+Shift+K",
            self.tr("New check-in"),
        )
        self._action(
            self.new_menu,
            self.tr("&Ending of a peer relationship"),
            lambda: self.new_record(RecordType.REFLECTION, "ending"),
            "Ctrl+Shift+N",  # Ctrl+Shift+E is Export (the supervision pack)
            self.tr("New ending of a peer relationship"),
        )
        file.addSeparator()
        self._action(file, self.tr("Supervision &pack…"), self.show_pack, "Ctrl+Shift+E")
        self._action(file, self.tr("Share &history…"), self.show_share_history)
        file.addSeparator()
        import_file = self._action(file, self.tr("&Import entries…"), self._import_file, "Ctrl+I")
        import_folder = self._action(
            file, self.tr("Import a &folder of Markdown notes…"), self._import_folder
        )
        self._action(file, self.tr("&Back up…"), self._backup, "Ctrl+B")
        restore = self._action(file, self.tr("&Restore a backup…"), self._restore)
        self._action(file, self.tr("E&xport everything, not encrypted…"), self._export_all)
        file.addSeparator()
        rekey = self._action(file, self.tr("Change pass&phrase…"), self.change_passphrase)
        new_key = self._action(
            file, self.tr("Make a new recovery &key…"), self.make_new_recovery_key
        )
        file.addSeparator()
        save = self._action(
            file, self.tr("&Save now"), self.records.save_now, QKeySequence.StandardKey.Save
        )
        self._action(file, self.tr("&Lock"), self.session.lock, "Ctrl+L")
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        delete = self._action(edit, self.tr("&Delete record…"), self.delete_current, "Ctrl+Delete")
        undo = self._action(edit, self.tr("&Undo delete"), self.undo_delete, "Ctrl+Shift+Z")
        self._write_actions = [
            self.new_menu.menuAction(),
            *self.new_menu.actions(),
            import_file,
            import_folder,
            restore,
            rekey,
            new_key,
            save,
            delete,
            undo,
        ]
        self._action(edit, self.tr("&Trash…"), self.show_trash)
        self.history_action = self._action(
            edit, self.tr("&Version history…"), self.show_history, "Ctrl+Shift+H"
        )
        self.history_action.setEnabled(False)
        # Only a saved entry has versions. Queued: the page has finished switching
        # entries (or locking) by the time the action looks at it.
        queued = Qt.ConnectionType.QueuedConnection
        self.records.editor_stack.currentChanged.connect(self._update_history_action, queued)
        self.records.saved.connect(self._update_history_action, queued)
        # The supervision reminder changes only when another entry is opened (or on
        # unlock and a change of section), never while the worker types in one.
        self.records.editor_stack.currentChanged.connect(self._refresh_banner)
        self.session.locked.connect(self._update_history_action, queued)
        edit.aboutToShow.connect(self._update_history_action)
        edit.addSeparator()
        self._action(
            edit,
            self.tr("&Preferences…"),
            self.show_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        view = bar.addMenu(self.tr("&View"))
        for row, (_key, label, _t, _icon) in enumerate(SECTIONS):
            self._action(
                view,
                self.tr(label),
                lambda _c=False, r=row: self.sidebar.setCurrentRow(r),
                f"Alt+{row + 1}",
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("&About PSW Journal"), self.show_about)

    # --- sections -------------------------------------------------------------------

    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentRow(section_row(key))

    def _section_changed(self, row: int) -> None:
        key, _label, record_type, _icon = SECTIONS[row]
        if key == "today":
            self.records.save_now()
            self.pages.setCurrentWidget(self.today)
        elif key == "actions":
            self.records.save_now()
            self.pages.setCurrentWidget(self.actions_board)
        elif key == "insights":
            self.records.save_now()
            self.pages.setCurrentWidget(self.insights)
        else:
            self.pages.setCurrentWidget(self.records)
            self.records.type_filter = record_type
            self.records.refresh()
        self._refresh_banner()
        self._refresh_side_views()

    def _changed(self, changed: Changed) -> None:
        """Session.changed: the side bar's counts, Today, the actions board and insights
        show records (Today also a waiting draft). The banner waits for the next section
        or entry: appearing mid-edit pushed the page down."""
        if changed.records or changed.draft:
            self._refresh_side_views()

    def _new_day(self) -> None:
        """Midnight: what "today" means has moved on."""
        self._refresh_banner()
        self._refresh_side_views()

    def _refresh_banner(self, *_: object) -> None:
        if self.session.is_unlocked:
            self.banner.refresh(self.session.reader, date.today())

    def _refresh_side_views(self) -> None:
        if not self.session.is_unlocked:
            return
        reader = self.session.reader
        today = date.today()
        records = reader.records()
        self.sidebar.show_counts(section_counts(records, today))
        self.today.show_suggestions(
            suggestions(records, today, reader.draft(), not reader.read_only), today
        )
        if self.pages.currentWidget() is self.actions_board:
            self.actions_board.refresh(reader, today)
        elif self.pages.currentWidget() is self.insights:
            self.insights.refresh(reader)

    def _save_action_status(self, record_id: str, index: int, status: str) -> None:
        self.session.apply(SetActionStatus(record_id, index, status))

    def take_step(self, step: Step) -> None:
        """A Today card's button: go where its next step is done."""
        if not self.session.is_unlocked:
            return
        if step is Step.FINISH_DRAFT:
            self.show_section("timeline")
            self.records.editor_stack.setFocus()
        elif step is Step.OVERDUE_ACTIONS:
            self.show_section("actions")
        elif step is Step.SUPERVISION_SOON:
            self.new_record(RecordType.REFLECTION, "supervision_prep")
        elif step is Step.WRITE_REFLECTION:
            self.new_record(RecordType.REFLECTION)
        elif step is Step.CHECK_IN:
            self.new_record(RecordType.CHECKIN)
        elif step is Step.BOOK_SUPERVISION:
            self.show_section("supervision")

    # --- commands -------------------------------------------------------------------

    def _show_read_only(self, read_only: bool) -> None:
        """A journal whose file or folder cannot be written opens read-only: a banner
        says so, and the actions that would change it are off (SECURITY.md)."""
        self.read_only_banner.setText(
            self.tr(
                "This journal is open read-only: its file or its folder cannot be written "
                "(read-only media such as a locked USB stick or a read-only share, or no "
                "permission to write there). You can read, search, back up and export it; "
                "nothing can be changed or added."
            )
            if read_only
            else ""
        )
        self.read_only_banner.setVisible(read_only)
        for action in self._write_actions:
            action.setEnabled(not read_only)

    def populate(self) -> None:
        self._show_read_only(self.session.reader.read_only)
        self.records.fill_filters()
        self.records.refresh()  # the list is ready when the worker turns to it
        if self.sidebar.currentRow() < 0:
            self.show_section("today")  # the home after unlocking
        else:
            self._section_changed(self.sidebar.currentRow())
        self.records.restore_draft()
        self.day_timer.start()

    def new_record(self, record_type: RecordType, template: str | None = None) -> None:
        if not self.session.is_unlocked:
            return
        self.show_section("timeline")
        self.records.new_record(record_type, template)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is not self.records:
            self.show_section("timeline")
        self.records.search.setFocus()
        self.records.search.selectAll()

    def delete_current(self) -> None:
        record = self.records.current_record
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete record"),
            self.tr("Delete this record? You can undo this until you lock or quit."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.records.delete_current()
            except JournalError as exc:
                QMessageBox.warning(self, self.tr("Not deleted"), user_message(exc))
                return
            self.undo_button.show()
            self.status.setText(self.tr("Deleted"))

    def undo_delete(self) -> None:
        if self.session.is_unlocked and self.session.can_undo_delete():
            try:
                record = self.session.undo_delete()
            except JournalError as exc:
                QMessageBox.warning(self, self.tr("Not restored"), user_message(exc))
                return
            self.records.refresh()
            if record is not None:
                self.records.open_record(record)
            self.status.setText(self.tr("Restored"))
        self.undo_button.setVisible(self.session.is_unlocked and self.session.can_undo_delete())

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
        dialog = PreferencesDialog(self.session.settings, shown, self, limit)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.apply(self.session.settings)
        # Only what the worker changed here: a setting another program changed while
        # the dialog was open keeps its new value.
        personal = dialog.personal_settings()
        changed = {k: v for k, v in personal.items() if k not in shown or shown[k] != v}
        if changed:
            try:
                self.session.apply(SaveSettings(changed))  # names stay encrypted in the vault
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

    def _update_history_action(self, *_: object) -> None:
        self.history_action.setEnabled(
            self.session.is_unlocked and self.records.current_record is not None
        )

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

    def show_share_history(self) -> None:
        from journal_app.gui.dialogs.share_history import ShareHistoryDialog

        if self.session.is_unlocked:
            dialog = ShareHistoryDialog(self.session, self)
            dialog.exec()
            dialog.deleteLater()

    def show_shortcuts(self) -> None:
        from journal_app.gui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.shortcut_list, self).exec()

    def integrity_problems(self) -> list[str]:
        """What unlocking found wrong with the file, in words (SECURITY.md: damaged
        records are quarantined and reported by id; changes made outside the app are
        reported, never silently accepted)."""
        if not self.session.is_unlocked:
            return []
        return self._problems_in_words(self.session.reader.integrity())

    def _problems_in_words(self, report: IntegrityReport) -> list[str]:
        problems = []
        if report.damaged:
            problems.append(
                self.tr(
                    "{n} entry(ies) could not be read: the file was damaged or changed "
                    "there. They are set aside, not shown, and nothing else is affected."
                ).format(n=len(report.damaged))
            )
        if report.changed_outside:
            problems.append(
                self.tr(
                    "{n} entry(ies) were changed outside PSW Journal (an older version "
                    "was put back, or one was replaced). They are shown as they are now."
                ).format(n=len(report.changed_outside))
            )
        if report.state_problems:
            problems.append(
                self.tr(
                    "Entries or earlier versions were removed from the journal file, or put "
                    "back from an older copy, outside PSW Journal. 'psw-journal verify' "
                    "names what it can."
                )
            )
        if not report.header_authentic:
            problems.append(self.tr("The journal's key slots were changed outside PSW Journal."))
        if report.schema_problems:
            problems.append(
                self.tr(
                    "The journal file was changed outside PSW Journal: {what}. You can read "
                    "and copy your entries, but nothing can be saved to this file. A backup "
                    "leaves out what PSW Journal does not define: back up now (File > Back "
                    "up), then restore that backup (File > Restore a backup) to go on writing."
                ).format(what="; ".join(p.message for p in report.schema_problems[:3]))
            )
        return problems

    def report_integrity(self) -> None:
        """Say plainly, once after unlocking, if the journal failed its checks."""
        if self.session.backup_problem:
            self.status.setText(
                self.tr("The last automatic backup failed: {reason}").format(
                    reason=self.session.backup_problem
                )
            )
        if not self.session.is_unlocked:
            return
        report = self.session.reader.integrity()
        problems = self._problems_in_words(report)
        if not problems:
            return
        ids = report.affected
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The journal failed a check"))
        box.setText("\n\n".join(problems))
        box.setInformativeText(
            self.tr(
                "Your other entries are safe and you can go on working. To get the "
                "entries back, restore a recent backup (File > Restore a backup): the "
                "journal as it is now is kept."
            )
        )
        if report.saving_refused:  # saving is refused: "go on working" would be wrong
            box.setInformativeText(
                self.tr(
                    "Your entries can still be read. To go on writing, back up now and "
                    "restore that backup, or restore a recent backup (File > Restore a "
                    "backup): the journal as it is now is kept."
                )
            )
        if ids:  # ids only: they say which entries, and hold no journal text
            box.setDetailedText(self.tr("Entry ids:") + "\n" + "\n".join(ids))
        recoverable = list(report.recoverable)
        bring_back = None
        if recoverable:
            bring_back = box.addButton(
                self.tr("Bring back their last good versions"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(bring_back)
            box.setInformativeText(
                self.tr(
                    "{n} of them have earlier versions that can still be read: you can "
                    "bring those back now (the damaged text cannot be read anyway), or "
                    "restore a recent backup (File > Restore a backup)."
                ).format(n=len(recoverable))
            )
        log.warning(
            "integrity check on unlock: %d damaged, %d changed outside",
            len(report.damaged),
            len(report.changed_outside),
        )
        box.exec()
        if bring_back is not None and box.clickedButton() is bring_back:
            self.recover_damaged_entries(recoverable)

    def recover_damaged_entries(self, record_ids: list[str]) -> LongWork[int]:
        """Replace each damaged entry by its newest readable earlier version (the
        records page shows them through Session.changed); the LongWork gives how many
        were brought back."""

        def failed(exc: JournalError) -> int:
            QMessageBox.warning(self, self.tr("Not brought back"), user_message(exc))
            return 0

        work = self.session.apply_long(
            RecoverDamaged(tuple(record_ids)), self, self.tr("Bringing entries back…")
        )
        return work.then(self._brought_back, failed, JournalError)

    def _brought_back(self, recovery) -> int:
        if recovery.failed is not None:
            QMessageBox.warning(self, self.tr("Not brought back"), user_message(recovery.failed))
        recovered = len(recovery.recovered)
        self.status.setText(
            self.tr("{n} entry(ies) brought back from their last good version.").format(n=recovered)
        )
        return recovered

    def show_about(self) -> None:
        from journal_app.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.session.vault_path, self.session.settings, self)
        dialog.exec()
        dialog.deleteLater()

    def clear(self) -> None:
        """On lock: every view drops what it showed, then the window closes."""
        self.day_timer.stop()
        self.records.clear()
        self.today.clear()
        self.sidebar.clear_counts()
        self.actions_board.clear()
        self.insights.clear()
        self.banner.hide()
        self._show_read_only(False)
        self.undo_button.hide()
        self.status.clear()

    def closeEvent(self, event) -> None:
        """Closing the window quits the app; the journal is saved and locked first
        (by the controller, on quit_requested). Text that cannot be saved is kept as
        an encrypted draft, and the worker is asked first."""
        if self.session.is_unlocked and not self.records.save_now():
            answer = QMessageBox.question(
                self,
                self.tr("Not saved"),
                self.tr(
                    "This entry could not be saved (see the message above it). "
                    "Quit anyway? It will be kept as a draft and shown next time."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.records.keep_unsaved_as_draft()
        super().closeEvent(event)
        self.quit_requested.emit()
