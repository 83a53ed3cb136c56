"""The Calendar's month grid as a table model: six weeks by seven days, each cell one
services.calendar_month.CalendarDay. A cell gives the day's number to draw, its marks
(entries by type, a supervision booked, actions due) for the delegate, and the day in
words for a screen reader and a tool tip: "Thursday 3 December, 2 reflections,
supervision booked". Holds nothing once cleared (on lock)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from journal_app.domain.records import RecordType
from journal_app.gui.date_text import spoken_day_text
from journal_app.services.calendar_month import CalendarDay, CalendarMonth

DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's CalendarDay
MARKS_ROLE = Qt.ItemDataRole.UserRole + 2  # list[Mark]

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Mark:
    """One small mark in a day's square: an icon (icons.line_icon's kind and name),
    a count to show beside it (None: the icon alone), and `alert` for overdue."""

    key: str
    kind: str
    icon: str
    count: int | None
    alert: bool = False


# Each type's icon: the side bar's where it has a section, a mark of its own otherwise.
TYPE_ICONS = {
    RecordType.REFLECTION: ("section", "reflections"),
    RecordType.DISCLOSURE: ("section", "disclosures"),
    RecordType.SUPERVISION: ("section", "supervision"),
    RecordType.CHECKIN: ("section", "checkins"),
    RecordType.TRAINING: ("mark", "training"),
    RecordType.GOAL: ("mark", "goal"),
    RecordType.WELLNESS_PLAN: ("mark", "wellness_plan"),
}
BOOKED_ICON = ("mark", "booked")
ACTION_ICON = ("mark", "action-due")

# (one, many) of each type, as a day is read out.
_TYPE_WORDS = {
    RecordType.REFLECTION: (
        QT_TRANSLATE_NOOP("CalendarModel", "1 reflection"),
        QT_TRANSLATE_NOOP("CalendarModel", "{n} reflections"),
    ),
    RecordType.DISCLOSURE: (
        QT_TRANSLATE_NOOP("CalendarModel", "1 disclosure decision"),
        QT_TRANSLATE_NOOP("CalendarModel", "{n} disclosure decisions"),
    ),
    RecordType.SUPERVISION: (
        QT_TRANSLATE_NOOP("CalendarModel", "supervision held"),
        QT_TRANSLATE_NOOP("CalendarModel", "{n} supervisions held"),
    ),
    RecordType.CHECKIN: (
        QT_TRANSLATE_NOOP("CalendarModel", "1 check-in"),
        QT_TRANSLATE_NOOP("CalendarModel", "{n} check-ins"),
    ),
    RecordType.TRAINING: (
        QT_TRANSLATE_NOOP("CalendarModel", "1 training entry"),
        QT_TRANSLATE_NOOP("CalendarModel", "{n} training entries"),
    ),
    RecordType.GOAL: (
        QT_TRANSLATE_NOOP("CalendarModel", "1 development goal"),
        QT_TRANSLATE_NOOP("CalendarModel", "{n} development goals"),
    ),
    RecordType.WELLNESS_PLAN: (
        QT_TRANSLATE_NOOP("CalendarModel", "1 Wellness Action Plan"),
        QT_TRANSLATE_NOOP("CalendarModel", "{n} Wellness Action Plans"),
    ),
}


_DUE = (
    QT_TRANSLATE_NOOP("CalendarModel", "1 action due"),
    QT_TRANSLATE_NOOP("CalendarModel", "{n} actions due"),
)
_OVERDUE = (
    QT_TRANSLATE_NOOP("CalendarModel", "1 action overdue"),
    QT_TRANSLATE_NOOP("CalendarModel", "{n} actions overdue"),
)
_LEGEND = {
    RecordType.REFLECTION: QT_TRANSLATE_NOOP("CalendarModel", "Reflections"),
    RecordType.DISCLOSURE: QT_TRANSLATE_NOOP("CalendarModel", "Disclosure decisions"),
    RecordType.SUPERVISION: QT_TRANSLATE_NOOP("CalendarModel", "Supervision held"),
    RecordType.CHECKIN: QT_TRANSLATE_NOOP("CalendarModel", "Check-ins"),
    RecordType.TRAINING: QT_TRANSLATE_NOOP("CalendarModel", "Training"),
    RecordType.GOAL: QT_TRANSLATE_NOOP("CalendarModel", "Development goals"),
    RecordType.WELLNESS_PLAN: QT_TRANSLATE_NOOP("CalendarModel", "Wellness Action Plans"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarModel", text)


def _counted(one: str, many: str, n: int) -> str:
    return _tr(one) if n == 1 else _tr(many).format(n=n)


def day_marks(day: CalendarDay) -> list[Mark]:
    """The marks in a day's square: a count per type of entry, then the supervision
    booked, then the actions still open that fall due (alert once overdue)."""
    marks = [
        Mark(record_type.value, *TYPE_ICONS[record_type], n) for record_type, n in day.counts()
    ]
    if day.booked:
        marks.append(Mark("booked", *BOOKED_ICON, None))
    if day.open_actions:
        marks.append(Mark("actions", *ACTION_ICON, len(day.open_actions), day.overdue))
    return marks


def day_words(day: CalendarDay) -> str:
    """The day as a screen reader says it: "Thursday 3 December, today, 2 reflections,
    supervision booked, 1 action overdue"."""
    parts = [spoken_day_text(day.day)]
    if day.is_today:
        parts.append(QCoreApplication.translate("CalendarModel", "today"))
    for record_type, n in day.counts():
        parts.append(_counted(*_TYPE_WORDS[record_type], n))
    if day.booked:
        parts.append(QCoreApplication.translate("CalendarModel", "supervision booked"))
    if open_actions := len(day.open_actions):
        parts.append(_counted(*(_OVERDUE if day.overdue else _DUE), open_actions))
    return QCoreApplication.translate("CalendarModel", ", ").join(parts)


def legend_words() -> list[tuple[tuple[str, str], str]]:
    """((icon kind, icon name), what it means) for the legend, in the marks' order."""
    return [
        *((TYPE_ICONS[t], _tr(words)) for t, words in _LEGEND.items()),
        (BOOKED_ICON, QCoreApplication.translate("CalendarModel", "Supervision booked")),
        (ACTION_ICON, QCoreApplication.translate("CalendarModel", "Actions due")),
    ]


class CalendarModel(QAbstractTableModel):
    """`show_month(month)` fills it; `show_month(None)` empties it (on lock)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._month: CalendarMonth | None = None
        self._first_weekday = 0

    @property
    def month(self) -> CalendarMonth | None:
        return self._month

    def show_month(self, month: CalendarMonth | None) -> None:
        self.beginResetModel()
        self._month = month
        if month is not None:
            self._first_weekday = month.days[0].day.weekday()
        self.endResetModel()

    def day_at(self, index: _Index) -> CalendarDay | None:
        if self._month is None or not index.isValid():
            return None
        return self._month.days[index.row() * 7 + index.column()]

    def index_of(self, day: date) -> QModelIndex:
        """The cell showing `day` (invalid when the grid does not show it)."""
        if self._month is None or (where := self._month.position(day)) is None:
            return QModelIndex()
        return self.index(*where)

    # --- QAbstractTableModel --------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() or self._month is None else len(self._month.days) // 7

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        day = self.day_at(index)
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(day.day.day)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return day_words(day)
        if role == DAY_ROLE:
            return day
        if role == MARKS_ROLE:
            return day_marks(day)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        weekday = (self._first_weekday + section) % 7 + 1  # Qt: Monday 1 .. Sunday 7
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
        return None
