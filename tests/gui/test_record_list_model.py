"""Issue 20: the records list at any size. Its model builds nothing per row and keeps
its row count in C++ (a QStringListModel), so Qt's layout of every row never calls
Python; these check what a worker sees of it: the rows and their text, only the rows
drawn asked for, the entry kept chosen across a refresh, a search and a filter, and
the keys that move through the list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QStringListModel, Qt

from journal_app.domain.records import RecordType
from journal_app.domain.schema import record_from_input
from journal_app.gui.models.record_list import ID_ROLE, TITLE_ROLE, RecordListModel
from journal_app.gui.record_list_pane import RecordListPane

START = date(2026, 11, 20)


def _records(count: int) -> list:
    """`count` reflections, newest first, titled by their place in the list."""
    return [
        record_from_input(
            {
                "type": "reflection",
                "date": (START - timedelta(days=n // 3)).isoformat(),
                "title": f"Entry {n}",
            },
            None,
        )
        for n in range(count)
    ]


def test_rows_are_the_records_in_order_and_read_only(qtbot):
    records = _records(5)
    model = RecordListModel()
    model.set_records(records)
    assert model.rowCount() == 5
    assert [model.index(r).data(ID_ROLE) for r in range(5)] == [r.id for r in records]
    assert model.index(3).data(TITLE_ROLE) == "Entry 3"
    assert model.index(3).data(Qt.ItemDataRole.DisplayRole).endswith("Entry 3  [Private]")
    assert model.row_of(records[4].id) == 4 and model.row_of("no such id") == -1
    assert model.record_at(2) is records[2] and model.record_at(5) is None
    flags = model.flags(model.index(0))
    assert flags & Qt.ItemFlag.ItemIsSelectable and not flags & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0), "typed over", Qt.ItemDataRole.EditRole)
    assert model.index(0).data(TITLE_ROLE) == "Entry 0"

    model.set_records(records[3:])  # a refresh: the rows and their ids follow
    assert model.rowCount() == 2 and model.row_of(records[4].id) == 1
    assert model.row_of(records[0].id) == -1
    assert model.index(2).data(TITLE_ROLE) is None  # past the end: nothing
    model.clear()
    assert model.rowCount() == 0 and model.record_at(0) is None


def test_the_count_is_never_asked_of_python(qtbot):
    """Qt's layout asks the count about every row: answered in C++, never overridden."""
    for name in ("rowCount", "index", "columnCount", "parent", "hasIndex"):
        assert name not in vars(RecordListModel), name
    assert issubclass(RecordListModel, QStringListModel)


def test_only_the_rows_drawn_are_asked_for(qtbot, monkeypatch):
    rows_asked: set[int] = set()
    original = RecordListModel.data

    def counting(self, index, role=0):
        rows_asked.add(index.row())
        return original(self, index, role)

    monkeypatch.setattr(RecordListModel, "data", counting)
    pane = RecordListPane()
    qtbot.addWidget(pane)
    pane.resize(400, 600)
    pane.show()
    pane.show_records(_records(3000), [], False)
    pane.list.viewport().repaint()
    qtbot.wait(10)
    assert pane.list.verticalScrollBar().maximum() > 0  # the bar covers the whole list
    assert rows_asked and max(rows_asked) < 100  # the first screen's cards, not 3,000
    rows_asked.clear()
    pane.list.scrollToBottom()
    pane.list.viewport().repaint()
    assert rows_asked and min(rows_asked) > 2900


def test_the_keys_move_through_the_whole_list(qtbot):
    records = _records(2000)
    pane = RecordListPane()
    qtbot.addWidget(pane)
    pane.resize(400, 600)
    pane.show()
    chosen: list = []
    pane.chosen.connect(chosen.append)
    pane.show_records(records, [], False)
    pane.list.setFocus()
    pane.select(records[10].id)
    assert pane.list.currentIndex().row() == 10 and chosen == []  # select() tells no one

    qtbot.keyClick(pane.list, Qt.Key.Key_End)
    assert chosen[-1] is records[-1]
    assert pane.list.visualRect(pane.list.currentIndex()).intersects(pane.list.viewport().rect())
    qtbot.keyClick(pane.list, Qt.Key.Key_Home)
    assert chosen[-1] is records[0]
    qtbot.keyClick(pane.list, Qt.Key.Key_PageDown)
    paged = pane.list.currentIndex().row()
    assert 1 < paged < 100 and chosen[-1] is records[paged]
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    assert chosen[-1] is records[paged + 1]
    edits: list = []
    pane.edit_requested.connect(lambda: edits.append(True))
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert edits == [True] and pane.list.state() != pane.list.State.EditingState


def _save(session, title: str, kind: str = "reflection", day: str = "2026-11-16", text=""):
    fields = {"model": "free", "text": text} if kind == "reflection" else {"discussed": text}
    return session.save(None, {"type": kind, "date": day, "title": title, "fields": fields})


def _titles(window) -> list[str]:
    model = window.records.model
    return [model.index(r).data(TITLE_ROLE) for r in range(model.rowCount())]


def test_the_chosen_entry_stays_chosen_across_a_refresh(session, open_window):
    first = _save(session, "Allotment", day="2026-11-10")
    _save(session, "Group", day="2026-11-12")
    window = open_window(session)
    window.show_section("timeline")
    window.records.open_record(session.reader.get(first.id))
    assert window.records.list.currentIndex().data(ID_ROLE) == first.id

    _save(session, "Newer than both", day="2026-11-18")  # the list is filled again
    assert _titles(window) == ["Newer than both", "Group", "Allotment"]
    current = window.records.list.currentIndex()
    assert current.row() == 2 and current.data(ID_ROLE) == first.id
    assert window.records.list.selectionModel().isSelected(current)


def test_the_list_after_a_search_and_a_filter(session, qtbot, open_window):
    _save(session, "Allotment", text="We planted beans.")
    _save(session, "Boundaries", kind="supervision", text="Saying no kindly to beans.")
    _save(session, "Group", text="Nothing about vegetables.")
    window = open_window(session)
    window.show_section("timeline")
    assert sorted(_titles(window)) == ["Allotment", "Boundaries", "Group"]

    qtbot.keyClicks(window.records.search, "bean")
    qtbot.waitUntil(lambda: window.records.model.rowCount() == 2, timeout=3000)
    assert sorted(_titles(window)) == ["Allotment", "Boundaries"]
    kind = window.records.list_pane.kind
    kind.setCurrentIndex(kind.findData(RecordType.SUPERVISION))
    assert _titles(window) == ["Boundaries"]

    window.records.search.clear()
    qtbot.waitUntil(lambda: not window.records.list_pane._search_timer.isActive())
    assert _titles(window) == ["Boundaries"]  # the filter alone
    kind.setCurrentIndex(0)
    assert sorted(_titles(window)) == ["Allotment", "Boundaries", "Group"]
