"""Make the spell checker's word lists in resources/spelling/ from SCOWL's lists.

From the repository root (Debian or Ubuntu; the two packages are SCOWL's British and
American size-50 lists):

    apt-get download wbritish wamerican
    for f in wbritish_*.deb wamerican_*.deb; do dpkg-deb -x "$f" scowl; done
    python tools/make_spelling_lists.py scowl/usr/share/dict

It writes resources/spelling/en_GB-ise.txt (the British list without possessive
forms, which the checker derives) and resources/spelling/us-to-uk.txt (each American
spelling that the British list lacks, with the British forms found for it by the
usual changes: -ize to -ise, -or to -our, -er to -re, a doubled l, and so on).
SCOWL's licence (SCOWL-COPYRIGHT.txt) asks that changes be marked: the headers say
what was changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "spelling"

BRITISH_HEADER = """\
# British English word list (-ise spellings): SCOWL size 50 as Debian's wbritish
# 2020.12.07 packages it (/usr/share/dict/british-english). Modified: the possessive
# forms ('s) are left out (the checker accepts a word's possessive when it accepts the
# word) and these comment lines added. SCOWL is Copyright 2000-2011 by Kevin Atkinson
# and others; its licence and notices are in SCOWL-COPYRIGHT.txt beside this file.
"""

PAIRS_HEADER = """\
# American spellings and their British forms, one a line: the American word, a tab,
# and the British forms (comma-separated). Made by tools/make_spelling_lists.py from
# SCOWL's American and British size-50 lists (Debian's wamerican and wbritish
# 2020.12.07): each American word the British list lacks, changed by the usual rules
# (-ize to -ise, -or to -our, -er to -re, a doubled l, ...) into words the British
# list has. SCOWL's licence and notices: SCOWL-COPYRIGHT.txt beside this file.
"""

# One change at a time, at each place it fits; at most two changes make a British form.
CHANGES = (
    ("iz", "is"),
    ("yz", "ys"),
    ("or", "our"),
    ("er", "re"),
    ("er", "r"),
    ("ense", "ence"),
    ("og", "ogue"),
    ("og", "ogu"),
    ("e", "ae"),
    ("e", "oe"),
    ("l", "ll"),
    ("ll", "l"),
    ("dgm", "dgem"),
    ("ag", "age"),
    ("ow", "ough"),
    ("am", "amme"),
    ("se", "ce"),
    ("ction", "xion"),
    ("y", "i"),
    ("a", "e"),
    ("f", "ph"),
    ("sk", "sc"),
    ("aft", "aught"),
    ("z", "s"),
    ("oove", "ove"),
    ("able", "eable"),
)


def _words(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as fh:
        return {w.strip() for w in fh if w.strip() and not w.strip().endswith("'s")}


def _changed(word: str) -> set[str]:
    out = set()
    for old, new in CHANGES:
        at = word.find(old)
        while at >= 0:
            out.add(word[:at] + new + word[at + len(old) :])
            at = word.find(old, at + 1)
    return out


def british_forms(word: str, british: set[str]) -> list[str]:
    """The British words one change, or else two, make of the American `word`."""
    once = _changed(word)
    found = sorted(w for w in once if w in british)
    if not found:
        twice = set().union(*(_changed(w) for w in once)) if once else set()
        found = sorted(w for w in twice if w in british)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dict_folder", type=Path, help="holds british-english, american-english")
    args = parser.parse_args()
    british_lines = (args.dict_folder / "british-english").read_text("utf-8").splitlines()
    british = [w for w in british_lines if w and not w.endswith("'s")]
    (OUT / "en_GB-ise.txt").write_text(BRITISH_HEADER + "\n".join(british) + "\n", "utf-8")
    british_set = set(british)
    american = _words(args.dict_folder / "american-english")
    pairs = []
    for word in sorted(american - british_set):
        forms = british_forms(word, british_set)
        if forms:
            pairs.append(f"{word}\t{','.join(forms)}")
    (OUT / "us-to-uk.txt").write_text(PAIRS_HEADER + "\n".join(pairs) + "\n", "utf-8")
    print(f"{len(british)} British words, {len(pairs)} American spellings with a British form")


if __name__ == "__main__":
    main()
