"""A line of comma-separated tags that completes the tag being typed from known tags."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from journal_app.gui.widgets.line_text import set_line_text


def split_tags(text: str) -> list[str]:
    """The tags in `text`: split at commas, spaces tidied, empty and repeated ones
    (ignoring case) dropped, first spelling kept."""
    tags: list[str] = []
    seen: set[str] = set()
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


class TagEdit(QLineEdit):
    """Tags typed as "boundaries, endings"; the part after the last comma is completed
    from `set_known` (the journal's tags), ignoring case."""

    tags_edited = Signal()  # the user changed the tags (typing or completion)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = QStringListModel(self)
        self._completer = QCompleter(self._known, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # Not setCompleter(): that would complete the whole line, not the last tag.
        self._completer.setWidget(self)
        self._completer.activated[str].connect(self._insert_completion)
        self.textEdited.connect(self._update_completion)
        self.textEdited.connect(self.tags_edited)
        self.setPlaceholderText(self.tr("e.g. endings, boundaries"))

    def set_known(self, tags: list[str]) -> None:
        """The tags offered as completions."""
        self._known.setStringList(sorted(set(tags), key=str.casefold))

    def known(self) -> list[str]:
        return self._known.stringList()

    def completer_popup_visible(self) -> bool:
        return self._completer.popup().isVisible()

    def tags(self) -> list[str]:
        return split_tags(self.text())

    def set_tags(self, tags: list[str]) -> None:
        set_line_text(self, ", ".join(tags))  # a long list shows from its first tag

    def _current_token(self) -> str:
        before_cursor = self.text()[: self.cursorPosition()]
        return before_cursor.rsplit(",", 1)[-1].strip()

    def _update_completion(self) -> None:
        token = self._current_token()
        if not token or not self._known.rowCount():
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(token)
        already = {t.casefold() for t in self.tags()}
        if self._completer.completionCount() == 0 or (
            self._completer.completionCount() == 1
            and self._completer.currentCompletion().casefold() in already
        ):
            self._completer.popup().hide()
            return
        self._completer.complete()

    def _insert_completion(self, completion: str) -> None:
        text = self.text()
        cursor = self.cursorPosition()
        start = text.rfind(",", 0, cursor) + 1
        end = text.find(",", cursor)
        end = len(text) if end < 0 else end
        before = text[:start]
        after = text[end:]
        prefix = before + (" " if before else "")
        new_text = prefix + completion + (after if after else ", ")
        self.setText(new_text)
        self.setCursorPosition(len(prefix) + len(completion) + (0 if after else 2))
        self.tags_edited.emit()
