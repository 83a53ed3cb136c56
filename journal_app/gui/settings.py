"""Preferences that hold nothing personal (auto-lock, theme, font size), kept in
QSettings. Names and anything from the journal live encrypted in the vault instead
(Journal.settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from journal_app.services.auto_backup import default_backup_dir
from journal_app.services.reminders import ReminderSettings

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

    @property
    def auto_backup(self) -> bool:
        """An encrypted backup on lock and on quit, at most once a day (default on)."""
        return str(self._s.value("backup/automatic", "true")).lower() not in ("false", "0")

    @auto_backup.setter
    def auto_backup(self, value: bool) -> None:
        self._s.setValue("backup/automatic", "true" if value else "false")

    @property
    def spell_check(self) -> bool:
        """Underline spelling mistakes (UK English) as the worker types (default on)."""
        return str(self._s.value("writing/spell_check", "true")).lower() not in ("false", "0")

    @spell_check.setter
    def spell_check(self, value: bool) -> None:
        self._s.setValue("writing/spell_check", "true" if value else "false")

    @property
    def backup_folder(self) -> Path:
        value = str(self._s.value("backup/folder", "") or "")
        return Path(value) if value else default_backup_dir()

    @backup_folder.setter
    def backup_folder(self, value: Path | None) -> None:
        self._s.setValue("backup/folder", str(value) if value else "")

    @property
    def last_reflection_model(self) -> str:
        """The reflective model the worker chose last ("gibbs", "custom"...; "" if none):
        a built-in model's key only. The name of the worker's own template is their
        own words, so it is kept in the vault instead (gui/reflection_model.py)."""
        return str(self._s.value("writing/last_reflection_model", "") or "")

    @last_reflection_model.setter
    def last_reflection_model(self, value: str) -> None:
        self._s.setValue("writing/last_reflection_model", value)

    @property
    def reminders(self) -> ReminderSettings:
        """The reminders' days and times (no journal text: kept here, not in the vault)."""
        self._s.beginGroup("reminders")
        try:
            values = {key: self._s.value(key) for key in self._s.childKeys()}
        finally:
            self._s.endGroup()
        return ReminderSettings.from_strings(values)

    @reminders.setter
    def reminders(self, value: ReminderSettings) -> None:
        for key, text in value.to_strings().items():
            self._s.setValue(f"reminders/{key}", text)

    def starts_at_login(self) -> bool:
        """Whether the platform's login entry is there (the entry is the truth: the
        worker may have removed it in the system's own settings)."""
        from journal_app.services.autostart import for_this_platform

        return for_this_platform().is_on()

    def set_start_at_login(self, on: bool) -> None:
        """Add or remove the login entry; a StorageError says why it could not be."""
        from journal_app.services.autostart import set_start_at_login

        set_start_at_login(on)

    @property
    def file_name(self) -> str:
        """Where these preferences are kept (a file, or the registry on Windows)."""
        return self._s.fileName()

    def sync(self) -> None:
        self._s.sync()
