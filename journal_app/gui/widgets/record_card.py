"""The record list's rows drawn as cards: the title in bold, "date · kind · share
level" under it, then the first line of the entry (or the words a search matched,
the search words marked). Every card is the same height, worked out from the fonts
alone, so no row can be taller than what it draws (the empty line issue 17 saw came
from a row height measured at another width than the row was drawn at)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal_app.gui.models.record_list import (
    EXCERPT_ROLE,
    META_ROLE,
    NOTHING_ROLE,
    TERMS_ROLE,
    TITLE_ROLE,
    match_pattern,
)

GAP = 3  # between cards, above and below each
INSET = 6  # between the card and the list's sides
PADDING = 8  # inside the card
LINE_GAP = 2  # between the card's lines
RADIUS = 6.0


@dataclass(frozen=True)
class CardFonts:
    title: QFont
    meta: QFont
    excerpt: QFont


def card_fonts(base: QFont) -> CardFonts:
    """The card's three fonts, from the list's own (so the system text size holds)."""
    title = QFont(base)
    title.setBold(True)
    meta = QFont(base)
    if base.pointSizeF() > 0:
        meta.setPointSizeF(base.pointSizeF() * 0.9)
    elif base.pixelSize() > 0:
        meta.setPixelSize(max(1, round(base.pixelSize() * 0.9)))
    return CardFonts(title, meta, QFont(base))


def card_height(base: QFont) -> int:
    """The height of every card: three lines and the padding around them."""
    fonts = card_fonts(base)
    lines = sum(QFontMetrics(f).lineSpacing() for f in (fonts.title, fonts.meta, fonts.excerpt))
    return 2 * GAP + 2 * PADDING + lines + 2 * LINE_GAP


def mix_colours(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` of the way towards `b`: a quieter text colour that keeps
    its contrast in dark and high-contrast palettes better than transparency."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class RecordCardDelegate(QStyledItemDelegate):
    """Draws RecordListModel rows as cards of one fixed height."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # The same for every row, whatever its text or width: see the module docstring.
        return QSize(INSET * 2 + 120, card_height(option.font))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        focused = bool(opt.state & QStyle.StateFlag.State_HasFocus)
        card = QRectF(opt.rect.adjusted(INSET, GAP, -INSET, -GAP))
        background = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        # The date line is quieter than the title, but keeps 4.5:1 on the selected card too.
        quiet = mix_colours(text, background, 0.2 if selected else 0.3)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2.0 if focused else 1.0))
        painter.setBrush(background)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)

        fonts = card_fonts(opt.font)
        terms = index.data(TERMS_ROLE) or []
        inner = card.toRect().adjusted(PADDING, PADDING, -PADDING, -PADDING)
        y = inner.top()
        excerpt = index.data(EXCERPT_ROLE) or ""
        empty = QFont(fonts.excerpt)
        empty.setItalic(True)
        lines = (
            (index.data(TITLE_ROLE) or "", fonts.title, text, terms),
            (index.data(META_ROLE) or "", fonts.meta, quiet, []),
            (excerpt, fonts.excerpt, text, terms)
            if excerpt
            else (index.data(NOTHING_ROLE) or "", empty, quiet, []),
        )
        for words, font, colour, marked in lines:
            height = QFontMetrics(font).lineSpacing()
            _draw_line(
                painter, QRect(inner.left(), y, inner.width(), height), words, font, colour, marked
            )
            y += height + LINE_GAP
        painter.restore()


def _draw_line(
    painter: QPainter, rect: QRect, words: str, font: QFont, colour: QColor, terms: list[str]
) -> None:
    """One line of `words`, cut with "…" to fit, search words bold and underlined."""
    shown = QFontMetrics(font).elidedText(words, Qt.TextElideMode.ElideRight, rect.width())
    marks = []
    pattern = match_pattern(terms)
    if pattern is not None:
        for match in pattern.finditer(shown):
            mark = QTextCharFormat()
            mark.setFontWeight(QFont.Weight.Bold)
            mark.setFontUnderline(True)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = match.start(), match.end() - match.start(), mark
            marks.append(span)
    layout = QTextLayout(shown, font)
    layout.setFormats(marks)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(rect.width())
    layout.endLayout()
    painter.setPen(colour)
    layout.draw(painter, QPointF(rect.topLeft()))
