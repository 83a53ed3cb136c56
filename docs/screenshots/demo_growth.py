"""The demo worker's growth and wellbeing (for demo_journal.py): a year of training,
two development goals (one active, one achieved, with training counted towards
them), a Wellness Action Plan and one template of their own. All invented, in the
worker's own words; people appear only by role."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def _day(today: date, days_ago: int) -> str:
    return (today - timedelta(days=days_ago)).isoformat()


def goals(today: date) -> list[dict[str, Any]]:
    """Two development goals: one being worked on, one reached."""
    return [
        {
            "type": "goal",
            "date": _day(today, 70),
            "title": "Lead a recovery college session on my own",
            "share": "full",
            "fields": {
                "status": "active",
                "target_date": _day(today, -75),
                "steps": "Shadow the course lead for a full session.\n"
                "Co-facilitate the anxiety course.\n"
                "Run one session, with the lead in the room.\n"
                "Ask the learners and the lead what worked.",
                "progress": "I shadowed two sessions with the course lead and I am "
                "co-facilitating the anxiety course now. The trauma-informed day helped "
                "me think about how the room feels for someone new. Next: plan week five.",
                "competences": [
                    "supporting.meaningful-activities",
                    "relational.recovery-person-centred",
                ],
            },
        },
        {
            "type": "goal",
            "date": _day(today, 200),
            "title": "Feel confident about safeguarding",
            "share": "summary",
            "shared_summary": "Know the procedure well enough to act on it calmly.",
            "fields": {
                "status": "achieved",
                "target_date": _day(today, 120),
                "steps": "Do the level 2 safeguarding e-learning.\n"
                "Talk the procedure through in supervision.\n"
                "Find out who the safeguarding lead is in our team.",
                "progress": "Done. I know who to call, what to write down and by when, "
                "and I have followed the procedure once, calmly.",
                "competences": ["knowledge.safeguarding", "knowledge.confidentiality-consent"],
            },
        },
    ]


def training(today: date, active_goal: str, achieved_goal: str) -> list[dict[str, Any]]:
    """A year of learning: a course, shadowing, an e-learning module and some reading
    (kept private: a pack or development record counts it but never names it)."""
    return [
        {
            "type": "training",
            "date": _day(today, 24),
            "title": "Trauma-informed practice",
            "share": "full",
            "tags": ["course"],
            "fields": {
                "kind": "course",
                "provider": "Trust learning and development team",
                "hours": 6.5,
                "learning": "The five principles: safety, trustworthiness, choice, "
                "collaboration and empowerment. Asking ‘what happened to you?’ rather "
                "than ‘what is wrong with you?’, and noticing how a waiting room or a "
                "closed door can feel unsafe to someone.",
                "use_in_practice": "At a first meeting, offer choices before anything "
                "else: where to sit, whether to walk, how long we talk and how we end.",
                "competences": [
                    "knowledge.trauma-informed-care",
                    "relational.peer-relationship",
                ],
                "goals": [active_goal],
            },
        },
        {
            "type": "training",
            "date": _day(today, 46),
            "title": "Shadowing the recovery college course lead",
            "share": "summary",
            "shared_summary": "Two sessions alongside the course lead.",
            "fields": {
                "kind": "shadowing",
                "provider": "Recovery college",
                "hours": 5,
                "learning": "How the lead opens with a short check-in round and keeps to "
                "time without rushing anyone. Learners choose the topics for the later "
                "weeks, so the course is made with them, not for them.",
                "use_in_practice": "Start each group with a check-in round, and agree the "
                "finish time out loud at the start.",
                "competences": [
                    "supporting.meaningful-activities",
                    "relational.active-listening",
                ],
                "goals": [active_goal],
            },
        },
        {
            "type": "training",
            "date": _day(today, 150),
            "title": "Safeguarding adults, level 2",
            "share": "full",
            "fields": {
                "kind": "e_learning",
                "provider": "Trust e-learning",
                "hours": 3,
                "learning": "The six principles of adult safeguarding, and that making "
                "safeguarding personal means asking the person what they want to happen. "
                "Who to contact in our team, and what to write down and when.",
                "use_in_practice": "Keep the procedure's flowchart in my folder, and raise "
                "any worry with the duty worker the same day.",
                "competences": ["knowledge.safeguarding", "knowledge.confidentiality-consent"],
                "goals": [achieved_goal],
            },
        },
        {
            "type": "training",
            "date": _day(today, 95),
            "title": "Reading about sharing lived experience",
            "share": "private",
            "fields": {
                "kind": "reading",
                "provider": "Our team's reading group",
                "hours": 1.5,
                "learning": "Sharing is a tool for the other person, not a story about "
                "me. A short, specific example usually helps more than the whole story.",
                "competences": ["relational.sharing-lived-experience"],
            },
        },
    ]


def wellness_plan(today: date) -> dict[str, Any]:
    return {
        "type": "wellness_plan",
        "date": _day(today, 26),
        "title": "My Wellness Action Plan",
        "share": "private",
        "fields": {
            "keeps_me_well": "A walk at lunchtime, even a short one. Not reading work "
            "messages after 7 pm. Sunday dinner with my sister. Writing here after a hard "
            "day, then closing the laptop.",
            "early_signs": "I skip lunch and stay late. I go quiet in team meetings. I "
            "sleep badly and stop going for my walk.",
            "triggers": "Several calls in a row about crisis or loss. Long stretches of "
            "lone working. Rota changes at short notice.",
            "support_from_manager": "A quick check-in after a difficult call, even a "
            "message. Notice of rota changes where possible. Time in supervision to talk "
            "about how I am, not only my caseload.",
            "if_unwell": "I will tell Alex early, by text if a call feels too much. I "
            "would like my work covered without a fuss, and a short call before I come "
            "back to agree a gentle first week.",
            "my_contacts": "Alex Morgan, my line manager. My GP surgery. The employee "
            "assistance line (in Preferences).",
            "review_date": _day(today, -64),
        },
    }


# The worker's own reflection template, offered in File > New.
TEMPLATE_NAME = "After a hard call"
TEMPLATE_HEADINGS = [
    {"heading": "What happened", "prompt": "Briefly, without names."},
    {"heading": "How it left me", "prompt": "In my body, my mood and my thoughts."},
    {"heading": "What I did to look after myself", "prompt": ""},
    {
        "heading": "For supervision",
        "prompt": "Anything I do not want to carry on my own.",
    },
]
