"""The recovery key shown once, as at set-up and after a passphrase change that made a
new one: the key in large type (not selectable: it belongs on paper, not on the
clipboard), Print and Save as PDF, and its last group typed back to prove it was
kept. The key never goes to logs, window titles or QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.errors import JournalError
from journal_app.gui.cloud_warning import confirm_plain_file_location
from journal_app.gui.dialogs.recovery import RecoveryKeySheet
from journal_app.gui.file_places import start_path
from journal_app.gui.messages import user_message


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class RecoveryKeyPanel(QWidget):
    """Shows one recovery key; `confirmed_changed(bool)` follows the typed last group."""

    confirmed_changed = Signal(bool)

    def __init__(self, vault_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault_name = vault_name
        self._key = ""
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label = _named(QLabel(), "recoveryKeyLabel", self.tr("Recovery key"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it
        key_font = QFont(mono)
        key_font.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.6)
        key_font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(key_font)
        self.key_label.setMargin(12)
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)

        self.pdf_button = self._button(
            self.tr("Save as &PDF…"),
            "savePdfButton",
            self.tr("Save recovery key as PDF"),
            self._ask_pdf_path,
        )
        self.print_button = self._button(
            self.tr("P&rint…"), "printButton", self.tr("Print recovery key"), self._print
        )
        self.print_button.setVisible(RecoveryKeySheet.can_print())
        self.pdf_saved_label = _named(QLabel(), "pdfSavedLabel", self.tr("Recovery key PDF"))
        self.pdf_saved_label.setWordWrap(True)
        self.pdf_saved_label.hide()

        self.last_group_edit = _named(
            QLineEdit(), "lastGroupEdit", self.tr("Last group of the recovery key")
        )
        self.last_group_edit.setMaxLength(7)
        mono.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.last_group_edit.setFont(mono)
        self.last_group_edit.setMaximumWidth(160)
        self.last_group_edit.textChanged.connect(self._typed)
        self.group_hint = _named(QLabel(), "lastGroupHint", self.tr("Recovery key check"))
        self.group_hint.setWordWrap(True)
        self.group_hint.hide()
        typed_label = QLabel(self.tr("To check that you have kept it, type its &last group:"))
        typed_label.setBuddy(self.last_group_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addLayout(_row(self.print_button, self.pdf_button))
        layout.addWidget(self.pdf_saved_label)
        layout.addSpacing(6)
        layout.addLayout(_row(typed_label, self.last_group_edit))
        layout.addWidget(self.group_hint)
        # Tab order follows the layout: key, Print, PDF, last group.

    def _button(self, text: str, name: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter belongs to the page's main button
        _named(button, name, accessible).clicked.connect(slot)
        return button

    # --- the key ---------------------------------------------------------------------

    def show_key(self, key: str) -> None:
        self._key = key
        groups = key.split("-")
        self.key_label.setText("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))
        self.last_group_edit.setFocus()

    def key(self) -> str:
        """The key shown, as one line of groups ('' when none is)."""
        return self._key

    def _typed_group(self) -> str:
        return "".join(
            c for c in self.last_group_edit.text() if c.isascii() and c.isalnum()
        ).upper()

    def is_confirmed(self) -> bool:
        return bool(self._key) and self._typed_group() == self._key.rsplit("-", 1)[-1]

    def _typed(self, _text: str = "") -> None:
        """Say whether the typed group is the last one, and if not, which it is."""
        hint = self.check_message()
        self.group_hint.setText(hint)
        self.group_hint.setVisible(bool(hint))
        self.last_group_edit.setAccessibleDescription(hint)
        self.confirmed_changed.emit(self.is_confirmed())

    def check_message(self) -> str:
        """The words under the typed group ('' until a whole group is typed)."""
        groups = self._key.split("-") if self._key else []
        typed = self._typed_group()
        if not groups or len(typed) < len(groups[-1]):
            return ""
        last = len(groups)
        if self.is_confirmed():
            return self.tr("✓ That matches the last group. Your key is kept.")
        if typed in groups:
            return self.tr(
                "✗ That is group {n} of {last}. Type the last group, group {last}: the five "
                "characters after the last dash."
            ).format(n=groups.index(typed) + 1, last=last)
        return self.tr(
            "✗ That does not match the last group (group {last} of {last}). Check each "
            "character against the key above."
        ).format(last=last)

    def clear(self) -> None:
        self._key = ""
        self.key_label.clear()
        self.last_group_edit.clear()
        self.group_hint.hide()

    def may_leave(self, title: str) -> bool:
        """Leaving before the key was confirmed asks first: it is not shown again."""
        if not self._key or self.is_confirmed():
            return True
        answer = QMessageBox.warning(
            self,
            title,
            self.tr(
                "You have not confirmed your recovery key. It will not be shown again, and "
                "without it a forgotten passphrase means the journal cannot be opened.\n\n"
                "Leave anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- keeping the key: PDF and print ------------------------------------------------

    def _sheet(self) -> RecoveryKeySheet:
        return RecoveryKeySheet(self._key, self._vault_name, self)

    def save_pdf(self, path: str | Path) -> None:
        """Write the recovery key (never the passphrase) as a one-page A4 PDF."""
        self._sheet().save_pdf(path)

    def _ask_pdf_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery key (a USB stick you keep safe is best)"),
            start_path(self.tr("PSW Journal recovery key.pdf"), unencrypted=True),
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
            self.save_pdf(path)
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
