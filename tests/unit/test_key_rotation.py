"""Issue 15, finding 1: a passphrase change rotates the key that protects the records.

Before schema 3 the master key never changed, so an older copy of the file (or an
automatic backup) and the old passphrase decrypted everything written after a change,
and the old header's columns planted into the current file were accepted as authentic.
Each test here failed on that code."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.errors import (
    KeysChanged,
    StaleHeader,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryKey,
)
from journal_app.services.journal import Journal, reset_passphrase_with_recovery_key
from journal_app.vault import crypto
from journal_app.vault.header import HEADER_COLUMNS, header_from_row
from journal_app.vault.manifest import record_aad

NEW_PASSPHRASE = "a brand new passphrase for after the change"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PASSPHRASE_COLUMNS = (
    "kdf_memory_kib",
    "kdf_iterations",
    "kdf_lanes",
    "kdf_salt",
    "passphrase_slot",
    "checksum",
    "header_mac",
)


def _header_row(path: Path) -> dict:
    """The header's columns by name (those a schema 2 file has, for one)."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True) as conn:
        have = {row[1] for row in conn.execute("PRAGMA table_info(vault_header)")}
        names = [c.strip() for c in HEADER_COLUMNS.split(",") if c.strip() in have]
        row = conn.execute(f"SELECT {', '.join(names)} FROM vault_header WHERE id = 1").fetchone()
    return dict(zip(names, row, strict=True))


def _plant(path: Path, values: dict, columns) -> None:
    conn = sqlite3.connect(path)
    sets = ", ".join(f"{c} = ?" for c in columns)
    conn.execute(f"UPDATE vault_header SET {sets} WHERE id = 1", [values[c] for c in columns])
    conn.commit()
    conn.close()


def _master_from(path: Path, passphrase: str) -> bytes:
    """The master key an attacker gets from a copy of the file and its passphrase."""
    header = header_from_row(tuple(_header_row(path).values()))
    kek = crypto.derive_passphrase_key(passphrase, header.salt, header.kdf)
    return crypto.unwrap_key(kek, header.passphrase_slot, header.passphrase_aad())


def _readable_with(path: Path, master: bytes) -> list[str]:
    """The ids of the rows (records and old revisions) that `master` decrypts."""
    cipher = crypto.RecordCipher(crypto.subkey(master, "records"))
    vault_id = header_from_row(tuple(_header_row(path).values())).vault_id
    readable = []
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT id, revision, blob FROM records UNION ALL "
            "SELECT record_id, revision, blob FROM history"
        ).fetchall()
    for record_id, revision, blob in rows:
        try:
            cipher.open(blob, record_aad(vault_id, record_id, revision))
        except crypto.DecryptionFailed:
            continue
        readable.append(record_id)
    return readable


def _journal_with_an_older_copy(journal: Journal, vault_path: Path, tmp_path: Path):
    """Entries (one with an old revision), then a copy of the file as a backup would
    hold it, then the passphrase change and an entry written after it."""
    before = journal.add({"type": "reflection", "date": "2026-11-01", "title": "Before"})
    journal.edit(before.id, {"title": "Before, edited"})
    journal.save_settings({"display_name": "Sam"})
    older = tmp_path / "older-copy.pswvault"
    journal.backup(older)
    assert journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF) is None
    after = journal.add({"type": "checkin", "date": "2026-11-02", "fields": {"note": "after"}})
    journal.lock()
    return older, before, after


def test_an_older_copy_and_its_passphrase_read_nothing_written_since(journal, vault_path, tmp_path):
    older, before, after = _journal_with_an_older_copy(journal, vault_path, tmp_path)
    old_master = _master_from(older, PASSPHRASE)
    assert before.id in _readable_with(older, old_master)  # the copy itself: as of its day
    assert _readable_with(vault_path, old_master) == []  # the journal now: nothing at all
    new_master = _master_from(vault_path, NEW_PASSPHRASE)
    readable = _readable_with(vault_path, new_master)
    assert {before.id, after.id} <= set(readable) and len(readable) >= 4  # + history, meta
    # The older copy still opens with the passphrase of its day, as the app says.
    copy = Journal.open(older, PASSPHRASE)
    assert [r.title for r in copy.records()] == ["Before, edited"]
    copy.lock()


@pytest.mark.parametrize("columns", [PASSPHRASE_COLUMNS, "all"], ids=["slot-columns", "all"])
def test_an_older_header_planted_into_the_file_is_never_accepted(
    journal, vault_path, tmp_path, columns
):
    older, _before, _after = _journal_with_an_older_copy(journal, vault_path, tmp_path)
    old = _header_row(older)
    _plant(vault_path, old, old.keys() if columns == "all" else columns)
    with pytest.raises(VaultCorrupt) as refused:
        Journal.open(vault_path, PASSPHRASE)
    if columns == "all":  # the whole old header opens with the old passphrase: refused
        assert isinstance(refused.value, StaleHeader)
        assert "older" in refused.value.message
    else:  # the old checksum does not cover the new recovery box: a damaged header
        assert "damaged" in refused.value.message
    # Nothing was written: the planted header is still there for the worker to restore.
    assert _header_row(vault_path)["passphrase_slot"] == old["passphrase_slot"]


def test_the_recovery_key_keeps_working_across_a_change(journal, vault_path):
    recovery_key = journal.recovery_key
    entry = journal.add({"type": "checkin", "date": "2026-11-03"})
    assert journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF) is None
    journal.lock()
    with pytest.raises(WrongPassphrase):
        Journal.open(vault_path, PASSPHRASE)
    by_key = Journal.open_with_recovery_key(vault_path, recovery_key)
    assert [r.id for r in by_key.records()] == [entry.id]
    assert by_key.verify() == []
    by_key.lock()


def test_a_new_recovery_key_stops_the_old_one(journal, vault_path, tmp_path):
    old_key = journal.recovery_key
    entry = journal.add({"type": "checkin", "date": "2026-11-03"})
    older = tmp_path / "older.pswvault"
    journal.backup(older)
    new_key = journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF, new_recovery_key=True)
    assert new_key is not None and crypto.parse_recovery_key(new_key) is not None
    assert new_key != old_key
    journal.lock()
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(vault_path, old_key)
    opened = Journal.open_with_recovery_key(vault_path, new_key)
    assert [r.id for r in opened.records()] == [entry.id]
    opened.lock()
    Journal.open_with_recovery_key(older, old_key).lock()  # the older copy: as of its day


@pytest.fixture
def legacy_vault(tmp_path: Path) -> tuple[Path, dict]:
    """The golden vault of schema 2: its recovery slot wraps the master key itself."""
    spec = json.loads((FIXTURES / "golden-v2.json").read_text("utf-8"))
    path = tmp_path / "legacy.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], path)
    return path, spec


def test_a_change_on_a_vault_from_before_the_recovery_box_makes_a_new_recovery_key(
    legacy_vault,
):
    """The app cannot seal a new key for a recovery key it does not know; rather than
    leave the old recovery key opening a key that no longer protects anything, the
    change makes a new recovery key (and says so)."""
    path, spec = legacy_vault
    journal = Journal.open(path, spec["passphrase"])
    expected = {r.id: r.to_dict() for r in journal.records()}
    new_key = journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    assert new_key is not None
    journal.lock()
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(path, spec["recovery_key"])
    opened = Journal.open_with_recovery_key(path, new_key)
    assert {r.id: r.to_dict() for r in opened.records()} == expected
    assert opened.verify() == []
    opened.lock()


def test_recovery_on_a_vault_from_before_the_box_keeps_the_same_recovery_key(legacy_vault):
    path, spec = legacy_vault
    reset_passphrase_with_recovery_key(path, spec["recovery_key"], NEW_PASSPHRASE)
    assert _header_row(path)["recovery_box"] is not None  # upgraded to the box
    journal = Journal.open(path, NEW_PASSPHRASE)
    assert journal.change_passphrase(NEW_PASSPHRASE + " again", FAST_KDF) is None
    journal.lock()
    opened = Journal.open_with_recovery_key(path, spec["recovery_key"])
    assert opened.verify() == [] and len(opened.records()) == len(spec["records"])
    opened.lock()
    assert _readable_with(path, _master_from(FIXTURES / spec["vault"], spec["passphrase"])) == []


def test_another_window_with_the_old_keys_cannot_write_after_a_change(journal, vault_path):
    """A second process unlocked before the change would seal its next save under the
    old key, which the old passphrase opens: it is refused, and nothing is written."""
    entry = journal.add({"type": "checkin", "date": "2026-11-03"})
    other = Journal.open(vault_path, PASSPHRASE)
    journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    with pytest.raises(KeysChanged):
        other.edit(entry.id, {"fields": {"note": "from the stale window"}})
    other.lock()
    journal.lock()
    again = Journal.open(vault_path, NEW_PASSPHRASE)
    assert again.get(entry.id).fields.get("note") is None and again.verify() == []
    again.lock()


def test_damage_and_tampering_survive_a_change_unlaundered(journal, vault_path):
    """What did not authenticate before the change is still reported after it: the
    rotation re-MACs only what the app wrote."""
    kept = journal.add({"type": "checkin", "date": "2026-11-01"})
    damaged = journal.add({"type": "checkin", "date": "2026-11-02"})
    gone = journal.add({"type": "checkin", "date": "2026-11-03"})
    journal.lock()
    conn = sqlite3.connect(vault_path)
    (blob,) = conn.execute("SELECT blob FROM records WHERE id = ?", (damaged.id,)).fetchone()
    flipped = blob[:20] + bytes(b ^ 0xFF for b in blob[20:24]) + blob[24:]
    conn.execute("UPDATE records SET blob = ? WHERE id = ?", (flipped, damaged.id))
    conn.execute("DELETE FROM records WHERE id = ?", (gone.id,))
    conn.execute("DELETE FROM manifest WHERE record_id = ?", (gone.id,))
    conn.commit()
    conn.close()
    journal = Journal.open(vault_path, PASSPHRASE)
    before = {(p.record_id, p.kind) for p in journal.verify()}
    assert damaged.id in {r for r, _ in before} and (None, "manifest_state") in before
    journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    journal.lock()
    again = Journal.open(vault_path, NEW_PASSPHRASE)
    assert [r.id for r in again.records()] == [kept.id]
    assert again.damaged == [damaged.id]
    assert {(p.record_id, p.kind) for p in again.verify()} == before
    assert again.state_problems  # the removed record still shows at unlock
    again.lock()


def test_progress_is_reported_while_everything_is_sealed_again(journal):
    for day in range(1, 6):
        journal.add({"type": "checkin", "date": f"2026-11-0{day}"})
    seen: list[tuple[int, int]] = []
    journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] >= 5


def test_a_row_whose_id_is_no_longer_text_does_not_block_a_change(journal, vault_path):
    """A record id damaged into bytes that are not UTF-8 cannot be read as text: the
    change carries on around it (it stays damaged), rather than failing as a disk error."""
    kept = journal.add({"type": "checkin", "date": "2026-11-01"})
    hit = journal.add({"type": "checkin", "date": "2026-11-02"})
    journal.lock()
    conn = sqlite3.connect(vault_path)
    for table, column in (("records", "id"), ("manifest", "record_id")):
        conn.execute(
            f"UPDATE {table} SET {column} = CAST(X'80ff' || CAST({column} AS BLOB) AS TEXT) "
            f"WHERE {column} = ?",
            (hit.id,),
        )
    conn.commit()
    conn.close()
    journal = Journal.open(vault_path, PASSPHRASE)
    before = {(p.record_id, p.kind) for p in journal.verify()}
    assert before
    journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    journal.lock()
    again = Journal.open(vault_path, NEW_PASSPHRASE)
    assert [r.id for r in again.records()] == [kept.id]
    assert {(p.record_id, p.kind) for p in again.verify()} == before
    again.lock()


def test_a_rescue_reads_backups_of_one_passphrase_with_one_derivation(tmp_path, monkeypatch):
    """Each automatic backup was unlocked with a key derivation of its own (about half a
    second each, up to 23 backups); those made between two passphrase changes share
    their salt, so one derivation serves them all. A backup from before schema 3 is
    dated by its entries too, not put last for lacking the recovery box's columns."""
    from datetime import datetime, timedelta

    from journal_app.services import auto_backup
    from journal_app.services.backup import newest_save_in

    vault = tmp_path / "journal.pswvault"
    folder = tmp_path / "backups"
    folder.mkdir()
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    now = datetime(2026, 12, 1, 12, 0)
    for day in range(4):
        journal.add({"type": "checkin", "date": f"2026-11-0{day + 1}"})
        journal.backup(folder / auto_backup.backup_name(now - timedelta(days=4 - day)))
    journal.lock()
    derived = []
    real = crypto.derive_passphrase_key
    monkeypatch.setattr(crypto, "derive_passphrase_key", lambda *a: derived.append(1) or real(*a))
    ranked = auto_backup._by_what_they_hold(folder, PASSPHRASE)
    assert len(ranked) == 4 and all(saved is not None for _p, saved in ranked)
    assert len(derived) == 1

    spec = json.loads((FIXTURES / "golden-v2.json").read_text("utf-8"))
    old = tmp_path / "schema2.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], old)
    assert newest_save_in(old, spec["passphrase"]) is not None


# --- found by review: evidence an older key's holder cannot forge -----------------------


def test_an_older_header_with_its_state_row_is_still_refused(journal, vault_path, tmp_path):
    """The holder of an older copy and its passphrase knows the old key, so can bring
    the old manifest state (or forge any MAC) along with the old header: only the
    entries, sealed since under the new key, cannot be faked."""
    older, _before, _after = _journal_with_an_older_copy(journal, vault_path, tmp_path)
    _plant(vault_path, _header_row(older), _header_row(older).keys())
    with sqlite3.connect(older) as conn:
        state = conn.execute("SELECT * FROM manifest_state").fetchone()
    conn = sqlite3.connect(vault_path)
    conn.execute("DELETE FROM manifest_state")
    conn.execute(f"INSERT INTO manifest_state VALUES ({', '.join('?' * len(state))})", state)
    conn.execute("INSERT INTO manifest VALUES (CAST(X'ff' AS TEXT), 1, zeroblob(32), zeroblob(32))")
    conn.commit()
    conn.close()
    with pytest.raises(StaleHeader):
        Journal.open(vault_path, PASSPHRASE)


def test_a_recovery_box_sealed_by_someone_else_is_refused(journal, vault_path):
    """Anyone who can write to the file can seal a key of their own to the recovery
    public key; without the auth key they cannot MAC the box, so the worker's recovery
    key never opens a key of theirs."""
    journal.add({"type": "checkin", "date": "2026-11-01"})
    recovery_key = journal.recovery_key
    journal.lock()
    row = _header_row(vault_path)
    header = header_from_row(tuple(row.values()))
    theirs = crypto.seal_to(header.recovery_public, b"k" * 32, header.box_aad())
    row["recovery_box"] = theirs + bytes(32)
    conn = sqlite3.connect(vault_path)
    conn.execute("UPDATE vault_header SET recovery_box = ? WHERE id = 1", (row["recovery_box"],))
    conn.commit()
    conn.close()
    with pytest.raises(WrongRecoveryKey):
        Journal.open_with_recovery_key(vault_path, recovery_key)


def test_a_journal_with_no_rows_opens_whatever_its_state_row_says(vault_path):
    journal, key = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    journal.lock()
    conn = sqlite3.connect(vault_path)
    conn.execute("UPDATE manifest_state SET mac = zeroblob(32)")
    conn.commit()
    conn.close()
    for open_it in (
        lambda: Journal.open(vault_path, PASSPHRASE),
        lambda: Journal.open_with_recovery_key(vault_path, key),
    ):
        opened = open_it()
        assert opened.records() == [] and opened.damaged == []
        opened.lock()


def test_an_unlock_racing_a_change_elsewhere_reads_the_header_again(journal, vault_path):
    """Another process changes the keys between this one reading the header and
    checking the key against the entries: the unlock reads the new header once more
    (and then the old passphrase is simply wrong), rather than crying tampering."""
    journal.add({"type": "checkin", "date": "2026-11-01"})
    journal.lock()
    from journal_app.vault.store import VaultStore

    store = VaultStore.open(vault_path)
    real = store._passphrase_master
    calls = []

    def master_then_change(header, passphrase, cache):
        calls.append(1)
        master = real(header, passphrase, cache)
        if len(calls) == 1:
            other = Journal.open(vault_path, PASSPHRASE)
            other.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
            other.lock()
        return master

    store._passphrase_master = master_then_change
    with pytest.raises(WrongPassphrase):
        store.unlock(PASSPHRASE)
    assert len(calls) == 2
    store.close()


def test_a_change_and_an_unlock_read_blobs_spliced_into_text_as_damage(journal, vault_path):
    """SQL that splices a blob gives TEXT, here not valid UTF-8: the unlock's key check
    and the key change read it as bytes (damage), not as a failing disk."""
    kept = journal.add({"type": "checkin", "date": "2026-11-01"})
    hit = journal.add({"type": "checkin", "date": "2026-11-02"})
    journal.edit(hit.id, {"fields": {"note": "second"}})
    journal.add({"type": "checkin", "date": "2026-11-03"})
    journal.lock()
    conn = sqlite3.connect(vault_path)
    for table, column in (("records", "id"), ("history", "record_id")):
        conn.execute(
            f"UPDATE {table} SET blob = substr(blob, 1, 40) || zeroblob(8) || substr(blob, 49) "
            f"WHERE {column} = ?",
            (hit.id,),
        )
    conn.commit()
    conn.close()
    journal = Journal.open(vault_path, PASSPHRASE)
    assert hit.id in journal.damaged
    journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    journal.lock()
    again = Journal.open(vault_path, NEW_PASSPHRASE)
    assert kept.id in {r.id for r in again.records()} and hit.id in again.damaged
    again.lock()
