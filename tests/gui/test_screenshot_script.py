"""docs/screenshots/make_screenshots.py still runs as the app changes: a main-window
section and a dialog are written, named <name>-<theme>-<size>.png, as palette PNGs
that are not blank, the text size making the dialog larger. No pixel comparisons."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journal_app.gui.widgets.sidebar import SECTIONS

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "screenshots" / "make_screenshots.py"


def run_script(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the script chooses its own offscreen screen
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=ROOT,
    )


# The script draws offscreen, which finds no fonts on Windows (see tests/conftest.py).
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="offscreen has no fonts there")


def colours_in(image: QImage) -> int:
    """How many different colours a sample of the picture's rows holds."""
    seen = set()
    for y in range(0, image.height(), max(1, image.height() // 40)):
        for x in range(0, image.width(), 3):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_a_section_and_a_dialog_are_written_in_both_text_sizes(tmp_path):
    done = run_script(
        "--out", str(tmp_path), "--only", "timeline", "--only", "unlock-wrong", "--theme", "dark"
    )
    assert done.returncode == 0, done.stderr
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [
        "timeline-dark-100.png",
        "timeline-dark-150.png",
        "unlock-wrong-dark-100.png",
        "unlock-wrong-dark-150.png",
    ]
    images = {name: QImage(str(tmp_path / name)) for name in names}
    for name, image in images.items():
        assert image.format() == QImage.Format.Format_Indexed8, name  # small on disk
        assert colours_in(image) > 8, name  # text and controls, not a blank area
    window = images["timeline-dark-100.png"]
    assert (window.width(), window.height()) >= (800, 500)
    assert window.width() <= 1920 and window.height() <= 1080  # it fits the screen
    small, large = images["unlock-wrong-dark-100.png"], images["unlock-wrong-dark-150.png"]
    assert large.height() > small.height()  # the larger text needs more room
    assert small.width() < window.width()  # the dialog, not the window behind it


def test_an_unknown_name_is_refused_with_the_list_to_choose_from(tmp_path):
    done = run_script("--out", str(tmp_path), "--only", "no-such-window")
    assert done.returncode == 2
    assert "no-such-window" in done.stderr and "--list" in done.stderr
    assert list(tmp_path.iterdir()) == []
    listed = run_script("--list")
    names = listed.stdout.split()
    for name in ("preferences", "pack", "first-run", "unlock", "unlock-wrong", "about"):
        assert name in names
    # Every section of the side bar has its picture, by its key.
    assert {key for key, *_rest in SECTIONS} <= set(names)
