"""Insights: the numbers behind the charts and the supervision reminder."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from journal_app.domain.schema import record_from_input
from journal_app.services import insights
from journal_app.services.coverage import coverage
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def rec(kind: str, day: str, for_supervision: bool = False, **fields):
    data = {"type": kind, "date": day, "for_supervision": for_supervision, "fields": fields}
    return record_from_input(data, VOCAB)


def test_wellbeing_series_is_oldest_first_from_checkins_only_with_gaps_as_none():
    records = [
        rec("checkin", "2025-03-02", mood=6, stress=3, energy=5),
        rec("reflection", "2025-03-01", mood_after=9),
        rec("checkin", "2025-03-01", mood=4),
        rec("checkin", "2025-03-03", note="no scores today"),
    ]
    assert insights.wellbeing_series(records) == [
        (date(2025, 3, 1), 4, None, None),
        (date(2025, 3, 2), 6, 3, 5),
        (date(2025, 3, 3), None, None, None),
    ]
    assert insights.wellbeing_series([]) == []


def test_average_by_week_and_month_keeps_missing_scores_missing():
    series = [
        (date(2025, 3, 3), 4, None, 6),  # Monday
        (date(2025, 3, 9), 7, None, None),  # Sunday, same week
        (date(2025, 3, 10), 5, 2, 5),  # next Monday
    ]
    assert insights.average_by(series, "week") == [
        (date(2025, 3, 3), 5.5, None, 6.0),
        (date(2025, 3, 10), 5.0, 2.0, 5.0),
    ]
    assert insights.average_by(series, "month") == [(date(2025, 3, 1), 5.3, 2.0, 5.5)]


def test_choose_period_by_amount_and_span():
    start = date(2024, 1, 1)
    daily = [(start + timedelta(days=i), 5, 5, 5) for i in range(40)]
    assert insights.choose_period(daily) == "day"
    year = [(start + timedelta(days=i), 5, 5, 5) for i in range(300)]
    assert insights.choose_period(year) == "week"
    two_years = [(start + timedelta(days=2 * i), 5, 5, 5) for i in range(365)]
    assert insights.choose_period(two_years) == "month"
    assert insights.choose_period([]) == "day"


def test_month_keys_cross_the_year():
    assert insights.month_keys(date(2024, 11, 30), date(2025, 2, 1)) == [
        "2024-11",
        "2024-12",
        "2025-01",
        "2025-02",
    ]
    assert insights.month_keys(date(2025, 2, 1), date(2025, 1, 1)) == []


def test_themes_per_month_counts_each_record_once_across_tagged_types():
    records = [
        rec("reflection", "2025-01-05", themes=["boundaries", "self_care"]),
        rec("disclosure", "2025-01-20", themes=["boundaries"]),
        rec("supervision", "2025-02-01", themes=["teamwork"]),
        rec("checkin", "2025-02-02", mood=5),
        rec("reflection", "2025-03-01"),
    ]
    result = insights.themes_per_month(records)
    assert list(result) == ["2025-01", "2025-02"]
    assert result["2025-01"] == Counter(boundaries=2, self_care=1)
    assert result["2025-02"] == Counter(teamwork=1)


def test_disclosures_per_month_by_decision_including_unrecorded():
    records = [
        rec("disclosure", "2025-01-05", decision="shared"),
        rec("disclosure", "2025-01-06", decision="shared"),
        rec("disclosure", "2025-01-07", decision="not_shared"),
        rec("disclosure", "2025-02-07"),
        rec("reflection", "2025-02-08", themes=["boundaries"]),
    ]
    result = insights.disclosures_per_month(records)
    assert result == {
        "2025-01": Counter(shared=2, not_shared=1),
        "2025-02": Counter({insights.DECISION_NOT_RECORDED: 1}),
    }


def test_competences_touched_and_grouped_by_domain():
    area_ids = list(VOCAB.competences)
    a, b, c = area_ids[0], area_ids[1], area_ids[-1]
    records = [
        rec("reflection", "2025-01-05", competences=[c, a]),
        rec("disclosure", "2025-01-06", competences=[a]),
        rec("supervision", "2025-01-07", competences=[b]),
        rec("checkin", "2025-01-08", mood=3),
    ]
    touched = insights.competences_touched(records, VOCAB)
    assert touched == Counter({a: 2, b: 1, c: 1})
    assert list(touched) == [a, b, c]  # the vocabulary's order

    # an id that an older vocabulary had is still counted, in its own group
    touched["retired.area"] = 2
    groups = insights.competences_by_domain(touched, VOCAB)
    first = VOCAB.competences[a]
    assert groups[0].domain_id == first.domain_id
    assert groups[0].total == (3 if VOCAB.competences[b].domain_id == first.domain_id else 2)
    assert groups[0].areas[0] == (a, first.name, 2)  # most touched first
    assert groups[-1].domain_id == "" and groups[-1].areas == [("retired.area", "retired.area", 2)]
    assert sum(g.total for g in groups) == 6
    assert insights.competences_by_domain(Counter(), VOCAB) == []


def test_competences_touched_counts_training_like_the_coverage_page():
    """A training entry is an entry for the areas it names; a goal is a plan, counted
    apart (services.coverage states the rule). Insights and the pack use these counts."""
    a, b = list(VOCAB.competences)[:2]
    records = [
        rec("reflection", "2025-01-05", competences=[a]),
        rec("training", "2025-01-06", hours=3, competences=[a, b]),
        rec("goal", "2025-01-07", status="active", competences=[b]),
    ]
    assert insights.competences_touched(records, VOCAB) == Counter({a: 2, b: 1})

    found = coverage(records, VOCAB, date(2025, 1, 31), start=None)
    entries = {area.area_id: area.entries for d in found.domains for area in d.touched}
    assert entries == dict(insights.competences_touched(records, VOCAB))


def test_next_supervision_comes_from_the_latest_note_that_gives_a_date():
    today = date(2025, 3, 10)
    older = rec("supervision", "2025-02-01", next_date="2025-03-11")
    newer = rec("supervision", "2025-02-20", next_date="2025-03-13")  # rescheduled
    without = rec("supervision", "2025-02-25", discussed="an extra catch-up")
    assert insights.next_supervision([older, newer, without], today) == date(2025, 3, 13)
    assert insights.next_supervision([older], today) == date(2025, 3, 11)
    assert insights.next_supervision([older], date(2025, 3, 11)) == date(2025, 3, 11)
    assert insights.next_supervision([older], date(2025, 3, 12)) is None  # in the past
    assert insights.next_supervision([rec("checkin", "2025-03-01", mood=4)], today) is None


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ("2025-03-08", None),  # 4 days before
        ("2025-03-09", date(2025, 3, 12)),  # 3 days before
        ("2025-03-12", date(2025, 3, 12)),  # the day itself
        ("2025-03-13", None),  # passed
    ],
)
def test_supervision_due_soon_within_three_days(today, expected):
    note = rec("supervision", "2025-02-12", next_date="2025-03-12")
    assert insights.supervision_due_soon([note], date.fromisoformat(today)) == expected


def test_supervision_due_soon_with_a_custom_window():
    note = rec("supervision", "2025-02-12", next_date="2025-03-12")
    assert insights.supervision_due_soon([note], date(2025, 3, 5), days=7) == date(2025, 3, 12)
    assert insights.supervision_due_soon([note], date(2025, 3, 5), days=6) is None


def test_marked_for_supervision_counts_records_since_the_last_held_note():
    today = date(2025, 3, 10)
    before = rec("reflection", "2025-01-10", for_supervision=True)
    note = rec("supervision", "2025-02-01", next_date="2025-03-12")
    after = rec("disclosure", "2025-02-15", for_supervision=True)
    not_marked = rec("reflection", "2025-02-16")
    planned = rec("supervision", "2025-03-12", for_supervision=True)  # not held yet
    found = insights.marked_for_supervision([before, note, after, not_marked, planned], today)
    assert found == [after]
    assert insights.marked_for_supervision([before, after], today) == [before, after]
