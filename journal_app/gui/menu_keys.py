"""The key sequence a menu action gets. Qt's standard keys follow each platform, but
some are empty on some platforms (Preferences and Quit on Linux): there the app
gives its own, so every action the shortcuts dialog lists has a key."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

# Used only where the platform has no key of its own for the action.
FALLBACK_KEYS = {
    StandardKey.Preferences: "Ctrl+,",
    StandardKey.Quit: "Ctrl+Q",
}


def key_for(shortcut: StandardKey | str) -> QKeySequence:
    """The platform's key for a standard action (or the fallback when it has none);
    a key written out ("Ctrl+L") as it is."""
    key = QKeySequence(shortcut)
    if key.isEmpty() and isinstance(shortcut, StandardKey) and shortcut in FALLBACK_KEYS:
        return QKeySequence(FALLBACK_KEYS[shortcut])
    return key
