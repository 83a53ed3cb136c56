"""README.md points only at files the repository holds (issue 17: it linked to brief
files that are not in it): every path it names with a folder in it exists, and none
leads outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# `folder/file.ext` in backticks or a Markdown link target: a path with a folder in it.
PATH = re.compile(r"[`(]((?:\.\./|\./)?[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+\.[a-z]{1,4})[`)]")


def named_paths(text: str) -> set[str]:
    return {match for match in PATH.findall(text) if not match.startswith("./")}


def test_every_path_the_readme_names_is_in_the_repository():
    names = named_paths((ROOT / "README.md").read_text("utf-8"))
    assert "docs/FORMAT.md" in names  # the scan finds what is there
    outside = sorted(n for n in names if n.startswith("../"))
    missing = sorted(
        n for n in names - set(outside) if not any(base.joinpath(n).exists() for base in _bases())
    )
    assert outside == [] and missing == []


def _bases() -> list[Path]:
    # The README names some modules from inside journal_app/ (services/changes.py).
    return [ROOT, ROOT / "journal_app"]


def test_the_scan_sees_a_path_outside_and_a_missing_one():
    names = named_paths("see `../shared/brief/STYLE.md` and [x](docs/NOPE.md), `a.md`")
    assert names == {"../shared/brief/STYLE.md", "docs/NOPE.md"}
