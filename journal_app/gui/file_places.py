"""Where every file dialog opens: the Documents folder, or the home folder when there
is no Documents folder, never the folder the app happened to be started in (a file
dialog given no folder, or a bare file name, opens in the working directory). What is
written unencrypted (the recovery key's PDF, a pack, an export) is not offered a
Documents folder that syncs to the cloud, as it often does on a work laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from journal_app.services.synced_folders import sync_service


def documents_folder() -> Path | None:
    """The worker's Documents folder, if there is one."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else None


def start_folder(unencrypted: bool = False) -> Path:
    """The folder a file dialog opens in. `unencrypted`: for a file anyone could read,
    so a Documents folder that syncs to the cloud is passed over for the home folder."""
    documents = documents_folder()
    if documents is not None and not (unencrypted and sync_service(documents) is not None):
        return documents
    return Path.home()


def start_path(name: str, unencrypted: bool = False) -> str:
    """A suggested file name in the start folder, for a save dialog."""
    return str(start_folder(unencrypted) / name)


def folder_or_start(folder: str) -> str:
    """`folder` when it exists (a setting's current folder), else the start folder."""
    if folder.strip() and Path(folder).expanduser().is_dir():
        return str(Path(folder).expanduser())
    return str(start_folder())
