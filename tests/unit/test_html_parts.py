"""The pack's HTML page in parts for the dialog's preview (export/html_parts.py): put
together, the parts hold every row once, the caption and column titles once, the
title page first and the footer last; a small page is the whole page unchanged."""

from __future__ import annotations

import re

from journal_app.export.document import Document, FieldList, Heading, Table
from journal_app.export.html import render_html
from journal_app.export.html_parts import html_parts


def document(rows: int) -> Document:
    table = Table(
        ("Action", "Status"),
        tuple((f"ROW-{n:04d}", "Open") for n in range(rows)),
        "Overdue first",
        (70, 30),
    )
    return Document(
        title="Supervision pack",
        details=(("Worker", "Sam Lee"),),
        footer="Confidential: shared by Sam Lee",
        blocks=(Heading("Open actions", 2), table, FieldList((("After", "THE-END"),))),
    )


def test_a_long_table_goes_on_in_the_next_parts_without_its_titles_again():
    doc = document(500)
    parts = list(html_parts(doc, first=3000, size=2000))
    assert len(parts) > 3
    joined = "".join(parts)
    assert re.findall(r"ROW-\d{4}", joined) == [f"ROW-{n:04d}" for n in range(500)]
    assert joined.count("<caption>") == 1 and joined.count('<th scope="col">Action') == 1
    assert joined.count("<table>") == joined.count("</table>") > 3
    top, bottom = '<header class="title-page">', '<footer class="page-footer">'
    assert [(top in p, bottom in p) for p in (parts[0], parts[-1])] == [
        (True, False),
        (False, True),
    ]
    assert all(top not in p and bottom not in p for p in parts[1:-1])
    assert "THE-END" in parts[-1]
    assert all(p.count("<style>") == 1 for p in parts)  # each part styled as the page is


def test_a_page_that_fits_the_first_part_is_the_page_itself():
    doc = document(5)
    assert list(html_parts(doc)) == [render_html(doc)]
