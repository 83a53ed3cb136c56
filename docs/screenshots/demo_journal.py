"""The demo journal the screenshots show: three months of an invented peer support
worker's entries and a year of their training and development goals, with a Wellness
Action Plan and one template of their own, dated back from today so the "soon" and
"overdue" parts show.

Everything here is made up. People supported appear as initials or pseudonyms; the
only full names are the invented worker and supervisor, and the one phone number is
from Ofcom's range kept for drama (07700 900xxx), so the pack's check has something
to find."""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import demo_growth

ROOT = Path(__file__).resolve().parents[2]
WORKER = "Sam Lee"
SUPERVISOR = "Alex Morgan"
SPAN_DAYS = 92  # the corpus filler is spread over the last three months


def _day(today: date, days_ago: int) -> str:
    return (today - timedelta(days=days_ago)).isoformat()


def reflections(today: date) -> list[dict[str, Any]]:
    return [
        {
            "type": "reflection",
            "date": _day(today, 1),
            "title": "First walk-and-talk with R.",
            "share": "summary",
            "for_supervision": True,
            "shared_summary": "A first meeting outdoors went better than in the office; "
            "I want to talk about pacing.",
            "tags": ["1:1", "community"],
            "fields": {
                "model": "gibbs",
                "description": "Met R. at the park gates instead of the office, as they "
                "had asked. We walked two laps of the lake and talked about their week, "
                "the new flat and how hard the first nights alone have been.",
                "feelings": "A bit anxious before: outdoors I have less control of the "
                "setting. Once we were walking I felt settled and present.",
                "evaluation": "R. talked more freely side by side than face to face. We "
                "ran ten minutes over and I noticed I was tired afterwards.",
                "analysis": "Walking takes the pressure off eye contact, which R. "
                "mentioned finds hard. Running over was my choice, not theirs.",
                "conclusion": "Worth doing again, with a clear end point agreed at the start.",
                "action_plan": "Agree a route and a finish time next week; bring it to "
                "supervision.",
                "session_kind": "one_to_one",
                "setting": "community",
                "themes": ["boundaries", "hope_recovery"],
                "mood_after": 7,
            },
        },
        {
            "type": "reflection",
            "date": _day(today, 9),
            "title": "Recovery college: session three",
            "share": "full",
            "tags": ["group", "recovery college"],
            "fields": {
                "model": "driscoll",
                "what": "I co-facilitated the third week of the Understanding Anxiety "
                "course. Eleven people came; two were new.",
                "so_what": "One new learner left halfway through. I followed them out "
                "and we talked for a few minutes; they came back for the last part.",
                "now_what": "Offer a quiet seat near the door from the start, and say "
                "in the welcome that leaving and coming back is fine.",
                "session_kind": "group",
                "setting": "recovery college",
                "themes": ["hope_recovery"],
                "mood_after": 8,
            },
        },
        {
            "type": "reflection",
            "date": _day(today, 15),
            "title": "Phone call that ended early",
            "share": "private",
            "tags": ["phone"],
            "fields": {
                "model": "free",
                "text": "T. rang to cancel and then stayed on the line for twenty "
                "minutes. They were low and I mostly listened. I checked they were safe "
                "and knew how to reach the crisis line tonight. Afterwards I wrote the "
                "call up and took five minutes outside before the next one.",
                "session_kind": "phone",
                "themes": ["self_care"],
                "mood_after": 5,
            },
        },
        {
            "type": "reflection",
            "date": _day(today, 40),
            "title": "Saying goodbye to D.M.",
            "share": "summary",
            "shared_summary": "A planned ending after six months, marked together.",
            "tags": ["1:1"],
            "fields": {
                "model": "ending",
                "ending_planned": "planned",
                "ending_marked": "We looked back at the goals D.M. set in the spring and "
                "ticked off the ones they reached. They brought a card.",
                "ending_next_support": "The community group on Thursdays, and the "
                "drop-in if things get harder.",
                "ending_feelings": "Proud of them, and a little sad. I noticed I wanted "
                "to offer 'one more session', and didn't.",
                "themes": ["endings"],
                "mood_after": 7,
            },
        },
    ]


def disclosures(today: date) -> list[dict[str, Any]]:
    return [
        {
            "type": "disclosure",
            "date": _day(today, 3),
            "title": "Sharing about the bus",
            "share": "summary",
            "shared_summary": "Shared a little of my own anxiety on buses; it helped.",
            "tags": ["1:1"],
            "fields": {
                "decision": "partly_shared",
                "what": "I said that buses used to be hard for me too and that I "
                "practised one stop at a time. I did not go into why.",
                "purposes": ["instil_hope", "normalise"],
                "considerations": {
                    "whose_needs": "Theirs: R. asked whether anyone really gets better.",
                    "relevant": "Yes, it matched what they described.",
                    "ready": "Yes, I have talked this through before.",
                },
                "received": "R. smiled and asked how long it took. We planned one stop "
                "for next week.",
                "feelings_after": "Comfortable. It felt like the right amount.",
                "learning": "Short and specific works better than my whole story.",
                "themes": ["lived_experience", "hope_recovery"],
            },
        },
    ]


def supervision(today: date) -> list[dict[str, Any]]:
    role = "line_manager"
    who = f"{SUPERVISOR}, peer support lead"
    return [
        {
            "type": "supervision",
            "date": _day(today, 60),
            "title": "Monthly supervision",
            "share": "summary",
            "shared_summary": "Caseload, the recovery college course and training.",
            "fields": {
                "supervisor": who,
                "supervisor_role": role,
                "functions": ["normative", "formative"],
                "wellbeing_before": 6,
                "wellbeing_after": 7,
                "agenda": "Caseload; the recovery college course; training.",
                "discussed": "We went through my caseload and agreed that eight people "
                "is the right number for now. I asked about the anxiety course.",
                "support_offered": "Time to shadow the course lead first.",
                "actions": [
                    {
                        "text": "Shadow one recovery college session",
                        "owner": "me",
                        "due": _day(today, 45),
                        "status": "done",
                    },
                    {
                        "text": "Book the lone working refresher",
                        "owner": "me",
                        "due": _day(today, 4),
                        "status": "open",
                    },
                ],
                "next_date": _day(today, 32),
                "themes": ["boundaries"],
            },
        },
        {
            "type": "supervision",
            "date": _day(today, 32),
            "title": "Restorative supervision",
            "share": "full",
            "for_supervision": False,
            "fields": {
                "supervisor": who,
                "supervisor_role": role,
                "functions": ["restorative"],
                "wellbeing_before": 4,
                "wellbeing_after": 7,
                "agenda": "A hard week; the ending with D.M.",
                "discussed": "I talked about feeling stretched after two difficult "
                "calls. We looked at what helps me switch off after work.",
                "support_offered": "A later start on Mondays for a month.",
                "actions": [
                    {
                        "text": "Write a short after-work routine and try it for two weeks",
                        "owner": "me",
                        "due": _day(today, 18),
                        "status": "done",
                    },
                    {
                        "text": "Ask about peer supervision with the other PSWs",
                        "owner": "supervisor",
                        "due": _day(today, -10),
                        "status": "open",
                    },
                ],
                "next_date": _day(today, 4),
                "themes": ["self_care"],
            },
        },
        {
            "type": "supervision",
            "date": _day(today, 4),
            "title": "Monthly supervision",
            "share": "summary",
            "shared_summary": "Walk-and-talk sessions and pacing.",
            "fields": {
                "supervisor": who,
                "supervisor_role": role,
                "functions": ["formative", "restorative"],
                "wellbeing_before": 6,
                "wellbeing_after": 8,
                "agenda": "Walk-and-talk sessions; pacing my week.",
                "discussed": "Meeting people outdoors suits some of them. We agreed a "
                "simple check before each walk: route, time, and a phone signal.",
                "support_offered": "A copy of the lone working policy.",
                "actions": [
                    {
                        "text": "Draft a one-page guide for walk-and-talk sessions",
                        "owner": "me",
                        "due": _day(today, -14),
                        "status": "open",
                    },
                ],
                "next_date": _day(today, -3),
                "themes": ["boundaries", "self_care"],
            },
        },
    ]


def checkins(today: date) -> list[dict[str, Any]]:
    """A check-in every week or so, the mood dipping a month ago and recovering."""
    notes = {
        0: "Good day. Finished my notes on time.",
        28: "Tired after two long calls. Early night.",
        35: "Low and flat; talked to a friend in the evening.",
        63: "Settled into the new rota.",
    }
    out = []
    for days_ago in range(0, SPAN_DAYS, 7):
        dip = max(0, 3 - abs(days_ago - 32) // 4)
        fields: dict[str, Any] = {
            "mood": 7 - dip,
            "stress": 4 + dip,
            "energy": 6 - dip // 2,
        }
        if days_ago in notes:
            fields["note"] = notes[days_ago]
        out.append(
            {
                "type": "checkin",
                "date": _day(today, days_ago),
                "title": "",
                "share": "summary" if days_ago < 60 else "private",
                "fields": fields,
            }
        )
    return out


def filler(today: date, count: int = 40) -> list[dict[str, Any]]:
    """More reflections and disclosures from the benchmark's corpus (invented text
    from phrase banks), spread over the last three months."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus

    rng = random.Random(17)
    out = []
    for data in corpus.generate(count * 3, seed=7, end=today):
        if data["type"] not in ("reflection", "disclosure"):
            continue
        data["date"] = _day(today, rng.randint(5, SPAN_DAYS))
        # An organisation's competences (recruiting and supporting PSWs) are not the
        # worker's to name in a reflection.
        fields = data["fields"]
        fields["competences"] = [
            c for c in fields.get("competences", []) if not c.startswith("organisational.")
        ]
        out.append(data)
        if len(out) == count:
            break
    return out


def fill(journal, today: date) -> dict[str, str]:
    """Write the demo journal; returns the ids of the records the pictures open."""
    from journal_app.domain.schema import record_from_input
    from journal_app.services.journal import DISPLAY_NAME, SUPERVISORS
    from journal_app.services.own_templates import create_template
    from journal_app.services.share_history import ShareEntry, record_share

    vocab = journal.vocabulary
    journal.save_settings({DISPLAY_NAME: WORKER, SUPERVISORS: [SUPERVISOR]})
    journal.save_many(record_from_input(d, vocab) for d in filler(today))
    journal.save_many(record_from_input(d, vocab) for d in checkins(today))
    ids: dict[str, str] = {}
    for kind, items in (
        ("supervision", supervision(today)),
        ("disclosure", disclosures(today)),
        ("reflection", reflections(today)),
    ):
        for data in items:
            record = journal.add(data)
            ids.setdefault(kind, record.id)
    active, achieved = (journal.add(data).id for data in demo_growth.goals(today))
    ids["goal"] = active
    for data in demo_growth.training(today, active, achieved):
        ids.setdefault("training", journal.add(data).id)
    ids["wellness_plan"] = journal.add(demo_growth.wellness_plan(today)).id
    create_template(journal, demo_growth.TEMPLATE_NAME, demo_growth.TEMPLATE_HEADINGS)
    checkin = journal.records()
    ids["checkin"] = next(r.id for r in checkin if r.type.value == "checkin")
    # A phone number (Ofcom's drama range) in a shared entry: the pack's check finds it.
    journal.add(
        {
            "type": "reflection",
            "date": _day(today, 11),
            "title": "Helping K. call the housing team",
            "share": "full",
            "tags": ["1:1"],
            "fields": {
                "model": "free",
                "text": "K. wanted support to ring the housing team about the repairs. "
                "We rang 07700 900461 together and K. did most of the talking.",
                "themes": ["hope_recovery"],
            },
        }
    )
    ids["history"] = _edited_twice(journal, today).id
    for data in (reflections(today)[0], disclosures(today)[0]):
        copy = dict(data, title="Draft: " + data["title"], date=_day(today, 20))
        journal.move_to_trash(journal.add(copy).id)
    for weeks, fmt in ((9, "pdf"), (5, "odt")):  # two packs, a month each, sent after
        start, end = today - timedelta(weeks=weeks + 4), today - timedelta(weeks=weeks)
        when = datetime.combine(end + timedelta(days=1), time(15, 20), UTC)
        shared = [
            r for r in journal.records() if r.share.value != "private" and start <= r.date <= end
        ][:8]
        record_share(
            journal,
            ShareEntry(
                when=when,
                recipient=SUPERVISOR,
                format=fmt,
                start=start,
                end=end,
                record_ids=tuple(r.id for r in shared),
                file_name=f"supervision-pack.{fmt}",
                levels={r.id: r.share.value for r in shared},
            ),
        )
    return ids


def _edited_twice(journal, today: date):
    record = journal.add(
        {
            "type": "reflection",
            "date": _day(today, 6),
            "title": "Group at the allotment",
            "share": "summary",
            "shared_summary": "A calm group session outdoors.",
            "tags": ["group"],
            "fields": {
                "model": "gibbs",
                "description": "Walked with the group to the allotment and we talked "
                "about hope and what next week could look like.",
                "feelings": "Nervous at first, then calm.",
                "themes": ["hope_recovery"],
            },
        }
    )
    journal.edit(
        record.id,
        {
            "title": "Allotment group",
            "fields": {
                "description": "Walked with the group to the allotment; we talked about "
                "hope, planting and what next week might look like.",
                "feelings": "Nervous at first, then calm and hopeful.",
                "evaluation": "Good pace; I listened more than I spoke.",
            },
        },
    )
    return journal.get(record.id)
