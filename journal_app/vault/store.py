"""The vault file: one SQLite database holding the header, sealed records and the
keyed manifest. Every save is one transaction; nothing here sees a Record object,
only plaintext bytes, so the format stays independent of the domain.

VaultStore is the one door to an open vault; the work is done by the modules beside
it: connection (opening and copying the file), keyring (keys and the header's slots),
records (records, the manifest and its state row), history (old revisions),
integrity (the checks) and reseal (a key change's re-sealing).

Threads: a store has one SQLite connection, used by the UI thread and by worker
threads (unlock, import, backup, key change). Every use of it (each transaction, each
read, each iteration over a cursor, to its end) runs under the store's one RLock, so
one thread at a time talks to SQLite and no read sees half of a write. A caller
iterating `iter_records` holds the lock until the iteration ends: finish or close the
iterator, and wait for no other thread that uses the store inside the loop."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from journal_app.disk.storage_errors import is_disk_error, storage_error
from journal_app.errors import (
    StorageError,
    VaultCorrupt,
    VaultExists,
    WrongPassphrase,
)
from journal_app.vault import connection, crypto, file_schema, history, integrity, keyring, records
from journal_app.vault.attachment_store import AttachmentStore
from journal_app.vault.connection import (
    PAGE_SIZE,
    SCHEMA_VERSION,
    can_write,
    in_wal_mode,
    schema_version,
)
from journal_app.vault.crypto import KdfParams
from journal_app.vault.header import (
    HEADER_COLUMNS,
    Header,
    header_values,
)
from journal_app.vault.history import OldRevision
from journal_app.vault.keyring import Keys, read_header_row
from journal_app.vault.manifest import (
    ZERO_DIGEST,
    Problem,
    macs_equal,
    sqlite_reason,
    state_mac_v2,
)
from journal_app.vault.record_pass import OnRecord
from journal_app.vault.records import LoadResult, RecordWrite
from journal_app.vault.reseal import Reseal

__all__ = ["PAGE_SIZE", "SCHEMA_VERSION", "Keys", "LoadResult", "OldRevision", "Problem"]
__all__ += ["VaultStore", "can_write", "in_wal_mode", "read_header_row", "schema_version"]

log = logging.getLogger(__name__)


class VaultStore:
    """An open vault file. Locked until `unlock` or `unlock_with_recovery_key`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, header: Header) -> None:
        self.path = path
        self._db = connection.Connection(path, conn, writing=False, read_only=False, copy=False)
        self._keyring = keyring.Keyring(header, self._db.use)
        # What the file's schema has that the format does not define, lacks or has
        # changed (vault.file_schema): reported, and no write is made meanwhile.
        self.schema_problems: list[Problem] = []

    # --- creating and opening -----------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, kdf: KdfParams) -> tuple[VaultStore, str]:
        """Write a new vault at `path` (never over an existing file).
        Returns the unlocked store and the recovery key, formatted for the worker."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise VaultExists(f"a vault already exists at {path}; refusing to overwrite it")
        kdf.check()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StorageError(f"cannot create the folder for the vault ({exc.strerror})") from None
        header, master, recovery_raw = keyring.new_vault_header(passphrase, kdf)
        vault_id, manifest_key = header.vault_id, crypto.subkey(master, "manifest")

        def fill(conn: sqlite3.Connection) -> None:
            conn.execute(
                f"INSERT INTO vault_header (id, {HEADER_COLUMNS}) "
                f"VALUES (1, {', '.join('?' * len(header_values(header)))})",
                header_values(header),
            )
            conn.execute(
                "INSERT INTO manifest_state (id, count, digest, mac) VALUES (1, 0, ?, ?)",
                (ZERO_DIGEST, state_mac_v2(manifest_key, vault_id, 0, ZERO_DIGEST, 0, ZERO_DIGEST)),
            )

        connection.write_new_file(path, fill)
        store = cls.open(path, write=True)
        store._set_keys(master)
        return store, crypto.format_recovery_key(recovery_raw)

    @classmethod
    def open(cls, path: Path, write: bool = False) -> VaultStore:
        """Open the file locked: read and check the header. Opening for reading never
        changes the file (SECURITY.md): it is read through a read-only connection, an
        older schema migrated in a copy in memory, until the first write switches to
        a writing one (`_begin_writing`). With `write` that switch happens now."""
        path = Path(path)
        opened = connection.open_file(path, write)
        store = cls(path, opened.conn, opened.header)
        store.schema_problems = opened.schema_problems
        store._db.writing, store._db.read_only = write, not opened.writable
        store._db.copy = opened.copy and not write
        return store

    @property
    def read_only(self) -> bool:
        """True when the file or its folder cannot be written: every write refuses."""
        return self._db.read_only

    @property
    def is_copy(self) -> bool:
        """True for a backup or pre-migration copy (a file in rollback-journal mode)
        not written since it was opened: reading leaves it as it was made."""
        return self._db.copy

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._db.conn

    @_conn.setter
    def _conn(self, conn: sqlite3.Connection) -> None:  # tests put a failing one in
        self._db.conn = conn

    def require_writable(self) -> None:
        """Refuse at once, before a passphrase is asked for, a write to a vault that
        cannot be written (the write itself would refuse later, after the unlock)."""
        if self._db.read_only:
            raise connection.read_only_error(self.path)

    def close(self) -> None:
        self.lock()
        self._db.close()

    def _use(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """The connection, for this thread alone until the block ends."""
        return self._db.use()

    # --- keys (vault.keyring) -----------------------------------------------------

    @property
    def header(self) -> Header:
        return self._keyring.header

    @header.setter
    def header(self, header: Header) -> None:
        self._keyring.header = header

    def _set_keys(self, master: bytes) -> None:
        self._keyring.set_master(master)

    @property
    def unlocked(self) -> bool:
        return self._keyring.keys is not None

    def lock(self) -> None:
        """Drop the keys (Python cannot wipe memory; the bytes go with the GC)."""
        self._keyring.lock()

    def _require_keys(self) -> Keys:
        return self._keyring.require()

    def unlock(self, passphrase: str, kek_cache: dict | None = None) -> None:
        """`kek_cache`, when given, keeps each derived key by salt and settings, for one
        caller reading several copies made under the same passphrase (a rescue)."""
        self._keyring.unlock(lambda header: self._passphrase_master(header, passphrase, kek_cache))

    def _passphrase_master(self, header: Header, passphrase: str, kek_cache: dict | None) -> bytes:
        return keyring.passphrase_master(header, passphrase, kek_cache)

    def unlock_with_recovery_key(self, recovery_text: str) -> None:
        self._keyring.unlock_with_recovery_key(recovery_text)

    def keeps_recovery_key(self) -> bool:
        """Whether a key change keeps the worker's recovery key working (see Keyring)."""
        return self._keyring.keeps_recovery_key()

    def header_authentic(self) -> bool:
        """Whether both key slots are as the app last wrote them (needs the keys)."""
        return self._keyring.header_authentic()

    def passphrase_opens(self, passphrase: str) -> bool:
        """Whether `passphrase` opens this vault's current key (asked again before a
        passphrase change, so a laptop left unlocked is not enough to change it)."""
        keys = self._require_keys()
        try:
            master = self._passphrase_master(self.header, passphrase, None)
        except (WrongPassphrase, VaultCorrupt):  # a damaged slot opens with nothing
            return False
        return macs_equal(master, keys.master)

    def rekey(
        self,
        new_passphrase: str,
        kdf: KdfParams,
        new_recovery_key: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> str | None:
        """Rotate the master key: every record, old revision and meta item is sealed
        again under a new key, the manifest MACed again, and the header rewritten with
        the new passphrase, all in one transaction (a crash leaves the old key and
        passphrase, or the new ones, never a mix). What an older copy of the file and
        its passphrase reveal opens nothing written from now on.

        The recovery key keeps working when it can be trusted: the master key is sealed
        to its public key. A new one is made when asked, when the header predates the
        recovery box and the recovery key was not used to unlock, or when the header
        does not authenticate (its recovery slot may be someone else's). Returns the
        new recovery key, formatted for the worker, or None when the old one stays.
        `progress(done, total)` is called between batches."""
        old = self._require_keys()
        new, header, recovery_text = self._keyring.next_keys(new_passphrase, kdf, new_recovery_key)
        with self._transaction() as conn:
            Reseal(conn, self.header.vault_id, old, new, progress).run()
            conn.execute(
                f"UPDATE vault_header SET ({HEADER_COLUMNS}) = "
                f"({', '.join('?' * len(header_values(header)))}) WHERE id = 1",
                header_values(header),
            )
        self._keyring.changed_to(new, header)
        # The old ciphertext's pages leave the WAL; secure_delete zeroes freed ones.
        try:
            self.checkpoint()
        except StorageError:
            log.warning("the checkpoint after a key change did not finish; it runs again later")
        return recovery_text

    # --- transactions --------------------------------------------------------

    def _transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One write transaction, the store's lock held the whole of it long."""
        return self._db.transaction(self.schema_problems, self._write_checks)

    def _write_checks(self, conn: sqlite3.Connection) -> None:
        """Inside the write transaction, before anything is written: no write while
        the file's schema is not the format's (a planted trigger would run with it;
        checked here so that nothing can be planted between the check and the write),
        nor under keys another process has since changed."""
        try:
            self.schema_problems = file_schema.problems(conn, schema_version(conn))
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        if self.schema_problems:
            log.warning("a write was refused: the file's schema is not the format's")
            raise file_schema.write_refused(self.schema_problems)
        self._keyring.require_current()

    # --- records (vault.records) -----------------------------------------------

    def iter_records(self, report: LoadResult) -> Iterator[tuple[str, int, bytes]]:
        """Decrypt records one at a time (see records.iter_records). The store's lock
        is held until the iteration ends, so the manifest and the rows read agree."""
        keys = self._require_keys()
        with self._use() as conn:
            yield from records.iter_records(conn, keys, self.header.vault_id, report)

    def load_all(self) -> LoadResult:
        """Every record decrypted at once (see `iter_records`)."""
        result = LoadResult()
        result.records = list(self.iter_records(result))
        return result

    def get(self, record_id: str) -> tuple[int, bytes]:
        keys = self._require_keys()
        with self._use() as conn:
            row = records.read_row(conn, record_id)
        return records.open_record(keys, self.header.vault_id, record_id, row)

    def read_item(self, item_id: str) -> bytes | None:
        """The plaintext the file holds under `item_id` now (None: no such row, or it
        does not authenticate), for items other programs may change meanwhile."""
        keys = self._require_keys()
        try:
            with self._use() as conn:
                row = records.read_row(conn, item_id)
        except sqlite3.DatabaseError as exc:
            if is_disk_error(exc):
                raise storage_error(exc) from None
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        return records.open_item(keys, self.header.vault_id, item_id, row)

    def update(self, item_id: str, change: Callable[[bytes | None], bytes]) -> bytes:
        """Read-modify-write one item (settings, share history) in one write
        transaction: `change` gets the plaintext the file holds now (see `read_item`)
        and returns the one to store, without history. BEGIN IMMEDIATE holds off every
        other writer, in this process or another, until the new value is written, so
        no change made meanwhile is lost. Returns what was stored."""
        keys = self._require_keys()
        with self._transaction() as conn:
            write = RecordWrite(conn, keys, self.header.vault_id)
            plaintext, written = write.update(item_id, change)
            if written:
                write.save_state()
        return plaintext

    def put(
        self,
        record_id: str,
        plaintext: bytes,
        keep_versions: int | None,
        expected: dict[str, int] | None = None,
    ) -> int:
        """Seal and store one record in one transaction; returns its new revision.
        `keep_versions`: how many earlier versions of the record to keep after the
        write, the one it replaces among them (None: all; 0: the one it replaces is
        overwritten, not kept, and the history is left as it is). `expected` maps ids
        to the revision the caller read: a record found at another one was written
        by someone else meanwhile, and RecordChangedElsewhere is raised (nothing is
        stored)."""
        return self.put_many([(record_id, plaintext)], keep_versions, expected)[0]

    def put_many(
        self,
        items: Iterable[tuple[str, bytes]],
        keep_versions: int | None,
        expected: dict[str, int] | None = None,
    ) -> list[int]:
        """Store several records all-or-nothing (one transaction); `keep_versions` as
        for `put`, for each of them."""
        keys = self._require_keys()
        with self._transaction() as conn:
            write = RecordWrite(conn, keys, self.header.vault_id)
            revisions = [
                write.put(record_id, plaintext, keep_versions, expected=expected)
                for record_id, plaintext in items
            ]
            write.save_state()
        return revisions

    def delete(self, record_id: str, keep_versions: int | None = 0) -> None:
        """Delete a record's row and manifest entry, keeping `keep_versions` of its
        earlier versions (0, the default: its history goes too; None: all of it is
        kept, as `put_over_damaged` does)."""
        keys = self._require_keys()
        with self._transaction() as conn:
            write = RecordWrite(conn, keys, self.header.vault_id)
            write.delete(record_id, keep_versions)
            write.save_state()

    def put_over_damaged(self, record_id: str, plaintext: bytes) -> int:
        """Replace a record whose row no longer authenticates (or was changed outside
        the app) by `plaintext`, in one transaction, keeping its history: the bad row
        is deleted as the worker's choice, then the record is stored anew. Saving
        over it instead would leave the manifest unauthenticated for good."""
        keys = self._require_keys()
        with self._transaction() as conn:
            write = RecordWrite(conn, keys, self.header.vault_id)
            gone = write.prior(record_id).revision
            write.delete(record_id, keep_versions=None)
            revision = write.put(record_id, plaintext, 0, after=gone)
            write.save_state()
        return revision

    def revision_of(self, record_id: str) -> int | None:
        """The revision of a record's row as stored (even when it is damaged)."""
        with self._use() as conn:
            return records.revision_of(conn, record_id)

    def record_count(self) -> int:
        with self._use() as conn:
            return conn.execute("SELECT count(*) FROM records").fetchone()[0]

    # --- revision history (vault.history) ----------------------------------------

    def prune_history(
        self,
        keep: int,
        record_id: str | None = None,
        also: tuple[str, Callable[[bytes | None], bytes]] | None = None,
    ) -> int:
        """Delete old revisions beyond the newest `keep` of one record, or of every
        record, with `also` (an item id and its change, as `update` makes it) in the
        same transaction; secure_delete and a checkpoint leave no trace of what went.
        Returns how many old revisions were deleted."""
        keys = self._require_keys()
        with self._transaction() as conn:
            write = RecordWrite(conn, keys, self.header.vault_id)
            if also is not None:
                write.update(also[0], also[1])
            removed = history.trim_all(conn, write.state, keep, record_id)
            if removed or also is not None:
                write.save_state()
        if removed:
            self.checkpoint()
        return removed

    def history(self, record_id: str) -> list[OldRevision]:
        """A record's old revisions, newest first, each decrypted (or None when it
        does not authenticate as that revision of that record)."""
        keys = self._require_keys()
        with self._use() as conn:
            return history.old_revisions(conn, keys, self.header.vault_id, record_id)

    def history_excess(self, keep: int) -> int:
        """How many old revisions a limit of `keep` per record would delete."""
        with self._use() as conn:
            return history.excess(conn, keep)

    def history_count(self) -> int:
        with self._use() as conn:
            return history.count(conn)

    # --- attachments (vault.attachment_store) -----------------------------------

    @property
    def attachments(self) -> AttachmentStore:
        return AttachmentStore(
            self._transaction, self._use, self._require_keys, self.header.vault_id
        )

    # --- checks (vault.integrity) ------------------------------------------------

    def check_state(self, loaded: LoadResult | None = None) -> list[Problem]:
        """The check every unlock runs, in milliseconds (see integrity.check_state).
        `loaded` gives the manifest as the load just read it. `verify` then names what
        it can."""
        keys = self._require_keys()
        manifest = loaded.manifest if loaded is not None else None
        with self._use() as conn:
            return integrity.check_state(conn, keys, self.header.vault_id, manifest)

    def verify(
        self, load: LoadResult | None = None, on_record: OnRecord | None = None
    ) -> list[Problem]:
        """Check every record and the manifest; each problem names its record where
        that is possible. With `load`, the same pass does the unlock's read of the rows
        (as `iter_records`, handing each record that opens to `on_record`), so a store
        no journal has loaded decrypts each record once (the command line's verify)."""
        keys = self._require_keys()
        # A second reading connection, for SQLite's integrity check beside the pass.
        reader = None if load is None else lambda: connection.connect_read(self.path)[0]
        with self._use() as conn:
            problems, self.schema_problems = integrity.verify(
                conn, keys, self.header, self.schema_problems, load, on_record, reader
            )
        return problems

    # --- copies (vault.connection) -------------------------------------------------

    def backup_to(self, out_path: Path) -> None:
        """A consistent copy via the SQLite backup API, fsynced, then moved into place."""
        self._db.backup_to(out_path)

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (after a purge: see Connection.checkpoint)."""
        self._db.checkpoint()

    def fold_wal(self) -> None:
        """Fold the WAL into the main file now; SQLite's error passes as it is."""
        self._db.fold_wal()
