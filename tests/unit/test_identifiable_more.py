"""The identifying-details check: UK street addresses, and services, organisations and
the worker's own words that are not people's names."""

from __future__ import annotations

import pytest

from journal_app.services.identifiable import check_texts
from journal_app.services.vocabulary import shipped_allowed_phrases


def found(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check_texts([("entry", text)], **kwargs)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("We met at 14 Oak Road after lunch.", "14 Oak Road"),
        ("She lives at Flat 2, 9 Mill Lane now.", "Flat 2, 9 Mill Lane"),
        ("Dropped the form at 3a Church Street.", "3a Church Street"),
        ("Outside 221 Baker St. in the rain", "221 Baker St."),
        ("the house at 7 St John's Close", "7 St John's Close"),
        ("Walked to 12 Upper Park Avenue together", "12 Upper Park Avenue"),
    ],
)
def test_street_addresses_are_found(text, address):
    assert ("address", address) in found(text)
    finding = next(f for f in check_texts([("entry", text)]) if f.kind == "address")
    assert finding.suggestion == "[address]"


@pytest.mark.parametrize(
    "text",
    [
        "We talked for 14 minutes about the road ahead.",
        "Group of 12 people at the Recovery College",
        "Session 3 went well and we walked in the park.",
    ],
)
def test_numbers_near_words_are_not_addresses(text):
    assert [t for k, t in found(text) if k == "address"] == []


@pytest.mark.parametrize(
    "text",
    [
        "She goes to the Hearing Voices group on Tuesdays.",
        "We looked at the Recovery College prospectus.",
        "I gave him the number for the Samaritans and Mind.",
        "She was detained under the Mental Health Act last year.",
        "Referred on to Citizens Advice about Universal Credit.",
        "Leeds Partnership NHS Foundation Trust runs the ward.",
        "The Bradford District Council housing team called.",
        "Talking to the Community Mental Health Team.",
    ],
)
def test_services_and_organisations_are_not_people(text):
    assert found(text, allowed_phrases=shipped_allowed_phrases()) == []


def test_a_real_name_beside_a_service_is_still_found():
    text = "John Smith came to the Hearing Voices group."
    assert found(text, allowed_phrases=shipped_allowed_phrases()) == [("name", "John Smith")]


def test_the_workers_own_words_are_not_flagged():
    text = "Met the Penrose Ward staff and Oakwood Lodge residents."
    assert ("name", "Oakwood Lodge") in found(text)
    assert found(text, allowed_phrases=["Penrose Ward", "oakwood lodge"]) == []
    # A single word blocks that word wherever it is capitalised.
    assert found("Met Penrose Jones", allowed_phrases=["Penrose"]) == []


def test_the_shipped_list_is_editable_data():
    phrases = shipped_allowed_phrases()
    assert "Hearing Voices" in phrases and "Mental Health Act" in phrases
    assert all(isinstance(p, str) and p.strip() == p for p in phrases)
