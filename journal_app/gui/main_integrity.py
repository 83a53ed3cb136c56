"""What the checks at unlock found wrong with the journal file, said plainly once
after unlocking, with the offer to bring damaged entries back from their last good
version. A mixin of MainWindow (gui/main_window.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from journal_app.errors import JournalError
from journal_app.gui.messages import user_message
from journal_app.gui.workers import LongWork
from journal_app.services.changes import RecoverDamaged
from journal_app.services.integrity import IntegrityReport

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from journal_app.gui.session import Session

log = logging.getLogger(__name__)


class IntegrityMixin:
    """`report_integrity()` after unlock; `integrity_problems()` in words."""

    session: Session
    status: QLabel

    def integrity_problems(self) -> list[str]:
        """What unlocking found wrong with the file, in words (SECURITY.md: damaged
        records are quarantined and reported by id; changes made outside the app are
        reported, never silently accepted)."""
        if not self.session.is_unlocked:
            return []
        return self._problems_in_words(self.session.reader.integrity())

    def _problems_in_words(self, report: IntegrityReport) -> list[str]:
        problems = []
        if report.damaged:
            problems.append(
                self.tr(
                    "{n} entry(ies) could not be read: the file was damaged or changed "
                    "there. They are set aside, not shown, and nothing else is affected."
                ).format(n=len(report.damaged))
            )
        if report.changed_outside:
            problems.append(
                self.tr(
                    "{n} entry(ies) were changed outside PSW Journal (an older version "
                    "was put back, or one was replaced). They are shown as they are now."
                ).format(n=len(report.changed_outside))
            )
        if report.state_problems:
            problems.append(
                self.tr(
                    "Entries or earlier versions were removed from the journal file, or put "
                    "back from an older copy, outside PSW Journal. 'psw-journal verify' "
                    "names what it can."
                )
            )
        if not report.header_authentic:
            problems.append(self.tr("The journal's key slots were changed outside PSW Journal."))
        if report.schema_problems:
            problems.append(
                self.tr(
                    "The journal file was changed outside PSW Journal: {what}. You can read "
                    "and copy your entries, but nothing can be saved to this file. A backup "
                    "leaves out what PSW Journal does not define: back up now (File > Back "
                    "up), then restore that backup (File > Restore a backup) to go on writing."
                ).format(what="; ".join(p.message for p in report.schema_problems[:3]))
            )
        return problems

    def report_integrity(self) -> None:
        """Say plainly, once after unlocking, if the journal failed its checks."""
        if self.session.backup_problem:
            self.status.setText(
                self.tr("The last automatic backup failed: {reason}").format(
                    reason=self.session.backup_problem
                )
            )
        if not self.session.is_unlocked:
            return
        report = self.session.reader.integrity()
        problems = self._problems_in_words(report)
        if not problems:
            return
        ids = report.affected
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The journal failed a check"))
        box.setText("\n\n".join(problems))
        box.setInformativeText(
            self.tr(
                "Your other entries are safe and you can go on working. To get the "
                "entries back, restore a recent backup (File > Restore a backup): the "
                "journal as it is now is kept."
            )
        )
        if report.saving_refused:  # saving is refused: "go on working" would be wrong
            box.setInformativeText(
                self.tr(
                    "Your entries can still be read. To go on writing, back up now and "
                    "restore that backup, or restore a recent backup (File > Restore a "
                    "backup): the journal as it is now is kept."
                )
            )
        if ids:  # ids only: they say which entries, and hold no journal text
            box.setDetailedText(self.tr("Entry ids:") + "\n" + "\n".join(ids))
        recoverable = list(report.recoverable)
        bring_back = None
        if recoverable:
            bring_back = box.addButton(
                self.tr("Bring back their last good versions"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(bring_back)
            box.setInformativeText(
                self.tr(
                    "{n} of them have earlier versions that can still be read: you can "
                    "bring those back now (the damaged text cannot be read anyway), or "
                    "restore a recent backup (File > Restore a backup)."
                ).format(n=len(recoverable))
            )
        log.warning(
            "integrity check on unlock: %d damaged, %d changed outside",
            len(report.damaged),
            len(report.changed_outside),
        )
        box.exec()
        if bring_back is not None and box.clickedButton() is bring_back:
            self.recover_damaged_entries(recoverable)

    def recover_damaged_entries(self, record_ids: list[str]) -> LongWork[int]:
        """Replace each damaged entry by its newest readable earlier version (the
        records page shows them through Session.changed); the LongWork gives how many
        were brought back."""

        def failed(exc: JournalError) -> int:
            QMessageBox.warning(self, self.tr("Not brought back"), user_message(exc))
            return 0

        work = self.session.apply_long(
            RecoverDamaged(tuple(record_ids)), self, self.tr("Bringing entries back…")
        )
        return work.then(self._brought_back, failed, JournalError)

    def _brought_back(self, recovery) -> int:
        if recovery.failed is not None:
            QMessageBox.warning(self, self.tr("Not brought back"), user_message(recovery.failed))
        recovered = len(recovery.recovered)
        self.status.setText(
            self.tr("{n} entry(ies) brought back from their last good version.").format(n=recovered)
        )
        return recovered
