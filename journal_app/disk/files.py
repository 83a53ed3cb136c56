"""Durable file operations, written once for every platform's rules (Electrum keeps
its atomic writes in one storage module; so do we). Everything that creates, flushes,
links, replaces, renames or removes a file holding journal data comes through here.

The rules each function keeps:
- Windows: FlushFileBuffers (os.fsync) needs a handle with write access; a file that
  another program holds open (antivirus, the search indexer, OneDrive, a PDF viewer)
  cannot be replaced, renamed or deleted for a moment; FAT and exFAT sticks and many
  network shares have no hard links; directories cannot be opened to flush them.
- macOS: fsync() reaches the drive's cache, not the platter; F_FULLFSYNC reaches it.
- SQLite: a `file:` URI must have an empty authority, so a Windows share or mapped
  drive is written `file:////server/share/...`, and `?`, `#` and `%` are escaped.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import TypeVar
from urllib.parse import quote

from journal_app.errors import StorageError, VaultExists

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long a replace, rename or delete keeps trying while another program holds the
# file open. Virus scanners and sync clients usually let go within a second.
RETRY_SECONDS = 3.0
_RETRY_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.5)


class FileInUse(StorageError):
    """Another program holds a file open, so it cannot be replaced, renamed or removed."""

    def __init__(self, path: Path, action: str) -> None:
        super().__init__(
            f"{Path(path).name} is open in another program (an antivirus scan, a backup "
            f"or sync tool such as OneDrive, or a viewer), so it could not be {action}; "
            "nothing was changed. Close that program or wait a moment, then try again.",
            code="file_in_use",
            file=Path(path).name,
        )
        self.path = Path(path)


def _in_use(exc: OSError) -> bool:
    """True for the errors Windows gives when another handle blocks the operation:
    ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33), ERROR_ACCESS_DENIED (5)."""
    winerror = getattr(exc, "winerror", None)
    if winerror is not None:
        return winerror in (5, 32, 33)
    return isinstance(exc, PermissionError) and sys.platform == "win32"


def with_retry(action: Callable[[], T], path: Path, what: str) -> T:
    """Run `action`, retrying for up to RETRY_SECONDS while another program holds
    `path` open; then raise FileInUse naming the file. Other errors pass at once."""
    deadline = time.monotonic() + RETRY_SECONDS
    attempt = 0
    while True:
        try:
            return action()
        except OSError as exc:
            if not _in_use(exc):
                raise
            if time.monotonic() >= deadline:
                log.warning("a file stayed in use by another program; gave up")
                raise FileInUse(path, what) from None
            time.sleep(_RETRY_PAUSES[min(attempt, len(_RETRY_PAUSES) - 1)])
            attempt += 1


def replace(src: Path, dst: Path) -> None:
    """os.replace, patient with a file another program holds open (either name)."""
    with_retry(lambda: os.replace(src, dst), dst, "replaced")


def rename(src: Path, dst: Path) -> None:
    """os.rename (never over an existing file on Windows), patient as `replace` is."""
    with_retry(lambda: os.rename(src, dst), src, "moved")


def remove(path: Path, missing_ok: bool = True) -> None:
    """Delete a file, patient with one another program holds open."""

    def unlink() -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    with_retry(unlink, path, "removed")


def discard(path: Path) -> None:
    """Remove a temporary file if it can be removed; never raises (a later start sweeps)."""
    with contextlib.suppress(OSError):
        remove(path)


def new_private_file(path: Path) -> None:
    """Create `path` empty, readable by its owner only (a stale one is replaced)."""
    remove(path)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def fsync_fd(fd: int) -> None:
    """Flush a file descriptor to the drive. On macOS fsync() stops at the drive's
    own cache, so F_FULLFSYNC is asked for (and fsync used where the file system
    refuses it, as network shares do)."""
    if sys.platform == "darwin":
        import fcntl

        full = getattr(fcntl, "F_FULLFSYNC", None)
        if full is not None:
            try:
                fcntl.fcntl(fd, full)
                return
            except OSError:
                pass
    os.fsync(fd)


def fsync_file(path: Path) -> None:
    """Flush a closed file's data to the drive. The handle is opened for writing:
    Windows' FlushFileBuffers refuses a read-only handle (ERROR_ACCESS_DENIED)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        fsync_fd(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename or new file durable (no-op where directories cannot be opened,
    as on Windows, whose NTFS journals the rename itself)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            fsync_fd(fd)
        finally:
            os.close(fd)


# errno values a file system without hard links gives (FAT/exFAT: EPERM on Linux and
# macOS, ERROR_INVALID_FUNCTION -> EINVAL on Windows; SMB/NFS: EOPNOTSUPP, EXDEV...).
_NO_LINK = {
    errno.EPERM,
    errno.EINVAL,
    errno.ENOSYS,
    errno.EXDEV,
    errno.EMLINK,
    getattr(errno, "EOPNOTSUPP", errno.EINVAL),
    getattr(errno, "ENOTSUP", errno.EINVAL),
}


def place_new(staged: Path, target: Path, exists_message: str) -> None:
    """Move a complete, fsynced file to `target`, which must not exist: never over a
    file that appeared meanwhile. A hard link does this in one step; where the file
    system has none, the name is claimed first with an exclusive create, then the
    staged file replaces the empty claim. `staged` is left for the caller to remove."""
    try:
        os.link(staged, target)
        return
    except FileExistsError:
        raise VaultExists(exists_message) from None
    except (OSError, NotImplementedError, AttributeError) as exc:
        if isinstance(exc, OSError) and exc.errno not in _NO_LINK and not _in_use(exc):
            raise
        log.info("no hard links here (%s); claiming the name instead", type(exc).__name__)
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        raise VaultExists(exists_message) from None
    try:
        replace(staged, target)
    except BaseException:
        with contextlib.suppress(OSError):
            if os.stat(target).st_size == 0:
                os.unlink(target)  # our empty claim, nothing else
        raise


def sqlite_uri(path: str | os.PathLike[str], *, windows: bool | None = None, **params: str) -> str:
    """A `file:` URI that SQLite accepts for `path` on this platform (or on Windows
    when `windows` is true), with the given query parameters (e.g. mode="ro").

    The path is made absolute without resolving links: Path.resolve() turns a mapped
    drive (H:) into \\\\server\\share, whose as_uri() puts the server in the authority,
    which SQLite refuses. Here a share becomes file:////server/share/..., a drive
    file:///C:/..., and '%', '?' and '#' (and anything not plain ASCII) are escaped."""
    windows = sys.platform == "win32" if windows is None else windows
    text = os.fspath(path)
    if windows:
        if not PurePath(text).is_absolute() and sys.platform == "win32":
            text = os.path.abspath(text)
        text = text.replace("\\", "/")
        if text.startswith("//"):  # \\server\share\... or \\?\C:\...
            if text.startswith("//?/UNC/"):
                text = "//" + text[len("//?/UNC/") :]
            elif text.startswith("//?/") or text.startswith("//./"):
                text = text[len("//?/") :]
        if not text.startswith("/"):
            text = "/" + text  # C:/x -> /C:/x
    else:
        text = os.path.abspath(text)
    # Keep '/' and the drive colon; escape what SQLite or URIs treat specially.
    uri = "file://" + quote(text, safe="/:")  # empty authority, then the absolute path
    if params:
        uri += "?" + "&".join(f"{quote(k)}={quote(v)}" for k, v in params.items())
    return uri
