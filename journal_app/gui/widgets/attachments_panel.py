"""The files attached to the open entry (certificates, letters, feedback), under it:
a list, and Add, Open, Save as and Remove. Open hands the system's viewer a private
temporary copy (services/viewing.py), removed when the journal locks or the app quits.
Remove detaches the file; it can be brought back until the trash is emptied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.errors import JournalError
from journal_app.gui.cloud_warning import confirm_plain_file_location
from journal_app.gui.date_text import date_text
from journal_app.gui.file_places import start_folder, start_path
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.services import viewing
from journal_app.services.attachment_changes import AttachFile, Detach, Reattach
from journal_app.services.attachments import Attachment

ID_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("AttachmentsPanel", "%n byte(s)", "", size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("AttachmentsPanel", "{0} KB").format(f"{size / 1024:.0f}")
    return QCoreApplication.translate("AttachmentsPanel", "{0} MB").format(
        f"{size / (1024 * 1024):.1f}"
    )


class AttachmentsPanel(QWidget):
    """Shows the attachments of one saved entry (`show_entry`), or nothing."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="attachments_panel")
        self.session = session
        self.entry_id: str | None = None
        self._removed: Attachment | None = None  # the last one removed, to bring back

        self.heading = QLabel(self.tr("Attached files"), objectName="attachments_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(objectName="attachments_list")
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setAccessibleDescription(
            self.tr("Certificates, letters and other files kept with this entry, encrypted")
        )
        self.heading.setBuddy(self.list)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty = QLabel(self.tr("No files attached."), objectName="attachments_empty")
        self.add_button = QPushButton(self.tr("&Add file…"), objectName="attach_file")
        self.add_button.setToolTip(
            self.tr("Attach a certificate, a letter or feedback (20 MB at most), encrypted")
        )
        self.open_button = QPushButton(self.tr("&Open"), objectName="open_attachment")
        self.open_button.setToolTip(self.tr("Open the file in the program your computer uses"))
        self.save_button = QPushButton(self.tr("Sa&ve as…"), objectName="save_attachment")
        self.save_button.setToolTip(self.tr("Save a copy of the file (not encrypted)"))
        self.remove_button = QPushButton(self.tr("Re&move"), objectName="remove_attachment")
        self.remove_button.setToolTip(
            self.tr(
                "Take the file off this entry (it can be brought back until the trash is emptied)"
            )
        )
        self.status = QLabel(objectName="attachments_status")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Bring back"), objectName="bring_back_attachment")
        self.add_button.clicked.connect(self.add_file)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.bring_back)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        undo = QHBoxLayout()
        undo.setContentsMargins(0, 0, 0, 0)
        undo.addWidget(self.status, 1)
        undo.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(undo)
        # Long names are shortened in the middle (whole in the tooltip), never scrolled.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)

        session.changed.connect(self._on_changed)
        session.locking.connect(self._on_locking)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(viewing.remove_copies)
        self.show_entry(None)

    # --- what is shown -------------------------------------------------------------------

    def show_entry(self, entry_id: str | None) -> None:
        """Show the files of the saved entry `entry_id` (None: hide the panel)."""
        if entry_id != self.entry_id:
            self._set_removed(None)
        self.entry_id = entry_id
        self.setVisible(entry_id is not None)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.list.clear()
        found: list[Attachment] = []
        if self.entry_id is not None and self.session.is_unlocked:
            try:
                found = self.session.reader.attachments(self.entry_id)
            except JournalError:
                found = []  # a damaged entry or file: verify names it
        for attachment in found:
            text = self.tr("{name} ({size}, added {date})").format(
                name=attachment.name,
                size=size_text(attachment.size),
                date=date_text(attachment.added.astimezone().date()),
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ID_ROLE, attachment.id)
            self.list.addItem(item)
            if attachment.id == current:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(found))
        rows = min(max(len(found), 1), 5)  # up to five lines, then it scrolls
        row = self.list.sizeHintForRow(0) if found else self.list.fontMetrics().height()
        self.list.setFixedHeight(row * rows + 2 * self.list.frameWidth() + 4)
        self.empty.setVisible(not found)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.session.is_unlocked and not self.session.reader.read_only
        chosen = self.current_id() is not None
        self.add_button.setEnabled(writable and self.entry_id is not None)
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(writable and chosen)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _on_changed(self, changed) -> None:
        if self.entry_id is not None and self.entry_id in getattr(changed, "attachments", ()):
            self.refresh()

    def _on_locking(self) -> None:
        self.list.clear()
        self._set_removed(None)
        viewing.remove_copies()

    def _set_removed(self, attachment: Attachment | None) -> None:
        self._removed = attachment
        if attachment is None:
            self.status.clear()
        else:
            self.status.setText(
                self.tr("{name} was taken off this entry.").format(name=attachment.name)
            )
        self.status.setVisible(attachment is not None)
        self.undo_button.setVisible(attachment is not None)

    def _fail(self, title: str, exc: JournalError) -> None:
        QMessageBox.warning(self, title, user_message(exc))

    # --- the actions ---------------------------------------------------------------------

    def add_file(self) -> None:
        if self.entry_id is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file to this entry"), str(start_folder())
        )
        if not chosen:
            return
        try:
            attachment = self.session.apply(AttachFile(self.entry_id, Path(chosen)))
        except JournalError as exc:
            self._fail(self.tr("The file was not attached"), exc)
            return
        self._select(attachment.id)

    def _select(self, attachment_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == attachment_id:
                self.list.setCurrentRow(row)
                return

    def _chosen(self) -> Attachment | None:
        attachment_id = self.current_id()
        if self.entry_id is None or attachment_id is None:
            return None
        for attachment in self.session.reader.attachments(self.entry_id):
            if attachment.id == attachment_id:
                return attachment
        return None

    def open_selected(self) -> None:
        attachment = self._chosen()
        if attachment is None:
            return
        try:
            data = self.session.reader.attachment_data(attachment.entry_id, attachment.id)
            path = viewing.write_copy(attachment.name, data)
        except JournalError as exc:
            self._fail(self.tr("The file could not be opened"), exc)
            return
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("The file could not be opened"),
                self.tr("A private copy for viewing could not be written."),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        attachment = self._chosen()
        if attachment is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the file"), start_path(attachment.name, unencrypted=True)
        )
        if not chosen:
            return
        out = Path(chosen)
        what = self.tr("The copy of the file is not encrypted.")
        if not confirm_plain_file_location(self, out, what):
            return
        try:
            self.session.reader.save_attachment(attachment.entry_id, attachment.id, out)
        except JournalError as exc:
            self._fail(self.tr("The file was not saved"), exc)

    def remove_selected(self) -> None:
        attachment = self._chosen()
        if attachment is None:
            return
        try:
            self.session.apply(Detach(attachment.entry_id, attachment.id))
        except JournalError as exc:
            self._fail(self.tr("The file was not taken off"), exc)
            return
        self._set_removed(attachment)
        self.undo_button.setFocus()

    def bring_back(self) -> None:
        attachment = self._removed
        if attachment is None:
            return
        try:
            self.session.apply(Reattach(attachment.entry_id, attachment.id))
        except JournalError as exc:
            self._fail(self.tr("The file was not brought back"), exc)
            return
        self._set_removed(None)
        self._select(attachment.id)
        self.list.setFocus()
