"""An entry's name on screen: domain.record_name's rule (the title, or the kind of
entry with its scores or date), in the worker's language and the app's date style."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journal_app.domain.fields import Field
from journal_app.domain.record_name import name_parts
from journal_app.domain.records import TYPE_LABELS, Record
from journal_app.gui.date_text import date_text

# The words of domain.record_name.SCORE_WORDS, marked for lupdate.
_SCORE_WORDS = {
    Field.MOOD: QT_TRANSLATE_NOOP("RecordName", "mood {n}"),
    Field.STRESS: QT_TRANSLATE_NOOP("RecordName", "stress {n}"),
    Field.ENERGY: QT_TRANSLATE_NOOP("RecordName", "energy {n}"),
}
# The words of domain.record_name.DECISION_WORDS.
_DECISION_WORDS = {
    "shared": QT_TRANSLATE_NOOP("RecordName", "shared"),
    "partly_shared": QT_TRANSLATE_NOOP("RecordName", "partly shared"),
    "not_shared": QT_TRANSLATE_NOOP("RecordName", "not shared"),
}


def record_name_text(record: Record, *, detail: bool = True) -> str:
    """ "Check-in · mood 6, stress 3", "Supervision · with Sam" or "Reflection · 16
    Nov 2026" for an entry without a title; its title otherwise."""
    parts = name_parts(record, detail=detail)
    if parts.title:
        return parts.title
    # The same words as models.record_list.TYPE_NAMES, which marks them for lupdate.
    kind = QCoreApplication.translate("RecordListModel", TYPE_LABELS[parts.type])
    if parts.scores:
        words = [
            QCoreApplication.translate("RecordName", _SCORE_WORDS[key]).format(n=n)
            for key, n in parts.scores
        ]
        what = QCoreApplication.translate("RecordName", ", ").join(words)
    elif parts.supervisor:
        what = QCoreApplication.translate("RecordName", "with {name}").format(name=parts.supervisor)
    elif parts.decision:
        what = QCoreApplication.translate("RecordName", _DECISION_WORDS[parts.decision])
    elif parts.hours == "1":
        what = QCoreApplication.translate("RecordName", "1 hour")
    elif parts.hours:
        what = QCoreApplication.translate("RecordName", "{n} hours").format(n=parts.hours)
    else:
        what = date_text(parts.day)
    return QCoreApplication.translate("RecordName", "{kind} · {what}").format(kind=kind, what=what)
