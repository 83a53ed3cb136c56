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


# --- 6. a KDF header that cannot be opened in practice ---------------------------------


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [(4 * 1024 * 1024, 3, 4), (65536, 1000, 4), (65536, 3, 64), (1024 * 1024 + 1, 3, 4)],
)
def test_a_kdf_too_costly_to_open_is_refused_with_words(memory, iterations, lanes):
    from journal_app.errors import WeakKdfParameters
    from journal_app.vault.crypto import KdfParams

    with pytest.raises(WeakKdfParameters) as caught:
        KdfParams(memory, iterations, lanes).check()
    assert "far too high" in caught.value.message and "recovery key" in caught.value.message


def test_the_recovery_key_resets_a_kdf_too_costly_to_open(vault_path, monkeypatch):
    import sqlite3

    from conftest import FAST_KDF, PASSPHRASE

    from journal_app.errors import WeakKdfParameters
    from journal_app.services.journal import Journal, reset_passphrase_with_recovery_key
    from journal_app.vault import crypto

    journal, key = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    journal.add({"type": "checkin", "date": "2026-11-02"})
    journal.lock()
    conn = sqlite3.connect(vault_path)
    conn.execute("UPDATE vault_header SET kdf_memory_kib = ?, kdf_iterations = 1000", (4 << 20,))
    conn.commit()
    conn.close()
    with pytest.raises(WeakKdfParameters):
        Journal.open(vault_path, PASSPHRASE)
    monkeypatch.setattr(crypto, "calibrate", lambda: FAST_KDF)  # measured settings
    reset_passphrase_with_recovery_key(vault_path, key, "a brand new passphrase for this")
    again = Journal.open(vault_path, "a brand new passphrase for this")
    assert len(again) == 1 and again.store.header.kdf == FAST_KDF
    again.lock()
