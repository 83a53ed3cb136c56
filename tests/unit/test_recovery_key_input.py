"""What a recovery key may be typed with (docs/FORMAT.md section 5.2, issue 21 point 4):
ASCII letters and digits, and spaces, tabs, line ends and dashes between them. Any
other character, a dotless 'ı' or a full-width 'Ａ' included, is refused by its
position, never mapped to an ASCII letter (Python's upper() makes 'ı' an 'I')."""

from __future__ import annotations

import pytest

from journal_app.cli import run
from journal_app.errors import WrongRecoveryKey
from journal_app.services.journal import Journal
from journal_app.vault.crypto import (
    format_recovery_key,
    parse_recovery_key,
    unexpected_recovery_character,
)

RAW = bytes(range(25))
KEY = format_recovery_key(RAW)  # AAAQE-AYEAU-DAOCA-JBIFQ-YHBAK-BMFQ4-DQMRY-HSAJC (has I)


@pytest.mark.parametrize(
    "typed",
    [
        KEY.replace("-", "\u2013"),  # en dashes, as a word processor writes them
        KEY.replace("-", "\u00a0"),  # no-break spaces, as a web page copies them
        KEY.replace("-", "\t") + "\r",
        " " + KEY.replace("-", " \u2212 ") + "\n",
    ],
)
def test_the_separators_are_forgiven(typed):
    assert unexpected_recovery_character(typed) is None
    assert parse_recovery_key(typed) == RAW


@pytest.mark.parametrize(
    ("typed", "position", "character"),
    [
        (KEY.replace("I", "\u0131", 1), KEY.index("I") + 1, "\u0131"),  # dotless i
        (KEY.lower().replace("i", "\u0130", 1), KEY.index("I") + 1, "\u0130"),  # dotted I
        ("\uff21" + KEY[1:], 1, "\uff21"),  # full-width A
        (KEY[:-1] + "\u0664", len(KEY), "\u0664"),  # Arabic-Indic digit four
        (KEY.replace("-", "_", 1), 6, "_"),
        (KEY.replace("-", ".", 1), 6, "."),
        ("\u00e0" + KEY[1:], 1, "\u00e0"),
    ],
)
def test_any_other_character_is_refused_by_its_position(typed, position, character):
    assert unexpected_recovery_character(typed) == (position, character)
    assert parse_recovery_key(typed) is None


def test_a_dotless_i_is_not_taken_for_an_i(journal, vault_path):
    """It used to be: 'ı'.upper() == 'I' and 'ı'.isalnum()."""
    key = journal.recovery_key  # random: it may hold no I, then the first letter goes
    at = key.index("I") if "I" in key else 0
    typed = key[:at] + "\u0131" + key[at + 1 :]
    journal.lock()
    with pytest.raises(WrongRecoveryKey) as refused:
        Journal.open_with_recovery_key(vault_path, typed)
    message = str(refused.value)
    assert f"character {at + 1}" in message and "U+0131" in message
    assert "letters A to Z" in message
    Journal.open_with_recovery_key(vault_path, key.lower().replace("-", " ")).lock()


def test_the_command_line_names_the_character_and_changes_nothing(
    journal, vault_path, tmp_path, capsys
):
    key = journal.recovery_key
    journal.lock()
    before = vault_path.read_bytes()
    keyfile = tmp_path / "key.txt"
    keyfile.write_text("\uff29" + key[1:] + "\n", encoding="utf-8")  # full-width first letter
    new = tmp_path / "new.txt"
    new.write_text("a completely different passphrase\n", encoding="utf-8")
    argv = ["--vault", str(vault_path), "recover", "--recovery-key-file", str(keyfile)]
    code = run([*argv, "--new-passphrase-file", str(new)])
    err = capsys.readouterr().err
    assert code == 3
    assert "character 1, 'Ｉ' (U+FF29)" in err and "Traceback" not in err
    assert vault_path.read_bytes() == before
