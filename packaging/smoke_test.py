"""Smoke-test the packaged app: `python packaging/smoke_test.py [FOLDER]`.

Runs the bundled `psw-journal` (default: packaging/dist/psw-journal/) offscreen,
with HOME and the app's data, config and log folders in a temporary directory:
--version, init, add, list, verify, a non-ASCII title through the pipes, a PDF pack
whose text is read back, backup and restore, and a rejected record (the word lists
load from journal_app.resources inside the bundle), then the desktop app for a few seconds,
which must still be running with no traceback and a clean log. On Linux it also
checks that every Qt library a bundled binary links is in the bundle. Exits 0 when
all is well, 1 with the reason otherwise.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_FOLDER = HERE / "dist" / "psw-journal"
PASSPHRASE = "correct horse battery staple"
FAST_KDF = ["--kdf-memory", "19456", "--kdf-iterations", "2", "--kdf-lanes", "1"]
RECOVERY_KEY = re.compile(r"^([A-Z2-7]{5}-){7}[A-Z2-7]{5}$", re.MULTILINE)
RECORD = {
    "type": "reflection",
    "date": "2025-03-01",
    "title": "Smoke test of the packaged app",
    "tags": ["smoke"],
    "fields": {
        "model": "gibbs",
        "description": "Written by packaging/smoke_test.py",
        "themes": ["lived_experience"],
        "competences": ["relational.active-listening"],
    },
}
# Libraries the bundle must carry itself; anything else a binary links comes from
# the system (graphics stack, glibc) and is only reported.
BUNDLED_LIBRARY = re.compile(r"^lib(Qt6|pyside6|shiboken6|python3|icu)")


class SmokeFailure(Exception):
    """One check failed; the message says which and why."""


def expected_version() -> str:
    tree = ast.parse((REPO / "journal_app" / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__version__":
            return ast.literal_eval(node.value)
    raise SmokeFailure("journal_app/__init__.py has no __version__")


def isolated_env(root: Path, platform: str) -> dict[str, str]:
    """The environment for the app: Qt's platform, every user folder inside root."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    home = root / "home"
    folders = {
        "HOME": home,
        "USERPROFILE": home,
        "XDG_DATA_HOME": root / "data",
        "XDG_CONFIG_HOME": root / "config",
        "XDG_STATE_HOME": root / "state",
        "XDG_CACHE_HOME": root / "cache",
        "APPDATA": root / "roaming",
        "LOCALAPPDATA": root / "local",
        # platformdirs asks Windows itself before APPDATA; these come first.
        "WIN_PD_OVERRIDE_APPDATA": root / "roaming",
        "WIN_PD_OVERRIDE_LOCAL_APPDATA": root / "local",
    }
    for name, path in folders.items():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[name] = str(path)
    if not env.get("XDG_RUNTIME_DIR"):  # sockets only (a Wayland display's among them)
        (root / "runtime").mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(root / "runtime")
    env["QT_QPA_PLATFORM"] = platform
    return env


class Bundle:
    def __init__(self, folder: Path, work: Path, platform: str) -> None:
        suffix = ".exe" if sys.platform == "win32" else ""
        self.folder = folder
        self.exe = folder / f"psw-journal{suffix}"
        if not self.exe.is_file():
            raise SmokeFailure(f"no {self.exe.name} in {folder}; run packaging/build.py first")
        self.work = work
        self.platform = platform
        self.env = isolated_env(work, platform)
        self.vault = work / "journal.pswvault"
        self.passfile = work / "passphrase.txt"
        self.passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def run(self, *argv: str, stdin: str = "", expect: int = 0, exe: Path | None = None) -> str:
        """Run one CLI command; returns its standard output."""
        command = [str(exe or self.exe), *argv]
        try:
            done = subprocess.run(
                command,
                input=stdin,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=self.env,
                cwd=self.work,
                timeout=120,
            )
        except subprocess.TimeoutExpired:
            raise SmokeFailure(f"{' '.join(argv)}: no answer in 120 s") from None
        if done.returncode != expect or "Traceback" in done.stderr:
            raise SmokeFailure(
                f"{' '.join(argv)}: exit {done.returncode} (expected {expect})\n"
                f"stdout: {done.stdout.strip()}\nstderr: {done.stderr.strip()}"
            )
        return done.stdout

    def cli(self, *argv: str, stdin: str = "", expect: int = 0) -> str:
        vault = ["--vault", str(self.vault), "--passphrase-file", str(self.passfile)]
        return self.run(*vault, *argv, stdin=stdin, expect=expect)


def check_resources(bundle: Bundle) -> str:
    """The package data is where importlib.resources looks for it in the bundle."""
    found = sorted(bundle.folder.glob("**/journal_app/resources"))
    if not found:
        raise SmokeFailure("journal_app/resources is not in the bundle")
    resources = found[0]
    wanted = ["competences.json", "themes.json", "icons/psw-journal.svg"]
    icon = {"win32": "icons/psw-journal.ico", "darwin": "icons/psw-journal.icns"}.get(sys.platform)
    missing = [name for name in [*wanted, icon] if name and not (resources / name).is_file()]
    pngs = list((resources / "icons").glob("psw-journal-*.png"))
    if missing or not pngs:
        raise SmokeFailure(f"missing from {resources}: {missing or 'icons/psw-journal-<N>.png'}")
    return f"{resources.relative_to(bundle.folder)} has the word lists and {len(pngs)} icon sizes"


def check_cli(bundle: Bundle, version: str) -> list[str]:
    notes = []
    out = bundle.run("--version").strip()
    if out != f"psw-journal {version}":
        raise SmokeFailure(f"--version said {out!r}, expected 'psw-journal {version}'")
    notes.append(f"--version: {out}")

    out = bundle.cli("init", *FAST_KDF)
    if not RECOVERY_KEY.search(out):
        raise SmokeFailure(f"init printed no recovery key: {out!r}")
    notes.append(f"init: created {bundle.vault.name} and printed a recovery key")

    record_id = bundle.cli("add", "--json", "-", stdin=json.dumps(RECORD)).strip()
    notes.append(f"add: {record_id}")

    listed = json.loads(bundle.cli("list", "--json"))
    if [r.get("id") for r in listed] != [record_id] or listed[0].get("title") != RECORD["title"]:
        raise SmokeFailure(f"list --json does not show the record added: {listed!r}")
    notes.append("list --json: shows it")

    notes.append("verify: " + bundle.cli("verify").strip())

    # UTF-8 in and out of the bundled interpreter (UTF-8 mode; ANSI pipes on Windows).
    accented = dict(RECORD, title="Café – naïve ☕", tags=["café"], share="full")
    accented_id = bundle.cli("add", "--json", "-", stdin=json.dumps(accented, ensure_ascii=False))
    shown = json.loads(bundle.cli("show", accented_id.strip(), "--json"))
    if shown.get("title") != accented["title"]:
        raise SmokeFailure(f"a non-ASCII title came back as {shown.get('title')!r}")
    notes.append("add/show: a non-ASCII title round-trips through the pipes")

    # The pack as PDF, with the entry shared in full: on Windows the windowless Qt
    # must find the system's fonts, or the PDF has no text at all.
    pdf = bundle.work / "pack.pdf"
    bundle.cli(
        "export",
        "--from",
        "2025-01-01",
        "--to",
        "2025-12-31",
        "--format",
        "pdf",
        "--out",
        str(pdf),
    )
    text = pdf_text(pdf)
    if text is None:
        notes.append("export --format pdf: written (no PDF reader here to check its text)")
    elif "Supervision pack" not in " ".join(text.split()) or "Café" not in text:
        raise SmokeFailure(f"the PDF's text lacks the pack's words: {text[:300]!r}")
    else:
        notes.append("export --format pdf: its text reads back")

    # A backup, restored into a new journal that verifies clean.
    backup = bundle.work / "journal.pswbackup"
    bundle.cli("backup", str(backup))
    restored = bundle.work / "restored" / "journal.pswvault"
    bundle.run(
        "--vault", str(restored), "--passphrase-file", str(bundle.passfile), "restore", str(backup)
    )
    out = bundle.run("--vault", str(restored), "--passphrase-file", str(bundle.passfile), "verify")
    notes.append("backup and restore: " + out.strip())

    # A theme that is not in resources/themes.json is refused by name: the word
    # lists were read through importlib.resources, not just found on disk.
    wrong = dict(RECORD, fields=dict(RECORD["fields"], themes=["not_a_theme"]))
    bundle.cli("add", "--json", "-", stdin=json.dumps(wrong), expect=2)
    notes.append("add with an unknown theme: refused (exit 2)")
    return notes


def pdf_text(path: Path) -> str | None:
    """The PDF's text through pypdf or poppler's pdftotext; None if neither is here."""
    try:
        from pypdf import PdfReader
    except ImportError:
        pass
    else:
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    try:
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.decode("utf-8", "replace")


def check_desktop_entry(bundle: Bundle) -> str:
    """Linux: the script at the top of the folder adds the menu entry and icons for
    this user (here into a temporary XDG_DATA_HOME), pointing at this folder."""
    script = bundle.folder / "install-desktop-entry.sh"
    if not script.is_file():
        raise SmokeFailure(f"{script.name} is missing from the folder")
    data = bundle.work / "xdg-data"
    env = dict(bundle.env, XDG_DATA_HOME=str(data))
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)
    entry = data / "applications" / "org.pswjournal.PSWJournal.desktop"
    icon = data / "icons" / "hicolor" / "256x256" / "apps" / "org.pswjournal.PSWJournal.png"
    if done.returncode != 0 or not entry.is_file() or not icon.is_file():
        raise SmokeFailure(f"{script.name} failed: {done.stderr.strip() or done.stdout.strip()}")
    exec_line = f'Exec="{bundle.folder / "psw-journal"}"'
    if exec_line not in entry.read_text("utf-8").splitlines():
        raise SmokeFailure(f"the menu entry does not start this folder's program ({exec_line})")
    subprocess.run(["sh", str(script), "--remove"], env=env, capture_output=True, check=True)
    if entry.exists() or icon.exists():
        raise SmokeFailure(f"{script.name} --remove left the entry or the icon")
    return f"{script.name}: menu entry and icons added for this folder, and removed"


def read_logs(root: Path) -> tuple[int, list[str]]:
    """(how many log files the app wrote under root, their error lines)."""
    logs = sorted(root.glob("**/psw-journal.log*"))
    problems = []
    for log in logs:
        for line in log.read_text("utf-8", errors="replace").splitlines():
            if re.search(r" (ERROR|CRITICAL) |Traceback| is missing ", line):
                problems.append(line)
    return len(logs), problems


def check_gui(bundle: Bundle, seconds: float) -> str:
    """The app with no command opens its window and keeps running."""
    stderr_path = bundle.work / "gui-stderr.txt"
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            [str(bundle.exe), "--vault", str(bundle.vault)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=bundle.env,
            cwd=bundle.work,
        )
        try:
            time.sleep(seconds)
            code = process.poll()
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    errors = stderr_path.read_text("utf-8", errors="replace")
    if code is not None:
        raise SmokeFailure(f"the app exited by itself (code {code}) within {seconds} s:\n{errors}")
    if re.search(r"Traceback|Qt platform plugin|cannot start", errors):
        raise SmokeFailure(f"the app wrote an error to stderr:\n{errors}")
    logs, problems = read_logs(bundle.work)
    if problems:
        raise SmokeFailure("the app's log has errors:\n" + "\n".join(problems))
    log = "clean log" if logs else "log not found in the temporary folders, not checked"
    return f"the app ran {seconds:g} s ({bundle.platform}), no traceback, {log}"


def check_linked_libraries(folder: Path) -> list[str]:
    """Linux: every bundled binary finds the Qt and Python libraries it links, with the
    library path the bootloader sets (the contents folder)."""
    contents = folder / "_internal" if (folder / "_internal").is_dir() else folder
    env = dict(os.environ, LD_LIBRARY_PATH=str(contents))
    left_out, from_system = set(), set()
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            if "not found" not in line:
                continue
            name = line.split()[0]
            if BUNDLED_LIBRARY.match(name):
                left_out.add(f"{name} (for {path.relative_to(folder)})")
            else:
                from_system.add(name)
    if left_out:
        raise SmokeFailure(
            "bundled binaries link libraries left out: " + ", ".join(sorted(left_out))
        )
    notes = ["ldd: every Qt and Python library a bundled binary links is in the bundle"]
    if from_system:
        notes.append(
            "ldd: not on this machine, left to the system: " + ", ".join(sorted(from_system))
        )
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--gui-seconds", type=float, default=5.0)
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="Qt platform plugin for the app (default offscreen; xcb under xvfb-run checks X11)",
    )
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    with tempfile.TemporaryDirectory(prefix="psw-smoke-", ignore_cleanup_errors=True) as tmp:
        try:
            bundle = Bundle(folder, Path(tmp), args.platform)
            notes = [check_resources(bundle), *check_cli(bundle, expected_version())]
            notes.append(check_gui(bundle, args.gui_seconds))
            if sys.platform == "win32" and not (folder / "psw-journal-app.exe").is_file():
                raise SmokeFailure("psw-journal-app.exe (the windowed app) is missing")
            mac_app = folder.parent / "PSW Journal.app" / "Contents" / "MacOS" / "psw-journal"
            if sys.platform == "darwin" and mac_app.is_file():
                notes.append("PSW Journal.app: " + bundle.run("--version", exe=mac_app).strip())
            if sys.platform.startswith("linux"):
                notes.append(check_desktop_entry(bundle))
                notes.extend(check_linked_libraries(folder))
        except SmokeFailure as failure:
            print(f"smoke test FAILED: {failure}", file=sys.stderr)
            return 1
    for note in notes:
        print(f"ok  {note}")
    print(f"smoke test passed: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
