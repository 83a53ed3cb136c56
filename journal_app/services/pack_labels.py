"""The words a supervision pack uses for record fields and their choices (the pack is
written in English, en-GB; the GUI's editors carry their own translatable labels)."""

from __future__ import annotations

from datetime import date
from typing import Any

from journal_app.domain.records import RecordType

SECTION_TITLES = {
    RecordType.REFLECTION: "Reflections",
    RecordType.DISCLOSURE: "Disclosure decisions",
    RecordType.SUPERVISION: "Supervision notes",
    RecordType.CHECKIN: "Check-ins",
}

# Field labels in the order a full record shows them.
FIELD_LABELS: dict[RecordType, dict[str, str]] = {
    RecordType.REFLECTION: {
        "model": "Reflective model",
        "template": "Template",
        "session_kind": "Kind of session",
        "setting": "Setting",
        "description": "Description",
        "feelings": "Feelings",
        "evaluation": "Evaluation",
        "analysis": "Analysis",
        "conclusion": "Conclusion",
        "action_plan": "Action plan",
        "what": "What?",
        "so_what": "So what?",
        "now_what": "Now what?",
        "text": "Reflection",
        "nmc_what_happened": "What happened, or what was the feedback?",
        "nmc_learning": "What did I learn?",
        "nmc_practice_change": "How did or will I change my practice?",
        "nmc_code_relevance": "How is it relevant to the code of conduct?",
        "prep_bring": "What I want to bring",
        "prep_going_well": "What is going well",
        "prep_support_needed": "Support I need",
        "ending_planned": "Was the ending planned?",
        "ending_marked": "How was it marked?",
        "ending_next_support": "What next support is in place?",
        "ending_feelings": "How it felt",
        "sections": "Sections",
        "mood_after": "Mood afterwards",
    },
    RecordType.DISCLOSURE: {
        "decision": "Decision",
        "what": "What was or was not shared",
        "purposes": "Purpose",
        "purpose_other": "Other purpose",
        "considerations": "What I weighed",
        "received": "How it was received",
        "feelings_after": "How I felt after",
        "learning": "What I learnt",
    },
    RecordType.SUPERVISION: {
        "supervisor": "Supervisor",
        "supervisor_role": "Supervisor's role",
        "functions": "Functions covered",
        "wellbeing_before": "Wellbeing before",
        "wellbeing_after": "Wellbeing after",
        "agenda": "Agenda",
        "discussed": "What was discussed",
        "support_offered": "Support offered",
        "actions": "Agreed actions",
        "next_date": "Next supervision",
    },
    RecordType.CHECKIN: {
        "mood": "Mood",
        "stress": "Stress",
        "energy": "Energy",
        "note": "Note",
    },
}

CHOICE_LABELS: dict[str, dict[str, str]] = {
    "model": {
        "gibbs": "Gibbs",
        "driscoll": "Driscoll",
        "free": "Free text",
        "nmc": "NMC revalidation",
        "supervision_prep": "Supervision preparation",
        "ending": "Ending",
        "custom": "My own template",
    },
    "session_kind": {
        "one_to_one": "One to one",
        "group": "Group",
        "phone": "Phone",
        "crisis": "Crisis",
        "other": "Other",
    },
    "ending_planned": {"planned": "Planned", "unplanned": "Unplanned", "partly": "Partly"},
    "decision": {
        "shared": "Shared",
        "partly_shared": "Partly shared",
        "not_shared": "Not shared",
        "not_recorded": "Not recorded",
    },
    "purposes": {
        "build_trust": "Build trust",
        "instil_hope": "Instil hope",
        "normalise": "Normalise",
        "model_recovery": "Model recovery",
        "show_empathy": "Show empathy",
        "other": "Other",
        "not_recorded": "Not recorded",
    },
    "considerations": {
        "whose_needs": "Whose needs does it serve?",
        "relevant": "Is it relevant to them?",
        "ready": "Am I ready and steady to share it?",
        "how_much": "How much is enough?",
        "focus_on_them": "Will the focus stay on them?",
        "fine_if_repeated": "Would I be fine if it were repeated?",
        "policy_allows": "Does policy allow it?",
    },
    "supervisor_role": {
        "line_manager": "Line manager",
        "alternative_contact": "Alternative contact",
        "peer_supervisor": "Peer supervisor",
        "external": "External",
    },
    "functions": {
        "restorative": "Restorative",
        "formative": "Formative",
        "normative": "Normative",
    },
    "status": {"open": "Open", "done": "Done", "dropped": "Dropped"},
}


def field_text(name: str, value: Any) -> str:
    """A plain field's value in words: choices by label, scores out of 10."""
    if isinstance(value, list):
        return ", ".join(choice_label(name, str(v)) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:g} out of 10"
    return choice_label(name, str(value)) if name in CHOICE_LABELS else str(value)


def choice_label(field: str, value: str) -> str:
    """The label of one choice; an unknown value is shown as stored."""
    return CHOICE_LABELS.get(field, {}).get(value, value)


def long_date(day: date) -> str:
    """The one date style of the app and the pack: 5 October 2026."""
    return f"{day.day} {day:%B %Y}"
