"""Every change to an open journal, and the one way it is made.

Each kind of change is a small value (`SaveRecord`, `MoveToTrash`, `Revert`, ...).
`apply(journal, change)` makes it and returns an `Outcome`: what the change gives
back (the saved record, how many were deleted) and a `Changed` naming what it
touched. The GUI runs every change through `Session.apply` (or `apply_long` for a
`slow` one, on a worker), which emits one `changed` signal with that value for the
views to refresh what it names; the command line makes its changes through `apply`
too. Nothing here knows about Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from journal_app.domain.records import Record
from journal_app.errors import Cancelled
from journal_app.services.actions import set_action_status
from journal_app.services.integrity import Recovery, recover_damaged
from journal_app.services.own_templates import (
    OwnTemplate,
    create_template,
    delete_template,
    update_template,
    with_template_named,
)
from journal_app.services.personal_dictionary import add_word, remove_word, replace_words
from journal_app.services.quick_note import QUICK_NOTE_DRAFT_ID
from journal_app.services.record_history import MAIN_EDITOR

if TYPE_CHECKING:
    from journal_app.services.development_record import DevelopmentRecord
    from journal_app.services.journal import Journal
    from journal_app.services.pack import SupervisionPack
    from journal_app.services.share_history import ShareEntry

log = logging.getLogger(__name__)

T = TypeVar("T")
_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Changed:
    """What a change touched, by record id where it can say; views refresh only that."""

    saved: frozenset[str] = _NONE  # records added or changed (shown as they are now)
    removed: frozenset[str] = _NONE  # records gone from view (to the trash, or for good)
    trash: bool = False  # what the trash holds
    history: frozenset[str] = _NONE  # records whose earlier versions were added or deleted
    settings: bool = False  # the worker's encrypted settings (names, the history limit)
    draft: bool = False  # the editor's text kept as a draft
    shares: bool = False  # the share history (a supervision pack was recorded)
    templates: bool = False  # the worker's own reflection templates
    dictionary: bool = False  # the worker's own words for the spell checker
    attachments: frozenset[str] = _NONE  # entries whose evidence files changed

    @property
    def records(self) -> frozenset[str]:
        """Records whose shown state changed: saved, or gone from view."""
        return self.saved | self.removed

    def __bool__(self) -> bool:
        return bool(
            self.saved
            or self.removed
            or self.trash
            or self.history
            or self.settings
            or self.draft
            or self.shares
            or self.templates
            or self.dictionary
            or self.attachments
        )

    def __or__(self, other: Changed) -> Changed:
        return Changed(
            saved=self.saved | other.saved,
            removed=self.removed | other.removed,
            trash=self.trash or other.trash,
            history=self.history | other.history,
            settings=self.settings or other.settings,
            draft=self.draft or other.draft,
            shares=self.shares or other.shares,
            templates=self.templates or other.templates,
            dictionary=self.dictionary or other.dictionary,
            attachments=self.attachments | other.attachments,
        )


NOTHING = Changed()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a change gave back, and what it touched."""

    value: T
    changed: Changed


class Change(Generic[T]):
    """One change to the journal. `slow`: it may take long (many records, or deleting
    and checkpointing), so the GUI runs it on a worker thread behind a busy dialog."""

    slow: ClassVar[bool] = False

    def run(self, journal: Journal) -> Outcome[T]:
        raise NotImplementedError


def apply(journal: Journal, change: Change[T]) -> Outcome[T]:
    """Make `change` in the open `journal`: the one way every change is made."""
    outcome = change.run(journal)
    log.debug("%s applied", type(change).__name__)  # never ids or text: kinds only
    return outcome


# --- records ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SaveRecord(Change[Record]):
    """Add (`record_id` None) or change a record from record JSON; the version it
    replaces is kept."""

    record_id: str | None
    data: Any

    def run(self, journal: Journal) -> Outcome[Record]:
        if self.record_id is None:
            record = journal.add(with_template_named(journal, self.data))
            return Outcome(record, Changed(saved=frozenset({record.id})))
        record = journal.edit(self.record_id, self.data)
        ids = frozenset({record.id})
        return Outcome(record, Changed(saved=ids, history=ids))


@dataclass(frozen=True)
class SaveFromEditor(SaveRecord):
    """An editor's save (the entry pane's unless `editor` names another, such as the
    Quick note window's): its saves moments apart fold into one version
    (Journal.save_editing); whether this one kept a version, the history says."""

    editor: str = MAIN_EDITOR

    def run(self, journal: Journal) -> Outcome[Record]:
        record = journal.save_editing(self.record_id, self.data, self.editor)
        ids = frozenset({record.id})
        return Outcome(record, Changed(saved=ids, history=_NONE if self.record_id is None else ids))


@dataclass(frozen=True)
class SetActionStatus(Change[Record]):
    """One agreed action's status in a supervision note (the actions board's change)."""

    record_id: str
    index: int
    status: str

    def run(self, journal: Journal) -> Outcome[Record]:
        record = set_action_status(journal, self.record_id, self.index, self.status)
        ids = frozenset({record.id})
        return Outcome(record, Changed(saved=ids, history=ids))


@dataclass(frozen=True)
class ImportRecords(Change[int]):
    """Store records read from another app's export, all or nothing; returns how many."""

    slow: ClassVar[bool] = True
    records: Sequence[Record]

    def run(self, journal: Journal) -> Outcome[int]:
        journal.save_many(self.records)
        return Outcome(len(self.records), Changed(saved=frozenset(r.id for r in self.records)))


@dataclass(frozen=True)
class Imported:
    """What `ImportFile` stored, how many entries it left out because the journal
    already held them (imported before), and the links it skipped (they led out of
    the folder)."""

    count: int
    skipped: tuple[str, ...] = ()
    already: int = 0


@dataclass(frozen=True)
class ImportFile(Change[Imported]):
    """Read an export file (or folder of Markdown notes) and store every entry in it
    that the journal does not hold yet (importers/already_imported.py), all or
    nothing. With `cancel` set before the one transaction that stores them all,
    nothing is stored (Cancelled)."""

    slow: ClassVar[bool] = True
    path: Path
    format: str
    cancel: threading.Event | None = field(default=None, compare=False)
    cancelled_message: str = "the import was cancelled; nothing was imported"

    def run(self, journal: Journal) -> Outcome[Imported]:
        from journal_app.services.importers import parse_import
        from journal_app.services.importers.already_imported import leave_out_known

        parsed = parse_import(self.path, self.format, journal.vocabulary)
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled(self.cancelled_message)
        records, already = leave_out_known(journal, parsed)
        stored = ImportRecords(records).run(journal)
        return Outcome(Imported(stored.value, tuple(parsed.skipped), already), stored.changed)


# --- the trash -------------------------------------------------------------------------


@dataclass(frozen=True)
class MoveToTrash(Change["Record | None"]):
    """Delete a record into the trash; a damaged one with nothing readable goes for
    good at once (None is given back). See Journal.move_to_trash."""

    record_id: str

    def run(self, journal: Journal) -> Outcome[Record | None]:
        trashed = journal.move_to_trash(self.record_id)
        return Outcome(
            trashed,
            Changed(removed=frozenset({self.record_id}), trash=trashed is not None),
        )


@dataclass(frozen=True)
class RestoreFromTrash(Change[Record]):
    record_id: str

    def run(self, journal: Journal) -> Outcome[Record]:
        record = journal.restore_from_trash(self.record_id)
        return Outcome(record, Changed(saved=frozenset({record.id}), trash=True))


@dataclass(frozen=True)
class EmptyTrash(Change[int]):
    """Purge the trash for good (all, or what was trashed longer ago than
    `older_than`); returns how many records went."""

    slow: ClassVar[bool] = True
    older_than: timedelta | None = None
    now: datetime | None = None

    def run(self, journal: Journal) -> Outcome[int]:
        count = journal.empty_trash(self.older_than, self.now)
        return Outcome(count, Changed(trash=count > 0))


# --- versions --------------------------------------------------------------------------


@dataclass(frozen=True)
class Revert(Change[Record]):
    """Make an earlier version the current one again (the replaced one is kept)."""

    record_id: str
    revision: int

    def run(self, journal: Journal) -> Outcome[Record]:
        record = journal.revert(self.record_id, self.revision)
        ids = frozenset({self.record_id})
        return Outcome(record, Changed(saved=ids, history=ids))


@dataclass(frozen=True)
class DeleteHistory(Change[int]):
    """Delete every earlier version of one record for good; returns how many."""

    record_id: str

    def run(self, journal: Journal) -> Outcome[int]:
        count = journal.delete_history(self.record_id)
        return Outcome(count, Changed(history=frozenset({self.record_id}) if count else _NONE))


@dataclass(frozen=True)
class SetHistoryLimit(Change[int]):
    """Keep at most `limit` earlier versions of each record (None: all); versions
    beyond it are deleted for good at once. Returns how many were deleted."""

    limit: int | None

    @property  # type: ignore[override]
    def slow(self) -> bool:  # only a limit deletes versions, across the whole journal
        return self.limit is not None

    def run(self, journal: Journal) -> Outcome[int]:
        count = journal.set_history_limit(self.limit)
        touched = _NONE
        if count:  # which records lost versions is not told: say every one may have
            touched = frozenset(r.id for r in (*journal.records(), *journal.trash()))
        return Outcome(count, Changed(settings=True, history=touched))


@dataclass(frozen=True)
class RecoverDamaged(Change[Recovery]):
    """Bring damaged records back from their newest readable earlier version (see
    integrity.recover_damaged: it stops at the first that fails, and says why)."""

    slow: ClassVar[bool] = True
    record_ids: tuple[str, ...]

    def run(self, journal: Journal) -> Outcome[Recovery]:
        recovery = recover_damaged(journal, self.record_ids)
        ids = frozenset(recovery.recovered)
        return Outcome(recovery, Changed(saved=ids, history=ids))


# --- settings, the draft, the share history ----------------------------------------------


@dataclass(frozen=True)
class SaveSettings(Change[None]):
    """Set these of the worker's encrypted settings (the others stay as the file has
    them: see Journal.save_settings)."""

    values: dict[str, Any]

    def run(self, journal: Journal) -> Outcome[None]:
        journal.save_settings(self.values)
        return Outcome(None, Changed(settings=True))


@dataclass(frozen=True)
class SaveDraft(Change[None]):
    """Keep editor text that could not be saved, encrypted, for the next unlock."""

    draft: dict[str, Any]

    def run(self, journal: Journal) -> Outcome[None]:
        journal.save_draft(self.draft)
        return Outcome(None, Changed(draft=True))


@dataclass(frozen=True)
class ClearDraft(Change[bool]):
    """Drop the kept draft, if there is one; says whether there was."""

    def run(self, journal: Journal) -> Outcome[bool]:
        if journal.draft() is None:
            return Outcome(False, NOTHING)
        journal.clear_draft()
        return Outcome(True, Changed(draft=True))


@dataclass(frozen=True)
class SaveQuickNoteDraft(Change[None]):
    """Keep the Quick note window's text that could not be saved, encrypted, apart
    from the editor's draft (services/quick_note.py)."""

    draft: dict[str, Any]

    def run(self, journal: Journal) -> Outcome[None]:
        journal.put_meta_item(QUICK_NOTE_DRAFT_ID, self.draft)
        return Outcome(None, Changed(draft=True))


@dataclass(frozen=True)
class ClearQuickNoteDraft(Change[bool]):
    """Drop the Quick note window's kept draft, if there is one; says whether there was."""

    def run(self, journal: Journal) -> Outcome[bool]:
        if journal.meta_item(QUICK_NOTE_DRAFT_ID) is None:
            return Outcome(False, NOTHING)
        journal.delete_meta_item(QUICK_NOTE_DRAFT_ID)
        return Outcome(True, Changed(draft=True))


@dataclass(frozen=True)
class ExportPack(Change["ShareEntry"]):
    """Write a supervision pack to `out` and record it in the share history (not in a
    read-only journal or a backup copy: see share_history.export_pack)."""

    slow: ClassVar[bool] = True
    pack: SupervisionPack
    format: str
    out: Path

    def run(self, journal: Journal) -> Outcome[ShareEntry]:
        from journal_app.services.share_history import export_pack

        entry = export_pack(journal, self.pack, self.format, self.out)
        return Outcome(entry, Changed(shares=journal.keeps_share_history))


@dataclass(frozen=True)
class ExportDevelopmentRecord(Change["ShareEntry"]):
    """Write a development record to `out` and record it in the share history, as
    ExportPack does a pack."""

    slow: ClassVar[bool] = True
    record: DevelopmentRecord
    format: str
    out: Path

    def run(self, journal: Journal) -> Outcome[ShareEntry]:
        from journal_app.services.share_history import export_development_record

        entry = export_development_record(journal, self.record, self.format, self.out)
        return Outcome(entry, Changed(shares=journal.keeps_share_history))


# --- the worker's own templates ----------------------------------------------------------


@dataclass(frozen=True)
class SaveTemplate(Change[OwnTemplate]):
    """Add a template (`name` None) or change the one called `name`: a new name and
    headings (services/own_templates.py checks them, naming the field)."""

    name: str | None
    new_name: Any
    headings: Any

    def run(self, journal: Journal) -> Outcome[OwnTemplate]:
        if self.name is None:
            template = create_template(journal, self.new_name, self.headings)
        else:
            template = update_template(journal, self.name, self.new_name, self.headings)
        return Outcome(template, Changed(templates=True))


@dataclass(frozen=True)
class DeleteTemplate(Change[OwnTemplate]):
    """Delete the template called `name` (entries written with it stay as they are)."""

    name: str

    def run(self, journal: Journal) -> Outcome[OwnTemplate]:
        return Outcome(delete_template(journal, self.name), Changed(templates=True))


# --- the worker's own dictionary (spell checking) -----------------------------------------


@dataclass(frozen=True)
class AddToDictionary(Change[str]):
    """Add a word to the worker's own dictionary (services/personal_dictionary.py)."""

    word: str

    def run(self, journal: Journal) -> Outcome[str]:
        return Outcome(add_word(journal, self.word), Changed(dictionary=True))


@dataclass(frozen=True)
class RemoveFromDictionary(Change[str]):
    """Take a word out of the worker's own dictionary."""

    word: str

    def run(self, journal: Journal) -> Outcome[str]:
        return Outcome(remove_word(journal, self.word), Changed(dictionary=True))


@dataclass(frozen=True)
class SetDictionary(Change[list[str]]):
    """Make the worker's own dictionary exactly `words` (Preferences)."""

    words: list[str]

    def run(self, journal: Journal) -> Outcome[list[str]]:
        return Outcome(replace_words(journal, self.words), Changed(dictionary=True))
