"""First run: choose a passphrase, then see the recovery key once and prove it was
kept by typing its last group back. Accepted means a new vault exists and the session
is open. The passphrase and the key never go to logs, window titles or QSettings."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.widgets.recovery_key_panel import RecoveryKeyPanel
from journal_app.gui.widgets.strength_meter import NewPassphraseFields
from journal_app.gui.widgets.text_label import text_label as _label
from journal_app.gui.widgets.vertical_scroll import scrolling_page
from journal_app.gui.window_fit import keep_fitted
from journal_app.services.passphrase import require_acceptable

log = logging.getLogger(__name__)
_W = TypeVar("_W", bound=QWidget)


def _name(widget: _W, name: str, accessible: str) -> _W:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


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
        keep_fitted(self)  # the generated passphrase's note and messages need room
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

        content = QWidget()
        layout = QVBoxLayout(content)
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
        self._update_continue()
        return scrolling_page(content, buttons)  # tab order: the content, then buttons

    def _update_continue(self) -> None:
        self.continue_button.setEnabled(self.fields.ready())

    def _create(self) -> None:
        if not self.fields.ready():
            return
        self.error_label.hide()
        try:
            require_acceptable(self.fields.text())
        except Exception as exc:  # shown as words, never a traceback
            self._failed(exc)
            return
        self._session.create(self.fields.text(), self).then(self._created, self._failed)

    def _created(self, key: str) -> None:
        self.fields.clear()
        self._show_recovery_key(key)

    def _failed(self, exc: Exception) -> None:
        log.warning("vault creation failed: %s", type(exc).__name__)
        self.error_label.setText(user_message(exc))
        self.error_label.show()

    # --- page 2: the recovery key ------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        self.key_panel = RecoveryKeyPanel(self._session.vault_path.name)
        self.key_panel.confirmed_changed.connect(self._update_finish)
        buttons = QDialogButtonBox()
        self.finish_button = buttons.addButton(
            self.tr("&Finish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        _name(self.finish_button, "finishButton", self.tr("Finish"))
        self.finish_button.setDefault(True)
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self._finish)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(_label(self.tr("Your recovery key"), 1.4, bold=True))
        intro = self.tr(
            "If you forget your passphrase, this key is the only way back into your "
            "journal. It is shown only this once. Print it or write it down, or save it "
            "as a PDF on a USB stick, and keep it away from this laptop. Not in a folder "
            "that syncs to the cloud (OneDrive, iCloud, Dropbox): anyone with the key "
            "and a copy of the journal could read it."
        )
        layout.addWidget(_label(intro))
        layout.addWidget(self.key_panel)
        layout.addStretch(1)
        return scrolling_page(content, buttons)

    def _show_recovery_key(self, key: str) -> None:
        self._recovery_key = key
        self._pages.setCurrentIndex(1)
        self.key_panel.show_key(key)

    def recovery_key_shown(self) -> str:
        """The key on page 2 as one line of groups ('' before creation or after Finish)."""
        return self._recovery_key

    def _update_finish(self) -> None:
        self.finish_button.setEnabled(self.key_panel.is_confirmed())

    def _finish(self) -> None:
        if self.key_panel.is_confirmed():
            self._leave()

    def _leave(self) -> None:
        self._recovery_key = ""
        self.key_panel.clear()
        super().accept()  # the journal was created and is open

    def reject(self) -> None:
        """Before creation: cancel. After: the vault exists, so only leave on purpose."""
        if not self._recovery_key:
            super().reject()
        elif self.key_panel.may_leave(self.tr("PSW Journal — Recovery key")):
            self._leave()

    def save_recovery_pdf(self, path: str | Path) -> None:
        """Write the recovery key (never the passphrase) as a one-page A4 PDF."""
        self.key_panel.save_pdf(path)
