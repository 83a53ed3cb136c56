"""The main window: side bar, the Today home, the records page, the actions board, the
calendar and insights, and what happens to them on unlock, change and lock. The menus
(main_menus.py), the commands behind them (main_commands.py) and the report of the
unlock's checks (main_integrity.py) are mixins of the one MainWindow."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import RecordType
from journal_app.errors import JournalError
from journal_app.gui.day_timer import DayTimer
from journal_app.gui.main_commands import CommandsMixin
from journal_app.gui.main_integrity import IntegrityMixin
from journal_app.gui.main_menus import MenusMixin
from journal_app.gui.main_quick_writing import QuickWritingMixin
from journal_app.gui.main_side_views import SideViewsMixin
from journal_app.gui.messages import user_message
from journal_app.gui.records_page import RecordsPage
from journal_app.gui.session import Session
from journal_app.gui.widgets.actions_board import ActionsBoard
from journal_app.gui.widgets.calendar_view import CalendarView
from journal_app.gui.widgets.insights_view import InsightsView
from journal_app.gui.widgets.sidebar import SECTIONS, Sidebar, section_row
from journal_app.gui.widgets.supervision_banner import SupervisionBanner
from journal_app.gui.widgets.today_view import TodayView
from journal_app.gui.window_fit import keep_on_screen
from journal_app.services.changes import (
    Changed,
    SaveSettings,
    SetActionStatus,
)
from journal_app.services.follow_through import FollowThrough, hide
from journal_app.services.today import Step
from journal_app.services.trash import TRASH_DAYS

log = logging.getLogger(__name__)

__all__ = ["SECTIONS", "MainWindow", "section_row"]


class MainWindow(
    MenusMixin, CommandsMixin, IntegrityMixin, QuickWritingMixin, SideViewsMixin, QMainWindow
):
    """The window the worker lives in while the journal is open. Its menus, commands,
    the integrity report and the quick ways to write live in the mixins beside it
    (main_menus, main_commands, main_integrity, main_quick_writing); the sections, the
    Today home and lock handling are here."""

    quit_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # The title names the app only: never journal content (SECURITY.md).
        self.setWindowTitle(self.tr("PSW Journal"))
        self.setObjectName("main_window")
        self._pack_state = None  # the pack dialog's choices, kept while unlocked
        # populate() sets these; the first paint after it runs _after_shown.
        self._after_shown_pending = False
        self._fill_after_shown = False
        self._large_journal = False  # populate(): side views refreshed in steps
        self._side_views_queued = self._counts_queued = False
        self._unlock_count = 0  # which unlock the steps waiting for a paint belong to

        self.sidebar = Sidebar(self)

        self.today = TodayView(self)
        self.today.step_chosen.connect(self.take_step)
        self.today.follow_through.hide_requested.connect(self._hide_follow_through)
        self.today.follow_through.plan_requested.connect(self._open_record_by_id)
        self._follow_through_hidden: set[str] = set()  # where it cannot be saved
        self.day_timer = DayTimer(self)
        self.day_timer.new_day.connect(self._new_day)
        self.records = RecordsPage(session, self)
        self.actions_board = ActionsBoard(self._save_action_status, self)
        self.calendar = CalendarView(self)
        self.calendar.open_requested.connect(self._open_record_by_id)
        self.insights = InsightsView(self)
        self.pages = QStackedWidget()
        for page in (self.today, self.records, self.actions_board, self.calendar, self.insights):
            self.pages.addWidget(page)
        self.banner = SupervisionBanner(self)
        self.read_only_banner = QLabel(objectName="read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setAccessibleName(self.tr("Read-only journal"))
        self.read_only_banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.read_only_banner.setContentsMargins(8, 6, 8, 6)
        bold = self.read_only_banner.font()
        bold.setBold(True)
        self.read_only_banner.setFont(bold)
        self.read_only_banner.hide()
        self.status = QLabel(objectName="save_status")
        self.status.setAccessibleName(self.tr("Save status"))
        self.undo_button = QPushButton(self.tr("Undo delete"), objectName="undo_delete")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_delete)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.status)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(body)
        keep_on_screen(self, QSize(1200, 780))  # or the screen, when that is smaller

        self.shortcut_list: list[tuple[str, str]] = []
        self._write_actions: list[QAction] = []  # off while the journal is read-only
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._section_changed)
        self.records.saved.connect(self.status.setText)
        # Bound methods, not lambdas: Qt drops them when this window is destroyed. The
        # records page listens to `changed` itself; the side views are refreshed here.
        session.changed.connect(self._changed)
        session.locking.connect(self.records.keep_unsaved_as_draft)
        session.locked.connect(self.clear)
        session.unlocked.connect(self.populate)
        if session.is_unlocked:
            self.populate()

    # --- sections -------------------------------------------------------------------

    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentRow(section_row(key))

    def _section_changed(self, row: int) -> None:
        key, _label, record_type, _icon = SECTIONS[row]
        if key == "today":
            self.records.save_now()
            self.pages.setCurrentWidget(self.today)
        elif key == "actions":
            self.records.save_now()
            self.pages.setCurrentWidget(self.actions_board)
        elif key == "calendar":
            self.records.save_now()
            self.pages.setCurrentWidget(self.calendar)
        elif key == "insights":
            self.records.save_now()
            self.pages.setCurrentWidget(self.insights)
        else:
            self.pages.setCurrentWidget(self.records)
            self.records.type_filter = record_type
            self.records.refresh()
        if not self._fill_after_shown:
            self._refresh_banner()
        self._refresh_side_views(counts=False)  # the page shown: nothing has changed

    def _changed(self, changed: Changed) -> None:
        """Session.changed: the side bar's counts, Today, the actions board and insights
        show records (Today also a waiting draft). The banner waits for the next section
        or entry: appearing mid-edit pushed the page down."""
        if changed.records or changed.draft or changed.settings:
            self._refresh_side_views()
        if changed.templates:
            self.refresh_template_menu()

    def _new_day(self) -> None:
        """Midnight: what "today" means has moved on."""
        self._refresh_banner()
        self._refresh_side_views()

    def _refresh_banner(self, *_: object) -> None:
        if self.session.is_unlocked:
            self.banner.refresh(self.session.reader, date.today())

    def _hide_follow_through(self, shown: FollowThrough) -> None:
        """The Today line hidden until its conditions change: remembered in the vault's
        settings (in memory only, where the journal cannot be written)."""
        self._follow_through_hidden.update(shown.keys)
        if not self.session.is_unlocked or self.session.reader.read_only:
            return
        try:
            self.session.apply(SaveSettings(hide(shown)))
        except JournalError as exc:
            log.warning("the follow-through line could not be hidden: %s", type(exc).__name__)

    def _open_record_by_id(self, record_id: str) -> None:
        if not self.session.is_unlocked:
            return
        try:
            record = self.session.reader.get(record_id)
        except JournalError:
            return  # deleted meanwhile: nothing to open
        self.show_section("timeline")
        self.records.open_record(record)

    def _save_action_status(self, record_id: str, index: int, status: str) -> None:
        self.session.apply(SetActionStatus(record_id, index, status))

    def take_step(self, step: Step) -> None:
        """A Today card's button: go where its next step is done."""
        if not self.session.is_unlocked:
            return
        if step is Step.FINISH_DRAFT:
            self.show_section("timeline")
            self.records.editor_stack.setFocus()
        elif step is Step.OVERDUE_ACTIONS:
            self.show_section("actions")
        elif step is Step.SUPERVISION_SOON:
            self.new_record(RecordType.REFLECTION, "supervision_prep")
        elif step is Step.WRITE_REFLECTION:  # "Had a session today?"
            self.finished_session()
        elif step is Step.CHECK_IN:
            self.new_record(RecordType.CHECKIN)
        elif step is Step.BOOK_SUPERVISION:
            self.show_section("supervision")

    # --- commands -------------------------------------------------------------------

    def _show_read_only(self, read_only: bool) -> None:
        """A journal whose file or folder cannot be written opens read-only: a banner
        says so, and the actions that would change it are off (SECURITY.md)."""
        self.read_only_banner.setText(
            self.tr(
                "This journal is open read-only: its file or its folder cannot be written "
                "(read-only media such as a locked USB stick or a read-only share, or no "
                "permission to write there). You can read, search, back up and export it; "
                "nothing can be changed or added."
            )
            if read_only
            else ""
        )
        self.read_only_banner.setVisible(read_only)
        for action in self._write_actions:
            action.setEnabled(not read_only)

    def populate(self) -> None:
        self._wait_for_first_paint()
        self._show_read_only(self.session.reader.read_only)
        if self.session.reader.loading:
            self.today.show_opening(date.today())
        if not self._fill_after_shown:  # a large journal's list: just after it shows
            self.records.fill_filters()
            self.records.refresh()  # the list is ready when the worker turns to it
        if self.sidebar.currentRow() < 0:
            self.show_section("today")  # the home after unlocking
        else:
            self._section_changed(self.sidebar.currentRow())
        self._refresh_side_views()  # the counts (a large journal's: once it shows)
        # A kept draft's editor reads the journal (its entry, the tags): once decoded.
        self.session.when_loaded(self._restore_drafts)
        self.refresh_template_menu()
        self.day_timer.start()

    def _restore_drafts(self) -> None:
        """After unlock: the entry's draft and the quick note's, each into its editor
        unless one was opened meanwhile (the draft then waits in the file)."""
        if not self.records.entry.is_editing:
            self.records.restore_draft()
        if self.quick_note is None:
            self.restore_quick_note()

    def new_record(
        self,
        record_type: RecordType,
        template: str | None = None,
        own_template: str | None = None,
        fields: dict | None = None,
    ) -> None:
        """A new entry: `template` a built-in model ("ending"), `own_template` the name
        of one of the worker's own templates, `fields` filled in beforehand."""
        if not self.session.is_unlocked:
            return
        self.show_section("timeline")
        self.records.new_record(record_type, template, own_template, fields)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is not self.records:
            self.show_section("timeline")
        self.records.search.setFocus()
        self.records.search.selectAll()

    def delete_current(self) -> None:
        record = self.records.current_record
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr(
                "Move this entry to the trash? It is kept there for {days} days; "
                "Edit > Trash brings it back."
            ).format(days=TRASH_DAYS),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.records.delete_current()
            except JournalError as exc:
                QMessageBox.warning(self, self.tr("Not deleted"), user_message(exc))
                return
            self.undo_button.show()
            self.status.setText(self.tr("Deleted"))

    def undo_delete(self) -> None:
        if self.session.is_unlocked and self.session.can_undo_delete():
            try:
                record = self.session.undo_delete()
            except JournalError as exc:
                QMessageBox.warning(self, self.tr("Not restored"), user_message(exc))
                return
            self.records.refresh()
            if record is not None:
                self.records.open_record(record)
            self.status.setText(self.tr("Restored"))
        self.undo_button.setVisible(self.session.is_unlocked and self.session.can_undo_delete())

    def clear(self) -> None:
        """On lock: every view drops what it showed, then the window closes."""
        self._unlock_count += 1  # steps still waiting for a turn are dropped
        self._after_shown_pending = self._fill_after_shown = False
        self.day_timer.stop()
        self.records.clear()
        self.today.clear()
        self.sidebar.clear_counts()
        self.actions_board.clear()
        self.calendar.clear()
        self.insights.clear()
        self.banner.hide()
        self._show_read_only(False)
        self.undo_button.hide()
        self.status.clear()
        self.refresh_template_menu()  # the templates' names go with the rest

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.day_timer.catch_up()  # back after a sleep past midnight

    def closeEvent(self, event) -> None:
        """Closing the window quits the app; the journal is saved and locked first
        (by the controller, on quit_requested). Text that cannot be saved is kept as
        an encrypted draft, and the worker is asked first."""
        if self.session.is_unlocked and not self.records.save_now():
            answer = QMessageBox.question(
                self,
                self.tr("Not saved"),
                self.tr(
                    "This entry could not be saved (see the message above it). "
                    "Quit anyway? It will be kept as a draft and shown next time."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.records.keep_unsaved_as_draft()
        super().closeEvent(event)
        self.quit_requested.emit()
