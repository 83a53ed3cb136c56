"""File > Change passphrase, and File > Make a new recovery key.

Both ask for the current passphrase (a laptop left unlocked is not enough), then
encrypt the whole journal again under a new key with a progress bar (see
Journal.change_passphrase), and say in plain words what that means for older copies.
When a new recovery key was made, it is shown once, as at set-up, and must be kept
before the dialog closes. Passphrases and keys never reach logs or titles."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
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

log = logging.getLogger(__name__)


class ChangePassphraseDialog(QDialog):
    """`recovery_only`: keep the passphrase and make a new recovery key."""

    def __init__(
        self, session: Session, recovery_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._recovery_only = recovery_only
        self._new_key = ""
        # Whether the key the worker has can be carried over (if not, a change makes one).
        self._keeps_key = recovery_only or session.reader.keeps_recovery_key()
        title = (
            self.tr("PSW Journal — Make a new recovery key")
            if recovery_only
            else self.tr("PSW Journal — Change passphrase")
        )
        self.setWindowTitle(title)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._form_page())
        self._pages.addWidget(self._key_page())
        QVBoxLayout(self).addWidget(self._pages)
        keep_fitted(self)  # messages and the new key's page need room
        self.current_edit.setFocus()
        self._update_ok()

    # --- page 1: the passphrases ---------------------------------------------------------

    def _form_page(self) -> QWidget:
        self.current_edit = QLineEdit()
        self.current_edit.setObjectName("currentPassphraseEdit")
        self.current_edit.setAccessibleName(self.tr("Current passphrase"))
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_edit.textChanged.connect(self._update_ok)
        current_label = QLabel(self.tr("C&urrent passphrase:"))
        current_label.setBuddy(self.current_edit)

        self.fields = NewPassphraseFields(passphrase_label=self.tr("&New passphrase:"))
        self.fields.changed.connect(self._update_ok)
        if self._recovery_only:
            current_row = QFormLayout()
            current_row.addRow(current_label, self.current_edit)
        else:
            self.fields.form.insertRow(0, current_label, self.current_edit)

        self.new_key_check = QCheckBox(
            self.tr("Also make a new recovery &key (the one you have now stops working)")
        )
        self.new_key_check.setObjectName("newRecoveryKeyCheck")
        self.new_key_check.setAccessibleName(self.tr("Also make a new recovery key"))
        self.key_note = _label(name="recoveryKeyNote")
        if not self._keeps_key:
            self.new_key_check.setChecked(True)
            self.new_key_check.setEnabled(False)
            self.key_note.setText(
                self.tr(
                    "This change also makes a new recovery key. Your journal was set up by "
                    "an earlier version of PSW Journal, or its recovery key was changed "
                    "outside the app, so the key you have cannot be carried over to the "
                    "new encryption."
                )
            )
        else:
            self.key_note.hide()

        self.error_label = _label(bold=True, name="changeErrorLabel")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()

        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Make a new recovery &key")
            if self._recovery_only
            else self.tr("Change pass&phrase"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("changeButton")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._change)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)

        content = QWidget()
        layout = QVBoxLayout(content)
        if self._recovery_only:
            layout.addWidget(_label(self.tr("Make a new recovery key"), 1.4, bold=True))
            intro = self.tr(
                "Your journal gets a new recovery key, and the one you have now stops "
                "opening it. Your passphrase stays the same. Everything is encrypted again "
                "under a new key, which takes a few seconds."
            )
        else:
            layout.addWidget(_label(self.tr("Change your passphrase"), 1.4, bold=True))
            intro = self.tr(
                "Everything in your journal is encrypted again under a new key, which takes "
                "a few seconds. From then on only the new passphrase (or your recovery "
                "key) opens it."
            )
        layout.addWidget(_label(intro))
        layout.addWidget(
            _label(
                self.tr(
                    "Copies made before today, such as your backups, still open with the "
                    "passphrase and recovery key they had when they were made. Delete the "
                    "backups you no longer need, or keep them somewhere safe."
                ),
                name="olderCopiesNote",
            )
        )
        layout.addSpacing(6)
        if self._recovery_only:
            self.fields.hide()
            layout.addLayout(current_row)
        else:
            layout.addWidget(self.fields)
            layout.addWidget(self.new_key_check)
            layout.addWidget(self.key_note)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        return scrolling_page(content, buttons)

    def _update_ok(self) -> None:
        ready = bool(self.current_edit.text())
        if not self._recovery_only:
            ready = ready and self.fields.ready()
        self.ok_button.setEnabled(ready)

    def _change(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.error_label.hide()
        current = self.current_edit.text()
        if self._recovery_only:
            work = self._session.make_new_recovery_key(current, self)
        else:
            work = self._session.change_passphrase(
                current, self.fields.text(), self.new_key_check.isChecked(), self
            )
        work.then(self._rekeyed, self._refused)

    def _refused(self, exc: Exception) -> None:  # shown as words, never a traceback
        log.info("passphrase change refused: %s", type(exc).__name__)
        self.error_label.setText(user_message(exc))
        self.error_label.show()
        self.current_edit.setFocus()

    def _rekeyed(self, key: str | None) -> None:
        self.current_edit.clear()
        self.fields.clear()
        if key is None:
            self.accept()
            return
        self._new_key = key
        self._pages.setCurrentIndex(1)
        self.key_panel.show_key(key)

    # --- page 2: the new recovery key -----------------------------------------------------

    def _key_page(self) -> QWidget:
        self.key_panel = RecoveryKeyPanel(self._session.vault_path.name)
        self.key_panel.confirmed_changed.connect(lambda ok: self.done_button.setEnabled(ok))
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(
            self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("doneButton")
        self.done_button.setDefault(True)
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self._done)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(_label(self.tr("Your new recovery key"), 1.4, bold=True))
        layout.addWidget(
            _label(
                self.tr(
                    "Your journal is encrypted under its new key. This new recovery key is "
                    "shown only this once: print it or write it down, or save it as a PDF on "
                    "a USB stick, and keep it away from this laptop. The old recovery key "
                    "now opens only copies made before today."
                )
            )
        )
        layout.addWidget(self.key_panel)
        layout.addStretch(1)
        return scrolling_page(content, buttons)

    def recovery_key_shown(self) -> str:
        return self._new_key

    def _done(self) -> None:
        if self.key_panel.is_confirmed():
            self._leave()

    def _leave(self) -> None:
        self._new_key = ""
        self.key_panel.clear()
        super().accept()

    def reject(self) -> None:
        if not self._new_key:
            super().reject()
        elif self.key_panel.may_leave(self.windowTitle()):
            self._leave()

    def done(self, result: int) -> None:
        """Whatever the outcome, drop the passphrases from the fields."""
        self.current_edit.clear()
        self.fields.clear()
        super().done(result)
