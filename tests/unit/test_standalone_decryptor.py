"""tools/decrypt_vault.py, the stand-alone reader of docs/FORMAT.md, must give exactly
what the app reads: on the golden vault, on a vault of every record type and field
after edits and deletes, and on a backup; by passphrase and by recovery key. It runs
in a subprocess in which importing journal_app fails, and it never changes the file
it reads (nor leaves -wal/-shm files beside it)."""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from journal_app.domain import schema
from journal_app.services.journal import Journal, encode_record
from journal_app.services.share_history import HISTORY_ID, ShareEntry

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "decrypt_vault.py"
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN_VAULT = FIXTURES / "golden-v1.pswvault"
GOLDEN = json.loads((FIXTURES / "golden-v1.json").read_text("utf-8"))
NEW_PASSPHRASE = "a new passphrase — changed once ✓"
# Runs the tool as `python tools/decrypt_vault.py ...` does, but with the app's
# package (installed in this venv) made unimportable, to prove it is not needed.
WITHOUT_APP = (
    "import runpy, sys; sys.modules['journal_app'] = None; sys.argv = sys.argv[1:]; "
    "runpy.run_path(sys.argv[0], run_name='__main__')"
)


def _snapshot(folder: Path) -> dict[str, str | None]:
    """Every file's SHA-256; a -shm (SQLite's shared-memory index, where even a reader
    records where it reads) only by name."""
    return {
        p.name: None if p.name.endswith("-shm") else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
    }


def run_tool(vault: Path, *args: str, stdin: str | None = None, plain: bool = False):
    """Run the tool; the folder holding `vault` must be byte for byte the same after,
    with no file added (secrets and --out files live elsewhere)."""
    before = _snapshot(vault.parent)
    prefix = [sys.executable] if plain else [sys.executable, "-c", WITHOUT_APP]
    result = subprocess.run(
        [*prefix, str(TOOL), str(vault), *args],
        input=stdin,
        capture_output=True,
        encoding="utf-8",
        timeout=120,
        cwd=vault.parent,
    )
    assert _snapshot(vault.parent) == before
    assert "Traceback" not in result.stderr
    return result


def secret_file(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text + "\n", encoding="utf-8")
    return str(folder / name)


def app_view(path: Path, passphrase: str) -> dict:
    """What the app itself reads from `path` (on a copy: opening may touch the file)."""
    copy = path.with_name(f"app-view-{path.name}")
    shutil.copyfile(path, copy)
    journal = Journal.open(copy, passphrase)
    try:
        assert journal.damaged == [] and journal.verify() == []
        everything = [*journal.records(), *journal.trash()]
        records = sorted((r.to_dict() for r in everything), key=lambda r: r["id"])
        history = [
            {"id": r.id, "revision": v.revision, "record": v.record.to_dict()}
            for r in everything
            for v in journal.history(r.id)
            if not v.current
        ]
        history.sort(key=lambda h: (h["id"], h["revision"]))
        files = [
            {
                "id": a.id,
                "entry_id": a.entry_id,
                "name": a.name,
                "size": a.size,
                "added": a.added.isoformat(),
                "detached": a.detached.isoformat() if a.detached else None,
                "data_base64": base64.b64encode(
                    journal.store.attachments.data(a.entry_id, a.id)
                ).decode("ascii"),
            }
            for r in everything
            for a in [*journal.attachments.of_entry(r.id), *journal.attachments.detached(r.id)]
        ]
        files.sort(key=lambda a: (a["entry_id"], a["id"]))
        meta = {"settings": journal.settings(), "draft": journal.draft()}
        meta["share_history"] = journal.meta_item(HISTORY_ID)
        version = journal.store.header.format_version
    finally:
        journal.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return {
        "format_version": version,
        "records": records,
        "meta": {k: v for k, v in sorted(meta.items()) if v not in (None, {})},
        "history": history,
        "attachments": files,
    }


@pytest.fixture
def golden_copy(tmp_path: Path) -> Path:
    assert hashlib.sha256(GOLDEN_VAULT.read_bytes()).hexdigest() == GOLDEN["vault_sha256"]
    folder = tmp_path / "golden"
    folder.mkdir()
    copy = folder / "golden-copy.pswvault"
    shutil.copyfile(GOLDEN_VAULT, copy)
    return copy


# --- the tool is stand-alone ------------------------------------------------------------


def test_the_tool_imports_only_the_standard_library_and_cryptography():
    tree = ast.parse(TOOL.read_text("utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "no relative imports"
            imported.add(node.module.split(".")[0])
    assert "journal_app" not in imported
    assert imported - set(sys.stdlib_module_names) == {"cryptography"}
    assert "journal_app" not in TOOL.read_text("utf-8")  # nor importlib tricks


# --- the golden vault -------------------------------------------------------------------


def test_golden_vault_by_passphrase_matches_the_golden_json_and_the_app(golden_copy: Path):
    result = run_tool(
        golden_copy,
        "--passphrase-file",
        secret_file(golden_copy.parent.parent, "pass", GOLDEN["passphrase"]),
        plain=True,
    )
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output == {
        "format_version": 1,
        "records": GOLDEN["records"],
        "meta": {},
        "history": [],
        "attachments": [],
    }
    assert output == app_view(golden_copy, GOLDEN["passphrase"])


@pytest.mark.parametrize("typed", ["as shown", "by hand"])
def test_golden_vault_by_recovery_key_on_standard_input(golden_copy: Path, typed: str):
    key = GOLDEN["recovery_key"]
    if typed == "by hand":  # lower case, spaces for dashes, 0 for O
        key = key.lower().replace("-", " ").replace("o", "0")
    result = run_tool(golden_copy, "--recovery-key-file", "-", stdin=key + "\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["records"] == GOLDEN["records"]


def test_output_to_a_file_is_private_and_never_overwrites(golden_copy: Path, tmp_path: Path):
    secret = secret_file(tmp_path, "pass", GOLDEN["passphrase"])
    out = tmp_path / "plain.json"
    result = run_tool(golden_copy, "--passphrase-file", secret, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text("utf-8"))["records"] == GOLDEN["records"]
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    before = out.read_bytes()
    again = run_tool(golden_copy, "--passphrase-file", secret, "--out", str(out))
    assert again.returncode == 2 and "refusing to overwrite" in again.stderr
    assert out.read_bytes() == before


# --- wrong secrets, damage, tampering, usage --------------------------------------------


@pytest.mark.parametrize(
    ("option", "secret", "message"),
    [
        ("--passphrase-file", GOLDEN["passphrase"] + " ", "wrong passphrase"),
        (
            "--recovery-key-file",
            "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA",
            "wrong recovery",
        ),
        ("--recovery-key-file", "not a key", "not a recovery key"),
    ],
)
def test_wrong_secret_exits_3_and_writes_nothing(
    golden_copy: Path, tmp_path: Path, option: str, secret: str, message: str
):
    out = tmp_path / "never.json"
    result = run_tool(
        golden_copy, option, secret_file(tmp_path, "secret", secret), "--out", str(out)
    )
    assert result.returncode == 3
    assert message in result.stderr
    assert result.stdout == "" and not out.exists()


def _flip_one_ciphertext_byte(vault: Path, record_id: str) -> None:
    """Flip a byte inside one record's ciphertext in the file itself (no SQL)."""
    conn = sqlite3.connect(f"{vault.as_uri()}?mode=ro&immutable=1", uri=True)
    blob = conn.execute("SELECT blob FROM records WHERE id = ?", (record_id,)).fetchone()[0]
    conn.close()
    data = bytearray(vault.read_bytes())
    at = data.find(blob)
    assert at > 0 and data.find(blob, at + 1) == -1
    data[at + 100] ^= 0x01
    vault.write_bytes(bytes(data))


def test_flipped_ciphertext_byte_exits_4_naming_the_record_and_keeps_the_rest(
    golden_copy: Path, tmp_path: Path
):
    victim = GOLDEN["records"][1]["id"]
    _flip_one_ciphertext_byte(golden_copy, victim)
    secret = secret_file(tmp_path, "pass", GOLDEN["passphrase"])
    result = run_tool(golden_copy, "--passphrase-file", secret)
    assert result.returncode == 4
    assert f"record {victim}: does not authenticate" in result.stderr
    others = [r for r in GOLDEN["records"] if r["id"] != victim]
    assert json.loads(result.stdout)["records"] == others
    journal = Journal.open(golden_copy, GOLDEN["passphrase"])  # the app agrees
    try:
        assert journal.damaged == [victim]
    finally:
        journal.close()


def _edit_copy(vault: Path, sql: str, *params) -> None:
    conn = sqlite3.connect(vault)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_record_deleted_with_raw_sql_exits_4_naming_it(golden_copy: Path, tmp_path: Path):
    victim = GOLDEN["records"][0]["id"]
    _edit_copy(golden_copy, "DELETE FROM records WHERE id = ?", victim)
    result = run_tool(
        golden_copy, "--passphrase-file", secret_file(tmp_path, "p", GOLDEN["passphrase"])
    )
    assert result.returncode == 4
    assert f"record {victim}: missing" in result.stderr
    assert len(json.loads(result.stdout)["records"]) == len(GOLDEN["records"]) - 1


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE vault_header SET kdf_memory_kib = 8192", "below the floor"),
        ("UPDATE vault_header SET format_version = 2", "knows format 1 only"),
        ("PRAGMA user_version = 5", "knows schemas 1 to 4 only"),
        ("UPDATE vault_header SET checksum = zeroblob(32)", "header is damaged"),
        ("UPDATE vault_header SET header_mac = zeroblob(32)", "header MAC does not match"),
        ("UPDATE manifest_state SET count = count + 1", "manifest summary"),
    ],
)
def test_tampered_header_or_manifest_exits_1(
    golden_copy: Path, tmp_path: Path, sql: str, message: str
):
    _edit_copy(golden_copy, sql)
    result = run_tool(
        golden_copy, "--passphrase-file", secret_file(tmp_path, "p", GOLDEN["passphrase"])
    )
    assert result.returncode == 1
    assert message in result.stderr
    if "MAC" in message or "summary" in message:  # still authentic records: all written
        assert json.loads(result.stdout)["records"] == GOLDEN["records"]


def test_damaged_checksum_refuses_the_passphrase_but_not_the_recovery_key(
    golden_copy: Path, tmp_path: Path
):
    """As in the app: the checksum guards the passphrase path only; the recovery key
    still reads every record, and the damage is reported."""
    _edit_copy(golden_copy, "UPDATE vault_header SET checksum = zeroblob(32)")
    key = secret_file(tmp_path, "k", GOLDEN["recovery_key"])
    result = run_tool(golden_copy, "--recovery-key-file", key)
    assert result.returncode == 1
    assert "header checksum is damaged" in result.stderr
    assert json.loads(result.stdout)["records"] == GOLDEN["records"]


def test_usage_errors_exit_2(golden_copy: Path, tmp_path: Path):
    assert run_tool(golden_copy).returncode == 2  # no secret
    empty = secret_file(tmp_path, "empty", "")
    result = run_tool(golden_copy, "--passphrase-file", empty)
    assert result.returncode == 2 and "empty" in result.stderr
    missing = run_tool(golden_copy, "--passphrase-file", str(tmp_path / "no-such-file"))
    assert missing.returncode == 2


# --- how the secret is read (section 5.1 and 5.2, issue 21) -------------------------------


@pytest.mark.parametrize(
    "ending",
    [b"\r\n", b"\n", b"", b"\r\nsecond line\r\n"],
    ids=["crlf", "lf", "none", "crlf-then-more"],
)
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_a_passphrase_file_ends_at_crlf_or_lf_and_a_bom_is_dropped(
    golden_copy: Path, tmp_path: Path, ending: bytes, bom: bytes
):
    secret = tmp_path / "pass.txt"
    secret.write_bytes(bom + GOLDEN["passphrase"].encode("utf-8") + ending)
    result = run_tool(golden_copy, "--passphrase-file", str(secret))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["records"] == GOLDEN["records"]


def test_a_crlf_passphrase_on_standard_input(golden_copy: Path):
    result = run_tool(golden_copy, "--passphrase-file", "-", stdin=GOLDEN["passphrase"] + "\r\n")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("tail", ["\r", "\x0c", "\x1c", "\u2028", "\x85"])
def test_other_line_breaks_are_part_of_the_passphrase(golden_copy: Path, tmp_path: Path, tail):
    secret = tmp_path / "pass.txt"
    secret.write_bytes((GOLDEN["passphrase"] + tail + "more\n").encode("utf-8"))
    result = run_tool(golden_copy, "--passphrase-file", str(secret))
    # Read as now, the passphrase holds the break and what follows, and is wrong; the
    # older reading (cut at the break: section 5.1) is the golden one, and says so.
    assert result.returncode == 0, result.stderr
    assert "before 3 December 2026" in result.stderr


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"\r\nthe passphrase on the second line\r\n", "first line"),
        (b"\xef\xbb\xbf\n", "first line"),
        ("Grüße".encode("cp1252") + b"\n", "not UTF-8"),
    ],
    ids=["blank-first-line", "bom-then-blank", "cp1252"],
)
def test_a_blank_first_line_or_a_file_not_in_utf8_exits_2_naming_the_file(
    golden_copy: Path, tmp_path: Path, content: bytes, said: str
):
    secret = tmp_path / "pass.txt"
    secret.write_bytes(content)
    result = run_tool(golden_copy, "--passphrase-file", str(secret))
    assert result.returncode == 2
    assert said in result.stderr and str(secret) in result.stderr
    assert result.stdout == ""


def test_a_passphrase_the_old_rule_read_still_opens_with_a_note(tmp_path: Path):
    """Section 5.1: a passphrase set from a file with a BOM before 3 December 2026 kept
    the BOM as its first character; the same file still opens the vault."""
    folder = tmp_path / "vault"
    folder.mkdir()
    vault = folder / "journal.pswvault"
    journal, _ = Journal.create(vault, "\ufeff" + PASSPHRASE, FAST_KDF)
    journal.lock()
    secret = tmp_path / "pass.txt"
    secret.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    result = run_tool(vault, "--passphrase-file", str(secret))
    assert result.returncode == 0, result.stderr
    assert "before 3 December 2026" in result.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_bytes(b"\xef\xbb\xbfnot it\r\n")
    result = run_tool(vault, "--passphrase-file", str(wrong))
    assert result.returncode == 3 and "December" not in result.stderr


@pytest.mark.parametrize("separator", ["\u2013", "\u00a0", "\t"])
def test_a_recovery_key_with_other_separators_opens(golden_copy: Path, separator: str):
    key = GOLDEN["recovery_key"].replace("-", separator)
    result = run_tool(golden_copy, "--recovery-key-file", "-", stdin=key + "\r\n")
    assert result.returncode == 0, result.stderr


def test_a_recovery_key_with_a_letter_outside_ascii_is_refused_by_position(
    golden_copy: Path, tmp_path: Path
):
    key = GOLDEN["recovery_key"]
    typed = key.replace("I", "\u0131", 1)  # dotless i: upper() would make it I
    result = run_tool(golden_copy, "--recovery-key-file", secret_file(tmp_path, "k", typed))
    assert result.returncode == 3 and result.stdout == ""
    assert f"character {key.index('I') + 1}, 'ı' (U+0131)" in result.stderr


def test_a_file_that_is_not_a_vault_exits_1(tmp_path: Path):
    folder = tmp_path / "not"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a vault\n" * 100)
    result = run_tool(folder / "notes.txt", "--passphrase-file", secret_file(tmp_path, "p", "x"))
    assert result.returncode == 1 and "decrypt_vault:" in result.stderr


# --- a vault of every record type and field, edited; its backup; an open vault ----------


def _every_kind_of_record(journal: Journal) -> list[dict]:
    themes = sorted(journal.vocabulary.themes)[:3]
    competences = sorted(journal.vocabulary.competences)[:2]
    text = 'Zoë said “it gets better” — 😊\n\ttabbed, \\ back\\slash, "quoted", \u2028 ✓ '
    common = {"tags": ["group", "Ünïcode ☕"], "share": "summary", "for_supervision": True}
    common["shared_summary"] = "What I would tell supervision. " * 5
    reflection_text = {
        key: f"{key}: {text}"
        for key, spec in schema.SCHEMAS[schema.RecordType.REFLECTION].items()
        if spec.kind is schema.Kind.TEXT
    }
    reflections = [
        {
            "model": model,
            **reflection_text,
            "session_kind": schema.SESSION_KINDS[i % len(schema.SESSION_KINDS)],
            "ending_planned": schema.ENDING_PLANNED[i % len(schema.ENDING_PLANNED)],
            "themes": themes,
            "competences": competences,
            "mood_after": 1 + i,
            "sections": [
                {"heading": "What went well?", "text": text},
                {"heading": "", "text": "x"},
            ],
        }
        for i, model in enumerate(schema.REFLECTION_MODELS)
    ]
    disclosure = {
        "decision": "partly_shared",
        "what": text * 40,  # several padding blocks
        "purposes": list(schema.PURPOSES),
        "purpose_other": text,
        "considerations": {key: f"{key}: {text}" for key in schema.CONSIDERATIONS},
        "received": text,
        "feelings_after": text,
        "learning": text,
        "themes": themes,
        "competences": competences,
    }
    actions = [
        {"text": f"action {status}", "owner": "me", "due": due, "status": status}
        for status, due in zip(
            schema.ACTION_STATUSES, ["2025-02-03", None, "2024-12-31"], strict=True
        )
    ]
    supervision = {
        "supervisor": "A. Mensah",
        "supervisor_role": "external",
        "functions": list(schema.FUNCTIONS),
        "wellbeing_before": 3,
        "wellbeing_after": 10,
        "agenda": text,
        "discussed": text,
        "support_offered": text,
        "actions": actions,
        "next_date": "2025-03-01",
        "themes": themes,
        "competences": competences,
    }
    checkin = {"mood": 1, "stress": 10, "energy": 5, "note": text}
    data = [{"type": "reflection", "fields": f} for f in reflections]
    data += [{"type": "disclosure", "fields": disclosure}]
    data += [{"type": "supervision", "fields": supervision}, {"type": "checkin", "fields": checkin}]
    data += [{"type": "checkin", "date": "2024-02-29"}]  # no fields at all
    return [
        {"date": "2025-01-15", "title": f"Entry {i} ✓", **common, **d} for i, d in enumerate(data)
    ]


def _records_at_padding_edges(journal: Journal) -> None:
    """Check-ins whose plaintext is exactly one byte short of, at, and past a block."""
    for target in (511, 512, 513, 1023, 1024):
        record = journal.add({"type": "checkin", "date": "2025-01-02", "fields": {"note": "n"}})
        grow = target - len(encode_record(record))
        record = journal.edit(record.id, {"fields": {"note": "n" * (1 + grow)}})
        assert len(encode_record(record)) == target


def _build_vault(path: Path) -> str:
    """Every record type and field, corpus records, edits, deletes, settings, a draft,
    share history and a passphrase change. Returns the recovery key."""
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks.corpus import generate
    finally:
        sys.path.remove(str(ROOT))
    journal, recovery_key = Journal.create(path, PASSPHRASE, FAST_KDF)
    try:
        added = [journal.add(d) for d in _every_kind_of_record(journal)]
        added += [journal.add(d) for d in generate(40, seed=8, end=date(2025, 6, 30))]
        _records_at_padding_edges(journal)
        for record in added[::3]:
            journal.edit(record.id, {"title": f"{record.title} (edited)", "tags": ["edited"]})
        journal.edit(added[0].id, {"fields": {"mood_after": None, "setting": "edited twice"}})
        # Evidence files (schema 4): on a shown entry, one detached, one on an entry that
        # goes to the trash, one on an entry deleted for good (gone with it).
        journal.attachments.add(added[0].id, "certificate ✓.pdf", os.urandom(70_000))
        journal.attachments.add(added[0].id, "empty.txt", b"")
        gone = journal.attachments.add(added[2].id, "letter.docx", b"thanks" * 99)
        journal.attachments.detach(added[2].id, gone.id)
        journal.attachments.add(added[4].id, "feedback.png", bytes(range(256)) * 9)
        journal.attachments.add(added[1].id, "deleted-with-entry.pdf", b"bye")
        for record in added[1::7]:
            journal.delete(record.id)
        for record in added[4::9]:  # in the trash, with the history they had
            if record not in added[1::7]:
                journal.move_to_trash(record.id)
        journal.save_settings({"display_name": "Sam Q.", "supervisors": ["A. Mensah", "B. Ó"]})
        journal.save_draft({"record_id": None, "data": {"type": "checkin", "fields": {}}})
        journal.clear_draft()
        journal.save_draft({"record_id": added[2].id, "data": {"title": "half-typed ✍"}})
        entry = ShareEntry(
            when=datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
            recipient="A. Mensah",
            format="pdf",
            start=date(2025, 1, 1),
            end=date(2025, 3, 1),
            record_ids=(added[0].id, added[2].id),
            file_name="pack.pdf",
            levels={added[0].id: "summary", added[2].id: "full"},
            wellbeing=True,
        )
        journal.put_meta_item(HISTORY_ID, [entry.to_json()])
        journal.put_meta_item(HISTORY_ID, [entry.to_json(), entry.to_json()])
        journal.change_passphrase(NEW_PASSPHRASE, FAST_KDF)
    finally:
        journal.close()
    return recovery_key


def test_vault_of_every_record_type_by_passphrase_recovery_key_and_backup(tmp_path: Path):
    folder = tmp_path / "vault"
    folder.mkdir()
    vault = folder / "journal.pswvault"
    recovery_key = _build_vault(vault)
    expected = app_view(vault, NEW_PASSPHRASE)
    types = {r["type"] for r in expected["records"]}
    assert types == {"reflection", "disclosure", "supervision", "checkin"}
    assert set(expected["meta"]) == {"settings", "draft", "share_history"}
    assert len(expected["records"]) > 40
    assert len(expected["history"]) > 15 and any("trashed" in r for r in expected["records"])

    by_passphrase = run_tool(vault, "--passphrase-file", secret_file(tmp_path, "p", NEW_PASSPHRASE))
    assert by_passphrase.returncode == 0, by_passphrase.stderr
    assert json.loads(by_passphrase.stdout) == expected
    old = run_tool(vault, "--passphrase-file", secret_file(tmp_path, "old", PASSPHRASE))
    assert old.returncode == 3
    by_key = run_tool(vault, "--recovery-key-file", secret_file(tmp_path, "k", recovery_key))
    assert by_key.returncode == 0, by_key.stderr
    assert json.loads(by_key.stdout) == expected

    backups = tmp_path / "backups"
    backups.mkdir()
    backup = backups / "journal-backup.pswvault"
    journal = Journal.open(vault, NEW_PASSPHRASE)
    try:
        journal.backup(backup)
    finally:
        journal.close()
    from_backup = run_tool(backup, "--passphrase-file", secret_file(tmp_path, "b", NEW_PASSPHRASE))
    assert from_backup.returncode == 0, from_backup.stderr
    assert json.loads(from_backup.stdout) == expected == app_view(backup, NEW_PASSPHRASE)


def test_a_vault_the_app_has_open_is_read_live(tmp_path: Path):
    """With the app's -wal and -shm beside it, the tool reads the latest saves
    read-only; a -wal left without its -shm (a copy, a killed app) is read from a
    private copy. Neither changes a byte beside the vault."""
    folder = tmp_path / "live"
    folder.mkdir()
    vault = folder / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    secret = secret_file(tmp_path, "p", PASSPHRASE)
    try:
        for day in range(1, 6):
            journal.add({"type": "checkin", "date": f"2025-01-0{day}", "fields": {"mood": day}})
        assert Path(f"{vault}-wal").stat().st_size > 0
        live = run_tool(vault, "--passphrase-file", secret)
        assert live.returncode == 0, live.stderr
        expected = sorted((r.to_dict() for r in journal.records()), key=lambda r: r["id"])
        assert json.loads(live.stdout)["records"] == expected

        stranded = tmp_path / "stranded"
        stranded.mkdir()
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{vault}{suffix}", stranded / f"journal.pswvault{suffix}")
    finally:
        journal.close()
    copied = run_tool(stranded / "journal.pswvault", "--passphrase-file", secret)
    assert copied.returncode == 0, copied.stderr
    assert json.loads(copied.stdout)["records"] == expected


@pytest.mark.parametrize(
    ("sql", "code", "message"),
    [
        (
            "UPDATE history SET blob = substr(blob, 1, 40) || zeroblob(8) || substr(blob, 49) "
            "WHERE revision = 1",
            4,
            "old revision 1 does not authenticate",
        ),
        ("DELETE FROM history WHERE revision = 2", 1, "history summary does not match"),
        ("UPDATE history SET mac = zeroblob(32) WHERE revision = 2", 1, "not written by the app"),
        ("UPDATE history SET mac = 'x'", 1, "not written by the app"),
        ("UPDATE records SET revision = 'abc'", 4, "does not authenticate"),
    ],
)
def test_tampered_history_is_named(tmp_path: Path, sql: str, code: int, message: str):
    folder = tmp_path / "vault"
    folder.mkdir()
    vault = folder / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    record = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"note": "v1"}})
    for n in (2, 3):
        journal.edit(record.id, {"fields": {"note": f"v{n}"}})
    journal.close()
    secret = secret_file(tmp_path, "p", PASSPHRASE)
    clean = run_tool(vault, "--passphrase-file", secret)
    assert clean.returncode == 0, clean.stderr
    notes = [h["record"]["fields"]["note"] for h in json.loads(clean.stdout)["history"]]
    assert notes == ["v1", "v2"]

    _edit_copy(vault, sql)
    result = run_tool(vault, "--passphrase-file", secret)
    assert result.returncode == code
    assert message in result.stderr
    records = json.loads(result.stdout)["records"]
    assert records == [] if code == 4 and "abc" in sql else records[0]["fields"]["note"] == "v3"


@pytest.mark.parametrize(("schema", "kept"), [(2, 3), (3, 1)])
def test_golden_vault_of_schema_2_matches_its_json_and_the_app(
    tmp_path: Path, schema: int, kept: int
):
    """Schema 2 (history) and schema 3 (a vault whose keys were rotated by a passphrase
    change, read by the recovery key through its recovery box as well)."""
    spec = json.loads((FIXTURES / f"golden-v{schema}.json").read_text("utf-8"))
    folder = tmp_path / "golden2"
    folder.mkdir()
    copy = folder / f"golden-v{schema}-copy.pswvault"
    shutil.copyfile(FIXTURES / spec["vault"], copy)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == spec["vault_sha256"]
    result = run_tool(copy, "--passphrase-file", secret_file(tmp_path, "p", spec["passphrase"]))
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    by_key = run_tool(copy, "--recovery-key-file", secret_file(tmp_path, "k", spec["recovery_key"]))
    assert by_key.returncode == 0, by_key.stderr
    assert json.loads(by_key.stdout) == output
    if "first_passphrase" in spec:  # the passphrase before the change opens nothing
        old = run_tool(
            copy, "--passphrase-file", secret_file(tmp_path, "o", spec["first_passphrase"])
        )
        assert old.returncode == 3
    history = [
        {"id": record_id, "revision": v["revision"], "record": v["record"]}
        for record_id, versions in sorted(spec["history"].items())
        for v in sorted(versions, key=lambda v: v["revision"])
    ]
    assert output == {
        "format_version": 1,
        "records": sorted([*spec["records"], *spec["trash"]], key=lambda r: r["id"]),
        "meta": {"settings": spec["settings"]},
        "history": history,
        "attachments": [],
    }
    assert len(history) == kept
    assert output == app_view(copy, spec["passphrase"])


def test_an_attachment_is_written_out_and_a_flipped_byte_in_it_is_named(tmp_path: Path):
    folder = tmp_path / "vault"
    folder.mkdir()
    vault = folder / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    try:
        entry = journal.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
        attachment = journal.attachments.add(entry.id, "award.pdf", b"%PDF award" * 300)
    finally:
        journal.close()
    secret = secret_file(tmp_path, "p", PASSPHRASE)
    clean = run_tool(vault, "--passphrase-file", secret)
    assert clean.returncode == 0, clean.stderr
    [found] = json.loads(clean.stdout)["attachments"]
    assert (found["id"], found["entry_id"], found["name"]) == (attachment.id, entry.id, "award.pdf")
    assert base64.b64decode(found["data_base64"]) == b"%PDF award" * 300
    with sqlite3.connect(vault) as conn:
        blob = bytearray(conn.execute("SELECT data FROM attachments").fetchone()[0])
        blob[40] ^= 0x80
        conn.execute("UPDATE attachments SET data = ?", (bytes(blob),))
    conn.close()
    damaged = run_tool(vault, "--passphrase-file", secret)
    assert damaged.returncode == 4
    assert f"record {entry.id}: attachment {attachment.id} does not authenticate" in damaged.stderr
