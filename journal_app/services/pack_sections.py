"""The supervision pack after its first page: the shared entries by type, then the
sections drawn from them (supervision actions, the supervision log, training needs
and competence areas, concerns, the wellbeing chart) and room for the meeting's own
notes. The consent rules are services.pack's; one entry is written by
services.pack_entries."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from journal_app.domain.fields import Field
from journal_app.domain.records import TYPE_LABELS, Record, RecordType, Share
from journal_app.export.document import (
    Block,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)
from journal_app.services.actions import PackActions
from journal_app.services.insights import DECISION_NOT_RECORDED, competences_touched
from journal_app.services.pack_brief import (
    ACTION_HEADERS,
    ACTION_WIDTHS,
    TRAINING_NEED,
    action_row,
    plural,
    shown_title,
)
from journal_app.services.pack_concerns import concern_blocks
from journal_app.services.pack_development import development_blocks
from journal_app.services.pack_entries import EntryWriter
from journal_app.services.pack_labels import CHOICE_LABELS, SECTION_TITLES, choice_label, long_date
from journal_app.services.pack_wellbeing import wellbeing_blocks
from journal_app.services.supervision_log import SupervisionLog, log_blocks

if TYPE_CHECKING:  # services.pack imports this module
    from journal_app.services.pack import PackOptions

SECTION_ORDER = (
    RecordType.REFLECTION,
    RecordType.SUPERVISION,
    RecordType.CHECKIN,
    RecordType.DISCLOSURE,
    RecordType.TRAINING,
    RecordType.GOAL,
    RecordType.WELLNESS_PLAN,
)


class PackSections:
    """Turns the chosen records into blocks, in the pack's order of sections."""

    def __init__(self, entries: EntryWriter, private_training: int = 0) -> None:
        self.entries = entries
        self.vocabulary = entries.vocabulary
        self.compact = entries.compact
        self.private_training = private_training  # private training entries: a count only

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
        for record_type in SECTION_ORDER:
            entries = [(r, s) for r, s in shown if r.type is record_type]
            if record_type is RecordType.DISCLOSURE:
                out += self._disclosures(entries, counted)
            elif record_type is RecordType.TRAINING:  # training and goals, together
                out += development_blocks(
                    shown, self.private_training, self.entries.development_entry
                )
            elif record_type is RecordType.GOAL:
                continue
            elif entries:
                out.append(Heading(SECTION_TITLES[record_type]))
                for record, share in entries:
                    out += self.entries.entry(record, share)
        out += self._actions(actions, options.end)
        out += log_blocks(log)
        out += self._learning(list(shown), counted)
        out += concern_blocks(shown)
        if options.include_wellbeing:
            out += wellbeing_blocks(checkins)
        out += _notes_section(options)
        return out

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
            out += self.entries.entry(record, share)
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
        code, name, domain = (
            self.entries.area_code,
            self.entries.area_name,
            self.entries.domain_name,
        )
        if areas and self.compact:
            rows = tuple((code(a), name(a), str(n)) for a, n in areas.items())
            out.append(Table(("Code", "Competence area", "Entries"), rows, "Competence areas"))
            domains = dict.fromkeys((code(a).split(".")[0], domain(a)) for a in areas)
            key = "; ".join(f"{number}: {title}" for number, title in domains if title)
            out.append(Paragraph(f"Domains of the HEE framework: {key}.", muted=True))
        elif areas:
            rows = tuple((name(a), domain(a), str(n)) for a, n in areas.items())
            out.append(Table(("Competence area", "Domain", "Entries"), rows, "Competence areas"))
        return out


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
