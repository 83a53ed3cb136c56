"""Numbered schema migrations. `PRAGMA user_version` holds the schema number; a
copy of the file is taken (SQLite backup API) before any migration runs."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from journal_app.disk import files, temp_files
from journal_app.disk.files import fsync_file, new_private_file
from journal_app.errors import MigrationFailed, StorageError, UnsupportedFormat

log = logging.getLogger(__name__)


def _v1(conn: sqlite3.Connection) -> None:
    # One row: the header (see vault.header). Nothing in it is journal content.
    conn.execute(
        """CREATE TABLE vault_header (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            format_version INTEGER NOT NULL,
            vault_id BLOB NOT NULL,
            kdf_memory_kib INTEGER NOT NULL,
            kdf_iterations INTEGER NOT NULL,
            kdf_lanes INTEGER NOT NULL,
            kdf_salt BLOB NOT NULL,
            passphrase_slot BLOB NOT NULL,
            recovery_slot BLOB NOT NULL,
            checksum BLOB NOT NULL,
            header_mac BLOB NOT NULL
        )"""
    )
    # Only opaque ids, revisions and padded ciphertext (nonce || AES-GCM output).
    # These two statements are, byte for byte, what sqlite-utils wrote for them when
    # schema 1 was made with it: the check of the file's schema (vault.file_schema)
    # runs the migrations on every open, which must not load that library.
    conn.execute(
        'CREATE TABLE "records" (\n   "id" TEXT PRIMARY KEY,\n'
        '   "revision" INTEGER NOT NULL,\n   "blob" BLOB NOT NULL\n)'
    )
    # Keyed manifest: one MAC per record over (id, revision, hash of ciphertext) ...
    conn.execute(
        'CREATE TABLE "manifest" (\n   "record_id" TEXT PRIMARY KEY,\n'
        '   "revision" INTEGER NOT NULL,\n   "ct_hash" BLOB NOT NULL,\n'
        '   "mac" BLOB NOT NULL\n)'
    )
    # ... and their running XOR and count, MACed, so a row removed together with its
    # manifest entry still shows. Updating it costs the same at any journal size.
    conn.execute(
        """CREATE TABLE manifest_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            count INTEGER NOT NULL,
            digest BLOB NOT NULL,
            mac BLOB NOT NULL
        )"""
    )


def _v2(conn: sqlite3.Connection) -> None:
    # Revision history: a record's earlier revisions, each still the ciphertext it was
    # sealed as (its AAD binds the vault, the record id and that revision), with a
    # keyed MAC over (id, revision, hash of the ciphertext) ...
    conn.execute(
        """CREATE TABLE history (
            record_id TEXT NOT NULL CHECK (typeof(record_id) = 'text'),
            revision INTEGER NOT NULL,
            blob BLOB NOT NULL,
            mac BLOB NOT NULL,
            PRIMARY KEY (record_id, revision)
        )"""
    )
    # ... and their count and running XOR, kept in the manifest's own state row under
    # the same MAC, so old revisions removed, or put back from an older copy, show.
    # Until the first save rewrites that row with the keys, its MAC is schema 1's.
    conn.execute("ALTER TABLE manifest_state ADD COLUMN history_count INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        f"ALTER TABLE manifest_state ADD COLUMN history_digest BLOB NOT NULL DEFAULT X'{'00' * 32}'"
    )


def _v3(conn: sqlite3.Connection) -> None:
    # Key rotation: the recovery key opens an X25519 private key (its slot) and the master
    # key is sealed to the public key (the box), so a passphrase change can seal a new
    # master key for the recovery key without knowing it. NULL in a header written
    # before: its recovery slot still wraps the master key itself until the recovery
    # key is next used, or replaced, with a passphrase change.
    conn.execute("ALTER TABLE vault_header ADD COLUMN recovery_public BLOB")
    conn.execute("ALTER TABLE vault_header ADD COLUMN recovery_box BLOB")
    conn.execute("ALTER TABLE vault_header ADD COLUMN recovery_auth BLOB")


def _v4(conn: sqlite3.Connection) -> None:
    # Evidence files attached to entries (vault.attachments): the file's name and details
    # (`meta`) and its bytes (`data`), each sealed under the records key and bound to
    # the entry and the attachment; each has a manifest entry, counted in the state row.
    conn.execute(
        """CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            entry_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            meta BLOB NOT NULL,
            data BLOB NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX attachments_by_entry ON attachments (entry_id)")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1,
    2: _v2,
    3: _v3,
    4: _v4,
}
LATEST = max(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    copy_path = path.with_name(f"{path.name}.pre-migration-v{version}.bak")
    # Written under a temporary name, then moved into place: a failure or a kill
    # never leaves a half copy under the name that promises a whole one.
    tmp = temp_files.temp_path(copy_path, "partial")
    try:
        new_private_file(tmp)  # 0600 before a byte is in it, as the journal is
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        fsync_file(tmp)
        files.replace(tmp, copy_path)
    except OSError as exc:
        raise StorageError(
            f"could not copy the journal before upgrading it ({exc.strerror or exc}); "
            "nothing was changed"
        ) from None
    finally:
        temp_files.discard(tmp)
    return copy_path


def migrate(conn: sqlite3.Connection, path: Path | None) -> int:
    """Bring the schema to LATEST, one transaction per step. Returns the new version."""
    version = schema_version(conn)
    if version < 0:
        raise UnsupportedFormat(f"unknown vault format version {version}")
    if version > LATEST:
        raise UnsupportedFormat(
            f"this vault was written by a newer PSW Journal (format {version}); "
            f"this version reads up to format {LATEST}",
            code="newer_format",
            version=version,
            latest=LATEST,
        )
    if version == LATEST:
        return version
    if version > 0 and path is not None:
        copy = backup_before_migration(conn, path, version)
        log.info("copied vault before migration from v%d to %s", version, copy.name)
    for step in range(version + 1, LATEST + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            log.error("migration to v%d failed: %s", step, type(exc).__name__)
            raise MigrationFailed(
                f"upgrading the vault to format {step} failed; the file was left as it was"
            ) from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return LATEST
