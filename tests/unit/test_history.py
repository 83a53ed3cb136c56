"""Revision history (issue 8): every save keeps the version it replaces, encrypted and
bound to its record and revision; versions can be read, reverted to and limited;
`verify` covers them; they survive a passphrase change, a backup and a restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.errors import RecordDamaged, RecordNotFound, StorageError, UsageError
from journal_app.services.backup import restore_backup
from journal_app.services.journal import Journal
from journal_app.vault import history as vault_history


def add_reflection(journal: Journal, text: str = "first words"):
    return journal.add(
        {
            "type": "reflection",
            "date": "2025-02-03",
            "title": "Group",
            "fields": {"description": text},
        }
    )


def texts(journal: Journal, record_id: str) -> list[tuple[int, str | None, bool]]:
    return [
        (v.revision, v.record.fields.get("description") if v.record else None, v.current)
        for v in journal.history(record_id)
    ]


def problems_of(journal: Journal) -> set[tuple[str | None, str]]:
    return {(p.record_id, p.kind) for p in journal.verify()}


def test_every_save_keeps_the_version_it_replaces(journal: Journal, vault_path: Path):
    record = add_reflection(journal)
    journal.edit(record.id, {"fields": {"description": "second words"}})
    journal.edit(record.id, {"title": "Group, renamed"})
    assert texts(journal, record.id) == [
        (3, "second words", True),
        (2, "second words", False),
        (1, "first words", False),
    ]
    versions = journal.history(record.id)
    assert versions[0].record.title == "Group, renamed"
    assert versions[1].record.title == "Group"
    assert journal.verify() == []
    journal.lock()

    again = Journal.open(vault_path, PASSPHRASE)
    try:
        assert texts(again, record.id)[1:] == [
            (2, "second words", False),
            (1, "first words", False),
        ]
        assert again.verify() == []
    finally:
        again.lock()


def test_old_versions_are_ciphertext_bound_to_record_and_revision(journal, vault_path: Path):
    record = add_reflection(journal, "CANARY-history-words " * 10)
    journal.edit(record.id, {"fields": {"description": "replaced"}})
    journal.lock()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = conn.execute("SELECT record_id, revision FROM history").fetchall()
    assert rows == [(record.id, 1)]
    assert b"CANARY-history-words" not in vault_path.read_bytes()


def editor_clock(journal: Journal) -> list[float]:
    """A clock for the editor's versions that the test moves on by hand."""
    clock = [1000.0]
    journal.editor_versions.clock = lambda: clock[0]
    return clock


def test_autosave_can_fold_keystrokes_into_one_version(journal: Journal):
    record = add_reflection(journal)
    clock = editor_clock(journal)
    journal.start_editing(record.id)
    journal.save_editing(record.id, {"fields": {"description": "typed a"}})  # keeps revision 1
    clock[0] += 30
    journal.save_editing(record.id, {"fields": {"description": "typed ab"}})
    clock[0] += 30
    journal.save_editing(record.id, {"fields": {"description": "typed abc"}})
    assert texts(journal, record.id) == [(4, "typed abc", True), (1, "first words", False)]
    assert journal.verify() == []


def test_a_long_editing_session_keeps_a_version_each_interval(journal: Journal):
    record = add_reflection(journal)
    clock = editor_clock(journal)
    journal.start_editing(record.id)
    journal.save_editing(record.id, {"fields": {"description": "a"}})  # keeps revision 1
    clock[0] += journal.editor_versions.every_s - 1
    journal.save_editing(record.id, {"fields": {"description": "ab"}})  # replaces "a"
    clock[0] += 1  # the interval since the last kept version is over
    journal.save_editing(record.id, {"fields": {"description": "abc"}})  # keeps "ab"
    clock[0] += 1
    journal.save_editing(record.id, {"fields": {"description": "abcd"}})  # replaces "abc"
    assert [t for _, t, _ in texts(journal, record.id)] == ["abcd", "ab", "first words"]
    journal.start_editing(record.id)  # a new editing session keeps what it starts from
    journal.save_editing(record.id, {"fields": {"description": "abcde"}})
    assert [t for _, t, _ in texts(journal, record.id)] == ["abcde", "abcd", "ab", "first words"]
    assert journal.verify() == []


def test_a_new_record_from_the_editor_folds_its_first_saves(journal: Journal):
    clock = editor_clock(journal)
    journal.start_editing(None)
    record = journal.save_editing(
        None, {"type": "reflection", "date": "2025-02-03", "fields": {"description": "f"}}
    )
    clock[0] += 30
    journal.save_editing(record.id, {"fields": {"description": "fi"}})
    assert texts(journal, record.id) == [(2, "fi", True)]
    clock[0] += journal.editor_versions.every_s
    journal.save_editing(record.id, {"fields": {"description": "fir"}})
    assert texts(journal, record.id) == [(3, "fir", True), (2, "fi", False)]


def test_saves_outside_the_editing_session_keep_every_version(journal: Journal):
    editing, other = add_reflection(journal), add_reflection(journal, "other")
    editor_clock(journal)  # the clock stands still: within the session, saves fold
    journal.start_editing(editing.id)
    journal.save_editing(editing.id, {"fields": {"description": "edited"}})
    for text in ("one", "two"):  # another record (the command line, the actions board)
        journal.edit(other.id, {"fields": {"description": text}})
    assert [t for _, t, _ in texts(journal, other.id)] == ["two", "one", "other"]
    journal.add({"type": "checkin", "date": "2025-02-04"})  # not the editor's new record
    journal.save_editing(editing.id, {"fields": {"description": "edited again"}})  # folds
    journal.revert(editing.id, 1)  # a revert always keeps the version it replaces
    assert [t for _, t, _ in texts(journal, editing.id)] == [
        "first words",
        "edited again",
        "first words",
    ]
    # The editor's record changed by anything but the editor (the actions board, say)
    # keeps the version it replaces, even in the editing session.
    journal.edit(editing.id, {"title": "Renamed elsewhere"})
    journal.edit(editing.id, {"title": "Renamed again"})
    assert len(journal.history(editing.id)) == 5


def test_a_refused_save_keeps_no_version_for_the_session(journal: Journal):
    from journal_app.errors import ValidationError

    record = add_reflection(journal)
    editor_clock(journal)
    journal.start_editing(record.id)
    with pytest.raises(ValidationError):
        journal.save_editing(record.id, {"date": "not a date"})
    journal.save_editing(record.id, {"fields": {"description": "saved"}})  # the session's first
    journal.save_editing(record.id, {"fields": {"description": "saved again"}})
    assert [t for _, t, _ in texts(journal, record.id)] == ["saved again", "first words"]


def test_settings_drafts_and_the_trash_add_no_versions(journal: Journal):
    record = add_reflection(journal)
    journal.save_draft({"record_id": None, "data": {"type": "checkin"}})
    journal.save_draft({"record_id": None, "data": {"type": "reflection"}})
    journal.save_settings({"display_name": "Sam"})
    journal.move_to_trash(record.id)
    assert [v.current for v in journal.history(record.id)] == [True]  # in the trash, too
    journal.restore_from_trash(record.id)
    assert journal.history_count() == 0
    assert journal.verify() == []


def test_revert_restores_an_old_version_and_keeps_the_one_it_replaces(journal: Journal):
    record = add_reflection(journal)
    journal.edit(record.id, {"title": "Later title", "fields": {"description": "later"}})
    restored = journal.revert(record.id, 1)
    assert restored.fields["description"] == "first words" and restored.title == "Group"
    assert journal.get(record.id).fields["description"] == "first words"
    assert restored.updated >= record.updated
    assert texts(journal, record.id) == [
        (3, "first words", True),
        (2, "later", False),
        (1, "first words", False),
    ]
    assert journal.search("later") == []
    assert journal.search("first") == [restored]
    # The revert can itself be undone.
    journal.revert(record.id, 2)
    assert journal.get(record.id).title == "Later title"
    assert journal.verify() == []


def test_revert_refuses_what_it_cannot_do(journal: Journal):
    record = add_reflection(journal)
    journal.edit(record.id, {"fields": {"description": "later"}})
    with pytest.raises(RecordNotFound) as missing:
        journal.revert(record.id, 7)
    assert "revision 7" in missing.value.message
    with pytest.raises(RecordNotFound):
        journal.revert("no-such-id", 1)
    assert journal.revert(record.id, 2) is journal.get(record.id)  # already current
    journal.move_to_trash(record.id)
    with pytest.raises(UsageError) as trashed:
        journal.revert(record.id, 1)
    assert "trash" in trashed.value.message
    assert journal.history_count() == 1


def test_a_limit_keeps_the_newest_versions(journal: Journal, vault_path: Path):
    one, two = add_reflection(journal, "one v1"), add_reflection(journal, "two v1")
    for n in range(2, 6):
        journal.edit(one.id, {"fields": {"description": f"one v{n}"}})
    journal.edit(two.id, {"fields": {"description": "two v2"}})
    assert journal.history_limit() is None  # the default: keep all
    assert journal.history_count() == 5

    assert journal.set_history_limit(2) == 2  # one loses v1 and v2
    assert [t for _, t, _ in texts(journal, one.id)] == ["one v5", "one v4", "one v3"]
    journal.edit(one.id, {"fields": {"description": "one v6"}})
    assert [t for _, t, _ in texts(journal, one.id)] == ["one v6", "one v5", "one v4"]
    assert journal.verify() == []
    journal.lock()

    again = Journal.open(vault_path, PASSPHRASE)  # the limit is kept in the vault
    try:
        assert again.history_limit() == 2
        again.edit(two.id, {"fields": {"description": "two v3"}})
        again.edit(two.id, {"fields": {"description": "two v4"}})
        assert [t for _, t, _ in texts(again, two.id)] == ["two v4", "two v3", "two v2"]
        assert again.set_history_limit(0) == 4
        again.edit(two.id, {"fields": {"description": "two v5"}})
        assert again.history_count() == 0
        assert again.set_history_limit(None) == 0
        again.edit(two.id, {"fields": {"description": "two v6"}})
        assert again.history_count() == 1
        assert again.verify() == []
    finally:
        again.lock()


@pytest.mark.parametrize("bad", [-1, 10_001, "3", 2.5, True])
def test_a_bad_limit_is_refused_naming_the_setting(journal: Journal, bad):
    record = add_reflection(journal)
    journal.edit(record.id, {"fields": {"description": "later"}})
    with pytest.raises(UsageError) as refused:
        journal.set_history_limit(bad)
    assert "history_limit" in refused.value.message
    assert journal.history_limit() is None and journal.history_count() == 1


def test_deleting_one_records_history_leaves_no_trace(journal: Journal, vault_path: Path):
    keep = add_reflection(journal, "kept words")
    journal.edit(keep.id, {"fields": {"description": "kept, edited"}})
    record = add_reflection(journal, "Named Person wrote this " * 20)
    journal.edit(record.id, {"fields": {"description": "a pseudonym now"}})
    with sqlite3.connect(vault_path) as conn:
        (old_blob,) = conn.execute(
            "SELECT blob FROM history WHERE record_id = ?", (record.id,)
        ).fetchone()
    assert journal.delete_history(record.id) == 1
    assert texts(journal, record.id) == [(2, "a pseudonym now", True)]
    assert len(journal.history(keep.id)) == 2
    assert journal.verify() == []
    journal.lock()
    files = [p for p in vault_path.parent.iterdir() if p.name.startswith(vault_path.name)]
    everything = b"".join(p.read_bytes() for p in files)
    assert old_blob[40:72] not in everything


# --- verify covers old revisions --------------------------------------------------


@pytest.fixture
def edited(journal: Journal, vault_path: Path):
    """A closed vault with two records, each edited twice."""
    ids = []
    for name in ("a", "b"):
        record = add_reflection(journal, f"{name} v1")
        for n in (2, 3):
            journal.edit(record.id, {"fields": {"description": f"{name} v{n}"}})
        ids.append(record.id)
    journal.lock()
    return ids


def raw(vault_path: Path, *statements: tuple) -> None:
    with sqlite3.connect(vault_path) as conn:
        for sql, *params in statements:
            conn.execute(sql, params)


def reopened(vault_path: Path) -> Journal:
    return Journal.open(vault_path, PASSPHRASE)


def test_a_flipped_byte_in_an_old_revision_is_named(edited, vault_path: Path):
    target = edited[0]
    with sqlite3.connect(vault_path) as conn:
        blob = conn.execute(
            "SELECT blob FROM history WHERE record_id = ? AND revision = 1", (target,)
        ).fetchone()[0]
        flipped = blob[:30] + bytes([blob[30] ^ 1]) + blob[31:]
        conn.execute(
            "UPDATE history SET blob = ? WHERE record_id = ? AND revision = 1", (flipped, target)
        )
    journal = reopened(vault_path)
    try:
        assert problems_of(journal) == {(target, "history_damaged")}
        assert "revision 1" in journal.verify()[0].message
        # The record itself and its other versions still open; the damaged one says so.
        assert texts(journal, target) == [(3, "a v3", True), (2, "a v2", False), (1, None, False)]
        with pytest.raises(RecordDamaged):
            journal.revert(target, 1)
    finally:
        journal.lock()


def test_an_old_revision_moved_to_another_record_or_revision_is_named(edited, vault_path: Path):
    a, b = edited
    raw(
        vault_path,
        ("UPDATE history SET record_id = ? WHERE record_id = ? AND revision = 1", b + "x", a),
        ("UPDATE history SET revision = 7 WHERE record_id = ? AND revision = 1", b),
    )
    journal = reopened(vault_path)
    try:
        kinds = problems_of(journal)
        assert (b + "x", "history_damaged") in kinds and (b, "history_damaged") in kinds
    finally:
        journal.lock()


def test_an_old_revision_deleted_outside_the_app_is_reported(edited, vault_path: Path):
    raw(vault_path, ("DELETE FROM history WHERE record_id = ? AND revision = 2", edited[1]))
    journal = reopened(vault_path)
    try:
        assert problems_of(journal) == {(None, "history_state")}
        # A later save does not bless the removal.
        journal.edit(edited[1], {"title": "saved after"})
        assert (None, "history_state") in problems_of(journal)
    finally:
        journal.lock()


def test_the_whole_history_deleted_with_its_summary_kept_is_reported(edited, vault_path):
    raw(vault_path, ("DELETE FROM history",))
    journal = reopened(vault_path)
    try:
        assert problems_of(journal) == {(None, "history_state")}
    finally:
        journal.lock()


def test_an_old_revision_with_a_forged_mac_or_orphaned_is_reported(edited, vault_path: Path):
    a, b = edited
    raw(
        vault_path,
        ("UPDATE history SET mac = ? WHERE record_id = ? AND revision = 2", bytes(32), a),
        ("DELETE FROM records WHERE id = ?", b),
        ("DELETE FROM manifest WHERE record_id = ?", b),
    )
    journal = reopened(vault_path)
    try:
        kinds = problems_of(journal)
        assert (a, "history_forged") in kinds
        assert (b, "history_orphan") in kinds
    finally:
        journal.lock()


def test_a_forged_history_summary_is_reported(edited, vault_path: Path):
    raw(vault_path, ("UPDATE manifest_state SET history_count = history_count + 1",))
    journal = reopened(vault_path)
    try:
        # The MAC fails, and the count, compared whether or not it is authentic
        # (FORMAT.md section 15, check 4), does not match the rows either.
        assert problems_of(journal) == {(None, "manifest_state"), (None, "history_state")}
    finally:
        journal.lock()


def test_history_put_back_from_an_older_copy_is_reported(tmp_path: Path):
    """The history and its summary copied back from a backup (which the automatic
    backups leave beside the vault): the summary no longer matches the manifest."""
    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    record = add_reflection(journal, "v1")
    journal.edit(record.id, {"fields": {"description": "v2"}})
    backup = tmp_path / "backup.pswvault"
    journal.backup(backup)
    for n in (3, 4):
        journal.edit(record.id, {"fields": {"description": f"v{n}"}})
    journal.lock()
    with sqlite3.connect(vault) as conn:
        conn.execute("ATTACH DATABASE ? AS old", (str(backup),))
        conn.execute("DELETE FROM history")
        conn.execute("INSERT INTO history SELECT * FROM old.history")
        conn.execute(
            "UPDATE manifest_state SET (count, digest, mac, history_count, history_digest) = "
            "(SELECT count, digest, mac, history_count, history_digest FROM old.manifest_state)"
        )
        conn.commit()
        conn.execute("DETACH DATABASE old")
    journal = reopened(vault)
    try:
        assert [t for _, t, _ in texts(journal, record.id)] == ["v4", "v1"]
        assert (None, "manifest_state") in problems_of(journal)
    finally:
        journal.lock()


def test_an_old_revision_stored_under_a_blob_id_is_refused_or_reported(edited, vault_path):
    with pytest.raises(sqlite3.IntegrityError):
        raw(vault_path, ("UPDATE history SET record_id = CAST(record_id AS BLOB)",))


def test_an_old_revision_copied_back_as_the_current_one_is_rolled_back(edited, vault_path):
    target = edited[0]
    with sqlite3.connect(vault_path) as conn:
        blob = conn.execute(
            "SELECT blob FROM history WHERE record_id = ? AND revision = 2", (target,)
        ).fetchone()[0]
        conn.execute("UPDATE records SET revision = 2, blob = ? WHERE id = ?", (blob, target))
    journal = reopened(vault_path)
    try:
        assert problems_of(journal) == {(target, "rolled_back")}
        assert target in journal.changed_outside
    finally:
        journal.lock()


# --- history survives what the worker does to the whole vault -----------------------


def test_history_survives_a_passphrase_change_a_backup_and_a_restore(tmp_path: Path):
    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    record = add_reflection(journal, "before the backup")
    journal.edit(record.id, {"fields": {"description": "edited once"}})
    journal.edit(record.id, {"fields": {"description": "edited twice"}})
    journal.change_passphrase("a new passphrase for the backup", FAST_KDF)
    expected = texts(journal, record.id)
    backup = tmp_path / "backup.pswvault"
    journal.backup(backup)
    journal.lock()

    target = tmp_path / "restored" / "journal.pswvault"
    count, problems = restore_backup(backup, target, "a new passphrase for the backup")
    assert count == 1 and problems == []
    restored = Journal.open(target, "a new passphrase for the backup")
    try:
        assert texts(restored, record.id) == expected
        assert [t for _, t, _ in expected] == ["edited twice", "edited once", "before the backup"]
        restored.revert(record.id, 1)
        assert restored.get(record.id).fields["description"] == "before the backup"
        assert restored.verify() == []
    finally:
        restored.lock()


def test_an_old_revision_turned_into_text_by_raw_sql_is_named_not_fatal(edited, vault_path):
    """SQL that splices a blob gives TEXT (here not valid UTF-8): still just damage."""
    target = edited[1]
    raw(
        vault_path,
        (
            "UPDATE history SET blob = substr(blob, 1, 40) || zeroblob(8) || substr(blob, 49) "
            "WHERE record_id = ? AND revision = 2",
            target,
        ),
    )
    journal = reopened(vault_path)
    try:
        assert problems_of(journal) == {(target, "history_damaged")}
        assert texts(journal, target) == [(3, "b v3", True), (2, None, False), (1, "b v1", False)]
    finally:
        journal.lock()


def test_history_excess_counts_what_a_limit_would_delete(journal: Journal):
    one, two = add_reflection(journal, "one"), add_reflection(journal, "two")
    for n in range(4):
        journal.edit(one.id, {"title": f"one {n}"})
    journal.edit(two.id, {"title": "two 1"})
    assert [journal.history_excess(k) for k in (None, 0, 1, 2, 4, 9)] == [0, 5, 3, 2, 0, 0]
    assert journal.set_history_limit(1) == 3
    assert journal.history_excess(1) == 0


# --- damaged records keep what can still be read -------------------------------------


def damage_current_row(vault_path: Path, record_id: str) -> None:
    with sqlite3.connect(vault_path) as conn:
        blob = conn.execute("SELECT blob FROM records WHERE id = ?", (record_id,)).fetchone()[0]
        flipped = blob[:30] + bytes([blob[30] ^ 1]) + blob[31:]
        conn.execute("UPDATE records SET blob = ? WHERE id = ?", (flipped, record_id))


def test_a_damaged_record_is_brought_back_from_its_last_good_version(edited, vault_path):
    target = edited[0]
    damage_current_row(vault_path, target)
    journal = reopened(vault_path)
    try:
        assert journal.damaged == [target]
        assert texts(journal, target) == [(3, None, True), (2, "a v2", False), (1, "a v1", False)]
        assert journal.last_good_version(target).revision == 2
        restored = journal.revert(target, 2)
        assert journal.get(restored.id).fields["description"] == "a v2"
        assert journal.damaged == []
        assert texts(journal, target) == [(4, "a v2", True), (2, "a v2", False), (1, "a v1", False)]
        assert journal.verify() == []
    finally:
        journal.lock()
    again = reopened(vault_path)
    try:
        assert again.damaged == [] and again.verify() == []
    finally:
        again.lock()


def test_deleting_a_damaged_record_puts_its_last_good_version_in_the_trash(edited, vault_path):
    target = edited[1]
    damage_current_row(vault_path, target)
    journal = reopened(vault_path)
    try:
        trashed = journal.move_to_trash(target)
        assert trashed is not None and trashed.fields["description"] == "b v2"
        assert [r.id for r in journal.trash()] == [target] and journal.damaged == []
        assert len(journal.history(target)) == 3  # the history stays with it
        journal.restore_from_trash(target)
        assert journal.get(target).fields["description"] == "b v2"
        assert journal.verify() == []
    finally:
        journal.lock()


def test_a_damaged_record_with_no_readable_version_is_deleted(journal, vault_path):
    record = add_reflection(journal)
    journal.lock()
    damage_current_row(vault_path, record.id)
    journal = reopened(vault_path)
    try:
        assert journal.move_to_trash(record.id) is None
        assert journal.trash() == [] and journal.damaged == []
        assert journal.verify() == []
    finally:
        journal.lock()


def test_a_record_put_back_after_its_row_was_deleted_never_reuses_a_revision(edited, vault_path):
    target = edited[0]
    journal = reopened(vault_path)
    try:
        journal.store.delete(target, keep_versions=None)  # as put_over_damaged does
        journal.store.put(target, b"{}", keep_versions=None)
        assert journal.store.revision_of(target) == 3  # past revisions 1 and 2 kept
    finally:
        journal.lock()


def test_a_limit_and_the_versions_it_deletes_are_one_transaction(journal, monkeypatch):
    record = add_reflection(journal)
    journal.edit(record.id, {"fields": {"description": "later"}})

    def full(*_args, **_kwargs):
        raise StorageError("the disk is full")

    monkeypatch.setattr(vault_history, "trim", full)
    with pytest.raises(StorageError):
        journal.set_history_limit(0)
    assert journal.history_limit() is None and journal.history_count() == 1
    monkeypatch.undo()
    journal.revert(record.id, 1)  # keeps the replaced text, as it says
    assert [t for _, t, _ in texts(journal, record.id)] == ["first words", "later", "first words"]
    assert journal.verify() == []
