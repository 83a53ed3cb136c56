"""A warning that asks before going on, where going back is the safe default (Enter
and Escape both choose it): before a pack with identifying details is written, or a
plain file goes into a folder the cloud copies."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def go_on_anyway(
    parent: QWidget | None, title: str, text: str, detail: str, back: str, go_on: str
) -> bool:
    """True only when the worker chose `go_on`; `back` is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    back_button = box.addButton(back, QMessageBox.ButtonRole.RejectRole)
    go_button = box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(back_button)
    box.setEscapeButton(back_button)
    box.exec()
    return box.clickedButton() is go_button
