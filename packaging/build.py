"""Build the packaged app for this platform: `python packaging/build.py [--zip]`.

Runs PyInstaller on packaging/psw-journal.spec and leaves the one-folder app in
packaging/dist/psw-journal/ (and `PSW Journal.app` beside it on macOS); --zip also
writes packaging/dist/psw-journal-<version>-<platform>-<machine>.zip for
distribution. Check the result with `python packaging/smoke_test.py`.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import platform
import shutil
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "psw-journal.spec"
DIST = HERE / "dist"
WORK = HERE / "build"
APP_NAME = "psw-journal"
MAC_APP = "PSW Journal.app"


DESKTOP_SCRIPT = "install-desktop-entry.sh"


def app_version() -> str:
    sys.path.insert(0, str(REPO))
    from journal_app import __version__

    return __version__


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def folder_stats(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under folder, not following symbolic links."""
    size = count = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if not path.is_symlink():
                size += path.stat().st_size
                count += 1
    return size, count


def zip_folder(folder: Path, archive: Path) -> None:
    """Zip folder (as its own top-level folder) keeping executable bits and symbolic
    links, which PyInstaller's Linux and macOS folders contain."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for root, dirs, files in os.walk(folder):
            for name in sorted(dirs + files):
                path = Path(root, name)
                arcname = path.relative_to(folder.parent).as_posix()
                if path.is_symlink():
                    info = zipfile.ZipInfo(arcname)
                    info.create_system = 3  # Unix, so unzip reads the mode below
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                    out.writestr(info, os.readlink(path))
                elif path.is_file():
                    out.write(path, arcname)
            dirs[:] = [d for d in dirs if not Path(root, d).is_symlink()]


def make_archive(version: str) -> Path:
    archive = DIST / f"{APP_NAME}-{version}-{platform_tag()}.zip"
    archive.unlink(missing_ok=True)
    if sys.platform == "darwin":
        # ditto keeps the .app's symbolic links, extended attributes and signature.
        command = ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent"]
        subprocess.run([*command, str(DIST / MAC_APP), str(archive)], check=True)
    else:
        zip_folder(DIST / APP_NAME, archive)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", action="store_true", help="also write a zip to distribute")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    args = parser.parse_args(argv)

    if importlib.util.find_spec("PyInstaller") is None:
        print(
            "build: PyInstaller is not installed in this Python "
            f"({sys.executable}); install it with: pip install -e '.[package]'",
            file=sys.stderr,
        )
        return 2
    version = app_version()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        str(SPEC),
    ]
    if args.clean:
        command.insert(3, "--clean")
    pyinstaller = importlib.metadata.version("pyinstaller")
    print(f"build: psw-journal {version} for {platform_tag()} with PyInstaller {pyinstaller}")
    started = time.monotonic()
    result = subprocess.run(command, cwd=REPO)
    elapsed = time.monotonic() - started
    folder = DIST / APP_NAME
    if result.returncode != 0 or not folder.is_dir():
        print(f"build: PyInstaller failed (exit {result.returncode})", file=sys.stderr)
        return result.returncode or 1
    if sys.platform.startswith("linux"):  # the menu entry and icon, for the user to add
        shutil.copy2(REPO / "packaging" / "linux" / DESKTOP_SCRIPT, folder / DESKTOP_SCRIPT)
    size, count = folder_stats(folder)
    print(f"build: {folder} in {elapsed:.0f} s: {size / 2**20:.0f} MiB, {count} files")
    if sys.platform == "darwin" and (DIST / MAC_APP).is_dir():
        print(f"build: {DIST / MAC_APP}")
    if args.zip:
        archive = make_archive(version)
        print(f"build: {archive} ({archive.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
