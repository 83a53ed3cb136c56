"""Typed errors from the core turned into plain, translatable sentences: the one
place the GUI maps errors to words (never a traceback in a dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app import errors


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def user_message(exc: BaseException) -> str:
    if isinstance(exc, errors.WrongPassphrase):
        return _tr("That passphrase does not open this journal. Check Caps Lock and try again.")
    if isinstance(exc, errors.WrongRecoveryKey):
        return _tr("That recovery key does not open this journal. Check each group of five.")
    if isinstance(exc, errors.WeakPassphrase):
        return _tr(
            "That passphrase is too easy to guess. Use at least 12 characters, "
            "for example a generated passphrase of several words."
        )
    if isinstance(exc, errors.ValidationError):
        return _tr("Please check {field}: {problem}").format(field=exc.field, problem=exc.problem)
    if isinstance(exc, errors.StorageError):
        return _tr("Your writing could not be saved: {reason} It is still in the editor.").format(
            reason=exc.message
        )
    if isinstance(exc, errors.VaultCorrupt):
        return _tr("The journal file is damaged: {reason}").format(reason=exc.message)
    if isinstance(exc, errors.JournalError):
        return exc.message[:1].upper() + exc.message[1:]
    return _tr("Something went wrong ({kind}). Your saved entries are safe.").format(
        kind=type(exc).__name__
    )
