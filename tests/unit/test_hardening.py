"""Findings of the adversarial review (issue: hardening), each with the test that
failed before its fix."""

from __future__ import annotations

import io
import sys

import pytest

from journal_app.services.passphrase import assess, require_acceptable

# --- 3. passphrases over 72 characters crashed ----------------------------------------


@pytest.mark.parametrize("length", [72, 73, 100, 500])
def test_a_passphrase_over_72_characters_is_scored_not_a_crash(length):
    words = "quiet harbour lantern meadow violet thunder copper orchard "
    long_one = (words * 10)[:length]
    strength = assess(long_one)
    assert strength.acceptable
    require_acceptable(long_one)  # no ValueError from zxcvbn


def test_a_long_weak_passphrase_is_still_refused():
    assert not assess("a" * 200).acceptable


def test_the_strength_meter_takes_a_long_passphrase(qtbot):
    from journal_app.gui.widgets.strength_meter import NewPassphraseFields

    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.passphrase.setText("quiet harbour lantern meadow " * 6)  # 174 characters
    fields.confirmation.setText(fields.passphrase.text())
    assert fields.ready()


# --- 12. Ctrl+D at the passphrase prompt was "unexpected error EOFError" --------------


def test_ctrl_d_at_the_passphrase_prompt_ends_cleanly(journal, vault_path, capsys, monkeypatch):
    import getpass

    from journal_app.cli import run

    journal.lock()

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def end_of_input(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", end_of_input)
    code = run(["--vault", str(vault_path), "list"])
    err = capsys.readouterr().err
    assert code == 2
    assert "no passphrase was typed" in err and "unexpected" not in err
