"""File menu work that takes time: import, backup and restore, each on a worker
thread behind a busy dialog, with the auto-lock held off while it runs."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from journal_app.errors import Cancelled, JournalError
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session

log = logging.getLogger(__name__)

IMPORT_FORMATS = (
    ("jrnl-json", "jrnl JSON export (*.json)"),
    ("dayone-json", "Day One JSON export (*.json)"),
    ("markdown", "Markdown notes (*.md *.markdown *.txt)"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def _fail(parent: QWidget, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, user_message(exc))


def import_file(parent: QWidget, session: Session, folder: bool = False) -> int:
    """Ask for a file (or a folder of Markdown notes) and import it all-or-nothing."""
    from journal_app.services.importers import parse_import

    if folder:
        chosen = QFileDialog.getExistingDirectory(parent, _tr("Import a folder of Markdown notes"))
        fmt = "markdown"
    else:
        filters = ";;".join(_tr(label) for _fmt, label in IMPORT_FORMATS)
        chosen, picked = QFileDialog.getOpenFileName(parent, _tr("Import entries"), "", filters)
        fmt = next((f for f, label in IMPORT_FORMATS if _tr(label) == picked), "jrnl-json")
    if not chosen:
        return 0
    journal = session.journal
    path = Path(chosen)
    cancel = threading.Event()

    def work() -> int:
        records = parse_import(path, fmt, journal.vocabulary)
        if cancel.is_set():  # safe until the one transaction that stores them all
            raise Cancelled(_tr("the import was cancelled; nothing was imported"))
        journal.save_many(records)
        return len(records)

    try:
        count = session.run_long(parent, _tr("Importing…"), work, cancel)
    except Cancelled:
        return 0
    except JournalError as exc:
        _fail(parent, _tr("Nothing was imported"), exc)
        return 0
    QMessageBox.information(
        parent, _tr("Import finished"), _tr("{n} entries were imported.").format(n=count)
    )
    return count


def backup(parent: QWidget, session: Session) -> Path | None:
    suggested = f"psw-journal-backup-{QDate.currentDate().toString('yyyy-MM-dd')}.pswbackup"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Back up the journal"), suggested, _tr("Journal backups (*.pswbackup)")
    )
    if not chosen:
        return None
    out = Path(chosen)
    journal = session.journal
    try:
        session.run_long(parent, _tr("Writing the backup…"), lambda: journal.backup(out))
    except JournalError as exc:
        _fail(parent, _tr("The backup was not written"), exc)
        return None
    QMessageBox.information(
        parent,
        _tr("Backup written"),
        _tr("The backup is encrypted and opens with the same passphrase and recovery key."),
    )
    return out


def restore(parent: QWidget, session: Session) -> Path | None:
    """Restore a backup into a new journal file (never over the open one)."""
    from journal_app.services.backup import restore_backup

    source, _ = QFileDialog.getOpenFileName(
        parent, _tr("Choose a backup to restore"), "", _tr("Journal backups (*.pswbackup *)")
    )
    if not source:
        return None
    target, _ = QFileDialog.getSaveFileName(
        parent, _tr("Where should the restored journal go?"), "restored.pswvault"
    )
    if not target:
        return None
    passphrase, ok = QInputDialog.getText(
        parent,
        _tr("Passphrase of the backup"),
        _tr("The passphrase the journal had when this backup was made:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not passphrase:
        return None
    try:
        count, problems = session.run_long(
            parent,
            _tr("Restoring…"),
            lambda: restore_backup(Path(source), Path(target), passphrase),
        )
    except JournalError as exc:
        _fail(parent, _tr("Nothing was restored"), exc)
        return None
    text = _tr("{n} entries were restored to {path}. Open it with psw-journal --vault {path}.")
    if problems:
        text += "\n\n" + _tr("{n} problem(s) were found in the backup; run verify on it.").format(
            n=len(problems)
        )
    QMessageBox.information(parent, _tr("Restore finished"), text.format(n=count, path=target))
    return Path(target)
