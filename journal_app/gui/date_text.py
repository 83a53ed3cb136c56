"""One way to write a date on screen, so every window agrees: "16 Nov 2026",
"Mon 16 Nov 2026" where the weekday helps, "16 Nov 2026, 14:05" for a moment.

Month and weekday names come from the locale (QLocale), so a translation gets them
in its own language; the order day-month-year is the UK order the app is written in."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

DATE_FORMAT = "d MMM yyyy"
WEEKDAY_FORMAT = "ddd d MMM yyyy"
MOMENT_FORMAT = "d MMM yyyy, HH:mm"
SPOKEN_DAY_FORMAT = "dddd d MMMM"
# What a date field shows and accepts while typing: digits are quickest to type, and the
# field sits beside the same date written out wherever it matters.
EDIT_FORMAT = "dd/MM/yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: date) -> str:
    """16 Nov 2026."""
    return QLocale().toString(_qdate(day), DATE_FORMAT)


def weekday_date_text(day: date) -> str:
    """Mon 16 Nov 2026."""
    return QLocale().toString(_qdate(day), WEEKDAY_FORMAT)


def spoken_day_text(day: date) -> str:
    """Thursday 3 December: a day as a screen reader says it, in a calendar whose
    month and year are shown above it."""
    return QLocale().toString(_qdate(day), SPOKEN_DAY_FORMAT)


def moment_text(when: datetime) -> str:
    """A moment in the computer's time zone: 16 Nov 2026, 14:05."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment, MOMENT_FORMAT)


MONTH_FORMAT = "MMM yyyy"
LONG_MONTH_FORMAT = "MMMM yyyy"
# A chart's axis: the year only where it changes, so the labels stay short.
AXIS_DAY_FORMAT = "d MMM"
AXIS_MONTH_FORMAT = "MMM"


def month_text(day: date, *, long: bool = False) -> str:
    """Nov 2026; with `long`, November 2026 (in a sentence)."""
    return QLocale().toString(_qdate(day), LONG_MONTH_FORMAT if long else MONTH_FORMAT)


def axis_day_text(day: date, *, with_year: bool = False) -> str:
    """16 Nov under a chart (16 Nov 2026 where the year is wanted)."""
    return QLocale().toString(_qdate(day), DATE_FORMAT if with_year else AXIS_DAY_FORMAT)


def axis_month_text(day: date, *, with_year: bool = False) -> str:
    """Nov under a chart; Nov 2026 at the first label and where the year changes."""
    return QLocale().toString(_qdate(day), MONTH_FORMAT if with_year else AXIS_MONTH_FORMAT)


def period_date_edit(parent, day: date, name: str):
    """A date box for one end of a period (the pack, the development record): the
    editing style, a calendar to pick from, and `name` for screen readers."""
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(EDIT_FORMAT)
    edit.setAccessibleName(name)
    return edit
