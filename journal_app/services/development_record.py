"""The development record: training, development goals and competence coverage for
any date range, as one document for an appraisal or a job application, written in
the pack's four formats by the same renderers (export.formats).

Consent rules, the pack's (services.pack): an entry shows at the share level the
worker gave it, or the one chosen for this record; a private entry never appears and
adds to no count, hours or coverage (only private training is counted, as a number,
beside the hours). Training and goals show as in the pack's "Training and
development" section (services.pack_development). Competence coverage counts, for
each area of the HEE framework, the shared entries that name it, the hours of shared
training that name it and the shared goals, by status (services.coverage, over the
shared entries of the range only), and states the areas not touched: counts, never a
score. A Wellness Action Plan never comes in. The identifiable-information check
(services.identifiable) reads the document's texts() as it does a pack's."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType, Share
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ValidationError
from journal_app.export.document import Block, Document, Heading, Paragraph, Table
from journal_app.services.coverage import AreaCoverage, Coverage, coverage
from journal_app.services.pack_development import GOAL_STATUSES, development_blocks
from journal_app.services.pack_entries import development_entry_writer
from journal_app.services.pack_labels import choice_label, hours_text, long_date

TITLE = "Development record"
COVERAGE_HEADERS = ("Code", "Competence area", "Entries", "Training hours", "Goals")
COVERAGE_WIDTHS = (8.0, 50.0, 10.0, 14.0, 18.0)


@dataclass(frozen=True)
class DevelopmentOptions:
    start: date
    end: date
    worker: str = ""
    recipient: str = ""  # who it is for: an appraiser, a job application
    # This record's share level per record id, where the worker changed it.
    shares: Mapping[str, Share] = field(default_factory=dict)
    prepared_on: date = field(default_factory=date.today)

    def check(self) -> None:
        if self.end < self.start:
            raise ValidationError("to", "the period ends before it starts", code="period_reversed")


@dataclass(frozen=True)
class DevelopmentRecord:
    options: DevelopmentOptions
    document: Document
    levels: dict[str, str]  # every entry that shows or counts -> "summary" | "full"

    @property
    def record_ids(self) -> list[str]:
        return list(self.levels)


def build_development_record(
    records: Iterable[Record], vocabulary: Vocabulary, options: DevelopmentOptions
) -> DevelopmentRecord:
    """The development record for `options`' range from all of the journal's records."""
    options.check()
    period = sorted(
        (
            r
            for r in records
            if options.start <= r.date <= options.end and r.type is not RecordType.WELLNESS_PLAN
        ),
        key=lambda r: (r.date, r.created, r.id),
    )
    levels_of = [(r, options.shares.get(r.id, r.share)) for r in period]
    shared = [(r, s) for r, s in levels_of if s is not Share.PRIVATE]
    private_training = sum(
        1 for r, s in levels_of if s is Share.PRIVATE and r.type is RecordType.TRAINING
    )
    growth = [(r, s) for r, s in shared if r.type in (RecordType.TRAINING, RecordType.GOAL)]
    found = coverage([r for r, _s in shared], vocabulary, options.end, options.start)
    levels = {r.id: s.value for r, s in growth}
    touched = _touched(found)  # once, not for each entry (5,000 a year at 100,000)
    levels.update(
        (r.id, s.value)
        for r, s in shared
        if r.id not in levels and not touched.isdisjoint(r.fields.get(Field.COMPETENCES) or [])
    )

    blocks: list[Block] = [
        Paragraph(
            "This record holds only what the worker chose to share from this period: "
            "their training and development goals, each at the level the worker chose "
            "(a summary shows the outline and a summary written for sharing), and how "
            "many shared entries touched each area of the HEE peer support worker "
            "competence framework. Private entries are not included: only the number "
            "of private training entries is given, never their titles or hours.",
            muted=True,
        )
    ]
    writer = development_entry_writer(vocabulary, options.end)
    section = development_blocks(growth, private_training, writer)
    if section:
        blocks += section
    else:
        blocks += [
            Heading("Training and development"),
            Paragraph("No training or development goals were shared for this period."),
        ]
    blocks += _coverage_blocks(found)
    document = Document(
        title=TITLE,
        details=(
            ("Worker", options.worker.strip() or "Not named"),
            ("Prepared for", options.recipient.strip() or "Not named"),
            ("Period", f"{long_date(options.start)} to {long_date(options.end)}"),
            ("Prepared on", long_date(options.prepared_on)),
            ("Entries shared", str(len(levels))),
        ),
        footer=(
            f"Confidential: a development record shared by "
            f"{options.worker.strip() or 'the peer support worker'} "
            f"on {long_date(options.prepared_on)}"
        ),
        blocks=tuple(blocks),
    )
    return DevelopmentRecord(options, document, levels)


def _touched(found: Coverage) -> set[str]:
    return {a.area_id for d in found.domains for a in d.touched} | {
        a.area_id for a in found.unknown
    }


def _goals_text(area: AreaCoverage) -> str:
    order = [*GOAL_STATUSES, *sorted(s for s in area.goals if s not in GOAL_STATUSES)]
    parts = [
        f"{area.goals[s]} {choice_label(Field.STATUS, s).lower()}" for s in order if area.goals[s]
    ]
    return ", ".join(parts)


def _row(area: AreaCoverage) -> tuple[str, ...]:
    hours = hours_text(area.training_hours) if area.training_hours else ""
    return (area.code, area.name, str(area.entries or ""), hours, _goals_text(area))


def _coverage_blocks(found: Coverage) -> list[Block]:
    out: list[Block] = [
        Heading("Competence coverage"),
        Paragraph(
            "For each area of the HEE peer support worker competence framework: the "
            "shared entries of this period that name it, the hours of shared training "
            "that name it, and the shared development goals that name it. These are "
            "counts, not a score.",
            muted=True,
        ),
    ]
    touched = [a for d in found.domains for a in d.touched] + list(found.unknown)
    if touched:
        rows = tuple(_row(a) for a in touched)
        out.append(Table(COVERAGE_HEADERS, rows, "Areas touched", COVERAGE_WIDTHS))
    else:
        out.append(Paragraph("No shared entry of this period names a competence area."))
    untouched = [d for d in found.domains if d.not_touched]
    if untouched:
        out.append(Heading("Areas not touched in this period", level=3))
        rows = tuple(
            (d.domain_name, "; ".join(f"{a.code} {a.name}".strip() for a in d.not_touched))
            for d in untouched
        )
        out.append(Table(("Domain", "Areas"), rows, "", (30.0, 70.0)))
    return out
