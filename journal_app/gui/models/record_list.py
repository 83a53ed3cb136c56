"""The list of records beside the editor: each row a card of title, "date · kind ·
share level" and the first line of the entry (or, after a search, the words around
the match). gui/widgets/record_card.py draws the rows."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
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


class RecordListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []
        self._terms: list[str] = []

    def set_records(self, records: list[Record], terms: list[str] | None = None) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._terms = [t for t in (terms or []) if t]
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def record_at(self, row: int) -> Record | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

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
