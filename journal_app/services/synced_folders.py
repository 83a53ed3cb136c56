"""Is a folder copied to the cloud? On a managed Windows laptop Documents and the
Desktop are often redirected into OneDrive (the employer's tenant), and on a Mac into
iCloud Drive; a plain export or a recovery-key PDF saved there leaves the laptop.
The file permissions cannot help (on Windows a file takes its folder's rights), so
the worker is told before saving. Nothing here reads a file's content."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

# Environment variables the OneDrive client sets on Windows to its folders.
_ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

# A folder name (compared without case) that a sync client owns, and its name.
_EXACT = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",  # Windows' iCloud client
    "mobile documents": "iCloud Drive",  # macOS: ~/Library/Mobile Documents
    "box": "Box",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
}
# Names that start so: "OneDrive - NHS Trust" (Windows, work), "OneDrive-Personal" and
# "GoogleDrive-sam@example.org" (macOS ~/Library/CloudStorage), "Dropbox (Personal)".
_PREFIXES = (
    ("onedrive - ", "OneDrive"),
    ("onedrive-", "OneDrive"),
    ("googledrive-", "Google Drive"),
    ("dropbox (", "Dropbox"),
    ("dropbox-", "Dropbox"),
    ("box-", "Box"),
)


def _by_name(parts: tuple[str, ...]) -> str | None:
    for part in parts:
        name = part.lower()
        if name in _EXACT:
            return _EXACT[name]
        for prefix, service in _PREFIXES:
            if name.startswith(prefix):
                return service
    return None


def _within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def sync_service(
    path: str | os.PathLike[str],
    env: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> str | None:
    """The cloud service that copies `path` (a file or folder), or None."""
    env = os.environ if env is None else env
    path = Path(os.path.abspath(path))
    for variable in _ONEDRIVE_VARIABLES:
        root = env.get(variable)
        if root and _within(Path(os.path.normcase(path)), Path(os.path.normcase(root))):
            return "OneDrive"
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError):
        real = path
    for candidate in (path, real):
        service = _by_name(candidate.parts)
        if service:
            return service
    # macOS "Desktop & Documents Folders" in iCloud: the folders stay where they were,
    # and iCloud keeps their copy under Mobile Documents.
    home = Path.home() if home is None else home
    icloud = home / "Library" / "Mobile Documents" / "com~apple~CloudDocs"
    for folder in ("Desktop", "Documents"):
        if _within(path, home / folder) and (icloud / folder).is_dir():
            return "iCloud Drive"
    return None
