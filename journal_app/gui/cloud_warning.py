"""A question before a plain (unencrypted) file is saved into a folder that a sync
client copies to the cloud: OneDrive-redirected Documents on a work laptop, iCloud
Drive on a Mac (services/synced_folders.py finds them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal_app.services.synced_folders import sync_service

translate = QCoreApplication.translate


def confirm_plain_file_location(parent: QWidget | None, path: Path, what: str) -> bool:
    """True when `path` is not synced, or the worker chose to save there anyway.
    `what` says what the file holds, as a sentence ("The pack is not encrypted.")."""
    service = sync_service(path)
    if service is None:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CloudWarning", "PSW Journal — A folder in the cloud"))
    box.setText(
        translate(
            "CloudWarning",
            "{folder} is a folder that {service} copies to the cloud. On a work laptop "
            "that is often your employer's account.",
        ).format(folder=path.parent.name or str(path.parent), service=service)
    )
    box.setInformativeText(
        what
        + " "
        + translate(
            "CloudWarning",
            "Anyone who can open that {service} account could read it. A folder on this "
            "computer that is not synced, or a USB stick, keeps it with you.",
        ).format(service=service)
    )
    elsewhere = box.addButton(
        translate("CloudWarning", "&Choose another place"), QMessageBox.ButtonRole.RejectRole
    )
    anyway = box.addButton(
        translate("CloudWarning", "&Save there anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(elsewhere)
    box.setEscapeButton(elsewhere)
    box.exec()
    return box.clickedButton() is anyway
