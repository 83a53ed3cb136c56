"""The command-line contract: commands, JSON shapes and exit codes (PRODUCT.md)."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_text import pdf_text

from journal_app.cli import run

PASS = "correct horse battery staple"
NEW_PASS = "a completely different passphrase"
FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2", "--kdf-lanes", "4"]
RECOVERY_RE = re.compile(r"^([A-Z2-7]{5}-){7}[A-Z2-7]{5}$")


class Cli:
    """Runs psw-journal in-process against one vault in a temp dir."""

    def __init__(self, tmp: Path, capsys, monkeypatch) -> None:
        self.tmp = tmp
        self.vault = tmp / "journal.pswvault"
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.passfile = self.write("pass.txt", PASS + "\n")

    def write(self, name: str, text: str) -> Path:
        path = self.tmp / name
        path.write_text(text, encoding="utf-8")
        return path

    def __call__(self, *argv: str, stdin: str | None = None, passfile: Path | None = None):
        if stdin is not None:
            import io

            self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        full = ["--vault", str(self.vault), "--passphrase-file", str(passfile or self.passfile)]
        code = run([*full, *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def init(self) -> str:
        code, out, _ = self("init", *FAST)
        assert code == 0
        return out.strip()

    def add(self, record: dict) -> str:
        code, out, err = self("add", "--json", "-", stdin=json.dumps(record))
        assert code == 0, err
        return out.strip()

    def digest(self) -> str:
        return hashlib.sha256(self.vault.read_bytes()).hexdigest()


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path, capsys, monkeypatch)


REFLECTION = {
    "type": "reflection",
    "date": "2025-03-01",
    "title": "Group about hearing voices",
    "tags": ["group", "voices"],
    "share": "summary",
    "for_supervision": True,
    "shared_summary": "Pacing a group so quieter members speak",
    "fields": {
        "model": "gibbs",
        "description": "Ran the Tuesday group with JT co-facilitating",
        "feelings": "Nervous at first, then steadier",
        "themes": ["lived_experience", "teamwork"],
        "competences": ["relational.active-listening"],
        "mood_after": 7,
        "session_kind": "group",
    },
}


def test_init_prints_recovery_key_once_and_refuses_to_overwrite(cli):
    key = cli.init()
    assert RECOVERY_RE.match(key), key
    before = cli.digest()
    code, out, err = cli("init", *FAST)
    assert code == 1
    assert "already exists" in err and out == ""
    assert cli.digest() == before


def test_init_refuses_weak_passphrase_and_low_kdf(cli):
    weak = cli.write("weak.txt", "password1\n")
    code, _, err = cli("init", *FAST, passfile=weak)
    assert code == 2 and "too weak" in err
    assert not cli.vault.exists()
    code, _, err = cli("init", "--kdf-memory", "1024", "--kdf-iterations", "2")
    assert code == 2 and "--kdf-memory" in err
    assert not cli.vault.exists()


def test_add_show_list_search_edit_delete(cli):
    cli.init()
    rid = cli.add(REFLECTION)
    checkin = cli.add({"type": "checkin", "date": "2025-03-04", "fields": {"mood": 6}})

    code, out, _ = cli("show", rid, "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["id"] == rid
    for key in ("type", "date", "title", "tags", "share", "for_supervision", "shared_summary"):
        assert shown[key] == REFLECTION[key]
    assert shown["fields"] == REFLECTION["fields"]

    code, out, _ = cli("show", rid)
    assert code == 0 and "Group about hearing voices" in out and "Nervous at first" in out

    code, out, _ = cli("list", "--json")
    assert [r["id"] for r in json.loads(out)] == [checkin, rid]  # newest first
    code, out, _ = cli("list", "--type", "reflection", "--json")
    assert [r["id"] for r in json.loads(out)] == [rid]
    code, out, _ = cli("list", "--from", "2025-03-02", "--json")
    assert [r["id"] for r in json.loads(out)] == [checkin]
    code, out, _ = cli("list", "--tag", "VOICES")
    assert rid in out and checkin not in out

    code, out, _ = cli("search", "steadi", "--json")  # prefix, in a field's text
    assert [r["id"] for r in json.loads(out)] == [rid]
    code, out, _ = cli("search", "voices nervous", "--json")  # a tag and a field word
    assert [r["id"] for r in json.loads(out)] == [rid]
    code, out, _ = cli("search", "nothing-like-this", "--json")
    assert json.loads(out) == []

    changes = cli.write("edit.json", json.dumps({"title": "Renamed", "fields": {"mood_after": 8}}))
    assert cli("edit", rid, "--json", str(changes))[0] == 0
    shown = json.loads(cli("show", rid, "--json")[1])
    assert shown["title"] == "Renamed"
    assert shown["fields"]["mood_after"] == 8
    assert shown["fields"]["feelings"] == REFLECTION["fields"]["feelings"]

    assert cli("delete", rid)[0] == 0
    code, _, err = cli("show", rid)
    assert code == 1 and rid in err


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"type": "diary", "date": "2025-01-01"}, "type"),
        ({"type": "checkin", "date": "2025-02-30"}, "date"),
        ({"type": "checkin", "date": "01/02/2025"}, "date"),
        ({"type": "checkin"}, "date"),
        ({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 11}}, "fields.mood"),
        ({"type": "checkin", "date": "2025-01-01", "fields": {"stress": 0}}, "fields.stress"),
        ({"type": "checkin", "date": "2025-01-01", "fields": {"colour": "red"}}, "fields.colour"),
        ({"type": "checkin", "date": "2025-01-01", "mood": 3}, "mood"),
        ({"type": "checkin", "date": "2025-01-01", "share": "public"}, "share"),
        (
            {
                "type": "supervision",
                "date": "2025-01-01",
                "fields": {"actions": [{"text": "Book training", "status": "pending"}]},
            },
            "fields.actions[0].status",
        ),
        (
            {
                "type": "disclosure",
                "date": "2025-01-01",
                "fields": {"decision": "maybe"},
            },
            "fields.decision",
        ),
    ],
)
def test_bad_input_exits_2_names_the_field_and_writes_nothing(cli, record, field):
    cli.init()
    cli.add({"type": "checkin", "date": "2025-01-01", "fields": {"mood": 5}})
    before = cli.digest()
    code, out, err = cli("add", "--json", "-", stdin=json.dumps(record))
    assert code == 2
    assert out == ""
    assert f"{field}:" in err
    assert "Traceback" not in err
    assert cli.digest() == before
    assert len(json.loads(cli("list", "--json")[1])) == 1


def test_bad_json_exits_2_with_its_line(cli):
    cli.init()
    before = cli.digest()
    code, _, err = cli("add", "--json", "-", stdin='{\n  "type": "checkin",\n  date: 1\n}')
    assert code == 2 and "line 3" in err
    assert cli.digest() == before


def test_edit_rejects_bad_input_and_keeps_the_record(cli):
    cli.init()
    rid = cli.add(REFLECTION)
    code, _, err = cli("edit", rid, "--json", "-", stdin='{"fields": {"mood_after": 42}}')
    assert code == 2 and "fields.mood_after" in err
    code, _, err = cli("edit", rid, "--json", "-", stdin='{"type": "checkin"}')
    assert code == 2 and "type" in err
    assert json.loads(cli("show", rid, "--json")[1])["fields"]["mood_after"] == 7


def test_wrong_passphrase_exits_3_and_writes_nothing(cli):
    cli.init()
    cli.add(REFLECTION)
    before = cli.digest()
    wrong = cli.write("wrong.txt", "not the passphrase at all\n")
    for argv in (["list"], ["add", "--json", "-"], ["verify"], ["backup", str(cli.tmp / "b")]):
        code, out, err = cli(*argv, passfile=wrong, stdin=json.dumps(REFLECTION))
        assert code == 3, argv
        assert err.strip() == "psw-journal: wrong passphrase"
        assert out == ""
    assert cli.digest() == before
    assert not (cli.tmp / "b").exists()


def test_verify_names_a_record_deleted_behind_the_apps_back(cli):
    cli.init()
    keep = cli.add(REFLECTION)
    gone = cli.add({"type": "checkin", "date": "2025-01-02", "fields": {"mood": 3}})
    assert cli("verify")[0] == 0
    with sqlite3.connect(cli.vault) as conn:
        conn.execute("DELETE FROM records WHERE id = ?", (gone,))
    code, out, _ = cli("verify")
    assert code == 4
    assert gone in out and keep not in out
    code, out, _ = cli("verify", "--json")
    report = json.loads(out)
    assert code == 4 and report["ok"] is False
    assert [(p["record_id"], p["kind"]) for p in report["problems"]] == [(gone, "missing")]


def test_backup_and_restore(cli):
    cli.init()
    rid = cli.add(REFLECTION)
    backup = cli.tmp / "journal.bak"
    assert cli("backup", str(backup))[0] == 0
    code, _, err = cli("backup", str(backup))
    assert code == 2 and "already exists" in err

    # restore refuses a target that holds a vault ...
    before = cli.digest()
    code, _, err = cli("restore", str(backup))
    assert code == 1 and "not empty" in err
    assert cli.digest() == before
    # ... and fills an empty path that opens with the same passphrase
    target = cli.tmp / "restored" / "journal.pswvault"
    code = run(
        ["--vault", str(target), "--passphrase-file", str(cli.passfile), "restore", str(backup)]
    )
    assert code == 0
    cli.capsys.readouterr()
    code = run(
        ["--vault", str(target), "--passphrase-file", str(cli.passfile), "show", rid, "--json"]
    )
    assert code == 0
    assert json.loads(cli.capsys.readouterr().out)["title"] == REFLECTION["title"]


def test_change_passphrase_then_recover(cli):
    key = cli.init()
    rid = cli.add(REFLECTION)
    new = cli.write("new.txt", NEW_PASS + "\n")
    assert cli("change-passphrase", "--new-passphrase-file", str(new))[0] == 0
    assert cli("list")[0] == 3
    assert cli("list", passfile=new)[0] == 0

    bad_key = cli.write("badkey.txt", "AAAAA-" * 7 + "AAAAA\n")
    third = cli.write("third.txt", "yet another long passphrase here\n")
    args = ("recover", "--recovery-key-file", str(bad_key), "--new-passphrase-file", str(third))
    assert cli(*args)[0] == 3
    keyfile = cli.write("key.txt", key.lower().replace("-", " ") + "\n")  # as typed by hand
    args = ("recover", "--recovery-key-file", str(keyfile), "--new-passphrase-file", str(third))
    assert cli(*args)[0] == 0
    assert cli("show", rid, passfile=third)[0] == 0
    assert cli("show", rid, passfile=new)[0] == 3


def test_change_passphrase_says_what_it_means_and_prints_a_key_only_when_made(cli):
    """Issue 15, finding 1: the change rotates the keys and says older copies keep the
    passphrase of their day; on a journal from before the recovery box (golden v2) the
    old recovery key cannot follow, so a new one is printed on stdout, once."""
    import shutil

    key = cli.init()
    new = cli.write("new.txt", NEW_PASS + "\n")
    code, out, err = cli("change-passphrase", "--new-passphrase-file", str(new))
    assert code == 0 and out == ""
    assert "recovery key is unchanged" in err and "still open with the passphrase" in err
    keyfile = cli.write("key.txt", key + "\n")
    assert (
        cli("recover", "--recovery-key-file", str(keyfile), "--new-passphrase-file", str(new))[0]
        == 0
    )

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    spec = json.loads((fixtures / "golden-v2.json").read_text("utf-8"))
    cli.vault.unlink()
    shutil.copyfile(fixtures / spec["vault"], cli.vault)
    old = cli.write("old.txt", spec["passphrase"] + "\n")
    code, out, err = cli("change-passphrase", "--new-passphrase-file", str(new), passfile=old)
    assert code == 0 and RECOVERY_RE.match(out.strip()) and "NEW recovery key" in err
    fresh = cli.write("fresh.txt", out)
    args = ("recover", "--recovery-key-file", str(fresh), "--new-passphrase-file", str(new))
    assert cli(*args)[0] == 0
    stale = cli.write("stale.txt", spec["recovery_key"] + "\n")
    args = ("recover", "--recovery-key-file", str(stale), "--new-passphrase-file", str(new))
    assert cli(*args)[0] == 3


def export(cli, *extra: str, fmt: str = "md", out: str = "pack.md"):
    return cli(
        "export",
        "--from",
        "2025-01-01",
        "--to",
        "2025-03-31",
        "--format",
        fmt,
        "--out",
        str(cli.tmp / out),
        *extra,
    )


def test_export_writes_the_pack_and_records_it_in_the_share_history(cli):
    cli.init()
    cli.add(
        {
            "type": "reflection",
            "date": "2025-02-01",
            "title": "Shared reflection",
            "share": "full",
            "fields": {"model": "free", "text": "FULL-TEXT for the pack"},
        }
    )
    cli.add({"type": "reflection", "date": "2025-02-02", "title": "Private one"})
    code, _, err = export(cli, "--recipient", "Ann Manager")
    assert code == 0, err
    text = (cli.tmp / "pack.md").read_text("utf-8")
    assert "FULL-TEXT for the pack" in text and "Private one" not in text
    assert "Ann Manager" in text
    assert "1 entry shared" in err

    from journal_app.services.journal import Journal
    from journal_app.services.share_history import share_history

    journal = Journal.open(cli.vault, PASS)
    try:
        [entry] = share_history(journal)
    finally:
        journal.lock()
    assert (entry.recipient, entry.format, entry.file_name) == ("Ann Manager", "md", "pack.md")
    assert len(entry.record_ids) == 1


def test_export_prints_findings_and_strict_refuses_to_write(cli):
    cli.init()
    cli.add(
        {
            "type": "reflection",
            "date": "2025-02-01",
            "share": "full",
            "fields": {"model": "free", "text": "Met John Smith, email js@example.org"},
        }
    )
    code, _, err = export(cli, "--strict")
    assert code == 2
    assert "John Smith" in err and "js@example.org" in err and "nothing was written" in err
    assert not (cli.tmp / "pack.md").exists()
    code, _, err = export(cli)
    assert code == 0 and "Full name" in err and "Person A" in err
    assert "John Smith" in (cli.tmp / "pack.md").read_text("utf-8")


def test_export_does_not_take_a_course_title_for_a_name(cli):
    """Issue 17: "Understanding Anxiety", a training entry's title, was listed as a full
    name; the title of a course with uncommon words is known from its training entry."""
    cli.init()
    for title in ("Understanding Anxiety", "Kindred Spirits Circle"):
        cli.add(
            {
                "type": "training",
                "date": "2025-02-03",
                "title": title,
                "share": "full",
                "fields": {"kind": "course", "learning": f"{title} was a good day."},
            }
        )
    cli.add(
        {
            "type": "reflection",
            "date": "2025-02-04",
            "share": "full",
            "fields": {"model": "free", "text": "Sarah Jones met me after Kindred Spirits Circle."},
        }
    )
    code, _, err = export(cli, "--strict")
    assert code == 2 and "Sarah Jones" in err
    assert "Understanding Anxiety" not in err and "Kindred Spirits Circle" not in err
    code, _, err = export(cli)
    assert code == 0 and err.count("Full name") == 1
    assert "Understanding Anxiety" in (cli.tmp / "pack.md").read_text("utf-8")


@pytest.mark.parametrize(
    "argv, field",
    [
        (["--from", "2025-03-01", "--to", "2025-01-01"], "--from"),
        (["--from", "2025-02-30", "--to", "2025-03-01"], "--from"),
        (["--from", "2025-01-01", "--to", "soon"], "--to"),
        (["--from", "2025-01-01", "--to", "2025-03-01", "--format", "docx"], "--format"),
    ],
)
def test_export_refuses_a_bad_period_or_format(cli, argv, field):
    cli.init()
    before = cli.digest()
    args = dict(zip(argv[::2], argv[1::2], strict=True))
    try:
        code, _, err = cli(
            "export",
            "--from",
            args["--from"],
            "--to",
            args["--to"],
            "--format",
            args.get("--format", "pdf"),
            "--out",
            str(cli.tmp / "pack.pdf"),
        )
    except SystemExit as exc:  # argparse's own usage errors leave run() this way
        code, err = exc.code, cli.capsys.readouterr().err
    assert code == 2 and field in err
    assert "Traceback" not in err
    assert not (cli.tmp / "pack.pdf").exists()
    assert cli.digest() == before


def test_usage_errors_exit_2(cli):
    cli.init()
    assert cli("list", "--from", "2025-04-01", "--to", "2025-03-01")[0] == 2
    assert cli("list", "--from", "yesterday")[0] == 2
    with pytest.raises(SystemExit) as exc:
        run(["list", "--type", "diary"])
    assert exc.value.code == 2


def test_no_vault_is_a_clear_error(cli):
    code, _, err = cli("list")
    assert code == 1 and "no vault" in err


def test_console_script_never_shows_a_traceback(tmp_path):
    """Through the real entry point, in a subprocess, for a spread of failures."""
    passfile = tmp_path / "p"
    passfile.write_text(PASS)
    vault = tmp_path / "v.pswvault"
    not_a_vault = tmp_path / "notes.txt"
    not_a_vault.write_text("just some text, not SQLite")
    base = [sys.executable, "-m", "journal_app"]
    cases = [
        (["--vault", str(vault), "--passphrase-file", str(passfile), "init", *FAST], 0),
        (["--vault", str(not_a_vault), "--passphrase-file", str(passfile), "list"], 1),
        (["--vault", str(tmp_path), "--passphrase-file", str(passfile), "list"], 1),
        (["--vault", str(vault), "--passphrase-file", str(tmp_path / "nope"), "list"], 2),
        (["--vault", str(vault), "list"], 2),  # no terminal, no passphrase file
        (["--vault", str(vault), "--passphrase-file", str(passfile), "show", "x"], 1),
        (["--vault", str(vault), "--passphrase-file", str(passfile), "frobnicate"], 2),
    ]
    for argv, expected in cases:
        proc = subprocess.run(
            base + argv, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60
        )
        assert proc.returncode == expected, (argv, proc.stderr)
        assert "Traceback" not in proc.stderr + proc.stdout, argv


def test_console_script_exports_a_pdf_with_no_display(tmp_path):
    """The real script, headless and with no Qt application running: PDF export
    starts its own offscreen one."""
    import os

    passfile = tmp_path / "p"
    passfile.write_text(PASS)
    vault = tmp_path / "v.pswvault"
    base = [sys.executable, "-m", "journal_app", "--vault", str(vault)]
    base += ["--passphrase-file", str(passfile)]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    record = {
        "type": "reflection",
        "date": "2025-02-01",
        "title": "Shared",
        "share": "full",
        "fields": {"model": "free", "text": "Pdfbodyword"},
    }
    steps = [
        (["init", *FAST], None),
        (["add", "--json", "-"], json.dumps(record)),
        (["export", "--from", "2025-01-01", "--to", "2025-03-31", "--format", "pdf"], None),
    ]
    steps[2][0].extend(["--out", str(tmp_path / "pack.pdf"), "--include-wellbeing"])
    for argv, stdin in steps:
        proc = subprocess.run(
            base + argv, input=stdin, capture_output=True, text=True, env=env, timeout=120
        )
        assert proc.returncode == 0, (argv, proc.stderr)
    pdf = (tmp_path / "pack.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert "Pdfbodyword" in pdf_text(tmp_path / "pack.pdf")


def test_import_is_all_or_nothing(cli):
    cli.init()
    good = cli.write(
        "good.json",
        json.dumps(
            {
                "entries": [
                    {"date": "2021-05-01", "title": "First", "body": "Felt settled", "tags": []},
                    {"date": "2021-05-02", "title": "Second", "body": "Long day", "tags": ["@x"]},
                ]
            }
        ),
    )
    code, out, _ = cli("import", str(good), "--format", "jrnl-json", "--json")
    assert code == 0 and json.loads(out)["imported"] == 2
    bad = cli.write(
        "bad.json",
        json.dumps(
            {
                "entries": [
                    {"date": "2021-06-01", "title": "Fine", "body": "ok"},
                    {"date": "2021-06-31", "title": "Broken", "body": "never stored"},
                ]
            }
        ),
    )
    before = cli.digest()
    code, _, err = cli("import", str(bad), "--format", "jrnl-json")
    assert code == 2 and "entry 2" in err and "never stored" not in err
    assert cli.digest() == before
    assert len(json.loads(cli("list", "--json")[1])) == 2


def test_zero_kdf_settings_are_refused_not_replaced(cli):
    code, _, err = cli("init", "--kdf-memory", "0", "--kdf-iterations", "0")
    assert code == 2 and "--kdf-memory" in err
    assert not cli.vault.exists()


@pytest.mark.parametrize(
    "text", ["[" * 100_000, '{"type": "checkin", "date": "2025-01-01", "x": ' + "9" * 5000 + "}"]
)
def test_pathological_json_is_bad_input(cli, text):
    cli.init()
    before = cli.digest()
    code, _, err = cli("add", "--json", "-", stdin=text)
    assert code == 2 and "record JSON" in err
    assert cli.digest() == before


def test_a_path_under_a_file_is_a_clear_error(cli):
    blocker = cli.write("blocker", "a file, not a folder")
    code, _, err = run_with_vault(cli, blocker / "sub" / "v.pswvault", "init", *FAST)
    assert code == 1 and "unexpected" not in err
    cli.init()
    code, _, err = cli("backup", str(blocker / "sub" / "b.bak"))
    assert code == 1 and "unexpected" not in err


def test_a_rolled_back_record_is_flagged_when_the_vault_opens(cli):
    cli.init()
    rid = cli.add({"type": "checkin", "date": "2025-01-01", "title": "One"})
    with sqlite3.connect(cli.vault) as conn:
        old = conn.execute("SELECT revision, blob FROM records WHERE id=?", (rid,)).fetchone()
    assert cli("edit", rid, "--json", "-", stdin='{"title": "Two"}')[0] == 0
    with sqlite3.connect(cli.vault) as conn:
        conn.execute("UPDATE records SET revision=?, blob=? WHERE id=?", (*old, rid))
    code, out, err = cli("list")
    assert code == 0 and rid in out
    assert "changed outside the app" in err


def run_with_vault(cli, vault, *argv):
    code = run(["--vault", str(vault), "--passphrase-file", str(cli.passfile), *argv])
    out, err = cli.capsys.readouterr()
    return code, out, err


def test_export_all_writes_every_record_and_warns(cli):
    cli.init()
    first = cli.add({"type": "checkin", "date": "2025-01-01", "title": "One"})
    second = cli.add({"type": "reflection", "date": "2025-02-01", "title": "Two"})
    out = cli.tmp / "plain"
    code, _, err = cli("export-all", "--format", "json", "--out", str(out))
    assert code == 0 and "NOT encrypted" in err
    document = json.loads((out / "psw-journal.json").read_text("utf-8"))
    assert [r["id"] for r in document["records"]] == [first, second]

    code, _, err = cli("export-all", "--format", "markdown", "--out", str(out))
    assert code == 2 and "--out" in err  # never into a folder that holds files
    code, _, _ = cli("export-all", "--format", "markdown", "--out", str(cli.tmp / "md"))
    assert code == 0 and len(list((cli.tmp / "md").glob("*/*.md"))) == 2


def test_delete_moves_to_the_trash_and_restore_record_brings_it_back(cli):
    cli.init()
    rid = cli.add({"type": "checkin", "date": "2025-01-01", "title": "Binned"})
    code, _, err = cli("delete", rid)
    assert code == 0 and "trash" in err
    assert cli("show", rid)[0] == 1
    code, out, _ = cli("trash", "--json")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [rid]
    assert "trashed" in json.loads(out)[0]
    code, _, _ = cli("restore-record", rid)
    assert code == 0 and cli("show", rid)[0] == 0
    assert json.loads(cli("trash", "--json")[1]) == []
    cli("delete", rid)
    code, _, err = cli("empty-trash")
    assert code == 0 and "1 record" in err and "backups made before now still hold" in err
    assert cli("restore-record", rid)[0] == 1
    assert json.loads(cli("trash", "--json")[1]) == []


def test_history_lists_versions_and_revert_brings_one_back(cli):
    cli.init()
    rid = cli.add(REFLECTION)
    renamed = cli.write("rename.json", json.dumps({"title": "Renamed"}))
    assert cli("edit", rid, "--json", str(renamed))[0] == 0
    code, out, _ = cli("history", rid, "--json")
    versions = json.loads(out)
    assert code == 0
    assert [(v["revision"], v["current"], v["damaged"]) for v in versions] == [
        (2, True, False),
        (1, False, False),
    ]
    assert [v["record"]["title"] for v in versions] == ["Renamed", REFLECTION["title"]]
    code, out, _ = cli("history", rid)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "current" in lines[0] and "Renamed" in lines[0]
    assert lines[1].split()[0] == "1" and REFLECTION["title"] in lines[1]

    code, _, err = cli("revert", rid, "1")
    assert code == 0 and "revision 1" in err
    shown = json.loads(cli("show", rid, "--json")[1])
    assert shown["title"] == REFLECTION["title"]
    assert [v["revision"] for v in json.loads(cli("history", rid, "--json")[1])] == [3, 2, 1]
    code, out, _ = cli("verify", "--json")
    assert code == 0 and json.loads(out)["old_revisions"] == 2


def test_history_and_revert_refuse_bad_input_and_change_nothing(cli):
    cli.init()
    rid = cli.add(REFLECTION)
    before = cli.digest()
    code, _, err = cli("revert", rid, "7")
    assert code == 1 and "no revision 7" in err
    for bad in ("x", "0", "-2"):
        with pytest.raises(SystemExit) as usage:  # argparse's usage errors leave run() so
            cli("revert", rid, bad)
        assert usage.value.code == 2
        assert "REVISION" in cli.capsys.readouterr().err
    code, _, err = cli("history", "no-such-id")
    assert code == 1 and "no-such-id" in err
    assert cli.digest() == before


def test_attach_list_save_detach_and_verify_a_flipped_byte(cli):
    cli.init()
    record_id = cli.add(REFLECTION)
    evidence = cli.tmp / "training-certificate.pdf"
    evidence.write_bytes(b"%PDF-1.4 certificate " * 400)
    code, out, err = cli("attach", record_id, str(evidence))
    assert code == 0, err
    attachment_id = out.strip()
    code, out, _ = cli("attachments", record_id, "--json")
    [listed] = json.loads(out)
    assert set(listed) == {"id", "name", "size", "added"}
    assert (listed["id"], listed["name"], listed["size"]) == (
        attachment_id,
        "training-certificate.pdf",
        evidence.stat().st_size,
    )
    code, out, _ = cli("attachments", record_id)
    assert code == 0 and attachment_id in out and "training-certificate.pdf" in out
    saved = cli.tmp / "saved.pdf"
    assert cli("save-attachment", record_id, attachment_id, "--out", str(saved))[0] == 0
    assert saved.read_bytes() == evidence.read_bytes()
    code, _, err = cli("save-attachment", record_id, attachment_id, "--out", str(saved))
    assert code == 2 and "out:" in err and "already exists" in err
    assert cli("verify")[0] == 0
    with sqlite3.connect(cli.vault) as conn:
        blob = bytearray(conn.execute("SELECT data FROM attachments").fetchone()[0])
        blob[64] ^= 0x04
        conn.execute("UPDATE attachments SET data = ?", (bytes(blob),))
    conn.close()
    code, out, _ = cli("verify", "--json")
    assert code == 4
    problems = json.loads(out)["problems"]
    assert [(p["record_id"], p["kind"]) for p in problems] == [(record_id, "attachment_damaged")]
    # Its details still open, so it can be detached; that launders nothing.
    assert cli("detach", record_id, attachment_id)[0] == 0
    code, out, _ = cli("verify", "--json")
    assert code == 4
    assert (record_id, "attachment_damaged") in {
        (p["record_id"], p["kind"]) for p in json.loads(out)["problems"]
    }


def test_attach_refuses_a_missing_or_too_large_file_before_unlocking(cli):
    cli.init()
    record_id = cli.add(REFLECTION)
    before = cli.digest()
    big = cli.tmp / "scan.tiff"
    with open(big, "wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)
    code, _, err = cli("attach", record_id, str(big))
    assert code == 2 and "file:" in err and "scan.tiff" in err and "20 MB" in err
    code, _, err = cli("attach", record_id, str(cli.tmp / "absent.pdf"))
    assert code == 2 and "file:" in err
    code, _, err = cli("attach", "no-such-record", str(cli.passfile))
    assert code == 1 and "no record" in err
    assert cli.digest() == before


def test_detach_hides_the_file_and_keeps_it_until_the_trash_is_emptied(cli):
    cli.init()
    record_id = cli.add(REFLECTION)
    letter = cli.write("letter.txt", "thank you for the group")
    attachment_id = cli("attach", record_id, str(letter))[1].strip()
    code, _, err = cli("detach", record_id, attachment_id)
    assert code == 0 and "until the trash is emptied" in err
    assert json.loads(cli("attachments", record_id, "--json")[1]) == []
    code, _, err = cli("save-attachment", record_id, attachment_id, "--out", str(cli.tmp / "o"))
    assert code == 1 and "no attachment" in err
    with sqlite3.connect(cli.vault) as conn:
        assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
    conn.close()
    assert cli("empty-trash")[0] == 0
    with sqlite3.connect(cli.vault) as conn:
        assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    conn.close()
    assert cli("verify")[0] == 0
