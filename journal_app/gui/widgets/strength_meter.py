"""Passphrase strength shown live (zxcvbn through services.passphrase), and the
new-passphrase fields (with a generator) that the create and recovery dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.gui.calm_style import indicator_colours
from journal_app.gui.theme import is_dark
from journal_app.services.passphrase import MIN_LENGTH, Strength, assess, generate_passphrase

_MAX_SCORE = 4

# One colour per level, from red ("Very weak") through amber to green ("Strong"), each
# at least 3:1 against the field and window colours of its kind of palette (WCAG
# 1.4.11), so the bar reads in light and dark alike: deeper tones on light palettes,
# lighter ones on dark.
_ON_LIGHT = ("#b3261e", "#c2410c", "#946200", "#5f7d14", "#2e7d32")
_ON_DARK = ("#f28b82", "#f6a96b", "#e8c14a", "#b5d46a", "#7fd18b")


def level_colour(score: int, palette: QPalette) -> QColor:
    """The bar's colour for a zxcvbn score (0 "Very weak" to 4 "Strong")."""
    colours = _ON_DARK if is_dark(palette) else _ON_LIGHT
    return QColor(colours[max(0, min(score, _MAX_SCORE))])


class StrengthMeter(QWidget):
    """A bar (zxcvbn score 0-4, shown once something is typed) and a sentence saying
    whether the passphrase is enough and how to improve it. The words carry the
    meaning; the bar echoes them in a colour per level (`level_colour`), its outline
    from the palette, so it reads in light, dark and high contrast."""

    changed = Signal(bool)  # acceptable or not, after each edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        self._edit: QLineEdit | None = None
        self._strength = Strength(0, False, "")
        self._bar = QProgressBar()
        self._bar.setObjectName("strengthBar")
        self._bar.setRange(0, _MAX_SCORE)
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(8)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        # No bar until there is a passphrase to measure (an empty strip says nothing),
        # but its place is kept, so the advice below does not jump when it appears.
        policy = self._bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._bar.setSizePolicy(policy)
        self._label = QLabel()
        self._label.setObjectName("strengthLabel")
        self._label.setWordWrap(True)
        self._label.setAccessibleName(self.tr("Passphrase strength advice"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._bar)
        layout.addWidget(self._label)
        self._show(self._strength, empty=True)

    def watch(self, line_edit: QLineEdit) -> None:
        """Follow this field: every edit updates the bar and the advice."""
        if self._edit is not None:
            self._edit.textChanged.disconnect(self._update)
        self._edit = line_edit
        line_edit.textChanged.connect(self._update)
        self._update(line_edit.text())

    def acceptable(self) -> bool:
        return self._strength.acceptable

    def score(self) -> int:
        return self._strength.score

    def _update(self, text: str) -> None:
        self._strength = assess(text)
        self._show(self._strength, empty=not text)
        self.changed.emit(self._strength.acceptable)

    def bar_colour(self) -> QColor:
        """The colour the bar is drawn in now."""
        return level_colour(self._strength.score, self.palette())

    def _paint_bar(self) -> None:
        # A style sheet, not the palette: native styles (Windows, macOS) draw their
        # own colour over a palette's, and the outline keeps the empty bar visible.
        palette = self.palette()
        outline = indicator_colours(palette).frame.name()
        self._bar.setStyleSheet(
            f"QProgressBar {{ border: 1px solid {outline}; border-radius: 3px;"
            f" background: {palette.color(QPalette.ColorRole.Base).name()}; }}"
            f" QProgressBar::chunk {{ background: {self.bar_colour().name()};"
            " border-radius: 2px; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Light and dark switched. (A meter being taken apart by the garbage
        # collector may have lost its attributes already: it has nothing to repaint.)
        alive = hasattr(self, "_strength") and hasattr(self, "_bar")
        if event.type() == QEvent.Type.PaletteChange and alive:
            self._paint_bar()

    def _show(self, strength: Strength, empty: bool) -> None:
        self._bar.setValue(0 if empty else max(1, strength.score))
        self._bar.setHidden(empty)
        self._paint_bar()
        if empty:
            text = self.tr(
                "Use at least {n} characters, for example four or more unrelated words."
            ).format(n=MIN_LENGTH)
        else:
            words = (
                self.tr("Very weak"),
                self.tr("Weak"),
                self.tr("Fair"),
                self.tr("Good"),
                self.tr("Strong"),
            )
            verdict = (
                self.tr("Strength: {level}. Strong enough.")
                if strength.acceptable
                else self.tr("Strength: {level}. Not strong enough yet.")
            ).format(level=words[strength.score])
            # zxcvbn's advice is English; translators can supply it under "zxcvbn".
            advice = QCoreApplication.translate("zxcvbn", strength.advice)
            text = f"{verdict} {advice}".strip()
        self._label.setText(text)
        self._bar.setAccessibleDescription(text)


class NewPassphraseFields(QWidget):
    """A new passphrase, its confirmation, a show/hide toggle, the meter and a
    "Generate a passphrase" button. `changed` fires whenever `ready()` may have changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, passphrase_label: str = "") -> None:
        super().__init__(parent)
        self.passphrase = self._line("newPassphraseEdit", self.tr("New passphrase"))
        self.confirmation = self._line("confirmPassphraseEdit", self.tr("Confirm passphrase"))
        self.show_toggle = QCheckBox(self.tr("&Show passphrase"))
        self.show_toggle.setObjectName("showPassphraseCheck")
        self.show_toggle.setAccessibleName(self.tr("Show passphrase"))
        self.show_toggle.toggled.connect(self.set_visible_text)
        self.meter = StrengthMeter()
        self.meter.watch(self.passphrase)
        self.match_label = QLabel()
        self.match_label.setObjectName("matchLabel")
        self.match_label.setAccessibleName(self.tr("Passphrases match"))
        self.generate_button = QPushButton(self.tr("&Generate a passphrase"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setAccessibleName(self.tr("Generate a passphrase"))
        self.generate_button.setAutoDefault(False)  # Enter belongs to the dialog
        self.generate_button.clicked.connect(self.generate)
        self.generated_note = QLabel()
        self.generated_note.setObjectName("generatedNote")
        self.generated_note.setWordWrap(True)
        self.generated_note.hide()
        self._generated = ""  # the passphrase the note is about, while it is unchanged

        # Exposed so a dialog can put its own rows above, aligned with these.
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        label = passphrase_label or self.tr("&Passphrase:")
        form.addRow(self._buddy(label, self.passphrase), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self._buddy(self.tr("Con&firm:"), self.confirmation), self.confirmation)
        form.addRow("", self.match_label)
        form.addRow("", self.show_toggle)
        form.addRow("", self.generate_button)
        form.addRow(self.generated_note)  # full width: a note to read, not a field
        self.passphrase.textChanged.connect(self._edited)
        self.confirmation.textChanged.connect(self._edited)
        self.setTabOrder(self.passphrase, self.confirmation)
        self.setTabOrder(self.confirmation, self.show_toggle)
        self.setTabOrder(self.show_toggle, self.generate_button)
        self._edited()

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 48)
        return edit

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def set_visible_text(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirmation.setEchoMode(mode)
        if self.show_toggle.isChecked() != visible:
            self.show_toggle.setChecked(visible)

    def fill(self, passphrase: str) -> None:
        """Put the same passphrase in both fields and show it (a generated one)."""
        self.passphrase.setText(passphrase)
        self.confirmation.setText(passphrase)
        self.set_visible_text(True)

    def generate(self) -> None:
        """Fill both fields with a generated word passphrase, shown to be written down."""
        self._generated = generate_passphrase()
        self.fill(self._generated)
        self.generated_note.setText(
            self.tr(
                "Write this passphrase down and keep it somewhere safe until you know it "
                "by heart. It is shown now so that you can copy it by hand."
            )
        )
        self.generated_note.show()
        self.passphrase.setFocus()

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
        self.set_visible_text(False)
        self._generated = ""
        self.generated_note.hide()

    def matches(self) -> bool:
        return bool(self.passphrase.text()) and self.passphrase.text() == self.confirmation.text()

    def ready(self) -> bool:
        return self.meter.acceptable() and self.matches()

    def _edited(self) -> None:
        if self.passphrase.text() != self._generated:
            # Their own passphrase now (typed, or the generated one changed): the note
            # about writing the generated one down no longer applies.
            self._generated = ""
            self.generated_note.hide()
        if not self.confirmation.text():
            self.match_label.setText(self.tr("Type the passphrase again to confirm it."))
        elif self.matches():
            self.match_label.setText(self.tr("✓ The passphrases match."))
        else:
            self.match_label.setText(self.tr("✗ The passphrases do not match yet."))
        self.changed.emit()
