"""The words a supervision pack uses for record fields and their choices (the pack is
written in English, en-GB; the GUI's editors carry their own translatable labels)."""

from __future__ import annotations

from datetime import date
from typing import Any

from journal_app.domain.fields import ActionField, Field
from journal_app.domain.records import RecordType

SECTION_TITLES = {
    RecordType.REFLECTION: "Reflections",
    RecordType.DISCLOSURE: "Disclosure decisions",
    RecordType.SUPERVISION: "Supervision notes",
    RecordType.CHECKIN: "Check-ins",
    RecordType.TRAINING: "Training and learning",
    RecordType.GOAL: "Development goals",
    RecordType.WELLNESS_PLAN: "Wellness Action Plan",
}

# Field labels in the order a full record shows them.
FIELD_LABELS: dict[RecordType, dict[str, str]] = {
    RecordType.REFLECTION: {
        Field.MODEL: "Reflective model",
        Field.TEMPLATE: "Template",
        Field.SESSION_KIND: "Kind of session",
        Field.SETTING: "Setting",
        Field.DESCRIPTION: "Description",
        Field.FEELINGS: "Feelings",
        Field.EVALUATION: "Evaluation",
        Field.ANALYSIS: "Analysis",
        Field.CONCLUSION: "Conclusion",
        Field.ACTION_PLAN: "Action plan",
        Field.WHAT: "What?",
        Field.SO_WHAT: "So what?",
        Field.NOW_WHAT: "Now what?",
        Field.TEXT: "Reflection",
        Field.NMC_WHAT_HAPPENED: "What happened, or what was the feedback?",
        Field.NMC_LEARNING: "What did I learn?",
        Field.NMC_PRACTICE_CHANGE: "How did or will I change my practice?",
        Field.NMC_CODE_RELEVANCE: "How does it fit my role and values as a peer support worker?",
        Field.PREP_BRING: "What I want to bring",
        Field.PREP_GOING_WELL: "What is going well",
        Field.PREP_SUPPORT_NEEDED: "Support I need",
        Field.ENDING_PLANNED: "Was the ending planned?",
        Field.ENDING_MARKED: "How was it marked?",
        Field.ENDING_NEXT_SUPPORT: "What next support is in place?",
        Field.ENDING_FEELINGS: "How it felt",
        Field.SECTIONS: "Sections",
        Field.MOOD_AFTER: "Mood afterwards",
        Field.BOUNDARY: "A boundary question",
        Field.BOUNDARY_ASKED: "What was asked of me",
        Field.BOUNDARY_IN_ROLE: "Was it within my role?",
        Field.BOUNDARY_DID: "What I did",
        Field.BOUNDARY_TALKED_TO: "Who I talked to",
        Field.SAFEGUARDING: "A safeguarding concern",
        Field.SAFEGUARDING_PROCEDURE: "Did I follow the procedure?",
        Field.SAFEGUARDING_REPORTED_TO: "Reported to (role)",
        Field.SAFEGUARDING_REPORTED_WHEN: "Reported on",
        Field.DEBRIEF_NEEDED: "I need a debrief",
    },
    RecordType.DISCLOSURE: {
        Field.DECISION: "Decision",
        Field.SETTING: "Setting",
        Field.WHAT: "What was or was not shared",
        Field.PURPOSES: "Purpose",
        Field.PURPOSE_OTHER: "Other purpose",
        Field.CONSIDERATIONS: "What I weighed",
        Field.RECEIVED: "How it was received",
        Field.FEELINGS_AFTER: "How I felt after",
        Field.LEARNING: "What I learnt",
    },
    RecordType.SUPERVISION: {
        Field.SUPERVISOR: "Supervisor",
        Field.SUPERVISOR_ROLE: "Supervisor's role",
        Field.FUNCTIONS: "Functions covered",
        Field.WELLBEING_BEFORE: "Wellbeing before",
        Field.WELLBEING_AFTER: "Wellbeing after",
        Field.AGENDA: "Agenda",
        Field.DISCUSSED: "What was discussed",
        Field.SUPPORT_OFFERED: "Support offered",
        Field.ACTIONS: "Agreed actions",
        Field.NEXT_DATE: "Next supervision",
    },
    RecordType.CHECKIN: {
        Field.MOOD: "Mood",
        Field.STRESS: "Stress",
        Field.ENERGY: "Energy",
        Field.NOTE: "Note",
    },
    RecordType.TRAINING: {
        Field.KIND: "Kind of training",
        Field.PROVIDER: "Provider",
        Field.HOURS: "Hours",
        Field.LEARNING: "What I learnt",
        Field.USE_IN_PRACTICE: "How I will use it in practice",
        Field.GOALS: "Counts towards goals",
    },
    RecordType.GOAL: {
        Field.STATUS: "Status",
        Field.TARGET_DATE: "Target date",
        Field.STEPS: "Steps",
        Field.PROGRESS: "Progress",
    },
    RecordType.WELLNESS_PLAN: {
        Field.KEEPS_ME_WELL: "What keeps me well at work",
        Field.EARLY_SIGNS: "Early signs that I am not coping",
        Field.TRIGGERS: "Triggers at work",
        Field.SUPPORT_FROM_MANAGER: "Support I would like from my manager",
        Field.IF_UNWELL: "If I become unwell",
        Field.MY_CONTACTS: "Who to contact",
        Field.REVIEW_DATE: "Review date",
    },
}

# Fields holding a date, shown in words (5 October 2026) rather than as stored.
DATE_FIELDS = frozenset(
    {Field.NEXT_DATE, Field.SAFEGUARDING_REPORTED_WHEN, Field.TARGET_DATE, Field.REVIEW_DATE}
)

# Fields of more than one kind of entry, whose values are the vocabulary's ids.
VOCABULARY_FIELD_LABELS = {Field.THEMES: "Themes", Field.COMPETENCES: "Competence areas"}


def field_label(record_type: RecordType, name: str) -> str:
    """A field's name in words; a field no list names, from its key."""
    return (
        FIELD_LABELS.get(record_type, {}).get(name)
        or VOCABULARY_FIELD_LABELS.get(name)
        or name.replace("_", " ").capitalize()
    )


CHOICE_LABELS: dict[str, dict[str, str]] = {
    Field.MODEL: {
        # By what they ask, the author in brackets; PSWs are not NMC-registered, so
        # the stored key "nmc" is never shown.
        "gibbs": "Six steps from what happened to an action plan (Gibbs)",
        "driscoll": "What? So what? Now what? (Driscoll)",
        "free": "Free text",
        "nmc": (
            "Four questions: what happened, what I learnt, what I will change, how it fits my role"
        ),
        "supervision_prep": "Supervision preparation",
        "ending": "Ending",
        "custom": "My own template",
    },
    Field.SESSION_KIND: {
        "one_to_one": "One to one",
        "group": "Group",
        "phone": "Phone",
        "crisis": "Crisis",
        "other": "Other",
    },
    Field.ENDING_PLANNED: {"planned": "Planned", "unplanned": "Unplanned", "partly": "Partly"},
    Field.DECISION: {
        "shared": "Shared",
        "partly_shared": "Partly shared",
        "not_shared": "Not shared",
        "not_recorded": "Not recorded",
    },
    Field.PURPOSES: {
        "build_trust": "Build trust",
        "instil_hope": "Instil hope",
        "normalise": "Normalise",
        "model_recovery": "Model recovery",
        "show_empathy": "Show empathy",
        "other": "Other",
        "not_recorded": "Not recorded",
    },
    Field.CONSIDERATIONS: {
        "whose_needs": "Whose needs does it serve?",
        "relevant": "Is it relevant to them?",
        "ready": "Am I ready and steady to share it?",
        "how_much": "How much is enough?",
        "focus_on_them": "Will the focus stay on them?",
        "fine_if_repeated": "Would I be fine if it were repeated?",
        "policy_allows": "Does policy allow it?",
        "adjustments": "What adjustments do I want?",
        "who_needs_to_know": "Who needs to know?",
        "policy_says": "What does the policy say?",
    },
    Field.SETTING: {
        "person_supported": "With someone I support",
        "team_employer": "With my team or employer",
        "elsewhere": "Elsewhere",
        "not_recorded": "Not recorded",
    },
    Field.SUPERVISOR_ROLE: {
        "line_manager": "Line manager",
        "alternative_contact": "Alternative contact",
        "peer_supervisor": "Peer supervisor",
        "external": "External",
    },
    Field.FUNCTIONS: {
        "restorative": "Restorative",
        "formative": "Formative",
        "normative": "Normative",
    },
    Field.BOUNDARY_IN_ROLE: {
        "yes": "Yes",
        "partly": "Partly",
        "no": "No",
        "unsure": "Not sure",
    },
    Field.SAFEGUARDING_PROCEDURE: {
        "yes": "Yes",
        "partly": "Partly",
        "no": "No",
        "unsure": "Not sure",
    },
    # An agreed action's status and a development goal's (the same key, "status").
    ActionField.STATUS: {
        "open": "Open",
        "done": "Done",
        "active": "Active",
        "achieved": "Achieved",
        "dropped": "Dropped",
    },
    Field.KIND: {
        "course": "Course",
        "shadowing": "Shadowing",
        "reading": "Reading",
        "e_learning": "E-learning",
        "conference": "Conference",
        "other": "Other",
    },
}


def field_text(name: str, value: Any) -> str:
    """A plain field's value in words: choices by label, scores out of 10, hours, a
    ticked box as "Yes"."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(choice_label(name, str(v)) for v in value)
    if name == Field.HOURS and isinstance(value, int | float):
        return hours_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:g} out of 10"
    return choice_label(name, str(value)) if name in CHOICE_LABELS else str(value)


def hours_text(hours: float) -> str:
    """1 hour, 7.5 hours, 0 hours."""
    return "1 hour" if hours == 1 else f"{hours:g} hours"


def choice_label(field: str, value: str) -> str:
    """The label of one choice; an unknown value is shown as stored."""
    return CHOICE_LABELS.get(field, {}).get(value, value)


def long_date(day: date) -> str:
    """The one date style of the app and the pack: 5 October 2026."""
    return f"{day.day} {day:%B %Y}"
