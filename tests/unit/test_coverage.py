"""Competence coverage (services/coverage.py): entries, training hours and goals per
competence area in a period, and the areas nothing touched."""

from __future__ import annotations

from datetime import date

from journal_app.domain.records import Record, RecordType
from journal_app.domain.schema import record_from_input
from journal_app.services.coverage import coverage, year_before
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
TODAY = date(2026, 12, 4)
LISTENING = "relational.active-listening"
SUPERVISION = "self-care.using-supervision"
VALUES = "values.psw-values"


def rec(kind: str, day: str, **fields) -> Record:
    """A record as the journal would validate it."""
    return record_from_input({"type": kind, "date": day, "fields": fields}, VOCAB)


def area(result, area_id):
    for domain in result.domains:
        for a in domain.areas:
            if a.area_id == area_id:
                return a
    raise KeyError(area_id)


def test_year_before_is_the_day_after_the_same_date_last_year():
    assert year_before(date(2026, 12, 4)) == date(2025, 12, 5)
    assert year_before(date(2024, 2, 29)) == date(2023, 3, 1)
    assert year_before(date(2026, 1, 1)) == date(2025, 1, 2)


def test_counts_entries_hours_and_goals_per_area_in_the_last_12_months():
    records = [
        rec("reflection", "2026-11-01", competences=[LISTENING, VALUES]),
        rec("supervision", "2026-10-01", competences=[LISTENING]),
        rec("disclosure", "2026-06-01", competences=[LISTENING]),
        rec("training", "2026-05-01", hours=4, competences=[LISTENING]),
        rec("training", "2026-04-01", hours=2.5, competences=[LISTENING, SUPERVISION]),
        rec("goal", "2026-03-01", status="active", competences=[LISTENING]),
        rec("goal", "2026-02-01", status="achieved", competences=[LISTENING]),
        rec("checkin", "2026-11-02", mood=6),
    ]
    result = coverage(records, VOCAB, TODAY)
    assert result.start == date(2025, 12, 5) and result.end == TODAY
    listening = area(result, LISTENING)
    assert listening.entries == 5  # three entries and two trainings; goals apart
    assert listening.training_hours == 6.5
    assert dict(listening.goals) == {"active": 1, "achieved": 1}
    assert listening.code == "3.5" and listening.name.startswith("Able to use active listening")
    supervision = area(result, SUPERVISION)
    assert (supervision.entries, supervision.training_hours) == (1, 2.5)
    assert area(result, VALUES).entries == 1


def test_every_domain_and_area_is_listed_and_the_untouched_ones_named():
    records = [rec("reflection", "2026-11-01", competences=[LISTENING])]
    result = coverage(records, VOCAB, TODAY)
    assert [d.domain_id for d in result.domains] == list(
        dict.fromkeys(c.domain_id for c in VOCAB.competences.values())
    )
    assert sum(len(d.areas) for d in result.domains) == len(VOCAB.competences)
    untouched = {a.area_id for a in result.not_touched}
    assert untouched == set(VOCAB.competences) - {LISTENING}
    relational = next(d for d in result.domains if d.domain_id == "relational")
    assert [a.area_id for a in relational.touched] == [LISTENING]
    assert result.any_touched


def test_records_outside_the_period_do_not_count_but_active_old_goals_do():
    records = [
        rec("reflection", "2025-12-04", competences=[LISTENING]),  # a day too early
        rec("training", "2025-01-01", hours=10, competences=[LISTENING]),
        rec("reflection", "2026-12-05", competences=[VALUES]),  # after today
        rec("goal", "2024-06-01", status="active", competences=[SUPERVISION]),
        rec("goal", "2024-06-01", status="dropped", competences=[VALUES]),
    ]
    result = coverage(records, VOCAB, TODAY)
    assert not area(result, LISTENING).touched
    assert not area(result, VALUES).touched
    assert dict(area(result, SUPERVISION).goals) == {"active": 1}
    everything = coverage(records, VOCAB, TODAY, start=None)
    assert area(everything, LISTENING).entries == 2  # the reflection and the training
    assert area(everything, LISTENING).training_hours == 10
    assert dict(area(everything, VALUES).goals) == {"dropped": 1}
    chosen = coverage(records, VOCAB, TODAY, start=date(2025, 12, 4))
    assert (area(chosen, LISTENING).entries, area(chosen, LISTENING).training_hours) == (1, 0)


def test_a_record_naming_an_area_twice_counts_once_and_odd_hours_count_nothing():
    records = [
        rec("training", "2026-11-01", hours=3, competences=[LISTENING, LISTENING]),
        rec("training", "2026-11-02", competences=[LISTENING]),  # hours left out
    ]
    listening = area(coverage(records, VOCAB, TODAY), LISTENING)
    assert (listening.entries, listening.training_hours) == (2, 3)


def test_ids_no_longer_in_the_list_are_kept_apart_by_id():
    records = [
        rec("reflection", "2026-11-01", competences=[LISTENING]),
        Record(
            type=RecordType.REFLECTION,
            date=date(2026, 11, 2),
            fields={"competences": ["retired.old-area", LISTENING]},
        ),
    ]
    result = coverage(records, VOCAB, TODAY)
    assert [(a.area_id, a.name, a.entries) for a in result.unknown] == [
        ("retired.old-area", "retired.old-area", 1)
    ]
    assert area(result, LISTENING).entries == 2
    assert "retired.old-area" not in {a.area_id for a in result.not_touched}


def test_nothing_recorded_touches_nothing():
    result = coverage([], VOCAB, TODAY)
    assert not result.any_touched
    assert len(result.not_touched) == len(VOCAB.competences)


def test_each_area_counts_under_its_own_domain_the_organisational_one_included():
    """Every area id, named by an entry, is counted in the domain the data file puts
    it in (the ninth, organisations, too) and nowhere else."""
    for area_id, competence in VOCAB.competences.items():
        result = coverage([rec("reflection", "2026-11-01", competences=[area_id])], VOCAB, TODAY)
        touched = [(d.domain_id, a.area_id) for d in result.domains for a in d.touched]
        assert touched == [(competence.domain_id, area_id)]
        number = [d.domain_id for d in result.domains].index(competence.domain_id) + 1
        assert competence.code.split(".")[0] == str(number)
    last = result.domains[-1]
    assert last.domain_id == "organisational" and last.areas[0].code == "9.1"
