"""One version source: journal_app.__version__, read by the packaging metadata, the
command line's --version and the About dialog."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

from journal_app import __version__
from journal_app.cli import run

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_metadata_reads_the_version_from_the_code():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "journal_app.__version__"
    }
    assert importlib.metadata.version("psw-journal") == __version__


def test_version_option_prints_it(capsys):
    try:
        run(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert capsys.readouterr().out.strip() == f"psw-journal {__version__}"
