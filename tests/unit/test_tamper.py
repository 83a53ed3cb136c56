"""Tamper tests: a vault edited, damaged or rolled back outside the app.

SECURITY.md: failure is reported, never garbage, never a crash. Every case here builds
a small vault in tmp_path, changes it with raw sqlite3 (or raw bytes) while the app
has it closed, then opens it again through the app.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.domain.records import Record, RecordType
from journal_app.errors import (
    JournalError,
    RecordDamaged,
    UnsupportedFormat,
    VaultCorrupt,
    WeakKdfParameters,
    WrongPassphrase,
    WrongRecoveryKey,
)
from journal_app.services.journal import Journal
from journal_app.vault import crypto, migrations
from journal_app.vault.crypto import CEILING_MEMORY_KIB, KdfParams
from journal_app.vault.header import HEADER_COLUMNS, header_from_row
from journal_app.vault.store import VaultStore

# Texts that must never show up in an error message or a log line.
CANARIES = ("CANARY-title-7f3a", "CANARY-note-91c2", "CANARY-tag-44d0", "CANARY-what-b81e")

SMALL_RECORDS = [
    {
        "type": "checkin",
        "date": "2024-05-01",
        "title": CANARIES[0],
        "tags": [CANARIES[2]],
        "fields": {"mood": 6, "note": CANARIES[1]},
    },
    {"type": "reflection", "date": "2024-05-02", "title": "short", "fields": {"text": "hi"}},
    {"type": "disclosure", "date": "2024-05-03", "fields": {"what": CANARIES[3]}},
]

HEADER_BLOBS = ("vault_id", "kdf_salt", "passphrase_slot", "recovery_slot", "checksum")
HEADER_INTS = ("format_version", "kdf_memory_kib", "kdf_iterations", "kdf_lanes")
# Header columns whose damage must leave the recovery key working: it does not depend
# on them (it is the way out the "header is damaged" message points the worker to).
RECOVERY_INDEPENDENT = {"kdf_salt", "passphrase_slot", "checksum"} | set(HEADER_INTS[1:])


# --- helpers -------------------------------------------------------------------------


def make_vault(path: Path, records: list[dict] = SMALL_RECORDS) -> tuple[dict[str, dict], str]:
    """A closed, checkpointed vault; returns its records (by id) and its recovery key."""
    journal, recovery_key = Journal.create(path, PASSPHRASE, FAST_KDF)
    try:
        for data in records:
            journal.add(data)
        originals = {r.id: r.to_dict() for r in journal.records()}
    finally:
        journal.close()
    assert not Path(f"{path}-wal").exists(), "the vault was not checkpointed on close"
    return originals, recovery_key


@contextlib.contextmanager
def raw_sql(path: Path) -> Iterator[sqlite3.Connection]:
    """The attacker's tool: plain sqlite3, autocommit, no app code."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def header_row(conn: sqlite3.Connection) -> dict:
    row = conn.execute(f"SELECT {HEADER_COLUMNS} FROM vault_header WHERE id = 1").fetchone()
    names = [c.strip() for c in HEADER_COLUMNS.split(",")]
    return dict(zip(names, row, strict=True))


def write_header(conn: sqlite3.Connection, values: dict) -> None:
    sets = ", ".join(f"{name} = ?" for name in values)
    conn.execute(f"UPDATE vault_header SET {sets} WHERE id = 1", tuple(values.values()))


def resealed(values: dict) -> dict:
    """The header row with its checksum recomputed, as an attacker who read header.py
    would do (the checksum is a plain hash, not a MAC)."""
    names = [c.strip() for c in HEADER_COLUMNS.split(",")]
    header = header_from_row(tuple(values[n] for n in names))
    header = replace(header, checksum=header.compute_checksum())
    assert header.is_intact()
    return {**values, "checksum": header.checksum}


def problems_of(journal: Journal) -> set[tuple[str | None, str]]:
    return {(p.record_id, p.kind) for p in journal.verify()}


def by_id(journal: Journal) -> dict[str, dict]:
    return {r.id: r.to_dict() for r in journal.records()}


def flipped(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0xFF]) + data[index + 1 :]


def remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


@pytest.fixture
def memo_kdf(monkeypatch: pytest.MonkeyPatch) -> dict:
    """Run the real Argon2id once per (passphrase, salt, params): the tamper loops open
    the same vault hundreds of times. store.py calls `crypto.derive_passphrase_key`
    through the module, so patching the module attribute reaches it."""
    real = crypto.derive_passphrase_key
    cache: dict = {}
    stats = {"derivations": 0, "calls": 0}

    def memoised(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        stats["calls"] += 1
        key = (passphrase, salt, params)
        if key not in cache:
            stats["derivations"] += 1
            cache[key] = real(passphrase, salt, params)
        return cache[key]

    monkeypatch.setattr(crypto, "derive_passphrase_key", memoised)
    return stats


# --- wrong passphrase ----------------------------------------------------------------


def _assert_reveals_nothing(text: str, *secrets_: str) -> None:
    for secret in (*CANARIES, PASSPHRASE, *secrets_):
        assert secret not in text


def test_wrong_passphrase_is_a_clean_error_that_writes_nothing(
    vault_path: Path, caplog: pytest.LogCaptureFixture
):
    make_vault(vault_path)
    before = sha256_file(vault_path)
    listing = sorted(os.listdir(vault_path.parent))
    wrong = "not the passphrase, but close"
    caplog.set_level(logging.DEBUG)

    with pytest.raises(WrongPassphrase) as info:
        Journal.open(vault_path, wrong)

    assert sha256_file(vault_path) == before
    assert sorted(os.listdir(vault_path.parent)) == listing
    error = info.value
    _assert_reveals_nothing(f"{error} {error!r} {error.message}", wrong)
    _assert_reveals_nothing(caplog.text, wrong)


def test_wrong_passphrase_through_the_store_leaves_it_locked_and_the_file_unchanged(
    vault_path: Path,
):
    make_vault(vault_path)
    before = sha256_file(vault_path)
    store = VaultStore.open(vault_path)
    try:
        with pytest.raises(WrongPassphrase):
            store.unlock(PASSPHRASE + "x")
        assert not store.unlocked
        with pytest.raises(JournalError):
            store.load_all()
    finally:
        store.close()
    assert sha256_file(vault_path) == before


def test_wrong_recovery_key_is_a_clean_error_that_writes_nothing(vault_path: Path):
    _, recovery_key = make_vault(vault_path)
    before = sha256_file(vault_path)
    other = crypto.format_recovery_key(crypto.new_recovery_key())
    assert other != recovery_key
    with pytest.raises(WrongRecoveryKey) as info:
        Journal.open_with_recovery_key(vault_path, other)
    _assert_reveals_nothing(str(info.value), recovery_key, other)
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(vault_path, "not a key")
    assert sha256_file(vault_path) == before


# --- KDF parameters lowered, format versions unknown ----------------------------------


@pytest.mark.parametrize("reseal", [False, True], ids=["checksum-stale", "checksum-recomputed"])
@pytest.mark.parametrize(
    "changes",
    [
        {"kdf_memory_kib": 1024},
        {"kdf_iterations": 1},
        {"kdf_memory_kib": 8, "kdf_iterations": 1, "kdf_lanes": 1},
        {"kdf_memory_kib": 19455},
        {"kdf_lanes": 0},
        {"kdf_memory_kib": CEILING_MEMORY_KIB + 1},  # a memory bomb, not a weakening
    ],
    ids=["memory-1024", "iterations-1", "all-minimal", "memory-floor-minus-1", "lanes-0", "huge"],
)
def test_kdf_parameters_edited_in_the_header_are_refused(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, changes: dict, reseal: bool
):
    make_vault(vault_path)
    with raw_sql(vault_path) as conn:
        values = {**header_row(conn), **changes}
        write_header(conn, resealed(values) if reseal else values)
    seen: list[KdfParams] = []
    real = crypto.derive_passphrase_key
    monkeypatch.setattr(
        crypto,
        "derive_passphrase_key",
        lambda passphrase, salt, params: seen.append(params) or real(passphrase, salt, params),
    )

    with pytest.raises(WeakKdfParameters) as info:
        Journal.open(vault_path, PASSPHRASE)
    assert "key-derivation" in str(info.value)
    # Refused before any derivation: no weak (or memory-exhausting) Argon2id run.
    assert seen == []

    store = VaultStore.open(vault_path)
    try:
        with pytest.raises(WeakKdfParameters):
            store.unlock(PASSPHRASE)
        assert not store.unlocked
    finally:
        store.close()


@pytest.mark.parametrize("reseal", [False, True], ids=["checksum-stale", "checksum-recomputed"])
@pytest.mark.parametrize("version", [0, 2, 3, 65535])
def test_unknown_header_format_version_is_refused(vault_path: Path, version: int, reseal: bool):
    make_vault(vault_path)
    with raw_sql(vault_path) as conn:
        values = {**header_row(conn), "format_version": version}
        write_header(conn, resealed(values) if reseal else values)
    before = sha256_file(vault_path)
    with pytest.raises(UnsupportedFormat) as info:
        Journal.open(vault_path, PASSPHRASE)
    assert str(version) in str(info.value)
    assert sha256_file(vault_path) == before


@pytest.mark.parametrize(
    ("user_version", "refusal"),
    [
        *((v, UnsupportedFormat) for v in (migrations.LATEST + 1, 99, 2**31 - 1, -1, -(2**31))),
        # Today version 0 surfaces as MigrationFailed ("upgrading ... failed"): a typed
        # refusal that leaves the file alone is what matters here.
        (0, JournalError),
    ],
)
def test_unknown_schema_version_is_refused_without_touching_the_file(
    vault_path: Path, user_version: int, refusal: type[JournalError]
):
    make_vault(vault_path)
    with raw_sql(vault_path) as conn:
        conn.execute(f"PRAGMA user_version = {user_version}")
    before = sha256_file(vault_path)
    listing = sorted(os.listdir(vault_path.parent))
    with pytest.raises(refusal):
        Journal.open(vault_path, PASSPHRASE)
    assert sha256_file(vault_path) == before
    assert sorted(os.listdir(vault_path.parent)) == listing  # no migration backup either


# --- every byte of the header --------------------------------------------------------


def _header_variants(values: dict) -> Iterator[tuple[str, str, object]]:
    for column in HEADER_BLOBS:
        blob = values[column]
        for i in range(len(blob)):
            yield column, f"{column}[{i}]", flipped(blob, i)
    for column in HEADER_INTS:
        for delta in (-1, 1):
            yield column, f"{column}{delta:+d}", values[column] + delta


@pytest.mark.slow  # every header byte, each opened twice: about 3 s
def test_every_header_byte_flipped_is_reported(vault_path: Path, memo_kdf: dict):
    originals, recovery_key = make_vault(vault_path)
    failures: list[str] = []
    outcomes: dict[str, int] = {}

    def attempt(label: str, opener, *, recovery_must_work: bool = False) -> type | None:
        try:
            journal = opener()
        except JournalError as exc:
            outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
            if recovery_must_work:
                failures.append(f"{label}: recovery key refused ({type(exc).__name__})")
            return type(exc)
        except Exception as exc:
            failures.append(f"{label}: crashed with {type(exc).__name__}: {exc}")
            return None
        try:
            if journal.damaged or by_id(journal) != originals:
                failures.append(f"{label}: opened with wrong content, damaged={journal.damaged}")
        finally:
            journal.close()
        outcomes["opened"] = outcomes.get("opened", 0) + 1
        return None

    with raw_sql(vault_path) as conn:
        pristine = header_row(conn)
        for column, label, value in _header_variants(pristine):
            for reseal in (False, True):
                if reseal and column == "checksum":
                    continue
                values = {**pristine, column: value}
                if reseal:
                    try:
                        values = resealed(values)
                    except JournalError:
                        continue  # not representable in a header; covered unsealed
                name = f"{label}{' resealed' if reseal else ''}"
                write_header(conn, values)
                try:
                    by_passphrase = attempt(
                        f"{name} (passphrase)", lambda: Journal.open(vault_path, PASSPHRASE)
                    )
                    # The passphrase slot's associated data does not cover the recovery
                    # slot, so a recovery slot rewritten with a recomputed checksum still
                    # opens (with the right records) by passphrase; the keyed header MAC
                    # makes verify report it (test_replaced_recovery_slot_is_reported).
                    if by_passphrase is None and not (reseal and column == "recovery_slot"):
                        failures.append(f"{name}: the passphrase opened a tampered header")
                    elif not reseal and by_passphrase is WrongPassphrase:
                        failures.append(f"{name}: damage reported as a wrong passphrase")
                    attempt(
                        f"{name} (recovery key)",
                        lambda: Journal.open_with_recovery_key(vault_path, recovery_key),
                        recovery_must_work=not reseal and column in RECOVERY_INDEPENDENT,
                    )
                finally:
                    write_header(conn, pristine)

    assert not failures, f"{len(failures)} failures, e.g.:\n" + "\n".join(failures[:20])
    assert outcomes.get("VaultCorrupt", 0) > 0 and outcomes.get("WrongPassphrase", 0) > 0
    journal = Journal.open(vault_path, PASSPHRASE)  # the restored header still works
    assert by_id(journal) == originals
    journal.close()


@pytest.mark.parametrize("column", ["recovery_slot", "header_mac"])
def test_replaced_recovery_slot_is_reported(vault_path: Path, column: str):
    """Someone with write access swaps the recovery slot (or its MAC) and recomputes the
    plain checksum: the passphrase still opens the journal, and verify says the recovery
    key may no longer work. A passphrase change then never seals the new key to that
    slot (it might be someone else's): it makes a new recovery key, which works."""
    originals, old_recovery = make_vault(vault_path)
    with raw_sql(vault_path) as conn:
        values = header_row(conn)
        write_header(conn, resealed({**values, column: flipped(values[column], 3)}))
    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        assert by_id(journal) == originals
        assert (None, "header") in problems_of(journal)
        new_recovery = journal.change_passphrase(PASSPHRASE + " and more")
        assert new_recovery is not None and new_recovery != old_recovery
        assert problems_of(journal) == set()
    finally:
        journal.close()
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(vault_path, old_recovery)
    journal = Journal.open_with_recovery_key(vault_path, new_recovery)
    assert by_id(journal) == originals
    journal.close()


# --- every byte of every record's nonce, ciphertext and tag --------------------------


@pytest.mark.slow  # every byte of every record: about 4 s
def test_every_record_byte_flipped_quarantines_only_that_record(vault_path: Path, memo_kdf: dict):
    originals, _ = make_vault(vault_path)
    failures: list[str] = []
    with raw_sql(vault_path) as conn:
        rows = conn.execute("SELECT id, revision, blob FROM records").fetchall()
    assert len(rows) == len(originals)

    # One attacker connection for the whole loop, without fsync: only speed changes.
    with raw_sql(vault_path) as attacker:
        attacker.execute("PRAGMA synchronous = OFF")
        for record_id, revision, blob in rows:
            others = {k: v for k, v in originals.items() if k != record_id}
            variants = [(f"byte {i}", revision, flipped(blob, i)) for i in range(len(blob))]
            variants += [("revision+1", revision + 1, blob), ("revision-1", revision - 1, blob)]
            for label, new_revision, new_blob in variants:
                attacker.execute(
                    "UPDATE records SET revision = ?, blob = ? WHERE id = ?",
                    (new_revision, new_blob, record_id),
                )
                where = f"record {record_id} {label}"
                try:
                    journal = Journal.open(vault_path, PASSPHRASE)
                except Exception as exc:
                    failures.append(f"{where}: open failed with {type(exc).__name__}: {exc}")
                    continue
                try:
                    got = by_id(journal)
                    if journal.damaged != [record_id]:
                        failures.append(f"{where}: damaged={journal.damaged}")
                    if got != others:
                        failures.append(f"{where}: the other records did not open intact")
                    if (record_id, "damaged") not in problems_of(journal):
                        failures.append(f"{where}: verify does not name it as damaged")
                    with contextlib.suppress(RecordDamaged):
                        journal.get(record_id)
                        failures.append(f"{where}: get() returned the damaged record")
                finally:
                    journal.close()
            attacker.execute(
                "UPDATE records SET revision = ?, blob = ? WHERE id = ?",
                (revision, blob, record_id),
            )

    assert not failures, f"{len(failures)} failures, e.g.:\n" + "\n".join(failures[:20])
    assert memo_kdf["derivations"] == 1
    journal = Journal.open(vault_path, PASSPHRASE)
    assert by_id(journal) == originals and journal.verify() == []
    journal.close()


# --- whole-file byte flips -------------------------------------------------------------


def _judge_opened(journal: Journal, originals: dict[str, dict]) -> str | None:
    """None if the journal is an acceptable outcome of damage: every record it shows is
    exactly an original, and every original it does not show is reported."""
    got = by_id(journal)
    for record_id, record in got.items():
        if originals.get(record_id) != record:
            return f"record {record_id} opened with content that is not the original"
    missing = set(originals) - set(got)
    unnamed = missing - set(journal.damaged)
    if not unnamed:
        return None
    # A flip that destroys the row's id itself (say its type byte now reads NULL) leaves
    # the loader nothing to name it by: the row must still be counted as damaged, under
    # whatever id it now has, and `verify` (which has the manifest) must name the real id.
    unknown_damaged = set(journal.damaged) - set(originals)
    if len(unknown_damaged) < len(unnamed):
        return f"records {sorted(unnamed)} vanished without being reported as damaged"
    named = {p.record_id for p in journal.verify()}
    if not unnamed <= named:
        return f"verify does not name the vanished records {sorted(unnamed - named)}"
    return None


@pytest.mark.slow  # about 250 s: 28,672 opens
def test_every_file_byte_flipped_is_reported_or_harmless(tmp_path: Path, memo_kdf: dict):
    """Every byte of a small closed vault (7 pages, 28 KiB) flipped in turn, each time in
    a fresh copy opened through the app. About 45 s here (~1.6 ms per open with the KDF
    memoised); most bytes are unused page space, which must simply change nothing."""
    source = tmp_path / "pristine.pswvault"
    originals, _ = make_vault(source)
    data = source.read_bytes()
    work = tmp_path / "flipped.pswvault"
    offsets = range(len(data))
    logging.disable(logging.CRITICAL)  # thousands of "quarantined" warnings otherwise
    failures: list[tuple[int, str, str]] = []  # offset, kind, detail
    outcomes: dict[str, int] = {}
    try:
        for offset in offsets:
            remove_sidecars(work)
            work.write_bytes(flipped(data, offset))
            try:
                journal = Journal.open(work, PASSPHRASE)
            except JournalError as exc:
                outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
                continue
            except Exception as exc:
                failures.append((offset, f"crash: {type(exc).__name__}", str(exc)[:100]))
                continue
            try:
                verdict = _judge_opened(journal, originals)
                outcome = "damaged" if journal.damaged else "opened"
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
            finally:
                journal.close()
            if verdict:
                failures.append((offset, "wrong outcome", verdict))
    finally:
        logging.disable(logging.NOTSET)
        remove_sidecars(work)

    kinds: dict[str, list[int]] = {}
    for offset, kind, _ in failures:
        kinds.setdefault(kind, []).append(offset)
    summary = "\n".join(
        f"  {kind}: {len(where)} offsets, first {where[:8]}" for kind, where in kinds.items()
    )
    examples = "\n".join(f"  offset {o}: {k}: {d}" for o, k, d in failures[:10])
    assert not failures, (
        f"{len(failures)} of {len(offsets)} flips misbehaved:\n{summary}\n{examples}"
    )
    # The loop really exercised each kind of outcome.
    assert outcomes.get("VaultCorrupt", 0) and outcomes.get("damaged", 0)
    assert outcomes.get("opened", 0)


def test_damaged_schema_text_is_reported_as_corrupt(vault_path: Path):
    """A flipped byte in a table's CREATE statement makes SQLite's error message
    non-UTF-8; the app must still report a damaged vault, not crash."""
    make_vault(vault_path)
    data = vault_path.read_bytes()
    at = data.index(b"CREATE TABLE manifest_state")
    vault_path.write_bytes(flipped(data, at + len("CREATE ")))
    with pytest.raises(VaultCorrupt):
        Journal.open(vault_path, PASSPHRASE)


# --- records moved, deleted, rolled back; the manifest forged --------------------------


def _blob(conn: sqlite3.Connection, record_id: str) -> tuple[int, bytes]:
    return conn.execute("SELECT revision, blob FROM records WHERE id = ?", (record_id,)).fetchone()


MOVED = "11111111-2222-4333-8444-555555555555"
INTRUDER = "abababab-abab-4bab-8bab-abababababab"
INVENTED = "99999999-8888-4777-8666-555555555555"


@dataclass(frozen=True)
class RawEdit:
    """A change made with plain sqlite3 to a closed vault of SMALL_RECORDS, and what the
    app must make of it. Records are named, not given by id: a, b, c are the three
    records (ids sorted), moved, intruder and invented ids no record had. The statements
    take those names as parameters, and, where the app saved a new revision of
    `app_edits` first, old_revision, old_blob and old_ct_hash: that record's row from
    before, which the attacker kept."""

    id: str
    sql: tuple[str, ...]
    problems: tuple[tuple[str | None, str], ...]  # (record name or None, kind) verify gives
    exact: bool = False  # verify reports exactly `problems`, not merely these among others
    damaged: tuple[str, ...] | None = None  # what journal.damaged names; None: not checked
    shown: tuple[str, ...] | None = None  # exactly the records that open, as they were saved
    hidden: tuple[str, ...] = ()  # records that must not open
    app_edits: str | None = None
    # A later save by the app must not launder the change: still reported after one.
    survives_a_save: bool = False


ROLL_BACK = "UPDATE records SET revision = :old_revision, blob = :old_blob WHERE id = :{}"

RAW_EDITS = [
    # The baseline the other cases compare against: no false alarms.
    RawEdit("untampered", (), (), exact=True, damaged=(), shown=("a", "b", "c")),
    RawEdit(
        "ciphertext-copied-onto-another-record",
        ("UPDATE records SET blob = (SELECT blob FROM records WHERE id = :a) WHERE id = :b",),
        (("b", "damaged"),),
        damaged=("b",),
        shown=("a", "c"),
    ),
    RawEdit(
        "ciphertext-and-revision-copied-onto-another-record",
        (
            "UPDATE records SET (revision, blob) = (SELECT revision, blob FROM records"
            " WHERE id = :a) WHERE id = :b",
        ),
        (("b", "damaged"),),
        damaged=("b",),
        shown=("a", "c"),
    ),
    RawEdit(
        "record-row-moved-to-another-id",
        ("UPDATE records SET id = :moved WHERE id = :a",),
        (("moved", "damaged"), ("a", "missing")),
        damaged=("moved", "a"),  # the moved row and the id it left
        hidden=("a",),
    ),
    RawEdit(
        "record-deleted",
        ("DELETE FROM records WHERE id = :b",),
        (("b", "missing"),),
        exact=True,
        hidden=("b",),
        survives_a_save=True,
    ),
    RawEdit(
        "old-revision-restored",
        (ROLL_BACK.format("a"),),
        (("a", "rolled_back"),),
        exact=True,
        app_edits="a",
    ),
    RawEdit(
        "record-and-its-manifest-entry-deleted",
        ("DELETE FROM records WHERE id = :c", "DELETE FROM manifest WHERE record_id = :c"),
        ((None, "manifest_state"),),
        exact=True,
        hidden=("c",),
        survives_a_save=True,
    ),
    RawEdit(
        "manifest-entry-forged-with-a-random-mac",
        ("UPDATE manifest SET mac = randomblob(32) WHERE record_id = :a",),
        (("a", "manifest_forged"),),
    ),
    RawEdit(
        "rollback-with-the-manifest-entry-rewritten-to-match",
        (
            ROLL_BACK.format("b"),
            "UPDATE manifest SET revision = :old_revision, ct_hash = :old_ct_hash"
            " WHERE record_id = :b",
        ),
        (("b", "manifest_forged"),),
        app_edits="b",
    ),
    RawEdit(
        "manifest-entry-invented-for-an-unknown-record",
        (
            "INSERT INTO manifest (record_id, revision, ct_hash, mac)"
            " VALUES (:invented, 1, zeroblob(32), randomblob(32))",
        ),
        (("invented", "manifest_forged"), (None, "manifest_state")),
    ),
    *(
        RawEdit(f"manifest-summary-{name}", (sql,), ((None, "manifest_state"),))
        for name, sql in (
            ("count-lowered", "UPDATE manifest_state SET count = count - 1"),
            ("digest-zeroed", "UPDATE manifest_state SET digest = zeroblob(32)"),
            ("mac-zeroed", "UPDATE manifest_state SET mac = zeroblob(32)"),
            ("deleted", "DELETE FROM manifest_state"),
        )
    ),
    RawEdit(
        "record-added-outside-the-app",
        (
            "INSERT INTO records (id, revision, blob)"
            " SELECT :intruder, revision, blob FROM records WHERE id = :a",
        ),
        (("intruder", "damaged"),),
        damaged=("intruder",),
        shown=("a", "b", "c"),
    ),
]


def _edited_by_the_app(path: Path, record_id: str) -> dict[str, object]:
    """The app saves a new revision of the record; returns the row it replaced."""
    with raw_sql(path) as conn:
        old_revision, old_blob = _blob(conn, record_id)
    journal = Journal.open(path, PASSPHRASE)
    journal.edit(record_id, {"title": "edited, revision 2"})
    journal.close()
    with raw_sql(path) as conn:
        new_revision, new_blob = _blob(conn, record_id)
    assert new_revision == old_revision + 1 and new_blob != old_blob
    return {
        "old_revision": old_revision,
        "old_blob": old_blob,
        "old_ct_hash": hashlib.sha256(old_blob).digest(),
    }


def _assert_reported(
    got: set[tuple[str | None, str]], expected: set[tuple[str | None, str]], exact: bool
) -> None:
    if exact:
        assert got == expected
    else:
        assert expected <= got


@pytest.mark.parametrize("case", RAW_EDITS, ids=lambda case: case.id)
def test_raw_sql_edit_is_reported(vault_path: Path, case: RawEdit):
    originals, _ = make_vault(vault_path)
    a, b, c = sorted(originals)
    names = {"a": a, "b": b, "c": c, "moved": MOVED, "intruder": INTRUDER, "invented": INVENTED}
    params: dict[str, object] = dict(names)
    if case.app_edits:
        params |= _edited_by_the_app(vault_path, names[case.app_edits])
    with raw_sql(vault_path) as conn:
        for statement in case.sql:
            conn.execute(statement, params)
    expected = {(names[n] if n else None, kind) for n, kind in case.problems}

    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        shown = by_id(journal)
        if case.damaged is not None:
            assert journal.damaged == sorted(names[n] for n in case.damaged)
        if case.shown is not None:
            assert shown == {names[n]: originals[names[n]] for n in case.shown}
        for name in case.hidden:
            assert names[name] not in shown
        for name in case.damaged or ():
            if names[name] in originals:  # never handed out as if it were whole
                with pytest.raises(RecordDamaged):
                    journal.get(names[name])
        _assert_reported(problems_of(journal), expected, case.exact)
        if case.survives_a_save:
            journal.add({"type": "checkin", "date": "2024-06-01", "fields": {"mood": 4}})
            _assert_reported(problems_of(journal), expected, case.exact)
    finally:
        journal.close()


def test_ciphertext_copied_from_another_vault_with_the_same_record_id_is_rejected(
    tmp_path: Path,
):
    shared_id = "00000000-0000-4000-8000-00000000abcd"
    blobs = []
    for name in ("one.pswvault", "two.pswvault"):
        journal, _ = Journal.create(tmp_path / name, PASSPHRASE, FAST_KDF)
        journal.save(Record(type=RecordType.CHECKIN, date=date(2024, 5, 1), id=shared_id))
        # Not its only entry: a journal none of whose entries open with its key is
        # refused as a whole (the header may be an older copy's, test_key_rotation).
        journal.add({"type": "checkin", "date": "2024-05-02"})
        journal.close()
        with raw_sql(tmp_path / name) as conn:
            blobs.append(_blob(conn, shared_id))
    with raw_sql(tmp_path / "one.pswvault") as conn:
        conn.execute("UPDATE records SET blob = ? WHERE id = ?", (blobs[1][1], shared_id))
    journal = Journal.open(tmp_path / "one.pswvault", PASSPHRASE)
    try:
        assert journal.damaged == [shared_id]
        assert (shared_id, "damaged") in problems_of(journal)
    finally:
        journal.close()


def test_header_checksum_recompute_helper_matches_the_app(vault_path: Path):
    """`resealed` must reproduce the app's own checksum, or the resealed cases above
    would test nothing."""
    make_vault(vault_path)
    with raw_sql(vault_path) as conn:
        values = header_row(conn)
    assert resealed(values)["checksum"] == values["checksum"]
    header = header_from_row(tuple(values.values()))
    assert header.compute_checksum() == header.checksum
