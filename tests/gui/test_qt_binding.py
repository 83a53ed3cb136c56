"""The Qt binding must not leak or drop references on plain calls: a broken wheel
(PySide6 6.12.0 on Python 3.11) aborts the whole app after a few thousand calls."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        widget = QWidget()
        before = sys.getrefcount(None)
        for _ in range(20000):
            widget.update()
        print(sys.getrefcount(None) - before)
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
    assert abs(int(proc.stdout.strip())) < 1000
