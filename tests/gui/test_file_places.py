"""Every file dialog opens in Documents, or in the home folder when there is no
Documents folder, never in the folder the app was started in (issue 17: "Save as
PDF" opened in the working directory when there was no Documents folder; import,
backup, restore and export gave the dialog no folder, or a bare file name, and so
opened there too)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journal_app.gui import file_actions, file_places
from journal_app.gui.dialogs.pack_export import ask_where
from journal_app.gui.dialogs.preferences import PreferencesDialog
from journal_app.gui.widgets.recovery_key_panel import RecoveryKeyPanel
from journal_app.services.pack import PackOptions

KEY = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH"


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """A home folder with no Documents folder in it, and the app started elsewhere."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setattr(Path, "home", classmethod(lambda _cls: home))
    # Where the platform would put Documents, which is missing (on Linux the XDG
    # user-dirs file or ~/Documents; on Windows and macOS their own APIs).
    missing = str(home / "Documents")
    monkeypatch.setattr(
        file_places.QStandardPaths, "writableLocation", staticmethod(lambda _where: missing)
    )
    started_in = tmp_path / "started-in"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    return home


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The folder (or suggested file) each file dialog was opened with; every dialog
    is cancelled."""
    seen: list[str] = []

    def folder(_parent, _title, where="", *_a, **_k):
        seen.append(where)
        return ""

    def file(_parent, _title, where="", *_a, **_k):
        seen.append(where)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file)
    return seen


def _in(home: Path, where: str) -> bool:
    path = Path(where)
    return path.is_absolute() and (path == home or path.parent == home)


def test_without_documents_every_file_dialog_opens_in_the_home_folder(
    qtbot, session, settings, home, asked, monkeypatch
):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert file_actions.import_file(parent, session) is None
    assert file_actions.import_file(parent, session, folder=True) is None
    assert file_actions.backup(parent, session) is None
    assert file_actions.restore(parent, session) is None

    def export_as_json(box: QMessageBox) -> int:
        next(b for b in box.buttons() if "JSON" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", export_as_json)
    assert file_actions.export_everything(parent, session) is None
    assert ask_where(parent, "pdf", PackOptions(date(2026, 11, 1), date(2026, 11, 30))) is None

    panel = RecoveryKeyPanel("journal.pswvault")
    qtbot.addWidget(panel)
    panel.show_key(KEY)
    panel.pdf_button.click()  # "Save as PDF…"

    settings.backup_folder = home / "not made" / "yet"
    preferences = PreferencesDialog(settings, {})
    qtbot.addWidget(preferences)
    preferences.findChild(QWidget, "chooseBackupFolderButton").click()

    assert len(asked) == 8
    assert [where for where in asked if not _in(home, where)] == []
    assert Path(asked[2]).name.endswith(".pswbackup")  # a suggested name, in the home folder


def test_documents_is_first_when_there_is_one(home):
    (home / "Documents").mkdir()
    assert file_places.start_folder() == home / "Documents"
    assert file_places.start_path("pack.pdf") == str(home / "Documents" / "pack.pdf")
    assert file_places.folder_or_start(str(home)) == str(home)  # an existing folder stays


def test_every_module_with_a_file_dialog_asks_file_places_where_to_open():
    gui = Path(file_places.__file__).parent
    asking = [
        path.relative_to(gui).as_posix()
        for path in sorted(gui.rglob("*.py"))
        if "QFileDialog.get" in (text := path.read_text("utf-8")) and "file_places" not in text
    ]
    assert asking == [], "give these file dialogs a folder from gui/file_places.py"
