"""The supervision pack's "Boundaries and safeguarding" counts: how many of the
reflections shared in the pack (as a summary or in full) involved a boundary question
or a safeguarding concern, and how many of those concerns were reported. Only counts:
a reflection shared as a summary never shows its prompts' answers; one shared in full
shows them among its own fields. Private entries add to no count."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType, Share
from journal_app.export.document import Block, Heading, Paragraph, Table


@dataclass(frozen=True)
class ConcernCounts:
    boundary: int = 0
    safeguarding: int = 0
    reported: int = 0  # safeguarding concerns with a role or a date they were reported on

    def __bool__(self) -> bool:
        return bool(self.boundary or self.safeguarding)


def was_reported(record: Record) -> bool:
    fields = record.fields
    return bool(
        fields.get(Field.SAFEGUARDING_REPORTED_TO) or fields.get(Field.SAFEGUARDING_REPORTED_WHEN)
    )


def concern_counts(shared: Iterable[tuple[Record, Share]]) -> ConcernCounts:
    """Counts over the reflections shared in a pack (never a private one)."""
    reflections = [
        r for r, s in shared if s is not Share.PRIVATE and r.type is RecordType.REFLECTION
    ]
    concerns = [r for r in reflections if r.fields.get(Field.SAFEGUARDING)]
    return ConcernCounts(
        boundary=sum(1 for r in reflections if r.fields.get(Field.BOUNDARY)),
        safeguarding=len(concerns),
        reported=sum(1 for r in concerns if was_reported(r)),
    )


def concern_blocks(shared: Iterable[tuple[Record, Share]]) -> list[Block]:
    counts = concern_counts(shared)
    if not counts:
        return []
    rows = (
        ("A boundary question", str(counts.boundary)),
        ("A safeguarding concern", str(counts.safeguarding)),
        ("A safeguarding concern, reported", str(counts.reported)),
    )
    return [
        Heading("Boundaries and safeguarding"),
        Paragraph(
            "Counts over the reflections shared in this pack; the answers to their "
            "prompts show only where a reflection is shared in full.",
            muted=True,
        ),
        Table(("Involving", "Reflections"), rows, "Reflections shared in this pack"),
    ]
