"""Version history of one entry: every earlier version kept, readable as labelled text,
compared word by word with the current one, and restorable; earlier versions can be
deleted for good (a name written by mistake)."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.errors import JournalError
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.version_text import (
    compare_html,
    diff_colours,
    local_time,
    version_html,
    version_items,
)
from journal_app.gui.window_fit import keep_on_screen
from journal_app.services.changes import Changed, DeleteHistory, Revert
from journal_app.services.journal import Revision

log = logging.getLogger(__name__)


class HistoryDialog(QDialog):
    """The versions of one saved entry (the caller saves the editor first)."""

    def __init__(self, session: Session, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_id = record_id
        self.restored = False  # the caller reloads the editor after a restore
        self.versions: list[Revision] = []
        self.setWindowTitle(self.tr("Version history"))  # never the entry's title
        self.setAccessibleName(self.tr("Version history"))

        note = QLabel(
            self.tr(
                "Each save keeps the version it replaced. Restoring an earlier version "
                "keeps the current one here too, so nothing is lost."
            ),
            self,
        )
        note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("history_list")
        self.list.setAccessibleName(self.tr("Versions of this entry"))
        self.list.setSpacing(2)
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 24))
        # A row longer than the list is wide wraps onto a second line: no sideways scroll.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.compare = QCheckBox(self.tr("&Compare with the current version"), self)
        self.compare.setObjectName("history_compare")
        self.compare.setAccessibleName(self.tr("Compare with the current version"))
        self.legend = QLabel(self)
        self.legend.setObjectName("history_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.text = QTextBrowser(self)
        self.text.setObjectName("history_text")
        self.text.setAccessibleName(self.tr("The selected version"))
        self.text.setOpenLinks(False)
        self.status = QLabel(self)
        self.status.setObjectName("history_status")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore this version…"), self)
        self.restore_button.setObjectName("history_restore")
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.delete_button = QPushButton(self.tr("&Delete older versions…"), self)
        self.delete_button.setObjectName("history_delete")
        self.delete_button.setAccessibleName(self.tr("Delete older versions"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.restore_button.setDefault(True)  # Enter restores (it asks); never deletes
        self.delete_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_older)
        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.compare.toggled.connect(lambda _on: self._show_selected())

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.compare)
        column.addWidget(self.legend)
        column.addWidget(self.text, 1)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        keep_on_screen(self, QSize(900, 580))  # or the screen, when that is smaller
        splitter.setSizes([320, 580])
        session.locking.connect(self._forget)
        session.changed.connect(self._changed)
        self._update_legend()
        self.refresh()
        self.list.setFocus()

    # --- showing ------------------------------------------------------------------------

    def refresh(self, select: int = 0) -> None:
        """Read the versions again and select the row `select` (the current one)."""
        self.list.clear()
        try:
            self.versions = self.session.reader.history(self.record_id)
        except JournalError as exc:
            self.versions = []
            self.status.setText(user_message(exc))
        for version in self.versions:
            item = QListWidgetItem(self._row_text(version), self.list)
            item.setData(Qt.ItemDataRole.UserRole, version.revision)
        if self.versions:
            self.list.setCurrentRow(min(select, len(self.versions) - 1))
        self._show_selected()

    def _row_text(self, version: Revision) -> str:
        if version.record is None:
            return self.tr("Revision {n} · Damaged: cannot be read").format(n=version.revision)
        when = local_time(version.record.updated)
        if version.current:
            return self.tr("Current version — saved {when}").format(when=when)
        return self.tr("Saved {when} · revision {n}").format(when=when, n=version.revision)

    def selected(self) -> Revision | None:
        row = self.list.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def _show_selected(self) -> None:
        version = self.selected()
        old = version is not None and not version.current
        readable = version is not None and version.record is not None
        self.restore_button.setEnabled(old and readable)
        self.delete_button.setEnabled(len(self.versions) > 1)
        self.compare.setEnabled(old and readable)
        self.legend.setVisible(old and readable and self.compare.isChecked())
        if version is None:
            self.text.clear()
        elif version.record is None:
            self.text.setPlainText(
                self.tr(
                    "This earlier version is damaged: the file was changed or damaged "
                    "where it is kept, so it cannot be read or restored. The current "
                    "version and the other versions are not affected."
                )
            )
        elif old and self.compare.isChecked():
            vocabulary = self.session.reader.vocabulary
            body, changed = compare_html(
                version_items(version.record, vocabulary),
                version_items(self.versions[0].record, vocabulary)
                if self.versions[0].record is not None
                else [],
                diff_colours(self.text.palette()),
            )
            if not changed:
                same = self.tr("This version reads the same as the current one.")
                body = f"<p><i>{html.escape(same)}</i></p>" + body
            self.text.setHtml(body)
        else:
            self.text.setHtml(
                version_html(version_items(version.record, self.session.reader.vocabulary))
            )
        if len(self.versions) == 1 and not self.status.text():
            self.status.setText(self._no_versions_note())

    def _no_versions_note(self) -> str:
        try:
            keep_none = self.session.reader.history_limit() == 0
        except JournalError:
            keep_none = False
        if keep_none:
            return self.tr("Your preferences keep no earlier versions of entries.")
        return self.tr("No earlier versions yet: one is kept each time you change this entry.")

    def _update_legend(self) -> None:
        deleted, inserted = diff_colours(self.text.palette())
        self.legend.setText(
            self.tr(
                '<s style="background-color:{deleted}">Struck through</s>: only in this '
                'version. <u style="background-color:{inserted}">Underlined</u>: only in '
                "the current version."
            ).format(deleted=deleted, inserted=inserted)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the look changed: new tints
            self._update_legend()
            self._show_selected()
        super().changeEvent(event)

    def _changed(self, changed: Changed) -> None:
        """Session.changed: this entry's versions changed (here or by a restore)."""
        if self.record_id in changed.history or self.record_id in changed.saved:
            self.refresh()

    # --- acting -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        version = self.selected()
        if version is None or version.current or version.record is None:
            return
        when = local_time(version.record.updated)
        answer = QMessageBox.question(
            self,
            self.tr("Restore this version"),
            self.tr(
                "Make the version saved {when} the current one? The text you have now "
                "is kept in the history, so you can go back to it."
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            # Session.changed reloads the editor, the list and the versions shown here.
            self.session.apply(Revert(self.record_id, version.revision))
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), user_message(exc))
            self.refresh(self.list.currentRow())
            return
        self.restored = True
        self.status.setText(
            self.tr("The version saved {when} is the current one again.").format(when=when)
        )

    def delete_older(self) -> None:
        earlier = len(self.versions) - 1
        if earlier < 1:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete older versions"),
            self.tr(
                "Delete the {n} earlier version(s) of this entry for good? Only the "
                "current version stays. Use this when an earlier version holds "
                "something that must go, such as a name written by mistake.\n\n"
                "This cannot be undone. Backups made before now still hold them."
            ).format(n=earlier),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = self.session.apply(DeleteHistory(self.record_id))  # refreshes: _changed
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), user_message(exc))
            self.refresh()
            return
        log.info("deleted %d earlier versions of one entry", deleted)
        self.status.setText(self.tr("{n} earlier version(s) deleted for good.").format(n=deleted))

    def _forget(self) -> None:
        """The journal locks: drop every version shown."""
        self.versions = []
        self.list.clear()
        self.text.clear()
        self.reject()
