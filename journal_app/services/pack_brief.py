"""Page one of the supervision pack: a brief a manager can read in two minutes before
any detail. What the worker wants to bring (shared entries by their shared title, and
only a count of private ones), every open action with the overdue ones first and
marked in words, the supervision log in a line with its alerts, and a line each for
wellbeing (when the worker ticked the chart), training requests, shared reflections
that ask for a debrief after a safeguarding concern, and what is going well. It
follows the pack's consent rules: nothing here is more than the rest of the pack
shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal_app.domain.fields import ActionField, Field
from journal_app.domain.record_name import record_name
from journal_app.domain.records import TYPE_LABELS, Record, RecordType, Share
from journal_app.export.document import Block, FieldList, Heading, Paragraph, Table
from journal_app.services.actions import ActionItem, PackActions
from journal_app.services.pack_labels import choice_label, long_date
from journal_app.services.supervision_log import SupervisionLog

TRAINING_NEED = "training_need"  # the theme id that marks a training need


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 check-in", "3 check-ins", "2 decisions"."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def shown_title(record: Record, share: Share, dated: bool = True) -> str:
    """The title a pack shows: shared as a summary, the shared title if there is one;
    without a title, the entry's name (`dated=False` where its date is beside it)."""
    if share is Share.SUMMARY and record.shared_title:
        return record.shared_title
    # Only a fully shared entry's scores may name it; otherwise its kind and date.
    return record_name(record, detail=share is Share.FULL, day_text=long_date, dated=dated)


@dataclass(frozen=True)
class BriefInput:
    """What page one is made from (build_pack works each out once)."""

    shared: tuple[tuple[Record, Share], ...]  # the period's entries not private, oldest first
    # Of those, the ones whose titles may show (not disclosures or check-ins that are
    # only counted or charted), by id.
    titled: frozenset[str]
    private_marked: int  # private entries marked "bring to supervision" in the period
    actions: PackActions
    log: SupervisionLog
    end: date
    include_wellbeing: bool
    private_training_needs: int


def brief_blocks(given: BriefInput) -> list[Block]:
    out: list[Block] = [Heading("Brief for this supervision")]
    out += _to_bring(given)
    out += _open_actions(given.actions.open, given.end)
    lines: list[tuple[str, str]] = [("Supervision log", given.log.one_line())]
    lines += [("Please note", alert) for alert in given.log.alerts()]
    if given.include_wellbeing:
        lines.append(("Wellbeing", _wellbeing_line(given)))
    training = _training_line(given)
    if training:
        lines.append(("Training requests", training))
    debrief = _debrief_line(given)
    if debrief:
        lines.append(("Debrief needed", debrief))
    going_well = _going_well(given)
    if going_well:
        lines.append(("Going well", going_well))
    out.append(FieldList(tuple(lines)))
    return out


def _to_bring(given: BriefInput) -> list[Block]:
    marked = [(r, s) for r, s in given.shared if r.for_supervision]
    lines = [
        f"•  {shown_title(r, s, dated=False)} ({TYPE_LABELS[r.type].lower()}, {long_date(r.date)})"
        for r, s in marked
        if r.id in given.titled
    ]
    counted = sum(1 for r, _s in marked if r.id not in given.titled)
    if counted:
        lines.append(f"{plural(counted, 'entry', 'entries')} shared only as counts or scores.")
    if given.private_marked:
        count = plural(given.private_marked, "private item")
        lines.append(f"{'And' if lines else 'There are'} {count} to raise in person.")
    if not lines:
        lines.append("Nothing is marked to bring this time.")
    return [Heading("What I want to bring", level=3), Paragraph("\n".join(lines))]


def action_row(item: ActionItem, end: date) -> tuple[str, str, str, str, str]:
    """Action, owner, due, status in words ("Overdue", never colour alone), agreed on."""
    status = "Overdue" if item.is_overdue(end) else choice_label(ActionField.STATUS, item.status)
    return (
        item.text,
        item.owner,
        long_date(item.due) if item.due else "",
        status,
        long_date(item.supervision_date),
    )


ACTION_HEADERS = ("Action", "Owner", "Due", "Status", "Agreed on")
ACTION_WIDTHS = (35.0, 16.0, 17.0, 13.0, 19.0)  # every actions table alike


def _open_actions(items: tuple[ActionItem, ...], end: date) -> list[Block]:
    out: list[Block] = [Heading("Open actions", level=3)]
    if not items:
        return [*out, Paragraph("No open actions.")]
    overdue = sum(1 for i in items if i.is_overdue(end))
    summary = plural(len(items), "open action")
    if overdue:
        summary += f", {overdue} of them overdue (listed first)"
    out.append(Paragraph(summary + "."))
    rows = tuple(action_row(i, end) for i in items)
    out.append(Table(ACTION_HEADERS, rows, "Overdue first", ACTION_WIDTHS))
    return out


def _wellbeing_line(given: BriefInput) -> str:
    since = given.log.last
    checkins = [
        r
        for r, _s in given.shared
        if r.type is RecordType.CHECKIN and (since is None or r.date > since)
    ]
    moods = [r.fields[Field.MOOD] for r in checkins if r.fields.get(Field.MOOD) is not None]
    when = f"since the last supervision on {long_date(since)}" if since else "in this period"
    if not moods:
        return f"No mood scores shared {when}."
    if len(moods) == 1:
        return f"Mood {moods[0]} in the one check-in {when}."
    count = plural(len(moods), "check-in")
    return f"Mood went from {moods[0]} to {moods[-1]} over {count} {when}."


def _training_line(given: BriefInput) -> str:
    marked = [
        (r, s) for r, s in given.shared if TRAINING_NEED in (r.fields.get(Field.THEMES) or [])
    ]
    needs = [shown_title(r, s) for r, s in marked if r.id in given.titled]
    counted = len(marked) - len(needs)
    if not marked and not given.private_training_needs:
        return ""
    if counted:
        needs.append(plural(counted, "entry shared as counts", "entries shared as counts"))
    parts = "; ".join(needs)
    if given.private_training_needs:
        private = plural(given.private_training_needs, "private entry", "private entries")
        parts = f"{parts}; and {private}" if parts else private
    return parts + "."


def _debrief_line(given: BriefInput) -> str:
    """Shared reflections whose safeguarding prompts ask for a debrief, by the title
    the pack shows (a private one is never named or counted)."""
    marked = [
        f"{shown_title(r, s, dated=False)} ({long_date(r.date)})"
        for r, s in given.shared
        if r.type is RecordType.REFLECTION and r.fields.get(Field.DEBRIEF_NEEDED)
    ]
    return "; ".join(marked) + "." if marked else ""


def _going_well(given: BriefInput) -> str:
    """From supervision-preparation reflections shared in full (a summary never shows
    a reflection's own words)."""
    found = [
        r.fields[Field.PREP_GOING_WELL].strip()
        for r, s in given.shared
        if s is Share.FULL
        and r.type is RecordType.REFLECTION
        and str(r.fields.get(Field.PREP_GOING_WELL) or "").strip()
    ]
    return "\n".join(found)
