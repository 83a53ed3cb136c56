"""The identifiable-information check finds what could identify someone in a pack's
text, suggests a stand-in, and leaves ordinary peer-support writing alone."""

from __future__ import annotations

import pytest

from journal_app.services.identifiable import (
    KIND_LABELS,
    KINDS,
    Finding,
    check_texts,
    nhs_number_is_valid,
)

WHERE = "Reflections > 5 January 2025: After the group > Description"


def found(text: str, allowed: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in check_texts([(WHERE, text)], allowed)]


def test_every_kind_has_a_label():
    assert set(KIND_LABELS) == set(KINDS)


@pytest.mark.parametrize("number", ["943 476 5919", "943-476-5919", "9434765919"])
def test_nhs_numbers_with_a_valid_check_digit_are_found(number):
    findings = check_texts([(WHERE, f"Her NHS number is {number}.")])
    assert findings == [Finding("nhs_number", number, WHERE, "[NHS number]")]


@pytest.mark.parametrize(
    "text",
    [
        "943 476 5910",  # wrong check digit
        "9434765030",  # the check digit would be 10: never a valid number
        "99434765919",  # part of a longer run of digits
        "94347659190",
    ],
)
def test_ten_digits_without_a_valid_nhs_check_digit_are_not_nhs_numbers(text):
    assert found(f"Ref {text} today") == []


def test_the_mod_11_check_digit():
    assert nhs_number_is_valid("943 476 5919")
    assert not nhs_number_is_valid("943 476 5918")
    assert not any(nhs_number_is_valid(f"943476503{d}") for d in range(10))
    assert not nhs_number_is_valid("943 476 591")


@pytest.mark.parametrize(
    "number",
    [
        "07700 900123",
        "07700900123",
        "+44 7700 900123",
        "+44 (0)20 7946 0958",
        "020 7946 0958",
        "0161 496 0000",
        "(0113) 496 0000",
        "0300-123-4567",
    ],
)
def test_uk_phone_numbers_are_found(number):
    findings = check_texts([(WHERE, f"She asked me to ring {number} tomorrow.")])
    assert findings == [Finding("phone", number, WHERE, "[phone number]")]


def test_an_nhs_number_is_not_also_reported_as_a_phone_number():
    # 10 digits starting 0: shaped like a landline, but the NHS check comes first
    assert found("0161496008 and 401 023 2137") == [
        ("nhs_number", "0161496008"),
        ("nhs_number", "401 023 2137"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We met on 05/01/2025 after the group.",
        "Mood 7/10, stress 3/10, energy 6 / 10.",
        "In 2025 I want to do the 2024-2025 course again.",
        "Session from 10:30 to 11:45, 12 people, room 101.",
        "0161 4960 0000 0",  # too many digits for a UK number
        "Reference 07700 9001",  # too few
    ],
)
def test_dates_scores_years_and_short_numbers_are_not_phone_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "postcode", ["SW1A 1AA", "m1 1ae", "B33 8TH", "CR2 6XH", "DN55 1PT", "sw1a1aa"]
)
def test_uk_postcodes_are_found_in_any_case_with_or_without_the_space(postcode):
    assert found(f"She lives near {postcode}, by the park.") == [("postcode", postcode)]


@pytest.mark.parametrize(
    "text",
    ["It was the y10 2nd week back.", "Covid19 and A4 paper, B12 vitamins", "Ward 7 bed 3"],
)
def test_ordinary_words_and_ordinals_are_not_postcodes(text):
    assert found(text) == []


def test_email_addresses_are_found_without_trailing_punctuation():
    findings = check_texts([(WHERE, "Write to jo.bloggs+work@example.co.uk. Or Jo.B@nhs.net")])
    assert [(f.kind, f.text, f.suggestion) for f in findings] == [
        ("email", "jo.bloggs+work@example.co.uk", "[email address]"),
        ("email", "Jo.B@nhs.net", "[email address]"),
    ]


@pytest.mark.parametrize(
    ("text", "birth_date"),
    [
        ("DOB 01/02/1980", "01/02/1980"),
        ("D.O.B.: 1.2.80", "1.2.80"),
        ("date of birth 3 May 1980", "3 May 1980"),
        ("Date of Birth: 1980-05-03", "1980-05-03"),
        ("born on 3rd May 1980", "3rd May 1980"),
        ("He was born 12/03/1975 in Leeds", "12/03/1975"),
        ("born on May 3, 1980", "May 3, 1980"),
    ],
)
def test_dates_introduced_as_a_birth_date_are_found(text, birth_date):
    findings = check_texts([(WHERE, text)])
    assert findings == [Finding("date_of_birth", birth_date, WHERE, "[date of birth]")]


@pytest.mark.parametrize(
    "text",
    ["On 5 January we met.", "Supervision on 05/01/2025.", "She was born in 1980.", "Reborn 2 May"],
)
def test_plain_dates_are_not_dates_of_birth(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I met John Smith at the group.", "John Smith"),
        ("Mary-Jane O'Neill joined late.", "Mary-Jane O'Neill"),
        ("We talked to Sam de Souza.", "Sam de Souza"),
        ("Dr Jane Doe saw him.", "Jane Doe"),
        ("It was John Smith's first group.", "John Smith"),
        ("After the group Zoë Brontë stayed behind.", "Zoë Brontë"),
        ("Met Ali Khan on the ward", "Ali Khan"),
        ("Peer Support Worker Ali Khan", "Ali Khan"),
    ],
)
def test_full_names_are_found(text, name):
    assert found(text) == [("name", name)]


@pytest.mark.parametrize(
    "text",
    [
        "As a Peer Support Worker I met my Line Manager.",
        "The Mental Health Trust and the Recovery College Team.",
        "After Tuesday's group I felt tired.",
        "Gibbs reflection on an ending.",
        "Shared Summary\nAction Plan\nTitle Page",
        "On Monday We met in January. The NHS Service.",
        "John said hello.\nSmith Street was closed.",  # a line break ends a run
        "Supervision pack",
        "Confidential: shared by the peer support worker for supervision on 5 January 2025",
    ],
)
def test_capitalised_words_that_are_not_names_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("allowed", ["Sam Lee", "sam lee", "SAM LEE", "Dr Sam Lee"])
def test_allowed_names_are_not_flagged_whatever_their_case(allowed):
    text = "Supervision with Sam Lee; my supervisor Dr Sam Lee agreed."
    assert found(text, (allowed,)) == []


def test_parts_of_an_allowed_name_in_sequence_are_allowed_but_other_names_are_not():
    allowed = ("Mary Jane Smith", "", "Sam de Souza")
    text = "Jane Smith and Mary Jane met Ali Khan; Sam de Souza and Jane Doe came too."
    assert found(text, allowed) == [("name", "Ali Khan"), ("name", "Jane Doe")]


def test_a_one_word_allowed_name_does_not_hide_a_full_name():
    assert found("Sam Smith", ("Sam",)) == [("name", "Sam Smith")]


def test_each_finding_carries_the_place_it_was_found_in():
    texts = [
        ("Title page > Worker", "Sam Lee"),
        ("Reflections > 5 January 2025: After the group > Description", "I met John Smith."),
        ("Supervision notes > 9 January 2025: Catch-up > Summary", "DOB 01/02/1980"),
    ]
    findings = check_texts(texts, ["Sam Lee"])
    assert [(f.where, f.kind) for f in findings] == [
        ("Reflections > 5 January 2025: After the group > Description", "name"),
        ("Supervision notes > 9 January 2025: Catch-up > Summary", "date_of_birth"),
    ]


def test_the_same_name_gets_the_same_person_letter_across_texts():
    texts = [
        ("a", "John Smith and Jane Doe came."),
        ("b", "Jane Doe rang, then Ali Khan."),
        ("c", "John Smith again."),
    ]
    assert [(f.where, f.text, f.suggestion) for f in check_texts(texts)] == [
        ("a", "John Smith", "Person A (or J. S.)"),
        ("a", "Jane Doe", "Person B (or J. D.)"),
        ("b", "Jane Doe", "Person B (or J. D.)"),
        ("b", "Ali Khan", "Person C (or A. K.)"),
        ("c", "John Smith", "Person A (or J. S.)"),
    ]


def test_person_letters_go_on_past_z():
    names = [f"Ann {surname}" for surname in ("Abbot", "Baker", "Carter", "Dixon")] * 7
    texts = [(str(i), f"{name}{'e' * (i // 4)}") for i, name in enumerate(names)]
    suggestions = [f.suggestion for f in check_texts(texts)]
    assert suggestions[0].startswith("Person A ")
    assert suggestions[25].startswith("Person Z ")
    assert suggestions[26].startswith("Person AA ")


def test_findings_come_in_reading_order():
    text = (
        "John Smith (DOB 01/02/1980) of SW1A 1AA rang 07700 900123 "
        "about NHS 943 476 5919; email john@example.org."
    )
    assert found(text) == [
        ("name", "John Smith"),
        ("date_of_birth", "01/02/1980"),
        ("postcode", "SW1A 1AA"),
        ("phone", "07700 900123"),
        ("nhs_number", "943 476 5919"),
        ("email", "john@example.org"),
    ]


def test_the_same_text_twice_in_one_place_is_listed_once_but_again_elsewhere():
    texts = [
        ("a", "John Smith rang 07700 900123. John Smith rang 07700 900123 again."),
        ("b", "John Smith"),
    ]
    assert [(f.where, f.kind, f.text) for f in check_texts(texts)] == [
        ("a", "name", "John Smith"),
        ("a", "phone", "07700 900123"),
        ("b", "name", "John Smith"),
    ]


def test_a_name_inside_an_email_address_is_reported_once_as_the_email():
    assert found("Mail John.Smith@example.org") == [("email", "John.Smith@example.org")]


def test_a_pack_without_identifying_details_has_no_findings():
    texts = [
        ("Title page", "Supervision pack"),
        ("Title page > Worker", "Sam Lee"),
        ("Title page > Prepared for", "Dr Jane Doe"),
        ("Title page > Period", "1 January 2025 to 31 January 2025"),
        ("Footer", "Confidential: shared by Sam Lee for supervision on 1 February 2025"),
        ("Reflections", "Reflections"),
        ("Reflections > 5 January 2025: After the group", "5 January 2025: After the group"),
        ("Reflections > 5 January 2025: After the group > Reflective model", "Gibbs"),
        (
            "Reflections > 5 January 2025: After the group > Summary",
            "A person I support talked about their ending. Mood 6/10. I took it to "
            "my Line Manager and the Peer Support Worker Team at the NHS Trust.",
        ),
        ("Supervision actions > row 1 > Action", "Book the Recovery College course"),
    ]
    assert check_texts(texts, ["Sam Lee", "Jane Doe"]) == []
