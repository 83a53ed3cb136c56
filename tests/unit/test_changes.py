"""services/changes.py: every change kind does its change through `apply` and says,
in its Changed, exactly what it touched."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.domain.records import utc_now
from journal_app.domain.schema import record_from_input
from journal_app.errors import Cancelled, RecordNotFound
from journal_app.services import changes
from journal_app.services.changes import (
    NOTHING,
    Changed,
    ClearDraft,
    DeleteHistory,
    EmptyTrash,
    ExportPack,
    ImportFile,
    ImportRecords,
    MoveToTrash,
    RecoverDamaged,
    RestoreFromTrash,
    Revert,
    SaveDraft,
    SaveFromEditor,
    SaveRecord,
    SaveSettings,
    SetActionStatus,
    SetHistoryLimit,
    apply,
)
from journal_app.services.journal import DISPLAY_NAME, Journal
from journal_app.services.pack import PackOptions, build_pack
from journal_app.services.share_history import share_history

CHECKIN = {"type": "checkin", "date": "2025-01-10", "title": "Steady"}


def ids(*records) -> frozenset[str]:
    return frozenset(r.id for r in records)


def add(journal: Journal, title: str = "Steady"):
    return apply(journal, SaveRecord(None, {**CHECKIN, "title": title})).value


def test_changed_is_empty_unless_something_changed_and_merges_with_or():
    assert not NOTHING and not Changed()
    one = Changed(saved=frozenset({"a"}), trash=True)
    two = Changed(removed=frozenset({"b"}), history=frozenset({"a"}), settings=True)
    merged = one | two
    assert merged.saved == {"a"} and merged.removed == {"b"} and merged.records == {"a", "b"}
    assert merged.trash and merged.settings and merged.history == {"a"}
    assert not merged.draft and not merged.shares
    assert bool(Changed(shares=True)) and bool(Changed(draft=True))


def test_adding_names_the_new_record_and_no_history(journal):
    outcome = apply(journal, SaveRecord(None, CHECKIN))
    record = outcome.value
    assert journal.get(record.id).title == "Steady"
    assert outcome.changed == Changed(saved=ids(record))


def test_editing_names_the_record_and_its_history_when_a_version_is_kept(journal):
    record = add(journal)
    kept = apply(journal, SaveRecord(record.id, {"title": "Calmer"}))
    assert journal.get(record.id).title == "Calmer"
    assert kept.changed == Changed(saved=ids(record), history=ids(record))
    assert len(journal.history(record.id)) == 2
    journal.start_editing(record.id)
    first = apply(journal, SaveFromEditor(record.id, {"title": "Calm"}))
    assert first.changed == Changed(saved=ids(record), history=ids(record))
    assert len(journal.history(record.id)) == 3  # an editing session's first save keeps
    apply(journal, SaveFromEditor(record.id, {"title": "Calmest"}))
    assert len(journal.history(record.id)) == 3  # moments later: folded, no new version
    assert journal.get(record.id).title == "Calmest"
    apply(journal, SaveRecord(record.id, {"title": "Settled"}))
    assert len(journal.history(record.id)) == 4  # any other save keeps, editing or not


def test_an_action_status_saves_the_note(journal):
    note = journal.add(
        {
            "type": "supervision",
            "date": "2025-02-10",
            "fields": {"actions": [{"text": "Call the team", "status": "open"}]},
        }
    )
    outcome = apply(journal, SetActionStatus(note.id, 0, "done"))
    assert journal.get(note.id).fields["actions"][0]["status"] == "done"
    assert outcome.changed == Changed(saved=ids(note), history=ids(note))


def test_trash_restore_and_empty_each_say_what_they_touched(journal):
    kept, binned = add(journal, "Kept"), add(journal, "Binned")
    trashed = apply(journal, MoveToTrash(binned.id))
    assert trashed.value is not None and trashed.value.trashed is not None
    assert trashed.changed == Changed(removed=ids(binned), trash=True)
    assert [r.id for r in journal.records()] == [kept.id]

    restored = apply(journal, RestoreFromTrash(binned.id))
    assert restored.changed == Changed(saved=ids(binned), trash=True)
    assert binned.id in ids(*journal.records())

    apply(journal, MoveToTrash(binned.id))
    nothing_old = apply(journal, EmptyTrash(older_than=timedelta(days=30)))
    assert nothing_old.value == 0 and nothing_old.changed == NOTHING
    emptied = apply(journal, EmptyTrash())
    assert emptied.value == 1 and emptied.changed == Changed(trash=True)
    assert journal.trash() == []
    with pytest.raises(RecordNotFound):
        apply(journal, RestoreFromTrash(binned.id))


def test_a_purge_by_age_goes_by_when_it_was_trashed(journal):
    record = add(journal)
    apply(journal, MoveToTrash(record.id))
    later = utc_now() + timedelta(days=31)
    outcome = apply(journal, EmptyTrash(older_than=timedelta(days=30), now=later))
    assert outcome.value == 1 and outcome.changed.trash


def test_revert_and_delete_history(journal):
    record = add(journal, "First")
    apply(journal, SaveRecord(record.id, {"title": "Second"}))
    oldest = journal.history(record.id)[-1].revision
    reverted = apply(journal, Revert(record.id, oldest))
    assert journal.get(record.id).title == "First" == reverted.value.title
    assert reverted.changed == Changed(saved=ids(record), history=ids(record))

    deleted = apply(journal, DeleteHistory(record.id))
    assert deleted.value == 2 and len(journal.history(record.id)) == 1
    assert deleted.changed == Changed(history=ids(record))
    assert apply(journal, DeleteHistory(record.id)).changed == NOTHING  # none left


def test_settings_and_the_history_limit(journal):
    outcome = apply(journal, SaveSettings({DISPLAY_NAME: "Sam"}))
    assert journal.settings()[DISPLAY_NAME] == "Sam"
    assert outcome.changed == Changed(settings=True)

    record = add(journal, "v1")
    for title in ("v2", "v3"):
        apply(journal, SaveRecord(record.id, {"title": title}))
    limited = apply(journal, SetHistoryLimit(1))
    assert limited.value == 1 and journal.history_limit() == 1
    assert limited.changed == Changed(settings=True, history=ids(record))
    assert journal.settings()[DISPLAY_NAME] == "Sam"  # the other settings stay
    again = apply(journal, SetHistoryLimit(None))
    assert again.value == 0 and again.changed == Changed(settings=True)


def test_the_draft_is_kept_and_cleared(journal):
    draft = {"record_id": None, "data": {"type": "checkin"}}
    assert apply(journal, SaveDraft(draft)).changed == Changed(draft=True)
    assert journal.draft() == draft
    cleared = apply(journal, ClearDraft())
    assert cleared.value is True and cleared.changed == Changed(draft=True)
    assert journal.draft() is None
    assert apply(journal, ClearDraft()) == changes.Outcome(False, NOTHING)


def test_import_is_all_or_nothing_and_names_every_record(journal, tmp_path: Path):
    records = [record_from_input({**CHECKIN, "title": f"Imported {i}"}, None) for i in range(3)]
    outcome = apply(journal, ImportRecords(records))
    assert outcome.value == 3 and outcome.changed == Changed(saved=ids(*records))
    assert len(journal) == 3

    source = tmp_path / "notes"
    source.mkdir()
    (source / "one.md").write_text("# A note\n\nWords.\n", encoding="utf-8")
    imported = apply(journal, ImportFile(source, "markdown"))
    assert imported.value.count == 1 and len(imported.changed.saved) == 1
    assert len(journal) == 4

    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled, match="stopped here"):
        apply(journal, ImportFile(source, "markdown", stop, "stopped here"))
    assert len(journal) == 4  # nothing stored


def test_a_pack_export_is_recorded_in_the_share_history(journal, tmp_path: Path):
    add(journal)
    pack = build_pack(journal.records(), journal.vocabulary, PackOptions(*[utc_now().date()] * 2))
    out = tmp_path / "pack.md"
    outcome = apply(journal, ExportPack(pack, "md", out))
    assert out.is_file()
    assert outcome.changed == Changed(shares=True)
    assert [e.file_name for e in share_history(journal)] == ["pack.md"] == [outcome.value.file_name]


def damage(vault_path: Path, record_id: str) -> None:
    with sqlite3.connect(vault_path) as conn:
        (blob,) = conn.execute("SELECT blob FROM records WHERE id=?", (record_id,)).fetchone()
        flipped = blob[:-1] + bytes([blob[-1] ^ 1])
        conn.execute("UPDATE records SET blob=? WHERE id=?", (flipped, record_id))


def test_recovering_damaged_records_names_those_brought_back(vault_path: Path):
    journal, _ = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    hurt = add(journal, "Good")
    apply(journal, SaveRecord(hurt.id, {"title": "Newer, then damaged"}))
    lost = add(journal, "No earlier version")
    journal.lock()
    damage(vault_path, hurt.id)
    damage(vault_path, lost.id)
    journal = Journal.open(vault_path, PASSPHRASE)
    try:
        assert sorted(journal.damaged) == sorted([hurt.id, lost.id])
        outcome = apply(journal, RecoverDamaged((hurt.id, lost.id)))
        assert outcome.value.recovered == (hurt.id,) and outcome.value.failed is None
        assert outcome.changed == Changed(saved=ids(hurt), history=ids(hurt))
        assert journal.get(hurt.id).title == "Good"
        assert journal.damaged == [lost.id]  # nothing readable to bring back
    finally:
        journal.lock()


def test_a_failed_change_raises_and_changes_nothing(journal):
    record = add(journal)
    with pytest.raises(RecordNotFound):
        apply(journal, SaveRecord("no-such-id", {"title": "x"}))
    with pytest.raises(RecordNotFound):
        apply(journal, MoveToTrash("no-such-id"))
    assert [r.id for r in journal.records()] == [record.id]


def test_only_the_long_changes_are_slow():
    slow = {c.__name__ for c in vars(changes).values() if _is_change(c) and c.slow is True}
    assert slow == {
        "ImportRecords",
        "ImportFile",
        "EmptyTrash",
        "RecoverDamaged",
        "ExportPack",
        "ExportDevelopmentRecord",
    }
    assert SetHistoryLimit(3).slow and not SetHistoryLimit(None).slow  # only a limit deletes
    assert not SaveRecord(None, {}).slow and not RestoreFromTrash("x").slow


def _is_change(value) -> bool:
    return (
        isinstance(value, type)
        and issubclass(value, changes.Change)
        and value is not changes.Change
    )
