"""What the GUI may read of an open journal, and nothing it may change.

The GUI's Session hands views a `JournalReader`; every change goes through
services/changes.py instead (Session.apply), so that each one is announced once.
A reader kept past a lock reads nothing: the journal under it raises VaultLocked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.services.attachments import Attachment
from journal_app.services.integrity import IntegrityReport, check_on_unlock
from journal_app.services.search_index import SearchHits

if TYPE_CHECKING:
    from journal_app.domain.records import Record
    from journal_app.domain.vocabulary import Vocabulary
    from journal_app.services.journal import Journal, RecordFilter, Revision
    from journal_app.services.own_templates import OwnTemplate
    from journal_app.services.share_history import ShareEntry


class JournalReader:
    """Read-only access to one open journal (see Journal for what each reads)."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    # --- state ----------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._journal.is_open

    @property
    def read_only(self) -> bool:
        return self._journal.read_only

    @property
    def loading(self) -> bool:
        """Whether the records are still being decoded after the unlock (reads wait
        for it meanwhile: see Journal.loading)."""
        return self._journal.loading

    @property
    def load_failed(self) -> bool:
        """Whether that decoding stopped on an error (the session then locks)."""
        return self._journal.load_failed

    @property
    def count_hint(self) -> int:
        """How many records the unlock decrypted, known while they are decoded."""
        return self._journal.count_hint

    @property
    def keeps_share_history(self) -> bool:
        return self._journal.keeps_share_history

    @property
    def vocabulary(self) -> Vocabulary:
        return self._journal.vocabulary

    def keeps_recovery_key(self) -> bool:
        return self._journal.keeps_recovery_key()

    def integrity(self) -> IntegrityReport:
        """What the unlock's checks found (services/integrity.py)."""
        return check_on_unlock(self._journal)

    # --- records ----------------------------------------------------------------------

    def get(self, record_id: str) -> Record:
        return self._journal.get(record_id)

    def __len__(self) -> int:
        """How many records are shown (not in the trash), without sorting them."""
        return len(self._journal)

    def records(self, where: RecordFilter | None = None, limit: int | None = None) -> list[Record]:
        return self._journal.records(where, limit)

    def search(
        self,
        text: str,
        where: RecordFilter | None = None,
        limit: int | None = None,
        *,
        wait: bool = True,
    ) -> SearchHits:
        """See Journal.search (`wait` False: at once, perhaps partial while the index
        builds)."""
        return self._journal.search(text, where, limit, wait=wait)

    @property
    def index_ready(self) -> bool:
        return self._journal.index_ready

    def all_tags(self) -> list[str]:
        return self._journal.all_tags()

    def trash(self) -> list[Record]:
        return self._journal.trash()

    def attachments(self, record_id: str) -> list[Attachment]:
        """An entry's attached files' details (services/attachments.py)."""
        return self._journal.attachments.of_entry(record_id)

    def attachment_data(self, record_id: str, attachment_id: str) -> bytes:
        """An attached file's bytes, decrypted (for a private viewing copy)."""
        return self._journal.attachments.read(record_id, attachment_id)

    def save_attachment(self, record_id: str, attachment_id: str, out: Path) -> None:
        """Write a copy of an attached file to `out`, replacing a file the worker chose
        to replace in the save dialog (the copy appears whole or not at all)."""
        self._journal.attachments.save_to(record_id, attachment_id, out, replace=True)

    def attachment_names(self) -> dict[str, list[str]]:
        """Each entry's attached files' names, for a pack."""
        return self._journal.attachments.names()

    def history(self, record_id: str) -> list[Revision]:
        return self._journal.history(record_id)

    # --- settings and other items ---------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        return self._journal.settings()

    def history_limit(self) -> int | None:
        return self._journal.history_limit()

    def history_excess(self, limit: int | None) -> int:
        return self._journal.history_excess(limit)

    def draft(self) -> dict[str, Any] | None:
        return self._journal.draft()

    def quick_note_draft(self) -> dict[str, Any] | None:
        """What the Quick note window could not save, kept for the next unlock."""
        from journal_app.services.quick_note import QUICK_NOTE_DRAFT_ID

        value = self._journal.meta_item(QUICK_NOTE_DRAFT_ID)
        return value if isinstance(value, dict) else None

    def own_templates(self) -> list[OwnTemplate]:
        """The worker's own reflection templates (services/own_templates.py)."""
        from journal_app.services.own_templates import own_templates

        return own_templates(self._journal)

    def personal_words(self) -> list[str]:
        """The worker's own dictionary for the spell checker (services/personal_dictionary.py)."""
        from journal_app.services.personal_dictionary import personal_words

        return personal_words(self._journal)

    def share_history(self) -> list[ShareEntry]:
        from journal_app.services.share_history import share_history

        return share_history(self._journal)

    # --- copies out (they change nothing in the journal) ------------------------------------

    def backup(self, out: Path) -> None:
        self._journal.backup(out)

    def export_all(self, fmt: str, out_dir: Path) -> int:
        from journal_app.services.export_all import export_all

        return export_all(self._journal, fmt, out_dir)
