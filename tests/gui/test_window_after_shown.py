"""Issue 20: a large journal's main window shows before its side views are worked
out. The side bar's counts, the Today home and the supervision banner are filled
just after the window's first paint, a step per turn of the event loop, and the
search index starts only then; a lock before they run leaves nothing on screen."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal_app.gui import main_side_views
from journal_app.services.today import Step

TODAY = date.today()


@pytest.fixture
def large(monkeypatch):
    """Every journal counts as large (the real threshold is thousands of entries)."""
    monkeypatch.setattr(main_side_views, "FILL_AFTER_SHOWN_FROM", 1)


def note(session, days_ago: int, title: str) -> None:
    session.save(
        None,
        {"type": "reflection", "date": (TODAY - timedelta(days=days_ago)).isoformat(),
         "title": title},
    )  # fmt: skip


def index_started(session) -> bool:
    return session.journal.cache.index.started


def test_a_large_journal_fills_the_side_views_after_the_first_paint(
    session, open_window, qtbot, large
):
    note(session, 0, "Group")
    note(session, 1, "Drop-in")
    window = open_window(session)
    # Shown, but nothing worked out yet: no counts, no cards, no index.
    assert window.sidebar.count_for("timeline") is None
    assert window.today.cards == []
    assert not index_started(session)
    # Nor the records list, which Today hides: it fills once the window shows.
    assert window.records.model.rowCount() == 0

    qtbot.waitUntil(lambda: index_started(session), timeout=5000)
    assert window.sidebar.count_for("timeline") == 2
    assert window.sidebar.count_for("reflections") == 2
    assert window.records.model.rowCount() == 2
    steps = [c.property("step") for c in window.today.cards]
    assert Step.WRITE_REFLECTION.value not in steps and Step.CHECK_IN.value in steps
    # From then on a change shows on the next turns of the event loop, a step per
    # turn (the save itself returns first); changes made together are shown once.
    note(session, 2, "Training day")
    note(session, 3, "Supervision prep")
    assert window.sidebar.count_for("timeline") == 2
    qtbot.waitUntil(lambda: window.sidebar.count_for("timeline") == 4, timeout=3000)


def test_a_large_journal_works_out_only_the_page_shown(session, open_window, qtbot, large):
    """The Today home is worked out when the worker turns to it, not at every save
    made in the Timeline (at 100,000 entries each took a fifth of a second)."""
    note(session, 0, "Group")
    window = open_window(session)
    qtbot.waitUntil(lambda: index_started(session), timeout=5000)
    window.show_section("timeline")
    qtbot.wait(20)
    session.save(None, {"type": "checkin", "date": TODAY.isoformat(), "fields": {"mood": 6}})
    qtbot.waitUntil(lambda: window.sidebar.count_for("timeline") == 2, timeout=3000)
    steps = [c.property("step") for c in window.today.cards]
    assert Step.CHECK_IN.value in steps  # not worked out again: the page is not shown
    window.show_section("today")
    qtbot.waitUntil(
        lambda: Step.CHECK_IN.value not in [c.property("step") for c in window.today.cards],
        timeout=3000,
    )


def test_a_lock_before_a_queued_refresh_leaves_nothing(session, open_window, qtbot, large):
    note(session, 0, "Group")
    window = open_window(session)
    qtbot.waitUntil(lambda: index_started(session), timeout=5000)
    note(session, 1, "Drop-in")
    session.lock()
    qtbot.wait(50)
    assert window.sidebar.count_for("timeline") is None
    assert window.today.cards == []


def test_a_lock_before_the_first_paint_leaves_nothing_to_fill(session, open_window, qtbot, large):
    note(session, 0, "Group")
    window = open_window(session)
    session.lock()
    qtbot.wait(50)  # the turns of the event loop the steps would have taken
    assert window.sidebar.count_for("timeline") is None
    assert window.today.cards == []


def test_a_small_journal_is_filled_at_once_and_indexed_once_shown(session, open_window, qtbot):
    note(session, 0, "Group")
    window = open_window(session)
    assert window.sidebar.count_for("timeline") == 1
    assert window.today.cards
    qtbot.waitUntil(lambda: index_started(session), timeout=5000)


def test_a_large_journal_shown_at_once_in_the_timeline_lists_its_entries(
    session, open_window, qtbot, large
):
    """The list waits for the first paint only while Today hides it."""
    session.save(
        None,
        {"type": "reflection", "date": TODAY.isoformat(), "title": "Group", "tags": ["peer"]},
    )
    window = open_window(session)
    window.show_section("timeline")  # before the first paint's steps
    assert window.records.model.rowCount() == 1
    qtbot.waitUntil(lambda: index_started(session), timeout=5000)
    assert window.records.model.rowCount() == 1
    assert window.records.tag.findData("peer") >= 0  # the filters filled too
