"""Start at login, each platform's writer against a fake: a temporary home for the XDG
desktop entry and the macOS LaunchAgent, a fake winreg for the Windows Run key. Each
writes a command that starts the installed app in the tray, quoted by that platform's
rules, and turning it off removes the entry."""

from __future__ import annotations

import plistlib
import sys

import pytest

from journal_app.services.autostart import (
    APP_ID,
    RUN_KEY,
    RUN_VALUE,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    exec_argument,
    exec_line,
    launch_command,
    run_value,
    set_start_at_login,
    xdg_config_home,
)

SPACED = ["/home/sam/My Apps/py env/bin/python3", "-m", "journal_app", "--tray"]


def test_the_command_starts_this_python_with_the_package_in_the_tray():
    assert launch_command("/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "journal_app",
        "--tray",
    ]
    assert launch_command("C:/Apps/PSW Journal.exe", frozen=True) == [
        "C:/Apps/PSW Journal.exe",
        "--tray",
    ]
    assert launch_command()[0] == sys.executable


def test_the_app_accepts_the_tray_argument():
    from journal_app.cli_parser import build_parser

    args = build_parser().parse_args(["--tray"])
    assert args.tray and args.command is None


# --- Linux (XDG autostart) -------------------------------------------------------------


def unquote_exec(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry Specification says: the string
    escapes first, then %% and the quoted arguments (a shell's double-quote rules for
    the characters the specification escapes)."""
    unescaped = value.replace("\\\\", "\\").replace("%%", "%")
    out: list[str] = []
    current, quoted, i = "", False, 0
    while i < len(unescaped):
        ch = unescaped[i]
        if quoted and ch == "\\" and unescaped[i + 1] in '"`$\\':
            current += unescaped[i + 1]
            i += 1
        elif ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            out.append(current)
            current = ""
        else:
            current += ch
        i += 1
    return [*out, current]


def test_xdg_entry_written_and_removed(tmp_path):
    autostart = XdgAutostart(tmp_path / "config")
    assert not autostart.is_on()
    autostart.turn_on(SPACED)
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.is_on() and path.is_file()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Type=Application" in lines
    [exec_value] = [line.removeprefix("Exec=") for line in lines if line.startswith("Exec=")]
    assert exec_value == '"/home/sam/My Apps/py env/bin/python3" -m journal_app --tray'
    assert unquote_exec(exec_value) == SPACED
    autostart.turn_off()
    assert not path.exists() and not autostart.is_on()
    autostart.turn_off()  # already off: nothing to do, no error


@pytest.mark.parametrize(
    "argument",
    ["/opt/a b/python", "/opt/100%/python", 'C:\\odd "name"\\py', "/opt/$HOME/`x`", "plain"],
)
def test_xdg_exec_quoting_reads_back(argument):
    value = exec_line([argument, "--tray"])
    assert unquote_exec(value) == [argument, "--tray"]
    assert "%" not in value.replace("%%", "")  # no lone % (a field code)


def test_xdg_exec_refuses_a_line_break():
    with pytest.raises(ValueError):
        exec_argument("/opt/a\nb")


def test_xdg_config_home_follows_the_base_directory_rules(tmp_path):
    assert xdg_config_home({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path
    assert xdg_config_home({}, home=tmp_path) == tmp_path / ".config"
    assert xdg_config_home({"XDG_CONFIG_HOME": ""}, home=tmp_path) == tmp_path / ".config"
    relative = {"XDG_CONFIG_HOME": "relative/dir"}
    assert xdg_config_home(relative, home=tmp_path) == tmp_path / ".config"


def test_set_start_at_login_turns_on_and_off(tmp_path):
    autostart = XdgAutostart(tmp_path)
    set_start_at_login(True, autostart)
    assert autostart.is_on()
    assert "--tray" in autostart.path.read_text(encoding="utf-8")
    set_start_at_login(False, autostart)
    assert not autostart.is_on()


# --- Windows (the Run key) -------------------------------------------------------------


class FakeKey:
    def __init__(self, values: dict) -> None:
        self.values = values

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class FakeWinreg:
    """The part of winreg the writer uses, over a dict of keys."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    KEY_QUERY_VALUE = 1
    REG_SZ = 1

    def __init__(self, refuse: bool = False) -> None:
        self.keys: dict[tuple[str, str], dict] = {}
        self.refuse = refuse

    def CreateKeyEx(self, root, path, reserved, access):
        if self.refuse:
            raise PermissionError(5, "Access is denied")
        return FakeKey(self.keys.setdefault((root, path), {}))

    def OpenKey(self, root, path, reserved, access):
        if (root, path) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return FakeKey(self.keys[(root, path)])

    def QueryValueEx(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name]

    def SetValueEx(self, key, name, reserved, kind, value):
        key.values[name] = (value, kind)

    def DeleteValue(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]


def test_windows_run_value_written_quoted_and_removed():
    registry = FakeWinreg()
    autostart = WindowsAutostart(registry)
    assert not autostart.is_on()
    command = [r"C:\Program Files\PSW Journal\python.exe", "-m", "journal_app", "--tray"]
    autostart.turn_on(command)
    value, kind = registry.keys[("HKCU", RUN_KEY)][RUN_VALUE]
    assert kind == registry.REG_SZ
    assert value == r'"C:\Program Files\PSW Journal\python.exe" -m journal_app --tray'
    assert autostart.is_on()
    autostart.turn_off()
    assert RUN_VALUE not in registry.keys[("HKCU", RUN_KEY)]
    assert not autostart.is_on()
    autostart.turn_off()  # already off


def test_windows_run_value_quotes_every_argument_with_spaces():
    assert run_value([r"C:\py\python.exe", "--tray"]) == r'"C:\py\python.exe" --tray'
    assert run_value([r"C:\py\python.exe", "a b"]) == r'"C:\py\python.exe" "a b"'
    with pytest.raises(ValueError):
        run_value(['C:\\"odd"\\python.exe'])


def test_windows_refused_write_is_a_clear_storage_error():
    from journal_app.errors import StorageError

    with pytest.raises(StorageError, match="start at login"):
        WindowsAutostart(FakeWinreg(refuse=True)).turn_on([r"C:\py\python.exe", "--tray"])


# --- macOS (a LaunchAgent) -------------------------------------------------------------


def test_macos_launch_agent_written_and_removed(tmp_path):
    autostart = MacAutostart(tmp_path)
    assert not autostart.is_on()
    autostart.turn_on(SPACED)
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == APP_ID
    assert agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == SPACED  # a list: the spaces need no quoting
    autostart.turn_off()
    assert not path.exists() and not autostart.is_on()


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path):
    from journal_app.errors import StorageError

    blocker = tmp_path / "Library"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StorageError, match=r"could not write .*\.plist"):
        MacAutostart(tmp_path).turn_on(SPACED)
