"""The trash: deleted records, restorable until they are purged (30 days after
deleting, or at once with "Delete for good")."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import utc_now
from journal_app.errors import JournalError
from journal_app.gui.date_text import date_text
from journal_app.gui.messages import user_message
from journal_app.gui.models.record_list import TYPE_NAMES
from journal_app.gui.record_names import record_name_text
from journal_app.gui.session import Session
from journal_app.gui.workers import LongWork
from journal_app.services.changes import Changed, EmptyTrash, RestoreFromTrash
from journal_app.services.journal import TRASH_DAYS

log = logging.getLogger(__name__)


class TrashDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Trash"))
        self.setAccessibleName(self.tr("Trash"))
        note = QLabel(
            self.tr(
                "Deleted entries wait here for {days} days, then are deleted for good. "
                "They are not shown, searched or put in a supervision pack."
            ).format(days=TRASH_DAYS),
            self,
        )
        note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("trash_list")
        self.list.setAccessibleName(self.tr("Entries in the trash"))
        # A long title wraps onto more lines, never out of sight sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.empty = QLabel(self.tr("The trash is empty."), self)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("trash_restore")
        self.purge_button = QPushButton(self.tr("&Delete for good…"), self)
        self.purge_button.setObjectName("trash_purge")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.restore_button.setDefault(True)  # Enter restores; never deletes
        self.purge_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_all)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 400)
        session.locking.connect(self._forget)
        session.changed.connect(self._changed)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        now = utc_now()
        for record in self.session.reader.trash():
            kind = QCoreApplication.translate("RecordListModel", TYPE_NAMES[record.type])
            left = TRASH_DAYS - (now - (record.trashed or now)) // timedelta(days=1)
            # An untitled entry's name already says its kind ("Check-in · mood 6").
            name = (
                self.tr("{kind}: {title}").format(kind=kind, title=record.title.strip())
                if record.title.strip()
                else record_name_text(record)
            )
            text = self.tr("{date} · {name} · {days} days left").format(
                date=date_text(record.date), name=name, days=max(0, left)
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self._update_buttons()

    def _changed(self, changed: Changed) -> None:
        """Session.changed: what the trash holds changed (here, or by undo)."""
        if changed.trash:
            self.refresh()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)
        self.purge_button.setEnabled(self.list.count() > 0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        record_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            # Session.changed shows it in the views again, and refreshes this list.
            self.session.apply(RestoreFromTrash(record_id))
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not restored"), user_message(exc))

    def purge_all(self) -> LongWork[int] | None:
        """Empty the trash for good, after asking; the LongWork gives how many went."""
        answer = QMessageBox.question(
            self,
            self.tr("Empty the trash"),
            self.tr(
                "Delete the {n} entries in the trash for good? This cannot be undone.\n\n"
                "Backups made before now still hold them (encrypted): to be rid of them "
                "everywhere, delete those backups too."
            ).format(n=self.list.count()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None

        def failed(exc: JournalError) -> None:
            QMessageBox.warning(self, self.tr("Not deleted"), user_message(exc))
            self.refresh()  # some may have gone before it failed

        work = self.session.apply_long(EmptyTrash(), self, self.tr("Deleting for good…"))
        return work.then(None, failed, JournalError)

    def _forget(self) -> None:
        self.list.clear()
        self.reject()
