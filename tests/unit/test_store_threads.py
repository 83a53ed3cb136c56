"""One thread at a time on the store's SQLite connection (issue 16): a worker reading
records in a loop while the main thread saves and deletes never fails, and never sees
half of a write (a record row without its manifest entry, a state row behind)."""

from __future__ import annotations

import threading

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.errors import RecordNotFound
from journal_app.vault.store import LoadResult, VaultStore

ROUNDS = 150


def _id(n: int) -> str:
    return f"{n:032x}"


def _text(record_id: str, revision: int) -> bytes:
    # Each record's text names its id and the revision it is stored at, so a reader
    # can tell a row from another record or another revision.
    return f"{record_id}:{revision}".encode() * 20


@pytest.fixture
def store(vault_path):
    store, _recovery = VaultStore.create(vault_path, PASSPHRASE, FAST_KDF)
    yield store
    store.close()


def test_a_worker_reads_consistently_while_the_main_thread_writes(store):
    revisions = {}
    for n in range(8):
        revisions[_id(n)] = store.put(_id(n), _text(_id(n), 1), None)
    stop = threading.Event()
    failures: list[str] = []
    reads = [0]

    def check(record_id: str, revision: int, plaintext: bytes | None) -> None:
        if plaintext != _text(record_id, revision):
            failures.append(f"{record_id} at {revision} holds another text")

    def reader() -> None:
        try:
            while not stop.is_set():
                report = LoadResult()
                loaded = list(store.iter_records(report))
                if report.damaged or report.changed_outside or report.unnamed:
                    failures.append(f"a load saw half a write: {report}")
                for record_id, revision, plaintext in loaded:
                    check(record_id, revision, plaintext)
                problems = store.check_state()
                if problems:
                    failures.append(f"the state check saw half a write: {problems}")
                for record_id, _revision, _plaintext in loaded[:4]:
                    try:
                        revision, plaintext = store.get(record_id)
                    except RecordNotFound:
                        continue  # deleted since the load: fine
                    check(record_id, revision, plaintext)
                    olds = store.history(record_id)
                    for old in olds:
                        check(record_id, old.revision, old.plaintext)
                    if [o.revision for o in olds] != sorted(
                        (o.revision for o in olds), reverse=True
                    ):
                        failures.append(f"{record_id}'s history is out of order")
                reads[0] += 1
        except Exception as exc:  # the test reports every failure
            failures.append(f"{type(exc).__name__}: {exc}")

    worker = threading.Thread(target=reader)
    worker.start()
    try:
        next_id = 8
        for round_ in range(ROUNDS):
            for record_id in list(revisions)[:3]:  # edits, the old versions kept
                revisions[record_id] = store.put(
                    record_id, _text(record_id, revisions[record_id] + 1), None
                )
            store.put_many([(_id(next_id), _text(_id(next_id), 1))], None)
            revisions[_id(next_id)] = 1
            next_id += 1
            if round_ % 2:  # a record goes for good, with its history
                doomed = list(revisions)[-2]
                store.delete(doomed)
                del revisions[doomed]
    finally:
        stop.set()
        worker.join(timeout=60)
    assert not worker.is_alive()
    assert failures == []
    assert reads[0] > 0  # the worker did read while the writes ran
    assert store.verify() == []
