"""Fuzzing whole vault files and backups (issue 6; SECURITY.md: "failure is reported,
never garbage, never a crash").

Random byte flips, truncations, and random bytes appended or inserted, applied to a
closed vault and to a backup built once per module. Opening the damaged copy
(Journal.open; restore_backup for a backup, then Journal.open of what it restored)
must either raise a JournalError subclass or give exactly the original records, any
missing one reported as damaged. Any other exception, or a record whose content
differs from the original, fails.

The whole suite (`pytest --slow`) tries 300 damaged vaults and 100 damaged backups
per kind of damage (about 5 s on 2 cores); the fast loop a tenth of that, `--soak`
ten times as many (about 40 s).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.errors import JournalError
from journal_app.services.backup import restore_backup
from journal_app.services.journal import Journal
from journal_app.vault import crypto
from journal_app.vault.crypto import KdfParams
from journal_app.vault.store import PAGE_SIZE

RECORDS: list[dict[str, Any]] = [
    {"type": "checkin", "date": "2024-05-01", "title": "Morning", "fields": {"mood": 6}},
    {
        "type": "reflection",
        "date": "2024-05-02",
        "title": "A long one",
        "tags": ["boundaries", "supervision"],
        "fields": {"model": "free", "text": "Spans several pages. " * 1500},
    },
    {"type": "disclosure", "date": "2024-05-03", "fields": {"what": "a colleague's story"}},
    {
        "type": "supervision",
        "date": "2024-05-04",
        "fields": {"agenda": "caseload", "actions": [{"text": "read the policy"}]},
    },
    {"type": "reflection", "date": "2024-05-05", "title": "short", "fields": {"text": "hi"}},
    {"type": "checkin", "date": "2024-05-06", "fields": {"mood": 2, "note": "tired " * 300}},
]


def _settings(whole: int) -> settings:
    return settings(
        max_examples=examples(whole),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )


@dataclass(frozen=True)
class Source:
    data: bytes
    originals: dict[str, dict[str, Any]]


def _by_id(journal: Journal) -> dict[str, dict[str, Any]]:
    return {r.id: r.to_dict() for r in journal.records()}


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Source]:
    """The pristine vault and backup bytes, built once for the module."""
    folder = tmp_path_factory.mktemp("fuzz-sources")
    journal, _ = Journal.create(folder / "v.pswvault", PASSPHRASE, FAST_KDF)
    added = [journal.add(data) for data in RECORDS]
    # Attached files too (schema 4): damage to them, or to their table, must be typed.
    journal.attachments.add(added[0].id, "certificate.pdf", b"%PDF evidence " * 300)
    journal.attachments.add(added[-1].id, "letter.txt", b"thank you" * 40)
    originals = _by_id(journal)
    journal.backup(folder / "b.pswbackup")
    journal.lock()
    assert not (folder / "v.pswvault-wal").exists(), "the vault was not checkpointed"
    return {
        "vault": Source((folder / "v.pswvault").read_bytes(), originals),
        "backup": Source((folder / "b.pswbackup").read_bytes(), originals),
    }


@pytest.fixture
def memo_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real Argon2id once per (passphrase, salt, parameters). The header's checksum
    is checked before any derivation, so damage never reaches the KDF with changed
    parameters; a derivation with parameters other than FAST_KDF would be a finding."""
    real = crypto.derive_passphrase_key
    cache: dict[tuple[str, bytes, KdfParams], bytes] = {}

    def memoised(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        assert params == FAST_KDF, f"a damaged header reached the KDF with {params}"
        key = (passphrase, salt, params)
        if key not in cache:
            cache[key] = real(passphrase, salt, params)
        return cache[key]

    monkeypatch.setattr(crypto, "derive_passphrase_key", memoised)


@pytest.fixture
def quiet_logs() -> Iterator[None]:
    logging.disable(logging.CRITICAL)  # hundreds of "quarantined" warnings otherwise
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


# --- damage --------------------------------------------------------------------------


def _offsets(size: int) -> st.SearchStrategy[int]:
    """Anywhere in the file, or near the start of a page (page headers, cell pointers
    and the first cells are where damage does the most)."""
    pages = max(1, size // PAGE_SIZE)
    near_page_start = st.builds(
        lambda page, offset: min(size - 1, page * PAGE_SIZE + offset),
        st.integers(0, pages - 1),
        st.integers(0, 160),
    )
    return st.one_of(st.integers(0, size - 1), near_page_start)


def flips(size: int) -> st.SearchStrategy[Callable[[bytes], bytes]]:
    def apply(changes: list[tuple[int, int]]) -> Callable[[bytes], bytes]:
        def damage(data: bytes) -> bytes:
            out = bytearray(data)
            for offset, mask in changes:
                out[offset] ^= mask
            return bytes(out)

        damage.__name__ = f"flip {changes}"
        return damage

    change = st.tuples(_offsets(size), st.integers(1, 255))
    return st.lists(change, min_size=1, max_size=8).map(apply)


def truncations(size: int) -> st.SearchStrategy[Callable[[bytes], bytes]]:
    def apply(keep: int) -> Callable[[bytes], bytes]:
        def damage(data: bytes) -> bytes:
            return data[:keep]

        damage.__name__ = f"truncate to {keep}"
        return damage

    on_a_page_boundary = st.integers(0, size // PAGE_SIZE).map(lambda p: p * PAGE_SIZE)
    return st.one_of(st.integers(0, size - 1), on_a_page_boundary).map(apply)


def extensions(size: int) -> st.SearchStrategy[Callable[[bytes], bytes]]:
    def apply(at: int, extra: bytes) -> Callable[[bytes], bytes]:
        def damage(data: bytes) -> bytes:
            return data[:at] + extra + data[at:]

        damage.__name__ = f"insert {len(extra)} bytes at {at}"
        return damage

    extra = st.one_of(
        st.binary(min_size=1, max_size=64),
        st.binary(min_size=1, max_size=4096),
        st.integers(1, 3).map(lambda n: os.urandom(n * PAGE_SIZE)),  # whole pages
    )
    at = st.one_of(
        st.just(size),
        _offsets(size),
        st.integers(0, size // PAGE_SIZE).map(lambda p: p * PAGE_SIZE),
    )
    return st.builds(apply, at, extra)


DAMAGE = {"flips": flips, "truncation": truncations, "extension": extensions}


# --- judging an outcome -------------------------------------------------------------


def _judge_opened(journal: Journal, originals: dict[str, dict[str, Any]]) -> None:
    """Every record shown is exactly an original; every original not shown is
    reported (in `damaged`, or, when its id itself is destroyed, by `verify`)."""
    got = _by_id(journal)
    for record_id, record in got.items():
        assert originals.get(record_id) == record, f"record {record_id} opened as garbage"
    missing = set(originals) - set(got)
    unnamed = missing - set(journal.damaged)
    problems = journal.verify()  # must not raise either
    for record_id in got:  # nor reading an entry's attached files (typed errors only)
        try:
            for attachment in journal.attachments.of_entry(record_id):
                journal.attachments.read(record_id, attachment.id)
        except JournalError as exc:
            _assert_typed(exc)
    if unnamed:
        named = {p.record_id for p in problems}
        assert unnamed <= named or any(p.kind == "integrity" for p in problems), (
            f"records {sorted(unnamed)} vanished without being reported"
        )


def _assert_typed(exc: BaseException) -> None:
    assert isinstance(exc, JournalError) and type(exc) is not JournalError, (
        f"untyped failure {type(exc).__module__}.{type(exc).__name__}: {exc}"
    )
    assert exc.message and PASSPHRASE not in exc.message


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


# --- vault files --------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_vault_file_opens_true_or_fails_typed(
    sources: dict[str, Source],
    tmp_path: Path,
    memo_kdf: None,
    quiet_logs: None,
    kind: str,
) -> None:
    source = sources["vault"]
    counter = itertools.count()
    outcomes: dict[str, int] = {}

    @_settings(300)
    @given(damage=DAMAGE[kind](len(source.data)))
    def check(damage: Callable[[bytes], bytes]) -> None:
        path = tmp_path / f"v{next(counter)}.pswvault"
        path.write_bytes(damage(source.data))
        try:
            try:
                journal = Journal.open(path, PASSPHRASE)
            except Exception as exc:
                _assert_typed(exc)
                outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
                return
            try:
                _judge_opened(journal, source.originals)
                outcome = "opened damaged" if journal.damaged else "opened"
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
            finally:
                journal.lock()
        finally:
            _remove_with_sidecars(path)

    check()
    assert sum(outcomes.values()) >= min(20, examples(300))
    print(f"{kind}: {outcomes}")


# --- backup files -------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_backup_restores_true_or_fails_typed_leaving_no_file(
    sources: dict[str, Source],
    tmp_path: Path,
    memo_kdf: None,
    quiet_logs: None,
    kind: str,
) -> None:
    """Each outcome is counted and printed, to show what the damage led to."""
    source = sources["backup"]
    counter = itertools.count()
    outcomes: dict[str, int] = {}

    def count(outcome: str) -> None:
        outcomes[outcome] = outcomes.get(outcome, 0) + 1

    @_settings(100)
    @given(damage=DAMAGE[kind](len(source.data)))
    def check(damage: Callable[[bytes], bytes]) -> None:
        n = next(counter)
        backup = tmp_path / f"b{n}.pswbackup"
        damaged = damage(source.data)
        backup.write_bytes(damaged)
        target_dir = tmp_path / f"restore-{n}"
        target = target_dir / "journal.pswvault"
        try:
            try:
                _, problems = restore_backup(backup, target, PASSPHRASE)
            except Exception as exc:
                assert not target.exists(), "a failed restore left a file at the target"
                assert not target_dir.exists() or os.listdir(target_dir) == []
                _assert_typed(exc)
                count(type(exc).__name__)
                return
            assert backup.read_bytes() == damaged, "restore changed the backup"
            journal = Journal.open(target, PASSPHRASE)  # what is restored always opens
            try:
                _judge_opened(journal, source.originals)
                if not problems:
                    assert _by_id(journal) == source.originals
                count("restored with problems" if problems else "restored")
            finally:
                journal.lock()
        finally:
            _remove_with_sidecars(backup)
            _remove_with_sidecars(target)

    check()
    print(f"{kind}: {outcomes}")


def _root_page_damaged(data: bytes, table: str, folder: Path) -> bytes:
    """`data` with the b-tree page type of `table`'s root page set to an invalid value."""
    probe = folder / "probe.sqlite"
    probe.write_bytes(data)
    conn = sqlite3.connect(probe)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        page = root.fetchone()[0]
    finally:
        conn.close()
    _remove_with_sidecars(probe)
    at = (page - 1) * PAGE_SIZE + (100 if page == 1 else 0)
    return data[:at] + b"\x00" + data[at + 1 :]


def test_backup_with_a_damaged_records_index_is_refused_with_a_typed_error(
    sources: dict[str, Source], tmp_path: Path
) -> None:
    """`SELECT count(*) FROM records` reads the primary-key index, which unlock and
    verify (which reports the damage as a problem) do not stop on."""
    damaged = _root_page_damaged(sources["backup"].data, "sqlite_autoindex_records_1", tmp_path)
    backup = tmp_path / "b.pswbackup"
    backup.write_bytes(damaged)
    target = tmp_path / "restored" / "journal.pswvault"
    with pytest.raises(JournalError):
        restore_backup(backup, target, PASSPHRASE)
    assert not target.exists()


def test_backup_with_a_damaged_manifest_is_refused_or_restores_a_journal_that_opens(
    sources: dict[str, Source], tmp_path: Path
) -> None:
    backup = tmp_path / "b.pswbackup"
    backup.write_bytes(_root_page_damaged(sources["backup"].data, "manifest", tmp_path))
    target = tmp_path / "restored" / "journal.pswvault"
    try:
        restore_backup(backup, target, PASSPHRASE)
    except JournalError as refused:
        assert type(refused) is not JournalError and not target.exists()
        return
    Journal.open(target, PASSPHRASE).lock()


def test_fuzz_sources_are_sound(sources: dict[str, Source], tmp_path: Path) -> None:
    """The pristine bytes themselves open with every record (so a fuzz pass means
    something), and the vault spans enough pages for page-level damage."""
    assert len(sources["vault"].data) >= 4 * PAGE_SIZE
    for name, source in sources.items():
        copy = tmp_path / name
        copy.write_bytes(source.data)
        journal = Journal.open(copy, PASSPHRASE)
        try:
            assert _by_id(journal) == source.originals and journal.verify() == [], name
        finally:
            journal.lock()
