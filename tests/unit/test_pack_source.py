"""The pack reads the journal once (services/pack_source.py): the period found by its
dates, the notes, plans and courses kept apart, and the actions chosen from the
candidates without walking the notes again. Each gives what the walk over every
record gave."""

from __future__ import annotations

import random
from datetime import date, timedelta

from journal_app.domain.records import Record, RecordType, Share
from journal_app.domain.schema import record_from_input
from journal_app.services.actions import actions_for_pack, choose_pack_actions, key
from journal_app.services.pack import PackOptions, build_pack, in_period
from journal_app.services.pack_source import PackSource
from journal_app.services.search_index import newest_first_key
from journal_app.services.vocabulary import load_vocabulary

START, END = date(2025, 1, 1), date(2025, 3, 31)
KINDS = ["reflection", "supervision", "wellness_plan", "training", "goal", "checkin"]


def journal(seed: int = 7, count: int = 400) -> list[Record]:
    rng = random.Random(seed)
    records = []
    for n in range(count):
        kind = rng.choice(KINDS)
        day = date(2024, 6, 1) + timedelta(days=rng.randrange(400))
        data = {"type": kind, "date": day.isoformat(), "title": f"{kind} {n}",
                "share": rng.choice(["private", "summary", "full"])}  # fmt: skip
        if kind == "supervision":
            data["fields"] = {
                "actions": [
                    {
                        "text": f"action {n}.{i}",
                        "status": rng.choice(["open", "done", "dropped"]),
                        "due": (day + timedelta(days=rng.randrange(60))).isoformat(),
                    }
                    for i in range(rng.randrange(4))
                ]
            }
        records.append(record_from_input(data, None))
    return records


def test_the_period_and_the_kinds_are_those_of_a_walk_over_every_record():
    records = journal()
    newest_first = sorted(records, key=newest_first_key, reverse=True)
    for given in (records, newest_first):  # any order; the journal's is newest first
        source = PackSource(given)
        assert len(source) == len(records)
        assert sorted(r.id for r in source.dated(START, END)) == sorted(
            r.id for r in records if START <= r.date <= END
        )
        assert source.dated(END, START) == []
        for kinds, kept in (
            ((RecordType.SUPERVISION,), source.notes),
            ((RecordType.WELLNESS_PLAN,), source.plans),
            ((RecordType.TRAINING, RecordType.GOAL), source.courses),
        ):
            assert {r.id for r in kept} == {r.id for r in records if r.type in kinds}
    for plan in (False, True):
        options = PackOptions(START, END, include_wellness_plan=plan)
        assert in_period(PackSource(records), options) == in_period(records, options)


def test_a_pack_from_a_source_is_the_pack_from_the_records():
    records = journal()
    vocabulary = load_vocabulary()
    options = PackOptions(START, END, layout="complete", prepared_on=END)
    assert build_pack(PackSource(records), vocabulary, options) == build_pack(
        records, vocabulary, options
    )


def test_actions_chosen_from_the_candidates_are_those_found_with_the_choices():
    records = journal(seed=11)
    rng = random.Random(3)

    def share_of(record: Record) -> Share:
        return record.share

    candidates = actions_for_pack(records, START, END, share_of)
    offered = [key(i) for i in (*candidates.all, *candidates.private)]
    assert offered
    for _ in range(20):
        left_out = frozenset(k for k in offered if rng.random() < 0.3)
        ticked = frozenset(key(i) for i in candidates.private if rng.random() < 0.5)
        assert choose_pack_actions(candidates, END, left_out, ticked) == actions_for_pack(
            records, START, END, share_of, left_out, ticked
        )
