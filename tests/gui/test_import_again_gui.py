"""File > Import entries twice (issue 19): the second time nothing is doubled, and the
message says how many entries were already in the journal."""

from __future__ import annotations

import json

from long_work import finish
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal_app.gui import file_actions

ENTRIES = [
    {"date": "2024-05-01", "time": "08:10", "title": "Old.", "body": "From jrnl"},
    {"date": "2024-05-02", "time": "19:45", "title": "Older.", "body": "Also from jrnl"},
]


def test_importing_the_same_file_twice_says_what_was_skipped(
    session, qtbot, tmp_path, monkeypatch, open_window
):
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"entries": ENTRIES}), "utf-8")
    label = file_actions._tr(file_actions.IMPORT_FORMATS[0][1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), label))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    window = open_window(session)

    assert finish(qtbot, file_actions.import_file(window, session)) == 2
    assert "2 entries were imported." in said[-1]
    assert "already" not in said[-1]

    assert finish(qtbot, file_actions.import_file(window, session)) == 0
    assert said[-1] == (
        "Nothing new was imported: all 2 entries in the file were already in the journal "
        "(imported before)."
    )
    assert len(session.journal) == 2
    assert window.records.model.rowCount() == 2

    third = {"date": "2024-05-03", "time": "07:00", "title": "New.", "body": "Fresh"}
    source.write_text(json.dumps({"entries": [*ENTRIES, third]}), "utf-8")
    assert finish(qtbot, file_actions.import_file(window, session)) == 1
    assert said[-1] == (
        "1 entry was imported. 2 were already in the journal (imported before) and were skipped."
    )
    assert len(session.journal) == 3
