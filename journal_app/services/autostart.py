"""Start the app at login, locked, in the system tray (a Preferences option, off by
default). Each platform keeps the entry its own documented way:

- Linux and other XDG desktops: a desktop entry in $XDG_CONFIG_HOME/autostart
  (XDG Autostart Specification; $XDG_CONFIG_HOME is ~/.config when unset, empty or
  not absolute, as the XDG Base Directory Specification says). Its Exec line follows
  the Desktop Entry Specification's quoting rules.
- Windows: a value in HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run holding a
  command line; a path with spaces is quoted, arguments as CommandLineToArgvW reads them.
- macOS: a LaunchAgent, ~/Library/LaunchAgents/<label>.plist with RunAtLoad; its
  ProgramArguments is a list, so nothing is quoted.

Turning the option off removes the entry. Each writer takes its place (a folder, a
registry module) so tests use a temporary home and a fake registry."""

from __future__ import annotations

import logging
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from journal_app.disk.files import discard
from journal_app.disk.storage_errors import file_write_error
from journal_app.errors import StorageError

log = logging.getLogger(__name__)

APP_ID = "org.pswjournal.PSWJournal"  # as gui/app.py and resources/linux name the app
TRAY_ARGUMENT = "--tray"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "PSW Journal"


def launch_command(executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """The command that starts this installed app locked in the tray: the packaged
    app's own executable, or this Python running the package (which works in a
    virtual environment and without the console script on PATH)."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        return [executable, TRAY_ARGUMENT]
    return [executable, "-m", "journal_app", TRAY_ARGUMENT]


class Autostart(Protocol):
    def is_on(self) -> bool: ...

    def turn_on(self, command: Sequence[str]) -> None: ...

    def turn_off(self) -> None: ...


# --- Linux and other XDG desktops -------------------------------------------------------

# Characters that make an Exec argument need quoting (Desktop Entry Specification,
# "The Exec key"), and those escaped with a backslash inside the quotes.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')


def exec_argument(argument: str) -> str:
    """One argument of an Exec line, quoted when it must be, with % doubled (a lone %
    is a field code)."""
    if "\n" in argument or "\r" in argument:
        raise ValueError("an Exec argument cannot hold a line break")
    if argument and not (_RESERVED & set(argument)):
        quoted = argument
    else:
        inner = "".join("\\" + ch if ch in _ESCAPED_IN_QUOTES else ch for ch in argument)
        quoted = f'"{inner}"'
    return quoted.replace("%", "%%")


def exec_line(command: Sequence[str]) -> str:
    """The Exec value as written in the file: the arguments quoted, then the string
    type's own escape applied (a backslash is written twice again)."""
    return " ".join(exec_argument(a) for a in command).replace("\\", "\\\\")


def xdg_config_home(environ: dict[str, str] | None = None, home: Path | None = None) -> Path:
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_CONFIG_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return (home or Path.home()) / ".config"


class XdgAutostart:
    def __init__(self, config_home: Path | None = None) -> None:
        self.path = (config_home or xdg_config_home()) / "autostart" / f"{APP_ID}.desktop"

    def is_on(self) -> bool:
        return self.path.is_file()

    def turn_on(self, command: Sequence[str]) -> None:
        text = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=PSW Journal",
                "Comment=Start PSW Journal locked, in the system tray",
                f"Exec={exec_line(command)}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        _write_file(self.path, text.encode("utf-8"))

    def turn_off(self) -> None:
        _remove_file(self.path)


# --- Windows -------------------------------------------------------------------------


def run_value(command: Sequence[str]) -> str:
    """A Run key value: the program's path always in quotes (a path with spaces
    otherwise runs the wrong program), then the arguments as the C runtime and
    CommandLineToArgvW split them."""
    program, *arguments = command
    if '"' in program:
        raise ValueError("a program path cannot hold a quotation mark")
    rest = subprocess.list2cmdline(arguments)
    return f'"{program}"' + (f" {rest}" if rest else "")


class WindowsAutostart:
    def __init__(self, registry: Any = None) -> None:
        if registry is None:  # pragma: no cover - Windows only
            import winreg as registry
        self.registry = registry

    def _key(self, write: bool):
        reg = self.registry
        if write:
            return reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE)
        return reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_QUERY_VALUE)

    def is_on(self) -> bool:
        try:
            with self._key(write=False) as key:
                self.registry.QueryValueEx(key, RUN_VALUE)
            return True
        except OSError:  # FileNotFoundError: no key or no value
            return False

    def turn_on(self, command: Sequence[str]) -> None:
        value = run_value(command)
        try:
            with self._key(write=True) as key:
                self.registry.SetValueEx(key, RUN_VALUE, 0, self.registry.REG_SZ, value)
        except OSError as exc:
            log.warning("could not write the Run key: %s", type(exc).__name__)
            raise StorageError("the app could not be set to start at login") from exc

    def turn_off(self) -> None:
        try:
            with self._key(write=True) as key:
                self.registry.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("could not remove the Run key value: %s", type(exc).__name__)
            raise StorageError("the app could not stop starting at login") from exc


# --- macOS ---------------------------------------------------------------------------


class MacAutostart:
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def is_on(self) -> bool:
        return self.path.is_file()

    def turn_on(self, command: Sequence[str]) -> None:
        agent = {
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        _write_file(self.path, plistlib.dumps(agent))

    def turn_off(self) -> None:
        _remove_file(self.path)


# --- shared --------------------------------------------------------------------------


def for_this_platform(platform: str | None = None) -> Autostart:
    platform = platform or sys.platform
    if platform == "win32":
        return WindowsAutostart()
    if platform == "darwin":
        return MacAutostart()
    return XdgAutostart()


def set_start_at_login(on: bool, autostart: Autostart | None = None) -> None:
    """Add or remove the entry (nothing changes when it is already so)."""
    autostart = autostart or for_this_platform()
    if on:
        autostart.turn_on(launch_command())
    elif autostart.is_on():
        autostart.turn_off()


def _write_file(path: Path, data: bytes) -> None:
    """Write the entry whole (a half-written one could start nothing, or the wrong
    thing): a temporary file beside it, then replaced."""
    temp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError as exc:
        discard(temp)
        raise file_write_error(exc, path) from exc


def _remove_file(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise file_write_error(exc, path) from exc
