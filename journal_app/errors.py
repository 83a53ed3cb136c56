"""Typed errors raised by the core and mapped once to exit codes (CLI) or messages (GUI).

Messages never contain journal text, titles, tags or passphrases: they name fields,
record ids, files and line numbers only.

The message is the core's English (the CLI prints it as it is). Where one type covers
several cases, `code` names the case and `values` holds what the message names (a
count, a file name), so the GUI can say the same in the user's language
(journal_app/gui/messages.py) without reading the English.
"""

from __future__ import annotations


class JournalError(Exception):
    """Base of every error the app expects and explains to the user."""

    exit_code = 1
    code = ""  # which case of the type this is, when the type alone does not say

    def __init__(self, message: str, *, code: str = "", **values: object) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.values = values


class ValidationError(JournalError):
    """Input that does not fit a record; `field` names the offending field."""

    exit_code = 2

    def __init__(self, field: str, problem: str, *, code: str = "", **values: object) -> None:
        super().__init__(f"{field}: {problem}", code=code, **values)
        self.field = field
        self.problem = problem


class UsageError(JournalError):
    """A command used the wrong way (missing option, unreadable input file)."""

    exit_code = 2


class ImportFormatError(JournalError):
    """An import file that cannot be read; the message names the line or entry."""

    exit_code = 2


class WrongPassphrase(JournalError):
    exit_code = 3

    def __init__(self, message: str = "wrong passphrase") -> None:
        super().__init__(message)


class WrongRecoveryKey(JournalError):
    exit_code = 3

    def __init__(self, message: str = "wrong recovery key") -> None:
        super().__init__(message)


class WeakPassphrase(JournalError):
    exit_code = 2


class VaultError(JournalError):
    """Something about the vault file itself."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultCorrupt(VaultError):
    """The file is damaged or was changed outside the app."""


class StaleHeader(VaultCorrupt):
    """The header opens with a key the entries were not written under: an older
    copy's header put into the file. Never accepted."""


class SchemaTampered(VaultCorrupt):
    """The file holds a table, index, view or trigger that the format does not define
    (say, a trigger planted to copy every new ciphertext), or lacks or has a changed
    table the format defines. `findings` holds (kind, message) pairs, as `verify`
    reports them."""

    def __init__(self, message: str, findings: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.findings = findings


class WriteRefused(SchemaTampered):
    """Nothing is written to a file whose schema is not the format's: a planted
    trigger would run with every save. Reading it still works."""


class UnsupportedFormat(VaultError):
    """A format version this build does not know, or a file that is not a vault."""


class MigrationFailed(VaultError):
    """An upgrade of the file's format failed and was rolled back."""


class WeakKdfParameters(VaultError):
    """KDF parameters below the accepted floor (or absurdly high): refused."""


class VaultLocked(VaultError):
    pass


class EntriesUnreadable(VaultError):
    """The records decrypted at the unlock could not all be decoded (out of memory,
    say): the journal is not read or changed, and the app locks it."""


class KeysChanged(VaultLocked):
    """Another process changed the passphrase, and with it the keys, since this one
    unlocked: nothing may be written under the old keys."""


class StorageError(VaultError):
    """The disk refused a write (full, read-only, I/O error); nothing was changed."""


class DiskFull(StorageError):
    """The disk, or the user's quota on it, is full; nothing was changed."""


class WriteDenied(StorageError):
    """The file system refused the write: read-only media, or no permission."""


class ReadOnlyVault(StorageError):
    """A write to a vault that was opened read-only because its file or folder cannot
    be written (read-only media, or no permission); nothing was changed."""


class RecordNotFound(JournalError):
    pass


class RecordDamaged(VaultError):
    """A record failed to authenticate and is quarantined."""


class Cancelled(JournalError):
    """The worker stopped long work at a safe point; nothing was changed."""


class JournalInUse(JournalError):
    """Another PSW Journal (the app, or a command-line write) has the journal open."""


class RecordChangedElsewhere(JournalError):
    """A save found the record at another revision than the one it was read at: some
    other program wrote it meanwhile. Nothing was saved; the caller keeps its text."""

    def __init__(self, record_id: str) -> None:
        super().__init__(
            f"entry {record_id} was changed elsewhere (another PSW Journal window or the "
            "command line) since it was opened; nothing was saved over it"
        )
        self.record_id = record_id
