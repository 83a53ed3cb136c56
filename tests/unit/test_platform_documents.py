"""PDFs made by the command line have their text on every platform: the windowless
Qt platform the export starts must bring the system's fonts (Windows' "offscreen"
reads only Qt's own, missing, font folder)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from pdf_text import pdf_text

from journal_app.export.qt_document import headless_platform


@pytest.mark.parametrize(
    ("platform", "plugin"),
    [("win32", "minimal:enable_fonts"), ("linux", "offscreen"), ("darwin", "offscreen")],
)
def test_the_windowless_platform_has_the_systems_fonts(platform, plugin):
    assert headless_platform(platform) == plugin


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from journal_app.export import qt_document  # loads Qt as this platform needs
    sys.platform = {platform!r}  # what _ensure_gui_app decides by, from here on
    from journal_app.export.document import Document, Paragraph
    from journal_app.export.formats import write_document
    doc = Document("Supervision pack", (), "Confidential", (Paragraph("Pdfbodyword café"),))
    write_document(doc, "pdf", Path(sys.argv[1]))
    import os
    from PySide6.QtGui import QFontDatabase
    print(os.environ["QT_QPA_PLATFORM"], len(QFontDatabase.families()))
    """
)


# This platform's own choice, and Windows' (minimal with fonts) wherever Qt can
# start it: fontconfig on Linux, Core Text on macOS, Windows' fonts on Windows.
@pytest.mark.parametrize("platform", sorted({sys.platform, "win32"}))
def test_a_cli_pdf_has_text_with_the_chosen_platform(tmp_path, monkeypatch, platform):
    """Runs the export's own start-up in a fresh process (no QGuiApplication yet),
    deciding as it would on `platform`; here both plugins use fontconfig, and on a
    Windows runner the same test proves Windows' font database."""
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    out = tmp_path / "pack.pdf"
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(platform=platform), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    plugin, families = done.stdout.split()
    assert plugin == headless_platform(platform)
    assert int(families) > 0, "Qt found no fonts"
    assert "Pdfbodyword café" in pdf_text(out)
