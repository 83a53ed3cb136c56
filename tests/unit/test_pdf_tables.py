"""The PDF's tables are drawn without Qt's collapsed borders (issue 20).

With collapsed borders Qt works each edge out from the cells around it as it draws a
page (a third of the all-full pack's drawing at 20,000 records). A framed table is now
ruled by its cells: each draws a thin line along its own bottom edge and no other, so
no line is drawn twice: a rule under the header row and one between rows, with the
header shaded and every other row striped. Text positions are unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument, QTextFrameFormat, QTextTable

from journal_app.export.print_plan import Grid
from journal_app.export.qt_builder import Builder

SOLID = QTextFrameFormat.BorderStyle.BorderStyle_Solid


@pytest.fixture(autouse=True)
def _widgets_app(qapp, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return qapp


def _tables(grid: Grid, doc: QTextDocument) -> list[QTextTable]:
    Builder(doc, page_height=3000.0).build([[grid]])
    return [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def test_a_framed_table_is_ruled_by_its_cells_bottom_edges_only() -> None:
    rows = (("Action", "Owner"), *((f"Step {n}", "me") for n in range(5)))
    doc = QTextDocument()
    (table,) = _tables(Grid(rows), doc)
    fmt = table.format()
    assert not fmt.borderCollapse()
    assert fmt.border() == 0
    assert fmt.headerRowCount() == 1
    backgrounds = []
    for r in range(table.rows()):
        for c in range(table.columns()):
            cell = table.cellAt(r, c).format().toTableCellFormat()
            assert cell.bottomBorder() == 1 and cell.bottomBorderStyle() == SOLID
            for side in ("top", "left", "right"):
                style = getattr(cell, f"{side}BorderStyle")()
                assert style != SOLID or getattr(cell, f"{side}Border")() == 0, (r, c, side)
        backgrounds.append(table.cellAt(r, 0).format().background().color().name())
    header, stripe = backgrounds[0], backgrounds[2]
    assert header != stripe
    assert backgrounds[2::2] == [stripe] * 2
    assert len(set(backgrounds[1::2])) == 1 and backgrounds[1] not in (header, stripe)
    assert [table.cellAt(r, 0).firstCursorPosition().block().text() for r in (1, 5)] == [
        "Step 0",
        "Step 4",
    ]


def test_an_unframed_table_draws_no_line() -> None:
    doc = QTextDocument()
    (table,) = _tables(Grid((("Owner", "me"), ("Due", "Friday")), framed=False), doc)
    fmt = table.format()
    assert not fmt.borderCollapse()
    assert fmt.border() == 0
    cell = table.cellAt(0, 0).format().toTableCellFormat()
    assert cell.bottomBorderStyle() != SOLID
