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
