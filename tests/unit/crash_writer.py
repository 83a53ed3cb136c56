"""The process test_crash.py kills: it opens a vault and writes until SIGKILL arrives.

    python crash_writer.py saves VAULT PASSPHRASE SEED FIRST_SEQ
    python crash_writer.py passphrase VAULT CURRENT_PASSPHRASE OTHER_PASSPHRASE
    python crash_writer.py imports VAULT PASSPHRASE SEED FIRST_BATCH WORKDIR
    python crash_writer.py cli-imports VAULT PASSPHRASE_FILE SEED FIRST_BATCH WORKDIR
    python crash_writer.py backups VAULT PASSPHRASE SEED FIRST_SEQ OUTDIR

It prints ``ready`` once the vault is open, then one line per write, flushed only
after the write has returned, so every line the test reads is a promise that the
write is on disk:

    saved <record id> <revision> <seq>
    passphrase <0|1>          (0: CURRENT_PASSPHRASE now opens it, 1: OTHER)
    imported <batch> <size> <id>,<id>,...
    backup <n> <file name>

Each save writes the content `content_for(seq)`, and each imported entry the content
`import_entry(batch, k, size)`, so the test can tell from a record alone which write
it came from and whether it arrived whole.

`imports` writes each batch as a jrnl JSON export, parses it (`parse_import`) and
stores it with `Journal.save_many`; `cli-imports` runs `psw-journal import` in this
process for each batch (the vault is opened and locked again every time). `backups`
alternates a save (as `saves` does) with `Journal.backup` to one of BACKUP_NAMES in
OUTDIR, so most backups replace an older one.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import string
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from journal_app.services.journal import Journal

# Bounds the journal's size so that reopening stays quick however long a round runs.
MAX_RECORDS = 40
MAX_BATCH = 8
BACKUP_NAMES = ("backup-0.pswbackup", "backup-1.pswbackup", "backup-2.pswbackup")
_ALPHABET = string.ascii_letters + string.digits + "      éßø€你好"


def content_for(seq: int) -> dict[str, Any]:
    """Record JSON (without `type`) written by save number `seq`; a few KB of body
    so that a kill often lands in the middle of a write."""
    rng = random.Random(seq)
    body = "".join(rng.choices(_ALPHABET, k=rng.randint(500, 20_000)))
    return {
        "date": (date(2020, 1, 1) + timedelta(days=seq % 2000)).isoformat(),
        "title": f"save {seq}",
        "tags": [f"tag-{seq % 7}"],
        "fields": {"text": f"seq={seq};{body}", "mood_after": seq % 10 + 1},
    }


def seq_of(title: str) -> int:
    return int(title.removeprefix("save "))


def import_entry(batch: int, k: int, size: int) -> dict[str, Any]:
    """Entry `k` (1-based) of import batch `batch` of `size` entries, as jrnl exports
    it. The body has no leading or trailing space, so the importer keeps it as is."""
    rng = random.Random(batch * 1000 + k)
    body = "".join(rng.choices(_ALPHABET, k=rng.randint(500, 12_000))).strip()
    return {
        "date": (date(2021, 1, 1) + timedelta(days=(batch * 13 + k) % 1500)).isoformat(),
        "time": "09:30",
        "title": f"import {batch} {k} {size}",
        "body": f"batch={batch};k={k};{body}",
        "tags": [f"@batch-{batch % 5}"],
        "starred": False,
    }


def import_key(title: str) -> tuple[int, int, int] | None:
    """(batch, k, size) from an imported record's title; None for other records."""
    if not title.startswith("import "):
        return None
    batch, k, size = (int(part) for part in title.split()[1:])
    return batch, k, size


def expected_import(batch: int, k: int, size: int) -> dict[str, Any]:
    """What the record imported from `import_entry(batch, k, size)` must hold."""
    entry = import_entry(batch, k, size)
    return {
        "type": "reflection",
        "date": entry["date"],
        "title": entry["title"],
        "tags": [entry["tags"][0].lstrip("@")],
        "fields": {"model": "free", "text": entry["body"]},
    }


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class _Saver:
    """One save per `step`: edits a random record, or adds one while there are few."""

    def __init__(self, journal: Journal, seed: int, first_seq: int) -> None:
        self.journal = journal
        self.rng = random.Random(seed)
        self.ids = sorted(r.id for r in journal.records())
        self.seq = first_seq

    def step(self) -> None:
        self.seq += 1
        content = content_for(self.seq)
        if self.ids and (len(self.ids) >= MAX_RECORDS or self.rng.random() < 0.7):
            record_id = self.rng.choice(self.ids)
            self.journal.edit(record_id, content)
        else:
            record_id = self.journal.add({"type": "reflection", **content}).id
            self.ids.append(record_id)
        revision, _ = self.journal.store.get(record_id)
        _say(f"saved {record_id} {revision} {self.seq}")


def run_saves(path: Path, passphrase: str, seed: int, first_seq: int) -> None:
    saver = _Saver(Journal.open(path, passphrase), seed, first_seq)
    _say("ready")
    while True:
        saver.step()


def run_passphrase_changes(path: Path, current: str, other: str) -> None:
    journal = Journal.open(path, current)
    passphrases = (current, other)
    _say("ready")
    now = 0
    while True:
        now = 1 - now
        journal.change_passphrase(passphrases[now])
        _say(f"passphrase {now}")


def _write_export(workdir: Path, batch: int, size: int) -> Path:
    source = workdir / f"batch-{batch}.json"
    entries = [import_entry(batch, k, size) for k in range(1, size + 1)]
    source.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return source


def run_imports(path: Path, passphrase: str, seed: int, first_batch: int, workdir: Path) -> None:
    from journal_app.services.importers import parse_import

    journal = Journal.open(path, passphrase)
    rng = random.Random(seed)
    _say("ready")
    batch = first_batch
    while True:
        batch += 1
        size = rng.randint(1, MAX_BATCH)
        source = _write_export(workdir, batch, size)
        records = parse_import(source, "jrnl-json", journal.vocabulary)
        journal.save_many(records)
        _say(f"imported {batch} {size} {','.join(r.id for r in records)}")
        source.unlink()


def run_cli_imports(
    path: Path, passphrase_file: Path, seed: int, first_batch: int, workdir: Path
) -> None:
    from journal_app.cli import run

    rng = random.Random(seed)
    base = ["--vault", str(path), "--passphrase-file", str(passphrase_file)]
    _say("ready")
    batch = first_batch
    while True:
        batch += 1
        size = rng.randint(1, MAX_BATCH)
        source = _write_export(workdir, batch, size)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            code = run([*base, "import", str(source), "--format", "jrnl-json", "--json"])
        if code != 0:
            raise SystemExit(f"psw-journal import exited {code}")
        ids = json.loads(printed.getvalue())["ids"]
        _say(f"imported {batch} {size} {','.join(ids)}")
        source.unlink()


def run_backups(path: Path, passphrase: str, seed: int, first_seq: int, outdir: Path) -> None:
    journal = Journal.open(path, passphrase)
    saver = _Saver(journal, seed, first_seq)
    _say("ready")
    n = 0
    while True:
        saver.step()
        n += 1
        name = BACKUP_NAMES[n % len(BACKUP_NAMES)]
        journal.backup(outdir / name)
        _say(f"backup {n} {name}")


def main(argv: list[str]) -> None:
    mode, path = argv[0], Path(argv[1])
    if mode == "saves":
        run_saves(path, argv[2], int(argv[3]), int(argv[4]))
    elif mode == "passphrase":
        run_passphrase_changes(path, argv[2], argv[3])
    elif mode == "imports":
        run_imports(path, argv[2], int(argv[3]), int(argv[4]), Path(argv[5]))
    elif mode == "cli-imports":
        run_cli_imports(path, Path(argv[2]), int(argv[3]), int(argv[4]), Path(argv[5]))
    elif mode == "backups":
        run_backups(path, argv[2], int(argv[3]), int(argv[4]), Path(argv[5]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
