"""The growth records (issue 18): training, development goals and the Wellness Action
Plan. Validation names the field (exit 2, nothing written), records round-trip through
the command line, keep their history, are found by search and exported in full;
training counts towards goals; one current plan; the pack leaves the plan out unless
it is ticked for that pack."""

from __future__ import annotations

import json
from datetime import date

import pytest
from test_cli import Cli

from journal_app.domain.records import RecordType, Share
from journal_app.domain.schema import record_from_input, record_with_changes
from journal_app.errors import ValidationError
from journal_app.services.export_all import export_all
from journal_app.services.pack import PackOptions, build_pack, in_period
from journal_app.services.record_rules import current_wellness_plan, linked_training, total_hours
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
AREA = sorted(VOCAB.competences)[0]

TRAINING = {
    "type": "training",
    "date": "2026-10-05",
    "title": "Trauma-informed practice day",
    "tags": ["course"],
    "share": "full",
    "fields": {
        "kind": "course",
        "provider": "Recovery college",
        "hours": 6.5,
        "competences": [AREA],
        "learning": "GROUNDING-TECHNIQUES",
        "use_in_practice": "OFFER-CHOICE-FIRST",
    },
}
GOAL = {
    "type": "goal",
    "date": "2026-09-01",
    "title": "Lead a peer group",
    "share": "summary",
    "shared_summary": "Working towards leading a group",
    "fields": {
        "target_date": "2027-03-31",
        "status": "active",
        "competences": [AREA],
        "steps": "CO-FACILITATE-THREE-GROUPS",
        "progress": "ONE-DONE-SO-FAR",
    },
}
PLAN = {
    "type": "wellness_plan",
    "date": "2026-08-01",
    "title": "My Wellness Action Plan",
    "share": "full",
    "fields": {
        "keeps_me_well": "WALK-AT-LUNCH",
        "early_signs": "SKIPPING-BREAKS",
        "triggers": "BACK-TO-BACK-CRISIS-CALLS",
        "support_from_manager": "A-CHECK-IN-AFTER-HARD-DAYS",
        "if_unwell": "CALL-MY-SISTER",
        "my_contacts": "GP-AND-EAP",
        "review_date": "2027-02-01",
    },
}


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path, capsys, monkeypatch)


def with_fields(base: dict, **fields) -> dict:
    return {**base, "fields": {**base["fields"], **fields}}


# --- validation: exit 2 naming the field, nothing written ---------------------------


@pytest.mark.parametrize(
    ("record", "field", "words"),
    [
        (with_fields(TRAINING, hours=7.25), "fields.hours", "whole or half hours"),
        (with_fields(TRAINING, hours=1000.5), "fields.hours", "from 0 to 1000"),
        (with_fields(TRAINING, hours=-0.5), "fields.hours", "from 0 to 1000"),
        (with_fields(TRAINING, hours="6"), "fields.hours", "number of hours"),
        (with_fields(TRAINING, hours=True), "fields.hours", "number of hours"),
        (with_fields(TRAINING, kind="webinar"), "fields.kind", "course, shadowing"),
        (with_fields(TRAINING, goals=["not-an-id"]), "fields.goals[0]", "entry id"),
        (with_fields(TRAINING, goals="x"), "fields.goals", "list"),
        (with_fields(TRAINING, themes=["endings"]), "fields.themes", "unknown field"),
        (with_fields(GOAL, status="done"), "fields.status", "active, achieved, dropped"),
        (with_fields(GOAL, target_date="31/03/2027"), "fields.target_date", "YYYY-MM-DD"),
        (with_fields(GOAL, target_date="2027-02-30"), "fields.target_date", "calendar date"),
        (with_fields(PLAN, review_date="soon"), "fields.review_date", "YYYY-MM-DD"),
        (with_fields(PLAN, mood=5), "fields.mood", "unknown field"),
    ],
)
def test_bad_values_exit_2_naming_the_field_and_write_nothing(cli, record, field, words):
    cli.init()
    before = cli.digest()
    code, out, err = cli("add", "--json", "-", stdin=json.dumps(record))
    assert code == 2 and out == ""
    assert f"{field}:" in err and words in err
    assert cli.digest() == before


def test_hours_take_whole_and_half_hours_and_keep_a_whole_number_whole():
    for given, kept in ((0, 0), (7, 7), (7.0, 7), (7.5, 7.5), (1000, 1000), (0.5, 0.5)):
        record = record_from_input(with_fields(TRAINING, hours=given), VOCAB)
        assert record.fields["hours"] == kept
        assert type(record.fields["hours"]) is type(kept)


# --- round trips, history, search, list --type and export ---------------------------


@pytest.mark.parametrize("data", [TRAINING, GOAL, PLAN], ids=lambda d: d["type"])
def test_each_type_round_trips_through_add_show_and_edit(cli, data):
    cli.init()
    rid = cli.add(data)
    shown = json.loads(cli("show", rid, "--json")[1])
    assert {k: shown[k] for k in data} == data
    # What `show` gives back can be edited and fed to `edit` as it is.
    shown["title"] = "Renamed"
    assert cli("edit", rid, "--json", "-", stdin=json.dumps(shown))[0] == 0
    again = json.loads(cli("show", rid, "--json")[1])
    assert again["title"] == "Renamed" and again["fields"] == data["fields"]
    versions = json.loads(cli("history", rid, "--json")[1])
    assert [v["record"]["title"] for v in versions] == ["Renamed", data["title"]]


def test_list_type_search_and_plain_show_cover_the_new_types(cli):
    cli.init()
    ids = {d["type"]: cli.add(d) for d in (GOAL, TRAINING, PLAN)}
    cli.add({"type": "checkin", "date": "2026-10-06", "fields": {"mood": 6}})
    for record_type, rid in ids.items():
        code, out, _ = cli("list", "--type", record_type, "--json")
        assert code == 0 and [r["id"] for r in json.loads(out)] == [rid]
    for word, record_type in (
        ("grounding", "training"),
        ("co-facilitate", "goal"),
        ("back-to-back", "wellness_plan"),
    ):
        found = json.loads(cli("search", word, "--json")[1])
        assert [r["id"] for r in found] == [ids[record_type]]
    out = cli("show", ids["training"])[1]
    assert "Training" in out and "GROUNDING-TECHNIQUES" in out


def test_export_all_writes_every_field_of_the_new_types_in_words(journal, tmp_path):
    goal = journal.add(GOAL)
    training = journal.add(with_fields(TRAINING, goals=[goal.id]))
    journal.add(PLAN)
    out = tmp_path / "export"
    assert export_all(journal, "markdown", out) == 3
    text = "\n".join(p.read_text("utf-8") for p in out.glob("*/*.md"))
    for words in (
        "Kind of training",
        "Course",
        "6.5 hours",
        "GROUNDING-TECHNIQUES",
        "OFFER-CHOICE-FIRST",
        "Target date",
        "2027-03-31",
        "Active",
        "CO-FACILITATE-THREE-GROUPS",
        "What keeps me well at work",
        "WALK-AT-LUNCH",
        "GP-AND-EAP",
        "Review date",
        goal.id,  # the training's link, in the full export
    ):
        assert words in text, words
    assert training.id in text


# --- training counts towards goals -----------------------------------------------


def test_training_links_only_to_goals_that_exist_and_adds_up_their_hours(journal):
    goal = journal.add(GOAL)
    other = journal.add(with_fields(GOAL, status="achieved"))
    first = journal.add(with_fields(TRAINING, goals=[goal.id]))
    second = journal.add(
        {**with_fields(TRAINING, hours=2, goals=[goal.id, other.id]), "date": "2026-10-20"}
    )
    journal.add(with_fields(TRAINING, hours=100))  # counts towards no goal
    assert [r.id for r in linked_training(goal, journal.records())] == [first.id, second.id]
    assert total_hours(linked_training(goal, journal.records())) == 8.5

    stranger = journal.add(PLAN)  # an entry, but not a goal
    for wrong in (stranger.id, "0b9c1f7e-1a2b-4c3d-8e4f-000000000099"):
        with pytest.raises(ValidationError) as refused:
            journal.add(with_fields(TRAINING, goals=[goal.id, wrong]))
        assert refused.value.field == "fields.goals[1]" and refused.value.code == "no_such_goal"
    assert len(journal.records(None)) == 6  # nothing was added


def test_a_deleted_goal_never_stops_its_training_being_edited(journal):
    goal = journal.add(GOAL)
    training = journal.add(with_fields(TRAINING, goals=[goal.id]))
    journal.move_to_trash(goal.id)
    edited = journal.edit(training.id, {"title": "Still editable"})
    assert edited.fields["goals"] == [goal.id]
    # Linking the binned goal again, or anew, is refused.
    fresh = journal.add(GOAL)
    journal.edit(training.id, {"fields": {"goals": [fresh.id]}})
    with pytest.raises(ValidationError):
        journal.edit(training.id, {"fields": {"goals": [fresh.id, goal.id]}})


# --- one current Wellness Action Plan --------------------------------------------


def test_a_second_plan_is_refused_naming_the_current_one(cli):
    cli.init()
    rid = cli.add(PLAN)
    before = cli.digest()
    code, out, err = cli("add", "--json", "-", stdin=json.dumps(PLAN))
    assert code == 2 and out == ""
    assert "already a Wellness Action Plan" in err and rid in err and "edit it" in err
    assert cli.digest() == before
    # Editing it keeps the earlier plan in its history.
    assert cli("edit", rid, "--json", "-", stdin='{"fields": {"triggers": "NEW"}}')[0] == 0
    versions = json.loads(cli("history", rid, "--json")[1])
    assert [v["record"]["fields"]["triggers"] for v in versions] == [
        "NEW",
        "BACK-TO-BACK-CRISIS-CALLS",
    ]


def test_a_plan_in_the_trash_is_not_current_and_stays_there_while_another_is(journal):
    old = journal.add(PLAN)
    journal.move_to_trash(old.id)
    new = journal.add(PLAN)
    assert current_wellness_plan(journal.records()).id == new.id
    with pytest.raises(ValidationError) as refused:
        journal.restore_from_trash(old.id)
    assert refused.value.code == "one_wellness_plan" and new.id in str(refused.value)
    assert [r.id for r in journal.trash()] == [old.id]
    journal.move_to_trash(new.id)
    assert journal.restore_from_trash(old.id).id == old.id  # alone, it comes back


# --- the supervision pack -----------------------------------------------------------

START, END = date(2026, 8, 1), date(2026, 10, 31)


def rec(data: dict):
    return record_from_input(data, VOCAB)


def test_the_plan_stays_out_of_a_pack_unless_ticked_for_it_whatever_its_share():
    plan = rec(PLAN)  # shared in full
    summary = record_with_changes(plan, {"share": "summary", "shared_summary": "MY-PLAN"}, VOCAB)
    for record in (plan, summary):
        options = PackOptions(START, END)
        pack = build_pack([record], VOCAB, options)
        text = pack.document.plain_text()
        for absent in ("WALK-AT-LUNCH", "My Wellness Action Plan", "MY-PLAN", "Wellness"):
            assert absent not in text
        assert record.id not in pack.levels and in_period([record], options) == []
    ticked = PackOptions(START, END, include_wellness_plan=True)
    pack = build_pack([plan], VOCAB, ticked)
    text = pack.document.plain_text()
    assert "WALK-AT-LUNCH" in text and "1 February 2027" in text
    assert pack.levels == {plan.id: "full"}
    # Ticked, the current plan comes in whatever the period: a plan is kept, not
    # written anew for each pack (one written after the period does not).
    later = PackOptions(date(2026, 11, 1), date(2026, 12, 31), include_wellness_plan=True)
    assert [r.id for r in in_period([plan], later)] == [plan.id]
    earlier = PackOptions(date(2026, 1, 1), date(2026, 3, 31), include_wellness_plan=True)
    assert in_period([plan], earlier) == []
    # Ticked, a private plan is still private.
    private = record_with_changes(plan, {"share": "private"}, VOCAB)
    assert "WALK-AT-LUNCH" not in build_pack([private], VOCAB, ticked).document.plain_text()


def test_training_and_goals_appear_per_their_share_level():
    training = rec(TRAINING)  # full
    goal = rec(GOAL)  # summary
    private = rec({**TRAINING, "share": "private", "title": "PRIVATE-TRAINING"})
    pack = build_pack([training, goal, private], VOCAB, PackOptions(START, END))
    text = pack.document.plain_text()
    assert "Trauma-informed practice day" in text and "GROUNDING-TECHNIQUES" in text
    assert "6.5 hours" in text and "Course" in text
    assert "Lead a peer group" in text and "Working towards leading a group" in text
    assert "CO-FACILITATE-THREE-GROUPS" not in text  # a summary never shows the text
    assert "PRIVATE-TRAINING" not in text
    assert pack.levels == {training.id: "full", goal.id: "summary"}
    # The pack dialog's choice for this pack wins over the record's own level.
    hidden = PackOptions(START, END, shares={training.id: Share.PRIVATE})
    assert "GROUNDING" not in build_pack([training], VOCAB, hidden).document.plain_text()


def test_every_type_has_a_name_and_labels():
    from journal_app.domain.records import TYPE_LABELS
    from journal_app.services.pack_labels import FIELD_LABELS, SECTION_TITLES

    for record_type in (RecordType.TRAINING, RecordType.GOAL, RecordType.WELLNESS_PLAN):
        assert TYPE_LABELS[record_type] and SECTION_TITLES[record_type]
        assert FIELD_LABELS[record_type]
