"""The window icon and desktop id that run_app gives the application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from journal_app.gui.app import APP_ID, app_icon, set_app_identity

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LINUX = Path(__file__).resolve().parents[2] / "resources" / "linux"


def test_app_icon_loads_at_every_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert icon.availableSizes() == [QSize(size, size) for size in ICON_SIZES]
    for size in (16, 48, 256):
        pixmap = icon.pixmap(QSize(size, size))
        assert not pixmap.isNull()
        assert pixmap.size() == QSize(size, size)


def test_app_identity_names_the_desktop_file(qapp):
    old_icon, old_name = qapp.windowIcon(), QGuiApplication.desktopFileName()
    try:
        set_app_identity(qapp)
        assert QGuiApplication.desktopFileName() == APP_ID
        assert qapp.windowIcon().availableSizes() == [QSize(s, s) for s in ICON_SIZES]
    finally:
        qapp.setWindowIcon(old_icon)
        QGuiApplication.setDesktopFileName(old_name)
    assert (LINUX / f"{APP_ID}.desktop").is_file()
    assert (LINUX / f"{APP_ID}.metainfo.xml").is_file()
