"""A disclosure decision records its setting (with someone I support, with my team or
employer, elsewhere) and may answer the considerations that fit work; a pack counts
disclosures shared as a summary by setting."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.domain.records import Record
from journal_app.domain.schema import SETTING_CONSIDERATIONS, record_from_input
from journal_app.errors import ValidationError
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.vocabulary import load_vocabulary

VOCAB = load_vocabulary()


def disclosure(share: str = "summary", **fields) -> Record:
    return record_from_input(
        {"type": "disclosure", "date": "2026-02-03", "share": share, "fields": fields}, VOCAB
    )


def test_the_setting_and_the_work_considerations_round_trip():
    record = disclosure(
        setting="team_employer",
        considerations={
            "adjustments": "A later start on clinic days",
            "who_needs_to_know": "My manager only",
            "policy_says": "Sickness policy, section 4",
        },
    )
    again = Record.from_stored(record.to_dict())
    assert again.fields["setting"] == "team_employer"
    assert again.fields["considerations"]["who_needs_to_know"] == "My manager only"


def test_an_unknown_setting_is_refused_naming_the_field():
    with pytest.raises(ValidationError) as caught:
        disclosure(setting="at_the_pub")
    assert (caught.value.field, caught.value.code) == ("fields.setting", "choice")


def test_each_setting_offers_prompts_the_schema_accepts():
    for setting, prompts in SETTING_CONSIDERATIONS.items():
        disclosure(setting=setting, considerations={p: "yes" for p in prompts})
    assert "adjustments" in SETTING_CONSIDERATIONS["team_employer"]
    assert "focus_on_them" not in SETTING_CONSIDERATIONS["team_employer"]


def pack_text(records) -> str:
    options = PackOptions(date(2026, 1, 1), date(2026, 3, 31))
    document = build_pack(records, VOCAB, options).document
    return "\n".join(f"{where}: {text}" for where, text in document.texts())


def test_a_pack_counts_summary_disclosures_by_setting():
    text = pack_text(
        [
            disclosure(setting="team_employer", decision="shared"),
            disclosure(setting="team_employer", decision="not_shared"),
            disclosure(setting="person_supported", decision="shared"),
            disclosure(decision="shared"),
            disclosure("private", setting="elsewhere"),
        ]
    )
    settings = [line for line in text.splitlines() if "> Setting: " in line]
    assert settings == [
        "Disclosure decisions > row 1 > Setting: With someone I support",
        "Disclosure decisions > row 2 > Setting: With my team or employer",
        "Disclosure decisions > row 3 > Setting: Not recorded",
    ]
    assert "Elsewhere" not in text  # the private one adds to no count
    assert "Disclosure decisions: Settings" in text


def test_no_settings_table_when_none_is_recorded():
    text = pack_text([disclosure(decision="shared")])
    assert "Disclosure decisions: Decisions" in text
    assert "Settings" not in text


def test_in_full_the_setting_and_the_work_prompts_show():
    text = pack_text(
        [
            disclosure(
                "full",
                setting="team_employer",
                considerations={"adjustments": "A later start"},
            )
        ]
    )
    assert "> Setting: With my team or employer" in text
    assert "> What adjustments do I want?: A later start" in text
