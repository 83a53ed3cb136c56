"""Encrypted items of a journal that are not records: the worker's own settings (their
display name, supervisors' names, how many versions the history keeps), a draft the
editor could not save as a record, and the share history. They share the records'
encryption and manifest, under ids in the META_PREFIX namespace (record ids are
UUIDs), and keep no history.

They are read from the file each time they are used: another program (the command
line beside the app) may have written them since the unlock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from journal_app.errors import JournalError
from journal_app.services.record_cache import META_PREFIX, RecordCache
from journal_app.services.record_codec import meta_change, meta_json, meta_value
from journal_app.vault.store import VaultStore

SETTINGS_ID = META_PREFIX + "settings"
DRAFT_ID = META_PREFIX + "draft"
# Keys of Journal.settings() that the GUI and the supervision pack share.
DISPLAY_NAME = "display_name"
SUPERVISORS = "supervisors"
# How many earlier versions each record keeps (absent or None: all of them).
HISTORY_LIMIT = "history_limit"


def settings_with(values: dict[str, Any]) -> Callable[[Any], dict[str, Any]]:
    """A change setting `values` over the settings the file holds (kept otherwise)."""

    def change(current: Any) -> dict[str, Any]:
        return {**(current if isinstance(current, dict) else {}), **values}

    return change


class MetaItems:
    """Settings, the draft and other meta items of one unlocked journal."""

    def __init__(self, store: VaultStore, cache: RecordCache) -> None:
        self.store = store
        self._cache = cache  # only to refuse while locked
        # The items as last read or written here: only a fallback, for the file is
        # read again where they are used (item).
        self._last: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def loaded(self, item_id: str, plaintext: bytes) -> None:
        """An item as the unlock decrypted it."""
        self._remember(item_id, plaintext)

    def forget(self, item_id: str) -> None:
        """Drop the fallback copy of an item (the file is read again when it is used)."""
        self._remember(item_id, None)

    def _remember(self, item_id: str, plaintext: bytes | None) -> None:
        with self._lock:
            if plaintext is None:
                self._last.pop(item_id, None)
            else:
                self._last[item_id] = plaintext

    # --- any item -----------------------------------------------------------------

    def item(self, item_id: str) -> Any:
        """The JSON value the file holds under `item_id` (META_PREFIX + name) now, or
        None. Read from the file, not from memory: another program (the command line
        beside the app) may have written it since the unlock. Should the file refuse
        the read, the value last read or written here is given."""
        self._cache.require_open()
        try:
            raw = self.store.read_item(item_id)
        except JournalError:
            with self._lock:
                raw = self._last.get(item_id)
        else:
            self._remember(item_id, raw)
        return meta_value(raw)

    def put(self, item_id: str, value: Any) -> None:
        """Store `value` under `item_id` whatever the file holds (a draft); to change
        a value that others may change too, use `update`."""
        self._cache.require_open()
        plaintext = meta_json(value)
        self.store.put(item_id, plaintext, keep_versions=0)  # only records keep history
        self._remember(item_id, plaintext)

    def delete(self, item_id: str) -> None:
        """Remove the item `item_id` (nothing happens if the file has none)."""
        self._cache.require_open()
        self.forget(item_id)
        if self.store.read_item(item_id) is not None:
            self.store.delete(item_id)

    def update(self, item_id: str, change: Callable[[Any], Any]) -> Any:
        """Read-modify-write: `change` gets the JSON value the file holds under
        `item_id` now (None: none) and returns the new one, stored in the same write
        transaction, so a change another program makes at the same time is never
        lost. Returns the value stored."""
        self._cache.require_open()
        plaintext = self.store.update(item_id, meta_change(change))
        self._remember(item_id, plaintext)
        return meta_value(plaintext)

    # --- the worker's own settings (names etc.) -------------------------------------

    def settings(self) -> dict[str, Any]:
        """Settings that can identify the worker or others (their display name,
        supervisors' names), kept encrypted in the vault, never in Qt settings. Read
        from the file each time: another program may have changed them."""
        value = self.item(SETTINGS_ID)
        return value if isinstance(value, dict) else {}

    def history_limit(self) -> int | None:
        """How many earlier versions each record keeps (None: all, the default)."""
        value = self.settings().get(HISTORY_LIMIT)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        return None

    def save_settings(self, values: dict[str, Any]) -> None:
        """Set the settings in `values` over those the file holds now, in one
        transaction: the others stay as they are, even if another program changed
        them since this journal read them. Pass only what changed."""
        self.update(SETTINGS_ID, settings_with(values))

    # --- a draft that could not be saved as a record ------------------------------

    def save_draft(self, draft: dict[str, Any]) -> None:
        """Keep editor content that failed validation, so a lock never loses it."""
        self.put(DRAFT_ID, draft)

    def draft(self) -> dict[str, Any] | None:
        value = self.item(DRAFT_ID)
        return value if isinstance(value, dict) else None

    def clear_draft(self) -> None:
        self.delete(DRAFT_ID)
