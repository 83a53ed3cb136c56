"""File menu work that takes time: import, backup and restore, each on a worker
thread behind a busy dialog, with the auto-lock held off while it runs. Each starts
the work and returns its LongWork (None when the worker chose nothing); what follows
(the message saying how it went) runs when the work is done."""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from journal_app.errors import Cancelled, JournalError
from journal_app.gui.cloud_warning import confirm_plain_file_location
from journal_app.gui.file_places import start_folder, start_path
from journal_app.gui.file_written import tell_written
from journal_app.gui.messages import user_message
from journal_app.gui.session import Session
from journal_app.gui.workers import LongWork

log = logging.getLogger(__name__)

IMPORT_FORMATS = (  # labels marked for lupdate, translated where shown
    ("jrnl-json", QT_TRANSLATE_NOOP("FileActions", "jrnl JSON export (*.json)")),
    ("dayone-json", QT_TRANSLATE_NOOP("FileActions", "Day One JSON export (*.json)")),
    ("markdown", QT_TRANSLATE_NOOP("FileActions", "Markdown notes (*.md *.markdown *.txt)")),
)


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def _tr(text: str) -> str:
    """For texts held in variables (marked with QT_TRANSLATE_NOOP where written)."""
    return translate("FileActions", text)


def _fail(parent: QWidget, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, user_message(exc))


def import_file(parent: QWidget, session: Session, folder: bool = False) -> LongWork[int] | None:
    """Ask for a file (or a folder of Markdown notes) and import it all-or-nothing;
    the LongWork gives how many entries were imported (0 when none were)."""
    from journal_app.services.changes import ImportFile

    if folder:
        chosen = QFileDialog.getExistingDirectory(
            parent,
            translate("FileActions", "Import a folder of Markdown notes"),
            str(start_folder()),
        )
        fmt = "markdown"
    else:
        filters = ";;".join(_tr(label) for _fmt, label in IMPORT_FORMATS)
        chosen, picked = QFileDialog.getOpenFileName(
            parent, translate("FileActions", "Import entries"), str(start_folder()), filters
        )
        fmt = next((f for f, label in IMPORT_FORMATS if _tr(label) == picked), "jrnl-json")
    if not chosen:
        return None
    cancel = threading.Event()  # safe until the one transaction that stores them all
    change = ImportFile(
        Path(chosen),
        fmt,
        cancel,
        translate("FileActions", "the import was cancelled; nothing was imported"),
    )

    def failed(exc: JournalError) -> int:
        if not isinstance(exc, Cancelled):
            _fail(parent, translate("FileActions", "Nothing was imported"), exc)
        return 0

    work = session.apply_long(change, parent, translate("FileActions", "Importing…"), cancel)
    return work.then(lambda imported: _imported(parent, imported), failed, JournalError)


def _imported(parent: QWidget, imported) -> int:
    QMessageBox.information(
        parent,
        translate("FileActions", "Import finished"),
        _imported_text(imported.count, imported.already)
        + (
            "\n\n"
            + translate(
                "FileActions",
                "Skipped, because they are links that lead out of the folder: {names}",
            ).format(names=", ".join(imported.skipped))
            if imported.skipped
            else ""
        ),
    )
    return imported.count


def _imported_text(count: int, already: int) -> str:
    """How many entries an import stored, and how many it left out because they
    were already in the journal (imported before)."""
    if count == 0 and already:
        return translate(
            "FileActions",
            "Nothing new was imported: all {n} entries in the file were already in the "
            "journal (imported before).",
        ).format(n=already)
    if count == 1:
        said = translate("FileActions", "1 entry was imported.")
    else:
        said = translate("FileActions", "{n} entries were imported.").format(n=count)
    if already == 1:
        said += " " + translate(
            "FileActions", "1 entry was already in the journal (imported before) and was skipped."
        )
    elif already:
        said += " " + translate(
            "FileActions",
            "{n} were already in the journal (imported before) and were skipped.",
        ).format(n=already)
    return said


def backup(parent: QWidget, session: Session) -> LongWork[Path | None] | None:
    """Ask where, then write an encrypted backup; the LongWork gives the file written
    (None when it was not)."""
    suggested = f"psw-journal-backup-{date.today().isoformat()}.pswbackup"  # a file name
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("FileActions", "Back up the journal"),
        start_path(suggested),
        translate("FileActions", "Journal backups (*.pswbackup)"),
    )
    if not chosen:
        return None
    out = Path(chosen)
    reader = session.reader

    def written(_result) -> Path:
        QMessageBox.information(
            parent,
            translate("FileActions", "Backup written"),
            translate(
                "FileActions",
                "The backup is encrypted and opens with the same passphrase and recovery key.",
            ),
        )
        return out

    def failed(exc: JournalError) -> None:
        _fail(parent, translate("FileActions", "The backup was not written"), exc)

    work = session.run_long(
        parent, translate("FileActions", "Writing the backup…"), lambda: reader.backup(out)
    )
    return work.then(written, failed, JournalError)


def restore(parent: QWidget, session: Session) -> LongWork[Path | None] | None:
    """Restore a backup, in place of the open journal (which is kept, renamed) or
    into a separate file. The LongWork gives where the restored journal was written
    (None when nothing was restored)."""
    source, _ = QFileDialog.getOpenFileName(
        parent,
        translate("FileActions", "Choose a backup to restore"),
        str(start_folder()),
        translate("FileActions", "Journal backups (*.pswbackup *)"),
    )
    if not source:
        return None
    passphrase, ok = QInputDialog.getText(
        parent,
        translate("FileActions", "Passphrase of the backup"),
        translate("FileActions", "The passphrase the journal had when this backup was made:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not passphrase:
        return None
    choice = _ask_where_to_restore(parent, session.vault_path)
    if choice is None:
        return None
    if choice == "replace":
        return _restore_in_place(parent, session, Path(source), passphrase)
    target, _ = QFileDialog.getSaveFileName(
        parent,
        translate("FileActions", "Where should the restored journal go?"),
        start_path("restored.pswvault"),
    )
    if not target:
        return None

    def restored(result: tuple[int, list] | None) -> Path | None:
        if result is None:
            return None
        text = translate(
            "FileActions",
            "{n} entries were restored to {path}. Your journal is unchanged. "
            "To open the restored one, start PSW Journal with --vault {path}.",
        ).format(n=result[0], path=target)
        QMessageBox.information(
            parent, translate("FileActions", "Restore finished"), text + _problems_text(result[1])
        )
        return Path(target)

    return _restore_to(parent, session, Path(source), Path(target), passphrase).then(restored)


def _ask_where_to_restore(parent: QWidget, vault: Path) -> str | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("FileActions", "Restore a backup"))
    box.setText(
        translate("FileActions", "Restore the backup in place of the journal you have open?")
    )
    box.setInformativeText(
        translate(
            "FileActions",
            "Nothing is deleted: your journal as it is now is kept beside it in {folder}, "
            "renamed with today's date, and opens with its own passphrase. Or restore the "
            "backup to a separate file and leave this journal as it is.",
        ).format(folder=vault.parent)
    )
    replace = box.addButton(
        translate("FileActions", "&Replace with the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    separate = box.addButton(
        translate("FileActions", "Restore to a &separate file…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(separate)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return "replace"
    if clicked is separate:
        return "separate"
    return None


def _restore_to(
    parent: QWidget, session: Session, source: Path, target: Path, passphrase: str
) -> LongWork[tuple[int, list] | None]:
    """The LongWork gives (entries restored, problems), or None when nothing was."""
    from journal_app.services.backup import restore_backup

    def failed(exc: JournalError) -> None:
        _fail(parent, translate("FileActions", "Nothing was restored"), exc)

    work = session.run_long(
        parent,
        translate("FileActions", "Restoring…"),
        lambda: restore_backup(source, target, passphrase),
    )
    return work.then(None, failed, JournalError)


def _problems_text(problems: list) -> str:
    if not problems:
        return ""
    return "\n\n" + translate(
        "FileActions",
        "{n} problem(s) were found in the backup: the damaged entries are set aside "
        "and everything else was restored.",
    ).format(n=len(problems))


def _restore_in_place(
    parent: QWidget, session: Session, source: Path, passphrase: str
) -> LongWork[Path | None]:
    from datetime import datetime

    from journal_app.services.backup import restored_copy_path

    now = datetime.now()
    restored = restored_copy_path(session.vault_path, now)
    return _restore_to(parent, session, source, restored, passphrase).then(
        lambda result: _put_in_place(parent, session, result, restored, now)
    )


def _put_in_place(
    parent: QWidget, session: Session, result: tuple[int, list] | None, restored: Path, now
) -> Path | None:
    """After the backup was restored beside the journal: lock, and swap it in."""
    if result is None:
        return None
    QMessageBox.information(
        parent,
        translate("FileActions", "Backup restored"),
        translate(
            "FileActions",
            "{n} entries were restored. The journal locks now: unlock it with the "
            "passphrase the backup was made with.",
        ).format(n=result[0])
        + _problems_text(result[1]),
    )
    try:
        kept = session.replace_with_restored(restored, now)
    except JournalError as exc:
        QMessageBox.warning(
            None,
            translate("FileActions", "The backup was not put in place"),
            user_message(exc)
            + "\n\n"
            + translate("FileActions", "The restored copy is at {path}.").format(path=restored),
        )
        return None
    log.info("journal replaced by a restored backup; the old one kept as %s", kept.name)
    return session.vault_path


def export_everything(parent: QWidget, session: Session) -> LongWork[Path | None] | None:
    """The whole journal as plain JSON or Markdown files, after a warning that they
    are not encrypted. The LongWork gives the folder written (None when it was not)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileActions", "Export everything"))
    box.setText(translate("FileActions", "These files will not be encrypted."))
    box.setInformativeText(
        translate(
            "FileActions",
            "Anyone who can open the folder can read every entry, including private "
            "ones. Use this to keep a copy any program can read, or to move your journal; "
            "for a safe copy use Back up instead.",
        )
    )
    as_json = box.addButton(
        translate("FileActions", "Export as &JSON…"), QMessageBox.ButtonRole.AcceptRole
    )
    as_md = box.addButton(
        translate("FileActions", "Export as &Markdown…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    fmt = {id(as_json): "json", id(as_md): "markdown"}.get(id(box.clickedButton()))
    if fmt is None:
        return None
    chosen = QFileDialog.getExistingDirectory(
        parent,
        translate("FileActions", "Choose a new or empty folder for the export"),
        str(start_folder(unencrypted=True)),
    )
    if not chosen:
        return None
    out = Path(chosen)
    if not confirm_plain_file_location(
        parent,
        out / "psw-journal",
        translate("FileActions", "The exported entries are not encrypted."),
    ):
        return None
    reader = session.reader

    def written(count: int) -> Path:
        # Named as the pack is (gui/file_written.py): the folder whole on a line of its
        # own and where it is, not one long path broken anywhere in a narrow box.
        lead = (
            translate("FileActions", "1 entry was written to the folder")
            if count == 1
            else translate("FileActions", "{n} entries were written to the folder").format(n=count)
        )
        tell_written(
            parent,
            translate("FileActions", "Export finished"),
            lead,
            out,
            translate(
                "FileActions",
                "The files are not encrypted: anyone who can open the folder can read them.",
            ),
        )
        return out

    def failed(exc: JournalError) -> None:
        _fail(parent, translate("FileActions", "Nothing was exported"), exc)

    work = session.run_long(
        parent, translate("FileActions", "Exporting…"), lambda: reader.export_all(fmt, out)
    )
    return work.then(written, failed, JournalError)
