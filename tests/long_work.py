"""For tests: wait for the GUI's long work (gui/workers.py LongWork) to finish.

The app never waits for its own work (it continues in callbacks); a test does, in
the test's event loop (qtbot.waitUntil), and then reads the outcome."""

from __future__ import annotations

from typing import Any


def finish(qtbot, work, timeout: int = 20_000) -> Any:
    """Wait until `work` (a LongWork) has finished, letting the event loop run; give
    its value, or raise its error as the app's callbacks would have received it."""
    assert work is not None, "no long work was started"
    outcome: list[tuple[bool, Any]] = []
    work.then(
        lambda value: outcome.append((True, value)),
        lambda exc: outcome.append((False, exc)),
        BaseException,
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=timeout)
    succeeded, value = outcome[0]
    if not succeeded:
        raise value
    return value


def finish_running(qtbot, timeout: int = 20_000) -> None:
    """Wait until every long work started (by a click, a menu action) has finished
    and its callbacks have run, including any next step they started."""
    from journal_app.gui import workers

    qtbot.waitUntil(lambda: workers.running() == 0, timeout=timeout)
