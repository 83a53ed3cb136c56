"""One wrapped text label, as the set-up, passphrase and recovery dialogs use them:
headings larger, problems bold (never colour alone)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from journal_app.gui.fonts import relative_font


def text_label(text: str = "", scale: float = 1.0, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    relative_font(label, scale, bold)
    if name:
        label.setObjectName(name)
    return label
