"""`list -n N` / `--limit N` and `search TEXT -n N` (issue 19): the newest N after the
filters, as text or JSON; anything but a whole number of 1 or more is bad usage (exit
2, a message naming -n/--limit and nothing on standard output). The services pick the
newest N without sorting or formatting the rest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal_app.cli import run
from journal_app.services.journal import Journal, RecordFilter
from tests.conftest import FAST_KDF, PASSPHRASE

# Twelve entries over twelve days: odd days are check-ins, even days reflections;
# every reflection mentions the allotment.
DAYS = [f"2025-04-{day:02d}" for day in range(1, 13)]


def _entry(day: str, n: int) -> dict:
    if n % 2:
        return {"type": "checkin", "date": day, "title": f"Check-in {n}", "fields": {"mood": 5}}
    return {
        "type": "reflection",
        "date": day,
        "title": f"Reflection {n}",
        "tags": ["garden"],
        "fields": {"model": "free", "text": f"At the allotment, day {n}."},
    }


@pytest.fixture
def cli(tmp_path: Path, capsys):
    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    ids = [journal.add(_entry(day, n)).id for n, day in enumerate(DAYS, start=1)]
    journal.lock()
    passfile = tmp_path / "passphrase.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def call(*argv: str) -> tuple[int, str, str]:
        try:
            code = run(["--vault", str(vault), "--passphrase-file", str(passfile), *argv])
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    call.ids = ids  # oldest first
    return call


def _json_ids(cli, *argv: str) -> list[str]:
    code, out, err = cli(*argv, "--json")
    assert code == 0, err
    return [r["id"] for r in json.loads(out)]


def test_list_n_prints_the_newest_n(cli):
    newest_first = cli.ids[::-1]
    assert _json_ids(cli, "list", "-n", "3") == newest_first[:3]
    assert _json_ids(cli, "list", "--limit", "5") == newest_first[:5]
    assert _json_ids(cli, "list", "--limit=1") == newest_first[:1]
    assert _json_ids(cli, "list", "-n", "100") == newest_first  # more than there are
    code, out, _ = cli("list", "-n", "2")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4  # two entries, each with its id on the line under it
    assert lines[0].startswith("2025-04-12") and "Reflection 12" in lines[0]
    assert lines[1].strip() == cli.ids[-1]
    assert lines[2].startswith("2025-04-11") and "Check-in 11" in lines[2]


def test_list_n_applies_after_the_filters(cli):
    reflections = [i for n, i in enumerate(cli.ids, start=1) if n % 2 == 0][::-1]
    assert _json_ids(cli, "list", "--type", "reflection", "-n", "2") == reflections[:2]
    assert _json_ids(cli, "list", "--tag", "garden", "--to", "2025-04-07", "-n", "2") == (
        [cli.ids[5], cli.ids[3]]  # reflections of 6 and 4 April
    )
    assert _json_ids(cli, "list", "--from", "2025-04-11", "-n", "5") == [cli.ids[11], cli.ids[10]]


def test_search_n_prints_the_newest_n_hits(cli):
    hits = [i for n, i in enumerate(cli.ids, start=1) if n % 2 == 0][::-1]
    assert _json_ids(cli, "search", "allotment") == hits
    assert _json_ids(cli, "search", "allotment", "-n", "2") == hits[:2]
    assert _json_ids(cli, "search", "allot", "--limit", "4") == hits[:4]
    code, out, _ = cli("search", "allotment", "-n", "1")
    assert code == 0 and out.splitlines() == [
        out.splitlines()[0],
        " " * 12 + hits[0],
    ]
    assert "Reflection 12" in out


@pytest.mark.parametrize("command", [["list"], ["search", "allotment"]])
@pytest.mark.parametrize(
    "value", ["0", "-1", "-5", "1.5", "ten", "", " 3", "3 ", "1_0", "+3", "\u0663", "1e3"]
)
@pytest.mark.parametrize("option", ["-n", "--limit"])
def test_a_limit_that_is_not_a_whole_number_from_1_is_bad_usage(cli, command, option, value):
    code, out, err = cli(*command, option, value, "--json")
    assert code == 2
    assert out == ""
    assert "-n/--limit" in err
    assert "whole number" in err and "Traceback" not in err


@pytest.mark.parametrize("command", [["list"], ["search", "allotment"]])
def test_a_missing_limit_is_bad_usage_naming_the_option(cli, command):
    code, out, err = cli(*command, "-n")
    assert code == 2 and out == "" and "-n/--limit" in err


def test_the_help_describes_the_limit(cli, capsys):
    for command in (["list"], ["search"]):
        with pytest.raises(SystemExit):
            run([*command, "--help"])
        out = capsys.readouterr().out
        assert "-n N, --limit N" in out
        assert "newest" in out.split("-n N, --limit N", 1)[1]


# --- the services: the newest N without sorting every record ----------------------------


def test_records_and_search_take_a_limit(tmp_path: Path):
    journal, _ = Journal.create(tmp_path / "v.pswvault", PASSPHRASE, FAST_KDF)
    try:
        ids = [journal.add(_entry(day, n)).id for n, day in enumerate(DAYS, start=1)]
        newest_first = ids[::-1]
        assert [r.id for r in journal.records(limit=4)] == newest_first[:4]
        assert [r.id for r in journal.records(RecordFilter(tag="garden"), limit=2)] == [
            ids[11],
            ids[9],
        ]
        assert [r.id for r in journal.records(limit=50)] == newest_first
        assert [r.id for r in journal.search("allotment", limit=3)] == [ids[11], ids[9], ids[7]]
        # The same once the index is built (the app's case).
        journal.start_indexing()
        assert [r.id for r in journal.search("allotment", limit=3)] == [ids[11], ids[9], ids[7]]
    finally:
        journal.lock()


def test_only_the_entries_shown_are_formatted(cli, monkeypatch):
    """Every record is decrypted at the unlock (dates are encrypted, and the unlock
    checks every record), but only the N shown are turned into text or JSON."""
    from journal_app import cli_records
    from journal_app.domain.records import Record

    rows: list[str] = []
    real_row = cli_records.format_row
    monkeypatch.setattr(cli_records, "format_row", lambda r: rows.append(r.id) or real_row(r))
    assert cli("list", "-n", "3")[0] == 0
    assert cli("search", "allotment", "-n", "2")[0] == 0
    assert len(rows) == 5

    dicts: list[str] = []
    real_to_dict = Record.to_dict
    monkeypatch.setattr(Record, "to_dict", lambda r: dicts.append(r.id) or real_to_dict(r))
    assert len(_json_ids(cli, "list", "-n", "3")) == 3
    assert len(_json_ids(cli, "search", "allotment", "--limit", "2")) == 2
    assert len(dicts) == 5
