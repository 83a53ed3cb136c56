"""resources/competences.json: its shape, its recorded source, unique ids, and every
competence area id written anywhere in the project being one the list still has."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from journal_app.services.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
DATA = json.loads((ROOT / "resources" / "competences.json").read_text("utf-8"))
ID = re.compile(r"^[a-z][a-z0-9-]*$")
SCANNED = ("journal_app", "tests", "benchmarks", "docs", "packaging", "tools")
TEXT_FILES = {".py", ".json", ".md", ".toml", ".txt", ".csv", ".html"}


def _areas() -> list[dict]:
    return [area for domain in DATA["domains"] for area in domain["areas"]]


def test_the_file_has_its_framework_and_where_it_was_checked():
    assert DATA["framework"] == "Competence Framework for Mental Health Peer Support Workers"
    assert DATA["publisher"] == "Health Education England"
    assert DATA["year"] == 2020
    source = DATA["source"]
    for key in ("title", "publisher", "published", "url", "parts", "read_from", "checked"):
        assert source[key], key
    assert source["url"].startswith("https://")
    assert "Part 2: Full listing of the competences" in source["parts"]


def test_shape_of_domains_and_areas():
    assert len(DATA["domains"]) == 9  # "the nine domains of peer support work"
    for domain in DATA["domains"]:
        assert set(domain) == {"id", "name", "checked_against", "areas"}
        assert ID.match(domain["id"]) and domain["name"].strip() and domain["areas"]
        for area in domain["areas"]:
            assert area["id"].startswith(domain["id"] + ".")
            assert ID.match(area["id"].split(".", 1)[1]), area["id"]
            assert area["name"].strip() == area["name"] and area["name"]
            # Each area says where it was checked; one named with quoted words (its
            # published title not found) also gives the sentence it quotes.
            extra = set(area) - {"id", "name"}
            assert extra in ({"checked_against"}, {"checked_against", "quotes"}), area["id"]
            assert area["checked_against"].strip()


def test_ids_are_unique():
    domains = [d["id"] for d in DATA["domains"]]
    areas = [a["id"] for a in _areas()]
    assert len(set(domains)) == len(domains)
    assert len(set(areas)) == len(areas)


def test_no_area_is_left_unconfirmed_and_the_note_says_what_was_checked():
    assert "unconfirmed" not in json.dumps(DATA).casefold()
    note = DATA["note"]
    assert "Unconfirmed: exact titles of domains 7-8" not in note  # the old guess
    for words in ("word for word", "quoted", "were not found", "Ability to organise"):
        assert words in note
    quoted = [a for a in _areas() if "quotes" in a]
    assert {a["id"] for a in quoted} == {
        "self-care.using-supervision",
        "psychological.psychological-approaches",
        "meta.judgement",
        "meta.self-reflection",
    }


def test_an_area_named_by_quotation_uses_the_words_of_the_sentence_it_quotes():
    """No invented title: the name is a run of words from the quoted sentence."""
    for area in _areas():
        if "quotes" in area:
            assert area["name"].casefold() in area["quotes"].casefold(), area["id"]
            assert area["checked_against"].startswith("Named with"), area["id"]


def test_the_loaded_vocabulary_matches_the_file_in_order():
    vocabulary = load_vocabulary()
    assert list(vocabulary.competences) == [a["id"] for a in _areas()]
    first = vocabulary.competences["values.psw-values"]
    assert (first.code, first.domain_id) == ("1.1", "values")


def _files():
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*")):
            # Not virtualenvs: .venv, and benchmarks/.venv-jrnl that jrnl_compare.py makes.
            in_venv = any(part.startswith(".venv") for part in path.parts)
            if path.suffix in TEXT_FILES and path.is_file() and not in_venv:
                yield path
    yield ROOT / "README.md"


def test_every_area_id_written_in_the_project_is_in_the_list():
    """Samples, fixtures, tests and docs name areas by id; a renamed or removed id
    would leave them naming nothing."""
    known = {a["id"] for a in _areas()}
    domains = "|".join(re.escape(d["id"]) for d in DATA["domains"])
    # An id is written as a string: a domain, a dot and a slug, in quotes or
    # backticks (so `values.items()` or a variable's `.touched` is not one).
    pattern = re.compile(rf"(?<=[\"'`])(?:{domains})\.[a-z][a-z0-9-]*(?=[\"'`])")
    found: dict[str, set[str]] = {}
    for path in _files():
        text = path.read_text("utf-8", errors="replace")
        for match in pattern.finditer(text):
            found.setdefault(match.group(0), set()).add(str(path.relative_to(ROOT)))
    assert found, "expected the samples and tests to name some areas"
    unknown = {i: sorted(where) for i, where in found.items() if i not in known}
    assert not unknown, unknown


@pytest.mark.parametrize("area_id", ["relational.active-listening", "self-care.using-supervision"])
def test_ids_used_by_older_records_are_kept(area_id):
    """Records store area ids; these appear in the golden vaults and samples."""
    assert area_id in load_vocabulary().competences
