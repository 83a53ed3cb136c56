"""services/integrity.py: one report of what the checks found, for the command line
and the app, and bringing damaged entries back from an earlier version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.errors import StorageError
from journal_app.services.integrity import (
    Finding,
    check_on_unlock,
    recover_damaged,
    unopened_report,
    verify,
)
from journal_app.services.journal import Journal


def add(journal: Journal, title: str):
    return journal.add({"type": "checkin", "date": "2025-01-10", "title": title})


def damage(vault_path: Path, record_id: str) -> None:
    with sqlite3.connect(vault_path) as conn:
        (blob,) = conn.execute("SELECT blob FROM records WHERE id=?", (record_id,)).fetchone()
        flipped = blob[:-1] + bytes([blob[-1] ^ 1])
        conn.execute("UPDATE records SET blob=? WHERE id=?", (flipped, record_id))


@pytest.fixture
def damaged(vault_path: Path):
    """A journal with one healthy entry and two damaged ones; only `hurt` has an
    earlier version that reads. Yields (journal, kept, hurt, lost)."""
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    kept = add(journal, "Kept")
    hurt = add(journal, "Good")
    journal.edit(hurt.id, {"title": "Newer, then damaged"})
    lost = add(journal, "Only version")
    journal.lock()
    damage(vault_path, hurt.id)
    damage(vault_path, lost.id)
    journal = Journal.open(vault_path, PASSPHRASE)
    yield journal, kept, hurt, lost
    if journal.is_open:
        journal.lock()


def test_a_healthy_journal_reports_nothing(journal):
    add(journal, "Fine")
    report = check_on_unlock(journal)
    assert not report.unlock_found_problems and report.affected == ()
    assert report.header_authentic and not report.saving_refused
    full = verify(journal)
    assert full.findings == () and full.by_kind() == {}
    assert full.records == 1 and full.old_revisions == 0


def test_damaged_entries_are_named_with_those_that_can_come_back(damaged):
    journal, kept, hurt, lost = damaged
    report = check_on_unlock(journal)
    assert report.unlock_found_problems
    assert sorted(report.damaged) == sorted([hurt.id, lost.id])
    assert report.recoverable == (hurt.id,)
    assert kept.id not in report.affected and set(report.affected) == {hurt.id, lost.id}

    full = verify(journal)
    assert full.records == 3 and full.old_revisions == 1
    named = {f.record_id for f in full.findings}
    assert {hurt.id, lost.id} <= named and kept.id not in named
    groups = full.by_kind()
    assert sum(len(found) for found in groups.values()) == len(full.findings)
    assert all(f.kind == kind for kind, found in groups.items() for f in found)


def test_recovery_brings_back_what_reads_and_leaves_the_rest(damaged):
    journal, _kept, hurt, lost = damaged
    recovery = recover_damaged(journal)
    assert recovery.recovered == (hurt.id,) and recovery.failed is None
    assert journal.get(hurt.id).title == "Good"
    assert journal.damaged == [lost.id]
    assert check_on_unlock(journal).recoverable == ()
    again = recover_damaged(journal, [hurt.id])  # no longer damaged: left alone
    assert again.recovered == () and journal.get(hurt.id).title == "Good"


def test_recovery_stops_at_the_first_failure_and_says_why(damaged, monkeypatch):
    journal, _kept, hurt, _lost = damaged

    def full_disk(*_args):
        raise StorageError("the disk is full")

    monkeypatch.setattr(journal, "revert", full_disk)
    recovery = recover_damaged(journal)
    assert recovery.recovered == ()
    assert isinstance(recovery.failed, StorageError)
    assert hurt.id in journal.damaged


def test_a_history_that_cannot_be_read_counts_as_nothing_to_bring_back(damaged, monkeypatch):
    journal, *_ = damaged

    def unreadable(_record_id):
        raise StorageError("disk I/O error")

    monkeypatch.setattr(journal, "last_good_version", unreadable)
    report = check_on_unlock(journal)
    assert report.recoverable == () and len(report.damaged) == 2


def test_a_file_that_cannot_open_reports_its_findings_with_counts_unknown():
    report = unopened_report([("foreign_object", "a trigger"), ("missing_table", "no header")])
    assert report.findings == (
        Finding(None, "foreign_object", "a trigger"),
        Finding(None, "missing_table", "no header"),
    )
    assert report.records is None and report.old_revisions is None
    assert list(report.by_kind()) == ["foreign_object", "missing_table"]
