"""SIGKILL at random points of many saves, imports, backups and passphrase changes
(SECURITY.md: "a killed process loses at most the edit being typed, never a saved
record, and the file always reopens"; "passphrase change interrupted midway: either
the old or the new passphrase opens it, and the recovery key always does"; issue 6:
an import is all there or not at all, a killed backup leaves no partial file under
its name).

All marked slow: the whole suite (`pytest --slow`) runs 14 saves, 10 passphrase
changes, 8 imports through the API, 8 through the CLI and 12 backups (52 rounds, about
35 s on 2 cores); `--soak` runs 50, 25, 40, 40 and 60. The fast loop runs none."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE
from crash_writer import (
    BACKUP_NAMES,
    content_for,
    expected_import,
    import_key,
    seq_of,
)

from journal_app.errors import WrongPassphrase
from journal_app.services.journal import Journal

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

WRITER = Path(__file__).with_name("crash_writer.py")
OTHER_PASSPHRASE = "a different passphrase for the crash test"
READY_TIMEOUT_S = 30


@dataclass
class KilledRun:
    lines: list[str] = field(default_factory=list)  # complete lines only
    stderr: str = ""


def _run_and_kill(args: list[str], delay_s: float, stderr_path: Path) -> KilledRun:
    """Start the writer, wait until it has opened the vault, let it write for
    `delay_s`, then SIGKILL it. Returns every line it had finished printing."""
    run = KilledRun()
    ready = threading.Event()
    with open(stderr_path, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), *args],
            stdout=subprocess.PIPE,
            stderr=err,
        )

        def read() -> None:
            assert proc.stdout is not None
            for raw in proc.stdout:
                if raw.endswith(b"\n"):  # a line cut by the kill promises nothing
                    run.lines.append(raw.decode().rstrip("\n"))
                    if raw == b"ready\n":
                        ready.set()
            ready.set()  # EOF: the writer died on its own; the checks below say why

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            ready.wait(READY_TIMEOUT_S)
            time.sleep(delay_s)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        reader.join(timeout=30)
    run.stderr = stderr_path.read_text(errors="replace")
    assert proc.returncode == -signal.SIGKILL, (
        f"the writer exited by itself ({proc.returncode}):\n{run.stderr}"
    )
    assert run.lines[:1] == ["ready"], f"the writer never opened the vault:\n{run.stderr}"
    return run


def _integrity_check(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def _assert_whole(journal: Journal) -> None:
    """Every record decodes and is exactly the content of one save."""
    assert journal.damaged == []
    assert len(journal) == journal.store.record_count()
    for record in journal.records():
        expected = content_for(seq_of(record.title))
        got = record.to_dict()
        assert {k: got[k] for k in expected} == expected, f"record {record.id} is half-written"


pytestmark = pytest.mark.slow


def _rounds(request: pytest.FixtureRequest, normal: int, soak: int) -> int:
    return soak if request.config.getoption("--soak") else normal


def test_sigkill_during_saves_loses_no_saved_record(
    request: pytest.FixtureRequest, vault_path: Path, tmp_path: Path
) -> None:
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    journal.lock()
    rng = random.Random(20240611)
    promised: dict[str, tuple[int, int]] = {}  # id -> (revision, seq) reported done
    seq_base = 0
    seen: set[str] = set()
    for round_no in range(_rounds(request, 14, 50)):
        run = _run_and_kill(
            ["saves", str(vault_path), PASSPHRASE, str(rng.randrange(2**31)), str(seq_base)],
            delay_s=rng.uniform(0.0, 0.5),
            stderr_path=tmp_path / f"writer-{round_no}.err",
        )
        for line in run.lines[1:]:
            _, record_id, revision, seq = line.split()
            promised[record_id] = (int(revision), int(seq))
        saves = len(run.lines) - 1
        seq_base += saves + 2  # the unreported, possibly committed save used seq_base+saves+1

        journal = Journal.open(vault_path, PASSPHRASE)
        try:
            assert _integrity_check(vault_path) == [("ok",)]
            assert journal.verify() == [], f"round {round_no}"
            _assert_whole(journal)
            for record_id, (revision, seq) in promised.items():
                record = journal.get(record_id)  # RecordNotFound: a saved record was lost
                stored_revision, _ = journal.store.get(record_id)
                assert stored_revision >= revision, f"round {round_no}: {record_id} rolled back"
                assert seq_of(record.title) >= seq, f"round {round_no}: {record_id} rolled back"
            # At most the one save in flight at the kill is on disk without a report.
            ids = {r.id for r in journal.records()}
            assert len(ids - seen - promised.keys()) <= 1
            seen = ids
        finally:
            journal.lock()


def test_sigkill_during_passphrase_change_leaves_one_passphrase_and_recovery_key(
    request: pytest.FixtureRequest, vault_path: Path, tmp_path: Path
) -> None:
    journal, recovery_key = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    for seq in range(1, 6):
        journal.add({"type": "reflection", **content_for(seq)})
    before = {r.id: r.to_dict() for r in journal.records()}
    journal.lock()
    rng = random.Random(1106)
    current, other = PASSPHRASE, OTHER_PASSPHRASE
    for round_no in range(_rounds(request, 10, 25)):
        run = _run_and_kill(
            ["passphrase", str(vault_path), current, other],
            delay_s=rng.uniform(0.0, 0.4),
            stderr_path=tmp_path / f"writer-{round_no}.err",
        )
        assert all(line.startswith("passphrase ") for line in run.lines[1:])

        opened = []
        for candidate in (current, other):
            try:
                Journal.open(vault_path, candidate).lock()
            except WrongPassphrase:
                continue
            opened.append(candidate)
        assert len(opened) == 1, f"round {round_no}: {len(opened)} passphrases open the vault"
        if opened[0] != current:
            current, other = other, current

        assert _integrity_check(vault_path) == [("ok",)]
        by_recovery = Journal.open_with_recovery_key(vault_path, recovery_key)
        try:
            assert by_recovery.verify() == []
            assert by_recovery.damaged == []
            assert {r.id: r.to_dict() for r in by_recovery.records()} == before
        finally:
            by_recovery.lock()


# --- imports -------------------------------------------------------------------------

# Imported batches only add records: once the journal passes FRESH_AT records the test
# starts the next round on a new vault, so reopening stays quick.
FRESH_AT = 300


def _imported_batches(journal: Journal, round_no: int) -> dict[int, dict[int, str]]:
    """batch -> {entry number -> record id}; every record must be exactly the entry it
    was imported from, and every batch present must be present whole."""
    batches: dict[int, dict[int, str]] = {}
    sizes: dict[int, int] = {}
    for record in journal.records():
        key = import_key(record.title)
        assert key is not None, f"round {round_no}: record {record.id} is not an import"
        batch, k, size = key
        expected = expected_import(batch, k, size)
        got = record.to_dict()
        assert {f: got[f] for f in expected} == expected, f"record {record.id} is half-written"
        assert k not in batches.get(batch, {}), f"round {round_no}: entry imported twice"
        batches.setdefault(batch, {})[k] = record.id
        sizes[batch] = size
    for batch, members in batches.items():
        assert sorted(members) == list(range(1, sizes[batch] + 1)), (
            f"round {round_no}: batch {batch} is partly imported ({sorted(members)} "
            f"of {sizes[batch]} entries)"
        )
    return batches


@pytest.mark.parametrize("via", ["api", "cli"])
def test_sigkill_during_imports_keeps_each_batch_whole_and_every_reported_one(
    request: pytest.FixtureRequest, vault_path: Path, tmp_path: Path, via: str
) -> None:
    """`api`: parse_import of a jrnl JSON export, then Journal.save_many; `cli`:
    `psw-journal import` run inside the writer, which opens the vault every time."""
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    journal.lock()
    workdir = tmp_path / "exports"
    workdir.mkdir()
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret = PASSPHRASE if via == "api" else str(passphrase_file)
    mode = "imports" if via == "api" else "cli-imports"
    rng = random.Random(60606 if via == "api" else 70707)
    promised: dict[int, set[str]] = {}  # batch -> ids, reported imported (and not trimmed)
    seen: set[int] = set()  # batches in the vault after the previous round
    batch_base = 0
    reported = 0
    for round_no in range(_rounds(request, 8, 40)):
        run = _run_and_kill(
            [
                mode,
                str(vault_path),
                secret,
                str(rng.randrange(2**31)),
                str(batch_base),
                str(workdir),
            ],
            delay_s=rng.uniform(0.05, 0.6),
            stderr_path=tmp_path / f"writer-{round_no}.err",
        )
        for line in run.lines[1:]:
            _, batch, size, ids = line.split()
            assert len(ids.split(",")) == int(size)
            promised[int(batch)] = set(ids.split(","))
        reported += len(run.lines) - 1
        batch_base += len(run.lines) - 1 + 2  # the batch in flight used batch_base+n+1

        journal = Journal.open(vault_path, PASSPHRASE)
        try:
            assert _integrity_check(vault_path) == [("ok",)]
            assert journal.verify() == [], f"round {round_no}"
            assert journal.damaged == []
            batches = _imported_batches(journal, round_no)
            for batch, ids in promised.items():
                assert batch in batches, f"round {round_no}: reported batch {batch} was lost"
                assert set(batches[batch].values()) == ids, f"round {round_no}: batch {batch}"
            # At most the batch in flight at the kill is on disk without a report.
            assert len(set(batches) - seen - promised.keys()) <= 1
            fresh = len(journal) > FRESH_AT
            seen = set(batches)
        finally:
            journal.lock()
        if fresh:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{vault_path}{suffix}").unlink(missing_ok=True)
            Journal.create(vault_path, PASSPHRASE, FAST_KDF)[0].lock()
            promised, seen = {}, set()
    assert reported > 0, "no import finished in any round: the kills all came too early"


# --- backups -------------------------------------------------------------------------


def test_sigkill_during_backups_leaves_no_partial_backup_under_its_name(
    request: pytest.FixtureRequest, vault_path: Path, tmp_path: Path
) -> None:
    """The writer alternates a save and a backup over one of three names. After each
    kill, every file under a backup name opens, verifies and is whole, and holds every
    save reported before the backup that was last reported under that name."""
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    for seq in range(1, 11):
        journal.add({"type": "reflection", **content_for(seq)})
    journal.lock()
    outdir = tmp_path / "backups"
    outdir.mkdir()
    rng = random.Random(8086)
    promised: dict[str, tuple[int, int]] = {}  # id -> (revision, seq) reported saved
    backed_up: dict[str, dict[str, tuple[int, int]]] = {}  # name -> promised at its report
    seq_base = 10
    backups = 0
    for round_no in range(_rounds(request, 12, 60)):
        run = _run_and_kill(
            [
                *("backups", str(vault_path), PASSPHRASE),
                *(str(rng.randrange(2**31)), str(seq_base), str(outdir)),
            ],
            delay_s=rng.uniform(0.0, 0.6),
            stderr_path=tmp_path / f"writer-{round_no}.err",
        )
        saves = 0
        for line in run.lines[1:]:
            kind, *rest = line.split()
            if kind == "saved":
                record_id, revision, seq = rest
                promised[record_id] = (int(revision), int(seq))
                saves += 1
            else:
                assert kind == "backup", line
                backed_up[rest[1]] = dict(promised)
                backups += 1
        seq_base += saves + 2

        journal = Journal.open(vault_path, PASSPHRASE)
        try:
            assert _integrity_check(vault_path) == [("ok",)]
            assert journal.verify() == [], f"round {round_no}"
            _assert_whole(journal)
            for record_id, (revision, seq) in promised.items():
                assert journal.store.get(record_id)[0] >= revision, f"round {round_no}"
                assert seq_of(journal.get(record_id).title) >= seq
        finally:
            journal.lock()

        names = sorted(os.listdir(outdir))
        strays = [n for n in names if n not in BACKUP_NAMES and ".partial-" not in n]
        assert strays == [], f"round {round_no}: unexpected files {strays}"
        assert all(n.startswith(".") for n in names if ".partial-" in n)
        for name in (n for n in names if n in BACKUP_NAMES):
            path = outdir / name
            assert _integrity_check(path) == [("ok",)], f"round {round_no}: {name}"
            backup = Journal.open(path, PASSPHRASE)
            try:
                assert backup.verify() == [], f"round {round_no}: {name}"
                _assert_whole(backup)
                for record_id, (revision, seq) in backed_up.get(name, {}).items():
                    stored_revision, _ = backup.store.get(record_id)
                    assert stored_revision >= revision, f"round {round_no}: {name} is stale"
                    assert seq_of(backup.get(record_id).title) >= seq
            finally:
                backup.lock()
        for name in set(backed_up) - set(names):
            raise AssertionError(f"round {round_no}: the reported backup {name} is gone")
    assert backups > 0, "no backup finished in any round: the kills all came too early"
