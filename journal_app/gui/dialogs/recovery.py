"""The recovery key: on paper (`RecoveryKeySheet`, printed or saved as PDF at set-up)
and back again (`RecoveryDialog`: the key and a new passphrase when the passphrase is
forgotten; accepted means the new passphrase is set and the session is open)."""

from __future__ import annotations

import logging
import re
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.export.formats import write_atomically
from journal_app.export.pdf_finish import require_complete_pdf
from journal_app.gui.date_text import date_text
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.widgets.strength_meter import NewPassphraseFields
from journal_app.gui.widgets.vertical_scroll import scrolling_page
from journal_app.gui.window_fit import keep_fitted
from journal_app.services.passphrase import require_acceptable
from journal_app.services.vault_setup import unexpected_recovery_character

try:  # QtPrintSupport ships with PySide6-Essentials, but a trimmed build may lack it
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover - depends on the installed wheel
    QPrintDialog = QPrinter = None

log = logging.getLogger(__name__)

_KEY_CHARACTERS = 40  # 8 groups of 5
_GROUP_CHARACTERS = 5


class RecoveryKeySheet(QObject):
    """One A4 page with the recovery key: never the passphrase, never journal text."""

    def __init__(self, key: str, vault_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._key = key
        self._vault_name = vault_name
        self._font = QFont(parent.font())

    @staticmethod
    def can_print() -> bool:
        return QPrintDialog is not None

    def document(self) -> QTextDocument:
        groups = self._key.split("-")
        lines = [
            self.tr("Journal file: {name}").format(name=self._vault_name),
            self.tr("Created: {day}").format(day=date_text(date.today())),
        ]
        notes = [
            self.tr("This key opens your journal if you forget your passphrase."),
            self.tr(
                "Keep it somewhere safe and away from the laptop: anyone with this key and "
                "the journal file can read your journal."
            ),
        ]
        doc = QTextDocument(self)
        self._font.setPointSizeF(11)
        doc.setDefaultFont(self._font)
        doc.setHtml(
            f"<h1>{escape(self.tr('PSW Journal recovery key'))}</h1>"
            f"<p>{'<br/>'.join(escape(line) for line in lines)}</p>"
            "<p style='font-family: monospace; font-size: 22pt; font-weight: 600'>"
            f"{'-'.join(groups[:4])}<br/>{'-'.join(groups[4:])}</p>"
            + "".join(f"<p>{escape(note)}</p>" for note in notes)
        )
        return doc

    def save_pdf(self, path: str | Path) -> None:
        """Write the sheet as a PDF, atomically: an older file of that name (an old
        key, or one open in a viewer, which Windows will not let be replaced) is never
        reported as saved. Raises StorageError naming what went wrong."""

        def write(temp: Path) -> None:
            writer = QPdfWriter(str(temp))
            writer.setTitle(self.tr("PSW Journal recovery key"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            self.document().print_(writer)
            del writer  # finishes the file
            require_complete_pdf(temp)  # a full disk cuts it off without a word from Qt

        write_atomically(Path(path), write)
        log.info("recovery key saved as PDF")

    def print_with_dialog(self, parent: QWidget) -> None:
        if QPrintDialog is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(self.tr("Print recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
            log.info("recovery key printed")


class RecoveryDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("PSW Journal — Recover with your recovery key"))

        heading = QLabel(self.tr("Set a new passphrase"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Type the recovery key you printed or wrote down when you set up the journal "
                "(spaces, dashes and small letters are fine), then choose a new passphrase. "
                "Your entries are kept and the recovery key keeps working."
            )
        )
        intro.setWordWrap(True)

        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_edit.setFont(mono)
        self.key_edit.setMinimumWidth(self.key_edit.fontMetrics().horizontalAdvance("X" * 50) + 24)
        self.key_edit.textChanged.connect(self._update_ok)
        key_label = QLabel(self.tr("&Recovery key:"))
        key_label.setBuddy(self.key_edit)
        self.key_hint = QLabel()
        self.key_hint.setObjectName("recoveryKeyHint")
        self.key_hint.setWordWrap(True)

        self.fields = NewPassphraseFields(passphrase_label=self.tr("&New passphrase:"))
        self.fields.form.insertRow(0, key_label, self.key_edit)
        self.fields.form.insertRow(1, "", self.key_hint)
        self.fields.changed.connect(self._update_ok)

        self.error_label = QLabel()
        self.error_label.setObjectName("recoveryErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setWordWrap(True)
        bold = self.error_label.font()
        bold.setBold(True)
        self.error_label.setFont(bold)
        self.error_label.hide()

        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Set new pass&phrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("setPassphraseButton")
        self.ok_button.setAccessibleName(self.tr("Set new passphrase"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._recover)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        QVBoxLayout(self).addWidget(scrolling_page(content, buttons))
        self.setTabOrder(self.key_edit, self.fields.passphrase)
        self.setTabOrder(self.fields.generate_button, self.ok_button)
        self.setTabOrder(self.ok_button, cancel)
        keep_fitted(self)  # a message after a wrong key needs room
        self.key_edit.setFocus()
        self._update_ok()

    def _key_length(self) -> int:
        return sum(ch.isascii() and ch.isalnum() for ch in self.key_edit.text())

    def _short_or_long_group(self) -> tuple[int, int] | None:
        """The first group typed in full (a space or dash after it) that is not five
        characters long, as (its number, its length); None when there is none."""
        groups = re.split(r"[^0-9A-Za-z]+", self.key_edit.text().strip())
        for number, group in enumerate(groups[:-1], start=1):  # the last may be unfinished
            if len(group) != _GROUP_CHARACTERS:
                return number, len(group)
        last = groups[-1]
        if len(groups) == _KEY_CHARACTERS // _GROUP_CHARACTERS and len(last) > _GROUP_CHARACTERS:
            return len(groups), len(last)
        return None

    def _update_ok(self) -> None:
        typed = self._key_length()
        wrong_group = self._short_or_long_group() if typed else None
        odd = unexpected_recovery_character(self.key_edit.text())
        if odd is not None:
            shown = (
                odd[1] if odd[1].isprintable() and not odd[1].isspace() else f"U+{ord(odd[1]):04X}"
            )
            hint = self.tr(
                "✗ Character {n}, “{character}”, is not in a recovery key: it has only the "
                "letters A to Z, digits, spaces and hyphens."
            ).format(n=odd[0], character=shown)
        elif typed == 0:
            hint = self.tr("8 groups of 5 letters and digits.")
        elif wrong_group is not None:
            hint = self.tr(
                "✗ Group {n} has {length} characters; each group has 5. Check it against "
                "your copy of the key."
            ).format(n=wrong_group[0], length=wrong_group[1])
        elif typed < _KEY_CHARACTERS:
            hint = self.tr("{n} of 40 characters so far.").format(n=typed)
        elif typed == _KEY_CHARACTERS:
            hint = self.tr("✓ That is the right length.")
        else:
            hint = self.tr("✗ That is longer than a recovery key ({n} of 40).").format(n=typed)
        self.key_hint.setText(hint)
        self.ok_button.setEnabled(odd is None and typed == _KEY_CHARACTERS and self.fields.ready())

    def _recover(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.error_label.hide()
        try:
            require_acceptable(self.fields.text(), "new passphrase")
        except Exception as exc:  # shown as words, never a traceback
            self._refused(exc)
            return
        self._session.recover(self.key_edit.text(), self.fields.text(), self).then(
            lambda _opened: self.accept(), self._refused
        )

    def _refused(self, exc: Exception) -> None:
        log.info("recovery refused: %s", type(exc).__name__)
        self.error_label.setText(user_message(exc))
        self.error_label.show()
        self.key_edit.setAccessibleDescription(user_message(exc))
        self.key_edit.setFocus()

    def done(self, result: int) -> None:
        """Whatever the outcome, drop the key and passphrases from the fields."""
        self.key_edit.clear()
        self.fields.clear()
        super().done(result)
