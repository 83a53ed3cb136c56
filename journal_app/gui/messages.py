"""Typed errors from the core turned into plain, translatable sentences: the one
place the GUI maps errors to words (never a traceback in a dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app import errors

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def _tr(text: str) -> str:
    """For texts held in variables (marked with QT_TRANSLATE_NOOP where written)."""
    return translate("messages", text)


def user_message(exc: BaseException) -> str:
    if isinstance(exc, errors.WrongPassphrase):
        return translate(
            "messages", "That passphrase does not open this journal. Check Caps Lock and try again."
        )
    if isinstance(exc, errors.WrongRecoveryKey):
        return translate(
            "messages", "That recovery key does not open this journal. Check each group of five."
        )
    if isinstance(exc, errors.WeakPassphrase):
        return translate(
            "messages",
            "That passphrase is too easy to guess. Use at least 12 characters, "
            "for example a generated passphrase of several words.",
        )
    if isinstance(exc, errors.ValidationError):
        return translate("messages", "Please check {field}: {problem}").format(
            field=exc.field, problem=exc.problem
        )
    if isinstance(exc, errors.JournalInUse):
        return translate(
            "messages",
            "This journal is already open in another PSW Journal window, or the command "
            "line is writing to it. Switch to that window and lock it (Ctrl+L) or close "
            "it, then try again.",
        )
    if isinstance(exc, errors.RecordChangedElsewhere):
        return translate(
            "messages",
            "This entry was changed in another PSW Journal window or by the command line "
            "since you opened it, so it was not saved over. Your text is still in the "
            "editor: copy it somewhere, then open the entry again.",
        )
    if isinstance(exc, errors.ReadOnlyVault):
        return translate(
            "messages",
            "This journal is open read-only: its file or its folder cannot be written "
            "(read-only media, or no permission to write there). Nothing was changed.",
        )
    if isinstance(exc, errors.StorageError):
        return translate(
            "messages", "Your writing could not be saved: {reason} It is still in the editor."
        ).format(reason=exc.message)
    if isinstance(exc, errors.WriteRefused):
        return translate(
            "messages",
            "Nothing could be saved to the journal file: {reason}. What you typed is still "
            "on screen: copy it somewhere safe.",
        ).format(reason=exc.message)
    if isinstance(exc, errors.VaultCorrupt):
        return translate("messages", "The journal file is damaged: {reason}").format(
            reason=exc.message
        )
    if isinstance(exc, errors.JournalError):
        return exc.message[:1].upper() + exc.message[1:]
    return translate(
        "messages", "Something went wrong ({kind}). Your saved entries are safe."
    ).format(kind=type(exc).__name__)
