"""`psw-journal verify` reads each record once and holds no journal (issue 20): it finds
what opening the journal and verifying it finds, from one pass over the file
(services/integrity.verify_unloaded, vault/record_pass.py)."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.cli import run
from journal_app.services.integrity import check_on_unlock, open_unloaded, verify, verify_unloaded
from journal_app.services.journal import Journal
from journal_app.services.record_cache import RecordCache
from journal_app.vault import crypto, integrity
from journal_app.vault.manifest import record_aad


@pytest.fixture(scope="module")
def assorted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A closed journal with a bit of everything the checks look at: earlier versions,
    an entry in the trash, an attachment, settings (a meta item), and two rows that
    authenticate but do not decode (not JSON; another record's id)."""
    path = tmp_path_factory.mktemp("assorted") / "journal.pswvault"
    journal, _ = Journal.create(path, PASSPHRASE, FAST_KDF)
    ids = [
        journal.add({"type": "checkin", "date": f"2025-01-{day:02d}", "title": f"Day {day}"}).id
        for day in range(1, 11)
    ]
    for record_id in ids[:4]:
        journal.edit(record_id, {"title": "Changed"})
    journal.move_to_trash(ids[5])
    journal.attachments.add(ids[6], "note.txt", b"an attachment")
    journal.save_settings({"history_limit": None})
    journal.store.put("00000000-0000-4000-8000-000000000001", b"not json", None)
    journal.store.put(ids[3], b'{"id": "someone else"}', None)  # readable earlier versions
    journal.lock()
    return path, ids


def tampered(source: Path, folder: Path, seed: int) -> Path:
    """A copy of `source` changed outside the app, in one to three random ways."""
    path = folder / f"tampered-{seed}.pswvault"
    shutil.copy(source, path)
    rng = random.Random(seed)
    with sqlite3.connect(path, isolation_level=None) as conn:
        for _ in range(rng.randint(1, 3)):
            rows = [r for (r,) in conn.execute("SELECT rowid FROM records")]
            entries = [r for (r,) in conn.execute("SELECT rowid FROM manifest")]
            row, entry = rng.choice(rows), rng.choice(entries)
            change = rng.randrange(7)
            if change == 0:
                conn.execute("DELETE FROM records WHERE rowid = ?", (row,))
            elif change == 1:
                conn.execute("DELETE FROM manifest WHERE rowid = ?", (entry,))
            elif change == 2:
                conn.execute("UPDATE records SET revision = revision + 1 WHERE rowid = ?", (row,))
            elif change == 3:
                conn.execute("UPDATE records SET blob = zeroblob(540) WHERE rowid = ?", (row,))
            elif change == 4:
                conn.execute("UPDATE records SET id = x'fffe' WHERE rowid = ?", (row,))
            elif change == 5:
                conn.execute("DELETE FROM history WHERE rowid IN (SELECT min(rowid) FROM history)")
            else:
                conn.execute("UPDATE manifest SET mac = randomblob(32) WHERE rowid = ?", (entry,))
    return path


def journal_reports(path: Path):
    journal = Journal.open(path, PASSPHRASE)
    try:
        return check_on_unlock(journal), verify(journal)
    finally:
        journal.lock()


def one_pass_reports(path: Path):
    store = open_unloaded(path, lambda: PASSPHRASE)
    try:
        return verify_unloaded(store)
    finally:
        store.close()


@pytest.mark.parametrize("seed", [None, *range(8)])
def test_one_pass_finds_what_the_journal_and_verify_find(assorted, tmp_path, seed):
    source, _ = assorted
    path = source if seed is None else tampered(source, tmp_path, seed)
    unlock, full = one_pass_reports(path)
    assert (unlock, full) == journal_reports(path)
    if seed is None:  # the untouched file: only the two rows that do not decode
        assert len(unlock.damaged) == 2 and unlock.recoverable == (assorted[1][3],)
        assert full.findings == () and full.records == 10


def test_verify_loads_no_journal_and_decrypts_each_record_once(
    assorted, tmp_path, capsys, monkeypatch
):
    path = tmp_path / "journal.pswvault"
    shutil.copy(assorted[0], path)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE, encoding="utf-8")

    def no_load(*_args, **_kwargs):
        raise AssertionError("verify loaded the whole journal")

    # What is decrypted after the unlock (which opens a sample of rows to tell that
    # the key fits the data): from the full check on.
    opened: list[bytes] = []
    real_open, real_verify = crypto.RecordCipher.open, integrity.verify

    def counting_open(self, blob, aad):
        if counting:
            opened.append(aad)
        return real_open(self, blob, aad)

    def counting_verify(*args, **kwargs):
        counting.append(True)
        return real_verify(*args, **kwargs)

    counting: list[bool] = []
    monkeypatch.setattr(RecordCache, "load", no_load)
    monkeypatch.setattr(crypto.RecordCipher, "open", counting_open)
    monkeypatch.setattr(integrity, "verify", counting_verify)
    code = run(["--vault", str(path), "--passphrase-file", str(passfile), "verify"])
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("ok: 10 record(s)")
    assert "2 record(s) are damaged and quarantined" in err
    with sqlite3.connect(path) as conn:
        (vault_id,) = conn.execute("SELECT vault_id FROM vault_header").fetchone()
        rows = conn.execute("SELECT id, revision FROM records").fetchall()
    for record_id, revision in rows:  # each records row decrypted once, not twice
        assert opened.count(record_aad(vault_id, record_id, revision)) == 1, record_id


@pytest.mark.parametrize("key_length", [0, 1, 32, 63, 64, 65, 200])
def test_keyed_macs_are_keyed_mac(key_length):
    """verify's MACs set up once per key are HMAC-SHA256's, for any key length (keys
    longer than SHA-256's block are hashed first, as RFC 2104 says)."""
    rng = random.Random(key_length)
    key = rng.randbytes(key_length)
    mac = crypto.keyed_macs(key)
    for size in (0, 1, 55, 64, 69, 120, 1000):
        data = rng.randbytes(size)
        assert mac(data) == crypto.keyed_mac(key, data)
    assert mac(b"again") == crypto.keyed_mac(key, b"again")  # no state kept between MACs
