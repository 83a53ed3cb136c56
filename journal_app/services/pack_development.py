"""The "Training and development" section, shared by the supervision pack and the
development record (services.development_record): the training hours of the period's
shared training entries, each shared training in a table (date, title, kind,
provider, hours), each shared goal with its status and target date, then the entries
themselves at their share level (a full one adds what was learnt and how it will be
used; a summary only its outline).

Consent: only entries shared (summary or full) are named or add to the hours; private
training entries are only counted ("1 more training entry is kept private"), never
named, and their hours are not added. The section appears only when at least one
training or goal entry is shared."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from journal_app.domain.fields import Field
from journal_app.domain.records import Record, RecordType, Share
from journal_app.export.document import Block, Heading, Paragraph, Table
from journal_app.services.pack_brief import plural, shown_title
from journal_app.services.pack_labels import choice_label, field_text, hours_text, long_date

SECTION_TITLE = "Training and development"
TRAINING_HEADERS = ("Date", "Training", "Kind", "Provider", "Hours")
TRAINING_WIDTHS = (21.0, 31.0, 13.0, 21.0, 14.0)
GOAL_HEADERS = ("Goal", "Status", "Target date", "Set on")
GOAL_WIDTHS = (40.0, 14.0, 23.0, 23.0)
GOAL_STATUSES = ("active", "achieved", "dropped")
# In the compact layout an entry's detail leaves out what its table row shows.
IN_TABLE = {
    RecordType.TRAINING: frozenset({"Kind of training", "Provider", "Hours"}),
    RecordType.GOAL: frozenset({"Status", "Target date"}),
}

EntryBlocks = Callable[[Record, Share], list[Block]]


def training_hours(record: Record) -> float:
    value = record.fields.get(Field.HOURS)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return float(value) if value > 0 else 0.0


def goal_status(record: Record) -> str:
    return str(record.fields.get(Field.STATUS) or "active")


def development_blocks(
    pairs: Sequence[tuple[Record, Share]],
    private_training: int,
    entry_blocks: EntryBlocks,
    level: int = 2,
) -> list[Block]:
    """The section for `pairs` (the shared entries, oldest first; any type, only
    training and goals are used). `private_training` is how many training entries in
    the period are private: a count only. `entry_blocks` writes one entry's detail
    (its heading at level 3). Empty when no training or goal is shared."""
    training = [
        (r, s) for r, s in pairs if r.type is RecordType.TRAINING and s is not Share.PRIVATE
    ]
    goals = [(r, s) for r, s in pairs if r.type is RecordType.GOAL and s is not Share.PRIVATE]
    if not training and not goals:
        return []
    out: list[Block] = [Heading(SECTION_TITLE, level=level)]
    out.append(Paragraph(_hours_line(training, private_training)))
    if training:
        rows = tuple(_training_row(r, s) for r, s in training)
        out.append(Table(TRAINING_HEADERS, rows, "Training shared", TRAINING_WIDTHS))
    if goals:
        out.append(Paragraph(_goals_line(goals)))
        rank = {s: i for i, s in enumerate(GOAL_STATUSES)}  # active first; then by date
        ordered = sorted(goals, key=lambda pair: rank.get(goal_status(pair[0]), len(rank)))
        rows = tuple(_goal_row(r, s) for r, s in ordered)
        out.append(Table(GOAL_HEADERS, rows, "Development goals", GOAL_WIDTHS))
    for record, share in [*training, *goals]:
        out += entry_blocks(record, share)
    return out


def _hours_line(training: list[tuple[Record, Share]], private_training: int) -> str:
    total = sum(training_hours(r) for r, _s in training)
    if training:
        line = (
            f"Training hours in this period: {hours_text(total)}, from "
            f"{plural(len(training), 'training entry', 'training entries')} shared."
        )
    else:
        line = "No training entries were shared for this period."
    if private_training:
        more = plural(private_training, "more training entry", "more training entries")
        verb = "is" if private_training == 1 else "are"
        line += f" {more[0].upper()}{more[1:]} {verb} kept private (not included or added up)."
    return line


def _goals_line(goals: list[tuple[Record, Share]]) -> str:
    found = Counter(goal_status(r) for r, _s in goals)
    order = [*GOAL_STATUSES, *sorted(s for s in found if s not in GOAL_STATUSES)]
    parts = [f"{found[s]} {choice_label(Field.STATUS, s).lower()}" for s in order if found[s]]
    return f"Development goals: {', '.join(parts)}."


def _training_row(record: Record, share: Share) -> tuple[str, ...]:
    kind = record.fields.get(Field.KIND)
    hours = record.fields.get(Field.HOURS)
    return (
        long_date(record.date),
        shown_title(record, share, dated=False),
        field_text(Field.KIND, kind) if kind else "",
        str(record.fields.get(Field.PROVIDER) or "").strip(),
        field_text(Field.HOURS, hours) if hours is not None else "",
    )


def _goal_row(record: Record, share: Share) -> tuple[str, ...]:
    target = record.fields.get(Field.TARGET_DATE)
    return (
        shown_title(record, share, dated=False),
        choice_label(Field.STATUS, goal_status(record)),
        long_date(date.fromisoformat(target)) if isinstance(target, str) and target else "None set",
        long_date(record.date),
    )
