"""The unlocked journal as the GUI sees it: one owner for the Journal, signals when
it unlocks, locks or changes, and auto-lock after idle time.

Views never touch the vault or keys: they read through `Session.reader` (a
services.reader.JournalReader) and change the journal only through `Session.apply`
(a services.changes value; `apply_long` for a slow one, on a worker), which emits one
`changed` signal naming what changed. This module is the only one in gui/ that holds
the Journal itself.

Long work (unlock, create, re-keying, slow changes) starts on a worker and returns a
LongWork at once (gui/workers.py); callers continue in its callbacks, on the UI
thread, and never wait in a loop of their own.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.domain.records import Record, RecordType
from journal_app.errors import JournalError, StorageError, VaultLocked, WrongPassphrase
from journal_app.gui.after_load import AfterLoad
from journal_app.gui.messages import user_reason
from journal_app.gui.settings import AppSettings
from journal_app.gui.spelling import Spelling
from journal_app.gui.workers import LongWork, start_with_progress
from journal_app.services import changes
from journal_app.services.auto_backup import (
    give_up_rescue as discard_staged_rescue,
)
from journal_app.services.auto_backup import (
    put_rescue_in_place,
    run_automatic_backup,
    stage_newest_good_backup,
)
from journal_app.services.backup import swap_in_restored
from journal_app.services.changes import Change, Changed
from journal_app.services.instance_lock import InstanceLock
from journal_app.services.journal import (
    TRASH_DAYS,
    Journal,
    KdfParams,
    reset_passphrase_with_recovery_key,
)
from journal_app.services.passphrase import require_acceptable
from journal_app.services.reader import JournalReader
from journal_app.services.record_history import MAIN_EDITOR

log = logging.getLogger(__name__)

T = TypeVar("T")
# The latest the search index starts after an unlock when no window asks for it first.
INDEX_AT_THE_LATEST_MS = 3000

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Session(QObject):
    unlocked = Signal()
    locking = Signal()  # views save what can be saved, then drop what they show
    locked = Signal()
    # After every change (Session.apply or apply_long): a services.changes.Changed
    # saying what it touched. Views refresh what it names; nothing else announces one.
    changed = Signal(object)
    preferences_changed = Signal()  # after Preferences: the reminders' times may differ

    def __init__(
        self,
        vault_path: Path,
        settings: AppSettings,
        parent: QObject | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.settings = settings
        self._kdf = kdf  # None: calibrate on this machine (tests pass the fast floor)
        self._journal: Journal | None = None
        self._reader: JournalReader | None = None
        self._deleted: list[Record] = []  # for undo, this session only, in memory
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_timeout)
        self._after_load = AfterLoad(self._loading, self)  # waits for the decoding
        self._last_activity = time.time()
        self._busy = 0  # how many long works run now (see run_long)
        self._disabled: list[QWidget] = []  # their windows, disabled while they run
        self._lock_pending = False
        self.backup_problem = ""  # why the last automatic backup failed, if it did
        self.unlock_problem = ""  # why the journal locked itself after unlocking
        # Held while unlocked: a second window or a command-line write cannot save
        # over this one's records from stale memory (it is told the journal is open).
        self._instance_lock = InstanceLock(self.vault_path, kind="app")
        self.spelling = Spelling(self)  # the editors' spell checking (gui/spelling.py)

    # --- state -------------------------------------------------------------------

    def vault_exists(self) -> bool:
        return self.vault_path.is_file() and self.vault_path.stat().st_size > 0

    @property
    def is_unlocked(self) -> bool:
        return self._journal is not None and self._journal.is_open

    @property
    def journal(self) -> Journal:
        if self._journal is None or not self._journal.is_open:
            raise VaultLocked("the journal is locked")
        return self._journal

    @property
    def reader(self) -> JournalReader:
        """What views read of the open journal (VaultLocked when it is locked)."""
        journal = self.journal
        if self._reader is None:
            self._reader = JournalReader(journal)
        return self._reader

    # --- create, unlock, recover, lock ----------------------------------------------

    def create(self, passphrase: str, parent: QWidget | None = None) -> LongWork[str]:
        """Create the vault (KDF calibration off the UI thread); the LongWork gives the
        recovery key to show once. The session is unlocked by then."""
        try:
            require_acceptable(passphrase)
        except JournalError as exc:
            return LongWork.failed_soon(exc)

        def work() -> tuple[Journal, str]:
            return Journal.create(self.vault_path, passphrase, self._kdf)  # None: calibrated

        def created(made: tuple[Journal, str]) -> str:
            journal, recovery_key = made
            self._opened(journal)
            # The recovery key is on screen until the worker confirms it: auto-lock would
            # take it away unseen. The caller restarts the timer (settings_changed) after.
            self._idle.stop()
            return recovery_key

        label = self.tr("Setting up your journal's encryption…")
        return self._start_locked(parent, label, work).then(created)

    def _while_locked_for_us(self, work):
        """Take the journal's instance lock (JournalInUse if another window or a
        command-line write has it), then run `work`; on failure, let go again."""
        self._instance_lock.acquire(make_folder=True)
        try:
            return work()
        except BaseException:
            if self._journal is None:
                self._instance_lock.release()
            raise

    def _start_locked(self, parent: QWidget | None, label: str, fn) -> LongWork[Any]:
        """Take the journal's instance lock, then start `fn` on a worker behind a busy
        dialog saying `label`; if it fails (or the lock is held elsewhere: JournalInUse),
        let go again. The error is passed on to the LongWork's callbacks."""
        try:
            self._instance_lock.acquire(make_folder=True)
        except JournalError as exc:
            return LongWork.failed_soon(exc)

        def let_go(exc: BaseException):
            if self._journal is None:
                self._instance_lock.release()
            raise exc

        return start_with_progress(parent, label, fn).then(None, let_go, BaseException)

    def unlock(self, passphrase: str, parent: QWidget | None = None) -> LongWork[None]:
        """Open the journal (key derivation on a worker); `unlocked` is emitted, and the
        LongWork finishes, once it is open."""
        return self._start_locked(
            parent,
            self.tr("Unlocking…"),
            # Back once every record is decrypted, and so authenticated; their decoding
            # goes on on a worker while the window opens (see when_loaded).
            lambda: Journal.open(self.vault_path, passphrase, background=True),
        ).then(self._opened)

    def recover(
        self, recovery_key: str, new_passphrase: str, parent: QWidget | None = None
    ) -> LongWork[None]:
        """Set a new passphrase with the recovery key, then unlock with it."""
        try:
            require_acceptable(new_passphrase, "new passphrase")
        except JournalError as exc:
            return LongWork.failed_soon(exc)
        return self._start_locked(
            parent,
            self.tr("Setting your new passphrase…"),
            lambda: reset_passphrase_with_recovery_key(
                self.vault_path, recovery_key, new_passphrase
            ),
        ).then(lambda _reset: self.unlock(new_passphrase, parent))

    def change_passphrase(
        self,
        current: str,
        new_passphrase: str,
        new_recovery_key: bool = False,
        parent: QWidget | None = None,
    ) -> LongWork[str | None]:
        """Check the current passphrase, then set the new one and rotate the keys on a
        worker thread with a progress bar (see Journal.change_passphrase). The LongWork
        gives the new recovery key when one was made, to show once."""
        try:
            require_acceptable(new_passphrase, "new passphrase")
        except JournalError as exc:
            return LongWork.failed_soon(exc)
        return self._rekey(current, new_passphrase, new_recovery_key, parent)

    def make_new_recovery_key(self, current: str, parent: QWidget | None = None) -> LongWork[str]:
        """The same passphrase, a new recovery key (the old one stops opening the
        journal), and new keys for everything."""
        return self._rekey(current, current, True, parent)

    def _rekey(
        self, current: str, new_passphrase: str, new_recovery_key: bool, parent: QWidget | None
    ) -> LongWork[str | None]:
        try:
            journal = self.journal
        except JournalError as exc:
            return LongWork.failed_soon(exc)
        kdf = self._kdf  # None: the settings the journal has (tests pass the fast floor)

        def checked(opens: bool) -> LongWork[str | None]:
            if not opens:
                raise WrongPassphrase("the current passphrase is not right")
            return self.run_long(
                parent,
                self.tr("Encrypting your journal again under the new passphrase…"),
                lambda report: journal.change_passphrase(
                    new_passphrase, kdf, new_recovery_key, progress=report
                ),
                steps=True,
            )

        return self.run_long(
            parent,
            self.tr("Checking your passphrase…"),
            lambda: journal.passphrase_opens(current),
        ).then(checked)

    def find_rescue(self, passphrase: str, parent: QWidget | None = None) -> LongWork[Any]:
        """The journal fails its checks: restore, beside it, the automatic backup
        holding the newest saves that opens with this passphrase and passes its checks
        (chosen by the dates inside each backup, not by file names). None if none fits.
        Until `rescue_from_backup` or `give_up_rescue`, the journal's lock is held."""

        def found(staged):
            if staged is None and self._journal is None:
                self._instance_lock.release()
            return staged

        return self._start_locked(
            parent,
            self.tr("Looking for the newest good backup…"),
            lambda: stage_newest_good_backup(
                self.vault_path, passphrase, self.settings.backup_folder
            ),
        ).then(found)

    def give_up_rescue(self, staged) -> None:
        discard_staged_rescue(staged)
        if self._journal is None:
            self._instance_lock.release()

    def rescue_from_backup(
        self, staged, passphrase: str, parent: QWidget | None = None
    ) -> LongWork[Any]:
        """Put the backup `find_rescue` staged in the journal's place (the failed
        file is kept, renamed) and unlock it; the LongWork gives what was rescued."""
        try:
            rescued = self._while_locked_for_us(
                lambda: put_rescue_in_place(self.vault_path, staged)
            )
        except JournalError as exc:
            return LongWork.failed_soon(exc)
        return self.unlock(passphrase, parent).then(lambda _opened: rescued)

    def _opened(self, journal: Journal) -> None:
        if journal.load_failed:  # decoding stopped already: the unlock fails, in words
            try:
                journal.records()  # raises EntriesUnreadable, for the unlock window
            finally:
                journal.lock()
                self._instance_lock.release()
        self._journal, self._reader = journal, None
        self._deleted.clear()
        # Before `unlocked` when the records are decoded already (no view shows any
        # yet, so none is told); otherwise once they are, and the views are told.
        if journal.loading:
            self.when_loaded(lambda: self._check_load(journal))  # first
            self.when_loaded(lambda: self._purge_old_trash(journal, announce=True))
        else:
            self._purge_old_trash(journal, announce=False)
        # The search index is built on a worker once the main window is up and answers
        # (MainWindow calls start_indexing); its Python work would otherwise share the
        # interpreter with the window's first paint. Until then a search scans. The
        # timer starts it anyway when no window asks (the app waiting in the tray).
        QTimer.singleShot(INDEX_AT_THE_LATEST_MS, self, self.start_indexing)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._restart_idle()
        log.info("session unlocked")
        self.unlocked.emit()

    def _check_load(self, journal: Journal) -> None:
        """The decoding after the unlock stopped on an error (out of memory, say):
        nothing can be read or changed, so the journal locks, and the unlock window
        says why. What was typed meanwhile is kept as a draft by the lock."""
        if journal is not self._journal or not journal.load_failed:
            return
        try:
            journal.records()
        except JournalError as exc:  # EntriesUnreadable, in words
            self.unlock_problem = user_reason(exc)
        log.warning("the entries could not be decoded: locking")
        QTimer.singleShot(0, self, self.lock)

    def _purge_old_trash(self, journal: Journal, announce: bool) -> None:
        """The trash keeps records for TRASH_DAYS, then purges them for good (never in
        a read-only journal: opened to read, never changed)."""
        if journal.read_only or journal is not self._journal:
            return
        try:
            outcome = changes.apply(journal, changes.EmptyTrash(timedelta(days=TRASH_DAYS)))
        except JournalError as exc:
            log.warning("could not purge the old trash: %s", type(exc).__name__)
            return
        if announce:
            self._announce(outcome.changed)

    def when_loaded(self, fn: Callable[[], None]) -> None:
        """Call `fn` on this thread once the open journal's records are all decoded
        (see Journal.loading): at once when they are; never if it locks first."""
        self._after_load.call(fn)

    def _loading(self) -> bool | None:
        """Whether the open journal's records are still being decoded (None: locked)."""
        journal = self._journal
        return None if journal is None else journal.loading

    def start_indexing(self) -> None:
        """Build the open journal's search index on a worker (once; none when locked)."""
        if self.is_unlocked:
            self.journal.start_indexing()

    def lock(self) -> None:
        """Save what can be saved, then drop keys, records and every view of them.
        During long work on a worker thread the lock waits until the work is done:
        pulling the keys from under a running import could corrupt what it writes."""
        if self._journal is None:
            return
        if self._busy:
            self._lock_pending = True
            return
        self.locking.emit()
        self._idle.stop()
        self._after_load.clear()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._automatic_backup(self._journal)
        journal, self._journal, self._reader = self._journal, None, None
        self._deleted.clear()
        journal.lock()
        self._instance_lock.release()
        log.info("session locked")
        self.locked.emit()

    def _automatic_backup(self, journal: Journal) -> None:
        """On lock and on quit, at most once a day: a failed backup is logged and
        said in the status bar next time, never a reason not to lock."""
        if not self.settings.auto_backup:
            return
        try:
            run_automatic_backup(journal, self.settings.backup_folder)
            self.backup_problem = ""
        except JournalError as exc:
            log.warning("automatic backup failed: %s", type(exc).__name__)
            self.backup_problem = user_reason(exc)

    def replace_with_restored(self, restored: Path, now: datetime) -> Path:
        """Lock, then put a restored backup in the journal's place; the journal that
        was there is kept, renamed (its path is returned)."""
        self.lock()
        if self._journal is not None:
            raise StorageError("the journal is still busy; nothing was changed, try again")
        return swap_in_restored(self.vault_path, restored, now)

    # --- auto-lock -----------------------------------------------------------------

    def _restart_idle(self) -> None:
        minutes = self.settings.auto_lock_minutes
        self._last_activity = time.time()
        if minutes > 0 and self._journal is not None:
            self._idle.start(minutes * 60_000)
        else:
            self._idle.stop()

    def settings_changed(self) -> None:
        """Apply a changed auto-lock interval and spell-check switch (after Preferences)."""
        if self._journal is not None:
            self._restart_idle()
        self.spelling.settings_changed()
        self.preferences_changed.emit()

    def set_idle_timeout_ms(self, milliseconds: int) -> None:
        """For tests: restart the idle timer with this interval."""
        self._last_activity = time.time()
        self._idle.start(milliseconds)

    def _idle_timeout(self) -> None:
        log.info("auto-lock after idle time")
        self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._idle.isActive():
            # Qt's timers pause while the machine sleeps; the wall clock does not.
            if (time.time() - self._last_activity) * 1000 >= self._idle.interval():
                QTimer.singleShot(0, self._idle_timeout)
                return False
            self._last_activity = time.time()
            self._idle.start()  # same interval again
        return False

    def run_long(
        self,
        parent: QWidget | None,
        label: str,
        fn,
        cancel: threading.Event | None = None,
        steps: bool = False,
    ) -> LongWork[Any]:
        """Start journal work on a worker thread behind a busy dialog (see
        workers.start_with_progress) and return at once; its outcome arrives through
        the LongWork. Meanwhile the window is disabled (no typing, and no autosave, into
        the work) and auto-lock waits: locking under a running import would pull the
        keys away. A lock asked for meanwhile happens as soon as the work is done."""
        self._idle.stop()
        self._busy += 1
        window = parent.window() if parent is not None else None
        if window is not None:
            self._disabled.append(window)
            window.setEnabled(False)  # before the dialog exists: it stays enabled

        def settle() -> None:
            self._busy -= 1
            if window is not None:
                self._disabled.remove(window)
                if window not in self._disabled:  # no other work runs behind it
                    try:
                        window.setEnabled(True)
                    except RuntimeError:  # the window was deleted meanwhile
                        log.debug("a window went before its long work was done")
            if self._busy:
                return
            if self._lock_pending:
                self._lock_pending = False
                self.lock()
            else:
                self._restart_idle()

        def done(value):
            settle()
            return value

        def failed(exc: BaseException):
            settle()
            raise exc

        try:
            work = start_with_progress(parent, label, fn, cancel, steps)
        except BaseException:
            settle()
            raise
        return work.then(done, failed, BaseException)

    # --- changes: every one goes through `apply` or `apply_long` -----------------------

    def apply(self, change: Change[T]) -> T:
        """Make a quick `change` in the open journal (services/changes.py) on the UI
        thread, then emit `changed` once with what it touched; returns what the change
        gives back. Errors propagate, typed, and nothing is announced for a change that
        failed. A slow change goes through `apply_long` instead."""
        if change.slow:
            raise TypeError(f"{type(change).__name__} is slow: use Session.apply_long")
        outcome = changes.apply(self.journal, change)
        self._announce(outcome.changed)
        return outcome.value

    def apply_long(
        self,
        change: Change[T],
        parent: QWidget | None = None,
        label: str = "",
        cancel: threading.Event | None = None,
    ) -> LongWork[T]:
        """Make `change` on a worker thread behind a busy dialog saying `label` (see
        run_long), with a Cancel button when `cancel` (a threading.Event) is given.
        When it is done, `changed` is emitted once with what it touched and the
        LongWork gives what the change gives back; an error (typed) reaches the
        LongWork's callbacks instead, and nothing is announced. A change that is not
        slow is made at once, as `apply` makes it; its outcome still comes that way."""
        if not change.slow:
            try:
                return LongWork.done_soon(self.apply(change))
            except Exception as exc:  # to the callbacks, like the errors of slow work
                return LongWork.failed_soon(exc)
        try:
            journal = self.journal
        except JournalError as exc:
            return LongWork.failed_soon(exc)

        def made(outcome) -> T:
            self._announce(outcome.changed)
            return outcome.value

        return self.run_long(
            parent, label or self.tr("Working…"), lambda: changes.apply(journal, change), cancel
        ).then(made)

    def _announce(self, changed: Changed) -> None:
        if changed and self.is_unlocked:
            self.changed.emit(changed)

    # --- records ---------------------------------------------------------------------

    def save(self, record_id: str | None, data: dict[str, Any]) -> Record:
        """Add (record_id None) or change a record from record JSON; validation errors
        (ValidationError with the field) and storage errors propagate to the editor.
        The version a change replaces is kept."""
        return self.apply(changes.SaveRecord(record_id, data))

    def save_editing(
        self, record_id: str | None, data: dict[str, Any], editor: str = MAIN_EDITOR
    ) -> Record:
        """An editor's save (the entry pane's unless `editor` names another), like
        `save`; its saves moments apart keep one version, not one per keystroke pause
        (Journal.save_editing, start_editing)."""
        return self.apply(changes.SaveFromEditor(record_id, data, editor))

    def start_editing(self, record_id: str | None, editor: str = MAIN_EDITOR) -> None:
        """An editor starts editing a record (None: a new one): see Journal.start_editing."""
        self.journal.start_editing(record_id, editor)

    def delete(self, record_id: str) -> None:
        """Into the trash (a damaged record, which cannot be read, goes at once)."""
        trashed = self.apply(changes.MoveToTrash(record_id))
        if trashed is not None:
            self._deleted.append(trashed)

    def can_undo_delete(self) -> bool:
        return bool(self._deleted)

    def undo_delete(self) -> Record | None:
        if not self._deleted:
            return None
        record = self._deleted[-1]
        restored = self.apply(changes.RestoreFromTrash(record.id))  # on failure: try again
        self._deleted.pop()
        return restored

    def new_record_data(
        self,
        record_type: RecordType,
        template: str | None = None,
        own_template: str | None = None,
        fields: dict[str, Any] | None = None,
    ) -> dict:
        """Record JSON for a new record of this type (today, private): a reflection to a
        built-in model (`template`, Gibbs by default) or to the worker's own template
        called `own_template` (its headings as sections; the model if it is gone), with
        `fields` filled in beforehand (a session's kind)."""
        from datetime import date

        from journal_app.services.own_templates import CUSTOM_MODEL, find_template

        data: dict[str, Any] = {"type": record_type.value, "date": date.today().isoformat()}
        if record_type is RecordType.REFLECTION:
            data["fields"] = {"model": template or "gibbs"}
            own = find_template(self.reader.own_templates(), own_template or "")
            if own is not None:
                data["fields"] = {
                    "model": CUSTOM_MODEL,
                    "template": own.name,
                    "sections": own.sections(),
                }
        if fields:
            data["fields"] = {**data.get("fields", {}), **fields}
        return data
