"""The actions board's service: every action, overdue first; status changes saved."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.domain.schema import record_from_input
from journal_app.errors import RecordNotFound, ValidationError
from journal_app.services.actions import ActionItem, all_actions, count_actions, set_action_status
from journal_app.services.journal import Journal

TODAY = date(2025, 3, 10)


def note(day: str, *actions: tuple, supervisor: str = "Sam"):
    return record_from_input(
        {
            "type": "supervision",
            "date": day,
            "fields": {
                "supervisor": supervisor,
                "actions": [
                    {"text": text, "owner": "me", "due": due, "status": status}
                    for text, due, status in actions
                ],
            },
        },
        None,
    )


def texts(items: list[ActionItem]) -> list[str]:
    return [i.text for i in items]


def test_overdue_first_then_open_by_due_undated_last_then_done_then_dropped():
    first = note(
        "2025-01-10",
        ("dropped old", "2025-01-01", "dropped"),
        ("open undated", None, "open"),
        ("overdue later", "2025-03-01", "open"),
        ("done early", "2025-01-20", "done"),
    )
    second = note(
        "2025-02-10",
        ("open soon", "2025-03-12", "open"),
        ("overdue oldest", "2025-02-01", "open"),
        ("due today", "2025-03-10", "open"),
        ("done recent", "2025-02-20", "done"),
        ("done but past due", "2025-01-01", "done"),
    )
    items = all_actions(
        [first, second, record_from_input({"type": "checkin", "date": "2025-03-01"}, None)], TODAY
    )
    assert texts(items) == [
        "overdue oldest",
        "overdue later",
        "due today",  # due today is not overdue yet
        "open soon",
        "open undated",
        "done recent",  # the newer supervision's finished work first
        "done but past due",  # done is never overdue
        "done early",
        "dropped old",
    ]
    overdue = [i.text for i in items if i.is_overdue(TODAY)]
    assert overdue == ["overdue oldest", "overdue later"]


def test_items_say_where_they_came_from():
    record = note("2025-02-10", ("Book training", "2025-04-01", "open"), supervisor="Alex K")
    (item,) = all_actions([record], TODAY)
    assert item == ActionItem(
        record_id=record.id,
        index=0,
        text="Book training",
        owner="me",
        due=date(2025, 4, 1),
        status="open",
        supervision_date=date(2025, 2, 10),
        supervisor="Alex K",
    )
    assert all_actions([], TODAY) == []


def test_ties_keep_a_stable_order_by_supervision_then_position():
    a = note("2025-01-10", ("a0", "2025-04-01", "open"), ("a1", "2025-04-01", "open"))
    b = note("2025-02-10", ("b0", "2025-04-01", "open"))
    assert texts(all_actions([b, a], TODAY)) == ["a0", "a1", "b0"]


@pytest.fixture
def vault(tmp_path):
    return tmp_path / "v.pswvault"


def test_status_change_edits_only_that_action_and_persists(vault):
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    saved = journal.add(
        {
            "type": "supervision",
            "date": "2025-02-10",
            "title": "February supervision",
            "fields": {
                "supervisor": "Sam",
                "discussed": "Workload",
                "actions": [
                    {"text": "Read the policy", "owner": "me", "due": "2025-03-01"},
                    {"text": "Arrange shadowing", "owner": "Sam", "due": "2025-03-20"},
                ],
            },
        }
    )
    updated = set_action_status(journal, saved.id, 1, "done")
    assert [a["status"] for a in updated.fields["actions"]] == ["open", "done"]
    assert updated.fields["actions"][1]["text"] == "Arrange shadowing"
    assert updated.fields["discussed"] == "Workload" and updated.title == "February supervision"
    journal.lock()

    reopened = Journal.open(vault, PASSPHRASE)
    try:
        actions = reopened.get(saved.id).fields["actions"]
        assert [a["status"] for a in actions] == ["open", "done"]
        assert [i.text for i in all_actions(reopened.records(), TODAY)] == [
            "Read the policy",  # overdue
            "Arrange shadowing",  # done
        ]
    finally:
        reopened.lock()


def test_bad_status_index_or_record_is_refused_and_nothing_changes(vault):
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    try:
        saved = journal.add(
            {
                "type": "supervision",
                "date": "2025-02-10",
                "fields": {"actions": [{"text": "Read the policy"}]},
            }
        )
        checkin = journal.add({"type": "checkin", "date": "2025-02-11", "fields": {"mood": 5}})
        with pytest.raises(ValidationError) as bad_status:
            set_action_status(journal, saved.id, 0, "finished")
        assert bad_status.value.field == "fields.actions[0].status"
        with pytest.raises(ValidationError) as bad_index:
            set_action_status(journal, saved.id, 3, "done")
        assert bad_index.value.field == "fields.actions[3]"
        with pytest.raises(ValidationError):
            set_action_status(journal, checkin.id, 0, "done")
        with pytest.raises(RecordNotFound):
            set_action_status(journal, "no-such-id", 0, "done")
        assert journal.get(saved.id).fields["actions"][0]["status"] == "open"
    finally:
        journal.lock()


def test_counts_put_overdue_actions_among_the_open_ones():
    """Issue 17: the board said "1 overdue, 0 open" beside a row whose status is Open."""

    def item(status: str, due: str | None) -> ActionItem:
        return ActionItem(
            "r",
            0,
            "x",
            "",
            date.fromisoformat(due) if due else None,
            status,
            date(2025, 1, 1),
            "",
        )

    items = [
        item("open", "2025-01-05"),
        item("open", None),
        item("done", "2025-01-02"),
        item("dropped", None),
        item("open", "2025-03-01"),
    ]
    counts = count_actions(items, date(2025, 2, 1))
    assert (counts.open, counts.overdue, counts.done, counts.dropped) == (3, 1, 1, 1)


def test_counting_the_actions_gives_what_counting_their_items_gives():
    """Issue 20: the side bar and Today count the actions without making the items."""
    import random

    from journal_app.services.actions import count_note_actions

    rng = random.Random(7)
    records = [record_from_input({"type": "checkin", "date": "2025-03-01"}, None)]
    for n in range(60):
        records.append(
            note(
                f"2025-0{1 + n % 3}-1{n % 10}",
                *[
                    (
                        f"action {n}.{i}",
                        rng.choice([None, "2025-03-09", "2025-03-10", "2025-03-11", "2024-12-31"]),
                        rng.choice(["open", "done", "dropped"]),
                    )
                    for i in range(rng.randrange(0, 4))
                ],
            )
        )
    for today in (TODAY, date(2025, 3, 11), date(2024, 1, 1)):
        assert count_note_actions(records, today) == count_actions(
            all_actions(records, today), today
        )
    assert count_note_actions([], TODAY) == count_actions([], TODAY)
