"""Light, dark or the system's look, and the text size, applied to the whole app.

Light and dark are warm palettes of our own (paper and charcoal, a calm teal for the
selection) on Fusion, with gui/calm_style.py drawing the check boxes and radio buttons
from the palette so they reach 3:1 against their background. When the system asks
for high contrast we leave colours alone: the system's high-contrast colours serve
that worker better than ours would. The text size follows the system unless the
worker picks one; every other font in the app is sized relative to it.

Styles are made once and kept for the app's life: the platform's own and one
CalmStyle. QApplication.setStyle deletes the style it replaces when the application
owns it, and switching themes used to make a new CalmStyle each time, so the old one
was deleted while widgets (editors set aside, windows closing, a paint in progress)
might still have used it. Now the style going out of use is first given to a keeper
object, so setStyle never deletes it (issue 17: a crash in CalmStyle's painting after
switching themes)."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from journal_app.gui.calm_style import CalmStyle

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


@dataclass
class _Defaults:
    """What the app looked like before we touched it, to go back to "system", and
    the styles it switches between, each made once and never deleted while it runs."""

    style: QStyle  # the platform's own, as the app started with it
    font: QFont
    keeper: QObject  # a child of the application: the parent of the styles not in use
    calm: CalmStyle | None = None


_defaults: _Defaults | None = None


def high_contrast() -> bool:
    """True when the system asks for high contrast (Qt 6.10+ can tell)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return accessibility().contrastPreference() == preference.HighContrast


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str, shade: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.HighlightedText):
        palette.setColor(_Group.Disabled, role, QColor(disabled))
    palette.setColor(_Group.Disabled, _Role.Highlight, QColor(shade))
    return palette


def light_palette() -> QPalette:
    """Warm paper: an off-white window, fields a shade lighter, brown-black text (about
    14:1 on the fields) and a calm teal for the selection."""
    return _palette(
        {
            _Role.Window: "#f5f0e8",
            _Role.WindowText: "#2d2925",
            _Role.Base: "#fffcf7",
            _Role.AlternateBase: "#f3ede4",
            _Role.ToolTipBase: "#fff7e6",
            _Role.ToolTipText: "#2d2925",
            _Role.PlaceholderText: "#6f675e",
            _Role.Text: "#2d2925",
            _Role.Button: "#eee7dc",
            _Role.ButtonText: "#2d2925",
            _Role.BrightText: "#a3261c",
            _Role.Light: "#ffffff",
            _Role.Midlight: "#f4eee6",
            _Role.Mid: "#c8bdaf",
            _Role.Dark: "#9c9184",
            _Role.Shadow: "#5a5249",
            _Role.Highlight: "#356b64",
            _Role.HighlightedText: "#ffffff",
            _Role.Link: "#245f80",
            _Role.LinkVisited: "#68457f",
        },
        disabled="#8c8378",
        shade="#d9d1c6",
    )


def dark_palette() -> QPalette:
    """Warm charcoal: a brown-grey window, fields a shade lighter, cream text (about
    11:1 on the fields) and a soft sage selection with dark text on it."""
    return _palette(
        {
            _Role.Window: "#262320",
            _Role.WindowText: "#ede6dc",
            _Role.Base: "#312d29",
            _Role.AlternateBase: "#38332e",
            _Role.ToolTipBase: "#3d3731",
            _Role.ToolTipText: "#ede6dc",
            _Role.PlaceholderText: "#a89f94",
            _Role.Text: "#ede6dc",
            _Role.Button: "#3a352f",
            _Role.ButtonText: "#ede6dc",
            _Role.BrightText: "#ff8a7a",
            _Role.Light: "#4b453e",
            _Role.Midlight: "#403a34",
            _Role.Mid: "#1e1b19",
            _Role.Dark: "#161412",
            _Role.Shadow: "#000000",
            _Role.Highlight: "#7fb3a8",
            _Role.HighlightedText: "#1a1816",
            _Role.Link: "#92c5e6",
            _Role.LinkVisited: "#c8a9e3",
        },
        disabled="#8a8177",
        shade="#3d3731",
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(_Role.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str, font_size: int) -> None:
    """Apply "system", "light" or "dark" and a point size (0 follows the system).

    "light" and "dark" are the app's own warm palettes, drawn by Fusion (through
    CalmStyle) on every platform so they look the same everywhere. "system" keeps the
    platform's style and colours; where that style is Fusion, CalmStyle still draws
    the check boxes and radio buttons so they stand out from any palette."""
    defaults = _defaults_of(app)
    theme = theme if theme in THEMES else "system"
    # A new font, style or palette makes Qt walk every widget, calling back into
    # Python; were the cyclic garbage collector to run then, it could delete a widget
    # let go of (a closed window, an editor no longer shown: waiting only for the
    # collector) that Qt is about to visit, and the app would crash. So collect first,
    # and not during the walk.
    gc.collect()
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        _apply(app, theme, font_size, defaults)
    finally:
        if was_collecting:
            gc.enable()


def _apply(app: QApplication, theme: str, font_size: int, defaults: _Defaults) -> None:
    _apply_font(app, font_size, defaults.font)
    _reset_colours(app)
    ours = theme != "system" and not high_contrast()
    if ours:
        want_dark = theme == "dark"
        hints = app.styleHints()
        if hasattr(hints, "setColorScheme"):  # the platform's own dialogs follow too
            hints.setColorScheme(Qt.ColorScheme.Dark if want_dark else Qt.ColorScheme.Light)
    if ours or defaults.style.name().lower() == "fusion":
        if defaults.calm is None:
            defaults.calm = CalmStyle()
        _use_style(app, defaults.calm)
    else:
        _use_style(app, defaults.style)
    if ours:
        app.setPalette(dark_palette() if want_dark else light_palette())


def _defaults_of(app: QApplication) -> _Defaults:
    global _defaults
    if _defaults is None:
        _defaults = _Defaults(style=app.style(), font=QFont(app.font()), keeper=QObject(app))
    return _defaults


def _use_style(app: QApplication, style: QStyle) -> None:
    """Make `style` the application's, keeping the one it replaces alive: setStyle
    deletes the old style only when the application is its parent, so a kept style
    is handed to the keeper first."""
    current = app.style()
    if current is style:
        return
    defaults = _defaults_of(app)
    if current is defaults.style or current is defaults.calm:
        current.setParent(defaults.keeper)
    app.setStyle(style)


def _reset_colours(app: QApplication) -> None:
    hints = app.styleHints()
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()
    app.setPalette(QPalette())  # nothing set: the platform's palette again


def _apply_font(app: QApplication, font_size: int, default: QFont) -> None:
    font = QFont(default)
    if font_size > 0:
        font.setPointSize(int(font_size))
    app.setFont(font)
