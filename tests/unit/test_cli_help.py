"""The command line explains itself (issue 17): every command, option and argument has
help text, dates say their form, and `delete` says where a record goes."""

from __future__ import annotations

import argparse

from journal_app.cli import build_parser


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no commands")


def test_every_option_and_argument_of_every_command_says_what_it_is():
    parser = build_parser()
    silent = []
    for name, command in _commands(parser).items():
        assert command.description, name
        for action in command._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if not action.help or action.help == argparse.SUPPRESS:
                silent.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert silent == []


def test_dates_name_their_form_and_delete_names_the_trash():
    commands = _commands(build_parser())
    for name in ("list", "export"):
        helps = {a.dest: a.help for a in commands[name]._actions}
        assert "YYYY-MM-DD" in helps["date_from"] and "YYYY-MM-DD" in helps["date_to"]
    assert "trash" in commands["delete"].description
    assert "NOT encrypted" in commands["export"].format_help()


def test_the_global_options_and_the_command_say_what_they_are():
    parser = build_parser()
    silent = [
        "/".join(a.option_strings) or a.dest
        for a in parser._actions
        if not a.help or a.help == argparse.SUPPRESS
    ]
    assert silent == []
    assert "restore-record" in parser.format_help()  # the commands listed, each with help


def test_delete_says_where_the_record_went_and_how_to_bring_it_back(tmp_path, capsys):
    from journal_app.cli import run
    from journal_app.services.journal import Journal
    from tests.conftest import FAST_KDF, PASSPHRASE

    vault = tmp_path / "journal.pswvault"
    journal, _ = Journal.create(vault, PASSPHRASE, FAST_KDF)
    record_id = journal.add({"type": "checkin", "date": "2025-01-01"}).id
    journal.lock()
    passfile = tmp_path / "passphrase.txt"
    passfile.write_text(PASSPHRASE)
    code = run(["--vault", str(vault), "--passphrase-file", str(passfile), "delete", record_id])
    err = capsys.readouterr().err
    assert code == 0
    assert f"moved {record_id} to the trash, where it is kept for 30 days" in err
    assert f"psw-journal restore-record {record_id}" in err and "empty-trash" in err
