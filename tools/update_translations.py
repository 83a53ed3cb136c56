"""Refresh the Qt Linguist catalogues from the code, and compile the translations.

From the repository root, with the project's venv:

    python tools/update_translations.py          # update every .ts, compile each to .qm
    python tools/update_translations.py --check  # exit 1 if a catalogue is out of date

`resources/translations/psw_journal_en_GB.ts` is the source catalogue (the app is
written in UK English). A translation is a copy named for its language, such as
`psw_journal_cy.ts` for Welsh, translated in Qt Linguist; this script keeps it in step
with the code and compiles it to `psw_journal_cy.qm`, which the app loads when the
system's language is Welsh (journal_app/gui/app.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCE = FOLDER / "psw_journal_en_GB.ts"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the venv running this script."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "journal_app" / "gui").rglob("*.py"))


def lupdate(catalogue: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *gui_sources(),
            "-no-obsolete",
            "-source-language",
            "en_GB",
            "-ts",
            str(catalogue),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(catalogue: Path, out: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(catalogue), "-qm", str(out)],
        check=True,
        capture_output=True,
    )


def catalogues() -> list[Path]:
    return sorted(FOLDER.glob("psw_journal_*.ts"))


def _strings(catalogue: Path) -> list[str]:
    """The catalogue without its <location> lines: a line moved in the code does not
    make it out of date, a string added, changed or removed does."""
    lines = catalogue.read_text("utf-8").splitlines()
    return [line for line in lines if not line.strip().startswith("<location ")]


def check() -> int:
    """1 if running the update would change a catalogue's strings."""
    stale = []
    for catalogue in catalogues():
        # Beside the original: lupdate writes source paths relative to the catalogue.
        with tempfile.NamedTemporaryFile(dir=FOLDER, prefix=".check-", suffix=".ts") as tmp:
            copy = Path(tmp.name)
            shutil.copyfile(catalogue, copy)
            lupdate(copy)
            if _strings(copy) != _strings(catalogue):
                stale.append(catalogue.name)
    for name in stale:
        print(f"{name} is out of date: run python tools/update_translations.py", file=sys.stderr)
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale catalogues")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    for catalogue in catalogues():
        lupdate(catalogue)
        if catalogue != SOURCE:
            lrelease(catalogue, catalogue.with_suffix(".qm"))
        print(f"updated {catalogue.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
