"""File > I just finished a session (and the Today page's "Had a session today?"):
one question, the kind of session, before a new reflection opens with that context
filled in and the reflective model the worker used last (gui/reflection_model.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.schema import SESSION_KINDS
from journal_app.gui.window_fit import keep_fitted


class FinishedSessionDialog(QDialog):
    """`session_kind()` is the kind chosen (one of domain.schema.SESSION_KINDS)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finished_session")
        self.setWindowTitle(self.tr("I just finished a session"))
        self.setAccessibleName(self.tr("I just finished a session"))
        intro = QLabel(
            self.tr(
                "Which kind of session was it? A reflection opens with that filled in, "
                "written with the model you used last."
            ),
            self,
        )
        intro.setWordWrap(True)
        labels = self.kind_labels()
        box = QGroupBox(self.tr("Kind of session"), self)
        column = QVBoxLayout(box)
        self.kinds = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for kind in SESSION_KINDS:
            button = QRadioButton(labels[kind], box)
            button.setObjectName(f"session_kind_{kind}")
            self.kinds.addButton(button)
            self.buttons[kind] = button
            column.addWidget(button)
        self.buttons[SESSION_KINDS[0]].setChecked(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.write_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write the reflection"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(buttons)
        keep_fitted(self)
        self.buttons[SESSION_KINDS[0]].setFocus()

    def kind_labels(self) -> dict[str, str]:
        """The kinds as the reflection editor names them (each with its key)."""
        return {
            "one_to_one": self.tr("&One-to-one"),
            "group": self.tr("&Group"),
            "phone": self.tr("&Phone"),
            "crisis": self.tr("&Crisis"),
            "other": self.tr("O&ther"),
        }

    def session_kind(self) -> str:
        return next(kind for kind, button in self.buttons.items() if button.isChecked())

    def choose(self, kind: str) -> None:
        self.buttons[kind].setChecked(True)
