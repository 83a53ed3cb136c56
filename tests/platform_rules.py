"""Windows' documented file rules, applied on Linux so the suite can prove the app
keeps them without a Windows machine (SECURITY.md: "every rule is handled and
emulated in tests").

With `WindowsFileRules.apply(monkeypatch)`:
- os.fsync refuses a descriptor opened read-only (FlushFileBuffers needs
  GENERIC_WRITE; the C runtime's _commit reports EBADF);
- a directory cannot be opened with os.open (EACCES), so it cannot be fsynced;
- os.link fails as on FAT/exFAT (ERROR_INVALID_FUNCTION), when `hard_links` is off;
- a file open anywhere in this process (found through /proc/self/fd, so SQLite's own
  handles count) or "held" by another program (`hold`) cannot be replaced, renamed
  or deleted (ERROR_SHARING_VIOLATION), and os.rename never replaces a file;
- os.chmod, os.open and os.mkdir honour only the write bit (read-only or not), so a
  "0600" file is as readable as its folder lets it be.

The console's code page is emulated separately (PYTHONIOENCODING=cp1252 in a child
process, or a cp1252 TextIOWrapper in-process).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

needs_proc_fd = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="emulating Windows file rules needs /proc/self/fd"
)


def _winerror(cls: type[OSError], code: int, winerror: int, text: str, path: object) -> OSError:
    exc = cls(code, text, os.fspath(path) if path is not None else None)
    exc.winerror = winerror  # type: ignore[attr-defined]  # as Windows' OSError carries
    return exc


class WindowsFileRules:
    """The rules above; `held` is the set of paths another program has open."""

    def __init__(self, hard_links: bool = False) -> None:
        self.hard_links = hard_links
        self.held: set[str] = set()
        self.refused: list[tuple[str, str]] = []  # (operation, file name), for assertions
        self._real = {
            name: getattr(os, name)
            for name in (
                "fsync",
                "open",
                "link",
                "replace",
                "rename",
                "unlink",
                "remove",
                "chmod",
                "mkdir",
            )
        }

    # --- what is open ---------------------------------------------------------------

    def open_paths(self) -> set[str]:
        found = set()
        with contextlib.suppress(OSError):
            for fd in os.listdir("/proc/self/fd"):
                with contextlib.suppress(OSError):
                    found.add(os.readlink(f"/proc/self/fd/{fd}"))
        return found | self.held

    def _busy(self, operation: str, *paths: object) -> None:
        open_now = self.open_paths()
        for path in paths:
            if path is None or isinstance(path, int):
                continue
            full = os.path.abspath(os.fspath(path))
            if full in open_now:
                self.refused.append((operation, os.path.basename(full)))
                raise _winerror(
                    PermissionError,
                    errno.EACCES,
                    32,
                    "The process cannot access the file because it is being used by "
                    "another process",
                    path,
                )

    @contextlib.contextmanager
    def hold(self, path: Path, release_after: float | None = None) -> Iterator[None]:
        """Another program (a virus scanner, OneDrive, a PDF viewer) has `path` open;
        with `release_after`, it lets go after that many seconds."""
        key = os.path.abspath(path)
        self.held.add(key)
        timer = None
        if release_after is not None:
            timer = threading.Timer(release_after, self.held.discard, (key,))
            timer.start()
        try:
            yield
        finally:
            if timer is not None:
                timer.cancel()
            self.held.discard(key)

    # --- the rules ------------------------------------------------------------------

    def fsync(self, fd: int) -> None:
        import fcntl  # POSIX only; apply() refuses to run elsewhere

        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        self._real["fsync"](fd)

    def open(self, path, flags, mode=0o777, *, dir_fd=None):
        target = path if dir_fd is None else None
        if target is not None and os.path.isdir(target) and not isinstance(target, int):
            raise _winerror(PermissionError, errno.EACCES, 5, "Access is denied", target)
        if dir_fd is None:
            return self._real["open"](path, flags, self._mode(mode))
        return self._real["open"](path, flags, self._mode(mode), dir_fd=dir_fd)

    def link(self, src, dst, *args, **kwargs):
        if not self.hard_links:
            raise _winerror(OSError, errno.EINVAL, 1, "Incorrect function", src)
        return self._real["link"](src, dst, *args, **kwargs)

    def replace(self, src, dst, *args, **kwargs):
        if not kwargs and not args:
            self._busy("replace", src, dst)
        return self._real["replace"](src, dst, *args, **kwargs)

    def rename(self, src, dst, *args, **kwargs):
        if not kwargs and not args:
            self._busy("rename", src, dst)
            if os.path.exists(dst):
                raise _winerror(
                    FileExistsError,
                    errno.EEXIST,
                    183,
                    "Cannot create a file when that file already exists",
                    dst,
                )
        return self._real["rename"](src, dst, *args, **kwargs)

    def unlink(self, path, *, dir_fd=None):
        if dir_fd is None:
            self._busy("delete", path)
            return self._real["unlink"](path)
        return self._real["unlink"](path, dir_fd=dir_fd)

    def chmod(self, path, mode, *args, **kwargs):
        return self._real["chmod"](path, self._mode(mode), *args, **kwargs)

    def mkdir(self, path, mode=0o777, *args, **kwargs):
        return self._real["mkdir"](path, 0o777, *args, **kwargs)

    @staticmethod
    def _mode(mode: int) -> int:
        """Windows keeps one permission bit: read-only or not."""
        return 0o666 if mode & stat.S_IWRITE else 0o444

    def apply(self, monkeypatch: pytest.MonkeyPatch) -> WindowsFileRules:
        if not Path("/proc/self/fd").is_dir() or sys.platform == "win32":
            pytest.skip("emulating Windows file rules needs Linux's /proc/self/fd")
        for name in ("fsync", "open", "link", "replace", "rename", "unlink", "chmod", "mkdir"):
            monkeypatch.setattr(os, name, getattr(self, name))
        monkeypatch.setattr(os, "remove", self.unlink)
        return self


@pytest.fixture
def windows_rules(monkeypatch: pytest.MonkeyPatch) -> WindowsFileRules:
    """Windows' file rules for the length of one test (FAT-like: no hard links)."""
    return WindowsFileRules().apply(monkeypatch)
