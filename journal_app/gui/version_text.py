"""An entry's version as labelled text, and two versions compared word by word, as
rich text for the version history dialog (dialogs/history.py)."""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from difflib import SequenceMatcher

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

from journal_app.domain.fields import ActionField, Field, RecordKey, SectionField
from journal_app.domain.records import Record, Share
from journal_app.domain.vocabulary import Vocabulary
from journal_app.gui.date_text import date_text, moment_text
from journal_app.services.pack_labels import (
    CHOICE_LABELS,
    DATE_FIELDS,
    FIELD_LABELS,
    choice_label,
    field_text,
)

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
# Marked for lupdate here; translated where shown.
_SHARE_NAMES = {
    Share.PRIVATE: QT_TRANSLATE_NOOP("HistoryDialog", "Private"),
    Share.SUMMARY: QT_TRANSLATE_NOOP("HistoryDialog", "Summary shared"),
    Share.FULL: QT_TRANSLATE_NOOP("HistoryDialog", "Shared in full"),
}
# Words, runs of space and single marks: a change shows as whole words.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def local_time(when: datetime) -> str:
    """A UTC moment in the computer's time zone, as 23 Nov 2026, 14:02."""
    return moment_text(when)


# --- a version as labelled text -----------------------------------------------------


def version_items(record: Record, vocabulary: Vocabulary) -> list[tuple[str, str, str]]:
    """(key, label, text) for every non-empty part of a record that a restore brings
    back, in the order an entry shows them; the key pairs parts across versions."""

    def tr(text: str) -> str:  # for the _SHARE_NAMES marked with QT_TRANSLATE_NOOP
        return translate("HistoryDialog", text)

    items = [
        (RecordKey.TITLE, translate("HistoryDialog", "Title"), record.title),
        (RecordKey.DATE, translate("HistoryDialog", "Date"), date_text(record.date)),
        (RecordKey.TAGS, translate("HistoryDialog", "Tags"), ", ".join(record.tags)),
        (
            RecordKey.SHARE,
            translate("HistoryDialog", "Share level"),
            tr(_SHARE_NAMES[record.share]),
        ),
        (
            RecordKey.FOR_SUPERVISION,
            translate("HistoryDialog", "Bring to supervision"),
            translate("HistoryDialog", "Yes") if record.for_supervision else "",
        ),
    ]
    labels = FIELD_LABELS[record.type]
    names = [n for n in labels if n in record.fields]
    names += sorted(n for n in record.fields if n not in labels)
    for name in names:
        value = record.fields[name]
        if value is None or value in ("", [], {}):
            continue
        if name == Field.SECTIONS:
            untitled = translate("HistoryDialog", "Section")
            items += [
                (
                    f"sections.{i}",
                    s.get(SectionField.HEADING) or untitled,
                    s.get(SectionField.TEXT, ""),
                )
                for i, s in enumerate(value)
            ]
        elif name == Field.CONSIDERATIONS:
            prompts = CHOICE_LABELS[Field.CONSIDERATIONS]
            items += [(f"considerations.{k}", prompts.get(k, k), str(v)) for k, v in value.items()]
        elif name == Field.ACTIONS:
            items.append((name, labels[name], "\n".join(_action_line(a) for a in value)))
        elif name == Field.THEMES:
            items.append(
                (
                    name,
                    translate("HistoryDialog", "Themes"),
                    ", ".join(vocabulary.themes.get(t, t) for t in value),
                )
            )
        elif name == Field.COMPETENCES:
            areas = vocabulary.competences
            text = "; ".join(areas[a].name if a in areas else a for a in value)
            items.append((name, translate("HistoryDialog", "Competence areas"), text))
        elif name == Field.GOALS and isinstance(value, list):
            # Ids: the goal editor lists its training by name. Here, how many.
            text = (
                translate("HistoryDialog", "1 development goal")
                if len(value) == 1
                else translate("HistoryDialog", "{n} development goals").format(n=len(value))
            )
            items.append((name, translate("HistoryDialog", "Counts towards"), text))
        elif name in DATE_FIELDS and isinstance(value, str):
            items.append((name, labels[name], _day(value)))
        else:
            items.append((name, labels.get(name, name), field_text(name, value)))
    shared_title = translate("HistoryDialog", "Shared title")
    items.append((RecordKey.SHARED_TITLE, shared_title, record.shared_title))
    summary = translate("HistoryDialog", "Shared summary")
    items.append((RecordKey.SHARED_SUMMARY, summary, record.shared_summary))
    return [(key, label, text) for key, label, text in items if str(text).strip()]


def _day(iso: str) -> str:
    """The app's one date style: 5 Oct 2026."""
    try:
        return date_text(date.fromisoformat(iso))
    except ValueError:
        return iso


def _action_line(action: dict) -> str:
    details = [str(action.get(ActionField.OWNER) or "").strip()]
    if action.get(ActionField.DUE):
        details.append(
            translate("HistoryDialog", "due {day}").format(day=_day(str(action[ActionField.DUE])))
        )
    details.append(choice_label(ActionField.STATUS, str(action.get(ActionField.STATUS, "open"))))
    shown = ", ".join(d for d in details if d)
    return f"• {action.get(ActionField.TEXT, '')} ({shown})"


# --- as HTML, alone or compared -------------------------------------------------------


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def version_html(items: list[tuple[str, str, str]]) -> str:
    """A version as read-only rich text: each label in bold, its text below."""
    return "".join(
        f"<p><b>{_escaped(label)}</b><br>{_escaped(text)}</p>" for _key, label, text in items
    )


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces from `old` to `new`: "=" kept, "-" only in old, "+" only in
    new. A space between two changes joins them, so a rewritten phrase reads as one
    deletion then one insertion rather than word by word."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    runs: list[list[str]] = []  # [kind, old text, new text]; kind "=" or "~"
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        gone, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            runs.append(["=", gone, added])
            continue
        if len(runs) >= 2 and runs[-1][0] == "=" and not runs[-1][1].strip():
            space = runs.pop()[1]
            runs[-1][1] += space
            runs[-1][2] += space
        if runs and runs[-1][0] == "~":
            runs[-1][1] += gone
            runs[-1][2] += added
        else:
            runs.append(["~", gone, added])
    pieces: list[tuple[str, str]] = []
    for kind, gone, added in runs:
        if kind == "=":
            pieces.append(("=", gone))
            continue
        pieces += [(op, text) for op, text in (("-", gone), ("+", added)) if text]
    return pieces


def diff_colours(palette: QPalette) -> tuple[str, str]:
    """Backgrounds for deleted and inserted text: a tint of the text background, so
    the palette's own text colour stays readable on them in light and dark looks."""
    base = palette.color(QPalette.ColorRole.Base)

    def tint(colour: QColor) -> str:
        return QColor(
            round(0.7 * base.red() + 0.3 * colour.red()),
            round(0.7 * base.green() + 0.3 * colour.green()),
            round(0.7 * base.blue() + 0.3 * colour.blue()),
        ).name()

    return tint(QColor(220, 50, 50)), tint(QColor(40, 110, 230))


def _marked(pieces: list[tuple[str, str]], colours: tuple[str, str]) -> str:
    deleted, inserted = colours
    out = []
    previous = ""
    for op, text in pieces:
        if op == "+" and previous and not (previous[-1].isspace() or text[0].isspace()):
            out.append(" ")  # "could might", not "couldmight", for a replaced word
        previous = text if op == "-" else ""
        if op == "-":
            out.append(f'<s style="background-color:{deleted}">{_escaped(text)}</s>')
        elif op == "+":
            out.append(f'<u style="background-color:{inserted}">{_escaped(text)}</u>')
        else:
            out.append(_escaped(text))
    return "".join(out)


def compare_html(
    old: list[tuple[str, str, str]], new: list[tuple[str, str, str]], colours: tuple[str, str]
) -> tuple[str, bool]:
    """`old` compared with `new` word by word; also whether anything differs."""
    old_by_key = {key: (label, text) for key, label, text in old}
    new_by_key = {key: (label, text) for key, label, text in new}
    old_keys, new_keys = [item[0] for item in old], [item[0] for item in new]
    order: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old_keys, new_keys).get_opcodes():
        order += old_keys[i1:i2] + (new_keys[j1:j2] if tag != "equal" else [])
    parts, changed = [], False
    for key in dict.fromkeys(order):  # in order, once each
        old_label, old_text = old_by_key.get(key, ("", ""))
        new_label, new_text = new_by_key.get(key, ("", ""))
        label = _escaped(old_label or new_label)
        if old_label and new_label and old_label != new_label:  # a renamed section
            label = _marked(word_diff(old_label, new_label), colours)
            changed = True
        pieces = word_diff(old_text, new_text)
        changed = changed or any(op != "=" for op, _text in pieces)
        parts.append(f"<p><b>{label}</b><br>{_marked(pieces, colours)}</p>")
    return "".join(parts), changed
