"""The pack's actions tables (page one's open actions, the done ones) give each
column room for its longest word: an owner of "supervisor" was printed as
"superviso / r" in the PDF (the Owner column was 12% of the width)."""

from __future__ import annotations

import re

from pdf_text import pdf_text

from journal_app.export.document import Document, Table
from journal_app.export.formats import write_document
from journal_app.services.pack_brief import ACTION_HEADERS, ACTION_WIDTHS

OWNERS = ("supervisor", "team leader", "both of us", "me")


def test_no_owner_or_status_is_broken_inside_a_word(tmp_path):
    rows = tuple(
        (
            "Look up the dates for the recovery college course for Person A.",
            owner,
            "14 September 2026",
            "Overdue",
            "22 February 2026",
        )
        for owner in OWNERS
    )
    doc = Document(
        "Supervision pack",
        (),
        "footer",
        (Table(ACTION_HEADERS, rows, "Overdue first", ACTION_WIDTHS),),
    )
    out = tmp_path / "actions.pdf"
    write_document(doc, "pdf", out)
    words = set(re.findall(r"[A-Za-z]+", pdf_text(out)))
    for word in ("supervisor", "leader", "Overdue", "September", "February"):
        assert word in words, word
