"""The main window's side bar: one row per section with a line icon and, where it
helps, a count (entries of that kind, open actions). Counts are numbers only: no
journal text, and they are cleared when the journal locks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journal_app.domain.records import RecordType
from journal_app.gui.icons import line_icon
from journal_app.gui.widgets.chart_base import mix
from journal_app.services.today import SectionCounts

# (key, label, record type shown, icon). QT_TRANSLATE_NOOP marks the labels for
# lupdate in the MainWindow context, where the View menu shows them too.
SECTIONS = (
    ("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), None, "today"),
    ("timeline", QT_TRANSLATE_NOOP("MainWindow", "Timeline"), None, "timeline"),
    (
        "reflections",
        QT_TRANSLATE_NOOP("MainWindow", "Reflections"),
        RecordType.REFLECTION,
        "reflections",
    ),
    (
        "disclosures",
        QT_TRANSLATE_NOOP("MainWindow", "Disclosures"),
        RecordType.DISCLOSURE,
        "disclosures",
    ),
    (
        "supervision",
        QT_TRANSLATE_NOOP("MainWindow", "Supervision"),
        RecordType.SUPERVISION,
        "supervision",
    ),
    ("checkins", QT_TRANSLATE_NOOP("MainWindow", "Check-ins"), RecordType.CHECKIN, "checkins"),
    ("actions", QT_TRANSLATE_NOOP("MainWindow", "Actions"), None, "actions"),
    ("calendar", QT_TRANSLATE_NOOP("MainWindow", "Calendar"), None, "calendar"),
    ("insights", QT_TRANSLATE_NOOP("MainWindow", "Insights"), None, "insights"),
)

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # the number shown at the row's end, or None
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


def section_label(key: str) -> str:
    """A section's name, translated."""
    label = next(s[1] for s in SECTIONS if s[0] == key)
    return QCoreApplication.translate("MainWindow", label)


def section_row(key: str) -> int:
    return next(i for i, s in enumerate(SECTIONS) if s[0] == key)


def _gap(option: QStyleOptionViewItem) -> int:
    """Room between the name and the count, and after the count."""
    return max(4, option.fontMetrics.height() // 3)


class _CountDelegate(QStyledItemDelegate):
    """Draws the row as the style does (icon and name), with the count in a soft
    rounded badge at its end; rows are taller than a plain list's, for calm."""

    def _badge_rect(self, option: QStyleOptionViewItem, text: str) -> QRect:
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + round(metrics.height() * 0.8)
        height = metrics.height() + 2
        rect = option.rect
        pad = _gap(option)
        return QRect(
            rect.right() - pad - width,
            rect.top() + (rect.height() - height) // 2,
            width,
            height,
        )

    def paint(self, painter: QPainter, option, index) -> None:
        count = index.data(COUNT_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        badge = None
        if count is not None:
            text = str(count)
            badge = self._badge_rect(opt, text)
            opt.rect = opt.rect.adjusted(0, 0, -(badge.width() + 2 * _gap(opt)), 0)
        style = opt.widget.style() if opt.widget else QStyle()
        # The background and selection first, across the whole row; then icon and name.
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        full.text, full.icon = "", QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, full, painter, opt.widget)
        opt.backgroundBrush = Qt.BrushStyle.NoBrush
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if badge is None:
            return
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        under = pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(ink, under, 0.14))
        radius = badge.height() / 2
        painter.drawRoundedRect(badge, radius, radius)
        painter.setPen(ink)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        count = index.data(COUNT_ROLE)
        extra = 0
        if count is not None:
            extra = metrics.horizontalAdvance(str(count)) + round(metrics.height() * 0.8)
            extra += 2 * _gap(option)
        return QSize(hint.width() + extra, max(hint.height(), metrics.height() * 2))


class Sidebar(QListWidget):
    """The sections, with icons and counts; keyboard: arrows move, Alt+N jumps (menus)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Sections"))
        self.setItemDelegate(_CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setSpacing(2)
        for key, _label, _type, _icon in SECTIONS:
            item = QListWidgetItem(section_label(key))
            item.setData(KEY_ROLE, key)
            self.addItem(item)
        self._counts: dict[str, int] = {}
        self._tint_icons()
        self._name_rows()
        self._fit_width()

    # --- counts -------------------------------------------------------------------

    def show_counts(self, counts: SectionCounts) -> None:
        """Numbers beside the sections: entries in all and of each kind, open actions."""
        shown = {"timeline": counts.entries, "actions": counts.open_actions}
        for key, _label, record_type, _icon in SECTIONS:
            if record_type is not None:
                shown[key] = counts.of_type(record_type)
        self._counts = shown
        self._name_rows()
        self._fit_width()

    def clear_counts(self) -> None:
        """On lock: no numbers about the journal stay on screen."""
        self._counts = {}
        self._name_rows()

    def count_for(self, key: str) -> int | None:
        """The number shown beside a section (None when none is)."""
        return self._counts.get(key)

    def _name_rows(self) -> None:
        for row, (key, _label, _type, _icon) in enumerate(SECTIONS):
            item = self.item(row)
            n = self._counts.get(key)
            item.setData(COUNT_ROLE, n)
            name = section_label(key)
            if n is None:
                spoken = name
            elif key == "actions":
                spoken = self.tr("{section}, {n} open").format(section=name, n=n)
            elif n == 1:
                spoken = self.tr("{section}, 1 entry").format(section=name)
            else:
                spoken = self.tr("{section}, {n} entries").format(section=name, n=n)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(spoken)

    # --- look ---------------------------------------------------------------------

    def _tint_icons(self) -> None:
        pal = self.palette()
        ink, selected = (
            pal.color(QPalette.ColorRole.Text),
            pal.color(QPalette.ColorRole.HighlightedText),
        )
        for row, (_key, _label, _type, icon_name) in enumerate(SECTIONS):
            icon, picked = line_icon(icon_name, ink), line_icon(icon_name, selected)
            for size in picked.availableSizes():
                icon.addPixmap(picked.pixmap(size), QIcon.Mode.Selected)
            self.item(row).setIcon(icon)
        side = self.fontMetrics().height() + 4
        self.setIconSize(QSize(side, side))

    def _fit_width(self) -> None:
        width = self.sizeHintForColumn(0)
        self.setFixedWidth(width + 2 * self.frameWidth() + self.spacing() * 2 + 4)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._tint_icons()
            self._fit_width()
