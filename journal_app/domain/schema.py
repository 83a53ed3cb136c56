"""Each record type's fields, and validation of record JSON on the way in.

Every error names the field it is about (``fields.actions[2].due``) and nothing is
changed until a whole record validates.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from journal_app.domain.field_values import (
    MAX_TEXT as MAX_TEXT,  # re-exported: the longest text field
)
from journal_app.domain.field_values import (
    actions_value,
    check_total_size,
    choice_value,
    considerations_value,
    flag_value,
    hours_value,
    multi_value,
    parse_date,
    record_ids,
    score_value,
    sections_value,
    text_value,
)
from journal_app.domain.fields import Field, RecordKey
from journal_app.domain.records import Record, RecordType, Share, new_record_id, utc_now
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ValidationError

MAX_TITLE = 300
MAX_TAG = 60
MAX_TAGS = 50


class Kind(Enum):
    TEXT = "text"
    SCORE = "score"  # whole number 1..10
    DATE = "date"
    CHOICE = "choice"
    MULTI = "multi"  # list of distinct choices
    THEMES = "themes"
    COMPETENCES = "competences"
    ACTIONS = "actions"
    CONSIDERATIONS = "considerations"
    SECTIONS = "sections"  # the worker's own template: [{"heading", "text"}]
    FLAG = "flag"  # true, or left out (false is not stored)
    SHORT_TEXT = "short_text"  # a few words: a role, not a name (at most 200 characters)
    HOURS = "hours"  # 0 to 1000 in halves
    RECORD_IDS = "record_ids"  # ids of other entries (a training's goals)


@dataclass(frozen=True)
class FieldSpec:
    kind: Kind
    choices: tuple[str, ...] = ()


REFLECTION_MODELS = ("gibbs", "driscoll", "free", "nmc", "supervision_prep", "ending", "custom")
SESSION_KINDS = ("one_to_one", "group", "phone", "crisis", "other")
ENDING_PLANNED = ("planned", "unplanned", "partly")
DECISIONS = ("shared", "not_shared", "partly_shared")
PURPOSES = ("build_trust", "instil_hope", "normalise", "model_recovery", "show_empathy", "other")
CONSIDERATIONS = (
    "whose_needs",
    "relevant",
    "ready",
    "how_much",
    "focus_on_them",
    "fine_if_repeated",
    "policy_allows",
    # at work (the setting `team_employer`)
    "adjustments",
    "who_needs_to_know",
    "policy_says",
)
# Where a disclosure decision was made: with someone I support, with my team or
# employer, or elsewhere. The editor offers the considerations that fit each.
DISCLOSURE_SETTINGS = ("person_supported", "team_employer", "elsewhere")
SETTING_CONSIDERATIONS: dict[str, tuple[str, ...]] = {
    "person_supported": CONSIDERATIONS[:7],
    "team_employer": (
        "ready",
        "how_much",
        "fine_if_repeated",
        "adjustments",
        "who_needs_to_know",
        "policy_says",
    ),
    "elsewhere": ("whose_needs", "ready", "how_much", "fine_if_repeated"),
}
SUPERVISOR_ROLES = ("line_manager", "alternative_contact", "peer_supervisor", "external")
FUNCTIONS = ("restorative", "formative", "normative")
ACTION_STATUSES = ("open", "done", "dropped")
IN_ROLE = ("yes", "partly", "no", "unsure")  # was what was asked within my role?
PROCEDURE_FOLLOWED = ("yes", "partly", "no", "unsure")  # the safeguarding procedure
SHORT_TEXT_LIMIT = 200
TRAINING_KINDS = ("course", "shadowing", "reading", "e_learning", "conference", "other")
GOAL_STATUSES = ("active", "achieved", "dropped")

_T = FieldSpec(Kind.TEXT)
_SCORE = FieldSpec(Kind.SCORE)

SCHEMAS: dict[RecordType, dict[str, FieldSpec]] = {
    RecordType.REFLECTION: {
        Field.MODEL: FieldSpec(Kind.CHOICE, REFLECTION_MODELS),
        Field.TEMPLATE: _T,
        # Gibbs
        Field.DESCRIPTION: _T,
        Field.FEELINGS: _T,
        Field.EVALUATION: _T,
        Field.ANALYSIS: _T,
        Field.CONCLUSION: _T,
        Field.ACTION_PLAN: _T,
        # Driscoll
        Field.WHAT: _T,
        Field.SO_WHAT: _T,
        Field.NOW_WHAT: _T,
        # free text
        Field.TEXT: _T,
        # NMC revalidation's four questions
        Field.NMC_WHAT_HAPPENED: _T,
        Field.NMC_LEARNING: _T,
        Field.NMC_PRACTICE_CHANGE: _T,
        Field.NMC_CODE_RELEVANCE: _T,
        # supervision preparation
        Field.PREP_BRING: _T,
        Field.PREP_GOING_WELL: _T,
        Field.PREP_SUPPORT_NEEDED: _T,
        # ending of a peer relationship
        Field.ENDING_PLANNED: FieldSpec(Kind.CHOICE, ENDING_PLANNED),
        Field.ENDING_MARKED: _T,
        Field.ENDING_NEXT_SUPPORT: _T,
        Field.ENDING_FEELINGS: _T,
        # the worker's own template
        Field.SECTIONS: FieldSpec(Kind.SECTIONS),
        # context
        Field.SESSION_KIND: FieldSpec(Kind.CHOICE, SESSION_KINDS),
        Field.SETTING: _T,
        Field.THEMES: FieldSpec(Kind.THEMES),
        Field.COMPETENCES: FieldSpec(Kind.COMPETENCES),
        Field.MOOD_AFTER: _SCORE,
        # a boundary question (prompts shown when `boundary` is ticked)
        Field.BOUNDARY: FieldSpec(Kind.FLAG),
        Field.BOUNDARY_ASKED: _T,
        Field.BOUNDARY_IN_ROLE: FieldSpec(Kind.CHOICE, IN_ROLE),
        Field.BOUNDARY_DID: _T,
        Field.BOUNDARY_TALKED_TO: _T,
        # a safeguarding concern (prompts shown when `safeguarding` is ticked): roles
        # and dates, never names
        Field.SAFEGUARDING: FieldSpec(Kind.FLAG),
        Field.SAFEGUARDING_PROCEDURE: FieldSpec(Kind.CHOICE, PROCEDURE_FOLLOWED),
        Field.SAFEGUARDING_REPORTED_TO: FieldSpec(Kind.SHORT_TEXT),
        Field.SAFEGUARDING_REPORTED_WHEN: FieldSpec(Kind.DATE),
        Field.DEBRIEF_NEEDED: FieldSpec(Kind.FLAG),
    },
    RecordType.DISCLOSURE: {
        Field.DECISION: FieldSpec(Kind.CHOICE, DECISIONS),
        Field.SETTING: FieldSpec(Kind.CHOICE, DISCLOSURE_SETTINGS),
        Field.WHAT: _T,
        Field.PURPOSES: FieldSpec(Kind.MULTI, PURPOSES),
        Field.PURPOSE_OTHER: _T,
        Field.CONSIDERATIONS: FieldSpec(Kind.CONSIDERATIONS, CONSIDERATIONS),
        Field.RECEIVED: _T,
        Field.FEELINGS_AFTER: _T,
        Field.LEARNING: _T,
        Field.THEMES: FieldSpec(Kind.THEMES),
        Field.COMPETENCES: FieldSpec(Kind.COMPETENCES),
    },
    RecordType.SUPERVISION: {
        Field.SUPERVISOR: _T,
        Field.SUPERVISOR_ROLE: FieldSpec(Kind.CHOICE, SUPERVISOR_ROLES),
        Field.FUNCTIONS: FieldSpec(Kind.MULTI, FUNCTIONS),
        Field.WELLBEING_BEFORE: _SCORE,
        Field.WELLBEING_AFTER: _SCORE,
        Field.AGENDA: _T,
        Field.DISCUSSED: _T,
        Field.SUPPORT_OFFERED: _T,
        Field.ACTIONS: FieldSpec(Kind.ACTIONS, ACTION_STATUSES),
        Field.NEXT_DATE: FieldSpec(Kind.DATE),
        Field.THEMES: FieldSpec(Kind.THEMES),
        Field.COMPETENCES: FieldSpec(Kind.COMPETENCES),
    },
    RecordType.CHECKIN: {
        Field.MOOD: _SCORE,
        Field.STRESS: _SCORE,
        Field.ENERGY: _SCORE,
        Field.NOTE: _T,
    },
    RecordType.TRAINING: {
        Field.KIND: FieldSpec(Kind.CHOICE, TRAINING_KINDS),
        Field.PROVIDER: _T,
        Field.HOURS: FieldSpec(Kind.HOURS),
        Field.LEARNING: _T,
        Field.USE_IN_PRACTICE: _T,
        Field.COMPETENCES: FieldSpec(Kind.COMPETENCES),
        Field.GOALS: FieldSpec(Kind.RECORD_IDS),
    },
    RecordType.GOAL: {
        Field.TARGET_DATE: FieldSpec(Kind.DATE),
        Field.STATUS: FieldSpec(Kind.CHOICE, GOAL_STATUSES),
        Field.STEPS: _T,
        Field.PROGRESS: _T,
        Field.COMPETENCES: FieldSpec(Kind.COMPETENCES),
    },
    RecordType.WELLNESS_PLAN: {
        Field.KEEPS_ME_WELL: _T,
        Field.EARLY_SIGNS: _T,
        Field.TRIGGERS: _T,
        Field.SUPPORT_FROM_MANAGER: _T,
        Field.IF_UNWELL: _T,
        Field.MY_CONTACTS: _T,
        Field.REVIEW_DATE: FieldSpec(Kind.DATE),
    },
}

COMMON_KEYS = {key.value for key in RecordKey}
# Present in `show --json` output; accepted back on input so output can be edited and
# fed to `edit`, but never taken from the input.
READ_ONLY_KEYS = {"id", "created", "updated", "imported"}


def validate_fields(
    record_type: RecordType, fields: Any, vocabulary: Vocabulary | None
) -> dict[str, Any]:
    """Check and normalise a type's fields; empty values are dropped."""
    if not isinstance(fields, dict):
        raise ValidationError("fields", "must be an object", code="shape")
    schema = SCHEMAS[record_type]
    out: dict[str, Any] = {}
    for key, value in fields.items():
        name = f"fields.{key}"
        spec = schema.get(key)
        if spec is None:
            raise ValidationError(
                name, f"unknown field for a {record_type.value} record", code="unknown_field"
            )
        if value is None:
            continue
        kind = spec.kind
        if kind is Kind.TEXT:
            clean: Any = text_value(value, name)
        elif kind is Kind.SHORT_TEXT:
            clean = " ".join(text_value(value, name, SHORT_TEXT_LIMIT).split())
        elif kind is Kind.FLAG:
            clean = flag_value(value, name)
        elif kind is Kind.SCORE:
            clean = score_value(value, name)
        elif kind is Kind.DATE:
            clean = None if value == "" else parse_date(value, name).isoformat()
        elif kind is Kind.CHOICE:
            clean = None if value == "" else choice_value(value, name, spec.choices)
        elif kind is Kind.MULTI:
            clean = multi_value(value, name, spec.choices)
        elif kind is Kind.THEMES:
            known = tuple(vocabulary.themes) if vocabulary else None
            clean = multi_value(value, name, known)
        elif kind is Kind.COMPETENCES:
            known = tuple(vocabulary.competences) if vocabulary else None
            clean = multi_value(value, name, known)
        elif kind is Kind.ACTIONS:
            clean = actions_value(value, name, spec.choices)
        elif kind is Kind.CONSIDERATIONS:
            clean = considerations_value(value, name, spec.choices)
        elif kind is Kind.HOURS:
            clean = hours_value(value, name)
        elif kind is Kind.RECORD_IDS:
            clean = record_ids(value, name)
        else:
            clean = sections_value(value, name)
        if clean in (None, "", [], {}):
            continue
        out[key] = clean
    check_total_size(out)
    return out


def _tags(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValidationError("tags", "must be a list of text", code="shape")
    if len(value) > MAX_TAGS:
        raise ValidationError(
            "tags", f"at most {MAX_TAGS} tags", code="too_many_tags", limit=MAX_TAGS
        )
    out: list[str] = []
    seen: set[str] = set()
    for i, tag in enumerate(value):
        clean = " ".join(text_value(tag, f"tags[{i}]").split())
        if not clean:
            raise ValidationError(f"tags[{i}]", "is empty", code="empty")
        if len(clean) > MAX_TAG:
            raise ValidationError(
                f"tags[{i}]",
                f"is longer than {MAX_TAG} characters",
                code="tag_too_long",
                limit=MAX_TAG,
            )
        if clean.casefold() not in seen:
            seen.add(clean.casefold())
            out.append(clean)
    return out


def _check_keys(data: dict[str, Any]) -> None:
    for key in data:
        if key not in COMMON_KEYS and key not in READ_ONLY_KEYS:
            raise ValidationError(key, "unknown field", code="unknown_field")


def record_from_input(data: Any, vocabulary: Vocabulary | None) -> Record:
    """Build a new record from record JSON; `type` and `date` are the only required keys."""
    if not isinstance(data, dict):
        raise ValidationError("record", "must be a JSON object", code="shape")
    _check_keys(data)
    if "type" not in data:
        raise ValidationError("type", "is required", code="required")
    try:
        record_type = RecordType(data["type"])
    except (ValueError, TypeError):
        raise ValidationError(
            "type", f"must be one of: {', '.join(t.value for t in RecordType)}", code="choice"
        ) from None
    if "date" not in data:
        raise ValidationError("date", "is required", code="required")
    now = utc_now()
    record = Record(
        id=new_record_id(),
        type=record_type,
        date=parse_date(data["date"], "date"),
        created=now,
        updated=now,
    )
    _apply_common(record, data)
    record.fields = validate_fields(record_type, data.get("fields", {}), vocabulary)
    return record


def record_with_changes(record: Record, changes: Any, vocabulary: Vocabulary | None) -> Record:
    """A copy of `record` with the given keys replaced; `fields` keys are merged
    (a field set to null is removed). The type cannot change."""
    if not isinstance(changes, dict):
        raise ValidationError("record", "must be a JSON object", code="shape")
    _check_keys(changes)
    if "id" in changes and changes["id"] != record.id:
        raise ValidationError("id", "does not match the record being edited", code="id_mismatch")
    if "type" in changes and changes["type"] != record.type.value:
        raise ValidationError(
            "type", "cannot be changed; add a new record instead", code="type_fixed"
        )
    updated = Record.from_stored(record.to_dict())
    if "date" in changes:
        updated.date = parse_date(changes["date"], "date")
    _apply_common(updated, changes)
    if "fields" in changes:
        if not isinstance(changes["fields"], dict):
            raise ValidationError("fields", "must be an object", code="shape")
        merged = dict(record.fields)
        merged.update(changes["fields"])
        updated.fields = validate_fields(record.type, merged, vocabulary)
    updated.updated = max(utc_now(), record.updated)
    return updated


def _apply_common(record: Record, data: dict[str, Any]) -> None:
    if "title" in data:
        record.title = " ".join(text_value(data["title"], "title", MAX_TITLE).split())
    if "tags" in data:
        record.tags = _tags(data["tags"])
    if "share" in data:
        try:
            record.share = Share(data["share"])
        except (ValueError, TypeError):
            raise ValidationError(
                "share", "must be one of: private, summary, full", code="choice"
            ) from None
    if "for_supervision" in data:
        if not isinstance(data["for_supervision"], bool):
            raise ValidationError("for_supervision", "must be true or false", code="shape")
        record.for_supervision = data["for_supervision"]
    if "shared_title" in data:
        record.shared_title = " ".join(
            text_value(data["shared_title"], "shared_title", MAX_TITLE).split()
        )
    if "shared_summary" in data:
        record.shared_summary = text_value(data["shared_summary"], "shared_summary", 5000)
