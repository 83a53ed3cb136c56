"""A fitted dialog closed after exec() and left to Python's garbage collector (as the
main window leaves Preferences) raised "'_Fitter' object has no attribute '_window'"
from its event filter as it was taken apart: the collector had cleared the filter's
attributes first. Seen making the screenshots, where the next entry opened then
failed with SystemErrors."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from journal_app.gui.window_fit import keep_fitted


class _Dialog(QDialog):
    """Holds its widgets in attributes, as the app's dialogs do."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.note = QLabel("A note that may grow.")
        QVBoxLayout(self).addWidget(self.note)
        keep_fitted(self)


def _open_and_close(owner: QWidget) -> None:
    dialog = _Dialog(owner)  # the only Python reference goes when this returns
    QTimer.singleShot(0, dialog.reject)
    dialog.exec()


def test_collecting_a_closed_fitted_dialog_raises_nothing(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    with qtbot.capture_exceptions() as raised:
        _open_and_close(owner)
        gc.collect()
        for dialog in owner.findChildren(QDialog):  # one that outlived the collection
            QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LayoutRequest))
        QCoreApplication.processEvents()
    assert [str(exc[1]) for exc in raised] == []


def test_a_fitted_dialog_still_grows_for_a_longer_note(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = _Dialog(owner)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.note.setWordWrap(True)
    dialog.note.setText("A much longer note now, which needs more room than before. " * 8)
    QCoreApplication.processEvents()
    assert dialog.height() > before
