"""Light, dark or the system's look, and the text size, applied to the whole app.

Qt 6.8+ can ask the platform for a colour scheme (QStyleHints.setColorScheme); where
the platform does not follow (some Linux desktops, older Qt), Fusion with a palette of
our own stands in. When the system asks for high contrast we leave colours alone:
the system's high-contrast colours serve that worker better than ours would."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


@dataclass
class _Defaults:
    """What the app looked like before we touched it, to go back to "system"."""

    style: str
    font: QFont


_defaults: _Defaults | None = None


def high_contrast() -> bool:
    """True when the system asks for high contrast (Qt 6.10+ can tell)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return accessibility().contrastPreference() == preference.HighContrast


def dark_palette() -> QPalette:
    """A dark palette with readable contrast (text on base about 9:1). Fields are
    lighter than the window, so Fusion's dark outlines keep check boxes visible."""
    window, base, text = QColor(36, 36, 38), QColor(58, 58, 62), QColor(232, 232, 232)
    highlight, link = QColor(64, 128, 214), QColor(120, 170, 255)
    palette = QPalette()
    for role, colour in (
        (_Role.Window, window),
        (_Role.WindowText, text),
        (_Role.Base, base),
        (_Role.AlternateBase, QColor(66, 66, 70)),
        (_Role.ToolTipBase, QColor(70, 70, 74)),
        (_Role.ToolTipText, text),
        (_Role.PlaceholderText, QColor(160, 160, 160)),
        (_Role.Text, text),
        (_Role.Button, QColor(62, 62, 66)),
        (_Role.ButtonText, text),
        (_Role.BrightText, QColor(255, 110, 110)),
        (_Role.Light, QColor(90, 90, 95)),
        (_Role.Midlight, QColor(75, 75, 80)),
        (_Role.Mid, QColor(30, 30, 32)),
        (_Role.Dark, QColor(20, 20, 21)),
        (_Role.Shadow, QColor(0, 0, 0)),
        (_Role.Highlight, highlight),
        (_Role.HighlightedText, QColor(255, 255, 255)),
        (_Role.Link, link),
        (_Role.LinkVisited, QColor(190, 150, 255)),
    ):
        palette.setColor(role, colour)
    disabled = QColor(130, 130, 130)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.HighlightedText):
        palette.setColor(_Group.Disabled, role, disabled)
    palette.setColor(_Group.Disabled, _Role.Highlight, QColor(70, 70, 74))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(_Role.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str, font_size: int) -> None:
    """Apply "system", "light" or "dark" and a point size (0 follows the system)."""
    global _defaults
    if _defaults is None:
        _defaults = _Defaults(style=app.style().name(), font=QFont(app.font()))
    theme = theme if theme in THEMES else "system"
    _apply_font(app, font_size, _defaults.font)
    _reset_colours(app, _defaults.style)
    if theme == "system" or high_contrast():
        return
    want_dark = theme == "dark"
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if want_dark else Qt.ColorScheme.Light)
    if is_dark(app.palette()) != want_dark:
        # The platform did not follow the request: draw it ourselves with Fusion.
        log.info("colour scheme not followed by the platform; using Fusion")
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if want_dark else app.style().standardPalette())


def _reset_colours(app: QApplication, style: str) -> None:
    hints = app.styleHints()
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()
    if app.style().name().lower() != style.lower():
        restored = QStyleFactory.create(style)
        if restored is not None:
            app.setStyle(restored)
    app.setPalette(QPalette())  # nothing set: the platform's palette again


def _apply_font(app: QApplication, font_size: int, default: QFont) -> None:
    font = QFont(default)
    if font_size > 0:
        font.setPointSize(int(font_size))
    app.setFont(font)
