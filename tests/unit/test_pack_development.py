"""The pack's "Training and development" section: it appears only when a training or
goal entry of the period is shared, adds up the shared training hours, lists each
shared training and goal at its share level, and counts private training only."""

from __future__ import annotations

from datetime import date

from journal_app.domain.records import Share
from journal_app.domain.schema import record_from_input
from journal_app.export.document import Heading, Paragraph, Table
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
AREA = sorted(VOCAB.competences)[0]
START, END = date(2026, 8, 1), date(2026, 10, 31)


def training(share: str, title: str, hours: float, **more) -> dict:
    return {
        "type": "training",
        "date": more.pop("date", "2026-10-05"),
        "title": title,
        "share": share,
        "fields": {
            "kind": "course",
            "provider": f"{title}-PROVIDER",
            "hours": hours,
            "competences": [AREA],
            "learning": f"{title}-LEARNING",
            "use_in_practice": f"{title}-USE",
        },
        **more,
    }


def goal(share: str, title: str, status: str = "active", **more) -> dict:
    return {
        "type": "goal",
        "date": "2026-09-01",
        "title": title,
        "share": share,
        "fields": {
            "target_date": "2027-03-31",
            "status": status,
            "steps": f"{title}-STEPS",
            "progress": f"{title}-PROGRESS",
        },
        **more,
    }


def pack(*data: dict, **options):
    records = [record_from_input(d, VOCAB) for d in data]
    return build_pack(records, VOCAB, PackOptions(START, END, **options))


def section(doc) -> list:
    """The blocks of the section, from its heading to the next level-2 heading."""
    blocks = list(doc.blocks)
    titles = [b.text if isinstance(b, Heading) and b.level == 2 else None for b in blocks]
    start = titles.index("Training and development")
    end = next(i for i in range(start + 1, len(blocks)) if titles[i])
    return blocks[start:end]


def test_no_section_when_no_training_or_goal_is_shared():
    for built in (
        pack(),
        pack(training("private", "PRIVATE-COURSE", 3), goal("private", "PRIVATE-GOAL")),
    ):
        text = built.document.plain_text()
        assert "Training and development" not in text
        assert "PRIVATE" not in text and "training entr" not in text
    reflection = {
        "type": "reflection",
        "date": "2026-09-02",
        "share": "full",
        "fields": {"model": "free", "text": "Talked about endings"},
    }
    assert "Training and development" not in pack(reflection).document.plain_text()


def test_hours_add_up_the_shared_training_and_count_private_training_only():
    built = pack(
        training("full", "FULL-COURSE", 6.5),
        training("summary", "SUMMARY-COURSE", 2, shared_title="A SHARED NAME"),
        training("private", "PRIVATE-COURSE", 100),
        training("full", "LATER-COURSE", 50, date="2026-11-05"),  # after the period
    )
    blocks = section(built.document)
    lines = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert lines[0] == (
        "Training hours in this period: 8.5 hours, from 2 training entries shared. "
        "1 more training entry is kept private (not included or added up)."
    )
    table = next(b for b in blocks if isinstance(b, Table) and b.caption == "Training shared")
    assert set(table.rows) == {
        ("5 October 2026", "FULL-COURSE", "Course", "FULL-COURSE-PROVIDER", "6.5 hours"),
        ("5 October 2026", "A SHARED NAME", "Course", "SUMMARY-COURSE-PROVIDER", "2 hours"),
    }
    text = built.document.plain_text()
    assert "PRIVATE-COURSE" not in text and "LATER-COURSE" not in text
    assert "108.5" not in text and "100 hours" not in text


def test_full_adds_what_was_learnt_and_summary_shows_none_of_its_text():
    built = pack(
        training("full", "FULL-COURSE", 1),
        training("summary", "SUMMARY-COURSE", 1, shared_summary="A day on grounding"),
        goal("full", "FULL-GOAL"),
        goal("summary", "SUMMARY-GOAL", "achieved"),
    )
    text = built.document.plain_text()
    assert "FULL-COURSE-LEARNING" in text and "FULL-COURSE-USE" in text
    assert "FULL-GOAL-STEPS" in text and "FULL-GOAL-PROGRESS" in text
    assert "A day on grounding" in text
    for hidden in (
        "SUMMARY-COURSE-LEARNING",
        "SUMMARY-COURSE-USE",
        "SUMMARY-GOAL-STEPS",
        "SUMMARY-GOAL-PROGRESS",
    ):
        assert hidden not in text
    assert sorted(built.levels.values()) == ["full", "full", "summary", "summary"]


def test_goals_show_their_status_and_target_date():
    built = pack(
        goal("summary", "GOAL-A"),
        goal("full", "GOAL-B", "achieved"),
        goal("summary", "GOAL-C", "dropped"),
        goal("private", "GOAL-D", "achieved"),
    )
    blocks = section(built.document)
    assert Paragraph("Development goals: 1 active, 1 achieved, 1 dropped.") in blocks
    table = next(b for b in blocks if isinstance(b, Table) and b.caption == "Development goals")
    assert [row[:3] for row in table.rows] == [
        ("GOAL-A", "Active", "31 March 2027"),
        ("GOAL-B", "Achieved", "31 March 2027"),
        ("GOAL-C", "Dropped", "31 March 2027"),
    ]
    assert "GOAL-D" not in built.document.plain_text()
    # Goals alone: the hours line says no training was shared.
    assert "No training entries were shared for this period." in built.document.plain_text()


def test_the_pack_dialogs_level_wins_and_both_layouts_keep_the_rules():
    data = training("full", "FULL-COURSE", 4)
    record = record_from_input(data, VOCAB)
    hidden = build_pack([record], VOCAB, PackOptions(START, END, shares={record.id: Share.PRIVATE}))
    text = hidden.document.plain_text()
    assert "FULL-COURSE" not in text and "Training and development" not in text
    summary = PackOptions(START, END, shares={record.id: Share.SUMMARY}, layout="complete")
    text = build_pack([record], VOCAB, summary).document.plain_text()
    assert "FULL-COURSE-PROVIDER" in text and "FULL-COURSE-LEARNING" not in text
    for layout in ("compact", "complete"):
        text = pack(data, layout=layout).document.plain_text()
        assert "FULL-COURSE-LEARNING" in text and "4 hours" in text


def test_a_shared_training_counts_in_the_competence_areas_like_the_coverage_page():
    """The areas a shared training names count as entries in the pack's competence
    table, as on the coverage page; a goal's areas do not (a goal is a plan)."""
    planned = goal("full", "GOAL")
    planned["fields"]["competences"] = [AREA]
    built = pack(training("summary", "COURSE", 2), planned)
    tables = {b.caption: b for b in built.document.blocks if isinstance(b, Table)}
    area = VOCAB.competences[AREA]
    assert tables["Competence areas"].rows == ((area.code, area.name, "1"),)
