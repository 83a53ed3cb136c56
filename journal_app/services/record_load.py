"""Decoding the records an unlock decrypts (RecordCache.load): at once, as the store
gives them, or later, on a worker thread, from the buffers `decrypt_all` keeps. Meta
items (settings, a draft: not records) are handed on as they come."""

from __future__ import annotations

import gc
import itertools
import mmap
import os
from collections.abc import Callable, Iterable, Iterator

from journal_app.domain.records import Record
from journal_app.services.record_codec import SharedChoices, decode_record
from journal_app.vault.store import LoadResult

# Ids of vault items that are not records (services.meta_items) start with this.
META_PREFIX = "meta:"

# The records loaded at the unlock live until the lock and hold no reference cycles,
# so Python's cycle collector is kept from walking them: they are frozen (gc.freeze)
# a batch at a time as they load, and let go at the lock. At 100,000 records a full
# collection walked about half a million of their dicts and lists (0.3 s with the
# interpreter held: a stall of the whole app), several times during the unlock itself.
# A batch adds fewer containers (about 5 a record) than the collector's first
# threshold (700), so no collection runs while they load. Freezing neither starts nor
# stops the collector (no switch for another thread to race, unlike gc.disable); what
# it also freezes (any garbage cycle of another thread's waiting to be collected) is
# let go at the lock too.
FREEZE_EVERY = 100

# Records decoded between two looks at whether the lock asked the worker to stop, and
# made visible together (a few milliseconds' work); also how many decrypted records
# wait for it in one buffer (about 1.5 MB: see Decrypted).
DECODE_CHUNK = 1000


def map_options(os_name: str = os.name) -> dict[str, int]:
    """How Decrypted maps its buffer: on Windows as `mmap` does by default (anonymous,
    in the paging file); elsewhere private to this process (never shared with a
    child after a fork) and, where the system has it (Linux), filled in one go
    (MAP_POPULATE: a page fault for every 4 KiB written cost 0.1 s at 100,000)."""
    if os_name == "nt":
        return {}
    # With no file (-1) Python's mmap adds MAP_ANONYMOUS itself, on any Unix.
    return {"flags": mmap.MAP_PRIVATE | getattr(mmap, "MAP_POPULATE", 0)}


_MAP_OPTIONS = map_options()

Row = tuple[str, int, bytes | memoryview]  # a decrypted record: id, revision, JSON


class Decrypted:
    """Records decrypted (and so authenticated) at the unlock whose JSON waits to be
    decoded, DECODE_CHUNK of them in one buffer of memory mapped for it alone, so
    that it goes back to the system as soon as they are decoded. (Kept a bytes each,
    or in one bytes object, the memory went back to the heap, where the small
    objects decoding makes never go: 100 MiB more at 100,000 records.)"""

    __slots__ = ("_buffer", "_ends", "_ids", "_revisions")

    def __init__(self, ids: list[str], revisions: list[int], plaintexts: list[bytes]) -> None:
        self._ids, self._revisions = ids, revisions
        self._ends = list(itertools.accumulate(map(len, plaintexts)))
        # Anonymous and private to this process on every platform; unmapped when
        # the last view of it goes (the buffer protocol keeps it until then).
        self._buffer = mmap.mmap(-1, max(self._ends[-1], 1), **_MAP_OPTIONS)
        self._buffer.write(b"".join(plaintexts))  # one write, not a thousand

    def __len__(self) -> int:
        return len(self._ids)

    def rows(self) -> Iterator[Row]:
        """Each record as (id, revision, a view of its JSON); the buffer is let go with
        the last view."""
        view = memoryview(self._buffer)
        del self._buffer
        start = 0
        for record_id, revision, end in zip(self._ids, self._revisions, self._ends, strict=True):
            yield record_id, revision, view[start:end]
            start = end


def decrypt_all(
    rows: Iterable[tuple[str, int, bytes]], meta_item: Callable[[str, bytes], None]
) -> list[Decrypted]:
    """The records the store decrypts (each one authenticated on the way), their JSON
    not decoded yet, in the store's order; meta items go to `meta_item` as they come."""
    chunks: list[Decrypted] = []
    ids: list[str] = []
    revisions: list[int] = []
    plaintexts: list[bytes] = []
    for record_id, revision, plaintext in records_only(rows, meta_item):
        ids.append(record_id)
        revisions.append(revision)
        plaintexts.append(plaintext)
        if len(ids) == DECODE_CHUNK:
            chunks.append(Decrypted(ids, revisions, plaintexts))
            ids, revisions, plaintexts = [], [], []
    if ids:
        chunks.append(Decrypted(ids, revisions, plaintexts))
    return chunks


def records_only(rows: Iterable[Row], meta_item: Callable[[str, bytes], None]) -> Iterator[Row]:
    """The records of `rows`; meta items go to `meta_item`."""
    for row in rows:
        if row[0].startswith(META_PREFIX):
            meta_item(row[0], row[2])  # type: ignore[arg-type]
        else:
            yield row


def decode_rows(
    rows: Iterable[Row], report: LoadResult, choices: SharedChoices
) -> tuple[dict[str, Record], dict[str, Record], dict[str, int]]:
    """The records shown, those in the trash, and each one's revision, from decrypted
    rows (a row that does not decode goes into `report.damaged`); frozen for the
    collector as they come (see FREEZE_EVERY)."""
    records: dict[str, Record] = {}
    trash: dict[str, Record] = {}
    revisions: dict[str, int] = {}
    for done, (record_id, revision, plaintext) in enumerate(rows, 1):
        if done % FREEZE_EVERY == 0:
            gc.freeze()
        record = decode_record(record_id, plaintext, choices)
        if record is None:
            report.damaged.append(record_id)
            continue
        # Keyed by the record's own id (equal to the row's, checked in decoding), so
        # one string per record is kept, not two (8 MiB at 100,000 records).
        record_id = record.id
        if record.trashed is not None:
            trash[record_id] = record
        else:
            records[record_id] = record
        revisions[record_id] = revision
    gc.freeze()
    return records, trash, revisions
