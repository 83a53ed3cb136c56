"""Insights' "Competence coverage" page: each area in words, the areas not touched
named plainly, no score; keyboard reachable, named, readable at 200% and in dark mode,
and empty once locked."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette

from journal_app.domain.records import Record, RecordType
from journal_app.domain.schema import record_from_input
from journal_app.domain.vocabulary import Vocabulary
from journal_app.gui.theme import apply_theme
from journal_app.gui.widgets.chart_base import contrast
from journal_app.gui.widgets.coverage_view import CoverageView
from journal_app.gui.widgets.insights_view import InsightsView
from journal_app.services.coverage import AreaCoverage, coverage
from journal_app.services.vocabulary import load_vocabulary

TODAY = date(2026, 12, 4)
VOCAB = load_vocabulary()
LISTENING = "relational.active-listening"
SUPERVISION = "self-care.using-supervision"


def _record(kind: str, day: str, **fields) -> Record:
    """A validated record, except one naming an area no longer in the list."""
    if any(c not in VOCAB.competences for c in fields.get("competences", [])):
        return Record(type=RecordType(kind), date=date.fromisoformat(day), fields=fields)
    return record_from_input({"type": kind, "date": day, "fields": fields}, VOCAB)


@dataclass
class Reader:
    """What InsightsView reads from a journal."""

    items: list[Record] = field(default_factory=list)
    vocabulary: Vocabulary = field(default_factory=load_vocabulary)

    def records(self) -> list[Record]:
        return list(self.items)


def _reader() -> Reader:
    return Reader(
        [
            _record("reflection", "2026-11-01", competences=[LISTENING]),
            _record("supervision", "2026-10-01", competences=[LISTENING, SUPERVISION]),
            _record("training", "2026-05-01", hours=4, competences=[LISTENING]),
            _record("training", "2026-04-01", hours=2.5, competences=[LISTENING]),
            _record("goal", "2026-03-01", status="active", competences=[LISTENING]),
            _record("checkin", "2026-11-02", mood=6),
            _record("reflection", "2026-09-01", competences=["retired.old-area"]),
        ]
    )


def _insights(qtbot) -> InsightsView:
    view = InsightsView()
    qtbot.addWidget(view)
    view.refresh(_reader(), TODAY)  # type: ignore[arg-type]
    view.tabs.setCurrentWidget(view.coverage)
    return view


def test_counts_in_words_and_untouched_areas_named(qtbot):
    view = _insights(qtbot)
    text = view.coverage.plain_text()
    assert (
        "3.5 Able to use active listening and communication skills in a peer relationship: "
        "4 entries, 6.5 hours of training, 1 active goal"
    ) in text
    assert f"6.2 {VOCAB.competences[SUPERVISION].name}: 1 entry" in text
    assert "Not touched in the last 12 months:" in text
    assert "3.1 Understanding of recovery-focused and person-centred approaches" in text
    assert "1. Understanding the values of peer support" in text  # every domain shown
    assert "Areas no longer in the list" in text and "retired.old-area: 1 entry" in text
    for ranking in ("score", "%", "rank", "out of"):
        assert ranking not in text.replace("not a score", "")


def test_the_period_changes_the_words_and_the_counts(qtbot):
    view = _insights(qtbot)
    view.period.setCurrentIndex(view.period.findData("3m"))
    text = view.coverage.plain_text()
    assert "Not touched in the last 3 months:" in text
    assert "6.5 hours" not in text  # the training was in April and May
    view.period.setCurrentIndex(view.period.findData("all"))
    assert "Not touched yet:" in view.coverage.plain_text()


def test_singular_words_and_goal_statuses():
    page = CoverageView()
    area = AreaCoverage("x.y", "Area", "1.1", entries=1, training_hours=1.0)
    area.goals.update({"achieved": 2, "dropped": 1})
    assert page.area_counts(area) == "1 entry, 1 hour of training, 2 goals achieved, 1 goal dropped"
    assert page.area_counts(AreaCoverage("x.y", "Area", training_hours=0.5)) == (
        "0.5 hours of training"
    )


def test_nothing_recorded_says_so_and_lists_every_area(qtbot):
    view = InsightsView()
    qtbot.addWidget(view)
    view.refresh(Reader([]), TODAY)  # type: ignore[arg-type]
    text = view.coverage.plain_text()
    assert "Nothing in this period names a competence area." in text
    vocab = load_vocabulary()
    assert all(c.name in text for c in vocab.competences.values())


def test_locking_empties_the_page(qtbot):
    view = _insights(qtbot)
    view.clear()
    assert view.coverage.plain_text() == ""
    assert "active listening" not in view.coverage.text.document().toHtml()


def test_keyboard_reaches_the_page_and_it_is_named(qtbot):
    view = _insights(qtbot)
    view.resize(900, 600)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    assert view.coverage.text.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert view.coverage.text.accessibleName() == "Competence coverage"
    assert view.tabs.tabText(1) == "Competence coverage"
    # From the tab bar, Tab moves into the page's text, which scrolls by keyboard.
    view.tabs.tabBar().setFocus()
    qtbot.waitUntil(view.tabs.tabBar().hasFocus)
    qtbot.keyClick(view.tabs.tabBar(), Qt.Key.Key_Tab)
    qtbot.waitUntil(view.coverage.text.hasFocus)
    bar = view.coverage.text.verticalScrollBar()
    qtbot.keyClick(view.coverage.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() > bar.maximum() * 0.9 > 0  # scrolled to the last line
    assert not view.coverage.text.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_readable_at_200_percent_in_light_and_dark(qtbot, qapp, theme, tmp_path: Path):
    apply_theme(qapp, theme, 0)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        view = _insights(qtbot)
        view.resize(1000, 700)
        view.show()
        qtbot.waitExposed(view)
        text = view.coverage.text
        palette = text.palette()
        base = palette.color(QPalette.ColorRole.Base)
        assert contrast(palette.color(QPalette.ColorRole.Text), base) >= 4.5
        assert text.document().defaultFont().pointSizeF() == pytest.approx(font.pointSizeF())
        assert not text.horizontalScrollBar().isVisible()  # long names wrap
        shots = os.environ.get("COVERAGE_SHOTS")
        if shots:
            view.grab().save(str(Path(shots) / f"coverage-200-{theme}.png"))
    finally:
        apply_theme(qapp, "system", 0)


def test_the_page_counts_what_the_service_counts():
    reader = _reader()
    found = coverage(reader.records(), reader.vocabulary, TODAY, start=None)
    page = CoverageView()
    page.show_coverage(found, "all")
    for domain in found.domains:
        for area in domain.touched:
            assert f"{area.code} {area.name}: {page.area_counts(area)}" in page.plain_text()


def test_a_journal_s_training_and_goals_reach_the_page(qtbot, journal):
    journal.add(
        {
            "type": "training",
            "date": "2026-06-01",
            "fields": {"kind": "course", "hours": 7.5, "competences": [SUPERVISION]},
        }
    )
    journal.add(
        {
            "type": "goal",
            "date": "2026-07-01",
            "fields": {"status": "achieved", "competences": [SUPERVISION]},
        }
    )
    view = InsightsView()
    qtbot.addWidget(view)
    view.refresh(journal, TODAY)
    assert (
        f"6.2 {VOCAB.competences[SUPERVISION].name}: 1 entry, 7.5 hours of training, "
        "1 goal achieved" in view.coverage.plain_text()
    )
