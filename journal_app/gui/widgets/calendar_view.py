"""The Calendar section: a month at a time (services/calendar_month.py), with the
previous and next month and "Today" above the grid, and beside it the chosen day's
list (entries, the supervision booked, actions due) and the legend of the marks.

Choosing a day (a click, the arrow keys) lists it; Enter on the day moves to the list,
and Enter or a double-click on an entry there opens it to read (`open_requested`).
Everything shown is cleared when the journal locks."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.fields import Field
from journal_app.domain.records import Record
from journal_app.gui.date_text import month_text, weekday_date_text
from journal_app.gui.fonts import relative_font
from journal_app.gui.models.calendar_model import (
    ACTION_ICON,
    BOOKED_ICON,
    TYPE_ICONS,
    CalendarModel,
    legend_words,
)
from journal_app.gui.models.record_list import TYPE_NAMES
from journal_app.gui.record_names import record_name_text
from journal_app.gui.widgets.calendar_day_list import DayList
from journal_app.gui.widgets.calendar_grid import CalendarGrid, IconCache
from journal_app.gui.widgets.flow_layout import FlowLayout
from journal_app.services.actions import ActionItem
from journal_app.services.calendar_month import CalendarDay, month_of, shift_month
from journal_app.services.reader import JournalReader

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record an item opens


class CalendarView(QWidget):
    """`refresh(reader, today)` after unlock or a change; `clear()` on lock."""

    open_requested = Signal(str)  # a record's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_view")
        self.setAccessibleName(self.tr("Calendar"))
        self._records: list[Record] = []
        self._today = date.today()
        self._shown: tuple[int, int] = (self._today.year, self._today.month)
        self._day: date = self._today
        self._icons = IconCache()

        self.previous_button = QPushButton(self.tr("Previous month"))
        self.next_button = QPushButton(self.tr("Next month"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleDescription(self.tr("Show this month, today chosen"))
        self.month_label = QLabel(objectName="calendar_month")
        self.month_label.setTextFormat(Qt.TextFormat.PlainText)
        relative_font(self.month_label, 1.3, bold=True)
        self.previous_button.clicked.connect(lambda: self._step_month(-1))
        self.next_button.clicked.connect(lambda: self._step_month(1))
        self.today_button.clicked.connect(self.go_to_today)

        self.model = CalendarModel(self)
        self.grid = CalendarGrid(self.model, self)
        self.grid.move_requested.connect(self.select_day)
        self.grid.day_activated.connect(self._day_activated)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)

        self.day_heading = QLabel(objectName="calendar_day")
        self.day_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.day_heading.setWordWrap(True)
        relative_font(self.day_heading, 1.1, bold=True)
        self.day_list = DayList(objectName="calendar_day_list")
        self.day_list.setAccessibleName(self.tr("This day's entries"))
        self.day_list.itemActivated.connect(self._item_activated)
        self.day_list.back_requested.connect(self.grid.setFocus)
        self.empty = QLabel(objectName="calendar_day_empty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setText(self.tr("Nothing written, booked or due on this day."))
        self.legend = QWidget(objectName="calendar_legend")
        self.legend.setAccessibleName(self.tr("What the marks mean"))
        self._legend_layout = FlowLayout(self.legend)
        self._legend_layout.setContentsMargins(0, 0, 0, 0)
        self._legend_icons: list[tuple[QLabel, tuple[str, str]]] = []
        for icon, words in legend_words():
            self._add_legend_entry(icon, words)

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.month_label, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.next_button)
        top.addSpacing(self.fontMetrics().height())
        top.addWidget(self.today_button)

        panel = QVBoxLayout()
        panel.addWidget(self.day_heading)
        panel.addWidget(self.empty)
        panel.addWidget(self.day_list, 1)
        panel.addStretch(0)  # takes the room of the list when the day has none
        legend_heading = QLabel(self.tr("Marks"))
        legend_heading.setTextFormat(Qt.TextFormat.PlainText)
        relative_font(legend_heading, 1.0, bold=True)
        panel.addWidget(legend_heading)
        panel.addWidget(self.legend)
        side = QWidget()
        side.setLayout(panel)
        side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._side = side

        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addWidget(side, 2)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(body, 1)
        self._fit_list_icons()
        self.setTabOrder(self.today_button, self.grid)
        self.setTabOrder(self.grid, self.day_list)
        self._show_day_items(None)

    # --- what is shown --------------------------------------------------------------

    def refresh(self, reader: JournalReader, today: date | None = None) -> None:
        """The journal read again (after unlock or a change): the same month and day."""
        self._records = reader.records()
        if today is not None and today != self._today:
            self._today = today
        self._build()

    def clear(self) -> None:
        """On lock: no titles, counts or marks stay on screen."""
        self._records = []
        self.model.show_month(None)
        self.month_label.clear()
        self.day_heading.clear()
        self.day_list.clear()
        self.empty.hide()
        self.grid.setAccessibleDescription("")

    def go_to_today(self) -> None:
        self.select_day(self._today)
        self.grid.setFocus()

    def select_day(self, day: date) -> None:
        """Choose `day`, turning to its month when it is in another."""
        self._day = day
        if (day.year, day.month) != self._shown:
            self._shown = (day.year, day.month)
            self._build()
        else:
            self.grid.setCurrentIndex(self.model.index_of(day))

    def shown_month(self) -> tuple[int, int]:
        return self._shown

    def chosen_day(self) -> date:
        return self._day

    def _step_month(self, by: int) -> None:
        year, month = shift_month(*self._shown, by)
        # The same day of the month where it exists, else the month's last day.
        last = calendar.monthrange(year, month)[1]
        self.select_day(date(year, month, min(self._day.day, last)))

    def _build(self) -> None:
        first_weekday = self.locale().firstDayOfWeek().value - 1  # Qt: Monday is 1
        month = month_of(self._records, *self._shown, self._today, first_weekday)
        self.model.show_month(month)
        heading = month_text(month.first, long=True)
        self.month_label.setText(heading)
        self.grid.setAccessibleDescription(heading)
        self.grid.setCurrentIndex(self.model.index_of(self._day))
        self._show_day_items(month.day(self._day))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        day = self.model.day_at(current)
        if day is None:
            return
        if not day.in_month:
            self.select_day(day.day)  # a day of the month either side: turn to it
            return
        self._day = day.day
        self._show_day_items(day)

    def _day_activated(self, day: date) -> None:
        if day != self._day:
            self.select_day(day)
        if self.day_list.count():
            self.day_list.setCurrentRow(max(0, self.day_list.currentRow()))
            self.day_list.setFocus()

    # --- the day's list -------------------------------------------------------------

    def _show_day_items(self, day: CalendarDay | None) -> None:
        self.day_list.clear()
        if day is None:
            self.day_heading.clear()
            self.empty.hide()
            return
        self.day_heading.setText(weekday_date_text(day.day))
        for record in day.entries:
            self._add_item(self._entry_words(record), TYPE_ICONS[record.type], record.id)
        if day.booked:
            self._add_item(self._booked_words(day.booked), BOOKED_ICON, day.booked)
        for action in day.actions_due:
            self._add_item(self._action_words(action, day), ACTION_ICON, action.record_id)
        # An empty day says so in words; its list (and its Tab stop) is hidden.
        self.empty.setVisible(self.day_list.count() == 0)
        self.day_list.setVisible(self.day_list.count() > 0)
        self.day_list.setAccessibleDescription(
            self.tr("{day}: {n} items").format(
                day=weekday_date_text(day.day), n=self.day_list.count()
            )
        )

    def _add_item(self, words: str, icon: tuple[str, str], record_id: str) -> None:
        item = QListWidgetItem(self._tinted(icon), words)
        item.setData(ID_ROLE, record_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, words)
        item.setToolTip(words)
        self.day_list.addItem(item)

    def _entry_words(self, record: Record) -> str:
        name = record_name_text(record)
        if not " ".join(record.title.split()):
            return name  # "Check-in · mood 6": the kind is in the name already
        kind = self.tr(TYPE_NAMES[record.type])
        return self.tr("{kind}: {title}").format(kind=kind, title=name)

    def _booked_words(self, note_id: str) -> str:
        note = next((r for r in self._records if r.id == note_id), None)
        supervisor = " ".join(str(note.fields.get(Field.SUPERVISOR, "")).split()) if note else ""
        if supervisor:
            return self.tr("Supervision booked with {name}").format(name=supervisor)
        return self.tr("Supervision booked")

    def _action_words(self, action: ActionItem, day: CalendarDay) -> str:
        text = " ".join(action.text.split()) or self.tr("(no words)")
        if action.status == "done":
            return self.tr("Action done: {action}").format(action=text)
        if action.status == "dropped":
            return self.tr("Action dropped: {action}").format(action=text)
        if day.past:
            return self.tr("Action overdue: {action}").format(action=text)
        return self.tr("Action due: {action}").format(action=text)

    def _item_activated(self, item: QListWidgetItem) -> None:
        if record_id := item.data(ID_ROLE):
            self.open_requested.emit(record_id)

    # --- look -------------------------------------------------------------------------

    def _tinted(self, icon: tuple[str, str]):
        colour = self.palette().color(QPalette.ColorRole.Text)
        return self._icons.get(icon[0], icon[1], colour)

    def _add_legend_entry(self, icon: tuple[str, str], words: str) -> None:
        entry = QWidget()
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, self.fontMetrics().height() // 2, 0)
        row.setSpacing(4)
        picture = QLabel()
        picture.setAccessibleName(words)
        text = QLabel(words)
        text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(picture)
        row.addWidget(text)
        self._legend_layout.addWidget(entry)
        self._legend_icons.append((picture, icon))
        self._paint_legend_icon(picture, icon)

    def _fit_list_icons(self) -> None:
        side = self.fontMetrics().height()
        self.day_list.setIconSize(QSize(side, side))

    def _paint_legend_icon(self, picture: QLabel, icon: tuple[str, str]) -> None:
        side = self.fontMetrics().height()
        picture.setPixmap(self._tinted(icon).pixmap(QSize(side, side)))
        picture.setFixedSize(side, side)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._icons.clear()
            self._fit_list_icons()
            for picture, icon in self._legend_icons:
                self._paint_legend_icon(picture, icon)
            if self.model.month is not None:
                self._show_day_items(self.model.month.day(self._day))
