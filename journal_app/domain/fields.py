"""The names of a record's fields, written once. domain/schema.py defines each record
type's fields by these names; services, export and the GUI read and write fields by
them rather than by string literals, so a renamed field cannot be missed somewhere.

The values are the names stored in the vault's record JSON (docs/FORMAT.md): they
never change. Members are `str`, so `record.fields[Field.NEXT_DATE]` and
`record.fields["next_date"]` are the same lookup.
"""

from __future__ import annotations

from enum import StrEnum


class RecordKey(StrEnum):
    """The keys every record has in its JSON, whatever its type."""

    TYPE = "type"
    DATE = "date"
    TITLE = "title"
    TAGS = "tags"
    SHARE = "share"
    FOR_SUPERVISION = "for_supervision"
    SHARED_TITLE = "shared_title"
    SHARED_SUMMARY = "shared_summary"
    FIELDS = "fields"


class Field(StrEnum):
    """The keys of a record's `fields`: each belongs to one or more record types."""

    # Reflection
    MODEL = "model"
    TEMPLATE = "template"
    DESCRIPTION = "description"
    FEELINGS = "feelings"
    EVALUATION = "evaluation"
    ANALYSIS = "analysis"
    CONCLUSION = "conclusion"
    ACTION_PLAN = "action_plan"
    WHAT = "what"  # reflection (Driscoll) and disclosure
    SO_WHAT = "so_what"
    NOW_WHAT = "now_what"
    TEXT = "text"
    NMC_WHAT_HAPPENED = "nmc_what_happened"
    NMC_LEARNING = "nmc_learning"
    NMC_PRACTICE_CHANGE = "nmc_practice_change"
    NMC_CODE_RELEVANCE = "nmc_code_relevance"
    PREP_BRING = "prep_bring"
    PREP_GOING_WELL = "prep_going_well"
    PREP_SUPPORT_NEEDED = "prep_support_needed"
    ENDING_PLANNED = "ending_planned"
    ENDING_MARKED = "ending_marked"
    ENDING_NEXT_SUPPORT = "ending_next_support"
    ENDING_FEELINGS = "ending_feelings"
    SECTIONS = "sections"
    SESSION_KIND = "session_kind"
    SETTING = "setting"  # reflection: text; disclosure: a choice (where it was)
    MOOD_AFTER = "mood_after"
    BOUNDARY = "boundary"  # the reflection involves a boundary question
    BOUNDARY_ASKED = "boundary_asked"
    BOUNDARY_IN_ROLE = "boundary_in_role"
    BOUNDARY_DID = "boundary_did"
    BOUNDARY_TALKED_TO = "boundary_talked_to"
    SAFEGUARDING = "safeguarding"  # the reflection involves a safeguarding concern
    SAFEGUARDING_PROCEDURE = "safeguarding_procedure_followed"
    SAFEGUARDING_REPORTED_TO = "safeguarding_reported_to"
    SAFEGUARDING_REPORTED_WHEN = "safeguarding_reported_when"
    DEBRIEF_NEEDED = "debrief_needed"
    # Disclosure
    DECISION = "decision"
    PURPOSES = "purposes"
    PURPOSE_OTHER = "purpose_other"
    CONSIDERATIONS = "considerations"
    RECEIVED = "received"
    FEELINGS_AFTER = "feelings_after"
    LEARNING = "learning"
    # Supervision
    SUPERVISOR = "supervisor"
    SUPERVISOR_ROLE = "supervisor_role"
    FUNCTIONS = "functions"
    WELLBEING_BEFORE = "wellbeing_before"
    WELLBEING_AFTER = "wellbeing_after"
    AGENDA = "agenda"
    DISCUSSED = "discussed"
    SUPPORT_OFFERED = "support_offered"
    ACTIONS = "actions"
    NEXT_DATE = "next_date"
    # Check-in
    MOOD = "mood"
    STRESS = "stress"
    ENERGY = "energy"
    NOTE = "note"
    # Training (and LEARNING, above, for what I learnt)
    KIND = "kind"
    PROVIDER = "provider"
    HOURS = "hours"
    USE_IN_PRACTICE = "use_in_practice"
    GOALS = "goals"  # the ids of the development goals a training entry counts towards
    # Development goal
    TARGET_DATE = "target_date"
    STATUS = "status"
    STEPS = "steps"
    PROGRESS = "progress"
    # Wellness Action Plan
    KEEPS_ME_WELL = "keeps_me_well"
    EARLY_SIGNS = "early_signs"
    TRIGGERS = "triggers"
    SUPPORT_FROM_MANAGER = "support_from_manager"
    IF_UNWELL = "if_unwell"
    MY_CONTACTS = "my_contacts"
    REVIEW_DATE = "review_date"
    # Reflection, disclosure and supervision (themes); those, training and goals
    # (competences)
    THEMES = "themes"
    COMPETENCES = "competences"


class ActionField(StrEnum):
    """The keys of one agreed action in a supervision note's `actions` list."""

    TEXT = "text"
    OWNER = "owner"
    DUE = "due"
    STATUS = "status"


class SectionField(StrEnum):
    """The keys of one section of a reflection written to the worker's own template."""

    HEADING = "heading"
    TEXT = "text"
