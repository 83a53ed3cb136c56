"""How long the records list takes to fill and to scroll at a large size.

    python benchmarks/list_scroll.py VAULT PASSPHRASE [--times 5]

Opens the vault, repeats its records `--times` times (20,000 records x 5: a list of
100,000 rows), and in an offscreen records list (gui/record_list_pane.py) times:
filling the model, the first paint (Qt lays out every row then: it asks the model
about each one), the longest turn of the event loop after, then each scroll to the
end, the middle and the top followed by drawing the list (every row shown is drawn
by the card delegate from the model's data() on demand: nothing is built per row
up front), a refresh with the list shown (the model filled again and drawn, as after
each save, search or filter: the selection kept), and the End, Home and Page Down
keys, each followed by drawing the list.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("passphrase")
    parser.add_argument("--times", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from journal_app.gui.models.record_list import ID_ROLE
    from journal_app.gui.record_list_pane import RecordListPane
    from journal_app.services.journal import Journal

    app = QApplication.instance() or QApplication([])
    journal = Journal.open(args.vault, args.passphrase)
    records = journal.records() * args.times
    pane = RecordListPane()
    pane.resize(440, 900)
    pane.show()
    app.processEvents()

    start = time.perf_counter()
    pane.show_records(records, [], False)
    filled = time.perf_counter() - start
    start = time.perf_counter()
    pane.list.viewport().repaint()
    first_paint = time.perf_counter() - start
    # The longest turn of the event loop after the first paint: the longest a key
    # press waits meanwhile.
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if sum(gaps) < 1.5:
            QTimer.singleShot(1, tick)
        else:
            app.quit()

    QTimer.singleShot(1, tick)
    app.exec()
    hint = QAbstractItemView.ScrollHint.PositionAtCenter
    scrolls = []
    for _ in range(3):
        for row in (len(records) - 1, len(records) // 2, 0):
            start = time.perf_counter()
            pane.list.scrollTo(pane.model.index(row), hint)
            pane.list.viewport().grab()  # drawn now, into a picture
            scrolls.append(time.perf_counter() - start)
            shown = pane.list.indexAt(pane.list.viewport().rect().center()).row()
            if abs(shown - row) > 20:
                raise RuntimeError(f"scrolled to row {row}, but row {shown} is shown")
    bar = pane.list.verticalScrollBar()
    if bar.maximum() + bar.pageStep() < len(records):  # one step per row (per item)
        raise RuntimeError(f"the scroll bar covers {bar.maximum()} of {len(records)} rows")

    chosen = records[len(records) // 3].id
    refreshes = []
    for _ in range(3):
        pane.select(chosen)
        start = time.perf_counter()
        pane.show_records(records, [], False)
        pane.select(chosen)
        app.processEvents()  # the list's layout, which Qt leaves for the event loop
        pane.list.viewport().grab()
        refreshes.append(time.perf_counter() - start)
    if pane.list.currentIndex().data(ID_ROLE) != chosen:
        raise RuntimeError("the refresh lost the chosen entry")

    pane.list.setFocus()
    keys = []
    for _ in range(3):
        for key in (Qt.Key.Key_End, Qt.Key.Key_Home, Qt.Key.Key_PageDown):
            start = time.perf_counter()
            QTest.keyClick(pane.list, key)
            pane.list.viewport().grab()
            keys.append(time.perf_counter() - start)
    if pane.list.currentIndex().row() <= 0:
        raise RuntimeError("Page Down did not move down the list")
    journal.lock()
    print(
        f"{len(records):,} rows: model filled {filled * 1000:.1f} ms, first paint "
        f"{first_paint * 1000:.1f} ms, longest event-loop turn after "
        f"{max(gaps) * 1000:.1f} ms, scroll and paint median "
        f"{statistics.median(scrolls) * 1000:.1f} ms, slowest {max(scrolls) * 1000:.1f} ms, "
        f"refresh and paint median {statistics.median(refreshes) * 1000:.1f} ms, "
        f"End/Home/Page Down and paint median {statistics.median(keys) * 1000:.1f} ms, "
        f"slowest {max(keys) * 1000:.1f} ms "
        f"(load average {' '.join(f'{x:.2f}' for x in os.getloadavg())})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
