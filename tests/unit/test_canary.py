"""Canary strings typed into every field never appear on disk in plaintext
(SECURITY.md: "canary strings typed into every field never appear in the database,
-wal, -shm, temp files, logs, settings or backups")."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.domain.records import RecordType
from journal_app.domain.schema import SCHEMAS, Kind
from journal_app.domain.vocabulary import Vocabulary
from journal_app.errors import ValidationError
from journal_app.logsetup import configure_logging, content_free_traceback
from journal_app.services.journal import Journal
from journal_app.services.vocabulary import load_vocabulary

NEW_PASSPHRASE = "a brand new passphrase for the canary test"
MARK = "7f3a"
# Dates no clock will produce while the test runs, so finding one means a leak.
FIRST_DATES = {
    RecordType.REFLECTION: "2019-04-11",
    RecordType.DISCLOSURE: "2019-05-12",
    RecordType.SUPERVISION: "2019-06-13",
    RecordType.CHECKIN: "2019-07-14",
    RecordType.TRAINING: "2019-08-15",
    RecordType.GOAL: "2019-09-16",
    RecordType.WELLNESS_PLAN: "2019-10-17",
}
EDITED_DATES = {
    RecordType.REFLECTION: "2018-08-21",
    RecordType.DISCLOSURE: "2018-09-22",
    RecordType.SUPERVISION: "2018-10-23",
    RecordType.CHECKIN: "2018-11-24",
    RecordType.TRAINING: "2018-12-25",
    RecordType.GOAL: "2018-01-26",
    RecordType.WELLNESS_PLAN: "2018-02-27",
}
FIELD_DATES = ("2031-02-03", "2031-03-04")  # next_date, an action's due date
# Words only a record's plaintext JSON would put in the file.
STRUCTURE_WORDS = (
    *(t.value for t in RecordType),
    '"fields"',
    '"shared_summary"',
    '"for_supervision"',
)


def canary(*parts: str) -> str:
    return "CANARY-" + "-".join(parts) + f"-{MARK}"


def record_json(
    record_type: RecordType, version: str, day: str, vocabulary: Vocabulary
) -> tuple[dict[str, Any], list[str]]:
    """Record JSON with a distinct canary in every text-bearing field of the type,
    and the list of those canaries."""
    canaries: list[str] = []

    def c(*parts: str) -> str:
        text = canary(record_type.value, version, *parts)
        canaries.append(text)
        return text

    fields: dict[str, Any] = {}
    for name, spec in SCHEMAS[record_type].items():
        kind = spec.kind
        if kind is Kind.TEXT:
            fields[name] = c(name)
        elif kind is Kind.SCORE:
            fields[name] = 7
        elif kind is Kind.DATE:
            fields[name] = FIELD_DATES[0]
        elif kind is Kind.CHOICE:
            fields[name] = spec.choices[-1]
        elif kind is Kind.MULTI:
            fields[name] = list(spec.choices[:2])
        elif kind is Kind.THEMES:
            fields[name] = sorted(vocabulary.themes)[:2]
        elif kind is Kind.COMPETENCES:
            fields[name] = sorted(vocabulary.competences)[:2]
        elif kind is Kind.ACTIONS:
            fields[name] = [
                {
                    "text": c(name, "text"),
                    "owner": c(name, "owner"),
                    "due": FIELD_DATES[1],
                    "status": "open",
                }
            ]
        elif kind is Kind.CONSIDERATIONS:
            fields[name] = {prompt: c(name, prompt) for prompt in spec.choices}
        elif kind is Kind.SECTIONS:
            fields[name] = [{"heading": c(name, "heading"), "text": c(name, "text")}]
        elif kind is Kind.FLAG:
            fields[name] = True
        elif kind is Kind.SHORT_TEXT:
            fields[name] = c(name)
        elif kind is Kind.HOURS:
            fields[name] = 7.5
        elif kind is Kind.RECORD_IDS:
            fields[name] = []  # a training's goals: ids, not text (and must name goals)
        else:
            raise AssertionError(f"field kind {kind} is new: give it a canary in this test")
    data = {
        "type": record_type.value,
        "date": day,
        "title": c("title"),
        "tags": [c("tag", "one"), c("tag", "two")],
        "share": "summary",
        "for_supervision": True,
        "shared_summary": c("shared_summary"),
        "fields": fields,
    }
    return data, canaries


def _files_under(root: Path) -> Iterator[Path]:
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath, name)
            if path.is_file() and not path.is_symlink():
                yield path


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # vanished or unreadable (another process's file): not ours
        return b""


def _leaks(data: bytes, needles: list[str]) -> list[str]:
    found = [
        needle
        for needle in needles
        if needle.encode() in data or needle.encode("utf-16-le") in data
    ]
    # Also a canary that was case-folded (as a search index does) or cut short.
    lowered = data.lower()
    if b"canary-" in lowered or "canary-".encode("utf-16-le") in lowered:
        found.append("canary-...")
    return found


@pytest.fixture
def app_logging(tmp_path: Path) -> Iterator[Path]:
    """The app's log file in the test's dir; the logger is put back afterwards."""
    logger = logging.getLogger("journal_app")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    path = configure_logging(tmp_path / "logs")
    assert path is not None
    yield path
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:], logger.level, logger.propagate = saved


def test_canaries_in_every_field_never_reach_the_disk(
    tmp_path: Path,
    vault_path: Path,
    isolated_dirs: Path,
    app_logging: Path,
) -> None:
    system_temp = Path(tempfile.gettempdir())
    temp_before = set(os.listdir(system_temp))
    vocabulary = load_vocabulary()
    journal, recovery_key = Journal.create(vault_path, PASSPHRASE, FAST_KDF)

    canaries: list[str] = []
    ids: dict[RecordType, str] = {}
    for record_type in RecordType:
        data, typed = record_json(record_type, "v1", FIRST_DATES[record_type], vocabulary)
        canaries += typed
        record = journal.add(data)
        ids[record_type] = record.id
        stored = json.dumps(record.to_dict(), ensure_ascii=False)
        assert all(c in stored for c in typed), "a field dropped its canary: the test is blind"
    for record_type in RecordType:
        data, typed = record_json(record_type, "v2", EDITED_DATES[record_type], vocabulary)
        canaries += typed
        journal.edit(ids[record_type], data)
    assert len(set(canaries)) == len(canaries)

    # A failed save whose message could quote what was typed, logged the way a
    # crash handler would log it.
    bad = canary("unknown", "theme")
    with pytest.raises(ValidationError) as failed:
        journal.add({"type": "reflection", "date": "2019-04-11", "fields": {"themes": [bad]}})
    logging.getLogger("journal_app.crash").error(content_free_traceback(failed.value))
    canaries.append(bad)

    assert journal.search(canary("reflection", "v2", "feelings"))  # the index is in memory
    assert journal.verify() == []

    # While the journal is open the -wal and -shm files exist: look at them now.
    while_open = {
        path: _read(path)
        for path in (
            vault_path,
            vault_path.with_name(vault_path.name + "-wal"),
            vault_path.with_name(vault_path.name + "-shm"),
        )
    }
    assert while_open[vault_path.with_name(vault_path.name + "-wal")], "no WAL: test is blind"

    backup = tmp_path / "backups" / "b.bak"
    backup.parent.mkdir()
    journal.backup(backup)
    journal.change_passphrase(NEW_PASSPHRASE)
    for path in list(while_open):
        while_open[Path(f"{path}.after-passphrase")] = _read(path)
    journal.lock()

    reopened = Journal.open(vault_path, NEW_PASSPHRASE)
    assert reopened.get(ids[RecordType.CHECKIN]).fields["note"] == canary("checkin", "v2", "note")
    reopened.lock()

    secrets_typed = [*canaries, PASSPHRASE, NEW_PASSPHRASE, recovery_key]
    leaks: dict[str, list[str]] = {}

    def check(label: str, data: bytes, structure: bool = False) -> None:
        found = _leaks(data, secrets_typed)
        if structure:
            found += [w for w in STRUCTURE_WORDS if w.encode() in data]
            dates = [*FIRST_DATES.values(), *EDITED_DATES.values(), *FIELD_DATES]
            found += [d for d in dates if d.encode() in data]
        if found:
            leaks[label] = found

    for path, data in while_open.items():
        check(f"{path.name} (journal open)", data, structure=True)
    for path in (vault_path, backup):
        check(path.name, path.read_bytes(), structure=True)
    assert backup.stat().st_size > 0

    logs = list(_files_under(app_logging.parent))
    assert logs and any(p.stat().st_size for p in logs), "nothing was logged: test is blind"
    # Our own dirs entirely (vault dir, backups, logs, and the isolated data, config,
    # state, cache and temp dirs), and whatever appeared in tempfile's dir while the
    # test ran: tempfile caches its dir, so it may still be the system's shared one.
    roots = [tmp_path, isolated_dirs]
    roots += [system_temp / name for name in set(os.listdir(system_temp)) - temp_before]
    scanned: set[Path] = set()
    for root in roots:
        for path in _files_under(root) if root.is_dir() else [root]:
            if path not in scanned:
                scanned.add(path)
                check(str(path), _read(path))
    assert not leaks, f"plaintext found on disk: {leaks}"
