"""The list of records beside the editor: date, kind, title and share level."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from journal_app.domain.records import Record, RecordType, Share

_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2

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
        title = record.title or self.tr("(untitled)")
        share = self.tr(_SHARE_NAMES[record.share])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{record.date.isoformat()}  {kind}  {title}  [{share}]"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{kind} on {date}: {title}. {share}.").format(
                kind=kind, date=record.date.strftime("%d %B %Y"), title=title, share=share
            )
        if role == ID_ROLE:
            return record.id
        if role == HTML_ROLE:
            text = (
                f"<b>{_highlight(title, self._terms)}</b><br>"
                f"<small>{record.date.strftime('%a %d %b %Y')} · {html.escape(kind)} · "
                f"{html.escape(share)}</small>"
            )
            snippet = _snippet(record, self._terms)
            return text + (f"<br><small>…{snippet}…</small>" if snippet else "")
        return None


def _snippet(record: Record, terms: list[str], width: int = 70) -> str:
    """Where the first search word occurs in the record's text, with it underlined."""
    if not terms:
        return ""
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")", re.IGNORECASE)
    for part in record.text_parts()[1:] + record.tags:
        match = pattern.search(part)
        if match:
            start = max(0, match.start() - width // 2)
            return _highlight(" ".join(part[start : start + width].split()), terms)
    return ""


def _highlight(text: str, terms: list[str]) -> str:
    """HTML-escape `text`, marking words that start with a search term."""
    if not terms:
        return html.escape(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")", re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f"<u>{html.escape(match.group(0))}</u>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)
