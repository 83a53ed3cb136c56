"""The supervision pack: what the worker chose to share for one period, as one
document that every format and the preview render the same way.

Consent rules (PRODUCT.md): a record shows at the share level the worker gave it,
or the one chosen for this pack; `private` never appears and adds to no count (but
for the count of private items marked to bring, on page one); `summary` shows date,
type, title (the shared title if written), themes, competence areas and the shared
summary; `full` shows every field. Disclosure decisions shared as a summary appear
only as counts; check-ins shared as a summary only as scores in the wellbeing chart,
which appears when asked for. A Wellness Action Plan is left out (not even counted)
unless the worker ticks it for this pack, and then follows its share level. Actions
come from every supervision note not private, carried forward from earlier periods
while open (services.actions); the supervision log lists the date, role and
functions of every note not private in the last 12 months (services.supervision_log).
Page one is a brief (services.pack_brief); the sections after it are
services.pack_sections, one entry services.pack_entries.

Two layouts: "compact" (the default) leaves out what another part already shows (a
note's own actions table, the type row under a section of that type); "complete"
keeps every detail. The consent rules are the same for both."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType, Share
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ValidationError
from journal_app.export.document import Document, PageBreak
from journal_app.services.actions import (
    ActionKey,
    PackActions,
    actions_for_pack,
    choose_pack_actions,
)
from journal_app.services.pack_brief import TRAINING_NEED, BriefInput, brief_blocks
from journal_app.services.pack_entries import EntryWriter
from journal_app.services.pack_labels import long_date
from journal_app.services.pack_sections import PackSections
from journal_app.services.pack_source import PackSource, pack_source
from journal_app.services.record_rules import current_wellness_plan
from journal_app.services.supervision_log import (
    DEFAULT_GAP_WEEKS,
    SupervisionLog,
    supervision_log,
)

LAYOUTS = ("compact", "complete")


@dataclass(frozen=True)
class PackOptions:
    start: date
    end: date
    recipient: str = ""
    worker: str = ""
    include_wellbeing: bool = False
    # A Wellness Action Plan reaches a pack only when the worker ticks it for that pack
    # (then the current plan, whatever its date, at its share level for this pack).
    include_wellness_plan: bool = False
    # This pack's share level per record id, where the worker changed it.
    shares: Mapping[str, Share] = field(default_factory=dict)
    prepared_on: date = field(default_factory=date.today)
    layout: str = "compact"
    # Actions the worker left out of this pack, and private notes' actions ticked in.
    left_out_actions: frozenset[ActionKey] = frozenset()
    private_actions: frozenset[ActionKey] = frozenset()
    gap_weeks: int = DEFAULT_GAP_WEEKS  # longer since the last supervision is flagged

    def check(self) -> None:
        if self.end < self.start:
            raise ValidationError("to", "the period ends before it starts", code="period_reversed")
        if self.layout not in LAYOUTS:
            raise ValidationError("layout", "must be compact or complete", code="choice")


@dataclass(frozen=True)
class SupervisionPack:
    options: PackOptions
    shown: tuple[tuple[Record, Share], ...]  # records with their text in the pack
    counted_disclosures: tuple[Record, ...]  # disclosures shared as counts only
    charted_checkins: tuple[Record, ...]  # check-ins shared as scores in the chart only
    document: Document
    actions: PackActions = field(default_factory=lambda: PackActions((), (), ()))
    log: SupervisionLog | None = None
    # Every action the pack could carry, none left out (the dialog's list of them).
    candidates: PackActions = field(default_factory=lambda: PackActions((), (), ()))

    @property
    def levels(self) -> dict[str, str]:
        """Every record that contributes to the pack, with the level it was shared at
        (for the share history): notes outside the period count when their actions
        or their line in the log are in it."""
        return _levels(
            self.options,
            self.shown,
            self.counted_disclosures,
            self.charted_checkins,
            self.actions,
            self.log,
        )

    @property
    def record_ids(self) -> list[str]:
        return list(self.levels)


def in_period(records: Iterable[Record] | PackSource, options: PackOptions) -> list[Record]:
    """The period's records, oldest first: the ones the pack dialog lists. No
    Wellness Action Plan, unless ticked for this pack: then the current plan, written
    in the period or before it (a plan is kept and reviewed, not written each time)."""
    source = pack_source(records)
    chosen = [
        r
        for r in source.dated(options.start, options.end)
        if r.type is not RecordType.WELLNESS_PLAN
    ]
    plan = current_wellness_plan(source.plans) if options.include_wellness_plan else None
    if plan is not None and plan.date <= options.end:
        chosen.append(plan)
    return sorted(chosen, key=lambda r: (r.date, r.created, r.id))


def share_in_pack(record: Record, options: PackOptions) -> Share:
    return options.shares.get(record.id, record.share)


def pack_action_candidates(
    records: Iterable[Record] | PackSource, options: PackOptions
) -> PackActions:
    """Every action the pack could carry, none left out (for the dialog's list)."""
    return actions_for_pack(
        pack_source(records).notes, options.start, options.end, lambda r: share_in_pack(r, options)
    )


def build_pack(
    records: Iterable[Record] | PackSource,
    vocabulary: Vocabulary,
    options: PackOptions,
    attachments: Mapping[str, Sequence[str]] | None = None,
) -> SupervisionPack:
    """The pack for `options`' period from all of the journal's `records`.
    `attachments` maps entry ids to the names of their attached files: a fully shared
    entry lists them (never the files themselves; summaries and private entries never).
    `records` may be a PackSource made once for several packs (the dialog's rebuilds)."""
    options.check()
    source = pack_source(records)
    period = in_period(source, options)
    shared = [(r, share_in_pack(r, options)) for r in period]
    shared = [(r, s) for r, s in shared if s is not Share.PRIVATE]

    # Disclosures and check-ins shared as a summary have no outline worth a heading:
    # disclosures are counted, check-ins give their scores to the chart.
    def outline_only(record: Record, share: Share) -> bool:
        return share is Share.SUMMARY and record.type in (RecordType.DISCLOSURE, RecordType.CHECKIN)

    shown = tuple((r, s) for r, s in shared if not outline_only(r, s))
    counted = tuple(r for r, s in shared if outline_only(r, s) and r.type is RecordType.DISCLOSURE)
    charted = tuple(r for r, s in shared if outline_only(r, s) and r.type is RecordType.CHECKIN)
    chart_from = [r for r, _s in shared if r.type is RecordType.CHECKIN]
    candidates = pack_action_candidates(source, options)
    actions = choose_pack_actions(
        candidates, options.end, options.left_out_actions, options.private_actions
    )
    log = supervision_log(source.notes, options.end, options.shares, gap_weeks=options.gap_weeks)
    private = [r for r in period if share_in_pack(r, options) is Share.PRIVATE]
    brief = BriefInput(
        shared=tuple(shared),
        titled=frozenset(r.id for r, _s in shown),
        private_marked=sum(1 for r in private if r.for_supervision),
        actions=actions,
        log=log,
        end=options.end,
        include_wellbeing=options.include_wellbeing,
        private_training_needs=sum(
            1 for r in private if TRAINING_NEED in (r.fields.get(Field.THEMES) or [])
        ),
    )
    sections = PackSections(
        EntryWriter(vocabulary, options.end, options.layout == "compact", attachments or {}),
        private_training=sum(1 for r in private if r.type is RecordType.TRAINING),
    )
    blocks = [
        *brief_blocks(brief),
        PageBreak(),
        *sections.blocks(options, shown, counted, chart_from, actions, log),
    ]
    document = Document(
        title="Supervision pack",
        details=_details(options, len(_levels(options, shown, counted, charted, actions, log))),
        footer=footer_text(options),
        blocks=tuple(blocks),
    )
    return SupervisionPack(options, shown, counted, charted, document, actions, log, candidates)


def _levels(
    options: PackOptions,
    shown: tuple[tuple[Record, Share], ...],
    counted: tuple[Record, ...],
    charted: tuple[Record, ...],
    actions: PackActions,
    log: SupervisionLog | None,
) -> dict[str, str]:
    out = {r.id: share.value for r, share in shown}
    out.update((r.id, Share.SUMMARY.value) for r in counted)
    if options.include_wellbeing:
        out.update((r.id, Share.SUMMARY.value) for r in charted)
    for item in actions.all:
        out.setdefault(item.record_id, Share.SUMMARY.value)
    for entry in log.entries if log is not None else ():
        share = options.shares.get(entry.record_id)
        out.setdefault(entry.record_id, share.value if share else Share.SUMMARY.value)
    return out


def footer_text(options: PackOptions) -> str:
    who = options.worker.strip() or "the peer support worker"
    return f"Confidential: shared by {who} for supervision on {long_date(options.prepared_on)}"


def _details(options: PackOptions, count: int) -> tuple[tuple[str, str], ...]:
    return (
        ("Worker", options.worker.strip() or "Not named"),
        ("Prepared for", options.recipient.strip() or "Not named"),
        ("Period", f"{long_date(options.start)} to {long_date(options.end)}"),
        ("Prepared on", long_date(options.prepared_on)),
        ("Entries shared", str(count)),
    )
