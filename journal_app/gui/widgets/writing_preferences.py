"""Preferences > Writing: the spell-check switch (kept in Qt settings: it says nothing
about the worker) and the worker's own dictionary, one word a line, to read and put
right (kept encrypted in the vault by the caller, through SetDictionary)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QWidget


class WritingPreferences(QGroupBox):
    def __init__(self, spell_check: bool, words: list[str], parent: QWidget | None = None):
        super().__init__(self.tr("Writing"), parent)
        self.spell_check = QCheckBox(self.tr("&Underline spelling mistakes (UK English)"), self)
        self.spell_check.setObjectName("spell_check")
        self.spell_check.setAccessibleName(self.tr("Underline spelling mistakes"))
        self.spell_check.setChecked(spell_check)
        note = QLabel(
            self.tr(
                "Right-click an underlined word for suggestions, to add it to your own "
                "dictionary or to ignore it in that entry."
            ),
            self,
        )
        note.setWordWrap(True)

        self._words = list(words)
        self.dictionary = QPlainTextEdit(self)
        self.dictionary.setObjectName("personal_dictionary")
        self.dictionary.setAccessibleName(self.tr("Your dictionary"))
        self.dictionary.setPlaceholderText(
            self.tr("One per line: names and words of your own the checker should accept")
        )
        self.dictionary.setPlainText("\n".join(self._words))
        self.dictionary.setTabChangesFocus(True)
        self.dictionary.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        dictionary_note = QLabel(
            self.tr(
                "Kept encrypted in your journal, never in the app's settings. Delete a "
                "line to take a word out."
            ),
            self,
        )
        dictionary_note.setWordWrap(True)
        label = QLabel(self.tr("Your &dictionary:"), self)
        label.setBuddy(self.dictionary)

        form = QFormLayout(self)
        form.addRow(self.spell_check)
        form.addRow(note)
        form.addRow(label, self.dictionary)
        form.addRow("", dictionary_note)

    def words(self) -> list[str]:
        """The dictionary as the worker left it: each word once (a line with spaces
        gives each of its words)."""
        return list(dict.fromkeys(self.dictionary.toPlainText().split()))

    def words_changed(self) -> bool:
        return self.words() != self._words
