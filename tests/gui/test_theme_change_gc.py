"""Changing the theme or text size while closed windows wait for Python's garbage
collector must not crash (issue 17: the layout-at-scale tests crashed in apply_theme,
in some orders of the suite, after other tests had left closed dialogs and editors
behind). Qt walks every widget to give it the new font and style, calling back into
Python; when the collector ran during that walk it deleted widgets Qt was about to
visit. Here a widget runs the collector mid-walk, as any allocation may; without the
fix the test process dies."""

from __future__ import annotations

import gc

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal_app.domain.records import RecordType
from journal_app.gui.editors.factory import editor_for
from journal_app.gui.theme import apply_theme
from journal_app.services.vocabulary import load_vocabulary


class _Closed(QDialog):
    """A parentless dialog that only the cyclic collector can free: a connection
    holds a reference back to it, as the app's dialogs' connections do."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("A label"))
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(lambda text: self.setWindowTitle(text))


class _Collects(QWidget):
    """Runs the collector when its font or style changes: as it may run at any
    allocation Python makes while Qt walks the widgets."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            gc.collect()
        super().changeEvent(event)


def test_a_theme_change_survives_windows_waiting_for_the_collector(qapp, qtbot):
    collects = _Collects()
    qtbot.addWidget(collects)
    collects.show()
    try:
        for theme, size in (("dark", 14), ("light", 0), ("dark", 0)):
            for _ in range(20):
                dialog = _Closed()
                dialog.show()
                dialog.close()
            del dialog
            for record_type in RecordType:  # editors made and let go, never shown
                editor = editor_for(record_type, load_vocabulary())
                editor.resize(900, 1000)
            del editor
            apply_theme(qapp, theme, size)
    finally:
        apply_theme(qapp, "system", 0)
    assert collects.isVisible()  # reached without a crash
