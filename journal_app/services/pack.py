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
Page one is a brief (services.pack_brief).

Two layouts: "compact" (the default) leaves out what another part already shows (a
note's own actions table, the type row under a section of that type); "complete"
keeps every detail. The consent rules are the same for both."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from journal_app.domain.fields import Field, SectionField
from journal_app.domain.records import TYPE_LABELS, Record, RecordType, Share
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ValidationError
from journal_app.export.document import (
    Block,
    Document,
    FieldList,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    WellbeingChart,
    WellbeingPoint,
)
from journal_app.services.actions import ActionKey, PackActions, actions_for_pack, note_actions
from journal_app.services.insights import DECISION_NOT_RECORDED, competences_touched
from journal_app.services.pack_brief import (
    ACTION_HEADERS,
    ACTION_WIDTHS,
    TRAINING_NEED,
    BriefInput,
    action_row,
    brief_blocks,
    plural,
    shown_title,
)
from journal_app.services.pack_concerns import concern_blocks
from journal_app.services.pack_development import IN_TABLE, development_blocks
from journal_app.services.pack_labels import (
    CHOICE_LABELS,
    DATE_FIELDS,
    FIELD_LABELS,
    SECTION_TITLES,
    choice_label,
    field_text,
    long_date,
)
from journal_app.services.record_rules import current_wellness_plan
from journal_app.services.supervision_log import (
    DEFAULT_GAP_WEEKS,
    SupervisionLog,
    log_blocks,
    supervision_log,
)

LAYOUTS = ("compact", "complete")
_SECTION_ORDER = (
    RecordType.REFLECTION,
    RecordType.SUPERVISION,
    RecordType.CHECKIN,
    RecordType.DISCLOSURE,
    RecordType.TRAINING,
    RecordType.GOAL,
    RecordType.WELLNESS_PLAN,
)


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


def in_period(records: Iterable[Record], options: PackOptions) -> list[Record]:
    """The period's records, oldest first: the ones the pack dialog lists. No
    Wellness Action Plan, unless ticked for this pack: then the current plan, written
    in the period or before it (a plan is kept and reviewed, not written each time)."""
    records = list(records)
    chosen = [
        r
        for r in records
        if options.start <= r.date <= options.end and r.type is not RecordType.WELLNESS_PLAN
    ]
    plan = current_wellness_plan(records) if options.include_wellness_plan else None
    if plan is not None and plan.date <= options.end:
        chosen.append(plan)
    return sorted(chosen, key=lambda r: (r.date, r.created, r.id))


def share_in_pack(record: Record, options: PackOptions) -> Share:
    return options.shares.get(record.id, record.share)


def pack_action_candidates(records: Iterable[Record], options: PackOptions) -> PackActions:
    """Every action the pack could carry, none left out (for the dialog's list)."""
    return actions_for_pack(
        records, options.start, options.end, lambda r: share_in_pack(r, options)
    )


def build_pack(
    records: Iterable[Record],
    vocabulary: Vocabulary,
    options: PackOptions,
    attachments: Mapping[str, Sequence[str]] | None = None,
) -> SupervisionPack:
    """The pack for `options`' period from all of the journal's `records`.
    `attachments` maps entry ids to the names of their attached files: a fully shared
    entry lists them (never the files themselves; summaries and private entries never)."""
    options.check()
    records = list(records)
    period = in_period(records, options)
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
    actions = actions_for_pack(
        records,
        options.start,
        options.end,
        lambda r: share_in_pack(r, options),
        options.left_out_actions,
        options.private_actions,
    )
    log = supervision_log(records, options.end, options.shares, gap_weeks=options.gap_weeks)
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
    writer = _Writer(vocabulary, options.end, options.layout == "compact", attachments or {})
    writer.private_training = sum(1 for r in private if r.type is RecordType.TRAINING)
    blocks = [
        *brief_blocks(brief),
        PageBreak(),
        *writer.blocks(options, shown, counted, chart_from, actions, log),
    ]
    document = Document(
        title="Supervision pack",
        details=_details(options, len(_levels(options, shown, counted, charted, actions, log))),
        footer=footer_text(options),
        blocks=tuple(blocks),
    )
    return SupervisionPack(options, shown, counted, charted, document, actions, log)


def development_entry_writer(
    vocabulary: Vocabulary, end: date
) -> Callable[[Record, Share], list[Block]]:
    """How a training or goal entry is written under "Training and development" (the
    compact layout), for the development record (services.development_record)."""
    return _Writer(vocabulary, end)._development_entry


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


class _Writer:
    """Turns the chosen records into blocks, in the pack's order of sections."""

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
        self.private_training = 0  # private training entries in the period: a count only

    def blocks(
        self,
        options: PackOptions,
        shown: tuple[tuple[Record, Share], ...],
        counted: tuple[Record, ...],
        checkins: list[Record],
        actions: PackActions,
        log: SupervisionLog,
    ) -> list[Block]:
        out: list[Block] = [
            Paragraph(
                "This pack holds only what the worker chose to share for this period. "
                "Entries shared as a summary show their date, type, title, themes, "
                "competence areas and a summary the worker wrote for sharing; "
                "disclosure decisions shared as a summary are only counted, and "
                "check-ins shared as a summary only give their scores to the wellbeing "
                "chart. Private entries are not included: at most their number is given "
                "(items to raise in person, training kept private).",
                muted=True,
            )
        ]
        if not shown and not counted and not (checkins and options.include_wellbeing):
            out.append(Paragraph("Nothing was shared for this period."))
        for record_type in _SECTION_ORDER:
            entries = [(r, s) for r, s in shown if r.type is record_type]
            if record_type is RecordType.DISCLOSURE:
                out += self._disclosures(entries, counted)
            elif record_type is RecordType.TRAINING:  # training and goals, together
                out += development_blocks(shown, self.private_training, self._development_entry)
            elif record_type is RecordType.GOAL:
                continue
            elif entries:
                out.append(Heading(SECTION_TITLES[record_type]))
                for record, share in entries:
                    out += self._entry(record, share)
        out += self._actions(actions, options.end)
        out += log_blocks(log)
        out += self._learning(list(shown), counted)
        out += concern_blocks(shown)
        if options.include_wellbeing:
            out += self._wellbeing(checkins)
        out += _notes_section(options)
        return out

    # --- one record ----------------------------------------------------------------

    def _entry(self, record: Record, share: Share) -> list[Block]:
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

    def _development_entry(self, record: Record, share: Share) -> list[Block]:
        """A training or goal entry under "Training and development": compact leaves
        out what its table row shows (and a summary with nothing more to show)."""
        blocks = self._entry(record, share)
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
                codes = ", ".join(self._area_code(a) for a in areas)
                items.append(("Competence areas", codes))
            else:
                items.append(("Competence areas", "; ".join(self._area_name(a) for a in areas)))
        return items

    def _area_code(self, area_id: str) -> str:
        area = self.vocabulary.competences.get(area_id)
        return area.code if area is not None and area.code else area_id

    def _area_name(self, area_id: str) -> str:
        area = self.vocabulary.competences.get(area_id)
        return area.name if area is not None else area_id

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

    # --- the sections after the entries ----------------------------------------------

    def _disclosures(
        self, full: list[tuple[Record, Share]], counted: tuple[Record, ...]
    ) -> list[Block]:
        if not full and not counted:
            return []
        out: list[Block] = [Heading(SECTION_TITLES[RecordType.DISCLOSURE])]
        if counted:
            out.append(
                Paragraph(
                    f"{plural(len(counted), 'decision')} about sharing lived experience "
                    f"{'is' if len(counted) == 1 else 'are'} shared as counts only.",
                    muted=True,
                )
            )
            for name, header, caption in (
                (Field.DECISION, "Decision", "Decisions"),
                (Field.SETTING, "Setting", "Settings"),
            ):
                if name is Field.SETTING and not any(r.fields.get(name) for r in counted):
                    continue  # no setting recorded (older entries): no table to read
                found = Counter(r.fields.get(name) or DECISION_NOT_RECORDED for r in counted)
                rows = [
                    (choice_label(name, d), str(found[d])) for d in CHOICE_LABELS[name] if found[d]
                ]
                out.append(Table((header, "Count"), tuple(rows), caption))
            purposes: Counter = Counter()
            for r in counted:
                purposes.update(set(r.fields.get(Field.PURPOSES) or [DECISION_NOT_RECORDED]))
            rows = [
                (choice_label(Field.PURPOSES, p), str(purposes[p]))
                for p in CHOICE_LABELS[Field.PURPOSES]
                if purposes[p]
            ]
            out.append(Table(("Purpose", "Count"), tuple(rows), "Purposes"))
        for record, share in full:
            out += self._entry(record, share)
        return out

    def _actions(self, actions: PackActions, end: date) -> list[Block]:
        """Open actions are on page one; compact lists here only those done in the
        period, complete lists both."""
        open_ = () if self.compact else actions.open
        if not open_ and not actions.done:
            return []
        out: list[Block] = [Heading("Supervision actions")]
        if open_:
            rows = tuple(action_row(i, end) for i in open_)
            out.append(Table(ACTION_HEADERS, rows, "Open, from every supervision", ACTION_WIDTHS))
        if actions.done:
            rows = tuple(action_row(i, end) for i in actions.done)
            out.append(Table(ACTION_HEADERS, rows, "Done in this period", ACTION_WIDTHS))
        return out

    def _learning(
        self, pairs: list[tuple[Record, Share]], counted: tuple[Record, ...]
    ) -> list[Block]:
        """Counts over every shared entry; titles only of the entries shown."""
        shown = [r for r, _s in pairs]
        needs = [(r, s) for r, s in pairs if TRAINING_NEED in (r.fields.get(Field.THEMES) or [])]
        counted_needs = [r for r in counted if TRAINING_NEED in (r.fields.get(Field.THEMES) or [])]
        areas = competences_touched([*shown, *counted], self.vocabulary)
        if not needs and not counted_needs and not areas:
            return []
        out: list[Block] = [Heading("Training needs and competence areas")]
        if needs or counted_needs:
            total = len(needs) + len(counted_needs)
            out.append(Paragraph(f"Entries marking a training need: {total}."))
        if needs:
            rows = tuple(
                (long_date(r.date), TYPE_LABELS[r.type], shown_title(r, s, dated=False))
                for r, s in needs
            )
            out.append(Table(("Date", "Type", "Title"), rows, "Training needs"))
        if areas and self.compact:
            rows = tuple((self._area_code(a), self._area_name(a), str(n)) for a, n in areas.items())
            out.append(Table(("Code", "Competence area", "Entries"), rows, "Competence areas"))
            domains = dict.fromkeys(
                (self._area_code(a).split(".")[0], self._domain_name(a)) for a in areas
            )
            key = "; ".join(f"{number}: {name}" for number, name in domains if name)
            out.append(Paragraph(f"Domains of the HEE framework: {key}.", muted=True))
        elif areas:
            rows = tuple(
                (self._area_name(a), self._domain_name(a), str(n)) for a, n in areas.items()
            )
            out.append(Table(("Competence area", "Domain", "Entries"), rows, "Competence areas"))
        return out

    def _domain_name(self, area_id: str) -> str:
        area = self.vocabulary.competences.get(area_id)
        return area.domain_name if area is not None else ""

    def _wellbeing(self, checkins: list[Record]) -> list[Block]:
        """The scores of the check-ins shared in this pack (never a private one)."""
        points = tuple(
            WellbeingPoint(
                r.date,
                r.fields.get(Field.MOOD),
                r.fields.get(Field.STRESS),
                r.fields.get(Field.ENERGY),
            )
            for r in checkins
        )
        return [Heading("Wellbeing"), _wellbeing_chart(points)]


def _field_text(name: str, value: Any) -> str:
    if name in DATE_FIELDS and isinstance(value, str):
        return long_date(date.fromisoformat(value))
    return field_text(name, value)


def _wellbeing_chart(points: tuple[WellbeingPoint, ...]) -> WellbeingChart:
    if not points:
        summary = (
            "No check-ins were shared for this period: check-ins shared as a summary or "
            "in full give their scores to this chart."
        )
    else:
        parts = []
        for name in (Field.MOOD, Field.STRESS, Field.ENERGY):
            values = [getattr(p, name) for p in points if getattr(p, name) is not None]
            if values:
                mean = sum(values) / len(values)
                parts.append(f"{name} averaged {mean:.1f} (from {min(values)} to {max(values)})")
        count = plural(len(points), "check-in")
        summary = f"{count}: " + "; ".join(parts) + "." if parts else ""
        summary = summary or f"{count} with no scores."
    return WellbeingChart("Mood, stress and energy (1 to 10) from check-ins", points, summary)


def _notes_section(options: PackOptions) -> list[Block]:
    """Room for the meeting's own record, and a sign-off for both."""
    writing_lines = "\n\n".join(["_" * 84] * 9)  # a paragraph each: room to write
    worker = options.worker.strip() or "Worker"
    manager = options.recipient.strip() or "Supervisor"
    sign_off = "\n\n".join(
        f"{name}:   signed ____________________________   date ______________"
        for name in (worker, manager)
    )
    return [
        PageBreak(),
        Heading("Notes from this supervision"),
        Paragraph(writing_lines),
        Heading("Agreed and signed", level=3),
        Paragraph(sign_off),
    ]
