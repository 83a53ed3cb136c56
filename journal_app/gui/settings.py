"""Preferences that hold nothing personal (auto-lock, theme, font size), kept in
QSettings. Names and anything from the journal live encrypted in the vault instead
(Journal.settings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULT_AUTO_LOCK_MINUTES = 5
THEMES = ("system", "light", "dark")


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("psw-journal", "PSW Journal")

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._s.value(key, default))
        except (TypeError, ValueError):
            return default

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes of inactivity before locking; 0 means never (only after a warning)."""
        return max(0, self._int("security/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._s.setValue("security/auto_lock_minutes", int(value))

    @property
    def theme(self) -> str:
        value = str(self._s.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("appearance/theme", value if value in THEMES else "system")

    @property
    def font_size(self) -> int:
        """Point size; 0 follows the system."""
        return max(0, self._int("appearance/font_size", 0))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._s.setValue("appearance/font_size", int(value))

    def sync(self) -> None:
        self._s.sync()
