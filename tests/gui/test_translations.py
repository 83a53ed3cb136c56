"""Translations: the catalogue is generated from the code and kept up to date by
tools/update_translations.py, and the app loads a compiled translation for the
system's language."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.gui.app import install_translation
from journal_app.gui.main_menus import MenusMixin

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "update_translations.py"
SOURCE = ROOT / "resources" / "translations" / "psw_journal_en_GB.ts"


def test_the_catalogue_holds_every_string_in_the_code():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "<source>&amp;Version history…</source>" in SOURCE.read_text("utf-8")


def welsh_catalogue(folder: Path) -> Path:
    """A Welsh translation of two strings, compiled with lrelease as the script does."""
    text = SOURCE.read_text("utf-8").replace('language="en_GB"', 'language="cy"', 1)
    for english, welsh in (("&amp;File", "&amp;Ffeil"), ("&amp;Edit", "&amp;Golygu")):
        text = re.sub(
            rf"(<source>{re.escape(english)}</source>\s*)<translation[^>]*>[^<]*</translation>",
            rf"\g<1><translation>{welsh}</translation>",
            text,
        )
    catalogue = folder / "psw_journal_cy.ts"
    catalogue.write_text(text, "utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = folder / "psw_journal_cy.qm"
    subprocess.run([str(lrelease), str(catalogue), "-qm", str(qm)], check=True, timeout=120)
    return qm


def test_the_app_loads_the_translation_for_the_system_language(tmp_path, qapp):
    welsh_catalogue(tmp_path)
    app = QApplication.instance()
    assert install_translation(app, QLocale(QLocale.Language.English), str(tmp_path)) is None
    translator = install_translation(app, QLocale(QLocale.Language.Welsh), str(tmp_path))
    assert translator is not None
    # The main window's menus are built in its MenusMixin (gui/main_menus.py): lupdate
    # files them under that class, and PySide's tr() looks along MainWindow's bases.
    try:
        assert QCoreApplication.translate("MenusMixin", "&File") == "&Ffeil"
        assert QCoreApplication.translate("MenusMixin", "&Edit") == "&Golygu"
        assert QCoreApplication.translate("MenusMixin", "&View") == "&View"  # untranslated
        window = type("Window", (MenusMixin, QWidget), {})()
        assert window.tr("&File") == "&Ffeil"  # what the window's own menus call
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("MenusMixin", "&File") == "&File"


def test_the_shipped_folder_is_where_the_app_looks(qapp):
    from importlib import resources

    folder = Path(str(resources.files("journal_app.resources").joinpath("translations")))
    assert (folder / "psw_journal_en_GB.ts").is_file()
    # No English .qm ships (the text is English already), so nothing is installed.
    assert install_translation(QApplication.instance(), QLocale("en_GB")) is None


def test_every_string_sits_under_the_context_the_app_looks_it_up_in():
    """lupdate files `tr = self.tr; tr("…")` or `other.tr("…")` under an empty or a
    wrong context, where a translation would never be found."""
    names = set(re.findall(r"<name>(.*?)</name>", SOURCE.read_text("utf-8")))
    assert "" not in names
    assert not names & {"dialog", "self", "box", "widget"}, names  # a variable, not a class
