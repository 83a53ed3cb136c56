"""The vault file as SQLite sees it: a new file written beside its final name and
linked in place; an existing one opened for reading without changing a byte (a
read-only connection, an older schema migrated in a copy in memory) or for writing
(WAL, synchronous=FULL, secure_delete, the schema migrated on disk); and a consistent,
fsynced copy of it (a backup)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from journal_app.disk import files, temp_files
from journal_app.disk.files import discard, fsync_dir, fsync_file, new_private_file
from journal_app.disk.storage_errors import file_write_error, is_disk_error, storage_error
from journal_app.errors import (
    ReadOnlyVault,
    StorageError,
    UnsupportedFormat,
    VaultCorrupt,
    VaultNotFound,
)
from journal_app.vault import file_schema, migrations
from journal_app.vault.header import FORMAT_VERSION, Header, header_from_row
from journal_app.vault.keyring import read_header_row
from journal_app.vault.manifest import Problem, sqlite_reason
from journal_app.vault.migrations import schema_version

log = logging.getLogger(__name__)

# The schema version the vault's SQL is written for (migrations.LATEST; a unit test
# holds the two equal). The migrations are plain SQL; vault.file_schema runs them on an
# in-memory database to know the schema a file should have.
SCHEMA_VERSION = 4

# Records of 1.5-3 KB rarely pair up in 4 KiB pages; 8 KiB pages waste a third less.
PAGE_SIZE = 8192


def schema_current(conn: sqlite3.Connection) -> bool:
    return schema_version(conn) == migrations.LATEST


def migrate(conn: sqlite3.Connection, path: Path | None) -> None:
    """Bring the file's schema up to date (see vault.migrations); with `path`, a copy
    of the file is kept first."""
    if not schema_current(conn):
        migrations.migrate(conn, path)


def connect(path: Path, new_file: bool = False) -> sqlite3.Connection:
    """A connection that writes the vault (WAL, synchronous=FULL, secure_delete)."""
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


def read_only_error(path: Path) -> ReadOnlyVault:
    return ReadOnlyVault(
        f"this journal is open read-only: {Path(path).name} or its folder cannot be "
        "written (read-only media, or no permission to write); nothing was changed"
    )


def connect_read(path: Path) -> tuple[sqlite3.Connection, bool, bool]:
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


def migrated_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    """An older schema read as the latest without touching the file: the vault copied
    into memory (its ciphertext, as on disk) and migrated there. `conn` is closed."""
    copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(copy)
        migrate(copy, None)
    except BaseException:
        copy.close()
        raise
    conn.close()
    return copy


def write_new_file(path: Path, fill: Callable[[sqlite3.Connection], None]) -> None:
    """Write a new vault at `path`, never over an existing one: the file is built
    beside its final name (the schema, then `fill` in one transaction), then linked in
    place; the link fails if a vault appeared meanwhile, and a crash leaves no
    half-made vault."""
    tmp = path.with_name(f".{path.name}.creating-{os.getpid()}")
    try:
        new_private_file(tmp)
        conn = connect(tmp, new_file=True)
        try:
            migrate(conn, None)
            conn.execute("BEGIN IMMEDIATE")
            fill(conn)
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        fsync_file(tmp)
        if path.exists() and path.stat().st_size == 0:
            files.remove(path)  # an empty file is there: nothing to lose
        files.place_new(tmp, path, f"a vault already exists at {path}; refusing to overwrite it")
        fsync_dir(path.parent)
    except (sqlite3.OperationalError, OSError) as exc:
        raise storage_error(exc) from None
    finally:
        discard(tmp)


class OpenedFile:
    """What `open_file` found: the connection, the header, the schema's problems,
    whether the file can be written and whether it is a copy (rollback-journal mode)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        header: Header,
        schema_problems: list[Problem],
        writable: bool,
        copy: bool,
    ) -> None:
        self.conn = conn
        self.header = header
        self.schema_problems = schema_problems
        self.writable = writable
        self.copy = copy


# The endings the app gives its journal files and automatic backups: a file so named
# that SQLite cannot read is a damaged journal, even when its very start is gone.
JOURNAL_SUFFIXES = (".pswvault", ".pswbackup")


def not_a_journal(path: Path) -> UnsupportedFormat:
    """The refusal of a file that is not a journal at all (a PDF, another program's
    database): said so, never "damaged", which would send the worker to a backup."""
    return UnsupportedFormat(
        f"{path} is not a PSW Journal file", code="not_a_journal", file=path.name
    )


def is_other_file(path: Path) -> bool:
    """After SQLite could not read it: whether the file is some other kind of file
    rather than a damaged journal: not named as the app names its files, and not even
    starting as every journal file does (with SQLite's own first bytes)."""
    if path.suffix.lower() in JOURNAL_SUFFIXES:
        return False
    try:
        with open(path, "rb") as file:
            return file.read(16) != _SQLITE_MAGIC
    except OSError:
        return False  # unreadable now: no evidence that it is some other file


def open_file(path: Path, write: bool) -> OpenedFile:
    """Open the vault file and read its header. Reading never changes the file
    (SECURITY.md): a read-only connection, an older schema migrated in a copy in
    memory. With `write`, a writing connection, the schema migrated on disk."""
    if not path.is_file() or path.stat().st_size == 0:
        raise VaultNotFound(f"no vault at {path}; create one with 'psw-journal init'")
    conn = None
    try:
        conn, writable, wal = connect_read(path)
        has_header = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name='vault_header'"
        ).fetchone()[0]
        version = schema_version(conn)
        if not has_header and version == 0:
            raise not_a_journal(path)  # another program's SQLite database
        if version < 1:
            raise UnsupportedFormat(f"unknown vault format version {version}")
        schema_problems = file_schema.on_open(conn, version)
        first = conn
        if write:
            if not writable:
                raise read_only_error(path)
            conn.close()
            conn = None
            conn = connect(path)
            migrate(conn, path)
        elif not schema_current(conn):
            conn = migrated_copy(conn)
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
        if is_other_file(path):
            raise not_a_journal(path) from None  # a PDF, a photo, a text file
        raise VaultCorrupt(f"the vault file is damaged ({sqlite_reason(exc)})") from None
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    return OpenedFile(conn, header, schema_problems, writable, copy=not wal)  # see in_wal_mode


def writing_connection(path: Path) -> sqlite3.Connection:
    """A connection that writes, the schema migrated on disk (after keeping a copy)."""
    conn = None
    try:
        conn = connect(path)
        migrate(conn, path)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.Error | OSError):
            raise storage_error(exc) from None
        raise
    return conn


class Connection:
    """An open vault's one SQLite connection, lent to one thread at a time (the rule
    in vault.store's docstring): opened for reading until the first write switches to
    a writing one (`begin_writing`); the reading ones are kept until `close`."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, writing: bool, read_only: bool, copy: bool
    ) -> None:
        self.path = path
        self.conn = conn
        self.lock = threading.RLock()
        self.writing = writing
        self.read_only = read_only
        self.copy = copy
        self._retired: list[sqlite3.Connection] = []

    @contextlib.contextmanager
    def use(self) -> Iterator[sqlite3.Connection]:
        """The connection, for this thread alone until the block ends."""
        with self.lock:
            yield self.conn

    def begin_writing(self, schema_problems: list[Problem]) -> None:
        """Before the first write: switch to a connection that writes (WAL,
        synchronous=FULL, secure_delete), migrating an older schema on disk after
        keeping the copy. A vault that cannot be written refuses, nothing changed."""
        with self.lock:
            if self.writing:
                return
            if self.read_only or not can_write(self.path):
                raise read_only_error(self.path)
            if schema_problems:  # found at open: the writing connection is never made
                raise file_schema.write_refused(schema_problems)
            conn = writing_connection(self.path)
            self._retired.append(self.conn)
            self.conn, self.writing, self.copy = conn, True, False

    @contextlib.contextmanager
    def transaction(
        self, schema_problems: list[Problem], checks: Callable[[sqlite3.Connection], None]
    ) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: no other writer, in this process or
        another, until it ends), after `checks` pass inside it; rolled back on any
        error, SQLite's and the system's mapped to StorageError."""
        with self.lock:  # one thread at a time, the whole transaction long
            self.begin_writing(schema_problems)
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise storage_error(exc) from None
            try:
                checks(self.conn)
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.DatabaseError | OSError) and not isinstance(
                    exc, sqlite3.IntegrityError
                ):
                    raise storage_error(exc) from None
                raise

    def close(self) -> None:
        with self.lock:
            for conn in [*self._retired, self.conn]:  # the writing one last: it tidies up
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._retired.clear()

    def checkpoint(self) -> None:
        """Copy the WAL into the main file and empty it: after a purge, so the deleted
        rows' old pages do not linger in the -wal (secure_delete zeroes them in the
        main file)."""
        with self.lock:
            if not self.writing:
                return  # nothing was written through this connection: nothing to fold
            try:
                self.fold_wal()
            except sqlite3.Error as exc:
                raise storage_error(exc) from None

    def fold_wal(self) -> None:
        """Copy the WAL into the main file and empty it now; SQLite's error, if any,
        passes as it is, for the caller to say what it means."""
        with self.use() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def backup_to(self, out_path: Path) -> None:
        """A consistent copy via the SQLite backup API, fsynced, then moved into place."""
        out_path = Path(out_path)
        tmp = out_path.with_name(f".{out_path.name}.partial-{os.getpid()}")
        note = temp_files.note_pending(tmp)  # for the sweep after a kill (temp_files.py)
        try:
            new_private_file(tmp)
            dest = sqlite3.connect(tmp, isolation_level=None)
            try:
                with self.use() as conn:
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
        except OSError as exc:  # the file itself: say which, and why (a missing folder)
            raise file_write_error(exc, out_path) from None
        except sqlite3.Error as exc:
            raise storage_error(exc) from None
        finally:
            if temp_files.discard(tmp):
                temp_files.forget(note)
