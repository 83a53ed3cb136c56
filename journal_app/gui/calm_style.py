"""Fusion with the app's calm touches: a little more room between controls, check
boxes and radio buttons sized to the text and drawn from the palette so their outline
and their checked mark reach 3:1 against the background (WCAG 1.4.11). Fusion's own
indicators nearly vanish on a dark palette; these work on any palette, high contrast
included, because every colour is taken from it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

NON_TEXT_CONTRAST = 3.0  # WCAG 1.4.11: the parts of a control needed to see its state

_Role = QPalette.ColorRole
_PM = QStyle.PixelMetric
_PE = QStyle.PrimitiveElement


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in colour.getRgbF()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (same) to 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of `a` over `b`."""
    return QColor.fromRgbF(
        *(
            x * amount + y * (1 - amount)
            for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)
        )
    )


def _worst(colour: QColor, grounds: tuple[QColor, ...]) -> float:
    return min(contrast_ratio(colour, ground) for ground in grounds)


@dataclass(frozen=True)
class IndicatorColours:
    """How a check box or radio button is drawn on a palette."""

    frame: QColor  # the outline of an unticked box or circle
    fill: QColor  # inside an unticked one
    on: QColor  # a ticked box's fill, a chosen radio button's dot and ring
    mark: QColor  # the tick drawn over `on`


def indicator_colours(palette: QPalette) -> IndicatorColours:
    """Colours from the palette that reach 3:1 against the field and the window: the
    outline is the text colour softened only as far as that allows; the ticked state
    uses the selection colour when it stands out enough, else the text colour."""
    base, window, text = (palette.color(r) for r in (_Role.Base, _Role.Window, _Role.Text))
    grounds = (base, window)
    frame = text
    for amount in (0.6, 0.7, 0.8, 0.9):
        softer = _mix(text, base, amount)
        if _worst(softer, grounds) >= NON_TEXT_CONTRAST:
            frame = softer
            break
    on = palette.color(_Role.Highlight)
    if _worst(on, grounds) < NON_TEXT_CONTRAST:
        on = frame if _worst(frame, grounds) >= _worst(on, grounds) else on
    mark = palette.color(_Role.HighlightedText)
    if contrast_ratio(mark, on) < NON_TEXT_CONTRAST:
        mark = max((base, text, window), key=lambda c: contrast_ratio(c, on))
    return IndicatorColours(frame=frame, fill=base, on=on, mark=mark)


class CalmStyle(QProxyStyle):
    """Fusion, with indicators drawn from the palette and layouts given more room."""

    def __init__(self) -> None:
        # Fusion made by QProxyStyle itself, so it is this style's own and dies with it.
        super().__init__("Fusion")

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric in (_PM.PM_LayoutHorizontalSpacing, _PM.PM_LayoutVerticalSpacing):
            # Fusion's 6 and a little more between controls; the margins stay
            # Fusion's, so windows do not outgrow a small screen at large text.
            return 8
        if metric in (
            _PM.PM_IndicatorWidth,
            _PM.PM_IndicatorHeight,
            _PM.PM_ExclusiveIndicatorWidth,
            _PM.PM_ExclusiveIndicatorHeight,
        ):
            # Grows with the text: a bigger system font gets bigger boxes to aim at.
            font = widget.font() if widget is not None else QApplication.font()
            side = round(QFontMetrics(font).height() * 0.8)
            return max(super().pixelMetric(metric, option, widget), side)
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == _PE.PE_IndicatorCheckBox:
            self._draw_check(option, painter)
        elif element == _PE.PE_IndicatorRadioButton:
            self._draw_radio(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)

    @staticmethod
    def _square(option) -> QRectF:
        rect = QRectF(option.rect)
        side = min(rect.width(), rect.height()) - 1
        return QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)

    @staticmethod
    def _colours(option) -> tuple[IndicatorColours, bool]:
        colours = indicator_colours(option.palette)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        if not enabled:  # still visible, plainly not available
            window = option.palette.color(_Role.Window)
            colours = IndicatorColours(
                frame=_mix(colours.frame, window, 0.5),
                fill=window,
                on=_mix(colours.on, window, 0.5),
                mark=colours.fill,
            )
        return colours, enabled

    def _draw_check(self, option, painter: QPainter) -> None:
        colours, _enabled = self._colours(option)
        box = self._square(option)
        line = max(1.5, box.width() / 9)
        state = option.state
        ticked = bool(state & QStyle.StateFlag.State_On)
        partly = bool(state & QStyle.StateFlag.State_NoChange)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = box.adjusted(line / 2, line / 2, -line / 2, -line / 2)
        radius = box.width() / 5
        if ticked or partly:
            painter.setPen(QPen(colours.on, line))
            painter.setBrush(colours.on)
        else:
            painter.setPen(QPen(colours.frame, line))
            painter.setBrush(colours.fill)
        painter.drawRoundedRect(inner, radius, radius)
        pen = QPen(colours.mark, max(1.6, box.width() / 7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x, y, w, h = box.x(), box.y(), box.width(), box.height()
        if ticked:
            tick = QPainterPath(QPointF(x + w * 0.26, y + h * 0.52))
            tick.lineTo(QPointF(x + w * 0.43, y + h * 0.70))
            tick.lineTo(QPointF(x + w * 0.75, y + h * 0.32))
            painter.drawPath(tick)
        elif partly:
            painter.drawLine(QPointF(x + w * 0.28, y + h / 2), QPointF(x + w * 0.72, y + h / 2))
        painter.restore()

    def _draw_radio(self, option, painter: QPainter) -> None:
        colours, _enabled = self._colours(option)
        box = self._square(option)
        line = max(1.5, box.width() / 9)
        chosen = bool(option.state & QStyle.StateFlag.State_On)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = box.adjusted(line / 2, line / 2, -line / 2, -line / 2)
        painter.setPen(QPen(colours.on if chosen else colours.frame, line))
        painter.setBrush(colours.fill)
        painter.drawEllipse(ring)
        if chosen:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.on)
            gap = box.width() * 0.27
            painter.drawEllipse(box.adjusted(gap, gap, -gap, -gap))
        painter.restore()
