"""Course and training titles are not people's names (issue 17: the pack's check listed
the course "Understanding Anxiety", a training entry's title, as a full name), while
real names beside them, inside them or alone are still found."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.domain.records import Record, RecordType
from journal_app.services.identifiable import check_texts, course_titles
from journal_app.services.vocabulary import identity_allow_lists


def names(text: str, **kwargs) -> list[str]:
    return [f.text for f in check_texts([("entry", text)], **kwargs) if f.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Training > 3 March 2025: Understanding Anxiety",
        "Today I went on Understanding Anxiety, a day course.",
        "Mental Health First Aid refresher in the morning.",
        "Trauma Informed Practice, then Suicide Prevention Awareness.",
        "Motivational Interviewing Skills (online)",
        "Conflict Resolution and De-escalation Training",
        "Introduction to Psychosis",
        "Hearing Distressing Voices Workshop",
        "Eating Disorders Awareness e-Learning",
        "Dialectical Behaviour Therapy Foundations",
        "Safeguarding Adults Level 2",
        "Equality, Diversity and Inclusion",
        "Intentional Peer Support Core Training",
        "Coping With Loneliness And Isolation",
        "Co-production in Mental Health Services",
        "Information Governance Refresher",
        "Tree of Life Facilitation",
    ],
)
def test_course_titles_are_not_full_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sarah Jones met me", "Sarah Jones"),
        ("Sarah Jones met me after Understanding Anxiety.", "Sarah Jones"),
        ("Understanding Anxiety with Sarah Jones", "Sarah Jones"),
        ("Mental Health First Aid, run by Tom Brown.", "Tom Brown"),
        ("Anxiety Awareness: Priya Patel led it", "Priya Patel"),
        ("Grace Young came to the workshop.", "Grace Young"),
    ],
)
def test_real_names_beside_course_titles_are_still_found(text, name):
    assert names(text) == [name]


def test_a_training_entrys_title_is_not_a_name_wherever_it_appears():
    title = "Kindred Spirits Circle"  # uncommon words, title-cased, like a course name
    text = f"What I took from {title}: listening first."
    assert names(text) == [title]  # without the title it reads as a name
    assert names(text, titles=[title]) == []
    assert names("kindred spirits circle", titles=[title]) == []


def test_a_name_in_a_training_title_is_still_found():
    """A title is not a licence: a person named in it is still a person."""
    assert names("Shadowing Sarah Jones on the ward", titles=["Shadowing Sarah Jones"]) == [
        "Sarah Jones"
    ]
    assert names("Coffee With Ali Khan", titles=["Coffee With Ali Khan"]) == ["Ali Khan"]


def test_course_titles_are_the_titles_of_training_entries():
    records = [
        Record(RecordType.TRAINING, date(2025, 3, 3), title="Understanding Anxiety"),
        Record(RecordType.TRAINING, date(2025, 3, 4), title="  "),
        Record(RecordType.REFLECTION, date(2025, 3, 5), title="After the group"),
        Record(RecordType.GOAL, date(2025, 3, 6), title="Become a Senior Peer Worker"),
    ]
    assert course_titles(records) == ["Understanding Anxiety", "Become a Senior Peer Worker"]


def test_competence_areas_and_themes_are_known_phrases():
    _people, phrases = identity_allow_lists({})
    text = "Reading about Core Relational Skills, and Feeling Valued"
    assert names(text) == ["Core Relational", "Feeling Valued"]  # uncommon words
    assert names(text, allowed_phrases=phrases) == []
