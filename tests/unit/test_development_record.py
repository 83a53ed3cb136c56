"""The development record: training, goals and competence coverage for any date
range, under the pack's consent rules, written in every format and recorded in the
share history; the identifiable-information check reads it as it reads a pack."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pdf_text import pdf_text

from journal_app.domain.records import Share
from journal_app.domain.schema import record_from_input
from journal_app.errors import ValidationError
from journal_app.export.document import Heading, Table
from journal_app.export.formats import FORMATS
from journal_app.services.development_record import (
    DevelopmentOptions,
    build_development_record,
)
from journal_app.services.identifiable import check_texts
from journal_app.services.share_history import (
    DEVELOPMENT_RECORD,
    PACK,
    ShareEntry,
    export_development_record,
    share_history,
)
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()
AREAS = list(VOCAB.competences)
FIRST, SECOND = AREAS[0], AREAS[1]
CODE = VOCAB.competences[FIRST].code
START, END = date(2024, 6, 1), date(2026, 5, 31)  # two years: any range will do

DATA = [
    {
        "type": "training",
        "date": "2025-03-04",
        "title": "Fulltraining",
        "share": "full",
        "fields": {
            "kind": "e_learning",
            "provider": "Recovery college",
            "hours": 3.5,
            "competences": [FIRST],
            "learning": "Fulllearningword",
            "use_in_practice": "Fulluseword",
        },
    },
    {
        "type": "training",
        "date": "2024-07-01",
        "title": "Summarytraining",
        "share": "summary",
        "shared_summary": "Sharedsummaryword",
        "fields": {
            "kind": "shadowing",
            "hours": 2,
            "competences": [FIRST, SECOND],
            "learning": "Summarylearningword",
        },
    },
    {
        "type": "training",
        "date": "2025-01-01",
        "title": "Privatetraining",
        "fields": {"hours": 40, "competences": [SECOND], "learning": "Privatelearningword"},
    },
    {
        "type": "goal",
        "date": "2025-02-01",
        "title": "Goaltitle",
        "share": "summary",
        "fields": {
            "status": "achieved",
            "target_date": "2025-12-31",
            "competences": [SECOND],
            "steps": "Goalstepsword",
        },
    },
    {
        "type": "reflection",
        "date": "2025-05-05",
        "title": "Reflectiontitle",
        "share": "summary",
        "fields": {"model": "free", "text": "Reflectionbodyword", "competences": [FIRST]},
    },
    {
        "type": "reflection",
        "date": "2025-05-06",
        "title": "Privatereflection",
        "fields": {"model": "free", "text": "Privatebodyword", "competences": [SECOND]},
    },
    {
        "type": "training",
        "date": "2026-07-01",
        "title": "Latertraining",
        "share": "full",
        "fields": {"hours": 9, "competences": [FIRST]},
    },
    {
        "type": "wellness_plan",
        "date": "2025-01-01",
        "title": "Plantitle",
        "share": "full",
        "fields": {"keeps_me_well": "Planbodyword"},
    },
]
NEVER = [
    "Privatetraining",
    "Privatelearningword",
    "Privatereflection",
    "Privatebodyword",
    "Summarylearningword",
    "Goalstepsword",
    "Reflectionbodyword",
    "Latertraining",
    "Plantitle",
    "Planbodyword",
    "40 hours",
    "45.5",
]
ALWAYS = [
    "Development record",
    "Fulltraining",
    "Fulllearningword",
    "Fulluseword",
    "Summarytraining",
    "Sharedsummaryword",
    "Goaltitle",
    "Achieved",
    "5.5 hours",
    "Competence coverage",
    "Sam Lee",
]


def records(data=DATA):
    return [record_from_input(d, VOCAB) for d in data]


def build(found=None, **options):
    options.setdefault("worker", "Sam Lee")
    return build_development_record(
        found or records(), VOCAB, DevelopmentOptions(START, END, **options)
    )


def test_only_shared_entries_show_and_private_ones_add_to_nothing():
    built = build()
    text = built.document.plain_text()
    for word in NEVER:
        assert word not in text, word
    for word in ALWAYS:
        assert word in text, word
    assert "1 more training entry is kept private" in text
    titles = {r.id: r.title for r in records()}
    by_title = {titles.get(i, i): level for i, level in built.levels.items()}
    # ids are new per build: compare by title
    assert sorted(by_title.values()) == ["full", "summary", "summary", "summary"]


def test_coverage_counts_shared_entries_only_and_states_areas_not_touched():
    built = build()
    table = next(
        b for b in built.document.blocks if isinstance(b, Table) and b.caption == "Areas touched"
    )
    rows = {row[0]: row[2:] for row in table.rows}
    # FIRST: two training entries and the summary reflection, 5.5 hours; the private
    # reflection and the later training add nothing.
    assert rows[CODE] == ("3", "5.5 hours", "")
    second = VOCAB.competences[SECOND].code
    assert rows[second] == ("1", "2 hours", "1 achieved")  # not the private 40 hours
    headings = [b.text for b in built.document.blocks if isinstance(b, Heading)]
    assert "Areas not touched in this period" in headings
    untouched = next(
        b
        for b in built.document.blocks
        if isinstance(b, Table) and b.headers == ("Domain", "Areas")
    )
    listed = " ".join(cell for row in untouched.rows for cell in row)
    assert VOCAB.competences[AREAS[-1]].name in listed
    assert VOCAB.competences[FIRST].name not in listed


def test_the_level_chosen_for_this_record_wins_and_a_range_can_be_empty():
    found = records()
    full = next(r for r in found if r.title == "Fulltraining")
    hidden = build(found, shares={full.id: Share.PRIVATE}).document.plain_text()
    assert "Fulltraining" not in hidden and "Fulllearningword" not in hidden
    assert "2 more training entries are kept private" in hidden
    summary = build(found, shares={full.id: Share.SUMMARY}).document.plain_text()
    assert "Fulltraining" in summary and "Fulllearningword" not in summary
    empty = build_development_record(
        found, VOCAB, DevelopmentOptions(date(2020, 1, 1), date(2020, 12, 31))
    )
    text = empty.document.plain_text()
    assert "No training or development goals were shared for this period." in text
    assert "No shared entry of this period names a competence area." in text
    assert empty.levels == {}


def test_a_reversed_range_is_refused_naming_the_field():
    with pytest.raises(ValidationError) as caught:
        build_development_record([], VOCAB, DevelopmentOptions(END, START))
    assert caught.value.field == "to"


def test_the_identifiable_check_reads_its_text():
    data = [{**DATA[0], "fields": {**DATA[0]["fields"], "provider": "Call 07700 900123"}}]
    findings = check_texts(build(records(data)).document.texts(), ["Sam Lee"])
    assert [(f.kind, f.text) for f in findings] == [("phone", "07700 900123")]


def read_back(path: Path, fmt: str) -> str:
    if fmt == "pdf":
        return pdf_text(path)
    if fmt == "odt":
        with zipfile.ZipFile(path) as odt:
            xml = odt.read("content.xml").decode("utf-8") + odt.read("styles.xml").decode()
        return re.sub(r"<[^>]+>", " ", xml)
    return path.read_text("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_writes_it_and_the_share_history_records_it(qapp, journal, tmp_path, fmt):
    for data in DATA:
        journal.add(data)
    built = build_development_record(
        journal.records(),
        journal.vocabulary,
        DevelopmentOptions(START, END, worker="Sam Lee", recipient="Appraisal panel"),
    )
    out = tmp_path / f"development.{fmt}"
    entry = export_development_record(journal, built, fmt, out)
    text = read_back(out, fmt)
    for word in NEVER:
        assert word not in text, f"{word} leaked into the {fmt} record"
    for word in [
        "Development record",
        "Fulltraining",
        "Fulllearningword",
        "Goaltitle",
        "Appraisal panel",
        "Competence coverage",
    ]:
        assert word in text, f"{word} is missing from the {fmt} record"
    [recorded] = share_history(journal)
    assert recorded == entry and recorded.document == DEVELOPMENT_RECORD
    assert recorded.recipient == "Appraisal panel" and recorded.format == fmt
    assert dict(recorded.levels) == built.levels and len(built.levels) == 4


def test_history_entries_from_before_read_as_packs():
    old = {
        "when": "2026-01-02T10:00:00+00:00",
        "format": "pdf",
        "from": "2025-01-01",
        "to": "2025-03-31",
        "records": [],
    }
    assert ShareEntry.from_json(old).document == PACK
