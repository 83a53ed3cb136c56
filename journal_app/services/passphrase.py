"""Passphrase strength (zxcvbn) and generated word passphrases."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import cache

from zxcvbn import zxcvbn

from journal_app.errors import WeakPassphrase

MIN_LENGTH = 12
MIN_SCORE = 3
# zxcvbn refuses more than 72 characters (ValueError) and slows sharply before that:
# only the start is scored; a passphrase itself may be any length.
_SCORED_PREFIX = 72


@dataclass(frozen=True)
class Strength:
    score: int  # zxcvbn's 0..4
    acceptable: bool
    advice: str


def assess(passphrase: str) -> Strength:
    """Acceptable: zxcvbn score 3 or more, or at least 12 characters that are not a
    trivially guessable pattern (score 2 or more). Twelve repeated letters are refused."""
    if not passphrase:
        return Strength(0, False, "Type a passphrase.")
    result = zxcvbn(passphrase[:_SCORED_PREFIX])
    score = int(result["score"])
    acceptable = score >= MIN_SCORE or (len(passphrase) >= MIN_LENGTH and score >= 2)
    feedback = result.get("feedback") or {}
    advice = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    if not acceptable and not advice:
        advice = f"Use at least {MIN_LENGTH} characters, for example four or more unrelated words."
    return Strength(score, acceptable, advice)


def require_acceptable(passphrase: str, field: str = "passphrase") -> None:
    strength = assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(
            f"{field} is too weak: {strength.advice or 'choose a longer one'} "
            f"(at least {MIN_LENGTH} characters, or a generated word passphrase)"
        )


@cache
def _words() -> tuple[str, ...]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    common = FREQUENCY_LISTS["english_wikipedia"][:12000]
    return tuple(sorted({w for w in common if w.isascii() and w.isalpha() and 4 <= len(w) <= 8}))


def generate_passphrase(words: int = 6) -> str:
    """Random common words joined by hyphens (about 13 bits each; 6 words ~ 78 bits)."""
    pool = _words()
    return "-".join(secrets.choice(pool) for _ in range(words))
