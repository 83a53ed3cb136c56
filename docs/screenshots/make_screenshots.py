"""Screenshots of the main window for the README, from a vault of corpus records.

From the repository root:
    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py light
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent


def pump(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(theme: str) -> None:
    sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]
    import corpus
    from conftest import FAST_KDF, PASSPHRASE
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from journal_app.domain.schema import record_from_input
    from journal_app.gui.main_window import MainWindow
    from journal_app.gui.session import Session
    from journal_app.gui.settings import AppSettings
    from journal_app.gui.theme import apply_theme

    app = QApplication([])
    apply_theme(app, theme, 0)
    tmp = Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    session = Session(tmp / "v.pswvault", settings, kdf=FAST_KDF)
    created = []  # the app continues in a callback; a script waits for it here
    session.create(PASSPHRASE).then(created.append, created.append, BaseException)
    while not created:
        app.processEvents()
    if isinstance(created[0], BaseException):
        raise created[0]
    vocab = session.journal.vocabulary
    session.journal.save_many([record_from_input(d, vocab) for d in corpus.generate(300, 3)])
    window = MainWindow(session)
    window.resize(1280, 820)
    window.show()
    pump(app)
    window.records.list.setCurrentIndex(window.records.model.index(2))
    pump(app)
    window.grab().save(str(OUT / f"journal-{theme}.png"))
    for row, name in ((5, "actions"), (6, "insights")):
        window.sidebar.setCurrentRow(row)
        pump(app)
        window.grab().save(str(OUT / f"{name}-{theme}.png"))
    window.sidebar.setCurrentRow(0)
    window.records.search.setText("boundar")
    QTimer.singleShot(300, app.quit)
    app.exec()
    window.grab().save(str(OUT / f"search-{theme}.png"))
    if theme == "light":
        pack_pictures(app, session, window)
        history_picture(app, session, window)
    session.lock()


def pack_pictures(app, session, window) -> None:
    """The supervision pack dialog, and the first pages of the PDF it writes."""
    import subprocess

    from journal_app.gui.dialogs.pack import PackDialog
    from journal_app.services.journal import DISPLAY_NAME, SUPERVISORS
    from journal_app.services.pack import PackOptions, build_pack

    session.journal.save_settings({DISPLAY_NAME: "Sam Lee", SUPERVISORS: ["Alex Morgan"]})
    dialog = PackDialog(session, window)
    dialog.resize(1100, 720)
    dialog.show()
    dialog.wellbeing.setChecked(True)
    for _ in range(3):
        pump(app)
        app.processEvents()
    import time

    time.sleep(0.4)  # the preview is rebuilt after a short pause
    pump(app, 20)
    dialog.grab().save(str(OUT / "pack-dialog.png"))
    start, end = dialog.date_from.date().toPython(), dialog.date_to.date().toPython()
    dialog.close()
    journal = session.journal
    options = PackOptions(
        start, end, recipient="Alex Morgan", worker="Sam Lee", include_wellbeing=True
    )
    pack = build_pack(journal.records(), journal.vocabulary, options)
    from journal_app.export.formats import write_document

    pdf = Path(tempfile.mkdtemp()) / "pack.pdf"
    write_document(pack.document, "pdf", pdf)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "2", "-l", "2", str(pdf), str(OUT / "pack-pdf")],
        check=True,
    )


def history_picture(app, session, window) -> None:
    """Edit > Version history on an entry edited twice, compared with the current text."""
    from journal_app.gui.dialogs.history import HistoryDialog

    journal = session.journal
    record = journal.add(
        {
            "type": "reflection",
            "date": "2026-11-20",
            "title": "Group at the allotment",
            "fields": {
                "model": "gibbs",
                "description": "Walked with DM to the allotment and we talked about hope "
                "and what next week could look like.",
                "feelings": "Nervous at first, then calm.",
            },
        }
    )
    journal.edit(
        record.id,
        {
            "title": "Allotment group",
            "fields": {
                "description": "Walked with D. to the allotment; we talked about hope, "
                "planting and what next week might look like.",
                "feelings": "Nervous at first, then calm and hopeful.",
                "evaluation": "Good pace; I listened more than I spoke.",
            },
        },
    )
    window.records.open_record(journal.get(record.id))
    dialog = HistoryDialog(session, record.id, window)
    dialog.resize(900, 560)
    dialog.show()
    dialog.list.setCurrentRow(1)
    dialog.compare.setChecked(True)
    pump(app, 10)
    dialog.grab().save(str(OUT / "history-light.png"))
    dialog.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "light")
