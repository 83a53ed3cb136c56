"""Telling a folder the cloud copies (services/synced_folders.py)."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from conftest import symlink_or_skip

from journal_app.services.synced_folders import sync_service


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/sam/OneDrive/Documents/pack.pdf", "OneDrive"),
        ("/home/sam/OneDrive - Leeds NHS Trust/Documents/pack.pdf", "OneDrive"),
        ("/Users/sam/Library/CloudStorage/OneDrive-Personal/pack.pdf", "OneDrive"),
        (
            "/Users/sam/Library/CloudStorage/GoogleDrive-sam@example.org/My Drive/x.pdf",
            "Google Drive",
        ),
        ("/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/pack.pdf", "iCloud Drive"),
        ("/home/sam/Dropbox (Personal)/pack.pdf", "Dropbox"),
        ("/home/sam/Dropbox/pack.pdf", "Dropbox"),
        ("/home/sam/Nextcloud/pack.pdf", "Nextcloud"),
        ("/home/sam/Documents/pack.pdf", None),
        ("/media/sam/USB STICK/recovery key.pdf", None),
        ("/home/sam/Documents/OneDriveNotes/pack.pdf", None),  # only the client's own names
    ],
)
def test_known_sync_folders(path, service, tmp_path):
    assert sync_service(path, env={}, home=tmp_path) == service


def test_a_redirected_documents_folder_is_found_by_onedrives_variable(tmp_path):
    """Windows: OneDrive sets %OneDriveCommercial% to its folder, whatever its name."""
    business = tmp_path / "Company Name"
    business.mkdir()
    env = {"OneDriveCommercial": str(business)}
    assert sync_service(business / "Documents" / "pack.pdf", env=env, home=tmp_path) == "OneDrive"
    assert sync_service(tmp_path / "Documents" / "pack.pdf", env=env, home=tmp_path) is None


def test_a_link_into_a_synced_folder_is_followed(tmp_path):
    cloud = tmp_path / "Dropbox"
    cloud.mkdir()
    symlink_or_skip(tmp_path / "Reports", cloud)
    assert sync_service(tmp_path / "Reports" / "pack.pdf", env={}, home=tmp_path) == "Dropbox"


def test_icloud_desktop_and_documents(tmp_path):
    assert sync_service(tmp_path / "Documents" / "p.pdf", env={}, home=tmp_path) is None
    (tmp_path / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "Documents").mkdir(
        parents=True
    )
    assert sync_service(tmp_path / "Documents" / "p.pdf", env={}, home=tmp_path) == "iCloud Drive"
    assert sync_service(tmp_path / "Downloads" / "p.pdf", env={}, home=tmp_path) is None


def test_windows_spellings_are_recognised():
    parts = PureWindowsPath(r"C:\Users\sam\OneDrive - Rethink\Documents\pack.pdf").parts
    assert sync_service(Path("/", *parts[1:]), env={}, home=Path("/nonexistent")) == "OneDrive"
