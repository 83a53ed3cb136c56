"""Typed errors from the core turned into plain, translated sentences: the one place
the GUI maps errors to words (never a traceback in a dialog, never the core's English
sentence as it is).

An error is looked up by its type and its `code` (the case, where one type covers
several), then by its type alone, then by each base type in turn; what the core's
message names (a field, a count, a file) comes from the error's attributes and is put
into the translated sentence. Where the core cannot yet say which case it is (a disk
error, a damaged file), the translated sentence carries the core's own wording as its
technical detail.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from journal_app import errors
from journal_app.gui.field_labels import field_label

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

_CONTEXT = "messages"


def _tr(text: str) -> str:
    """For texts held in variables (marked with QT_TRANSLATE_NOOP where written)."""
    return translate(_CONTEXT, text)


# A validation error's case (errors.ValidationError.code): `{field}` is the field as
# the form names it; the other names are the error's `values`.
_VALIDATION: dict[str, str] = {
    "date_format": QT_TRANSLATE_NOOP("messages", "Please check {field}: it must be a date."),
    "not_a_date": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: {value} is not a real calendar date."
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "messages",
        "Please check {field}: it is too long ({count} characters, at most {limit}).",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "messages",
        "Please check {field}: it is too large ({count} characters of text; an entry holds "
        "at most {limit}). Split it into more than one entry.",
    ),
    "entry_too_large": QT_TRANSLATE_NOOP(
        "messages",
        "The entry is too large ({count} characters of text in all, at most {limit}). "
        "Split it into more than one entry.",
    ),
    "bad_character": QT_TRANSLATE_NOOP(
        "messages",
        "Please check {field}: it holds a character that cannot be saved (a NUL or a "
        "broken Unicode character). Delete it, or paste the text again.",
    ),
    "shape": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: it is not in the form this field takes."
    ),
    "score": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: it must be a whole number from 1 to 10."
    ),
    "choice": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: it is not one of the choices this field offers."
    ),
    "flag": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: it is either ticked or not (true or false)."
    ),
    "unknown_field": QT_TRANSLATE_NOOP(
        "messages", "{field} is not something this kind of entry holds."
    ),
    "required": QT_TRANSLATE_NOOP("messages", "Please fill in {field}: it is required."),
    "empty": QT_TRANSLATE_NOOP("messages", "Please check {field}: it is empty."),
    "action_text": QT_TRANSLATE_NOOP("messages", "Please check {field}: an action needs its text."),
    "too_many_tags": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: an entry has at most {limit} tags."
    ),
    "tag_too_long": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: a tag has at most {limit} characters."
    ),
    "id_mismatch": QT_TRANSLATE_NOOP("messages", "{field} does not match the entry being edited."),
    "type_fixed": QT_TRANSLATE_NOOP(
        "messages",
        "An entry's kind cannot be changed: add a new entry of the other kind instead.",
    ),
    "period_reversed": QT_TRANSLATE_NOOP(
        "messages", "The period ends before it starts: choose a later {field} date."
    ),
    "document_too_long": QT_TRANSLATE_NOOP(
        "messages",
        "This is too long to write as {format} ({count} characters, at most {limit}). "
        "Nothing was saved. Choose a shorter period, or share some entries as a summary.",
    ),
    "folder_not_empty": QT_TRANSLATE_NOOP("messages", "{path} must be a new or empty folder."),
    "attachment_too_large": QT_TRANSLATE_NOOP(
        "messages", "{name} is larger than 20 MB, the most a file attached to an entry may be."
    ),
    "file_name": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: it must be one file name, without folders."
    ),
    "hours": QT_TRANSLATE_NOOP(
        "messages",
        "Please check {field}: it must be a number of hours from 0 to {limit}, in whole "
        "or half hours.",
    ),
    "record_id": QT_TRANSLATE_NOOP("messages", "Please check {field}: it is not an entry's id."),
    "no_such_goal": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: that development goal is no longer in the journal."
    ),
    "one_wellness_plan": QT_TRANSLATE_NOOP(
        "messages",
        "You already have a Wellness Action Plan: open it and edit it instead. Its "
        "earlier versions stay in its history.",
    ),
    "no_actions": QT_TRANSLATE_NOOP("messages", "Only supervision notes have actions."),
    "no_such_action": QT_TRANSLATE_NOOP(
        "messages", "That action is no longer in the note: it was changed meanwhile."
    ),
    # The worker's own templates.
    "duplicate_name": QT_TRANSLATE_NOOP(
        "messages", "You already have a template called {name}: choose another name."
    ),
    "no_headings": QT_TRANSLATE_NOOP("messages", "A template needs at least one heading."),
    "too_many": QT_TRANSLATE_NOOP("messages", "Please check {field}: at most {limit}."),
    "duplicate_heading": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: the template already has the heading {heading}."
    ),
    "unknown_template": QT_TRANSLATE_NOOP(
        "messages", "There is no template called {name}: it may have been renamed or deleted."
    ),
    "too_many_templates": QT_TRANSLATE_NOOP(
        "messages", "You can keep at most {limit} templates: delete one first."
    ),
    # The worker's own dictionary for the spell checker.
    "one_word": QT_TRANSLATE_NOOP(
        "messages", "Please check {field}: your dictionary takes one word at a time, no spaces."
    ),
    "too_many_words": QT_TRANSLATE_NOOP(
        "messages", "Your dictionary holds at most {limit} words: remove some first."
    ),
}

# An import's case (errors.ImportFormatError.code): `{place}` is the entry ("Entry 3")
# or the file the problem is in; an invalid entry adds why its record did not validate.
_IMPORT: dict[str, str] = {
    "not_utf8": QT_TRANSLATE_NOOP(
        "messages", "{file} could not be imported: line {line} is not UTF-8 text."
    ),
    "zip_archive": QT_TRANSLATE_NOOP(
        "messages", "{file} is a zip archive: unzip it, then import the .json file inside."
    ),
    "not_json": QT_TRANSLATE_NOOP(
        "messages",
        "{file} could not be imported: it is not valid JSON at line {line}, column {column}.",
    ),
    "json_too_deep": QT_TRANSLATE_NOOP(
        "messages", "{file} could not be imported: its JSON is nested too deeply."
    ),
    "json_value_too_large": QT_TRANSLATE_NOOP(
        "messages", "{file} could not be imported: its JSON holds a value too large to read."
    ),
    "not_an_export": QT_TRANSLATE_NOOP(
        "messages", "{file} is not a {what} export: it has no list of entries."
    ),
    "entry_not_object": QT_TRANSLATE_NOOP(
        "messages", "{place} is not in the form the export uses, so nothing was imported."
    ),
    "entry_text": QT_TRANSLATE_NOOP(
        "messages", "{place}: its text is not text, so nothing was imported."
    ),
    "entry_date": QT_TRANSLATE_NOOP(
        "messages",
        "{place}: its creation date is missing or cannot be read, so nothing was imported.",
    ),
    "entry_time": QT_TRANSLATE_NOOP(
        "messages", "{place}: its time of day cannot be read, so nothing was imported."
    ),
    "no_notes": QT_TRANSLATE_NOOP(
        "messages", "{file} has no .md, .markdown or .txt files to import."
    ),
    "front_matter_open": QT_TRANSLATE_NOOP(
        "messages",
        "{file} could not be imported: the front matter opened on line 1 is never closed.",
    ),
    "front_matter_line": QT_TRANSLATE_NOOP(
        "messages",
        "{file} could not be imported: front matter line {line} is not 'key: value'.",
    ),
    "invalid_entry": QT_TRANSLATE_NOOP(
        "messages", "{place} could not be imported, so nothing was: {cause}"
    ),
}
# A command used the wrong way (errors.UsageError.code).
_USAGE: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("messages", "{file} is not there any more."),
    "is_folder": QT_TRANSLATE_NOOP("messages", "{file} is a folder, not a file."),
    "unreadable": QT_TRANSLATE_NOOP("messages", "{file} cannot be read ({reason})."),
    "unknown_import_format": QT_TRANSLATE_NOOP(
        "messages", "{format} is not a kind of file PSW Journal imports."
    ),
}
# A file the app cannot open (errors.UnsupportedFormat.code).
_FORMAT: dict[str, str] = {
    "not_a_journal": QT_TRANSLATE_NOOP(
        "messages",
        "{file} is not a PSW Journal file: it is neither a journal nor a backup of one, "
        "so nothing was opened or changed.",
    ),
    "newer_format": QT_TRANSLATE_NOOP(
        "messages",
        "This journal was written by a newer PSW Journal (file format {version}); this "
        "version reads up to format {latest}. Install the newer PSW Journal to open it.",
    ),
}
# A disk error the core names (errors.StorageError.code); the others keep its words.
_STORAGE: dict[str, str] = {
    "file_in_use": QT_TRANSLATE_NOOP(
        "messages",
        "{file} is open in another program (an antivirus scan, a backup or sync tool "
        "such as OneDrive, or a viewer), so nothing was changed. Close that program or "
        "wait a moment, then try again.",
    ),
}
_BY_CODE: dict[type[errors.JournalError], dict[str, str]] = {
    errors.ValidationError: _VALIDATION,
    errors.ImportFormatError: _IMPORT,
    errors.UsageError: _USAGE,
    errors.UnsupportedFormat: _FORMAT,
    errors.StorageError: _STORAGE,
}
_ENTRY = QT_TRANSLATE_NOOP("messages", "Entry {n}")

# By type, the most specific first (an error's own type, then each base in turn).
# `{detail}` is the core's own wording of the case, where no code names it yet.
_BY_TYPE: dict[type[BaseException], str] = {
    errors.WrongPassphrase: QT_TRANSLATE_NOOP(
        "messages", "That passphrase does not open this journal. Check Caps Lock and try again."
    ),
    errors.WrongRecoveryKey: QT_TRANSLATE_NOOP(
        "messages", "That recovery key does not open this journal. Check each group of five."
    ),
    errors.WeakPassphrase: QT_TRANSLATE_NOOP(
        "messages",
        "That passphrase is too easy to guess. Use at least 12 characters, "
        "for example a generated passphrase of several words.",
    ),
    errors.ValidationError: QT_TRANSLATE_NOOP("messages", "Please check {field}."),
    errors.UsageError: QT_TRANSLATE_NOOP("messages", "That is not possible here: {detail}."),
    errors.ImportFormatError: QT_TRANSLATE_NOOP(
        "messages", "The file could not be imported ({detail}). Nothing was imported."
    ),
    errors.JournalInUse: QT_TRANSLATE_NOOP(
        "messages",
        "This journal is already open in another PSW Journal window, or the command "
        "line is writing to it. Switch to that window and lock it (Ctrl+L) or close "
        "it, then try again.",
    ),
    errors.RecordChangedElsewhere: QT_TRANSLATE_NOOP(
        "messages",
        "This entry was changed in another PSW Journal window or by the command line "
        "since you opened it, so it was not saved over. Your text is still in the "
        "editor: copy it somewhere, then open the entry again.",
    ),
    errors.ReadOnlyVault: QT_TRANSLATE_NOOP(
        "messages",
        "This journal is open read-only: its file or its folder cannot be written "
        "(read-only media, or no permission to write there). Nothing was changed.",
    ),
    errors.StorageError: QT_TRANSLATE_NOOP(
        "messages", "Your writing could not be saved: {detail}. It is still in the editor."
    ),
    errors.DiskFull: QT_TRANSLATE_NOOP(
        "messages",
        "The disk is full, so this could not be written; nothing already saved was "
        "changed. Free some space (empty the bin, move large files elsewhere), then "
        "try again.",
    ),
    errors.WriteDenied: QT_TRANSLATE_NOOP(
        "messages",
        "Permission to write there was refused (read-only media, or a folder you may "
        "not change), so this could not be written; nothing already saved was changed. "
        "Choose another folder, or ask whoever looks after this computer.",
    ),
    errors.WriteRefused: QT_TRANSLATE_NOOP(
        "messages",
        "Nothing could be saved to the journal file: {detail}. What you typed is still "
        "on screen: copy it somewhere safe.",
    ),
    errors.StaleHeader: QT_TRANSLATE_NOOP(
        "messages",
        "Most entries do not open with the key this journal file's header gives: the "
        "header may come from an older copy of the file. Open it with the recovery key, "
        "or restore a backup.",
    ),
    errors.VaultCorrupt: QT_TRANSLATE_NOOP("messages", "The journal file is damaged: {detail}."),
    errors.VaultNotFound: QT_TRANSLATE_NOOP(
        "messages", "There is no journal file there: it was moved, renamed or deleted."
    ),
    errors.VaultExists: QT_TRANSLATE_NOOP(
        "messages", "A file is already in the way, so nothing was changed: {detail}."
    ),
    errors.UnsupportedFormat: QT_TRANSLATE_NOOP(
        "messages",
        "This file cannot be opened as a PSW Journal: {detail}. A newer PSW Journal may open it.",
    ),
    errors.MigrationFailed: QT_TRANSLATE_NOOP(
        "messages",
        "This journal could not be upgraded to this version's file format, so it was "
        "left as it was: {detail}.",
    ),
    errors.WeakKdfParameters: QT_TRANSLATE_NOOP(
        "messages",
        "The journal file's passphrase settings look damaged, so it was not opened: "
        "{detail}. The recovery key still opens the journal.",
    ),
    errors.KeysChanged: QT_TRANSLATE_NOOP(
        "messages",
        "The passphrase was changed in another PSW Journal window or by the command "
        "line since this one was unlocked, so nothing was saved. Lock the journal and "
        "unlock it with the new passphrase.",
    ),
    errors.EntriesUnreadable: QT_TRANSLATE_NOOP(
        "messages",
        "Your entries could not all be opened ({detail}), so the journal was locked; "
        "nothing in it was changed. Close other programs, then unlock it again.",
    ),
    errors.VaultLocked: QT_TRANSLATE_NOOP(
        "messages", "The journal is locked: unlock it, then try again."
    ),
    errors.VaultError: QT_TRANSLATE_NOOP("messages", "The journal file has a problem: {detail}."),
    errors.RecordNotFound: QT_TRANSLATE_NOOP(
        "messages",
        "That entry or version is no longer in the journal (it was deleted or restored meanwhile).",
    ),
    errors.RecordDamaged: QT_TRANSLATE_NOOP(
        "messages",
        "That entry is damaged and cannot be read, so nothing was done with it.",
    ),
    errors.Cancelled: QT_TRANSLATE_NOOP(
        "messages", "Stopped before it was finished: nothing was changed."
    ),
    errors.JournalError: QT_TRANSLATE_NOOP("messages", "That could not be done: {detail}."),
}

_UNEXPECTED = QT_TRANSLATE_NOOP(
    "messages", "Something went wrong ({kind}). Your saved entries are safe."
)


def _shown(value: object) -> str:
    """A value put into a sentence: numbers as the user's locale writes them."""
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def _detail(exc: errors.JournalError) -> str:
    """The core's wording of the case, as a clause: no final full stop to double."""
    return exc.message.rstrip(". ")


def _template(exc: errors.JournalError) -> str:
    for kind in type(exc).__mro__:
        if exc.code in _BY_CODE.get(kind, {}):
            return _BY_CODE[kind][exc.code]
    for kind in type(exc).__mro__:
        if kind in _BY_TYPE:
            return _BY_TYPE[kind]
    return _BY_TYPE[errors.JournalError]  # unreachable: every JournalError has a base here


def user_message(exc: BaseException, *, field: str | None = None) -> str:
    """`exc` in a sentence for the user, in their language. `field` names the field
    of a validation error as the form shows it (the editor knows its own labels)."""
    if not isinstance(exc, errors.JournalError):
        return _tr(_UNEXPECTED).format(kind=type(exc).__name__)
    values = {name: _shown(value) for name, value in exc.values.items()}
    if "entry" in values:
        values["place"] = _tr(_ENTRY).format(n=values["entry"])
    elif "file" in values:
        values["place"] = values["file"]
    if isinstance(exc.__cause__, errors.JournalError):
        values["cause"] = user_message(exc.__cause__)
    if isinstance(exc, errors.ValidationError):
        # An editor names a field by its own label, or by the path when it has no input
        # for it: then the path is named here.
        values["field"] = field if field and field != exc.field else field_label(exc.field)
    text = _tr(_template(exc))
    try:
        text = text.format(**values, detail=_detail(exc))
    except (KeyError, IndexError, ValueError):
        # A translation naming a value this error lacks (or with a stray brace): the
        # sentence in the app's own words beats a traceback.
        text = _template(exc).replace("{", "").replace("}", "")
    return text  # as written: a sentence may start with a file's name, in its own case


def user_reason(exc: BaseException) -> str:
    """Like `user_message`, for a place that says itself what was not done and that
    nothing changed (a pack or an export): a disk error without the editor's words."""
    if (
        isinstance(exc, errors.StorageError)
        and not isinstance(exc, (errors.ReadOnlyVault, errors.DiskFull, errors.WriteDenied))
        and exc.code not in _STORAGE
    ):
        # Which disk error it was is the core's wording until the disk errors carry
        # a code (see the module docstring).
        detail = _detail(exc) + "."
        return detail[:1].upper() + detail[1:]
    return user_message(exc)
