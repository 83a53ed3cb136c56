"""Emit a Python-defined Qt signal without draining a reference from True.

PySide6 6.12.0 on Python 3.11 returns the result of `SignalInstance.emit()` (True)
without a new reference, so every emit takes one reference from True; after a few
hundred emits (one per keystroke in an editor) the interpreter aborts with
"bool_dealloc: deallocating True or False". `emit()` gives the reference back, only
when a probe at import shows this build has the fault, so a fixed PySide6 is unaffected.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 4


_DROPS_REFERENCE = _emit_drops_a_reference()


def emit(signal: Any, *args: Any) -> None:
    """`signal.emit(*args)`, repaying the reference the faulty build takes."""
    result = signal.emit(*args)
    if _DROPS_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
