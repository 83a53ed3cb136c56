"""A question before a plain (unencrypted) file is saved into a folder that a sync
client copies to the cloud: OneDrive-redirected Documents on a work laptop, iCloud
Drive on a Mac (services/synced_folders.py finds them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal_app.gui.confirm import go_on_anyway
from journal_app.services.synced_folders import sync_service

translate = QCoreApplication.translate


def confirm_plain_file_location(parent: QWidget | None, path: Path, what: str) -> bool:
    """True when `path` is not synced, or the worker chose to save there anyway.
    `what` says what the file holds, as a sentence ("The pack is not encrypted.")."""
    service = sync_service(path)
    if service is None:
        return True
    return go_on_anyway(
        parent,
        translate("CloudWarning", "PSW Journal — A folder in the cloud"),
        translate(
            "CloudWarning",
            "{folder} is a folder that {service} copies to the cloud. On a work laptop "
            "that is often your employer's account.",
        ).format(folder=path.parent.name or str(path.parent), service=service),
        what
        + " "
        + translate(
            "CloudWarning",
            "Anyone who can open that {service} account could read it. A folder on this "
            "computer that is not synced, or a USB stick, keeps it with you.",
        ).format(service=service),
        translate("CloudWarning", "&Choose another place"),
        translate("CloudWarning", "&Save there anyway"),
    )
