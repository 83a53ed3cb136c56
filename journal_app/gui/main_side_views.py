"""The side views of the main window (the side bar's counts, the Today home, its
follow-through line, the actions board, calendar and insights) and what waits for
the window's first paint after an unlock: a large journal's side views and
supervision banner, and the search index. A mixin of MainWindow (gui/main_window.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer

from journal_app.services.follow_through import follow_through
from journal_app.services.today import section_counts, suggestions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from journal_app.gui.records_page import RecordsPage
    from journal_app.gui.session import Session
    from journal_app.gui.widgets.actions_board import ActionsBoard
    from journal_app.gui.widgets.calendar_view import CalendarView
    from journal_app.gui.widgets.insights_view import InsightsView
    from journal_app.gui.widgets.sidebar import Sidebar
    from journal_app.gui.widgets.today_view import TodayView

# From this many entries the side bar's counts, the Today home and the supervision
# banner are filled just after the window first shows, not before (about 0.2 s at
# 20,000 entries), and after a change a step per turn of the event loop (at 100,000
# entries the steps took a second together, on every save); a smaller journal's are
# filled at once.
FILL_AFTER_SHOWN_FROM = 5000


class SideViewsMixin:
    """`_refresh_side_views()` after a change; `_after_shown()` after the first paint
    that follows `populate()` (which sets `_after_shown_pending`)."""

    session: Session
    sidebar: Sidebar
    today: TodayView
    pages: QStackedWidget
    records: RecordsPage
    actions_board: ActionsBoard
    calendar: CalendarView
    insights: InsightsView
    _follow_through_hidden: set[str]
    _after_shown_pending: bool
    _fill_after_shown: bool
    _large_journal: bool
    _side_views_queued: bool
    _counts_queued: bool
    _unlock_count: int
    _refresh_banner: Callable[[], None]

    def _wait_for_first_paint(self) -> None:
        """populate(): what waits for the window's first paint (the search index; a
        large journal's side views and banner: a small one's take no time, and are
        filled at once, as before)."""
        self._unlock_count += 1
        self._after_shown_pending = True
        reader = self.session.reader
        # Still decoding (see Session.when_loaded): nothing that reads the records runs
        # before the window shows, and what follows it waits for the decoding's end.
        self._large_journal = (
            reader.loading or reader.load_failed or reader.count_hint >= FILL_AFTER_SHOWN_FROM
        )
        self._fill_after_shown = self._large_journal

    def event(self, event: QEvent) -> bool:
        """The first paint after populate(): what waits for the window starts once
        the event loop is free again."""
        if event.type() == QEvent.Type.Paint and self._after_shown_pending:
            self._after_shown_pending = False
            QTimer.singleShot(0, self, self._after_shown)
        return super().event(event)  # type: ignore[misc]

    def _refresh_side_views(self, counts: bool = True) -> None:
        """The side bar's counts (unless `counts` is False: nothing changed) and the
        page shown. A large journal's wait for the next turn of the event loop, then
        run a step per turn; changes made together are shown once."""
        if not self.session.is_unlocked or self._fill_after_shown:
            return  # a large journal's: filled just after the window first shows
        if not self._large_journal:
            for step in self._side_view_steps(counts):
                step()
            return
        self._counts_queued = self._counts_queued or counts
        if not self._side_views_queued:
            self._side_views_queued = True
            QTimer.singleShot(0, self, self._refresh_queued_side_views)

    def _refresh_queued_side_views(self) -> None:
        counts, self._counts_queued = self._counts_queued, False
        self._side_views_queued = False
        if self.session.is_unlocked:
            self._run_steps(self._side_view_steps(counts), self._unlock_count)

    def _side_view_steps(self, with_counts: bool = True) -> list[Callable[[], None]]:
        """The side bar's counts, then the page shown: the Today home and its
        follow-through line, or the actions board, calendar or insights. Each is a step
        of its own; the records are gathered once for all of them (the actions are only
        counted: services.actions.count_note_actions). A
        page not shown is worked out when the worker turns to it (_section_changed)."""
        reader = self.session.reader
        today = date.today()
        gathered: dict[str, list] = {}

        def records() -> list:
            if "records" not in gathered:
                gathered["records"] = reader.records()
            return gathered["records"]

        def counts() -> None:
            self.sidebar.show_counts(section_counts(records(), today))

        def home() -> None:
            writable = not reader.read_only
            found = suggestions(records(), today, reader.draft(), writable)
            self.today.show_suggestions(found, today)

        def line() -> None:
            hidden = self._follow_through_hidden
            found = follow_through(records(), today, reader.settings(), hidden)
            self.today.follow_through.show_line(found, today)

        def page() -> None:
            if self.pages.currentWidget() is self.actions_board:
                self.actions_board.refresh(reader, today)
            elif self.pages.currentWidget() is self.calendar:
                self.calendar.refresh(reader, today)
            elif self.pages.currentWidget() is self.insights:
                self.insights.refresh(reader)

        steps: list[Callable[[], None]] = [counts] if with_counts else []
        if self.pages.currentWidget() is self.today:
            return [*steps, home, line]
        return [*steps, page]

    def _after_shown(self) -> None:
        """The first paint after an unlock: what waited for the window (a large
        journal's counts, Today home, banner and records list; the search index) is
        done once the records are decoded (Session.when_loaded), a step per turn of
        the event loop, so a key or a click is answered between them."""
        unlock = self._unlock_count
        self.session.when_loaded(lambda: self._fill_after_loaded(unlock))

    def _fill_after_loaded(self, unlock: int) -> None:
        if unlock != self._unlock_count:
            return
        steps: list[Callable[[], None]] = []
        if self._fill_after_shown:  # until now, nothing asked for the records
            self._fill_after_shown = False
            # What the window shows first, then the records list's filters and rows
            # (sorting 100,000 entries and gathering their tags: a quarter of a second
            # before the first paint), unless the worker went to the list already.
            steps += [*self._side_view_steps(), self._refresh_banner, self.records.fill_filters]
            if self.pages.currentWidget() is not self.records:
                steps.append(self.records.refresh)
        steps.append(self.session.start_indexing)
        self._run_steps(steps, unlock)

    def _run_steps(self, steps: list[Callable[[], None]], unlock: int) -> None:
        if not steps or unlock != self._unlock_count or not self.session.is_unlocked:
            return  # locked (or locked and unlocked again) meanwhile: nothing to finish
        steps[0]()
        QTimer.singleShot(0, self, lambda: self._run_steps(steps[1:], unlock))
