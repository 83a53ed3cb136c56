"""Actions agreed in supervision, gathered across every supervision note for the
actions board, and the one change the board makes: an action's status."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from journal_app.domain.fields import ActionField, Field, RecordKey
from journal_app.domain.records import Record, RecordType, Share
from journal_app.domain.schema import ACTION_STATUSES
from journal_app.errors import ValidationError

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

_STATUS_ORDER = {"open": 1, "done": 2, "dropped": 3}


@dataclass(frozen=True)
class ActionItem:
    """One agreed action; (`record_id`, `index`) says where it lives."""

    record_id: str
    index: int
    text: str
    owner: str
    due: date | None
    status: str
    supervision_date: date
    supervisor: str

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today


def _due(action: dict[str, Any]) -> date | None:
    due = action.get(ActionField.DUE)
    return date.fromisoformat(due) if due else None


def note_actions(record: Record) -> list[ActionItem]:
    """A supervision note's actions, in the note's order."""
    supervisor = record.fields.get(Field.SUPERVISOR, "")
    return [
        action_item(record, i, action, supervisor)
        for i, action in enumerate(record.fields.get(Field.ACTIONS) or [])
    ]


def action_item(record: Record, index: int, action: dict[str, Any], supervisor: str) -> ActionItem:
    """The note's action at `index` (`action`, its JSON) as an item; `supervisor` is
    the note's."""
    return ActionItem(
        record_id=record.id,
        index=index,
        text=action.get(ActionField.TEXT, ""),
        owner=action.get(ActionField.OWNER, ""),
        due=_due(action),
        status=action.get(ActionField.STATUS, "open"),
        supervision_date=record.date,
        supervisor=supervisor,
    )


def _order(item: ActionItem, today: date) -> tuple:
    if item.is_overdue(today):
        group = 0
    else:
        group = _STATUS_ORDER.get(item.status, 4)
    if group <= 1:
        # Open work by due date (oldest first), undated last.
        when: tuple = (item.due is None, item.due or date.max, item.supervision_date)
    else:
        # Finished work: the most recent supervision first.
        when = (-item.supervision_date.toordinal(),)
    return (group, *when, item.record_id, item.index)


def all_actions(records: Iterable[Record], today: date) -> list[ActionItem]:
    """Every action from every supervision note: overdue first (oldest due first), then
    open by due date (undated last), then done, then dropped."""
    items = [item for r in records if r.type is RecordType.SUPERVISION for item in note_actions(r)]
    items.sort(key=lambda item: _order(item, today))
    return items


@dataclass(frozen=True)
class ActionCounts:
    """How many actions have each status. `overdue` counts open ones past their due
    date: they are among the `open`, as the board's rows say "Open" for them."""

    open: int
    overdue: int
    done: int
    dropped: int


def count_actions(items: Iterable[ActionItem], today: date) -> ActionCounts:
    items = list(items)
    return ActionCounts(
        open=sum(1 for i in items if i.status == "open"),
        overdue=sum(1 for i in items if i.is_overdue(today)),
        done=sum(1 for i in items if i.status == "done"),
        dropped=sum(1 for i in items if i.status == "dropped"),
    )


def count_note_actions(records: Iterable[Record], today: date) -> ActionCounts:
    """count_actions(all_actions(records, today), today) without making an item for
    every action or sorting them: the side bar's and the Today home's numbers (at
    100,000 entries, some 25,000 actions, the items and their order took most of a
    refresh)."""
    statuses = {"open": 0, "done": 0, "dropped": 0}
    overdue = 0
    for record in records:
        if record.type is not RecordType.SUPERVISION:
            continue
        for action in record.fields.get(Field.ACTIONS) or []:
            status = action.get(ActionField.STATUS, "open")
            if status in statuses:
                statuses[status] += 1
            if status == "open" and action.get(ActionField.DUE):
                due = _due(action)
                overdue += due is not None and due < today
    return ActionCounts(
        open=statuses["open"], overdue=overdue, done=statuses["done"], dropped=statuses["dropped"]
    )


def status_changes(record: Record, index: int, status: str) -> dict[str, Any]:
    """The record JSON changes that set one action's status (for Journal.edit or
    Session.save); validation of the status itself is the schema's."""
    if record.type is not RecordType.SUPERVISION:
        raise ValidationError("type", "only supervision notes have actions", code="no_actions")
    actions = [dict(a) for a in record.fields.get(Field.ACTIONS) or []]
    if not 0 <= index < len(actions):
        raise ValidationError(
            f"fields.actions[{index}]", "there is no such action", code="no_such_action"
        )
    if status not in ACTION_STATUSES:
        raise ValidationError(
            f"fields.actions[{index}].status",
            f"must be one of: {', '.join(ACTION_STATUSES)}",
            code="choice",
        )
    actions[index][ActionField.STATUS] = status
    return {RecordKey.FIELDS: {Field.ACTIONS: actions}}


def set_action_status(journal: Journal, record_id: str, index: int, status: str) -> Record:
    """Change one action's status and save the note; returns the saved record."""
    return journal.edit(record_id, status_changes(journal.get(record_id), index, status))


@dataclass(frozen=True)
class PackActions:
    """The actions a supervision pack carries (see actions_for_pack)."""

    open: tuple[ActionItem, ...]  # overdue first (due before the pack's end), then by due
    done: tuple[ActionItem, ...]
    private: tuple[ActionItem, ...]  # of private notes: only when ticked in the dialog

    @property
    def all(self) -> tuple[ActionItem, ...]:
        return (*self.open, *self.done)


ActionKey = tuple[str, int]  # (the note's record id, the action's index in it)


def key(item: ActionItem) -> ActionKey:
    return (item.record_id, item.index)


def actions_for_pack(
    records: Iterable[Record],
    start: date,
    end: date,
    share_of: Callable[[Record], Share],
    left_out: frozenset[ActionKey] = frozenset(),
    private_ticked: frozenset[ActionKey] = frozenset(),
) -> PackActions:
    """Open actions of every supervision note shared (as a summary or in full) and
    agreed on or before `end`, whatever period it was agreed in, so an action is
    carried forward until it is done; done actions whose note is dated in the period.
    Each action once, with its note's date. A private note's actions appear only when
    ticked (`private_ticked`, listed in `private`); any can be `left_out`."""
    notes = [r for r in records if r.type is RecordType.SUPERVISION and r.date <= end]
    chosen, offered = [], []
    for note in notes:
        # An item is made only for an action wanted: at 100,000 entries some 50,000
        # actions, of which a few thousand are still open, and making an item for
        # each took most of the pack dialog's rebuild.
        done_wanted = start <= note.date <= end
        wanted = [
            (i, action)
            for i, action in enumerate(note.fields.get(Field.ACTIONS) or [])
            if (status := action.get(ActionField.STATUS, "open")) == "open"
            or (status == "done" and done_wanted)
        ]
        if not wanted:
            continue
        private = share_of(note) is Share.PRIVATE
        supervisor = note.fields.get(Field.SUPERVISOR, "")
        for item in (action_item(note, i, action, supervisor) for i, action in wanted):
            if private:
                offered.append(item)
                if key(item) not in private_ticked:
                    continue
            if key(item) not in left_out:
                chosen.append(item)
    chosen.sort(key=lambda item: _order(item, end))
    offered.sort(key=lambda item: _order(item, end))
    return PackActions(
        open=tuple(i for i in chosen if i.status == "open"),
        done=tuple(i for i in chosen if i.status == "done"),
        private=tuple(offered),
    )


def choose_pack_actions(
    candidates: PackActions,
    end: date,
    left_out: frozenset[ActionKey] = frozenset(),
    private_ticked: frozenset[ActionKey] = frozenset(),
) -> PackActions:
    """actions_for_pack with these choices, from its answer without any (`candidates`):
    the same actions, without walking the notes again."""
    chosen = [i for i in candidates.all if key(i) not in left_out]
    chosen += (i for i in candidates.private if key(i) in private_ticked and key(i) not in left_out)
    chosen.sort(key=lambda item: _order(item, end))
    return PackActions(
        open=tuple(i for i in chosen if i.status == "open"),
        done=tuple(i for i in chosen if i.status == "done"),
        private=candidates.private,
    )
