"""No journal text in the log, nor on the command line's stderr beyond what the worker
typed or asked for, on the paths issue 18 added: attachments (attach, list, save,
detach, and their failures: too large, unreadable, a damaged file), the worker's own
templates (made, renamed, deleted, used in `add`, a name that is not one), validation
errors of training, goals and the Wellness Action Plan, and the development record's
export. Every title, body, file name, template name, heading and prompt carries a
marker; the log is written at every level (tests/log_leaks.py)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from log_leaks import MARK, app_log, configure_every_level, logged, marker, marks_in
from test_cli import Cli

from journal_app import cli as cli_module
from journal_app.services import attachments as attachments_module
from journal_app.services.attachments import MAX_BYTES
from journal_app.services.changes import (
    DeleteTemplate,
    ExportDevelopmentRecord,
    SaveTemplate,
    apply,
)
from journal_app.services.development_record import DevelopmentOptions, build_development_record
from journal_app.services.journal import Journal

PASS = "correct horse battery staple"


@pytest.fixture
def log_folder(tmp_path, monkeypatch) -> Path:
    """The app's log in the test's folder, for in-process calls and every CLI run."""
    folder = tmp_path / "logs"
    with app_log(folder):
        monkeypatch.setattr(cli_module, "configure_logging", lambda: configure_every_level(folder))
        yield folder


class MarkedCli(Cli):
    """Runs psw-journal and keeps, for each run, what stderr said beyond the arguments
    the worker typed (a path or file name they gave may be said back to them)."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.beyond: dict[str, list[str]] = {}

    def __call__(self, *argv: str, **kwargs):
        code, out, err = super().__call__(*argv, **kwargs)
        typed = [a for a in argv if MARK in a]
        typed = sorted({*typed, *(Path(a).name for a in typed)}, key=len, reverse=True)
        found = marks_in(err, allowed=typed)
        if found:
            self.beyond[" ".join(argv)] = found
        return code, out, err


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch, log_folder) -> MarkedCli:
    return MarkedCli(tmp_path, capsys, monkeypatch)


def marked_reflection(what: str) -> dict:
    return {
        "type": "reflection",
        "date": "2026-11-02",
        "title": marker(f"{what}-title"),
        "tags": [marker(f"{what}-tag")],
        "share": "full",
        "fields": {"model": "free", "text": marker(f"{what}-body")},
    }


def assert_no_marks(folder: Path, cli: MarkedCli | None = None, *, expected: str) -> None:
    text = logged(folder)
    assert expected in text, f"the log lacks {expected!r}: the test is blind"
    assert marks_in(text) == [], "journal text in the log"
    if cli is not None:
        assert cli.beyond == {}, "journal text on stderr the worker did not ask for"


def test_attachments_and_their_failures_log_no_names_or_bytes(cli, tmp_path, monkeypatch):
    cli.init()
    entry = cli.add(marked_reflection("attach"))
    file = tmp_path / f"{marker('certificate')}.pdf"
    file.write_bytes(marker("file-bytes").encode() * 40)

    code, attachment, _err = cli("attach", entry, str(file))
    assert code == 0
    attachment = attachment.strip()
    code, out, _err = cli("attachments", entry)
    assert code == 0 and file.name in out  # asked for: the list names it
    code, out, _err = cli("attachments", entry, "--json")
    assert code == 0 and json.loads(out)[0]["name"] == file.name
    copy = tmp_path / f"{marker('copy')}.pdf"
    assert cli("save-attachment", entry, attachment, "--out", str(copy))[0] == 0
    assert copy.read_bytes() == file.read_bytes()
    assert cli("save-attachment", entry, attachment, "--out", str(copy))[0] != 0  # exists

    huge = tmp_path / f"{marker('huge-scan')}.tiff"
    with open(huge, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    assert cli("attach", entry, str(huge))[0] == 2
    folder = tmp_path / marker("a-folder")
    folder.mkdir()
    assert cli("attach", entry, str(folder))[0] != 0
    unreadable = tmp_path / f"{marker('locked')}.pdf"
    unreadable.write_bytes(b"locked away")

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    with monkeypatch.context() as patched:
        patched.setattr(attachments_module, "open", refuse, raising=False)
        code, _out, err = cli("attach", entry, str(unreadable))
    assert code != 0 and "cannot read" in err

    assert cli("detach", entry, attachment)[0] == 0
    assert cli("detach", entry, attachment)[0] != 0  # already off

    code, second, _err = cli("attach", entry, str(file))
    second = second.strip()
    with sqlite3.connect(cli.vault) as conn:  # one flipped byte in the sealed file
        blob = bytearray(
            conn.execute("SELECT data FROM attachments WHERE id = ?", (second,)).fetchone()[0]
        )
        blob[len(blob) // 2] ^= 0x01
        conn.execute("UPDATE attachments SET data = ? WHERE id = ?", (bytes(blob), second))
    damaged_out = tmp_path / f"{marker('damaged')}.pdf"
    assert cli("save-attachment", entry, second, "--out", str(damaged_out))[0] != 0
    assert not damaged_out.exists()
    code, out, _err = cli("verify")
    assert code != 0 and second in out
    assert_no_marks(tmp_path / "logs", cli, expected="attach failed")


TEMPLATE = [
    {"heading": marker("heading-one"), "prompt": marker("prompt-one")},
    {"heading": marker("heading-two"), "prompt": marker("prompt-two")},
]


def test_own_templates_made_used_renamed_deleted_and_misnamed(cli, log_folder):
    cli.init()
    journal = Journal.open(cli.vault, PASS)
    try:
        apply(journal, SaveTemplate(None, marker("debrief"), TEMPLATE))
        apply(journal, SaveTemplate(marker("debrief"), marker("group-debrief"), TEMPLATE))
        apply(journal, SaveTemplate(None, marker("spare"), TEMPLATE[:1]))
        apply(journal, DeleteTemplate(marker("spare")))
        with pytest.raises(Exception, match="already"):  # a name taken: refused
            apply(journal, SaveTemplate(None, marker("GROUP-debrief"), TEMPLATE))
    finally:
        journal.lock()

    written = {
        **marked_reflection("custom"),
        "fields": {
            "model": "custom",
            "template": marker("group-debrief"),
            "sections": [
                {"heading": h["heading"], "text": marker("section-text")} for h in TEMPLATE
            ],
        },
    }
    cli.add(written)
    wrong = {**written, "fields": {**written["fields"], "template": marker("no-such-template")}}
    code, _out, err = cli("add", "--json", "-", stdin=json.dumps(wrong))
    assert code == 2 and "fields.template" in err
    # The error says back the name typed and names the templates there are, to choose
    # from: their names only, never the worker's headings, prompts or entries.
    said = marks_in(err, allowed=[marker("no-such-template"), marker("group-debrief")])
    assert said == [] and marker("group-debrief") in err
    cli.beyond.clear()
    assert_no_marks(log_folder, cli, expected="add failed")


BAD_GROWTH_RECORDS = [
    ("training", {"kind": "course", "hours": marker("hours"), "learning": marker("learnt")}),
    ("training", {"kind": marker("kind"), "hours": 3}),
    ("training", {"provider": ["not", marker("text")]}),
    ("goal", {"status": marker("status"), "steps": marker("steps")}),
    ("goal", {"target_date": marker("target"), "progress": marker("progress")}),
    ("goal", {"competences": [marker("area")]}),
    ("wellness_plan", {"review_date": marker("review"), "triggers": marker("triggers")}),
    ("wellness_plan", {"early_signs": {"a": marker("signs")}}),
]


@pytest.mark.parametrize(("kind", "fields"), BAD_GROWTH_RECORDS)
def test_a_bad_growth_field_is_named_without_its_text(cli, log_folder, kind, fields):
    cli.init()
    good = cli.add({"type": kind, "date": "2026-10-01", "title": marker("good-title")})
    bad = {"type": kind, "date": "2026-10-02", "title": marker("title"), "fields": fields}
    code, _out, err = cli("add", "--json", "-", stdin=json.dumps(bad))
    assert code == 2 and "fields." in err
    code, _out, err = cli("edit", good, "--json", "-", stdin=json.dumps({"fields": fields}))
    assert code == 2 and "fields." in err
    assert_no_marks(log_folder, cli, expected="edit failed")


def test_a_second_wellness_action_plan_is_refused_without_the_first_ones_words(cli, log_folder):
    cli.init()
    plan = {"type": "wellness_plan", "date": "2026-10-01", "title": marker("my-plan"),
            "fields": {"keeps_me_well": marker("walks")}}  # fmt: skip
    cli.add(plan)
    code, _out, err = cli("add", "--json", "-", stdin=json.dumps({**plan, "title": "Another"}))
    assert code == 2 and marks_in(err) == []
    assert_no_marks(log_folder, cli, expected="add failed")


@pytest.mark.parametrize("fmt", ["pdf", "odt", "html", "md"])
def test_the_development_record_export_logs_no_entry_text(qapp, journal, log_folder, tmp_path, fmt):
    journal.add({"type": "training", "date": "2026-03-02", "title": marker("course"),
                 "share": "full", "fields": {"kind": "course", "hours": 6,
                                             "provider": marker("provider"),
                                             "learning": marker("learning")}})  # fmt: skip
    journal.add({"type": "goal", "date": "2026-04-01", "title": marker("goal"),
                 "share": "summary", "shared_summary": marker("goal-summary"),
                 "fields": {"status": "active", "steps": marker("steps")}})  # fmt: skip
    options = DevelopmentOptions(
        date(2026, 1, 1), date(2026, 12, 31), worker=marker("worker"), recipient=marker("panel")
    )
    built = build_development_record(journal.records(), journal.vocabulary, options)
    out = tmp_path / f"{marker('record')}.{fmt}"
    apply(journal, ExportDevelopmentRecord(built, fmt, out))
    assert out.stat().st_size > 0
    if fmt in ("html", "md"):
        assert MARK in out.read_text("utf-8")  # the marked text was in the record
    assert_no_marks(log_folder, expected="development record written")
