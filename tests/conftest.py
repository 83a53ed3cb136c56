"""Shared fixtures. Every test works in its own temporary directories: the user's
real data, config, log and temp dirs are never touched."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from platform_rules import windows_rules  # noqa: F401  (a fixture for every test)

from journal_app.services.journal import Journal
from journal_app.vault.crypto import KdfParams

# The cheapest settings the vault accepts (OWASP's floor): tests stay fast.
FAST_KDF = KdfParams(19456, 2, 4)
PASSPHRASE = "correct horse battery staple"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="run the long fault-injection rounds")


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every platform directory (data, config, logs, temp) at a fresh folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("TMPDIR", "tmp"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    # tempfile caches its directory on first use; point the cache at the fresh one too.
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    return home


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.pswvault"


@pytest.fixture
def journal(vault_path: Path):
    """A fresh, unlocked journal; its recovery key is on `journal.recovery_key`."""
    j, recovery_key = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    j.recovery_key = recovery_key  # type: ignore[attr-defined]
    yield j
    if j.is_open:
        j.lock()
