"""Write a Document in one of the pack's four formats, atomically: the file appears
complete or not at all, and an older file of the same name survives any failure."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from journal_app.disk import files, temp_files
from journal_app.disk.files import fsync_dir, fsync_fd
from journal_app.disk.storage_errors import file_write_error
from journal_app.errors import JournalError, StorageError, ValidationError
from journal_app.export.document import Document

log = logging.getLogger(__name__)

FORMATS = ("pdf", "odt", "html", "md")


def write_document(
    doc: Document, fmt: str, out: Path, before_replace: Callable[[], None] | None = None
) -> None:
    """Write `doc` to `out` as `fmt` ("pdf", "odt", "html" or "md"). `before_replace`
    runs once the new file is complete, before it takes `out`'s place: if it raises,
    `out` is left as it was."""
    if fmt not in FORMATS:
        raise ValidationError("format", "must be one of pdf, odt, html, md", code="choice")
    if fmt in ("pdf", "odt"):
        from journal_app.export.size_limit import check_printable

        check_printable(doc, fmt)  # before Qt sees it, and before any file is made
    size = write_atomically(Path(out), _writer(doc, fmt), before_replace)
    log.info("wrote a %s document (%d bytes)", fmt, size)


def write_atomically(
    out: Path,
    writer: Callable[[Path], None],
    before_replace: Callable[[], None] | None = None,
) -> int:
    """Have `writer` write a private temporary file beside `out`, flush it to the
    disk, then put it in `out`'s place: the file appears complete or not at all, an
    older one survives any failure, and one open in a viewer (which Windows will not
    let be replaced) is waited for, then named. Returns the size written. A writer
    that leaves an empty file has failed (StorageError)."""
    out = Path(out)
    # A private temporary name beside `out` (disk/temp_files.py): removed on any
    # failure, and noted so that the next start removes it after a kill.
    temp = temp_files.temp_path(out, "part", unique=True)
    note = temp_files.note_pending(temp)
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        os.close(os.open(temp, flags, 0o600))  # readable by its owner only
    except OSError as exc:
        temp_files.forget(note)
        raise file_write_error(exc, out) from exc
    try:
        writer(temp)
        os.chmod(temp, 0o600)  # in case a writer made the file anew
        with open(temp, "rb+") as fh:
            fsync_fd(fh.fileno())
            size = os.fstat(fh.fileno()).st_size
        if size == 0:
            raise StorageError(f"could not write {out.name}; nothing was changed")
        if before_replace is not None:
            before_replace()
        files.replace(temp, out)  # patient with a viewer that has the old file open
    except OSError as exc:
        raise _removed_or_named(temp, note, file_write_error(exc, out)) from exc
    except Exception as exc:
        raised = _removed_or_named(temp, note, exc if isinstance(exc, JournalError) else None)
        if raised is None or raised is exc:
            raise
        raise raised from exc
    except BaseException:
        _removed_or_named(temp, note, None)
        raise
    temp_files.forget(note)
    fsync_dir(out.parent)
    return size


def _removed_or_named(
    temp: Path, note: Path | None, error: JournalError | None
) -> JournalError | None:
    """Remove the unfinished file after a failure. Returns the error to raise: `error`
    as it is, or, when the file (plaintext) stayed, an error that names it."""
    if temp_files.discard(temp):
        temp_files.forget(note)
        return error
    stayed = temp_files.not_removed_message(temp)
    if error is None:
        return StorageError(f"the file was not written; {stayed}")
    return StorageError(f"{error.message}; {stayed}")


def _writer(doc: Document, fmt: str) -> Callable[[Path], None]:
    """A function that writes `doc` as `fmt` to the path it is given."""
    if fmt in ("pdf", "odt"):
        # Qt is only loaded for the formats that need it.
        from journal_app.export import qt_document

        write = qt_document.write_pdf if fmt == "pdf" else qt_document.write_odt
        return lambda path: write(doc, path)

    if fmt == "html":
        from journal_app.export.html import render_html

        text = render_html(doc)
    else:
        from journal_app.export.markdown import render_markdown

        text = render_markdown(doc)
    data = text.encode("utf-8")

    def write_text(path: Path) -> None:
        with open(path, "wb") as fh:
            fh.write(data)

    return write_text
