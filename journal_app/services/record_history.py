"""The history rules: each record keeps its earlier versions (all, or as many as the
worker's history limit says), any of which can be made current again; and the
editor's saves, one at every pause in typing, keep versions rather than keystrokes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from journal_app.domain.records import Record, utc_now
from journal_app.errors import RecordDamaged, RecordNotFound, UsageError
from journal_app.services.meta_items import HISTORY_LIMIT, SETTINGS_ID, MetaItems, settings_with
from journal_app.services.record_cache import RecordCache
from journal_app.services.record_codec import decode_record, meta_change
from journal_app.services.record_writer import RecordWriter
from journal_app.vault.store import VaultStore

MAX_HISTORY_LIMIT = 10_000
# The editor saves at every pause in typing. The history keeps the version an editing
# session started from, then one more each VERSION_EVERY_S of editing; the saves in
# between replace each other, so the history holds versions, not keystrokes.
VERSION_EVERY_S = 600.0
# The editors with an editing session each: the entry pane's, and the Quick note window's.
MAIN_EDITOR = "entry"
QUICK_NOTE_EDITOR = "quick_note"


@dataclass(frozen=True)
class Revision:
    """One version of a record: its revision number and the record as it was then
    (None when that old revision is damaged and cannot be read)."""

    revision: int
    record: Record | None
    current: bool = False


class EditorVersions:
    """Which of the editor's saves keep the version they replace. An editor edits one
    record at a time (`start`); in that editing session its first save keeps the
    version it replaces, and so does the first save each `every_s` seconds after the
    last one that kept; the others replace the version before them. Only the editors'
    saves (Journal.save_editing) fold: any other save (the command line, the actions
    board, an import, a revert) keeps every version, even of the record being edited.
    Each editor (`editor`: the entry pane's, the Quick note window's) has its own
    session, so one starting never ends the other's. `clock` and `every_s` are there
    for tests."""

    def __init__(
        self, every_s: float = VERSION_EVERY_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.every_s = every_s
        self.clock = clock
        self._lock = threading.Lock()
        # Per editor: the record in its editing session (None: a new record, named by
        # its first save, when `new`), and when the session's last save kept a version.
        self._sessions: dict[str, _EditingSession] = {}

    def start(self, record_id: str | None, editor: str = MAIN_EDITOR) -> None:
        """`editor` starts editing `record_id` (None: a new record not saved yet)."""
        with self._lock:
            self._sessions[editor] = _EditingSession(record_id, record_id is None, None)

    @contextlib.contextmanager
    def saving(
        self, record_id: str, new: bool = False, editor: str = MAIN_EDITOR
    ) -> Iterator[bool]:
        """Whether `editor`'s save of `record_id` (`new`: a record saved for the first
        time) keeps the version it replaces; when the save succeeds, a kept version is
        noted."""
        now = self.clock()
        with self._lock:
            session = self._sessions.get(editor)
            ours = session is not None and session.holds(record_id, new)
            keep = not ours or session.kept_at is None or now - session.kept_at >= self.every_s
        yield keep
        if ours and keep:
            with self._lock:
                session = self._sessions.get(editor)
                if session is not None and session.holds(record_id, new):
                    self._sessions[editor] = _EditingSession(record_id, False, now)


@dataclass(frozen=True)
class _EditingSession:
    record_id: str | None
    new: bool  # on a new record, named by its first save
    kept_at: float | None  # when its last save kept a version

    def holds(self, record_id: str, new: bool) -> bool:
        return record_id == self.record_id or (new and self.new)


class RecordHistory:
    """The earlier versions of the records of one unlocked journal."""

    def __init__(
        self, store: VaultStore, cache: RecordCache, items: MetaItems, writer: RecordWriter
    ) -> None:
        self.store = store
        self._cache = cache
        self._items = items
        self._writer = writer
        self.editor = EditorVersions()

    def history(self, record_id: str) -> list[Revision]:
        """A record's versions, newest first: the current one, then each earlier one
        kept in the history. A record in the trash has a history too, and so has a
        damaged (quarantined) one, whose current version reads as None."""
        current = self._cache.current(record_id)
        if current is not None:
            record, revision = current
            versions = [Revision(revision, record, current=True)]
        elif record_id in self._cache.damaged:
            revision = self.store.revision_of(record_id)
            versions = [] if revision is None else [Revision(revision, None, current=True)]
        else:
            raise RecordNotFound(f"no record with id {record_id}")
        for old in self.store.history(record_id):
            record = None if old.plaintext is None else decode_record(record_id, old.plaintext)
            versions.append(Revision(old.revision, record))
        return versions

    def revert(self, record_id: str, revision: int) -> Record:
        """Make an earlier version the current one again. The version it replaces is
        kept in the history, so a revert can itself be undone. A damaged record is
        brought back this way from a version that can still be read."""
        if self._cache.in_trash(record_id) is not None:
            raise UsageError(
                f"record {record_id} is in the trash; restore it first, then revert it"
            )
        damaged = record_id in self._cache.damaged
        current = None if damaged else self._cache.get(record_id)
        for version in self.history(record_id):
            if version.revision != revision:
                continue
            if version.current and current is not None:
                return current
            if version.record is None:
                raise RecordDamaged(
                    f"revision {revision} of record {record_id} is damaged and cannot be restored"
                )
            now = utc_now() if current is None else max(utc_now(), current.updated)
            restored = dataclasses.replace(version.record, trashed=None, updated=now)
            if damaged:
                self._writer.replace_damaged(restored)
            else:
                self._writer.save(restored)
            return restored
        raise RecordNotFound(f"record {record_id} has no revision {revision} in its history")

    def last_good_version(self, record_id: str) -> Revision | None:
        """The newest earlier version of a damaged record that can still be read."""
        return next(
            (v for v in self.history(record_id) if not v.current and v.record is not None),
            None,
        )

    def set_history_limit(self, limit: int | None) -> int:
        """Keep at most `limit` earlier versions of each record (None: all). Versions
        beyond a new limit are deleted for good at once; returns how many."""
        if limit is not None and (
            isinstance(limit, bool)
            or not isinstance(limit, int)
            or not 0 <= limit <= MAX_HISTORY_LIMIT
        ):
            raise UsageError(f"history_limit: a whole number from 0 to {MAX_HISTORY_LIMIT}, or all")
        removed = 0
        if limit is None:
            self._items.save_settings({HISTORY_LIMIT: limit})
        else:  # the setting and the versions it deletes, in one transaction
            change = meta_change(settings_with({HISTORY_LIMIT: limit}))
            removed = self.store.prune_history(limit, also=(SETTINGS_ID, change))
            self._items.forget(SETTINGS_ID)  # read again from the file when next used
        return removed

    def history_excess(self, limit: int | None) -> int:
        """How many earlier versions `set_history_limit(limit)` would delete."""
        self._cache.require_open()
        return 0 if limit is None else self.store.history_excess(limit)

    def delete_history(self, record_id: str) -> int:
        """Delete every earlier version of one record for good (the current one stays):
        for text the worker wants gone, such as a name written by mistake."""
        if not self._cache.knows(record_id):
            raise RecordNotFound(f"no record with id {record_id}")
        return self.store.prune_history(0, record_id)

    def history_count(self) -> int:
        """How many earlier versions the vault keeps in all."""
        self._cache.require_open()
        return self.store.history_count()
