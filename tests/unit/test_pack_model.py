"""The supervision pack's document obeys the consent rules before any format is
written: private never appears, summary shows only its outline, full shows all."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.domain.records import RecordType, Share
from journal_app.domain.schema import record_from_input
from journal_app.errors import ValidationError
from journal_app.export.document import FieldList, Heading, Table, WellbeingChart
from journal_app.services.pack import PackOptions, build_pack, in_period
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
START, END = date(2025, 1, 1), date(2025, 3, 31)


def rec(data: dict):
    return record_from_input(data, VOCAB)


@pytest.fixture
def records():
    return [
        rec(
            {
                "type": "reflection",
                "date": "2025-01-10",
                "title": "Private title",
                "fields": {"model": "free", "text": "PRIVATE-BODY"},
            }
        ),
        rec(
            {
                "type": "reflection",
                "date": "2025-01-12",
                "title": "Group session",
                "share": "summary",
                "shared_summary": "Learnt to pace endings.",
                "tags": ["SUMMARY-TAG"],
                "fields": {
                    "model": "gibbs",
                    "description": "SUMMARY-BODY",
                    "themes": ["endings", "training_need"],
                    "competences": ["self-care.using-supervision"],
                },
            }
        ),
        rec(
            {
                "type": "reflection",
                "date": "2025-02-01",
                "title": "Shared in full",
                "share": "full",
                "tags": ["FULL-TAG"],
                "fields": {"model": "driscoll", "what": "FULL-BODY", "mood_after": 7},
            }
        ),
        rec(
            {
                "type": "reflection",
                "date": "2025-04-01",
                "title": "After the period",
                "share": "full",
                "fields": {"model": "free", "text": "OUTSIDE-BODY"},
            }
        ),
        rec(
            {
                "type": "disclosure",
                "date": "2025-01-20",
                "title": "DISCLOSURE-TITLE",
                "share": "summary",
                "fields": {
                    "decision": "partly_shared",
                    "purposes": ["instil_hope", "build_trust"],
                    "what": "DISCLOSURE-BODY",
                },
            }
        ),
        rec(
            {
                "type": "disclosure",
                "date": "2025-01-21",
                "title": "Private disclosure",
                "fields": {"decision": "shared", "what": "PRIVATE-DISCLOSURE"},
            }
        ),
        rec(
            {
                "type": "supervision",
                "date": "2025-02-10",
                "title": "February supervision",
                "share": "summary",
                "fields": {
                    "discussed": "SUPERVISION-BODY",
                    "actions": [
                        {"text": "Book course", "owner": "Me", "due": "2025-03-01"},
                        {"text": "Read policy", "owner": "Me", "due": None, "status": "done"},
                        {"text": "Dropped idea", "owner": "Me", "due": None, "status": "dropped"},
                    ],
                },
            }
        ),
        rec({"type": "checkin", "date": "2025-01-05", "fields": {"mood": 6, "stress": 4}}),
        rec({"type": "checkin", "date": "2025-02-05", "fields": {"mood": 8, "energy": 5}}),
    ]


def text_of(records, **options) -> str:
    pack = build_pack(records, VOCAB, PackOptions(START, END, **options))
    return pack.document.plain_text()


def test_private_records_never_appear_and_summary_shows_only_the_outline(records):
    text = text_of(records)
    for absent in ("PRIVATE-BODY", "Private title", "PRIVATE-DISCLOSURE", "Private disclosure"):
        assert absent not in text
    assert "Group session" in text and "Learnt to pace endings." in text
    assert "Endings" in text  # the theme's label
    assert "SUMMARY-BODY" not in text and "SUMMARY-TAG" not in text
    assert "FULL-BODY" in text and "FULL-TAG" in text and "7 out of 10" in text
    assert "OUTSIDE-BODY" not in text and "After the period" not in text


def test_disclosures_are_counts_unless_full(records):
    pack = build_pack(records, VOCAB, PackOptions(START, END))
    text = pack.document.plain_text()
    assert "DISCLOSURE-TITLE" not in text and "DISCLOSURE-BODY" not in text
    tables = {b.caption: b for b in pack.document.blocks if isinstance(b, Table)}
    # The private disclosure adds to no count.
    assert tables["Decisions"].rows == (("Partly shared", "1"),)
    assert set(tables["Purposes"].rows) == {("Build trust", "1"), ("Instil hope", "1")}

    disclosure = next(r for r in records if r.title == "DISCLOSURE-TITLE")
    full = build_pack(
        records, VOCAB, PackOptions(START, END, shares={disclosure.id: Share.FULL})
    ).document.plain_text()
    assert "DISCLOSURE-BODY" in full and "DISCLOSURE-TITLE" in full


def test_the_pack_dialogs_choice_overrides_the_records_share_level(records):
    full = next(r for r in records if r.title == "Shared in full")
    private = next(r for r in records if r.title == "Private title")
    text = text_of(records, shares={full.id: Share.PRIVATE, private.id: Share.SUMMARY})
    assert "FULL-BODY" not in text and "Shared in full" not in text
    assert "Private title" in text and "PRIVATE-BODY" not in text


def test_a_summary_note_gives_its_actions_but_never_its_text(records):
    pack = build_pack(records, VOCAB, PackOptions(START, END))
    text = pack.document.plain_text()
    assert "SUPERVISION-BODY" not in text  # what was discussed stays in the note
    assert [i.text for i in pack.actions.open] == ["Book course"]
    assert [i.text for i in pack.actions.done] == ["Read policy"]
    assert "Dropped idea" not in text
    tables = {b.caption: b for b in pack.document.blocks if isinstance(b, Table)}
    # Open ones on page one (once: compact does not list them again), done ones after.
    assert [row[0] for row in tables["Overdue first"].rows] == ["Book course"]
    assert tables["Overdue first"].rows[0][2:4] == ("1 March 2025", "Overdue")  # due before the end
    assert [row[0] for row in tables["Done in this period"].rows] == ["Read policy"]
    assert text.count("Book course") == 1
    note = next(r for r in records if r.title == "February supervision")
    private = build_pack(records, VOCAB, PackOptions(START, END, shares={note.id: Share.PRIVATE}))
    assert private.actions.all == () and "Book course" not in private.document.plain_text()
    assert [i.text for i in private.actions.private] == ["Book course", "Read policy"]


def test_training_needs_and_competence_areas_are_counted(records):
    pack = build_pack(records, VOCAB, PackOptions(START, END))
    tables = {b.caption: b for b in pack.document.blocks if isinstance(b, Table)}
    assert [row[2] for row in tables["Training needs"].rows] == ["Group session"]
    area = VOCAB.competences["self-care.using-supervision"]
    assert (area.code, area.name, "1") in tables["Competence areas"].rows  # compact
    assert area.code == "6.2"  # the sixth domain's second area, as in the framework
    complete = build_pack(records, VOCAB, PackOptions(START, END, layout="complete"))
    tables = {b.caption: b for b in complete.document.blocks if isinstance(b, Table)}
    assert (area.name, area.domain_name, "1") in tables["Competence areas"].rows


def test_the_wellbeing_chart_only_when_asked_and_only_from_shared_checkins(records):
    first, second = [r for r in records if r.type is RecordType.CHECKIN]
    shares = {first.id: Share.SUMMARY}
    without = build_pack(records, VOCAB, PackOptions(START, END, shares=shares))
    assert not any(isinstance(b, WellbeingChart) for b in without.document.blocks)
    assert first.id not in without.record_ids

    pack = build_pack(
        records, VOCAB, PackOptions(START, END, include_wellbeing=True, shares=shares)
    )
    chart = next(b for b in pack.document.blocks if isinstance(b, WellbeingChart))
    # The private check-in gives nothing, not even its scores.
    assert [(p.day, p.mood, p.stress, p.energy) for p in chart.points] == [
        (date(2025, 1, 5), 6, 4, None)
    ]
    assert "1 check-in:" in chart.summary and "mood averaged 6.0" in chart.summary
    # Shared as a summary, a check-in is a point on the chart, not an entry.
    assert "Check-ins" not in [b.text for b in pack.document.blocks if isinstance(b, Heading)]
    assert pack.levels[first.id] == "summary" and second.id not in pack.levels

    nothing = build_pack(records, VOCAB, PackOptions(START, END, include_wellbeing=True))
    chart = next(b for b in nothing.document.blocks if isinstance(b, WellbeingChart))
    assert chart.points == () and "No check-ins were shared" in chart.summary


def test_a_counted_disclosure_adds_to_counts_but_never_shows_its_title():
    disclosure = rec(
        {
            "type": "disclosure",
            "date": "2025-01-20",
            "title": "DISCLOSURE-TRAINING-TITLE",
            "share": "summary",
            "fields": {
                "decision": "shared",
                "themes": ["training_need"],
                "competences": ["self-care.using-supervision"],
            },
        }
    )
    pack = build_pack([disclosure], VOCAB, PackOptions(START, END))
    text = pack.document.plain_text()
    assert "DISCLOSURE-TRAINING-TITLE" not in text
    assert "Entries marking a training need: 1." in text
    area = VOCAB.competences["self-care.using-supervision"]
    tables = {b.caption: b for b in pack.document.blocks if isinstance(b, Table)}
    assert (area.code, area.name, "1") in tables["Competence areas"].rows
    assert "Training needs" not in tables  # no titles to list


def test_title_page_footer_and_share_history_ids(records):
    pack = build_pack(
        records,
        VOCAB,
        PackOptions(
            START, END, recipient="Ann Manager", worker="Sam Lee", prepared_on=date(2025, 4, 2)
        ),
    )
    details = dict(pack.document.details)
    assert details["Worker"] == "Sam Lee" and details["Prepared for"] == "Ann Manager"
    assert details["Period"] == "1 January 2025 to 31 March 2025"
    assert pack.document.footer == (
        "Confidential: shared by Sam Lee for supervision on 2 April 2025"
    )
    titles = {r.id: r.title for r in records}
    assert sorted(titles[i] for i in pack.record_ids) == [
        "DISCLOSURE-TITLE",
        "February supervision",
        "Group session",
        "Shared in full",
    ]


def test_records_are_grouped_by_type_under_headings(records):
    pack = build_pack(records, VOCAB, PackOptions(START, END))
    headings = [b.text for b in pack.document.blocks if isinstance(b, Heading) and b.level == 2]
    assert headings[:3] == ["Brief for this supervision", "Reflections", "Supervision notes"]
    where = dict((text, w) for w, text in pack.document.texts())
    assert where["Learnt to pace endings."].startswith("Reflections > 12 January 2025")
    assert any(isinstance(b, FieldList) for b in pack.document.blocks)


def test_an_empty_period_says_so_and_a_reversed_one_is_refused(records):
    text = text_of(records[:1])
    assert "Nothing was shared for this period." in text
    with pytest.raises(ValidationError) as err:
        build_pack(records, VOCAB, PackOptions(END, START))
    assert err.value.field == "to"
    assert [r.date for r in in_period(records, PackOptions(START, END))] == sorted(
        r.date for r in records if START <= r.date <= END
    )
