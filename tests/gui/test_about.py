"""Help > About: version, licence, and where each file lives."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from journal_app import __version__
from journal_app.gui.dialogs.about import AboutDialog
from journal_app.paths import log_dir


def text_of(dialog: AboutDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_about_names_version_licence_and_every_place(tmp_path, settings, qtbot):
    settings.backup_folder = tmp_path / "my backups"
    vault = tmp_path / "journal.pswvault"
    dialog = AboutDialog(vault, settings)
    qtbot.addWidget(dialog)
    assert __version__ in text_of(dialog, "about_title")
    assert "Proprietary" in text_of(dialog, "about_licence")
    assert text_of(dialog, "about_journal") == str(vault)
    assert text_of(dialog, "about_backups") == str(tmp_path / "my backups")
    assert text_of(dialog, "about_settings") == str(tmp_path / "s.ini")
    assert text_of(dialog, "about_log") == str(log_dir())


def test_about_from_the_help_menu_opens_the_dialog(session, open_window, monkeypatch):
    window = open_window(session)
    shown = []
    monkeypatch.setattr(
        AboutDialog, "exec", lambda dialog: shown.append(text_of(dialog, "about_journal")) or 0
    )
    window.show_about()
    assert shown == [str(session.vault_path)]
