"""Three Qt calls made without holding Python's lock, so that the PDF's pieces laid
out and painted on threads (export/qt_halves.py) run on both cores at once.

PySide6 keeps Python's lock (the GIL) through QAbstractTextDocumentLayout.draw,
QPdfWriter.newPage and QTextCursor.endEditBlock: a second thread painting or laying
out waited for it (measured with the threads' scheduler statistics: about a third
of each thread's time asleep on the lock). ctypes lets go of the lock around a call
into a C library, so these calls go to Qt's exported functions through ctypes:
QTextDocument::drawContents (the document's layout draws the clipped page, as
layout.draw did), QPdfWriter::newPage and QTextCursor::endEditBlock, public API with
the same names on Linux and macOS (the Itanium C++ ABI). Elsewhere, or where the
library or a name is not found, the same PySide6 calls are made instead. What runs
without the lock is Qt's own code on objects that one thread uses, with no Python
code called back (no signal of these documents is connected to Python)."""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter, QTextCursor, QTextDocument

log = logging.getLogger(__name__)

_SYMBOLS = {
    "draw_contents": "_ZN13QTextDocument12drawContentsEP8QPainterRK6QRectF",
    "new_page": "_ZN10QPdfWriter7newPageEv",
    "end_edit_block": "_ZN11QTextCursor12endEditBlockEv",
}


def _library() -> ctypes.CDLL | None:
    if sys.platform not in ("linux", "darwin"):
        return None
    try:
        import PySide6

        qt = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "lib")
        names = ["libQt6Gui.so.6", os.path.join("QtGui.framework", "QtGui")]
        for name in names:
            if os.path.exists(os.path.join(qt, name)):
                # Only the copy PySide6 has loaded (RTLD_NOLOAD): a second copy of Qt
                # would not know these objects.
                mode = os.RTLD_NOLOAD | os.RTLD_LAZY
                return ctypes.CDLL(os.path.join(qt, name), mode=mode)
    except (ImportError, OSError, AttributeError):
        pass
    return None


def _functions() -> dict[str, Callable]:
    library = _library()
    found: dict[str, Callable] = {}
    if library is None:
        return found
    for name, symbol in _SYMBOLS.items():
        try:
            function = getattr(library, symbol)
        except AttributeError:
            log.info("Qt's %s not found; called through PySide6", name)
            continue
        function.argtypes = [ctypes.c_void_p] * (3 if name == "draw_contents" else 1)
        function.restype = ctypes.c_bool if name == "new_page" else None
        found[name] = function
    return found


_FUNCTIONS = _functions()


def available() -> bool:
    """Whether all three calls let go of Python's lock here (else threads would only
    take turns: export/qt_halves.py then writes the PDF in one piece)."""
    return len(_FUNCTIONS) == len(_SYMBOLS)


def _address(qt_object: object) -> int:
    import shiboken6

    return shiboken6.getCppPointer(qt_object)[0]


def draw_contents(doc: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """QTextDocument.drawContents(painter, clip): the document clipped to `clip`."""
    function = _FUNCTIONS.get("draw_contents")
    if function is None:
        doc.drawContents(painter, clip)
    else:
        function(_address(doc), _address(painter), _address(clip))


def new_page(writer: QPdfWriter) -> bool:
    function = _FUNCTIONS.get("new_page")
    return writer.newPage() if function is None else bool(function(_address(writer)))


def end_edit_block(cursor: QTextCursor) -> None:
    function = _FUNCTIONS.get("end_edit_block")
    if function is None:
        cursor.endEditBlock()
    else:
        function(_address(cursor))
