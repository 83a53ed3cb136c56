"""One entry as the supervision pack writes it: a heading with its date and title,
then its fields at the level shared (services.pack has the consent rules). A
summary shows the outline, themes, competence areas and the shared summary; a full
entry every field, its tags and the names of its attached files (never the files).
The development record (services.development_record) writes its training and goals
the same way."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from journal_app.domain.fields import Field, SectionField
from journal_app.domain.records import TYPE_LABELS, Record, RecordType, Share
from journal_app.domain.vocabulary import Vocabulary
from journal_app.export.document import Block, FieldList, Heading, Table
from journal_app.services.actions import note_actions
from journal_app.services.pack_brief import ACTION_HEADERS, ACTION_WIDTHS, action_row, shown_title
from journal_app.services.pack_development import IN_TABLE
from journal_app.services.pack_labels import (
    CHOICE_LABELS,
    DATE_FIELDS,
    FIELD_LABELS,
    field_text,
    long_date,
)


class EntryWriter:
    """Writes one record as blocks, in the compact or the complete layout."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        end: date,
        compact: bool = True,
        attachments: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self.attachments = attachments or {}  # entry id -> its files' names
        self.end = end  # actions due before it are overdue
        self.compact = compact

    def entry(self, record: Record, share: Share) -> list[Block]:
        kind = TYPE_LABELS[record.type]
        title = shown_title(record, share, dated=False)  # the date starts the heading
        heading = Heading(f"{long_date(record.date)}: {title}", level=3, record_id=record.id)
        # Under a section of its own type, compact leaves the type out.
        items: list[tuple[str, str]] = [] if self.compact else [("Type", kind)]
        if share is Share.SUMMARY:
            items.append(("Shared as", "Summary"))
            items += self._tags_and_areas(record, with_tags=False)
            if record.shared_summary.strip():
                items.append(("Summary", record.shared_summary.strip()))
            return [heading, FieldList(tuple(items))]
        items.append(("Shared as", "Full"))
        items += self._fields(record)
        items += self._tags_and_areas(record, with_tags=True)
        names = self.attachments.get(record.id)
        if names:  # their names only: a pack never carries the files
            items.append(("Attached files", "; ".join(names) + " (not included in this pack)"))
        if record.shared_summary.strip():
            items.append(("Summary", record.shared_summary.strip()))
        blocks: list[Block] = [heading, FieldList(tuple(items))]
        actions = record.fields.get(Field.ACTIONS) or []
        # Compact: the actions section lists them once; complete: here as well.
        if record.type is RecordType.SUPERVISION and actions and not self.compact:
            rows = tuple(action_row(item, self.end) for item in note_actions(record))
            blocks.append(Table(ACTION_HEADERS, rows, "Agreed actions", ACTION_WIDTHS))
        return blocks

    def development_entry(self, record: Record, share: Share) -> list[Block]:
        """A training or goal entry under "Training and development": compact leaves
        out what its table row shows (and a summary with nothing more to show)."""
        blocks = self.entry(record, share)
        if not self.compact:
            return blocks
        shown_in_table = IN_TABLE.get(record.type, frozenset())
        out: list[Block] = []
        for block in blocks:
            if isinstance(block, FieldList):
                items = tuple(i for i in block.items if i[0] not in shown_in_table)
                if all(label == "Shared as" for label, _v in items):
                    return []  # the table row says it all
                block = FieldList(items)
            out.append(block)
        return out

    def area_code(self, area_id: str) -> str:
        area = self.vocabulary.competences.get(area_id)
        return area.code if area is not None and area.code else area_id

    def area_name(self, area_id: str) -> str:
        area = self.vocabulary.competences.get(area_id)
        return area.name if area is not None else area_id

    def domain_name(self, area_id: str) -> str:
        area = self.vocabulary.competences.get(area_id)
        return area.domain_name if area is not None else ""

    def _tags_and_areas(self, record: Record, with_tags: bool) -> list[tuple[str, str]]:
        items = []
        if with_tags and record.tags:
            items.append(("Tags", ", ".join(record.tags)))
        themes = record.fields.get(Field.THEMES) or []
        if themes:
            names = [self.vocabulary.themes.get(t, t) for t in themes]
            items.append(("Themes", ", ".join(names)))
        areas = record.fields.get(Field.COMPETENCES) or []
        if areas:
            if self.compact:  # codes here; the names once, in the competence table
                codes = ", ".join(self.area_code(a) for a in areas)
                items.append(("Competence areas", codes))
            else:
                items.append(("Competence areas", "; ".join(self.area_name(a) for a in areas)))
        return items

    def _fields(self, record: Record) -> list[tuple[str, str]]:
        items = []
        for name, label in FIELD_LABELS[record.type].items():
            value = record.fields.get(name)
            # Actions have their own table; a training's goals are ids, not words.
            if name in (Field.ACTIONS, Field.GOALS) or value in (None, "", [], {}):
                continue
            if name == Field.SECTIONS:
                items += [
                    (s.get(SectionField.HEADING) or "Section", s.get(SectionField.TEXT, ""))
                    for s in value
                    if s.get(SectionField.TEXT, "").strip()
                ]
            elif name == Field.CONSIDERATIONS:
                prompts = CHOICE_LABELS[Field.CONSIDERATIONS]
                items += [(prompts.get(k, k), v) for k, v in value.items() if str(v).strip()]
            else:
                items.append((label, _field_text(name, value)))
        return items


def development_entry_writer(
    vocabulary: Vocabulary, end: date
) -> Callable[[Record, Share], list[Block]]:
    """How a training or goal entry is written under "Training and development" (the
    compact layout), for the development record (services.development_record)."""
    return EntryWriter(vocabulary, end).development_entry


def _field_text(name: str, value: Any) -> str:
    if name in DATE_FIELDS and isinstance(value, str):
        return long_date(date.fromisoformat(value))
    return field_text(name, value)
