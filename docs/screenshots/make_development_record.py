"""Page one of a made-up development record, as docs/screenshots/development-record.png
(for the README):

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_development_record.py

Needs poppler's pdftoppm. A year of an invented peer support worker's training and
development goals, one training kept private (counted, never named), written to PDF
by the app's own renderer from a real (throwaway) journal."""

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from journal_app.export.formats import write_document  # noqa: E402
from journal_app.services.development_record import (  # noqa: E402
    DevelopmentOptions,
    build_development_record,
)
from journal_app.services.journal import Journal  # noqa: E402
from journal_app.vault.crypto import KdfParams  # noqa: E402

out = Path(tempfile.mkdtemp())
j, _ = Journal.create(out / "j.pswvault", "correct horse battery staple", KdfParams(19456, 2, 4))
areas = list(j.vocabulary.competences)
for data in (
    {
        "type": "training",
        "date": "2026-02-10",
        "title": "Trauma-informed practice day",
        "share": "full",
        "fields": {
            "kind": "course",
            "provider": "Recovery college",
            "hours": 6.5,
            "competences": [areas[0], areas[3]],
            "learning": "Grounding techniques, and offering choice before anything else.",
            "use_in_practice": "Start each first meeting by asking what helps.",
        },
    },
    {
        "type": "training",
        "date": "2026-04-22",
        "title": "Shadowing the crisis team",
        "share": "summary",
        "shared_summary": "Two shifts shadowing the crisis team.",
        "fields": {"kind": "shadowing", "provider": "Crisis team", "hours": 15,
                   "competences": [areas[5]], "learning": "Kept for me"},
    },
    {
        "type": "training",
        "date": "2026-06-03",
        "title": "Suicide prevention e-learning",
        "share": "full",
        "fields": {"kind": "e_learning", "provider": "Online module", "hours": 1,
                   "competences": [areas[6]]},
    },
    {"type": "training", "date": "2026-07-03", "title": "Kept private", "fields": {"hours": 3}},
    {
        "type": "goal",
        "date": "2026-01-15",
        "title": "Co-facilitate a peer group",
        "share": "full",
        "fields": {"status": "achieved", "target_date": "2026-09-30", "competences": [areas[10]],
                   "steps": "Co-facilitate three groups, then lead one.",
                   "progress": "Led the October group."},
    },
    {
        "type": "goal",
        "date": "2026-05-01",
        "title": "Complete the peer support certificate",
        "share": "summary",
        "fields": {"status": "active", "target_date": "2027-06-30"},
    },
):  # fmt: skip
    j.add(data)
record = build_development_record(
    j.records(),
    j.vocabulary,
    DevelopmentOptions(
        date(2025, 11, 17),
        date(2026, 11, 16),
        worker="Sam Lee",
        recipient="Annual appraisal",
        prepared_on=date(2026, 11, 16),
    ),
)
j.lock()
write_document(record.document, "pdf", out / "development-record.pdf")
subprocess.run(
    ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1",
     str(out / "development-record.pdf"), str(HERE / "development-record")],
    check=True,
)  # fmt: skip
print("wrote", HERE / "development-record.png")
