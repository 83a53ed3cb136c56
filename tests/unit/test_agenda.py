"""The supervision agenda is pre-filled from records marked for supervision."""

from __future__ import annotations

from datetime import date

from journal_app.domain.schema import record_from_input
from journal_app.services.agenda import agenda_text, records_for_supervision


def rec(kind: str, day: str, title: str = "", marked: bool = False, share: str = "full", **more):
    return record_from_input(
        {
            "type": kind,
            "date": day,
            "title": title,
            "for_supervision": marked,
            "share": share,
            **more,
        },
        None,
    )


def test_only_marked_records_since_the_last_supervision_are_listed():
    records = [
        rec("reflection", "2025-01-05", "Before the last one", marked=True),
        rec("supervision", "2025-01-10", "Last supervision"),
        rec("reflection", "2025-01-12", "Group ending", marked=True),
        rec("reflection", "2025-01-13", "Not marked"),
        rec("disclosure", "2025-01-14", "Shared about my recovery", marked=True),
        rec("reflection", "2025-02-20", "After the new note", marked=True),
    ]
    chosen = records_for_supervision(records, on=date(2025, 2, 1))
    assert [r.title for r in chosen] == ["Group ending", "Shared about my recovery"]
    text = agenda_text(records, on=date(2025, 2, 1))
    assert text.splitlines() == [
        "- 12 January 2025, Reflection: Group ending",
        "- 14 January 2025, Disclosure decision: Shared about my recovery",
    ]


def test_with_no_supervision_yet_everything_marked_counts():
    records = [rec("checkin", "2025-01-01", marked=True), rec("reflection", "2025-01-02")]
    assert agenda_text(records) == "- 1 January 2025, Check-in"


def test_an_untitled_entry_is_named_by_what_it_is():
    """Issue 17: never "(untitled)"; a check-in shared in full is named by its scores,
    one shared as a summary only by its kind and date."""
    full = rec("checkin", "2025-01-01", marked=True, fields={"mood": 6, "stress": 3})
    summary = rec("checkin", "2025-01-02", marked=True, share="summary", fields={"mood": 2})
    assert agenda_text([full, summary]).splitlines() == [
        "- 1 January 2025, Check-in: Check-in · mood 6, stress 3",
        "- 2 January 2025, Check-in",
    ]


def test_a_private_entry_never_gives_its_title_to_the_agenda():
    """The note may be shared; the agenda line of a private entry is neutral."""
    records = [
        rec("reflection", "2025-10-05", "Panic in the car park with JT", True, "private"),
        rec("disclosure", "2025-10-06", "Told R about my section", True, "private"),
        rec(
            "reflection",
            "2025-10-07",
            "Hard visit to Mrs K",
            True,
            "summary",
            shared_title="A difficult home visit",
        ),
        rec("reflection", "2025-10-08", "Group went well", True, "summary"),
    ]
    text = agenda_text(records)
    assert text.splitlines() == [
        "- 5 October 2025: a private reflection",
        "- 6 October 2025: a private disclosure decision",
        "- 7 October 2025, Reflection: A difficult home visit",
        "- 8 October 2025, Reflection: Group went well",
    ]
    for secret in ("Panic", "JT", "section", "Mrs K"):
        assert secret not in text
