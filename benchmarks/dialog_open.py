"""How long a dialog or page that reads the whole journal takes to open, at a large size.

    python benchmarks/dialog_open.py VAULT PASSPHRASE [--view pack] [--runs 3] [--profile N]

The vault is changed (the unlock purges the old trash): give it a COPY. Opens the
vault as the app does (a Session, gui/session.py), then `--runs` times opens the
view offscreen and times: from the start to the view shown and drawn ("shown": the
constructor, show() and a first paint), then, for two seconds, how late a 10 ms
timer fires: the longest a key press waits while the view finishes what it left
until after it showed ("longest wait"). The UI thread's CPU time (time.thread_time)
for both is given too: on a machine shared with other work the wall-clock figures
move with the load, the CPU time much less. `--profile N` runs cProfile over one
more opening (shown and the two seconds after) and prints its N costliest
functions by cumulative time.

Views: pack (File > Supervision pack; its usual period, or `--days N` to today),
development (File > Export development
record), trash (File > Trash), share_history (File > Share history), calendar (the
calendar page, filled for the current month as the main window does).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TICK_MS, WATCH_S = 10, 2.0
VIEWS = ("pack", "development", "trash", "share_history", "calendar")


def make_view(name: str, session, days: int = 0):
    """The view, not yet shown."""
    if name == "pack":
        from journal_app.gui.dialogs.pack import PackDialog, PackState

        if not days:
            return PackDialog(session)
        today = date.today()
        state = PackState(today - timedelta(days=days), today, "", False, {})
        return PackDialog(session, state=state)
    if name == "development":
        from journal_app.gui.dialogs.development_record import DevelopmentRecordDialog

        return DevelopmentRecordDialog(session)
    if name == "trash":
        from journal_app.gui.dialogs.trash import TrashDialog

        return TrashDialog(session)
    if name == "share_history":
        from journal_app.gui.dialogs.share_history import ShareHistoryDialog

        return ShareHistoryDialog(session)
    if name == "calendar":
        from journal_app.gui.widgets.calendar_view import CalendarView

        view = CalendarView()
        view.resize(1000, 700)
        view.refresh(session.reader)
        return view
    raise ValueError(name)


def open_once(app, name: str, session, days: int = 0) -> dict[str, float]:
    from PySide6.QtCore import QTimer

    cpu, start = time.thread_time(), time.perf_counter()
    view = make_view(name, session, days)
    view.show()
    view.repaint()  # drawn now
    out = {"shown": time.perf_counter() - start, "shown_cpu": time.thread_time() - cpu}
    cpu, last = time.thread_time(), [time.perf_counter()]
    watch_start, waits = last[0], [0.0]

    def tick() -> None:
        now = time.perf_counter()
        waits.append(now - last[0] - TICK_MS / 1000)
        last[0] = now
        if now - watch_start < WATCH_S:
            QTimer.singleShot(TICK_MS, tick)
        else:
            app.quit()

    QTimer.singleShot(TICK_MS, tick)
    app.exec()
    out["longest_wait"] = max(waits)
    out["after_cpu"] = time.thread_time() - cpu
    view.close()
    view.deleteLater()
    app.processEvents()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vault", type=Path, help="a copy: the unlock purges the old trash")
    parser.add_argument("passphrase")
    parser.add_argument("--view", choices=VIEWS, default="pack")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--days", type=int, default=0, help="pack: a period of this many days to today"
    )
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.gui.session import Session
    from journal_app.gui.settings import AppSettings
    from journal_app.services.journal import Journal

    app = QApplication.instance() or QApplication([])
    folder = tempfile.TemporaryDirectory()
    ini = QSettings(str(Path(folder.name) / "s.ini"), QSettings.Format.IniFormat)
    session = Session(args.vault, AppSettings(ini))
    session._instance_lock.acquire(make_folder=True)  # as Session.unlock takes it
    session._opened(Journal.open(args.vault, args.passphrase))
    runs = [open_once(app, args.view, session, args.days) for _ in range(args.runs)]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs) * 1000

    name = f"{args.view} ({args.days} days)" if args.days else args.view
    each = ", ".join(f"{r['shown'] * 1000:.0f}" for r in runs)
    print(
        f"{name} on {len(session.reader):,} records: shown median {median('shown'):.0f} ms "
        f"(UI thread CPU {median('shown_cpu'):.0f} ms), longest wait after "
        f"{median('longest_wait'):.0f} ms (CPU in the {WATCH_S:.0f} s after "
        f"{median('after_cpu'):.0f} ms); runs {each}"
        f" ms (load average {load})"
    )
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        open_once(app, args.view, session, args.days)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
    session.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
