"""The pack carries the supervision conversation (issue: page one, actions carried
forward, the supervision log): each rule on its own, with records built here."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.domain.schema import record_from_input
from journal_app.errors import ValidationError
from journal_app.export.document import FieldList, Heading, PageBreak, Table
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.supervision_log import supervision_log
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
OCT = (date(2026, 10, 1), date(2026, 10, 31))


def rec(**data):
    data.setdefault("share", "summary")
    return record_from_input(data, VOCAB)


def note(day: str, share: str = "summary", actions=(), **fields):
    return rec(
        type="supervision",
        date=day,
        share=share,
        title=f"Supervision {day}",
        fields={"discussed": f"DISCUSSED-{day}", "actions": list(actions), **fields},
    )


def pack(records, **options):
    return build_pack(records, VOCAB, PackOptions(*OCT, **options))


AUGUST = note(
    "2026-08-14",
    actions=[
        {"text": "Find an alternative contact outside line management", "due": "2026-09-01"},
        {"text": "Done in August", "status": "done"},
    ],
    supervisor_role="line_manager",
    functions=["normative"],
)


def test_an_open_action_from_an_earlier_period_is_carried_forward():
    result = pack([AUGUST])
    assert [i.text for i in result.actions.open] == [
        "Find an alternative contact outside line management"
    ]
    assert result.actions.done == ()  # done in August: not this period's news
    text = result.document.plain_text()
    assert "alternative contact" in text and "DISCUSSED" not in text
    assert AUGUST.id in result.levels  # the share history names the note it came from


def test_overdue_is_said_in_words_and_comes_first():
    later = note(
        "2026-10-10",
        actions=[
            {"text": "Due after the pack", "due": "2026-12-01"},
            {"text": "No date"},
            {"text": "Due inside the period", "due": "2026-10-20"},
        ],
    )
    result = pack([AUGUST, later])
    table = next(b for b in result.document.blocks if isinstance(b, Table))
    assert [(row[0], row[3]) for row in table.rows] == [
        ("Find an alternative contact outside line management", "Overdue"),
        ("Due inside the period", "Overdue"),
        ("Due after the pack", "Open"),
        ("No date", "Open"),
    ]
    assert "2 of them overdue" in result.document.plain_text()


def test_done_actions_show_when_their_note_is_in_the_period():
    october = note("2026-10-05", actions=[{"text": "Read the policy", "status": "done"}])
    result = pack([october])
    assert [i.text for i in result.actions.done] == ["Read the policy"]


def test_actions_after_the_period_and_dropped_ones_stay_out():
    november = note("2026-11-05", actions=[{"text": "Future action"}])
    dropped = note("2026-10-05", actions=[{"text": "Dropped", "status": "dropped"}])
    result = pack([november, dropped])
    assert result.actions.all == ()


def test_each_action_once_and_any_can_be_left_out():
    result = pack([AUGUST], left_out_actions=frozenset({(AUGUST.id, 0)}))
    assert result.actions.all == ()
    october = note("2026-10-08", share="full", actions=[{"text": "Book the course"}])
    complete = pack([october], layout="complete").document.plain_text()
    # Complete: in the brief, in the actions section, and under its note.
    assert complete.count("Book the course") == 3
    compact = pack([october]).document.plain_text()
    assert compact.count("Book the course") == 1  # compact: once, on page one


def test_a_private_notes_actions_only_when_ticked():
    private = note("2026-09-01", share="private", actions=[{"text": "PRIVATE-ACTION"}])
    result = pack([private])
    assert result.actions.all == () and "PRIVATE-ACTION" not in result.document.plain_text()
    assert [i.text for i in result.actions.private] == ["PRIVATE-ACTION"]
    ticked = pack([private], private_actions=frozenset({(private.id, 0)}))
    assert "PRIVATE-ACTION" in ticked.document.plain_text()
    assert "DISCUSSED" not in ticked.document.plain_text()


def test_the_log_lists_notes_not_private_in_twelve_months_and_nothing_else():
    old = note("2025-09-30", functions=["restorative"])
    summary = note(
        "2026-09-20",
        functions=["restorative", "formative"],
        next_date="2026-11-06",
        supervisor_role="alternative_contact",
    )
    private = note("2026-10-02", share="private", functions=["restorative"])
    log = supervision_log([old, AUGUST, summary, private], OCT[1])
    assert [e.day for e in log.entries] == [date(2026, 8, 14), date(2026, 9, 20)]
    assert [e.role for e in log.entries] == ["Line manager", "Alternative contact"]
    assert log.entries[1].functions == ("Restorative", "Formative")
    assert log.next_booked == date(2026, 11, 6) and log.alerts() == []
    assert log.weeks_between() == [5]
    assert "2 sessions in the last 12 months" in log.one_line()
    mine = supervision_log([old, AUGUST, summary, private], OCT[1], include_private=True)
    assert len(mine.entries) == 3  # the app's own view may show private ones
    text = pack([old, AUGUST, summary, private]).document.plain_text()
    assert "2 October 2026" not in text  # the private note is not even counted


@pytest.mark.parametrize(
    ("records", "alert"),
    [
        ([], "No supervision is recorded"),
        ([note("2026-09-01", next_date="2026-11-06")], "more than the 6 weeks"),
        ([note("2026-10-20")], "No next supervision is booked"),
        ([note("2026-10-20", next_date="2026-10-25")], "No next supervision is booked"),
    ],
)
def test_alerts_when_none_is_booked_or_the_last_was_long_ago(records, alert):
    assert any(alert in a for a in supervision_log(records, OCT[1]).alerts())
    assert alert in pack(records).document.plain_text()


def test_the_gap_is_a_preference():
    records = [note("2026-09-01", next_date="2026-11-06")]
    assert supervision_log(records, OCT[1], gap_weeks=10).alerts() == []


def test_page_one_is_the_brief_then_a_page_break():
    private = rec(
        type="reflection",
        date="2026-10-03",
        title="PRIVATE-TITLE",
        share="private",
        for_supervision=True,
    )
    shared = rec(
        type="reflection",
        date="2026-10-04",
        title="Mrs K's home visit",
        shared_title="A difficult home visit",
        for_supervision=True,
    )
    counted = rec(
        type="disclosure",
        date="2026-10-05",
        title="DISCLOSURE-TITLE",
        for_supervision=True,
        fields={"decision": "shared"},
    )
    blocks = pack([private, shared, counted, AUGUST]).document.blocks
    first = blocks[: next(i for i, b in enumerate(blocks) if isinstance(b, PageBreak))]
    assert isinstance(first[0], Heading) and first[0].text == "Brief for this supervision"
    text = "\n".join(getattr(b, "text", "") for b in first)
    assert "A difficult home visit" in text
    assert "1 private item to raise in person" in text
    assert "1 entry shared only as counts or scores" in text
    for hidden in ("PRIVATE-TITLE", "Mrs K", "DISCLOSURE-TITLE"):
        assert hidden not in pack([private, shared, counted]).document.plain_text()


def test_wellbeing_line_only_when_ticked_and_since_the_last_supervision():
    checkins = [
        rec(type="checkin", date=day, fields={"mood": mood})
        for day, mood in (("2026-10-02", 3), ("2026-10-12", 4), ("2026-10-20", 6))
    ]
    last = note("2026-10-10", next_date="2026-11-06")
    assert "Mood went" not in pack([last, *checkins]).document.plain_text()
    text = pack([last, *checkins], include_wellbeing=True).document.plain_text()
    assert "Mood went from 4 to 6 over 2 check-ins since the last supervision on 10 October" in text


def test_the_pack_ends_with_room_for_notes_and_a_sign_off():
    blocks = pack([], worker="Sam Lee", recipient="Ann Manager").document.blocks
    headings = [b.text for b in blocks if isinstance(b, Heading)]
    assert headings[-2:] == ["Notes from this supervision", "Agreed and signed"]
    assert "Ann Manager:   signed" in blocks[-1].text and "Sam Lee:   signed" in blocks[-1].text


def test_an_unknown_layout_is_refused_by_name():
    with pytest.raises(ValidationError) as caught:
        pack([], layout="tiny")
    assert caught.value.field == "layout"


def test_every_actions_table_has_the_same_columns():
    october = note(
        "2026-10-08",
        share="full",
        actions=[{"text": "Open one"}, {"text": "Done one", "status": "done"}],
    )
    for layout in ("compact", "complete"):
        tables = [
            b
            for b in pack([AUGUST, october], layout=layout).document.blocks
            if isinstance(b, Table) and b.headers[:1] == ("Action",)
        ]
        assert len(tables) >= 2
        assert len({t.widths for t in tables}) == 1 and sum(tables[0].widths) == 100


def test_the_html_lines_up_tables_of_one_kind():
    from journal_app.export.html import render_html
    from journal_app.services.pack_brief import ACTION_WIDTHS

    html = render_html(
        pack([AUGUST, note("2026-10-08", actions=[{"text": "x", "status": "done"}])]).document
    )
    assert html.count(f'<colgroup><col style="width: {ACTION_WIDTHS[0]:g}%">') == 2


def test_compact_names_competence_areas_once_with_codes_in_the_entries():
    reflection = rec(
        type="reflection",
        date="2026-10-08",
        title="Group",
        share="full",
        fields={"model": "free", "competences": ["relational.active-listening"]},
    )
    area = VOCAB.competences["relational.active-listening"]
    document = pack([reflection]).document
    compact = document.plain_text()
    assert compact.count(area.name) == 1  # in the table only
    fields = [i for b in document.blocks if isinstance(b, FieldList) for i in b.items]
    assert ("Competence areas", area.code) in fields
    assert f"{area.code.split('.')[0]}: {area.domain_name}" in compact
    complete = pack([reflection], layout="complete").document.plain_text()
    assert complete.count(area.name) == 2  # under the entry and in the table


@pytest.mark.parametrize(
    ("stored", "weeks"), [(None, 6), (10, 10), (0, 6), (99, 6), ("8", 6), (True, 6)]
)
def test_the_gap_preference_is_read_safely(stored, weeks):
    from journal_app.services.supervision_log import GAP_SETTING, gap_weeks

    assert gap_weeks({} if stored is None else {GAP_SETTING: stored}) == weeks


def test_a_notes_own_table_in_the_complete_layout_says_overdue_too():
    october = note("2026-10-08", share="full", actions=[{"text": "Late one", "due": "2026-10-09"}])
    tables = [
        b
        for b in pack([october], layout="complete").document.blocks
        if isinstance(b, Table) and b.caption == "Agreed actions"
    ]
    assert [row[3] for row in tables[0].rows] == ["Overdue"]
