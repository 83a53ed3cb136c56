"""Field names as people read them, translated: how an error message names the field
it is about ("fields.actions[1].due" -> "Agreed actions, item 2, Due") where no
editor is at hand to name it by its own label (an import, a pack, a status change)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from journal_app.domain.fields import ActionField, Field, RecordKey, SectionField

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

# QT_TRANSLATE_NOOP marks the labels for lupdate; they are translated where shown.
LABELS: dict[str, str] = {
    RecordKey.TYPE: QT_TRANSLATE_NOOP("fields", "Kind of entry"),
    RecordKey.DATE: QT_TRANSLATE_NOOP("fields", "Date"),
    RecordKey.TITLE: QT_TRANSLATE_NOOP("fields", "Title"),
    RecordKey.TAGS: QT_TRANSLATE_NOOP("fields", "Tags"),
    RecordKey.SHARE: QT_TRANSLATE_NOOP("fields", "Share level"),
    RecordKey.FOR_SUPERVISION: QT_TRANSLATE_NOOP("fields", "Bring to supervision"),
    RecordKey.SHARED_TITLE: QT_TRANSLATE_NOOP("fields", "Shared title"),
    RecordKey.SHARED_SUMMARY: QT_TRANSLATE_NOOP("fields", "Shared summary"),
    RecordKey.FIELDS: QT_TRANSLATE_NOOP("fields", "The entry"),
    Field.MODEL: QT_TRANSLATE_NOOP("fields", "Reflective model"),
    Field.TEMPLATE: QT_TRANSLATE_NOOP("fields", "Template"),
    Field.DESCRIPTION: QT_TRANSLATE_NOOP("fields", "Description"),
    Field.FEELINGS: QT_TRANSLATE_NOOP("fields", "Feelings"),
    Field.EVALUATION: QT_TRANSLATE_NOOP("fields", "Evaluation"),
    Field.ANALYSIS: QT_TRANSLATE_NOOP("fields", "Analysis"),
    Field.CONCLUSION: QT_TRANSLATE_NOOP("fields", "Conclusion"),
    Field.ACTION_PLAN: QT_TRANSLATE_NOOP("fields", "Action plan"),
    Field.WHAT: QT_TRANSLATE_NOOP("fields", "What"),
    Field.SO_WHAT: QT_TRANSLATE_NOOP("fields", "So what?"),
    Field.NOW_WHAT: QT_TRANSLATE_NOOP("fields", "Now what?"),
    Field.TEXT: QT_TRANSLATE_NOOP("fields", "Reflection"),
    Field.NMC_WHAT_HAPPENED: QT_TRANSLATE_NOOP("fields", "What happened"),
    Field.NMC_LEARNING: QT_TRANSLATE_NOOP("fields", "What I learnt"),
    Field.NMC_PRACTICE_CHANGE: QT_TRANSLATE_NOOP("fields", "How my practice changes"),
    Field.NMC_CODE_RELEVANCE: QT_TRANSLATE_NOOP("fields", "Fit with my role and values"),
    Field.PREP_BRING: QT_TRANSLATE_NOOP("fields", "What I want to bring"),
    Field.PREP_GOING_WELL: QT_TRANSLATE_NOOP("fields", "What is going well"),
    Field.PREP_SUPPORT_NEEDED: QT_TRANSLATE_NOOP("fields", "Support I need"),
    Field.ENDING_PLANNED: QT_TRANSLATE_NOOP("fields", "Was the ending planned?"),
    Field.ENDING_MARKED: QT_TRANSLATE_NOOP("fields", "How was it marked?"),
    Field.ENDING_NEXT_SUPPORT: QT_TRANSLATE_NOOP("fields", "What next support is in place?"),
    Field.ENDING_FEELINGS: QT_TRANSLATE_NOOP("fields", "How it felt"),
    Field.SECTIONS: QT_TRANSLATE_NOOP("fields", "Sections"),
    Field.SESSION_KIND: QT_TRANSLATE_NOOP("fields", "Kind of session"),
    Field.SETTING: QT_TRANSLATE_NOOP("fields", "Setting"),
    Field.MOOD_AFTER: QT_TRANSLATE_NOOP("fields", "Mood afterwards"),
    Field.BOUNDARY: QT_TRANSLATE_NOOP("fields", "A boundary question"),
    Field.BOUNDARY_ASKED: QT_TRANSLATE_NOOP("fields", "What was asked of me"),
    Field.BOUNDARY_IN_ROLE: QT_TRANSLATE_NOOP("fields", "Was it within my role?"),
    Field.BOUNDARY_DID: QT_TRANSLATE_NOOP("fields", "What I did"),
    Field.BOUNDARY_TALKED_TO: QT_TRANSLATE_NOOP("fields", "Who I talked to"),
    Field.SAFEGUARDING: QT_TRANSLATE_NOOP("fields", "A safeguarding concern"),
    Field.SAFEGUARDING_PROCEDURE: QT_TRANSLATE_NOOP("fields", "Did I follow the procedure?"),
    Field.SAFEGUARDING_REPORTED_TO: QT_TRANSLATE_NOOP("fields", "Reported to (role)"),
    Field.SAFEGUARDING_REPORTED_WHEN: QT_TRANSLATE_NOOP("fields", "Reported on"),
    Field.DEBRIEF_NEEDED: QT_TRANSLATE_NOOP("fields", "I need a debrief"),
    Field.DECISION: QT_TRANSLATE_NOOP("fields", "Decision"),
    Field.PURPOSES: QT_TRANSLATE_NOOP("fields", "Purpose"),
    Field.PURPOSE_OTHER: QT_TRANSLATE_NOOP("fields", "Other purpose"),
    Field.CONSIDERATIONS: QT_TRANSLATE_NOOP("fields", "What I weighed"),
    Field.RECEIVED: QT_TRANSLATE_NOOP("fields", "How it was received"),
    Field.FEELINGS_AFTER: QT_TRANSLATE_NOOP("fields", "How I felt after"),
    Field.LEARNING: QT_TRANSLATE_NOOP("fields", "What I learnt"),
    Field.SUPERVISOR: QT_TRANSLATE_NOOP("fields", "Supervisor"),
    Field.SUPERVISOR_ROLE: QT_TRANSLATE_NOOP("fields", "Their role"),
    Field.FUNCTIONS: QT_TRANSLATE_NOOP("fields", "Functions covered"),
    Field.WELLBEING_BEFORE: QT_TRANSLATE_NOOP("fields", "My wellbeing before"),
    Field.WELLBEING_AFTER: QT_TRANSLATE_NOOP("fields", "My wellbeing after"),
    Field.AGENDA: QT_TRANSLATE_NOOP("fields", "Agenda"),
    Field.DISCUSSED: QT_TRANSLATE_NOOP("fields", "What was discussed"),
    Field.SUPPORT_OFFERED: QT_TRANSLATE_NOOP("fields", "Support offered"),
    Field.ACTIONS: QT_TRANSLATE_NOOP("fields", "Agreed actions"),
    Field.NEXT_DATE: QT_TRANSLATE_NOOP("fields", "Next supervision date"),
    Field.MOOD: QT_TRANSLATE_NOOP("fields", "Mood"),
    Field.STRESS: QT_TRANSLATE_NOOP("fields", "Stress"),
    Field.ENERGY: QT_TRANSLATE_NOOP("fields", "Energy"),
    Field.NOTE: QT_TRANSLATE_NOOP("fields", "Note"),
    Field.KIND: QT_TRANSLATE_NOOP("fields", "Kind of training"),
    Field.PROVIDER: QT_TRANSLATE_NOOP("fields", "Provider"),
    Field.HOURS: QT_TRANSLATE_NOOP("fields", "Hours"),
    Field.USE_IN_PRACTICE: QT_TRANSLATE_NOOP("fields", "How I will use it in practice"),
    Field.GOALS: QT_TRANSLATE_NOOP("fields", "Counts towards goals"),
    Field.TARGET_DATE: QT_TRANSLATE_NOOP("fields", "Target date"),
    Field.STATUS: QT_TRANSLATE_NOOP("fields", "Status"),
    Field.STEPS: QT_TRANSLATE_NOOP("fields", "Steps"),
    Field.PROGRESS: QT_TRANSLATE_NOOP("fields", "Progress"),
    Field.KEEPS_ME_WELL: QT_TRANSLATE_NOOP("fields", "What keeps me well at work"),
    Field.EARLY_SIGNS: QT_TRANSLATE_NOOP("fields", "Early signs that I am not coping"),
    Field.TRIGGERS: QT_TRANSLATE_NOOP("fields", "Triggers at work"),
    Field.SUPPORT_FROM_MANAGER: QT_TRANSLATE_NOOP("fields", "Support I would like from my manager"),
    Field.IF_UNWELL: QT_TRANSLATE_NOOP("fields", "If I become unwell"),
    Field.MY_CONTACTS: QT_TRANSLATE_NOOP("fields", "Who to contact"),
    Field.REVIEW_DATE: QT_TRANSLATE_NOOP("fields", "Review date"),
    Field.THEMES: QT_TRANSLATE_NOOP("fields", "Themes"),
    Field.COMPETENCES: QT_TRANSLATE_NOOP("fields", "Competences"),
    # Not a record's fields: the options of a pack or an export, and the record whole.
    "record": QT_TRANSLATE_NOOP("fields", "The entry"),
    "id": QT_TRANSLATE_NOOP("fields", "Entry id"),
    "from": QT_TRANSLATE_NOOP("fields", "From"),
    "to": QT_TRANSLATE_NOOP("fields", "To"),
    "layout": QT_TRANSLATE_NOOP("fields", "Layout"),
    "format": QT_TRANSLATE_NOOP("fields", "Format"),
    "out": QT_TRANSLATE_NOOP("fields", "Folder"),
    "file": QT_TRANSLATE_NOOP("fields", "File"),  # an evidence file to attach
    "name": QT_TRANSLATE_NOOP("fields", "File name"),
    # The worker's own templates (services/own_templates.py).
    "template_name": QT_TRANSLATE_NOOP("fields", "Template name"),
    "headings": QT_TRANSLATE_NOOP("fields", "Headings"),
    # The worker's own dictionary for the spell checker (services/personal_dictionary.py).
    "word": QT_TRANSLATE_NOOP("fields", "The word"),
    "words": QT_TRANSLATE_NOOP("fields", "Your dictionary"),
}

# The parts of one item in a list field: an agreed action or a section.
PART_LABELS: dict[str, str] = {
    ActionField.OWNER: QT_TRANSLATE_NOOP("fields", "Owner"),
    ActionField.DUE: QT_TRANSLATE_NOOP("fields", "Due"),
    ActionField.STATUS: QT_TRANSLATE_NOOP("fields", "Status"),
    SectionField.HEADING: QT_TRANSLATE_NOOP("fields", "Heading"),
    SectionField.TEXT: QT_TRANSLATE_NOOP("fields", "Text"),
    "prompt": QT_TRANSLATE_NOOP("fields", "Prompt"),
}
ACTION_TEXT = QT_TRANSLATE_NOOP("fields", "Action")

_PATH = re.compile(r"^(?:fields\.)?([a-z_]+)(?:\[(\d+)\])?(?:\.([a-z_]+))?$")


def field_label(path: str) -> str:
    """`path` as the form names it: "fields.next_date" -> "Next supervision date",
    "tags[2]" -> "Tags, item 3". A path not known here is shown as it is."""
    match = _PATH.match(path)
    if match is None or match.group(1) not in LABELS:
        return path
    name, index, part = match.groups()
    label = translate("fields", LABELS[name])
    if index is not None:
        label = translate("fields", "{label}, item {n}").format(label=label, n=int(index) + 1)
    if part is None:
        return label
    if name == Field.ACTIONS and part == ActionField.TEXT:
        part_label = translate("fields", ACTION_TEXT)
    elif part in PART_LABELS:
        part_label = translate("fields", PART_LABELS[part])
    else:
        part_label = part  # a considerations prompt or an unknown key, named as given
    return f"{label}, {part_label}"
