"""The files attached to an open entry, under it: Add, Open (a private copy handed to
the system's viewer, removed when the journal locks), Save as, Remove and Bring back,
each reachable by keyboard and named for screen readers (issue 18)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from journal_app.gui.widgets import attachments_panel
from journal_app.services import viewing

DATA = b"%PDF-1.4 a certificate for the open entry\n" * 20


def _opened(session, open_window, qtbot):
    record = session.save(
        None,
        {
            "type": "reflection",
            "date": "2026-11-16",
            "title": "Course day",
            "fields": {"model": "free", "text": "What I learnt"},
        },
    )
    window = open_window(session)
    window.show_section("timeline")
    qtbot.waitExposed(window)
    window.records.open_record(session.reader.get(record.id))
    return window, record, window.records.entry.attachments


def test_add_open_save_remove_and_bring_back(session, qtbot, open_window, tmp_path, monkeypatch):
    _window, record, panel = _opened(session, open_window, qtbot)
    assert panel.isVisible() and panel.empty.isVisible() and not panel.list.isVisible()
    assert not panel.open_button.isEnabled() and panel.add_button.isEnabled()

    source = tmp_path / "certificate.pdf"
    source.write_bytes(DATA)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    panel.add_button.click()
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("certificate.pdf (")
    assert [a.name for a in session.reader.attachments(record.id)] == ["certificate.pdf"]

    opened: list[QUrl] = []
    monkeypatch.setattr(
        attachments_panel.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    panel.open_button.click()
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "certificate.pdf" and copy.read_bytes() == DATA
    assert viewing.viewing_root() in copy.parents
    assert (copy.stat().st_mode & 0o077) == 0  # the worker's alone

    out = tmp_path / "saved.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    panel.save_button.click()
    assert out.read_bytes() == DATA

    panel.remove_button.click()
    assert panel.list.count() == 0 and panel.undo_button.isVisible()
    assert "certificate.pdf was taken off this entry." in panel.status.text()
    panel.undo_button.click()
    assert panel.list.count() == 1 and not panel.undo_button.isVisible()

    session.lock()
    assert not copy.exists()  # the private copy goes when the journal locks
    assert panel.list.count() == 0


def test_too_large_a_file_is_refused_with_its_name(
    session, qtbot, open_window, tmp_path, monkeypatch
):
    _window, record, panel = _opened(session, open_window, qtbot)
    big = tmp_path / "scan.tiff"
    with open(big, "wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(big), ""))
    )
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: said.append(text))
    )
    panel.add_button.click()
    assert said and "scan.tiff" in said[0] and "20 MB" in said[0]
    assert session.reader.attachments(record.id) == []


def test_every_control_is_named_and_reached_by_tab(
    session, qtbot, open_window, tmp_path, monkeypatch
):
    window, _record, panel = _opened(session, open_window, qtbot)
    source = tmp_path / "letter.txt"
    source.write_bytes(b"thank you")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    panel.add_button.click()
    assert panel.list.accessibleName() == "Attached files"
    assert panel.heading.buddy() is panel.list
    for button in (panel.add_button, panel.open_button, panel.save_button, panel.remove_button):
        assert button.text().replace("&", "") and button.toolTip()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.list.setFocus()
    reached = []
    for _ in range(6):  # Tab, as the keyboard moves
        window.focusNextChild()
        reached.append(QApplication.focusWidget())
    for button in (panel.add_button, panel.open_button, panel.save_button, panel.remove_button):
        assert button in reached


def test_a_new_entry_not_yet_saved_shows_no_panel(session, qtbot, open_window):
    window = open_window(session)
    window.show_section("timeline")
    qtbot.waitExposed(window)
    assert not window.records.entry.attachments.isVisible()


def test_copies_a_stopped_run_left_are_swept(tmp_path):
    folder = viewing.viewing_root() / "999999-0123abcd"
    folder.mkdir(parents=True)
    (folder / "left.pdf").write_bytes(b"left")
    mine = viewing.write_copy("mine.pdf", b"mine")
    viewing.sweep()
    assert not folder.exists() and mine.exists()
    viewing.remove_copies()
    assert not mine.exists()
