"""The placeholder window opens headless and never shows journal content in its title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from journal_app.gui.app import PlaceholderWindow


def test_placeholder_window_shows_the_vault_path_and_a_plain_title(qtbot, tmp_path: Path):
    window = PlaceholderWindow(tmp_path / "journal.pswvault")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "PSW Journal"
    labels = [label.text() for label in window.findChildren(QLabel)]
    assert any(str(tmp_path) in text for text in labels)
