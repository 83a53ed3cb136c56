"""Issue 20: a list of 100,000 entries must not hold the window while Qt lays it out.
Qt asks the model about every row it lays out; the list lays out a batch per turn of
the event loop, so the first paint asks about a batch, not about every row."""

from __future__ import annotations

from journal_app.gui.models.record_list import RecordListModel
from journal_app.gui.record_list_pane import LAYOUT_BATCH, RecordListPane

ROWS = 5 * LAYOUT_BATCH


class CountingModel(RecordListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked = 0

    def rowCount(self, parent=None):
        self.asked += 1
        return super().rowCount() if parent is None else super().rowCount(parent)


def test_the_first_paint_lays_out_a_batch_of_rows_not_all(session, qtbot):
    session.save(None, {"type": "reflection", "date": "2026-11-16", "title": "Group"})
    record = session.reader.records()[0]
    pane = RecordListPane()
    qtbot.addWidget(pane)
    model = CountingModel(pane)
    pane.model = model
    pane.list.setModel(model)
    pane.resize(440, 700)
    pane.show()
    qtbot.waitExposed(pane)

    model.asked = 0
    pane.show_records([record] * ROWS, [], False)
    pane.list.viewport().repaint()
    last = model.index(ROWS - 1)
    assert pane.list.visualRect(model.index(0)).isValid()  # the top is shown
    assert not pane.list.visualRect(last).isValid()  # the end is not laid out yet
    assert model.asked < ROWS  # before, Qt asked twice for each of the ROWS rows

    # The rest is laid out over the next turns of the event loop: the end is reachable.
    qtbot.waitUntil(lambda: pane.list.visualRect(last).isValid(), timeout=10_000)
    pane.list.scrollToBottom()
    assert pane.list.viewport().rect().intersects(pane.list.visualRect(last))  # on screen
