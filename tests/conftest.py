"""Shared fixtures. Every test works in its own temporary directories: the user's
real data, config, log and temp dirs are never touched."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from platform_rules import windows_rules  # noqa: F401  (a fixture for every test)

from journal_app.services.journal import Journal
from journal_app.vault import crypto
from journal_app.vault.crypto import KdfParams

# The cheapest settings the vault accepts (OWASP's floor): tests stay fast.
FAST_KDF = KdfParams(19456, 2, 4)
PASSPHRASE = "correct horse battery staple"


# Two ways to run the suite. The fast loop (plain `pytest`, for a developer between
# edits) skips the tests marked `slow` and tries a tenth of each property's examples.
# The whole suite (`pytest --slow`: README, .ci/run, GitHub) runs every test with the
# full count. `--soak` adds ten times the SIGKILL rounds and fuzz examples, by hand.
WHOLE_SUITE = False
SOAK = False

settings.register_profile("whole-suite", deadline=None, database=None)
settings.register_profile("fast-loop", max_examples=10, deadline=None, database=None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        help="the whole suite: also the long tests marked slow, and every property test's "
        "full count of examples (what CI runs)",
    )
    parser.addoption(
        "--soak",
        action="store_true",
        help="the whole suite with ten times the SIGKILL rounds and fuzz examples",
    )


def examples(whole: int) -> int:
    """How many examples a property or fuzz test tries, given its count in the whole
    suite: a tenth of it (at least 5) in the fast loop, ten times it with --soak."""
    if SOAK:
        return whole * 10
    return whole if WHOLE_SUITE else max(5, whole // 10)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if WHOLE_SUITE:
        return
    skip = pytest.mark.skip(reason="not in the fast loop; `pytest --slow` runs the whole suite")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_configure(config: pytest.Config) -> None:
    global WHOLE_SUITE, SOAK
    SOAK = config.getoption("--soak")
    WHOLE_SUITE = SOAK or config.getoption("--slow")
    settings.load_profile("whole-suite" if WHOLE_SUITE else "fast-loop")
    # Offscreen draws with the system's fonts on Linux (fontconfig) and macOS (Core
    # Text); on Windows it finds none (it reads only Qt's own font folder), so the
    # tests use the real windows platform there, as GitHub's Windows runners allow.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "windows" if sys.platform == "win32" else "offscreen"


# Every variable a platform's folders come from: XDG on Linux, HOME on macOS
# (~/Library/...), and on Windows USERPROFILE, APPDATA, LOCALAPPDATA, TEMP/TMP and
# platformdirs' WIN_PD_OVERRIDE_* (it asks Windows itself before APPDATA).
_FOLDERS = (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_CACHE_HOME", "cache"),
    ("TMPDIR", "tmp"),
    ("TMP", "tmp"),
    ("TEMP", "tmp"),
    ("APPDATA", "roaming"),
    ("LOCALAPPDATA", "local"),
    ("WIN_PD_OVERRIDE_APPDATA", "roaming"),
    ("WIN_PD_OVERRIDE_LOCAL_APPDATA", "local"),
    ("WIN_PD_OVERRIDE_COMMON_APPDATA", "common"),
    ("WIN_PD_OVERRIDE_PERSONAL", "documents"),
    ("WIN_PD_OVERRIDE_DESKTOPDIRECTORY", "desktop"),
    ("WIN_PD_OVERRIDE_DOWNLOADS", "downloads"),
)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every platform directory (data, config, logs, temp) at a fresh folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in _FOLDERS:
        (home / sub).mkdir(exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    # Sync clients' variables on a Windows runner would make every folder look synced.
    for var in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(var, raising=False)
    # tempfile caches its directory on first use; point the cache at the fresh one too.
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    return home


@pytest.fixture(autouse=True, scope="session")
def argon2_once_per_key() -> Iterator[dict[str, int]]:
    """Argon2id is most of the suite's time (FAST_KDF, the floor the vault accepts, still
    takes ~40 ms), and most derivations repeat one: a journal reopened, or made then
    unlocked, derives the same key from the same passphrase, salt and settings again.
    Each distinct derivation runs for real once per session and later ones reuse its
    bytes; a new salt (every new journal, calibration) always derives. The store and
    calibrate() call it through the module, so the module attribute is what to patch;
    the known-answer tests import the real function before this runs."""
    real = crypto.derive_passphrase_key
    keys: dict[tuple[str, bytes, KdfParams], bytes] = {}
    stats = {"derived": 0, "reused": 0}

    def derive_once(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        wanted = (passphrase, bytes(salt), params)
        if wanted in keys:
            stats["reused"] += 1
        else:
            keys[wanted] = real(passphrase, salt, params)
            stats["derived"] += 1
        return keys[wanted]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(crypto, "derive_passphrase_key", derive_once)
        yield stats


def can_create(folder: Path, name: str) -> bool:
    """Whether this platform's file system takes `name` (Windows refuses ':', '?',
    '"', trailing dots and names like CON); for tests to skip with a reason."""
    try:
        (folder / name).touch()
    except (OSError, ValueError):
        return False
    (folder / name).unlink()
    return True


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.pswvault"


@pytest.fixture(scope="session")
def closed_journal_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A new, empty journal made once per session, closed, and its recovery key. A copy
    stands in for a journal made earlier that a test opens (the command line does):
    its key is then already derived (argon2_once_per_key)."""
    path = tmp_path_factory.mktemp("closed-journal") / "journal.pswvault"
    journal, recovery_key = Journal.create(path, PASSPHRASE, FAST_KDF)
    journal.close()
    assert not Path(f"{path}-wal").exists()
    return path, recovery_key


@pytest.fixture
def journal(vault_path: Path):
    """A fresh, unlocked journal; its recovery key is on `journal.recovery_key`."""
    j, recovery_key = Journal.create(vault_path, PASSPHRASE, FAST_KDF)
    j.recovery_key = recovery_key  # type: ignore[attr-defined]
    yield j
    if j.is_open:
        j.lock()


def symlink_or_skip(link: Path, target: Path) -> None:
    """Make a folder link, or skip: Windows allows them only to administrators or in
    developer mode."""
    try:
        link.symlink_to(target, target_is_directory=True)
    except (OSError, NotImplementedError):
        pytest.skip("this platform does not let this user make symbolic links")
