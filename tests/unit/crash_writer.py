"""The process test_crash.py kills: it opens a vault and writes until SIGKILL arrives.

    python crash_writer.py saves VAULT PASSPHRASE SEED FIRST_SEQ
    python crash_writer.py passphrase VAULT CURRENT_PASSPHRASE OTHER_PASSPHRASE

It prints ``ready`` once the vault is open, then one line per write, flushed only
after the write has returned, so every line the test reads is a promise that the
write is on disk:

    saved <record id> <revision> <seq>
    passphrase <0|1>          (0: CURRENT_PASSPHRASE now opens it, 1: OTHER)

Each save writes the content `content_for(seq)`, so the test can tell from a
record alone which save it came from and whether it arrived whole.
"""

from __future__ import annotations

import random
import string
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from journal_app.services.journal import Journal

# Bounds the journal's size so that reopening stays quick however long a round runs.
MAX_RECORDS = 40
_ALPHABET = string.ascii_letters + string.digits + "      éßø€你好"


def content_for(seq: int) -> dict[str, Any]:
    """Record JSON (without `type`) written by save number `seq`; a few KB of body
    so that a kill often lands in the middle of a write."""
    rng = random.Random(seq)
    body = "".join(rng.choices(_ALPHABET, k=rng.randint(500, 20_000)))
    return {
        "date": (date(2020, 1, 1) + timedelta(days=seq % 2000)).isoformat(),
        "title": f"save {seq}",
        "tags": [f"tag-{seq % 7}"],
        "fields": {"text": f"seq={seq};{body}", "mood_after": seq % 10 + 1},
    }


def seq_of(title: str) -> int:
    return int(title.removeprefix("save "))


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_saves(path: Path, passphrase: str, seed: int, first_seq: int) -> None:
    journal = Journal.open(path, passphrase)
    rng = random.Random(seed)
    ids = sorted(r.id for r in journal.records())
    _say("ready")
    seq = first_seq
    while True:
        seq += 1
        content = content_for(seq)
        if ids and (len(ids) >= MAX_RECORDS or rng.random() < 0.7):
            record_id = rng.choice(ids)
            journal.edit(record_id, content)
        else:
            record_id = journal.add({"type": "reflection", **content}).id
            ids.append(record_id)
        revision, _ = journal.store.get(record_id)
        _say(f"saved {record_id} {revision} {seq}")


def run_passphrase_changes(path: Path, current: str, other: str) -> None:
    journal = Journal.open(path, current)
    passphrases = (current, other)
    _say("ready")
    now = 0
    while True:
        now = 1 - now
        journal.change_passphrase(passphrases[now])
        _say(f"passphrase {now}")


def main(argv: list[str]) -> None:
    mode, path = argv[0], Path(argv[1])
    if mode == "saves":
        run_saves(path, argv[2], int(argv[3]), int(argv[4]))
    elif mode == "passphrase":
        run_passphrase_changes(path, argv[2], argv[3])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
