"""Words that fit PSWs (issue 18): the reflective models are named by what they ask,
the author in brackets, and nothing says NMC, revalidation or a code of conduct, for
peer support workers are not NMC-registered. The stored keys ("gibbs", "driscoll",
"nmc") are the file's contract and stay as they are."""

from __future__ import annotations

from journal_app.cli_output import format_record
from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.domain.schema import REFLECTION_MODELS, record_from_input
from journal_app.services.pack_labels import CHOICE_LABELS, FIELD_LABELS
from journal_app.services.vocabulary import load_vocabulary

FOUR = "Four questions: what happened, what I learnt, what I will change, how it fits my role"


def test_models_are_named_by_what_they_ask_with_the_author_in_brackets():
    labels = CHOICE_LABELS[Field.MODEL]
    assert set(labels) == set(REFLECTION_MODELS)  # the stored keys are unchanged
    assert labels["gibbs"] == "Six steps from what happened to an action plan (Gibbs)"
    assert labels["driscoll"] == "What? So what? Now what? (Driscoll)"
    assert labels["nmc"] == FOUR


def test_no_label_speaks_of_the_nmc_or_its_code():
    words = [*CHOICE_LABELS[Field.MODEL].values(), *FIELD_LABELS[RecordType.REFLECTION].values()]
    for label in words:
        lowered = label.lower()
        assert "nmc" not in lowered and "revalidation" not in lowered, label
        assert "code of conduct" not in lowered, label


def test_the_fourth_question_is_about_the_psw_role_and_values():
    label = FIELD_LABELS[RecordType.REFLECTION][Field.NMC_CODE_RELEVANCE]
    assert "role" in label and "values" in label and "peer support" in label


def test_show_prints_the_four_questions_in_words_and_keeps_the_keys_in_json():
    vocabulary = load_vocabulary()
    record = record_from_input(
        {
            "type": "reflection",
            "date": "2026-11-16",
            "fields": {"model": "nmc", "nmc_code_relevance": "Hope, shared with care"},
        },
        vocabulary,
    )
    shown = format_record(record, vocabulary)
    assert f"Reflective model:\n  {FOUR}" in shown
    assert "How does it fit my role and values as a peer support worker?:" in shown
    assert "NMC" not in shown and "nmc" not in shown
    assert record.to_dict()["fields"]["model"] == "nmc"
    assert "nmc_code_relevance" in record.to_dict()["fields"]
