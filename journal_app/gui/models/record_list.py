"""The list of records beside the editor: each row a card of title, "date · kind ·
share level" and the first line of the entry (or, after a search, the words around
the match). gui/widgets/record_card.py draws the rows.

The model holds the records as given and builds nothing per row: a row's text is made
in data() when the row is drawn or read. Its row count stays in C++ (the model is a
QStringListModel of as many empty strings as there are records): QListView lays out
every row before it first paints, asking the model's rowCount about each, and a count
answered in Python made that walk take seconds at 100,000 entries (issue 20)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)

from journal_app.domain.excerpt import first_line, written_texts
from journal_app.domain.records import Record, RecordType, Share
from journal_app.gui.date_text import date_text
from journal_app.gui.record_names import record_name_text

_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
META_ROLE = Qt.ItemDataRole.UserRole + 3  # "16 Nov 2026 · Reflection · Private"
EXCERPT_ROLE = Qt.ItemDataRole.UserRole + 4  # a line of the entry; "" if nothing written
TERMS_ROLE = Qt.ItemDataRole.UserRole + 5  # the search words, to mark in the card
NOTHING_ROLE = Qt.ItemDataRole.UserRole + 6  # what the card says when nothing is written

# Marked for lupdate here; translated where shown.
_SHARE_NAMES = {
    Share.PRIVATE: QT_TRANSLATE_NOOP("RecordListModel", "Private"),
    Share.SUMMARY: QT_TRANSLATE_NOOP("RecordListModel", "Summary shared"),
    Share.FULL: QT_TRANSLATE_NOOP("RecordListModel", "Shared in full"),
}
# The same names as domain.records.TYPE_LABELS (a test keeps them equal).
TYPE_NAMES = {
    RecordType.REFLECTION: QT_TRANSLATE_NOOP("RecordListModel", "Reflection"),
    RecordType.DISCLOSURE: QT_TRANSLATE_NOOP("RecordListModel", "Disclosure decision"),
    RecordType.SUPERVISION: QT_TRANSLATE_NOOP("RecordListModel", "Supervision"),
    RecordType.CHECKIN: QT_TRANSLATE_NOOP("RecordListModel", "Check-in"),
    RecordType.TRAINING: QT_TRANSLATE_NOOP("RecordListModel", "Training"),
    RecordType.GOAL: QT_TRANSLATE_NOOP("RecordListModel", "Development goal"),
    RecordType.WELLNESS_PLAN: QT_TRANSLATE_NOOP("RecordListModel", "Wellness Action Plan"),
}


class RecordListModel(QStringListModel):
    """Rows of records. Only data() and flags() are answered in Python, and only for
    the rows Qt draws or asks about; the count and the indexes are QStringListModel's."""

    _FLAGS = (
        Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []
        self._terms: list[str] = []

    def set_records(self, records: list[Record], terms: list[str] | None = None) -> None:
        """Show `records` in this order (a reset: the view forgets its selection)."""
        self._records = list(records)
        self._terms = [t for t in (terms or []) if t]
        self.setStringList([])  # a reset: the view forgets its rows and selection
        # Then one C++ call adds a blank string per record (about 1 ms for 100,000; a
        # list of the ids, made in Python and converted, took 45 ms).
        super().insertRows(0, len(self._records))

    def clear(self) -> None:
        self.set_records([])

    def record_at(self, row: int) -> Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: str) -> int:
        """The row of `record_id`, -1 if not shown: a walk from the top that stops
        there (the entry chosen is most often a recent one; a table of every id took
        40 ms to make at 100,000 entries, on each refresh)."""
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Read-only rows (a string list's rows would be editable, and take drops).
        return self._FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # a record changes through the journal, never through the list

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        record = self.record_at(index.row())
        if record is None:
            return None
        kind = self.tr(TYPE_NAMES[record.type])
        title = record_name_text(record)
        share = self.tr(_SHARE_NAMES[record.share])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{date_text(record.date)}  {kind}  {title}  [{share}]"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{kind} on {date}: {title}. {share}.").format(
                kind=kind, date=date_text(record.date), title=title, share=share
            )
        if role == ID_ROLE:
            return record.id
        if role == TITLE_ROLE:
            return title
        if role == META_ROLE:
            return f"{date_text(record.date)} · {kind} · {share}"
        if role == EXCERPT_ROLE:
            return self._excerpt(record)
        if role == TERMS_ROLE:
            return list(self._terms)
        if role == NOTHING_ROLE:
            if record.type is RecordType.CHECKIN:  # a note is optional there
                return self.tr("No note")
            return self.tr("Nothing written yet")
        return None

    def _excerpt(self, record: Record) -> str:
        """The words around a search match, else the entry's first line ("" when
        nothing is written: a check-in's scores are in its name already)."""
        return _snippet(record, self._terms) or first_line(record)


def match_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """Words that start with a search term, as the search matches them."""
    if not terms:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")", re.IGNORECASE)


def _snippet(record: Record, terms: list[str], before: int = 24, width: int = 160) -> str:
    """The line of the record's text where a search word first occurs (after the
    title, which the card shows anyway), starting a little before the match."""
    pattern = match_pattern(terms)
    if pattern is None:
        return ""
    for part in [*written_texts(record), record.shared_title, *record.tags]:
        match = pattern.search(part)
        if match:
            start = max(0, match.start() - before)
            start = part.rfind(" ", 0, start) + 1 if start > 0 else 0  # a whole first word
            words = " ".join(part[start : start + width].split())
            return ("…" + words) if start > 0 else words
    return ""
