"""The vault file: one SQLite database holding the header, sealed records and the
keyed manifest. Every save is one transaction; nothing here sees a Record object,
only plaintext bytes, so the format stays independent of the domain.

Threads: a store has one SQLite connection, used by the UI thread and by worker
threads (unlock, import, backup, key change). Every use of it (each transaction, each
read, each iteration over a cursor, to its end) runs under the store's one RLock, so
one thread at a time talks to SQLite and no read sees half of a write. A caller
iterating `iter_records` holds the lock until the iteration ends: finish or close the
iterator, and wait for no other thread that uses the store inside the loop."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import struct
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from journal_app.disk import files, temp_files
from journal_app.disk.files import discard, fsync_dir, fsync_file, new_private_file
from journal_app.disk.storage_errors import is_disk_error, storage_error
from journal_app.errors import (
    KeysChanged,
    ReadOnlyVault,
    RecordChangedElsewhere,
    RecordDamaged,
    RecordNotFound,
    StaleHeader,
    StorageError,
    UnsupportedFormat,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from journal_app.vault import crypto, file_schema
from journal_app.vault.crypto import DecryptionFailed, KdfParams, RecordCipher
from journal_app.vault.header import (
    FORMAT_VERSION,
    HEADER_COLUMNS,
    VAULT_ID_BYTES,
    Header,
    header_from_row,
    header_values,
)
from journal_app.vault.manifest import (
    ZERO_DIGEST,
    Problem,
    check_vault,
    decode_id,
    entry_mac,
    fold_macs,
    history_mac,
    macs_equal,
    record_aad,
    sqlite_reason,
    state_authentic,
    state_mac_v2,
    state_problems,
    xor32,
)

log = logging.getLogger(__name__)

# The schema version this module's SQL is written for (migrations.LATEST; a unit test
# holds the two equal). The migrations are plain SQL; vault.file_schema runs them on an
# in-memory database to know the schema a file should have.
SCHEMA_VERSION = 3
_MIGRATIONS_MODULE = "journal_app.vault.migrations"


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _schema_current(conn: sqlite3.Connection) -> bool:
    """Once the migrations are loaded, their LATEST decides."""
    loaded = sys.modules.get(_MIGRATIONS_MODULE)
    latest = SCHEMA_VERSION if loaded is None else loaded.LATEST
    return schema_version(conn) == latest


def _migrate(conn: sqlite3.Connection, path: Path | None) -> None:
    """Bring the file's schema up to date (see vault.migrations); nothing to load or
    run when it is current."""
    if _schema_current(conn):
        return
    from journal_app.vault.migrations import migrate

    migrate(conn, path)


@dataclass
class Keys:
    """Keys that exist only while the vault is unlocked."""

    master: bytes
    records: RecordCipher
    manifest: bytes
    header: bytes


def read_header_row(conn: sqlite3.Connection) -> tuple | None:
    """The header row, with the columns the file's schema has (a copy from before
    schema 3, read without migrating it, lacks the recovery box's two)."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(vault_header)")}
    names = [c.strip() for c in HEADER_COLUMNS.split(",") if c.strip() in have]
    return conn.execute(f"SELECT {', '.join(names)} FROM vault_header WHERE id = 1").fetchone()


def _keys_for(master: bytes) -> Keys:
    return Keys(
        master=master,
        records=RecordCipher(crypto.subkey(master, "records")),
        manifest=crypto.subkey(master, "manifest"),
        header=crypto.subkey(master, "header"),
    )


def _with_passphrase(header: Header, passphrase: str, kdf: KdfParams, master: bytes) -> Header:
    """`header` with a new salt and KDF settings, and `master` wrapped under the
    passphrase (its slot's AAD binds the settings and the salt)."""
    draft = replace(header, kdf=kdf, salt=os.urandom(crypto.SALT_BYTES))
    kek = crypto.derive_passphrase_key(passphrase, draft.salt, kdf)
    return replace(draft, passphrase_slot=crypto.wrap_key(kek, master, draft.passphrase_aad()))


def _with_recovery(header: Header, master: bytes, slot_key: bytes) -> Header:
    """`header` with a new recovery key pair: its private key wrapped under `slot_key`
    (from the recovery key), and `master` sealed to its public key."""
    private, public = crypto.new_recovery_pair()
    draft = replace(header, recovery_public=public)
    draft = replace(draft, recovery_slot=crypto.wrap_key(slot_key, private, draft.recovery_aad()))
    return _with_box(draft, master, crypto.recovery_auth_key(private))


def _with_box(header: Header, master: bytes, auth: bytes) -> Header:
    """`header` with `master` sealed to its recovery public key, MACed under the auth
    key (so only someone who held it, the app or the recovery key, can make a box the
    recovery key accepts), and the auth key wrapped under the new master key."""
    assert header.recovery_public is not None
    sealed = crypto.seal_to(header.recovery_public, master, header.box_aad())
    return replace(
        header,
        recovery_box=sealed + crypto.keyed_mac(auth, header.box_mac_aad() + sealed),
        recovery_auth=crypto.wrap_key(
            crypto.subkey(master, "recovery-auth"), auth, header.auth_aad()
        ),
    )


def _open_box(header: Header, private: bytes) -> bytes:
    """The master key from a recovery box, once its MAC proves who sealed it."""
    box = header.recovery_box or b""
    sealed, mac = box[: crypto.SEALED_BYTES], box[crypto.SEALED_BYTES :]
    auth = crypto.recovery_auth_key(private)
    if not macs_equal(mac, crypto.keyed_mac(auth, header.box_mac_aad() + sealed)):
        raise DecryptionFailed("the recovery box was not sealed by this journal")
    return crypto.open_sealed(private, sealed, header.box_aad())


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


@dataclass
class _Prior:
    revision: int
    listed: bool  # has a manifest entry
    stored: bool  # has a records row
    entry_mac: bytes | None  # the entry's MAC, if well formed
    entry_authentic: bool  # no entry, or one the app wrote
    consistent: bool  # the row and its entry agree (nothing changed outside the app)
    blob: bytes | None = None  # the stored ciphertext, when consistent
    row_revision: int = 0  # the records row's revision (0: no row)


@dataclass
class OldRevision:
    """One earlier revision of a record from the history: its plaintext, or None when
    it no longer authenticates (damaged or changed outside the app)."""

    revision: int
    plaintext: bytes | None


@dataclass
class LoadResult:
    records: list[tuple[str, int, bytes]] = field(default_factory=list)  # id, revision, plain
    damaged: list[str] = field(default_factory=list)
    changed_outside: list[str] = field(default_factory=list)
    unnamed: int = 0  # rows whose id itself is unreadable
    # The manifest as read while loading: (entries, XOR of their MACs), for the state
    # check that follows, so it need not read the manifest again.
    manifest: tuple[int, bytes] | None = None


@dataclass
class _State:
    """The manifest_state row while a transaction changes it: the count and running
    XOR of the manifest's entry MACs and of the history's MACs, under one MAC."""

    count: int
    digest: bytes
    history_count: int
    history_digest: bytes
    ok: bool  # the stored row was authentic (see manifest.state_authentic)

    def keep(self, mac: bytes) -> None:
        self.history_count += 1
        self.history_digest = xor32(self.history_digest, mac)

    def forget(self, mac: object) -> None:
        self.history_count = max(self.history_count - 1, 0)
        if isinstance(mac, bytes) and len(mac) == 32:
            self.history_digest = xor32(self.history_digest, mac)


_REVISION = struct.Struct(">Q")  # as packed into record_aad

# Records of 1.5-3 KB rarely pair up in 4 KiB pages; 8 KiB pages waste a third less.
PAGE_SIZE = 8192


def _connect(path: Path, new_file: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    if new_file:
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")  # only before WAL and the first table
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA busy_timeout=5000")
    if sys.platform == "darwin":
        # macOS's fsync() stops at the drive's cache; these make SQLite ask for
        # F_FULLFSYNC on commit and on checkpoint (SECURITY.md: crash or power loss).
        conn.execute("PRAGMA fullfsync=ON")
        conn.execute("PRAGMA checkpoint_fullfsync=ON")
    return conn


# An SQLite file's header: its magic, then at bytes 18 and 19 the write and read
# versions, 2 in WAL mode, 1 in rollback-journal mode.
_SQLITE_MAGIC = b"SQLite format 3\x00"


def in_wal_mode(path: Path) -> bool:
    """Whether the file is in WAL mode, read from its header without SQLite (which
    might make a -shm). The app's journal is, from its first write on; a backup or a
    pre-migration copy is written in rollback-journal mode, as one self-contained file.

    Only ever before this process has a connection to the file: closing any file
    descriptor of it drops every POSIX lock the process holds on it (SQLite's own
    warning), and another process closing its last connection would then take the
    WAL away from under this one's (a short read, or worse)."""
    try:
        with open(path, "rb") as file:
            head = file.read(20)
    except OSError:
        return False
    return head[:16] == _SQLITE_MAGIC and head[18:20] == b"\x02\x02"


def can_write(path: Path) -> bool:
    """Whether the vault file and its folder (where SQLite keeps a -wal and -shm, or
    a -journal, beside it) can be written: not read-only media, nor lacking permission."""
    path = Path(path)
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect_read(path: Path) -> tuple[sqlite3.Connection, bool, bool]:
    """A connection that reads the vault without changing a byte of it; whether the
    vault can be written later; whether it is in WAL mode. SQLite's read-only mode
    (mode=ro), except for a journal in WAL mode that can be written: a read-only
    connection would leave its -wal and -shm behind, so it is opened as usual with
    query_only on. Where SQLite cannot make the -shm a WAL file needs (read-only
    media) the file is read as immutable=1; a -wal left beside it there cannot be
    read, and is said in the log."""
    wal = in_wal_mode(path)
    writable = can_write(path)
    wal_file = path.with_name(path.name + "-wal")
    immutable = {"mode": "ro", "immutable": "1"}
    attempts: list[dict[str, str] | None] = [{"mode": "ro"}, immutable]
    if wal and writable:
        attempts.insert(0, None)
    elif wal and not wal_file.exists():
        attempts.pop(0)  # all of it is in the main file: nothing for a -shm to do
    for tried, params in enumerate(attempts):
        conn = None
        try:
            if params is None:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            else:
                uri = files.sqlite_uri(path, **params)
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("PRAGMA temp_store=MEMORY")
            if params is None:
                conn.execute("PRAGMA query_only=ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if conn is not None:
                conn.close()
            if tried + 1 < len(attempts) and is_disk_error(exc):
                continue
            raise
        if params is immutable and wal_file.exists() and wal_file.stat().st_size:
            log.warning("read-only media: the journal's -wal cannot be read, only its main file")
        return conn, writable and tried == 0, wal
    raise AssertionError("unreachable")  # the last attempt returns or raises


def _migrated_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    """An older schema read as the latest without touching the file: the vault copied
    into memory (its ciphertext, as on disk) and migrated there. `conn` is closed."""
    copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(copy)
        _migrate(copy, None)
    except BaseException:
        copy.close()
        raise
    conn.close()
    return copy


def _read_only_error(path: Path) -> ReadOnlyVault:
    return ReadOnlyVault(
        f"this journal is open read-only: {Path(path).name} or its folder cannot be "
        "written (read-only media, or no permission to write); nothing was changed"
    )


class VaultStore:
    """An open vault file. Locked until `unlock` or `unlock_with_recovery_key`."""

    FIT_SAMPLE = 64  # rows decrypted at each unlock to tell the key fits (_key_fits)
    FIT_SMALL = 4  # fewer rows than this: the state row's MAC may decide

    def __init__(self, path: Path, conn: sqlite3.Connection, header: Header) -> None:
        self.path = path
        self._conn = conn
        self.header = header
        self._keys: Keys | None = None
        self._lock = threading.RLock()  # see the module's docstring: one thread at a time
        # How many old revisions a record keeps (None: all of them; 0: none).
        # Once the recovery key opened the vault: the key that opens its slot, which
        # proves the slot genuine, so a key change may keep the recovery key working
        # even if the header's MAC was damaged or it predates the recovery box.
        self._recovery_slot_key: bytes | None = None
        # What the file's schema has that the format does not define, lacks or has
        # changed (vault.file_schema): reported, and no write is made meanwhile.
        self.schema_problems: list[Problem] = []
        # Opened for reading (see `open`) until the first write switches connections;
        # the reading ones are kept until `close`, for any reader still using one.
        self._writing = False
        self._read_only = False
        self._copy = False
        self._retired: list[sqlite3.Connection] = []

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
        master = os.urandom(crypto.KEY_BYTES)
        vault_id = os.urandom(VAULT_ID_BYTES)
        recovery_raw = crypto.new_recovery_key()
        blank = Header(FORMAT_VERSION, vault_id, kdf, b"", b"", b"")
        header = _with_passphrase(blank, passphrase, kdf, master)
        header = _with_recovery(header, master, crypto.recovery_slot_key(recovery_raw, vault_id))
        header = header.sealed(crypto.subkey(master, "header"))
        # Build the file beside its final name, then link it in place: the link fails
        # if a vault appeared meanwhile, and a crash leaves no half-made vault.
        tmp = path.with_name(f".{path.name}.creating-{os.getpid()}")
        try:
            new_private_file(tmp)
            conn = _connect(tmp, new_file=True)
            try:
                _migrate(conn, None)
                manifest_key = crypto.subkey(master, "manifest")
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    f"INSERT INTO vault_header (id, {HEADER_COLUMNS}) "
                    f"VALUES (1, {', '.join('?' * len(header_values(header)))})",
                    header_values(header),
                )
                conn.execute(
                    "INSERT INTO manifest_state (id, count, digest, mac) VALUES (1, 0, ?, ?)",
                    (
                        ZERO_DIGEST,
                        state_mac_v2(manifest_key, vault_id, 0, ZERO_DIGEST, 0, ZERO_DIGEST),
                    ),
                )
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            fsync_file(tmp)
            if path.exists() and path.stat().st_size == 0:
                files.remove(path)  # an empty file is there: nothing to lose
            files.place_new(
                tmp, path, f"a vault already exists at {path}; refusing to overwrite it"
            )
            fsync_dir(path.parent)
        except (sqlite3.OperationalError, OSError) as exc:
            raise storage_error(exc) from None
        finally:
            discard(tmp)
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
        if not path.is_file() or path.stat().st_size == 0:
            raise VaultNotFound(f"no vault at {path}; create one with 'psw-journal init'")
        conn = None
        try:
            conn, writable, wal = _connect_read(path)
            copy = not wal  # read before connecting (see in_wal_mode)
            has_header = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name='vault_header'"
            ).fetchone()[0]
            version = schema_version(conn)
            if not has_header and version == 0:
                raise UnsupportedFormat(f"{path} is not a PSW Journal vault")
            if version < 1:
                raise UnsupportedFormat(f"unknown vault format version {version}")
            schema_problems = file_schema.on_open(conn, version)
            first = conn
            if write:
                if not writable:
                    raise _read_only_error(path)
                conn.close()
                conn = None
                conn = _connect(path)
                _migrate(conn, path)
            elif not _schema_current(conn):
                conn = _migrated_copy(conn)
            if schema_problems and conn is not first:
                file_schema.stand_in_for_missing(conn, version)
            header = header_from_row(read_header_row(conn))
            if header.format_version != FORMAT_VERSION:
                raise UnsupportedFormat(
                    f"unknown vault format version {header.format_version}; "
                    f"this build reads format {FORMAT_VERSION}"
                )
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # A damaged schema can make SQLite's own message undecodable, hence the second.
            if conn is not None:
                conn.close()
            if is_disk_error(exc):
                raise storage_error(exc) from None
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        except BaseException:
            if conn is not None:
                conn.close()
            raise
        store = cls(path, conn, header)
        store.schema_problems = schema_problems
        store._writing, store._read_only, store._copy = write, not writable, copy and not write
        return store

    @property
    def read_only(self) -> bool:
        """True when the file or its folder cannot be written: every write refuses."""
        return self._read_only

    @property
    def is_copy(self) -> bool:
        """True for a backup or pre-migration copy (a file in rollback-journal mode)
        not written since it was opened: reading leaves it as it was made."""
        return self._copy

    def require_writable(self) -> None:
        """Refuse at once, before a passphrase is asked for, a write to a vault that
        cannot be written (the write itself would refuse later, after the unlock)."""
        if self._read_only:
            raise _read_only_error(self.path)

    def _begin_writing(self) -> None:
        """Before the first write: switch to a connection that writes (WAL,
        synchronous=FULL, secure_delete), migrating an older schema on disk after
        keeping the copy. A vault that cannot be written refuses, nothing changed."""
        if self._writing:
            return
        if self._read_only or not can_write(self.path):
            raise _read_only_error(self.path)
        if self.schema_problems:  # found at open: the writing connection is never made
            raise file_schema.write_refused(self.schema_problems)
        conn = None
        try:
            conn = _connect(self.path)
            _migrate(conn, self.path)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, sqlite3.Error | OSError):
                raise storage_error(exc) from None
            raise
        self._retired.append(self._conn)
        self._conn, self._writing, self._copy = conn, True, False

    def close(self) -> None:
        self.lock()
        with self._lock:
            for conn in [*self._retired, self._conn]:  # the writing one last: it tidies up
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._retired.clear()

    @contextlib.contextmanager
    def _use(self) -> Iterator[sqlite3.Connection]:
        """The connection, for this thread alone until the block ends."""
        with self._lock:
            yield self._conn

    # --- keys ------------------------------------------------------------------

    def _set_keys(self, master: bytes) -> None:
        self._keys = _keys_for(master)

    @property
    def unlocked(self) -> bool:
        return self._keys is not None

    def lock(self) -> None:
        """Drop the keys (Python cannot wipe memory; the bytes go with the GC)."""
        self._keys = None
        self._recovery_slot_key = None

    def _require_keys(self) -> Keys:
        if self._keys is None:
            raise VaultLocked("the vault is locked")
        return self._keys

    def _reread_header(self) -> Header:
        """The header as the file holds it now: another process may have changed the
        passphrase (and the keys) since this one opened the file."""
        try:
            with self._use() as conn:
                row = read_header_row(conn)
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        self.header = header_from_row(row)
        return self.header

    def unlock(self, passphrase: str, kek_cache: dict | None = None) -> None:
        """`kek_cache`, when given, keeps each derived key by salt and settings, for one
        caller reading several copies made under the same passphrase (a rescue)."""
        self._unlock_fresh(lambda header: self._passphrase_master(header, passphrase, kek_cache))

    def _unlock_fresh(self, master_of: Callable[[Header], bytes]) -> None:
        """Unlock with the master key `master_of(header)` gives for the header as the
        file holds it now. Should another process change the keys between reading
        the header and checking the key against the entries, read it again, once."""
        for attempt in (1, 2):
            header = self._reread_header()
            master = master_of(header)
            try:
                self._unlock_with_master(master)
                return
            except StaleHeader:
                if attempt == 2 or macs_equal(self._stored_header_mac(), header.mac):
                    raise

    def _stored_header_mac(self) -> bytes:
        with self._use() as conn:
            row = conn.execute("SELECT header_mac FROM vault_header WHERE id = 1").fetchone()
        return row[0] if row is not None and isinstance(row[0], bytes) else b""

    def _passphrase_master(self, header: Header, passphrase: str, kek_cache: dict | None) -> bytes:
        header.kdf.check()
        if not header.is_intact():
            raise VaultCorrupt(
                "the vault header is damaged; open it with the recovery key or restore a backup"
            )
        cached = (header.salt, header.kdf)
        kek = None if kek_cache is None else kek_cache.get(cached)
        if kek is None:
            kek = crypto.derive_passphrase_key(passphrase, header.salt, header.kdf)
            if kek_cache is not None:
                kek_cache[cached] = kek
        try:
            return crypto.unwrap_key(kek, header.passphrase_slot, header.passphrase_aad())
        except DecryptionFailed:
            raise WrongPassphrase() from None

    def unlock_with_recovery_key(self, recovery_text: str) -> None:
        raw = crypto.parse_recovery_key(recovery_text)
        if raw is None:
            raise WrongRecoveryKey("that is not a recovery key (expected 8 groups of 5 characters)")
        self._unlock_fresh(lambda header: self._recovery_master(header, raw))
        # The recovery key is proven genuine: a passphrase change may keep it working
        # even where the header's own MAC was damaged, or it predates the box.
        self._recovery_slot_key = crypto.recovery_slot_key(raw, self.header.vault_id)

    def _recovery_master(self, header: Header, raw: bytes) -> bytes:
        try:
            if header.has_recovery_box:
                private = crypto.unwrap_key(
                    crypto.recovery_slot_key(raw, header.vault_id),
                    header.recovery_slot,
                    header.recovery_aad(),
                )
                if not macs_equal(crypto.public_of(private), header.recovery_public or b""):
                    raise DecryptionFailed("the recovery slot and its public key disagree")
                return _open_box(header, private)
            return crypto.unwrap_key(
                crypto.recovery_wrapping_key(raw, header.vault_id),
                header.recovery_slot,
                header.recovery_aad(),
            )
        except DecryptionFailed:
            raise WrongRecoveryKey() from None

    def _unlock_with_master(self, master: bytes) -> None:
        keys = _keys_for(master)
        if not self._key_fits(keys):
            raise StaleHeader(
                "most of the journal's entries do not open with the key this header gives: "
                "the header may have been copied in from an older copy of the file (its "
                "passphrase cannot open what was written since), or the entries are "
                "damaged. Nothing was changed; restore a backup, or ask for help."
            )
        self._keys = keys

    def _key_fits(self, keys: Keys) -> bool:
        """Whether the unlocked key is the one the entries were written under. A key
        from an older copy's header opens that header, and its holder can forge any
        MAC under it (the state row's included), but cannot make the entries sealed
        since the change decrypt. So the entries decide: of a random sample of rows
        (records and old revisions), at least half must open; damage to a few never
        locks the worker out. A journal of fewer than SMALL rows (one damaged entry
        may be all it has) fits when any row opens or its state row authenticates;
        one with no rows at all has nothing to tell by."""
        vault_id = self.header.vault_id
        sample = []
        try:
            with self._use() as conn:
                for table, column in (("records", "id"), ("history", "record_id")):
                    sample += conn.execute(
                        f"SELECT CAST({column} AS BLOB), revision, CAST(blob AS BLOB) "
                        f"FROM {table} WHERE rowid IN "
                        f"(SELECT rowid FROM {table} ORDER BY random() LIMIT ?)",
                        (self.FIT_SAMPLE,),
                    ).fetchall()
                state = conn.execute(
                    "SELECT count, digest, mac, history_count, history_digest "
                    "FROM manifest_state WHERE id = 1"
                ).fetchone()
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        if not sample:
            return True
        opened = 0
        for raw_id, revision, blob in sample:
            record_id = decode_id(raw_id)
            if record_id is None or not _is_count(revision):
                continue
            with contextlib.suppress(DecryptionFailed, OverflowError, struct.error, TypeError):
                keys.records.open(blob, record_aad(vault_id, record_id, revision))
                opened += 1
        if len(sample) < self.FIT_SMALL:
            return opened > 0 or (
                state is not None and state_authentic(keys.manifest, vault_id, state)
            )
        return 2 * opened >= len(sample)

    def keeps_recovery_key(self) -> bool:
        """Whether a key change can hand the new master key to the recovery key the
        worker has: its slot is proven (it opened the vault this time) or the header
        is the app's own and has a recovery box to seal to."""
        self._require_keys()
        if self._recovery_slot_key is not None:
            return True
        return self.header.has_recovery_box and self.header_authentic()

    def _recovery_auth(self, keys: Keys) -> bytes:
        """The recovery box's MAC key: from the recovery slot when the recovery key
        opened the vault this time, else as the app keeps it under the master key."""
        header = self.header
        if self._recovery_slot_key is not None:
            private = crypto.unwrap_key(
                self._recovery_slot_key, header.recovery_slot, header.recovery_aad()
            )
            return crypto.recovery_auth_key(private)
        return crypto.unwrap_key(
            crypto.subkey(keys.master, "recovery-auth"),
            header.recovery_auth or b"",
            header.auth_aad(),
        )

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
        kdf.check()
        master = os.urandom(crypto.KEY_BYTES)
        new = _keys_for(master)
        header = self.header
        recovery_text = None
        keep = not new_recovery_key and self.keeps_recovery_key()
        if keep and header.has_recovery_box:
            header = _with_box(header, master, self._recovery_auth(old))
        elif keep and self._recovery_slot_key is not None:  # from before the box
            header = _with_recovery(header, master, self._recovery_slot_key)
        else:
            raw = crypto.new_recovery_key()
            recovery_text = crypto.format_recovery_key(raw)
            header = _with_recovery(header, master, crypto.recovery_slot_key(raw, header.vault_id))
        header = _with_passphrase(header, new_passphrase, kdf, master).sealed(new.header)
        with self._transaction() as conn:
            _Reseal(self, conn, old, new, progress).run()
            conn.execute(
                f"UPDATE vault_header SET ({HEADER_COLUMNS}) = "
                f"({', '.join('?' * len(header_values(header)))}) WHERE id = 1",
                header_values(header),
            )
        self.header = header
        self._keys = new
        self._recovery_slot_key = None  # the header is the app's own now: its MAC says so
        # The old ciphertext's pages leave the WAL; secure_delete zeroes freed ones.
        try:
            self.checkpoint()
        except StorageError:
            log.warning("the checkpoint after a key change did not finish; it runs again later")
        return recovery_text

    def _require_current_keys(self) -> None:
        """Inside a write transaction: the header is still the one these keys came
        from. Another process that changed the passphrase changed the keys too, and
        a write under the old ones would be readable with the old passphrase."""
        if self._keys is None:
            return
        if not macs_equal(self._stored_header_mac(), self.header.mac):
            log.warning("a write found the journal's keys changed elsewhere; nothing was written")
            raise KeysChanged(
                "the journal's passphrase was changed elsewhere since it was unlocked here; "
                "nothing was saved: lock it and unlock it with the new passphrase"
            )

    def header_authentic(self) -> bool:
        """Whether both key slots are as the app last wrote them (needs the keys)."""
        keys = self._require_keys()
        return macs_equal(self.header.mac, self.header.compute_mac(keys.header))

    # --- transactions --------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:  # one thread at a time, the whole transaction long
            yield from self._transaction_unlocked()

    def _transaction_unlocked(self) -> Iterator[sqlite3.Connection]:
        self._begin_writing()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise storage_error(exc) from None
        try:
            self._refuse_if_tampered()
            self._require_current_keys()
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError | OSError) and not isinstance(
                exc, sqlite3.IntegrityError
            ):
                raise storage_error(exc) from None
            raise

    def _refuse_if_tampered(self) -> None:
        """No write while the file's schema is not the format's: a planted trigger
        would run with it. Checked inside the write transaction, so nothing can be
        planted between the check and the write."""
        try:
            self.schema_problems = file_schema.problems(self._conn, schema_version(self._conn))
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        if self.schema_problems:
            log.warning("a write was refused: the file's schema is not the format's")
            raise file_schema.write_refused(self.schema_problems)

    # --- records -------------------------------------------------------------

    def iter_records(self, report: LoadResult) -> Iterator[tuple[str, int, bytes]]:
        """Decrypt records one at a time (id, revision, plaintext), so the whole
        ciphertext never sits in memory beside the plaintext. A record that fails to
        authenticate, or that the manifest lists but the file lost, goes into
        `report.damaged` and is skipped: the rest of the journal still opens. One at
        another revision than the manifest says (rolled back) goes into
        `report.changed_outside` and is still shown. The store's lock is held until
        the iteration ends, so the manifest and the rows read agree."""
        keys = self._require_keys()
        opener = keys.records.open
        # record_aad(vault_id, record_id, revision), built here from the id's bytes as
        # read: the same bytes, without two calls and an encode for every record.
        aad_prefix = record_aad(self.header.vault_id, "", 0)[: -_REVISION.size]
        pack_revision = _REVISION.pack
        present: set[bytes] = set()  # ids (as read) of the rows that could be named
        try:
            with self._use() as conn:
                listed, macs = {}, []
                for raw_id, revision, mac in conn.execute(
                    "SELECT CAST(record_id AS BLOB), revision, mac FROM manifest"
                ):
                    listed[raw_id] = revision
                    macs.append(mac)
                report.manifest = (len(listed), fold_macs(macs))
                # Ids are read as bytes: one damaged into invalid UTF-8 must not hide the rest.
                for raw_id, revision, blob in conn.execute(
                    "SELECT CAST(id AS BLOB), revision, CAST(blob AS BLOB) FROM records"
                ):
                    try:
                        record_id = raw_id.decode("utf-8")
                    except (UnicodeDecodeError, AttributeError):
                        report.unnamed += 1  # its id is destroyed; the manifest names it below
                        continue
                    present.add(raw_id)
                    try:
                        if type(revision) is not int or not 0 <= revision < 2**63:  # _is_count
                            raise DecryptionFailed("bad row")
                        plain = opener(blob, aad_prefix + pack_revision(revision) + raw_id)
                    except (DecryptionFailed, OverflowError, struct.error):
                        report.damaged.append(record_id)
                        continue
                    if listed.get(raw_id) != revision:
                        report.changed_outside.append(record_id)
                    yield record_id, revision, plain
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        # UTF-8 decoding is one-to-one, so ids compare as the bytes read.
        missing = (decode_id(raw) for raw in listed if raw not in present)
        report.damaged.extend(sorted(i for i in missing if i is not None))
        if report.damaged or report.unnamed or report.changed_outside:
            log.warning(
                "unlock: %d record(s) quarantined, %d unreadable, %d changed outside the app",
                len(report.damaged),
                report.unnamed,
                len(report.changed_outside),
            )

    def load_all(self) -> LoadResult:
        """Every record decrypted at once (see `iter_records`)."""
        result = LoadResult()
        result.records = list(self.iter_records(result))
        return result

    def get(self, record_id: str) -> tuple[int, bytes]:
        keys = self._require_keys()
        with self._use() as conn:
            row = conn.execute(
                "SELECT revision, CAST(blob AS BLOB) FROM records WHERE id = ?", (record_id,)
            ).fetchone()
        if row is None:
            raise RecordNotFound(f"no record with id {record_id}")
        try:
            plain = keys.records.open(row[1], record_aad(self.header.vault_id, record_id, row[0]))
        except DecryptionFailed:
            raise RecordDamaged(f"record {record_id} is damaged and quarantined") from None
        return row[0], plain

    def read_item(self, item_id: str) -> bytes | None:
        """The plaintext the file holds under `item_id` now (None: no such row, or it
        does not authenticate), for items other programs may change meanwhile."""
        keys = self._require_keys()
        try:
            with self._use() as conn:
                row = conn.execute(
                    "SELECT revision, CAST(blob AS BLOB) FROM records WHERE id = ?", (item_id,)
                ).fetchone()
        except sqlite3.DatabaseError as exc:
            if is_disk_error(exc):
                raise storage_error(exc) from None
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        return self._open_item(keys, item_id, row)

    def _open_item(self, keys: Keys, item_id: str, row: tuple | None) -> bytes | None:
        if row is None or not _is_count(row[0]):
            return None
        try:
            return keys.records.open(row[1], record_aad(self.header.vault_id, item_id, row[0]))
        except (DecryptionFailed, OverflowError, struct.error, TypeError):
            return None

    def update(self, item_id: str, change: Callable[[bytes | None], bytes]) -> bytes:
        """Read-modify-write one item (settings, share history) in one write
        transaction: `change` gets the plaintext the file holds now (see `read_item`)
        and returns the one to store, without history. BEGIN IMMEDIATE holds off every
        other writer, in this process or another, until the new value is written, so
        no change made meanwhile is lost. Returns what was stored."""
        keys = self._require_keys()
        with self._transaction() as conn:
            state = self._read_state(conn, keys)
            plaintext, written = self._update_one(conn, keys, state, item_id, change)
            if written:
                self._write_state(conn, keys, state)
        return plaintext

    def _update_one(
        self,
        conn: sqlite3.Connection,
        keys: Keys,
        state: _State,
        item_id: str,
        change: Callable[[bytes | None], bytes],
    ) -> tuple[bytes, bool]:
        row = conn.execute(
            "SELECT revision, CAST(blob AS BLOB) FROM records WHERE id = ?", (item_id,)
        ).fetchone()
        current = self._open_item(keys, item_id, row)
        plaintext = change(current)
        if plaintext == current:
            return plaintext, False
        self._put_one(conn, keys, state, item_id, plaintext, keep_versions=0)
        return plaintext, True

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
            state = self._read_state(conn, keys)
            revisions = [
                self._put_one(
                    conn, keys, state, record_id, plaintext, keep_versions, expected=expected
                )
                for record_id, plaintext in items
            ]
            self._write_state(conn, keys, state)
        return revisions

    def _put_one(
        self,
        conn: sqlite3.Connection,
        keys: Keys,
        state: _State,
        record_id: str,
        plaintext: bytes,
        keep_versions: int | None,
        after: int = 0,
        expected: dict[str, int] | None = None,
    ) -> int:
        vault_id = self.header.vault_id
        prior = self._prior(conn, keys, record_id)
        if (
            expected is not None
            and record_id in expected
            and prior.row_revision != expected[record_id]
        ):
            log.warning("a save found its record changed elsewhere; nothing was written")
            raise RecordChangedElsewhere(record_id)
        state.ok = state.ok and prior.consistent
        if keep_versions != 0 and prior.blob is not None:
            # Only a revision the app wrote (row and manifest agree) is kept.
            self._keep_old_revision(conn, keys, state, record_id, prior, keep_versions)
        # Past every revision the record has had, kept ones included (a record put
        # back after its row was deleted must not reuse a number in its history).
        newest_kept = conn.execute(
            "SELECT max(revision) FROM history WHERE record_id = ?", (record_id,)
        ).fetchone()[0]
        newest_kept = newest_kept if _is_count(newest_kept) else 0
        revision = max(prior.revision, newest_kept, after) + 1
        blob = keys.records.seal(plaintext, record_aad(vault_id, record_id, revision))
        ct_hash = crypto.sha256(blob)
        mac = entry_mac(keys.manifest, vault_id, record_id, revision, ct_hash)
        conn.execute(
            "INSERT INTO records (id, revision, blob) VALUES (?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET revision=excluded.revision, blob=excluded.blob",
            (record_id, revision, blob),
        )
        conn.execute(
            "INSERT INTO manifest (record_id, revision, ct_hash, mac) VALUES (?,?,?,?) "
            "ON CONFLICT(record_id) DO UPDATE SET revision=excluded.revision, "
            "ct_hash=excluded.ct_hash, mac=excluded.mac",
            (record_id, revision, ct_hash, mac),
        )
        if prior.entry_mac is not None:
            state.digest = xor32(state.digest, prior.entry_mac)
        elif not prior.listed:
            state.count += 1
        state.digest = xor32(state.digest, mac)
        return revision

    def delete(self, record_id: str, keep_versions: int | None = 0) -> None:
        """Delete a record's row and manifest entry, keeping `keep_versions` of its
        earlier versions (0, the default: its history goes too; None: all of it is
        kept, as `put_over_damaged` does)."""
        keys = self._require_keys()
        with self._transaction() as conn:
            state = self._read_state(conn, keys)
            self._delete_one(conn, keys, state, record_id, keep_versions)
            self._write_state(conn, keys, state)

    def _delete_one(
        self,
        conn: sqlite3.Connection,
        keys: Keys,
        state: _State,
        record_id: str,
        keep_versions: int | None,
    ) -> None:
        prior = self._prior(conn, keys, record_id)
        if not prior.listed and not prior.stored:
            raise RecordNotFound(f"no record with id {record_id}")
        # The row goes, so only the entry must be genuine: deleting a damaged or
        # rolled-back record is the worker's choice and leaves nothing to hide.
        state.ok = state.ok and prior.entry_authentic
        conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
        conn.execute("DELETE FROM manifest WHERE record_id = ?", (record_id,))
        if keep_versions is not None:
            self._trim(conn, state, record_id, keep_versions)
        if prior.listed:
            state.count -= 1
        if prior.entry_mac is not None:
            state.digest = xor32(state.digest, prior.entry_mac)

    def put_over_damaged(self, record_id: str, plaintext: bytes) -> int:
        """Replace a record whose row no longer authenticates (or was changed outside
        the app) by `plaintext`, in one transaction, keeping its history: the bad row
        is deleted as the worker's choice, then the record is stored anew. Saving
        over it instead would leave the manifest unauthenticated for good."""
        keys = self._require_keys()
        with self._transaction() as conn:
            state = self._read_state(conn, keys)
            gone = self._prior(conn, keys, record_id).revision
            self._delete_one(conn, keys, state, record_id, keep_versions=None)
            revision = self._put_one(conn, keys, state, record_id, plaintext, 0, after=gone)
            self._write_state(conn, keys, state)
        return revision

    def _prior(self, conn: sqlite3.Connection, keys: Keys, record_id: str) -> _Prior:
        """What the file holds for `record_id` before a write, and whether its row and
        manifest entry agree. A save over a row changed outside the app must not
        bless that change, so disagreement leaves the manifest unauthenticated."""
        entry = conn.execute(
            "SELECT revision, ct_hash, mac FROM manifest WHERE record_id = ?", (record_id,)
        ).fetchone()
        row = conn.execute(
            "SELECT revision, CAST(blob AS BLOB) FROM records WHERE id = ?", (record_id,)
        ).fetchone()
        revisions = [v[0] for v in (entry, row) if v is not None and _is_count(v[0])]
        mac = entry[2] if entry is not None else None
        mac_ok = isinstance(mac, bytes) and len(mac) == 32
        vault_id = self.header.vault_id
        authentic = (
            entry is not None
            and mac_ok
            and _is_count(entry[0])
            and isinstance(entry[1], bytes)
            and macs_equal(mac, entry_mac(keys.manifest, vault_id, record_id, entry[0], entry[1]))
        )
        if entry is None and row is None:
            consistent = True
        elif not authentic or row is None or len(revisions) != 2:
            consistent = False
        else:
            ct_hash = crypto.sha256(row[1]) if isinstance(row[1], bytes) else b""
            consistent = entry[0] == row[0] and entry[1] == ct_hash
        return _Prior(
            revision=max(revisions, default=0),
            listed=entry is not None,
            stored=row is not None,
            entry_mac=mac if mac_ok else None,
            entry_authentic=entry is None or authentic,
            consistent=consistent,
            blob=row[1] if consistent and row is not None else None,
            row_revision=row[0] if row is not None and _is_count(row[0]) else 0,
        )

    def _read_state(self, conn: sqlite3.Connection, keys: Keys) -> _State:
        row = conn.execute(
            "SELECT count, digest, mac, history_count, history_digest FROM manifest_state "
            "WHERE id = 1"
        ).fetchone()
        if (
            row is None
            or not _is_count(row[0])
            or not _is_count(row[3])
            or not all(isinstance(v, bytes) and len(v) == 32 for v in (row[1], row[4]))
        ):
            return _State(0, ZERO_DIGEST, 0, ZERO_DIGEST, False)
        ok = state_authentic(keys.manifest, self.header.vault_id, row)
        return _State(row[0], row[1], row[3], row[4], ok)

    def _write_state(self, conn: sqlite3.Connection, keys: Keys, state: _State) -> None:
        # A state that was already forged stays unauthenticated, so a later save
        # cannot launder tampering that `verify` should still report.
        mac = bytes(32)
        if state.ok:
            mac = state_mac_v2(
                keys.manifest,
                self.header.vault_id,
                state.count,
                state.digest,
                state.history_count,
                state.history_digest,
            )
        conn.execute(
            "INSERT INTO manifest_state (id, count, digest, mac, history_count, history_digest) "
            "VALUES (1,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET count=excluded.count, "
            "digest=excluded.digest, mac=excluded.mac, history_count=excluded.history_count, "
            "history_digest=excluded.history_digest",
            (state.count, state.digest, mac, state.history_count, state.history_digest),
        )

    # --- revision history ------------------------------------------------------

    def _keep_old_revision(
        self,
        conn: sqlite3.Connection,
        keys: Keys,
        state: _State,
        record_id: str,
        prior: _Prior,
        keep_versions: int | None,
    ) -> None:
        """Move the record's current ciphertext, as sealed (bound to its id and
        revision), into the history, then trim the record's history to
        `keep_versions` (None: no limit)."""
        assert prior.blob is not None
        mac = history_mac(
            keys.manifest,
            self.header.vault_id,
            record_id,
            prior.revision,
            crypto.sha256(prior.blob),
        )
        # A revision number is used once; should a row be there already, it is replaced.
        self._remove_history_rows(
            conn, state, "record_id = ? AND revision = ?", (record_id, prior.revision)
        )
        conn.execute(
            "INSERT INTO history (record_id, revision, blob, mac) VALUES (?,?,?,?)",
            (record_id, prior.revision, prior.blob, mac),
        )
        state.keep(mac)
        if keep_versions is not None:
            self._trim(conn, state, record_id, keep_versions)

    def _trim(self, conn: sqlite3.Connection, state: _State, record_id: str, keep: int) -> int:
        """Delete all but the newest `keep` old revisions of one record."""
        return self._remove_history_rows(
            conn,
            state,
            "record_id = ? AND revision NOT IN (SELECT revision FROM history "
            "WHERE record_id = ? ORDER BY revision DESC LIMIT ?)",
            (record_id, record_id, keep),
        )

    @staticmethod
    def _remove_history_rows(
        conn: sqlite3.Connection, state: _State, where: str, params: tuple
    ) -> int:
        sql = f"DELETE FROM history WHERE {where} RETURNING mac"
        removed = conn.execute(sql, params).fetchall()
        for (mac,) in removed:
            state.forget(mac)
        return len(removed)

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
            state = self._read_state(conn, keys)
            if also is not None:
                self._update_one(conn, keys, state, also[0], also[1])
            if record_id is not None:
                ids = [record_id]
            else:
                ids = [r[0] for r in conn.execute("SELECT DISTINCT record_id FROM history")]
            removed = sum(self._trim(conn, state, one, keep) for one in ids)
            if removed or also is not None:
                self._write_state(conn, keys, state)
        if removed:
            self.checkpoint()
        return removed

    def history(self, record_id: str) -> list[OldRevision]:
        """A record's old revisions, newest first, each decrypted (or None when it
        does not authenticate as that revision of that record)."""
        keys = self._require_keys()
        vault_id = self.header.vault_id
        try:
            with self._use() as conn:
                rows = conn.execute(
                    "SELECT revision, CAST(blob AS BLOB) FROM history WHERE record_id = ? "
                    "ORDER BY revision DESC",
                    (record_id,),
                ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
        found = []
        for revision, blob in rows:
            try:
                plain = keys.records.open(blob, record_aad(vault_id, record_id, revision))
            except (DecryptionFailed, OverflowError, struct.error, TypeError):
                plain = None
            found.append(OldRevision(revision, plain))
        return found

    def revision_of(self, record_id: str) -> int | None:
        """The revision of a record's row as stored (even when it is damaged)."""
        with self._use() as conn:
            row = conn.execute("SELECT revision FROM records WHERE id = ?", (record_id,)).fetchone()
        return row[0] if row is not None and _is_count(row[0]) else None

    def history_excess(self, keep: int) -> int:
        """How many old revisions a limit of `keep` per record would delete."""
        with self._use() as conn:
            return conn.execute(
                "SELECT count(*) FROM (SELECT row_number() OVER (PARTITION BY record_id "
                "ORDER BY revision DESC) AS newer FROM history) WHERE newer > ?",
                (keep,),
            ).fetchone()[0]

    def history_count(self) -> int:
        with self._use() as conn:
            return conn.execute("SELECT count(*) FROM history").fetchone()[0]

    # --- checks --------------------------------------------------------------

    def check_state(self, loaded: LoadResult | None = None) -> list[Problem]:
        """The check every unlock runs, in milliseconds: the manifest's entries and
        the history's MACs, counted and XORed, against the MACed state the app last
        wrote (manifest.state_problems). `loaded` gives the manifest as the load just
        read it. `verify` then names what it can."""
        keys = self._require_keys()
        try:
            with self._use() as conn:
                state = conn.execute(
                    "SELECT count, digest, mac, history_count, history_digest "
                    "FROM manifest_state WHERE id = 1"
                ).fetchone()
                manifest = loaded.manifest if loaded is not None else None
                if manifest is None:
                    macs = [m for (m,) in conn.execute("SELECT mac FROM manifest")]
                    manifest = (len(macs), fold_macs(macs))
                history = [m for (m,) in conn.execute("SELECT mac FROM history")]
        except sqlite3.DatabaseError as exc:
            return [Problem(None, "integrity", f"the file is damaged ({sqlite_reason(exc)})")]
        return state_problems(
            keys.manifest,
            self.header.vault_id,
            state,
            manifest,
            (len(history), fold_macs(history)),
        )

    def verify(self) -> list[Problem]:
        """Check every record and the manifest; each problem names its record where
        that is possible."""
        with self._use() as conn:
            problems = check_vault(conn, self._require_keys(), self.header.vault_id)
            with contextlib.suppress(sqlite3.DatabaseError):  # check_vault has said so
                self.schema_problems = file_schema.problems(conn, schema_version(conn))
        problems[:0] = self.schema_problems
        if not self.header.is_intact():
            problems.insert(
                0,
                Problem(
                    None,
                    "header_checksum",
                    "the header's checksum does not match: the passphrase may be refused; "
                    "setting a new passphrase with the recovery key writes it anew",
                ),
            )
        if not self.header_authentic():
            problems.insert(
                0,
                Problem(
                    None,
                    "header",
                    "the vault's key slots were changed outside the app; the recovery key "
                    "may no longer open it (make a new backup and keep the old one)",
                ),
            )
        return problems

    # --- copies ----------------------------------------------------------------

    def backup_to(self, out_path: Path) -> None:
        """A consistent copy via the SQLite backup API, fsynced, then moved into place."""
        out_path = Path(out_path)
        tmp = out_path.with_name(f".{out_path.name}.partial-{os.getpid()}")
        note = temp_files.note_pending(tmp)  # for the sweep after a kill (temp_files.py)
        try:
            new_private_file(tmp)
            dest = sqlite3.connect(tmp, isolation_level=None)
            try:
                with self._use() as conn:
                    conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
                file_schema.leave_out_foreign(dest, schema_version(dest))
                ok = dest.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                dest.close()
            if not ok:
                raise StorageError("the backup copy did not pass its integrity check")
            fsync_file(tmp)
            files.replace(tmp, out_path)
            fsync_dir(out_path.parent)
        except (sqlite3.Error, OSError) as exc:
            raise storage_error(exc) from None
        finally:
            if temp_files.discard(tmp):
                temp_files.forget(note)

    def checkpoint(self) -> None:
        """Copy the WAL into the main file and empty it: after a purge, so the deleted
        rows' old pages do not linger in the -wal (secure_delete zeroes them in the
        main file)."""
        with self._lock:
            if not self._writing:
                return  # nothing was written through this store: nothing to fold
            try:
                self.fold_wal()
            except sqlite3.Error as exc:
                raise storage_error(exc) from None

    def fold_wal(self) -> None:
        """Copy the WAL into the main file and empty it now; SQLite's error, if any,
        passes as it is, for the caller to say what it means."""
        with self._use() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def record_count(self) -> int:
        with self._use() as conn:
            return conn.execute("SELECT count(*) FROM records").fetchone()[0]


class _Reseal:
    """Everything sealed under one master key sealed again under another, inside the
    caller's transaction (see VaultStore.rekey). What authenticates under the old key
    is carried over; what does not (damaged, or changed outside the app) keeps its
    bytes, which cannot authenticate under the new key either, so `verify` still
    reports it: a key change never launders tampering."""

    BATCH = 512

    def __init__(
        self,
        store: VaultStore,
        conn: sqlite3.Connection,
        old: Keys,
        new: Keys,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.store = store
        self.conn = conn
        self.old = old
        self.new = new
        self.progress = progress
        self.vault_id = store.header.vault_id
        self.done = 0
        self.total = 0

    def run(self) -> None:
        conn = self.conn
        # The state as the app last wrote it decides whether the new one is MACed.
        state_ok = not self.store.check_state()
        self.total = (
            conn.execute("SELECT count(*) FROM records").fetchone()[0]
            + conn.execute("SELECT count(*) FROM history").fetchone()[0]
        )
        entries, unnamed = self._read_manifest()
        self._records(entries)
        digest = fold_macs([*unnamed, *(mac for _r, _rev, _h, mac in entries.values())])
        conn.executemany(
            "UPDATE manifest SET ct_hash = ?, mac = ? WHERE rowid = ?",
            [(ct_hash, mac, rowid) for rowid, _rev, ct_hash, mac in entries.values()],
        )
        history_count, history_digest = self._history()
        count = len(entries) + len(unnamed)
        mac = bytes(32)
        if state_ok:
            mac = state_mac_v2(
                self.new.manifest, self.vault_id, count, digest, history_count, history_digest
            )
        conn.execute(
            "UPDATE manifest_state SET count = ?, digest = ?, mac = ?, history_count = ?, "
            "history_digest = ? WHERE id = 1",
            (count, digest, mac, history_count, history_digest),
        )

    def _read_manifest(self) -> tuple[dict[str, tuple[int, object, object, bytes]], list]:
        """Each entry by id (rowid, revision, ct_hash, MAC): MACed again under the new
        key when authentic, its bytes kept when not; and the MACs of entries whose id
        is no longer text (kept as they are)."""
        entries, unnamed = {}, []
        for rowid, raw_id, revision, ct_hash, mac in self.conn.execute(
            "SELECT rowid, CAST(record_id AS BLOB), revision, ct_hash, mac FROM manifest"
        ):
            mac = mac if isinstance(mac, bytes) else b""
            record_id = decode_id(raw_id)
            if record_id is None:
                unnamed.append(mac)
                continue
            if (
                _is_count(revision)
                and isinstance(ct_hash, bytes)
                and macs_equal(
                    mac, entry_mac(self.old.manifest, self.vault_id, record_id, revision, ct_hash)
                )
            ):
                mac = entry_mac(self.new.manifest, self.vault_id, record_id, revision, ct_hash)
            entries[record_id] = (rowid, revision, ct_hash, mac)
        return entries, unnamed

    def _step(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.total)

    def _records(self, entries: dict[str, tuple[int, object, object, bytes]]) -> None:
        """Each record row that opens is sealed again; its entry, when it is authentic
        and names exactly that ciphertext, follows the new one."""
        last = -1
        while True:
            batch = self.conn.execute(
                "SELECT rowid, CAST(id AS BLOB), revision, CAST(blob AS BLOB) FROM records "
                "WHERE rowid > ? "
                "ORDER BY rowid LIMIT ?",
                (last, self.BATCH),
            ).fetchall()
            if not batch:
                return
            updates = []
            for rowid, raw_id, revision, blob in batch:
                last = rowid
                record_id = decode_id(raw_id)
                fresh = self._reseal(record_id, revision, blob)
                if fresh is None or record_id is None:
                    continue
                updates.append((fresh, rowid))
                entry = entries.get(record_id)
                if (
                    entry is not None
                    and entry[1] == revision
                    and entry[2] == crypto.sha256(blob)
                    and macs_equal(
                        entry[3],
                        entry_mac(self.new.manifest, self.vault_id, record_id, revision, entry[2]),
                    )
                ):
                    ct_hash = crypto.sha256(fresh)
                    mac = entry_mac(self.new.manifest, self.vault_id, record_id, revision, ct_hash)
                    entries[record_id] = (entry[0], revision, ct_hash, mac)
            self.conn.executemany("UPDATE records SET blob = ? WHERE rowid = ?", updates)
            self._step(len(batch))

    def _reseal(self, record_id: object, revision: object, blob: object) -> bytes | None:
        if not isinstance(record_id, str) or not _is_count(revision) or not isinstance(blob, bytes):
            return None
        aad = record_aad(self.vault_id, record_id, revision)
        try:
            plain = self.old.records.open(blob, aad)
        except (DecryptionFailed, OverflowError, struct.error):
            return None
        return self.new.records.seal(plain, aad)

    def _history(self) -> tuple[int, bytes]:
        """Each old revision sealed again with its MAC, when both authenticate; the new
        count and XOR of the history's MACs."""
        count, digest, last = 0, ZERO_DIGEST, -1
        while True:
            batch = self.conn.execute(
                "SELECT rowid, CAST(record_id AS BLOB), revision, CAST(blob AS BLOB), mac "
                "FROM history WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (last, self.BATCH),
            ).fetchall()
            if not batch:
                return count, digest
            updates = []
            for rowid, raw_id, revision, blob, mac in batch:
                last = rowid
                count += 1
                record_id = decode_id(raw_id)
                mac = mac if isinstance(mac, bytes) else b""
                fresh = None
                if isinstance(blob, bytes) and isinstance(record_id, str) and _is_count(revision):
                    wanted = history_mac(
                        self.old.manifest, self.vault_id, record_id, revision, crypto.sha256(blob)
                    )
                    if macs_equal(mac, wanted):
                        fresh = self._reseal(record_id, revision, blob)
                if fresh is not None:
                    mac = history_mac(
                        self.new.manifest, self.vault_id, record_id, revision, crypto.sha256(fresh)
                    )
                    updates.append((fresh, mac, rowid))
                if len(mac) == 32:
                    digest = xor32(digest, mac)
            self.conn.executemany("UPDATE history SET blob = ?, mac = ? WHERE rowid = ?", updates)
            self._step(len(batch))
