"""The whole journal as plain files, chosen explicitly by the worker (they are not
encrypted): one JSON file that holds every record as the app stores it (with the trash
and every earlier version), or a folder of Markdown files, one per record by year,
readable with any text editor."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.disk import files as disk_files
from journal_app.disk import temp_files
from journal_app.disk.files import fsync_dir, fsync_fd
from journal_app.disk.storage_errors import file_write_error
from journal_app.domain.fields import ActionField, Field
from journal_app.domain.record_name import record_name
from journal_app.domain.records import TYPE_LABELS, Record, utc_now
from journal_app.domain.text import printable
from journal_app.errors import StorageError, ValidationError
from journal_app.paths import ensure_private_dir
from journal_app.services.export_files import ExportFiles
from journal_app.services.pack_labels import (
    CHOICE_LABELS,
    FIELD_LABELS,
    choice_label,
    field_label,
    field_text,
)
from journal_app.services.personal_dictionary import personal_words

if TYPE_CHECKING:
    from journal_app.domain.vocabulary import Vocabulary
    from journal_app.services.journal import Journal

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("json", "markdown")
JSON_NAME = "psw-journal.json"


def export_all(journal: Journal, fmt: str, out_dir: Path) -> int:
    """Write every record to `out_dir` (which must be empty or new). Returns the
    number of records written. The export appears whole or not at all: it is written
    under a temporary name (disk/temp_files.py) and moved into place at the end; a
    failure removes what was written (and a folder made for it), and the message names
    any plaintext file that could not be removed."""
    if fmt not in EXPORT_FORMATS:
        raise ValidationError("format", "must be json or markdown", code="choice")
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise ValidationError(
            "out", f"{out_dir} must be a new or empty folder", code="folder_not_empty", path=out_dir
        )
    records = sorted(journal.records(), key=lambda r: (r.date, r.created, r.id))
    # Evidence files go beside their entry: in Markdown, in a folder named as the
    # entry's file; in JSON, under attachments/<entry id>/ (the JSON names each).
    files = ExportFiles(journal, records if fmt == "markdown" else [*records, *journal.trash()])
    made_folder = not out_dir.exists()
    placed: list[Path] = []  # final names already moved into `out_dir`
    # JSON: one file, written as .psw-journal.json.part-<pid>-<random>; Markdown: a
    # folder .psw-journal.exporting-<pid>-<random> holding the whole export, whose
    # contents move into `out_dir` once all is written. The note in the data folder
    # leads the next start to it after a kill (the chosen folder is unknown then).
    if fmt == "json" and not files.any:
        temp = temp_files.temp_path(out_dir / JSON_NAME, "part", unique=True)
    else:
        temp = temp_files.temp_path(out_dir / "psw-journal", "exporting", unique=True)
    note: Path | None = None
    try:
        ensure_private_dir(out_dir)
        note = temp_files.note_pending(temp)
        if fmt == "json" and not files.any:
            _write(temp, _json_document(journal, records, files))
            disk_files.replace(temp, out_dir / JSON_NAME)
            placed.append(out_dir / JSON_NAME)
        else:
            ensure_private_dir(temp)
            if fmt == "json":
                _write(temp / JSON_NAME, _json_document(journal, records, files, temp))
                last = JSON_NAME
            else:
                _write_markdown(temp, records, journal.vocabulary, files)
                last = "index.md"
            # index.md (or the JSON) last: an export without it was cut short.
            names = sorted(os.listdir(temp), key=lambda n: (n == last, n))
            for name in names:
                disk_files.rename(temp / name, out_dir / name)
                placed.append(out_dir / name)
            os.rmdir(temp)
        fsync_dir(out_dir)
    except (OSError, disk_files.FileInUse) as exc:
        stayed = _undo(temp, placed, out_dir if made_folder else None)
        if not stayed:
            temp_files.forget(note)
            outcome = "nothing was changed"
        else:
            outcome = (
                "these unfinished files could not be removed: "
                + ", ".join(str(p) for p in stayed)
                + "; they are not encrypted and hold journal text: delete them yourself"
            )
        if isinstance(exc, disk_files.FileInUse):  # it names the file and says what to do
            if not stayed:
                raise
            raise StorageError(f"{exc.message.rstrip('.')}; {outcome}") from None
        # Said as a backup or a pack says it (disk/storage_errors.py).
        raise file_write_error(exc, out_dir, outcome=outcome) from None
    except BaseException:
        if not _undo(temp, placed, out_dir if made_folder else None):
            temp_files.forget(note)
        raise
    temp_files.forget(note)
    log.info("whole journal exported as %s (%d records)", fmt, len(records))
    return len(records)


def _undo(temp: Path, placed: list[Path], made_folder: Path | None) -> list[Path]:
    """Remove a failed export: the temporary file or folder, whatever was already
    moved into the folder, and the folder if this export made it. Returns what stayed."""
    stayed = [] if temp_files.discard(temp) else [temp]
    for path in placed:
        if not temp_files.remove_path(path):
            stayed.append(path)
    if made_folder is not None:
        with contextlib.suppress(OSError):
            os.rmdir(made_folder)  # only if empty
    return stayed


def _json_document(
    journal: Journal, records: list[Record], files: ExportFiles, folder: Path | None = None
) -> str:
    trash = journal.trash()
    history = {}
    for record in [*records, *trash]:
        earlier = [
            {"revision": v.revision, "record": v.record.to_dict() if v.record else None}
            for v in journal.history(record.id)
            if not v.current
        ]
        if earlier:
            history[record.id] = earlier
    document = {
        "exported": utc_now().isoformat(),
        "note": (
            "PSW Journal export: every record as the app stores it, the trash, and each "
            "record's earlier versions, newest first (null: a damaged one). Not encrypted."
        ),
        "records": [r.to_dict() for r in records],
        "trash": [r.to_dict() for r in trash],
        "history": history,
        "settings": journal.settings(),
    }
    words = personal_words(journal)
    if words:  # the worker's own spelling dictionary, only once there is one
        document["dictionary"] = words
    if folder is not None:
        document["attachments"] = files.write_json_files(folder)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _write(path: Path, text: str) -> None:
    """A new file readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        fsync_fd(fh.fileno())


def _slug(text: str) -> str:
    words = re.sub(r"[^\w\s-]", "", text.lower()).split()
    return "-".join(words)[:48].strip("-") or "entry"


def _write_markdown(
    out_dir: Path, records: list[Record], vocabulary: Vocabulary, files: ExportFiles
) -> None:
    index = ["# PSW Journal", "", f"{len(records)} records, exported {utc_now():%d %B %Y}.", ""]
    for record in records:
        folder = ensure_private_dir(out_dir / f"{record.date.year:04d}")
        name = f"{record.date.isoformat()}-{_slug(record_name(record))}-{record.id[:8]}.md"
        text = record_markdown(record, vocabulary)
        attached = files.write_beside(folder, name.removesuffix(".md") + ".files", record.id)
        if attached:
            links = [f"- [{printable(label)}]({href})" for label, href in attached]
            text += "\n## Attached files\n\n" + "\n".join(links) + "\n"
        _write(folder / name, text)
        title = record_name(record)
        index.append(
            f"- {record.date.isoformat()} {TYPE_LABELS[record.type]}: [{title}]"
            f"({folder.name}/{name})"
        )
    _write(out_dir / "index.md", "\n".join(index) + "\n")


def record_markdown(record: Record, vocabulary: Vocabulary) -> str:
    """One record as Markdown: its details first, then every field under a heading
    (themes and competence areas by name; the JSON export keeps their ids)."""
    lines = [f"# {record_name(record)}", ""]
    details = [
        ("Type", TYPE_LABELS[record.type]),
        ("Date", record.date.isoformat()),
        ("Share level", record.share.value),
        ("Shared title", record.shared_title),
        ("Bring to supervision", "yes" if record.for_supervision else "no"),
        ("Tags", ", ".join(record.tags)),
        ("Id", record.id),
        ("Created", record.created.isoformat()),
        ("Updated", record.updated.isoformat()),
    ]
    lines += [f"- **{label}:** {value}" for label, value in details if value]
    labels = FIELD_LABELS[record.type]
    names = [n for n in labels if n in record.fields] + sorted(
        n for n in record.fields if n not in labels
    )
    for name in names:
        value = record.fields[name]
        if name == Field.THEMES:
            text = ", ".join(vocabulary.themes.get(t, t) for t in value)
        elif name == Field.COMPETENCES:
            areas = vocabulary.competences
            text = "; ".join(areas[a].name if a in areas else a for a in value)
        else:
            text = _field_markdown(name, value)
        lines += ["", f"## {field_label(record.type, name)}", "", text]
    if record.shared_summary:
        lines += ["", "## Shared summary", "", record.shared_summary]
    return printable("\n".join(lines) + "\n")


def _field_markdown(name: str, value: Any) -> str:
    if name == Field.ACTIONS:
        rows = ["| Action | Owner | Due | Status |", "| --- | --- | --- | --- |"]
        for action in value:
            cells = [
                action.get(ActionField.TEXT, ""),
                action.get(ActionField.OWNER, ""),
                action.get(ActionField.DUE) or "",
                choice_label(ActionField.STATUS, action.get(ActionField.STATUS, "open")),
            ]
            rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        return "\n".join(rows)
    if name == Field.CONSIDERATIONS:
        prompts = CHOICE_LABELS[Field.CONSIDERATIONS]
        return "\n\n".join(f"**{prompts.get(k, k)}** {v}" for k, v in value.items())
    if name == Field.SECTIONS:
        return "\n\n".join(f"**{s.get('heading', '')}**\n\n{s.get('text', '')}" for s in value)
    return field_text(name, value)
