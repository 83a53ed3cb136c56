"""A 1 to 10 score that can also be left unset (quick capture: nothing is forced).
Unset, the track has no handle, so nothing reads as a chosen score; `line_up` makes a
column of scores start and end at the same x whatever the words at their ends."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

LOWEST = 1
HIGHEST = 10
_RESTING = 5  # where the handle rests while no score is set
TRACK_CHARACTERS = 12  # the track's least width, in average characters of the font


class ScoreTrack(QSlider):
    """A slider that can be drawn without its handle (groove and ticks only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._handle_shown = True

    def handle_shown(self) -> bool:
        return self._handle_shown

    def set_handle_shown(self, shown: bool) -> None:
        if shown != self._handle_shown:
            self._handle_shown = shown
            self.update()

    def paintEvent(self, event) -> None:
        if self._handle_shown:
            super().paintEvent(event)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        # No handle, and no filled part of the groove reaching a resting value either.
        option.sliderPosition = option.sliderValue = option.minimum
        option.subControls = (
            QStyle.SubControl.SC_SliderGroove | QStyle.SubControl.SC_SliderTickmarks
        )
        painter = QPainter(self)
        self.style().drawComplexControl(QStyle.ComplexControl.CC_Slider, option, painter, self)
        painter.end()


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
        self.slider = ScoreTrack(self)
        self.slider.setRange(LOWEST, HIGHEST)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.value_label = QLabel(self)
        self._fit_track()
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave this score unset"))

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._low = QLabel(low_text, self) if low_text else None
        self._high = QLabel(high_text, self) if high_text else None
        self._column: Sequence[ScoreSlider] = ()  # the scores lined up with this one
        if self._low is not None:
            self._low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._narrow: bool | None = None
        self._ends: QHBoxLayout | None = None  # the value and Clear, when on a line of their own
        self._arrange(narrow=False)
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

    def end_labels(self) -> list[QLabel]:
        """The words at the track's ends ("Low", "Good")."""
        return [label for label in (self._low, self._high) if label is not None]

    # --- one line, or two when narrow ---------------------------------------------------

    def _track_row(self) -> list[QWidget]:
        return [w for w in (self._low, self.slider, self._high) if w is not None]

    def _end_row(self) -> list[QWidget]:
        return [self.value_label, self.clear_button]

    def _row_width(self, widgets: list[QWidget]) -> int:
        gap = max(self._grid.horizontalSpacing(), 0)
        least = sum(max(w.minimumSizeHint().width(), w.minimumWidth()) for w in widgets)
        return least + gap * (len(widgets) - 1)

    def _arrange(self, narrow: bool) -> None:
        """The track, its words, the value and Clear on one line; or, when narrow, the
        value and Clear on a line of their own under the track's right end."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for widget in self._track_row() + self._end_row():
            self._grid.removeWidget(widget)
        if self._ends is not None:
            for widget in self._end_row():
                self._ends.removeWidget(widget)
            self._grid.removeItem(self._ends)
            self._ends.deleteLater()
            self._ends = None
        track = self._track_row()
        for column, widget in enumerate(track):
            self._grid.addWidget(widget, 0, column)
        self._grid.setColumnStretch(track.index(self.slider), 1)
        if narrow:
            self._ends = QHBoxLayout()
            self._ends.addStretch(1)
            for widget in self._end_row():
                self._ends.addWidget(widget)
            self._grid.addLayout(self._ends, 1, 0, 1, len(track))
        else:
            for column, widget in enumerate(self._end_row(), start=len(track)):
                self._grid.addWidget(widget, 0, column)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the track with its words, or the value with Clear."""
        least = super().minimumSizeHint()
        width = max(self._row_width(self._track_row()), self._row_width(self._end_row()))
        return QSize(width, least.height())

    def resizeEvent(self, event) -> None:
        self._arrange(
            narrow=event.size().width() < self._row_width(self._track_row() + self._end_row())
        )
        super().resizeEvent(event)

    def _fit_track(self) -> None:
        """Sizes in the widget's font, so they grow with the text size."""
        metrics = self.fontMetrics()
        self.slider.setMinimumWidth(metrics.averageCharWidth() * TRACK_CHARACTERS)
        # Wide enough for "10" and for "Not set" so the row does not jump.
        self.value_label.setMinimumWidth(metrics.horizontalAdvance("Not set 00"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show()  # light/dark switch while running
        elif event.type() == QEvent.Type.FontChange:
            self._fit_track()
            if self._column:
                _set_end_widths(self._column)  # a larger text size: the column stays lined up

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
        self.slider.set_handle_shown(is_set)
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


def line_up(scores: Sequence[ScoreSlider]) -> None:
    """Scores shown one above another start and end at the same x: the words at
    their ends ("Low", "Calm", "Drained") take the width of the widest."""
    column = tuple(scores)
    for score in column:
        score._column = column
    _set_end_widths(column)


def _set_end_widths(column: Sequence[ScoreSlider]) -> None:
    def needed(label: QLabel | None, score: ScoreSlider) -> int:
        if label is None:
            return 0
        # The score's own font: a label may not have had the new font passed on yet.
        return max(
            label.sizeHint().width(),
            QFontMetrics(score.font()).horizontalAdvance(label.text()) + 2 * label.margin() + 2,
        )

    low = max(needed(s._low, s) for s in column)
    high = max(needed(s._high, s) for s in column)
    for score in column:
        if score._low is not None:
            score._low.setFixedWidth(low)
        if score._high is not None:
            score._high.setFixedWidth(high)
        score.updateGeometry()  # its least width changed: the form must ask again
