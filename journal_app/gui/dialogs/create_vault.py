"""First run: choose a passphrase, then see the recovery key once and prove it was
kept by typing its last group back. Accepted means a new vault exists and the session
is open. The passphrase and the key never go to logs, window titles or QSettings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.errors import JournalError
from journal_app.gui.cloud_warning import confirm_plain_file_location
from journal_app.gui.dialogs.recovery import RecoveryKeySheet
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.widgets.strength_meter import NewPassphraseFields
from journal_app.services.passphrase import require_acceptable
from journal_app.services.synced_folders import sync_service

log = logging.getLogger(__name__)
_W = TypeVar("_W", bound=QWidget)


def _label(text: str = "", scale: float = 1.0, bold: bool = False) -> QLabel:
    """Wrapped text; headings are larger, problems bold (never colour alone)."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def _button(text: str, name: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)  # Enter belongs to the page's main button
    _name(button, name, accessible).clicked.connect(slot)
    return button


def _name(widget: _W, name: str, accessible: str) -> _W:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def pdf_folder() -> Path:
    """Where the recovery-key PDF is offered first: Documents when it exists and is
    not synced to the cloud (often it is, on a work laptop), else the home folder,
    never the folder the app happened to start in."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir() and sync_service(Path(documents)) is None:
        return Path(documents)
    return Path.home()


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class CreateVaultDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._recovery_key = ""
        self.setWindowTitle(self.tr("PSW Journal — Create your journal"))
        self._pages = QStackedWidget()
        self._pages.addWidget(self._passphrase_page())
        self._pages.addWidget(self._recovery_page())
        QVBoxLayout(self).addWidget(self._pages)
        self.setMinimumWidth(560)
        self.fields.passphrase.setFocus()

    # --- page 1: the passphrase ------------------------------------------------------

    def _passphrase_page(self) -> QWidget:
        self.fields = NewPassphraseFields()
        self.fields.changed.connect(self._update_continue)
        self.error_label = _name(_label(bold=True), "createErrorLabel", self.tr("Problem"))
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(
            self.tr("Co&ntinue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        _name(self.continue_button, "continueButton", self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._create)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        _name(cancel, "cancelButton", self.tr("Cancel")).clicked.connect(self.reject)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr("Choose a passphrase"), 1.4, bold=True))
        intro = self.tr(
            "Your journal is encrypted with this passphrase. Nobody else, including IT, can "
            "open it without the passphrase or your recovery key. Several unrelated words "
            "are easy to remember and hard to guess."
        )
        layout.addWidget(_label(intro))
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(buttons)  # tab order follows the layout
        self._update_continue()
        return page

    def _update_continue(self) -> None:
        self.continue_button.setEnabled(self.fields.ready())

    def _create(self) -> None:
        if not self.fields.ready():
            return
        self.error_label.hide()
        try:
            require_acceptable(self.fields.text())
            key = self._session.create(self.fields.text(), self)
        except Exception as exc:  # shown as words, never a traceback
            log.warning("vault creation failed: %s", type(exc).__name__)
            self.error_label.setText(user_message(exc))
            self.error_label.show()
            return
        self.fields.clear()
        self._show_recovery_key(key)

    # --- page 2: the recovery key ------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label = _name(QLabel(), "recoveryKeyLabel", self.tr("Recovery key"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not selectable: the key belongs on paper, not on the clipboard.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it
        key_font = QFont(mono)
        key_font.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.6)
        key_font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(key_font)
        self.key_label.setMargin(12)
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)

        self.pdf_button = _button(
            self.tr("Save as &PDF…"),
            "savePdfButton",
            self.tr("Save recovery key as PDF"),
            self._ask_pdf_path,
        )
        self.print_button = _button(
            self.tr("P&rint…"), "printButton", self.tr("Print recovery key"), self._print
        )
        self.print_button.setVisible(RecoveryKeySheet.can_print())

        self.last_group_edit = _name(
            QLineEdit(), "lastGroupEdit", self.tr("Last group of the recovery key")
        )
        self.last_group_edit.setMaxLength(7)
        mono.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.last_group_edit.setFont(mono)
        self.last_group_edit.setMaximumWidth(160)
        self.last_group_edit.textChanged.connect(self._update_finish)
        typed_label = QLabel(self.tr("To check that you have kept it, type its &last group:"))
        typed_label.setBuddy(self.last_group_edit)

        buttons = QDialogButtonBox()
        self.finish_button = buttons.addButton(
            self.tr("&Finish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        _name(self.finish_button, "finishButton", self.tr("Finish"))
        self.finish_button.setDefault(True)
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self._finish)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr("Your recovery key"), 1.4, bold=True))
        intro = self.tr(
            "If you forget your passphrase, this key is the only way back into your "
            "journal. It is shown only this once. Print it or write it down, or save it "
            "as a PDF on a USB stick, and keep it away from this laptop. Not in a folder "
            "that syncs to the cloud (OneDrive, iCloud, Dropbox): anyone with the key "
            "and a copy of the journal could read it."
        )
        layout.addWidget(_label(intro))
        layout.addWidget(self.key_label)
        layout.addLayout(_row(self.print_button, self.pdf_button))
        self.pdf_saved_label = _name(QLabel(), "pdfSavedLabel", self.tr("Recovery key PDF"))
        self.pdf_saved_label.setWordWrap(True)
        self.pdf_saved_label.hide()
        layout.addWidget(self.pdf_saved_label)
        layout.addSpacing(6)
        layout.addLayout(_row(typed_label, self.last_group_edit))
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Tab order follows the layout: key, PDF, Print, last group, Finish.
        return page

    def _show_recovery_key(self, key: str) -> None:
        self._recovery_key = key
        groups = key.split("-")
        self.key_label.setText("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))
        self._pages.setCurrentIndex(1)
        self.last_group_edit.setFocus()

    def recovery_key_shown(self) -> str:
        """The key on page 2 as one line of groups ('' before creation or after Finish)."""
        return self._recovery_key

    def _key_confirmed(self) -> bool:
        typed = "".join(ch for ch in self.last_group_edit.text() if ch.isalnum()).upper()
        return bool(self._recovery_key) and typed == self._recovery_key.rsplit("-", 1)[-1]

    def _update_finish(self) -> None:
        self.finish_button.setEnabled(self._key_confirmed())

    def _finish(self) -> None:
        if self._key_confirmed():
            self._leave()

    def _leave(self) -> None:
        self._recovery_key = ""
        self.key_label.clear()
        self.last_group_edit.clear()
        super().accept()  # the journal was created and is open

    def reject(self) -> None:
        """Before creation: cancel. After: the vault exists, so only leave on purpose."""
        if not self._recovery_key:
            super().reject()
            return
        answer = QMessageBox.warning(
            self,
            self.tr("PSW Journal — Recovery key"),
            self.tr(
                "You have not confirmed your recovery key. It will not be shown again, and "
                "without it a forgotten passphrase means the journal cannot be opened.\n\n"
                "Leave anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._leave()

    # --- keeping the key: PDF and print ------------------------------------------------

    def _sheet(self) -> RecoveryKeySheet:
        return RecoveryKeySheet(self._recovery_key, self._session.vault_path.name, self)

    def save_recovery_pdf(self, path: str | Path) -> None:
        """Write the recovery key (never the passphrase) as a one-page A4 PDF."""
        self._sheet().save_pdf(path)

    def _ask_pdf_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery key (a USB stick you keep safe is best)"),
            str(pdf_folder() / self.tr("PSW Journal recovery key.pdf")),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        if not confirm_plain_file_location(
            self,
            Path(path),
            self.tr("With this key and a copy of the journal, anyone can read your journal."),
        ):
            return
        try:
            self.save_recovery_pdf(path)
        except (JournalError, OSError) as exc:
            message = self.tr("The PDF could not be saved there: {reason}").format(
                reason=user_message(exc)
            )
            QMessageBox.warning(self, self.tr("PSW Journal — Recovery key"), message)
            return
        self.pdf_saved_label.setText(
            self.tr("Saved as {name}. Keep it off this laptop.").format(name=Path(path).name)
        )
        self.pdf_saved_label.show()

    def _print(self) -> None:
        self._sheet().print_with_dialog(self)
