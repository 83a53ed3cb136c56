"""The Qt binding must not leak or drop references on plain calls: a broken wheel
(PySide6 6.12.0 on Python 3.11) aborts the whole app after a few thousand calls."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_qt_calls_and_emits_do_not_abort_the_interpreter():
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        widget = QWidget()
        from PySide6.QtCore import QObject, Signal

        class Probe(QObject):
            fired = Signal()

        probe = Probe()
        before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(20000):
            widget.update()  # a void call
            probe.fired.emit()  # a signal emitted from Python returns True
        print(sys.getrefcount(None) - before_none, sys.getrefcount(True) - before_true)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    lost_none, lost_true = (int(n) for n in proc.stdout.split())
    assert abs(lost_none) < 1000 and abs(lost_true) < 1000
