"""What the QPainter charts in charts.py share: colours from a colour-blind-safe set,
adjusted until they stand out from the palette's background (so light, dark and
high-contrast themes all read), the empty state, the legend, axis labels, focus, and
painting onto the widget or an image with the same code."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

# Okabe and Ito's set, in the order charts use it: distinguishable with the common
# colour-vision deficiencies. Past five, lightness changes blur the hues together.
HUES = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442")
OTHER = "#8C8C8C"
MARKERS = ("circle", "square", "triangle", "diamond")
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _luminance(colour: QColor) -> float:
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor | str, background: QColor, ratio: float = 3.0) -> QColor:
    """`colour` lightened or darkened until it stands out from `background` by `ratio`
    (3:1 is WCAG's minimum for graphics)."""
    c = QColor(colour)
    lighten = _luminance(background) < 0.2
    for _ in range(20):
        if contrast(c, background) >= ratio:
            break
        h, s, lightness, a = c.getHslF()
        step = 0.05 if lighten else -0.05
        c = QColor.fromHslF(max(h, 0.0), s, min(1.0, max(0.0, lightness + step)), a)
    return c


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of `a` over `b`."""
    return QColor.fromRgbF(
        *(
            x * amount + y * (1 - amount)
            for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)
        )
    )


def number(value: float) -> str:
    return QLocale().toString(float(value), "f", 1).removesuffix(QLocale().decimalPoint() + "0")


class ChartBase(QWidget):
    """What every chart shares: palette colours, empty state, focus, description,
    painting onto the widget or an image with the same code."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._described()

    swatch_width = 1.0  # legend swatch width in line heights

    def has_data(self) -> bool:
        raise NotImplementedError

    def colours(self, base: QColor) -> list[QColor]:
        """The series colours, made readable on `base`."""
        raise NotImplementedError

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """What the chart says when it has nothing to show."""
        self._empty_text = text
        self._described()

    def summary(self) -> str:
        """The data in words (empty-state text when there is none)."""
        return self._empty_text

    def _described(self) -> None:
        self.setAccessibleDescription(self.summary() if self.has_data() else self._empty_text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        lines = 16 if self.has_data() else 5  # an empty chart is only a sentence
        return QSize(fm.averageCharWidth() * 70, fm.height() * lines)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 30, fm.height() * (10 if self.has_data() else 4))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        self._paint(painter, QRectF(self.rect()))
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(2, 2, -2, -2)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    def render_to_image(self, width: int, height: int, device_pixel_ratio: float = 1.0) -> QImage:
        """The chart drawn at this size (logical pixels), e.g. for a PDF."""
        image = QImage(
            round(width * device_pixel_ratio),
            round(height * device_pixel_ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        self._paint(painter, QRectF(0, 0, width, height))
        painter.end()
        return image

    def _paint(self, p: QPainter, rect: QRectF) -> None:
        pal = self.palette()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        p.fillRect(rect, base)
        p.setPen(QPen(mix(text, base, 0.25), 1))
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        fm = QFontMetricsF(p.font(), p.device())
        pad = fm.height() * 0.8
        inner = rect.adjusted(pad, pad * 0.7, -pad, -pad * 0.7)
        p.setPen(text)
        if not self.has_data():
            p.drawText(
                inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text
            )
            return
        self._draw(p, inner, fm, base, text)

    def _draw(
        self, p: QPainter, rect: QRectF, fm: QFontMetricsF, base: QColor, text: QColor
    ) -> None:
        raise NotImplementedError

    def _legend(
        self,
        p: QPainter,
        rect: QRectF,
        fm: QFontMetricsF,
        entries: list[tuple[str, QColor, int]],
        text: QColor,
    ) -> float:
        """Legend entries flowing left to right; returns the height used."""
        line, swatch = fm.height() * 1.5, fm.height() * self.swatch_width
        x, y = rect.left(), rect.top()
        for label, colour, index in entries:
            width = swatch + fm.height() * 0.4 + fm.horizontalAdvance(label) + fm.height() * 1.2
            if x > rect.left() and x + width > rect.right():
                x, y = rect.left(), y + line
            self._swatch(p, QRectF(x, y, swatch, fm.height()), colour, index)
            p.setPen(text)
            p.drawText(
                QRectF(x + swatch + fm.height() * 0.4, y, width, fm.height()), ALIGN_LEFT, label
            )
            x += width
        return y + line - rect.top()

    def _legend_height(self, rect: QRectF, fm: QFontMetricsF, labels: list[str]) -> float:
        """The height _legend takes for these labels (the same flow, without drawing)."""
        line, swatch = fm.height() * 1.5, fm.height() * self.swatch_width
        x, y = rect.left(), rect.top()
        for label in labels:
            width = swatch + fm.height() * 0.4 + fm.horizontalAdvance(label) + fm.height() * 1.2
            if x > rect.left() and x + width > rect.right():
                x, y = rect.left(), y + line
            x += width
        return y + line - rect.top()

    def _swatch(self, p: QPainter, rect: QRectF, colour: QColor, index: int) -> None:
        side = rect.height() * 0.8
        top = rect.center().y() - side / 2
        p.fillRect(QRectF(rect.left(), top, side, side), colour)


def draw_marker(p: QPainter, centre: QPointF, radius: float, kind: str) -> None:
    x, y, r = centre.x(), centre.y(), radius
    if kind == "circle":
        p.drawEllipse(centre, r, r)
    elif kind == "square":
        p.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    else:
        points = (
            [(0, -1.2), (1.1, 0.8), (-1.1, 0.8)]
            if kind == "triangle"
            else [(0, -1.3), (1.3, 0), (0, 1.3), (-1.3, 0)]
        )
        path = QPainterPath(QPointF(x + points[0][0] * r, y + points[0][1] * r))
        for dx, dy in points[1:]:
            path.lineTo(x + dx * r, y + dy * r)
        path.closeSubpath()
        p.drawPath(path)
