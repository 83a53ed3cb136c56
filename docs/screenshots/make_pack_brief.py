"""Page one of a realistic three-month supervision pack, as docs/screenshots/pack-brief.png,
and the page counts of the compact and complete layouts (for the README):

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_pack_brief.py

Needs poppler's pdftoppm and pdfinfo. The journal is made up: three months of a
peer support worker's reflections, check-ins, disclosure decisions and two
supervision notes, one with an action from August still open in October."""

import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from journal_app.export.formats import write_document
from journal_app.services.journal import Journal
from journal_app.services.pack import PackOptions, build_pack

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from journal_app.vault.crypto import KdfParams  # noqa: E402

FAST_KDF = KdfParams(19456, 2, 4)
out = Path(tempfile.mkdtemp())
vault = out / "j.pswvault"
j, _ = Journal.create(vault, "correct horse battery staple", FAST_KDF)
start = date(2026, 8, 1)


def add(d):
    return j.add(d)


add(
    {
        "type": "supervision",
        "date": "2026-08-14",
        "title": "August supervision",
        "share": "summary",
        "fields": {
            "supervisor": "Ann",
            "supervisor_role": "line_manager",
            "functions": ["normative", "formative"],
            "discussed": "Caseload and boundaries",
            "next_date": "2026-09-25",
            "actions": [
                {
                    "text": "Find an alternative contact outside line management",
                    "owner": "Me",
                    "due": "2026-09-01",
                },
                {
                    "text": "Read the lone-working policy",
                    "owner": "Me",
                    "due": "2026-08-30",
                    "status": "done",
                },
            ],
        },
    }
)
add(
    {
        "type": "supervision",
        "date": "2026-09-25",
        "title": "September supervision",
        "share": "full",
        "fields": {
            "supervisor": "Ann",
            "supervisor_role": "line_manager",
            "functions": ["restorative", "formative"],
            "wellbeing_before": 4,
            "wellbeing_after": 6,
            "discussed": "How the group ending went; pacing my week",
            "support_offered": "Time back after the crisis call",
            "next_date": "2026-11-06",
            "actions": [
                {
                    "text": "Book the trauma-informed care course",
                    "owner": "Me",
                    "due": "2026-11-30",
                },
                {
                    "text": "Arrange shadowing with the crisis team",
                    "owner": "Ann",
                    "due": "2026-10-20",
                },
                {"text": "Share the group feedback form", "owner": "Me", "status": "done"},
            ],
        },
    }
)
themes = [
    ["endings", "lived_experience"],
    ["boundaries"],
    ["hope_recovery", "training_need"],
    ["self_care"],
    ["teamwork", "service_ideas"],
]
for i in range(24):
    d = start + timedelta(days=3 * i + 1)
    share = ["summary", "private", "full", "summary"][i % 4]
    add(
        {
            "type": "reflection",
            "date": d.isoformat(),
            "title": f"After the Tuesday group, week {i + 1}",
            "shared_title": f"Group session {i + 1}" if share == "summary" else "",
            "share": share,
            "for_supervision": i % 5 == 0,
            "shared_summary": "I learnt to slow the pace so quieter members could speak."
            if share != "private"
            else "",
            "fields": {
                "model": "gibbs",
                "description": "Ran the group with a co-facilitator. " * 6,
                "feelings": "Nervous at first, then steadier as the group settled. " * 4,
                "evaluation": "The check-in round worked well; the ending was rushed. " * 3,
                "analysis": "I drew on my own experience of groups ending. " * 3,
                "conclusion": "Plan the ending ten minutes earlier.",
                "action_plan": "Ask for feedback next week.",
                "themes": themes[i % 5],
                "competences": ["relational.active-listening", "self-care.using-supervision"],
            },
        }
    )
for i in range(12):
    d = start + timedelta(days=7 * i + 2)
    add(
        {
            "type": "checkin",
            "date": d.isoformat(),
            "share": "summary",
            "fields": {"mood": 4 + i % 4, "stress": 7 - i % 3, "energy": 5 + i % 2},
        }
    )
for i in range(5):
    d = start + timedelta(days=15 * i + 5)
    add(
        {
            "type": "disclosure",
            "date": d.isoformat(),
            "title": f"Disclosure {i}",
            "share": "summary",
            "fields": {
                "decision": ["shared", "not_shared", "partly_shared"][i % 3],
                "purposes": ["instil_hope"],
            },
        }
    )
add(
    {
        "type": "reflection",
        "date": "2026-10-20",
        "title": "Prep for October",
        "share": "full",
        "for_supervision": True,
        "fields": {
            "model": "supervision_prep",
            "prep_bring": "Endings",
            "prep_going_well": "The group has grown to eight people and two now co-facilitate.",
            "prep_support_needed": "Time for training",
        },
    }
)
records = j.records()
for layout in ("compact", "complete"):
    opts = PackOptions(
        date(2026, 8, 1),
        date(2026, 10, 31),
        recipient="Ann Manager",
        worker="Sam Lee",
        include_wellbeing=True,
        layout=layout,
        prepared_on=date(2026, 11, 2),
    )
    pack = build_pack(records, j.vocabulary, opts)
    for fmt in ("pdf", "odt", "html", "md"):
        write_document(pack.document, fmt, out / f"pack-{layout}.{fmt}")
j.lock()

for layout in ("compact", "complete"):
    info = subprocess.run(
        ["pdfinfo", str(out / f"pack-{layout}.pdf")], capture_output=True, text=True
    )
    pages = next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages"))
    print(f"{layout}: {pages} pages")
subprocess.run(
    [
        "pdftoppm",
        "-r",
        "80",
        "-png",
        "-singlefile",
        "-f",
        "1",
        "-l",
        "1",
        str(out / "pack-compact.pdf"),
        str(HERE / "pack-brief"),
    ],
    check=True,
)
print("wrote", HERE / "pack-brief.png")
