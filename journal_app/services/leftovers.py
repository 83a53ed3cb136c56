"""The sweep at every start (the app's, and each command of the command line) of the
temporary files that a killed or crashed run left: a half-written backup, a cut-off
export. Which files are ours, and when one may be removed: disk/temp_files.py."""

from __future__ import annotations

import logging
from pathlib import Path

from journal_app.disk import temp_files

log = logging.getLogger(__name__)


def sweep_leftovers(vault: Path, backup_folder: Path | None = None) -> list[Path]:
    """Remove what stopped runs left beside the journal, in the backup folder and
    wherever a noted export or backup was being written. Returns the plaintext files
    that could not be removed, for the worker to be told (never raises)."""
    from journal_app.services.auto_backup import default_backup_dir

    folders = [Path(vault).parent, default_backup_dir()]
    if backup_folder is not None:
        folders.append(Path(backup_folder))
    from journal_app.services import viewing

    viewing.sweep()  # private copies of attached files a stopped run left for a viewer
    try:
        return temp_files.sweep(folders).stuck
    except Exception as exc:  # a start must never fail for this
        log.warning("the sweep of leftover files failed: %s", type(exc).__name__)
        return []
