"""Spell checking in the app: the session's one `Spelling`, which the editors hand
their text fields to (`attach_fields`). Each field underlines misspellings as the
worker types (gui/spell_fields.py), and its right-click menu offers suggestions,
"Add to my dictionary" and "Ignore in this entry" above the usual editing actions.

The checking is services/spelling.py's, one checker per process. The worker's own
dictionary is read from the vault at the unlock and after each change to it, and
forgotten at the lock with every word checked and every word ignored. Words ignored
in an entry are kept for that entry (by its id) until the journal locks; they are
never written anywhere. Preferences can turn the checking off (AppSettings).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLineEdit, QMenu, QMessageBox, QWidget

from journal_app.errors import JournalError
from journal_app.gui.messages import user_message
from journal_app.gui.spell_fields import SpellField, TextWidget, text_fields
from journal_app.services.changes import AddToDictionary, Changed
from journal_app.services.spelling import SpellChecker, normalised

if TYPE_CHECKING:
    from journal_app.gui.session import Session

log = logging.getLogger(__name__)

FIELD_PROPERTY = "pswSpellField"  # set on a widget once it is attached


@cache
def shared_checker() -> SpellChecker:
    """The process's one checker (its suggestion index is costly to build)."""
    return SpellChecker()


class Spelling(QObject):
    """Spell checking for one session's text fields."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self.checker = shared_checker()
        self._fields: weakref.WeakValueDictionary[int, SpellField] = weakref.WeakValueDictionary()
        self._ignored: dict[str, set[str]] = {}  # entry key -> words ignored in it
        self._enabled = session.settings.spell_check
        session.unlocked.connect(self._read_dictionary)
        session.locked.connect(self._forget)
        session.changed.connect(self._journal_changed)

    @property
    def enabled(self) -> bool:
        return self._enabled

    # --- fields -------------------------------------------------------------------------

    def attach(self, widget: TextWidget, entry: Callable[[], str]) -> SpellField:
        """Check `widget`'s text, counting words ignored in the entry `entry()` names."""
        field = self.field(widget)
        if field is not None:
            return field
        field = SpellField(widget, self, entry)  # a child of the widget: goes with it
        widget.setProperty(FIELD_PROPERTY, True)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widget.customContextMenuRequested.connect(field.show_menu)
        # Weakly: nothing here keeps a closed window's field (or the window) alive.
        self._fields[id(field)] = field
        return field

    def attach_fields(self, root: QWidget, entry: Callable[[], str]) -> None:
        """Check every text area, title and heading inside `root` not checked yet
        (call again after adding fields: it is cheap)."""
        for widget in text_fields(root):
            if not widget.property(FIELD_PROPERTY):
                self.attach(widget, entry)

    def field(self, widget: QWidget) -> SpellField | None:
        """The widget's SpellField, if it is checked."""
        if not widget.property(FIELD_PROPERTY):
            return None
        return next((c for c in widget.children() if isinstance(c, SpellField)), None)

    # --- entries ------------------------------------------------------------------------

    def ignored_in(self, entry: str) -> set[str]:
        """The words ignored in the entry `entry` (its id, or a new entry's own key)."""
        return self._ignored.get(entry, set())

    def ignore(self, entry: str, word: str) -> None:
        """Let `word` pass in the entry `entry` only, until the journal locks."""
        self._ignored.setdefault(entry, set()).add(normalised(word))
        self._refresh(entry)

    def entry_saved(self, old: str, new: str) -> None:
        """A new entry (`old`, its own key) was saved as record `new`."""
        if old != new and old in self._ignored:
            self._ignored.setdefault(new, set()).update(self._ignored.pop(old))

    # --- changes from elsewhere ---------------------------------------------------------

    def settings_changed(self) -> None:
        """Preferences may have turned checking on or off."""
        enabled = self._session.settings.spell_check
        if enabled != self._enabled:
            self._enabled = enabled
            self._refresh()

    def wrong_word_seen(self) -> None:
        """A field found a misspelling: a right-click will want suggestions soon, so
        build their index in the background if it is not built."""
        self.checker.prepare_suggestions_in_background()

    def _read_dictionary(self) -> None:
        try:
            self.checker.set_personal(self._session.reader.personal_words())
        except JournalError as exc:
            log.warning("could not read the personal dictionary: %s", type(exc).__name__)
            self.checker.set_personal(())
        self._refresh()

    def _forget(self) -> None:
        self.checker.forget()
        self._ignored.clear()

    def _journal_changed(self, changed: Changed) -> None:
        if changed.dictionary and self._session.is_unlocked:
            self._read_dictionary()

    def _refresh(self, entry: str | None = None) -> None:
        for field in list(self._fields.values()):
            if entry is None or field.entry == entry:
                field.refresh()

    # --- the right-click menu -----------------------------------------------------------

    def menu_for(self, widget: TextWidget, position: QPoint | None = None) -> QMenu:
        """The widget's right-click menu: for a misspelt word at `position` (the
        widget's or its viewport's coordinates; None: at the text cursor), the
        suggestions, "Add to my dictionary" and "Ignore in this entry" come first."""
        menu = widget.createStandardContextMenu()
        field = self.field(widget)
        if field is None or widget.isReadOnly() or not self._enabled:
            return menu
        if position is None:
            found = field.word_at(None)
        elif isinstance(widget, QLineEdit):
            found = field.word_at(widget.cursorPositionAt(position))
        else:
            found = field.word_at(widget.cursorForPosition(position).position())
        if found is None:
            return menu
        start, end, span = found
        first = menu.actions()[0] if menu.actions() else None
        ours: list[QAction] = []
        # While the index is still being built (seconds after the first misspelling),
        # the words one edit away rather than a menu that keeps the worker waiting.
        suggestions = self.checker.suggestions(span.word, wait=False)
        bold = QFont(menu.font())
        bold.setBold(True)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setFont(bold)
            action.setObjectName("spellSuggestion")
            action.triggered.connect(
                lambda _checked=False, s=suggestion: field.replace(start, end, s)
            )
            ours.append(action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            ours.append(none)
        add = QAction(self.tr("Add “{word}” to my dictionary").format(word=span.word), menu)
        add.setObjectName("spellAddToDictionary")
        add.triggered.connect(lambda _checked=False: self._add_to_dictionary(span.word, widget))
        ignore = QAction(self.tr("Ignore “{word}” in this entry").format(word=span.word), menu)
        ignore.setObjectName("spellIgnore")
        ignore.triggered.connect(lambda _checked=False: self.ignore(field.entry, span.word))
        line = QAction(menu)
        line.setSeparator(True)
        ours += [line, add, ignore]
        if first is None:
            menu.addActions(ours)
        else:
            menu.insertActions(first, ours)
            menu.insertSeparator(first)
        return menu

    def show_menu(self, widget: TextWidget, position: QPoint) -> None:
        # From the mouse, `position` is where it was; from the keyboard (the Menu key),
        # Qt gives the text cursor's place: either way, the word there.
        # Shown with popup, not exec: no second event loop, and a lock that closes the
        # editor takes the menu (the widget's child) and the word it names with it.
        menu = self.menu_for(widget, position)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        where = widget if isinstance(widget, QLineEdit) else widget.viewport()
        menu.popup(where.mapToGlobal(position))

    def _add_to_dictionary(self, word: str, parent: QWidget) -> None:
        try:
            self._session.apply(AddToDictionary(word))  # the change refreshes every field
        except JournalError as exc:
            QMessageBox.warning(
                parent.window(), self.tr("Not added to your dictionary"), user_message(exc)
            )
