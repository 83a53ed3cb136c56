"""Spell checking in UK English (issue 19): British spellings pass, American ones are
flagged with the British one suggested first, the worker's own words pass, words
ignored in one entry pass only there, and the words a checker looks at leave out
addresses, numbers and capitals."""

from __future__ import annotations

import pytest

from journal_app.services.spelling import SpellChecker, WordSpan, normalised, words_in


@pytest.fixture(scope="module")
def checker() -> SpellChecker:
    """The real word lists, with the suggestion index built once for the module."""
    made = SpellChecker()
    made.prepare_suggestions()
    return made


@pytest.mark.parametrize(
    "word",
    [
        "organise",
        "organisation",
        "behaviour",
        "colour",
        "programme",
        "analyse",
        "centre",
        "travelled",
        "counselling",
        "judgement",
        "wellbeing",  # the journal's own words
        "supervisee",
        "Organise",  # at the start of a sentence
        "worker's",  # a possessive
        "worker’s",  # with a typographic apostrophe
        "London",
    ],
)
def test_british_spellings_pass(checker, word):
    assert checker.is_correct(word)


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("organize", "organise"),
        ("organization", "organisation"),
        ("behavior", "behaviour"),
        ("color", "colour"),
        ("analyze", "analyse"),
        ("center", "centre"),
        ("traveled", "travelled"),
        ("counseling", "counselling"),
        ("Behavior", "Behaviour"),  # the capital is kept
    ],
)
def test_american_spellings_are_flagged_with_the_british_one_first(checker, american, british):
    assert not checker.is_correct(american)
    assert checker.suggestions(american)[0] == british


def test_a_misspelling_gets_the_right_word_first(checker):
    assert not checker.is_correct("recieve")
    suggestions = checker.suggestions("recieve")
    assert suggestions[0] == "receive"
    assert 1 < len(suggestions) <= 6
    assert "recieve" not in suggestions
    assert checker.suggestions("Seperate")[0] == "Separate"
    assert checker.suggestions("recieve's")[0] == "receive's"


def test_a_name_keeps_its_capital(checker):
    assert not checker.is_correct("london")
    assert "London" in checker.suggestions("londn")


def test_the_workers_own_words_pass_and_are_suggested_first(checker):
    assert not checker.is_correct("Tamsin")
    checker.set_personal(["Tamsin", "pwp"])
    try:
        assert checker.is_correct("Tamsin")
        assert checker.is_correct("Tamsin's")
        assert not checker.is_correct("tamsin")  # a name keeps its capital
        assert checker.is_correct("pwp") and checker.is_correct("Pwp")
        assert checker.suggestions("Tamsn")[0] == "Tamsin"
        assert checker.misspelt("Tamsin said hello") == []
    finally:
        checker.forget()
    assert not checker.is_correct("Tamsin")  # forget (at the lock) drops them
    assert "Tamsin" not in checker.suggestions("Tamsn")


def test_ignored_words_pass_only_where_they_are_ignored(checker):
    this_entry = {"Zorblat"}
    other_entry: set[str] = set()
    assert checker.is_correct("Zorblat", this_entry)
    assert not checker.is_correct("Zorblat", other_entry)
    assert not checker.is_correct("Zorblat")
    assert checker.misspelt("Zorblat came", this_entry) == []
    assert [s.word for s in checker.misspelt("Zorblat came", other_entry)] == ["Zorblat"]


def test_misspelt_finds_each_wrong_word_and_where_it_is(checker):
    text = "I recieve good supervison, and my behavior is fine."
    found = checker.misspelt(text)
    assert [s.word for s in found] == ["recieve", "supervison", "behavior"]
    assert all(text[s.start : s.end] == s.word for s in found)


def test_words_in_leaves_out_addresses_numbers_capitals_and_quotes():
    text = (
        "See https://example.org/recieve or mail sam@exmaple.org, www.thier.co.uk; "
        "NHS and CMHT 3rd x2 'quoted' self-care it’s workers' e.g. Привет"
    )
    spans = words_in(text)
    assert [s.word for s in spans] == [
        "See",
        "or",
        "mail",
        "and",
        "quoted",
        "self",
        "care",
        "it’s",
        "workers",
    ]
    assert all(text[s.start : s.end] == s.word for s in spans)
    assert words_in("") == []
    assert words_in("colour") == [WordSpan(0, 6, "colour")]


def test_normalised_makes_apostrophes_plain():
    assert normalised("it’s") == "it's"


def test_a_small_word_list_works_the_same_way():
    small = SpellChecker(["colour", "cat", "London"])
    assert small.is_correct("Colour") and small.is_correct("cat's")
    assert not small.is_correct("dog")
    assert small.suggestions("caat") == ["cat"]
    assert small.suggestions("londn") == ["London"]
    assert small.suggestions("xyzzyq") == []


def test_before_the_index_is_built_the_words_one_edit_away_come_at_once():
    fresh = SpellChecker()
    assert not fresh.suggestions_ready
    quick = fresh.suggestions("recieve", wait=False)
    assert "receive" in quick and "relieve" in quick
    assert fresh.suggestions("organize", wait=False)[0] == "organise"  # British first
    assert fresh.suggestions("Londn", wait=False) == ["London"]
    assert fresh.suggestions("londn", wait=False) == ["London"]  # a name keeps its capital
    assert not fresh.suggestions_ready  # nothing waited for the index
