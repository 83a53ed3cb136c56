"""What the journal's checks found, as one report for the command line and the app,
and bringing damaged entries back from an earlier version.

`check_on_unlock` gathers what every unlock already found (in milliseconds: damaged
entries, entries changed outside the app, the manifest's state, the key slots, the
file's schema); `verify` adds the full check of every record and the manifest. Each
front end words the report its own way (cli.py in English for scripts, the main window
translated); which checks run, and what they mean, is decided here only.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.errors import JournalError
from journal_app.services.record_cache import META_PREFIX
from journal_app.services.record_codec import decode_record
from journal_app.vault.records import LoadResult
from journal_app.vault.store import VaultStore

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Finding:
    """One problem found: the record it concerns (when it can be named), its kind (as
    `psw-journal verify --json` gives it) and what is wrong, in words."""

    record_id: str | None
    kind: str
    message: str


def _findings(problems: Iterable) -> tuple[Finding, ...]:
    return tuple(Finding(p.record_id, p.kind, p.message) for p in problems)


@dataclass(frozen=True)
class IntegrityReport:
    """What the checks found. The first fields are what the unlock found; `findings`,
    `records` and `old_revisions` come from the full check (`verify`) only."""

    damaged: tuple[str, ...] = ()  # failed their check: set aside, not shown
    changed_outside: tuple[str, ...] = ()  # shown, but not as the app last wrote them
    state_problems: tuple[Finding, ...] = ()  # entries or versions removed or put back
    schema_problems: tuple[Finding, ...] = ()  # objects the format does not define
    header_authentic: bool = True  # the key slots are as the app last wrote them
    recoverable: tuple[str, ...] = ()  # damaged, with an earlier version that reads
    findings: tuple[Finding, ...] = ()  # the full check: every problem, in its order
    records: int | None = None  # the full check: records, damaged ones too (None: unknown)
    old_revisions: int | None = None  # the full check: earlier versions kept

    @property
    def unlock_found_problems(self) -> bool:
        """Whether the unlock's own checks found anything to tell the worker."""
        return bool(
            self.damaged
            or self.changed_outside
            or self.state_problems
            or self.schema_problems
            or not self.header_authentic
        )

    @property
    def affected(self) -> tuple[str, ...]:
        """The entries the unlock named: damaged, then changed outside the app."""
        return (*self.damaged, *self.changed_outside)

    @property
    def saving_refused(self) -> bool:
        """The file holds what the format does not define: nothing is saved to it."""
        return bool(self.schema_problems)

    def by_kind(self) -> dict[str, tuple[Finding, ...]]:
        """The full check's findings grouped by kind, each group in the order found."""
        groups: dict[str, list[Finding]] = {}
        for finding in self.findings:
            groups.setdefault(finding.kind, []).append(finding)
        return {kind: tuple(found) for kind, found in groups.items()}


def check_on_unlock(journal: Journal) -> IntegrityReport:
    """What unlocking `journal` found wrong, and which damaged entries can come back."""
    damaged = tuple(journal.damaged)
    return IntegrityReport(
        damaged=damaged,
        changed_outside=tuple(journal.changed_outside),
        state_problems=_findings(journal.state_problems),
        schema_problems=_findings(journal.schema_problems),
        header_authentic=journal.header_authentic(),
        recoverable=tuple(i for i in damaged if _readable_version_of(journal, i)),
    )


def _readable_version_of(journal: Journal, record_id: str) -> bool:
    """Whether a damaged record has an earlier version that reads (a history that
    cannot even be read has none: the report is still made)."""
    try:
        return journal.last_good_version(record_id) is not None
    except JournalError:
        return False


def verify(journal: Journal) -> IntegrityReport:
    """The unlock's findings and the full check of every record and the manifest."""
    findings = _findings(journal.verify())  # first: it reads the schema problems again
    unlock = check_on_unlock(journal)
    return IntegrityReport(
        damaged=unlock.damaged,
        changed_outside=unlock.changed_outside,
        state_problems=unlock.state_problems,
        schema_problems=unlock.schema_problems,
        header_authentic=unlock.header_authentic,
        recoverable=unlock.recoverable,
        findings=findings,
        records=len(journal) + len(journal.damaged),
        old_revisions=journal.history_count(),
    )


def open_unloaded(path: Path, ask_passphrase: Callable[[], str]) -> VaultStore:
    """The vault at `path` unlocked, for reading, but not loaded into a journal (for
    `verify_unloaded`): opened and unlocked as Journal.open_asking does. The caller
    closes it."""
    store = VaultStore.open(path)
    try:
        store.unlock(ask_passphrase())
    except BaseException:
        store.close()
        raise
    return store


def verify_unloaded(store: VaultStore) -> tuple[IntegrityReport, IntegrityReport]:
    """`check_on_unlock` and `verify` for a store unlocked but not loaded into a journal
    (the command line's verify), with the same results as opening a Journal on it and
    calling both. One pass over the file decrypts each record once: it is checked as the
    unlock and the full check both check it, decoded as the unlock decodes it, and then
    forgotten, so the journal is never held in memory."""
    opened_schema = _findings(store.schema_problems)
    load = LoadResult()
    shown: set[str] = set()  # records decoded and not in the trash (len(journal))

    def on_record(record_id: str, _revision: int, plaintext: bytes) -> None:
        if record_id.startswith(META_PREFIX):
            return  # a meta item: the unlock decodes it when it is used
        record = decode_record(record_id, plaintext)
        if record is None:
            load.damaged.append(record_id)
        elif record.trashed is None:
            shown.add(record_id)

    findings = _findings(store.verify(load, on_record))
    damaged = tuple(sorted(load.damaged))
    unlock = IntegrityReport(
        damaged=damaged,
        changed_outside=tuple(sorted(load.changed_outside)),
        state_problems=_findings(store.check_state(load)),
        schema_problems=opened_schema,
        header_authentic=store.header_authentic(),
        recoverable=tuple(i for i in damaged if _readable_old_version(store, i)),
    )
    if damaged:
        log.info("unlocked; %d record(s) quarantined", len(damaged))
    else:
        log.info("unlocked")
    report = dataclasses.replace(
        unlock,
        schema_problems=_findings(store.schema_problems),  # as the full check found them
        findings=findings,
        records=len(shown) + len(damaged),
        old_revisions=store.history_count(),
    )
    return unlock, report


def _readable_old_version(store: VaultStore, record_id: str) -> bool:
    """`_readable_version_of` for a damaged record of a store no journal holds
    (RecordHistory.last_good_version's rule): an earlier version that decodes."""
    try:
        store.revision_of(record_id)
        return any(
            old.plaintext is not None and decode_record(record_id, old.plaintext) is not None
            for old in store.history(record_id)
        )
    except JournalError:
        return False


def unopened_report(findings: Iterable[tuple[str, str]]) -> IntegrityReport:
    """The report on a file whose schema keeps it from opening (SchemaTampered's
    findings): damage found, with how many records it holds not known."""
    return IntegrityReport(findings=tuple(Finding(None, kind, text) for kind, text in findings))


@dataclass(frozen=True)
class Recovery:
    """What `recover_damaged` brought back, and the error that stopped it (if any)."""

    recovered: tuple[str, ...]
    failed: JournalError | None = None


def recover_damaged(journal: Journal, record_ids: Iterable[str] | None = None) -> Recovery:
    """Replace each damaged entry (all of them, or those named) by its newest readable
    earlier version; the damaged version cannot be read anyway. An entry with no such
    version, or one not damaged, is left as it is. The first failure stops the work
    and is given back with what was recovered before it (those stay recovered)."""
    ids = list(journal.damaged) if record_ids is None else list(record_ids)
    recovered: list[str] = []
    for record_id in ids:
        if record_id not in journal.damaged:  # brought back already, or never damaged
            continue
        good = journal.last_good_version(record_id)
        if good is None:
            continue
        try:
            journal.revert(record_id, good.revision)
        except JournalError as exc:
            log.warning("could not bring back a damaged entry: %s", type(exc).__name__)
            return Recovery(tuple(recovered), exc)
        recovered.append(record_id)
    if recovered:
        log.info("%d damaged entry(ies) brought back from an earlier version", len(recovered))
    return Recovery(tuple(recovered))
