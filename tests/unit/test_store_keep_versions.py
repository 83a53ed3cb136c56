"""VaultStore's writes say how many earlier versions of a record to keep
(`keep_versions`), one argument instead of a limit set on the store from outside and
a keep_history flag (issue 16)."""

from __future__ import annotations

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.vault.store import VaultStore

ID = "0" * 31 + "1"


@pytest.fixture
def store(vault_path):
    store, _recovery = VaultStore.create(vault_path, PASSPHRASE, FAST_KDF)
    yield store
    store.close()


def _kept(store: VaultStore) -> list[int]:
    return [old.revision for old in store.history(ID)]


def _write(store: VaultStore, times: int, keep_versions: int | None) -> None:
    for n in range(times):
        store.put(ID, f"version {n}".encode(), keep_versions)


def test_none_keeps_every_replaced_version(store):
    _write(store, 5, None)
    assert _kept(store) == [4, 3, 2, 1]
    assert store.verify() == []


def test_a_number_keeps_at_most_that_many_after_the_write(store):
    _write(store, 5, None)
    store.put(ID, b"newest", 2)
    assert _kept(store) == [5, 4]  # the one replaced, and one before it
    assert store.verify() == []


def test_zero_overwrites_the_replaced_version_and_leaves_the_history(store):
    _write(store, 3, None)
    store.put(ID, b"autosaved", 0)
    store.put(ID, b"autosaved again", 0)
    assert _kept(store) == [2, 1]  # nothing added, nothing trimmed
    assert store.get(ID) == (5, b"autosaved again")
    assert store.verify() == []


def test_put_many_applies_the_same_to_each_record(store):
    other = "0" * 31 + "2"
    for _ in range(3):
        store.put_many([(ID, b"a"), (other, b"b")], 1)
    assert _kept(store) == [2]
    assert [old.revision for old in store.history(other)] == [2]


def test_delete_keeps_what_it_is_told(store):
    _write(store, 4, None)
    store.delete(ID, keep_versions=None)  # the row goes; its history stays whole
    assert _kept(store) == [3, 2, 1]
    store.put(ID, b"back", None)
    assert store.get(ID) == (4, b"back")  # past the kept revisions, 1 to 3
    store.delete(ID, keep_versions=1)
    assert _kept(store) == [3]
    store.put(ID, b"back again", None)
    store.delete(ID)  # the default: the history goes with the record
    assert _kept(store) == []
    assert store.verify() == []
