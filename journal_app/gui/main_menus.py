"""The main window's menus: every action with its key (listed in the shortcuts
dialog), the View menu's sections, and the Help menu's dialogs. A mixin of MainWindow
(gui/main_window.py), which owns the pages and commands the actions call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from journal_app.domain.records import RecordType
from journal_app.gui.menu_keys import key_for
from journal_app.gui.widgets.sidebar import SECTIONS

if TYPE_CHECKING:
    from journal_app.gui.records_page import RecordsPage
    from journal_app.gui.session import Session
    from journal_app.gui.widgets.sidebar import Sidebar


class MenusMixin:
    """Builds the menu bar (`_build_menus`, once, from MainWindow.__init__)."""

    session: Session
    records: RecordsPage
    sidebar: Sidebar
    shortcut_list: list[tuple[str, str]]
    _write_actions: list[QAction]
    new_menu: QMenu
    history_action: QAction

    def _action(
        self, menu: QMenu, text: str, slot, shortcut=None, listed_as: str | None = None
    ) -> QAction:
        """A menu action; one with a key is listed in the shortcuts dialog (by
        `listed_as`, or else its menu text)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(key_for(shortcut))
            self.shortcut_list.append(
                (
                    listed_as or text.replace("&", "").rstrip("…"),
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        # One New menu: Ctrl+N makes a reflection, the entry written most often.
        self.new_menu = file.addMenu(self.tr("&New"))
        self._action(
            self.new_menu,
            self.tr("&Reflection"),
            lambda: self.new_record(RecordType.REFLECTION),
            QKeySequence.StandardKey.New,
            self.tr("New reflection"),
        )
        self._action(
            self.new_menu,
            self.tr("&Disclosure decision"),
            lambda: self.new_record(RecordType.DISCLOSURE),
            "Ctrl+Shift+D",
            self.tr("New disclosure decision"),
        )
        self._action(
            self.new_menu,
            self.tr("&Supervision note"),
            lambda: self.new_record(RecordType.SUPERVISION),
            "Ctrl+Shift+S",
            self.tr("New supervision note"),
        )
        self._action(
            self.new_menu,
            self.tr("&Check-in"),
            lambda: self.new_record(RecordType.CHECKIN),
            "Ctrl+Shift+K",
            self.tr("New check-in"),
        )
        self._action(
            self.new_menu,
            self.tr("&Ending of a peer relationship"),
            lambda: self.new_record(RecordType.REFLECTION, "ending"),
            # R for the relationship: Ctrl+Shift+N is the quick note, written far more
            # often, and Ctrl+Shift+E is Export (the supervision pack).
            "Ctrl+Shift+R",
            self.tr("New ending of a peer relationship"),
        )
        # The worker's own templates come between these two lines (refresh_template_menu);
        # with none, the menu shows the two as one. Neither is hidden: a hidden action
        # counts as disabled.
        self.new_menu.addSeparator()
        self._template_actions: list[QAction] = []
        self._template_end = self.new_menu.addSeparator()
        self._action(
            self.new_menu,
            self.tr("&Training"),
            lambda: self.new_record(RecordType.TRAINING),
            "Ctrl+Shift+T",
            self.tr("New training"),
        )
        self._action(
            self.new_menu,
            self.tr("Development &goal"),
            lambda: self.new_record(RecordType.GOAL),
        )
        self._action(
            self.new_menu,
            self.tr("&Wellness Action Plan"),  # opens the current plan when there is one
            lambda: self.new_record(RecordType.WELLNESS_PLAN),
        )
        quick_note = self._action(
            file, self.tr("Q&uick note…"), self.show_quick_note, "Ctrl+Shift+N"
        )
        after_session = self._action(
            file, self.tr("I &just finished a session…"), self.finished_session
        )
        file.addSeparator()
        self._action(file, self.tr("Supervision &pack…"), self.show_pack, "Ctrl+Shift+E")
        self._action(file, self.tr("Export &development record…"), self.show_development_record)
        self._action(file, self.tr("Share &history…"), self.show_share_history)
        file.addSeparator()
        import_file = self._action(file, self.tr("&Import entries…"), self._import_file, "Ctrl+I")
        import_folder = self._action(
            file, self.tr("Import a &folder of Markdown notes…"), self._import_folder
        )
        self._action(file, self.tr("&Back up…"), self._backup, "Ctrl+B")
        restore = self._action(file, self.tr("&Restore a backup…"), self._restore)
        self._action(file, self.tr("E&xport everything, not encrypted…"), self._export_all)
        file.addSeparator()
        rekey = self._action(file, self.tr("Change pass&phrase…"), self.change_passphrase)
        new_key = self._action(
            file, self.tr("Make a new recovery &key…"), self.make_new_recovery_key
        )
        file.addSeparator()
        save = self._action(
            file, self.tr("&Save now"), self.records.save_now, QKeySequence.StandardKey.Save
        )
        self._action(file, self.tr("&Lock"), self.session.lock, "Ctrl+L")
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self._action(edit, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        # An entry opens to read; these switch it to its editor and back.
        edit_entry = self._action(edit, self.tr("&Edit entry"), self.records.edit_current, "Ctrl+E")
        escape = QKeySequence(Qt.Key.Key_Escape).toString(QKeySequence.SequenceFormat.NativeText)
        self.shortcut_list.append((self.tr("Done editing: save and read the entry"), escape))
        delete = self._action(edit, self.tr("&Delete entry…"), self.delete_current, "Ctrl+Delete")
        undo = self._action(edit, self.tr("&Undo delete"), self.undo_delete, "Ctrl+Shift+Z")
        self._write_actions = [
            self.new_menu.menuAction(),
            *self.new_menu.actions(),
            quick_note,
            after_session,
            import_file,
            import_folder,
            restore,
            rekey,
            new_key,
            save,
            edit_entry,
            delete,
            undo,
        ]
        self._action(edit, self.tr("&Trash…"), self.show_trash)
        self.history_action = self._action(
            edit, self.tr("&Version history…"), self.show_history, "Ctrl+Shift+H"
        )
        self.history_action.setEnabled(False)
        # Only a saved entry has versions. Queued: the page has finished switching
        # entries (or locking) by the time the action looks at it.
        queued = Qt.ConnectionType.QueuedConnection
        self.records.editor_stack.currentChanged.connect(self._update_history_action, queued)
        self.records.saved.connect(self._update_history_action, queued)
        # The supervision reminder changes only when another entry is opened (or on
        # unlock and a change of section), never while the worker types in one.
        self.records.editor_stack.currentChanged.connect(self._refresh_banner)
        self.session.locked.connect(self._update_history_action, queued)
        edit.aboutToShow.connect(self._update_history_action)
        edit.addSeparator()
        own_templates = self._action(edit, self.tr("My &templates…"), self.show_own_templates)
        self._write_actions.append(own_templates)
        self._action(
            edit,
            self.tr("&Preferences…"),
            self.show_preferences,
            QKeySequence.StandardKey.Preferences,
        )
        view = bar.addMenu(self.tr("&View"))
        for row, (_key, label, _t, _icon) in enumerate(SECTIONS):
            self._action(
                view,
                self.tr(label),
                lambda _c=False, r=row: self.sidebar.setCurrentRow(r),
                f"Alt+{row + 1}",
            )
        native = QKeySequence.SequenceFormat.NativeText
        pages = (QKeySequence(k).toString(native) for k in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))
        self.shortcut_list.append(
            (self.tr("Calendar: the month before or after"), " / ".join(pages))
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("&About PSW Journal"), self.show_about)

    def _update_history_action(self, *_: object) -> None:
        self.history_action.setEnabled(
            self.session.is_unlocked and self.records.current_record is not None
        )

    def refresh_template_menu(self) -> None:
        """File > New lists the worker's own templates after the built-in ones (none
        while locked: their names are the worker's own words)."""
        for action in self._template_actions:
            self.new_menu.removeAction(action)
            action.deleteLater()
        self._template_actions = []
        templates = self.session.reader.own_templates() if self.session.is_unlocked else []
        writable = bool(templates) and not self.session.reader.read_only
        for template in templates:
            action = QAction(
                self.tr("{name} (my template)").format(name=template.name.replace("&", "&&")),
                self,
            )
            action.triggered.connect(
                lambda _c=False, name=template.name: self.new_record(
                    RecordType.REFLECTION, own_template=name
                )
            )
            action.setEnabled(writable)
            self.new_menu.insertAction(self._template_end, action)
            self._template_actions.append(action)

    def show_own_templates(self) -> None:
        from journal_app.gui.dialogs.own_templates import OwnTemplatesDialog

        if not self.session.is_unlocked:
            return
        dialog = OwnTemplatesDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()

    def show_shortcuts(self) -> None:
        from journal_app.gui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.shortcut_list, self).exec()

    def show_about(self) -> None:
        from journal_app.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.session.vault_path, self.session.settings, self)
        dialog.exec()
        dialog.deleteLater()
