"""A 1 to 10 score that can also be left unset (quick capture: nothing is forced)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QToolButton, QWidget

LOWEST = 1
HIGHEST = 10
_RESTING = 5  # where the handle rests while no score is set


class ScoreSlider(QWidget):
    """Slider from 1 to 10 with the value written beside it and a Clear button.

    Until the user touches the slider (mouse or keyboard) the score is "Not set";
    `value()` is then None.
    """

    valueChanged = Signal(object)  # int | None, for user and programmatic changes

    def __init__(
        self, low_text: str = "", high_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(LOWEST, HIGHEST)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(160)
        self.value_label = QLabel(self)
        # Wide enough for "10" and for "Not set" so the row does not jump.
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Not set 00"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave this score unset"))

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if low_text:
            low = QLabel(low_text, self)
            layout.addWidget(low)
        layout.addWidget(self.slider, 1)
        if high_text:
            high = QLabel(high_text, self)
            layout.addWidget(high)
        layout.addWidget(self.value_label)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.slider)

        # Any touch of the slider sets a score, even one at the resting position.
        self.slider.actionTriggered.connect(self._touched)
        self.slider.sliderPressed.connect(self._touched)
        self.slider.valueChanged.connect(self._slider_moved)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.clicked.connect(self.slider.setFocus)
        self._show()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.slider.setAccessibleName(name)
        self.clear_button.setAccessibleName(self.tr("Clear {name}").format(name=name))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show()  # light/dark switch while running

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        """Show `value` (1..10), or no score for None."""
        if value is not None:
            value = max(LOWEST, min(HIGHEST, int(value)))
        changed = value != self._value
        self._value = value
        self.slider.blockSignals(True)
        self.slider.setValue(_RESTING if value is None else value)
        self.slider.blockSignals(False)
        self._show()
        if changed:
            self.valueChanged.emit(value)

    def clear(self) -> None:
        self.setValue(None)

    def _touched(self, *_args: object) -> None:
        if self._value is None:
            # The action is applied after this signal; valueChanged may follow.
            self._value = self.slider.value()
            self._show()
            self.valueChanged.emit(self._value)

    def _slider_moved(self, value: int) -> None:
        if value != self._value:
            self._value = value
            self._show()
            self.valueChanged.emit(value)

    def _show(self) -> None:
        is_set = self._value is not None
        self.value_label.setText(str(self._value) if is_set else self.tr("Not set"))
        self.clear_button.setEnabled(is_set)
        # Unset: the groove's fill takes the palette's muted colour, so the resting
        # handle does not read as a chosen 5 (derived from the palette, never a fixed colour).
        palette = self.palette()
        if not is_set:
            palette.setColor(QPalette.ColorRole.Highlight, palette.color(QPalette.ColorRole.Mid))
        self.slider.setPalette(palette)
        value_text = str(self._value) if is_set else self.tr("not set")
        self.slider.setAccessibleDescription(
            self.tr("Score from 1 to 10: {value}").format(value=value_text)
        )
