"""An entry laid out for reading: its title, "date · kind · share level", then each
part under its label as a heading, in paragraphs, with choices by their labels (as
the version history shows them, gui/version_text.py). Read-only; Enter or a
double-click asks to edit it. Holds no text once cleared (on lock)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from journal_app.domain.fields import Field, RecordKey
from journal_app.domain.records import Record, Share
from journal_app.domain.schema import SCHEMAS, Kind
from journal_app.domain.vocabulary import Vocabulary
from journal_app.gui.date_text import weekday_date_text
from journal_app.gui.models.record_list import TYPE_NAMES
from journal_app.gui.record_names import record_name_text
from journal_app.gui.version_text import version_items
from journal_app.gui.widgets.record_card import mix_colours
from journal_app.gui.widgets.writing_column import (
    LINE_HEIGHT_PERCENT,
    TEXT_MARGIN,
    column_width,
    writing_font,
)

# Shown in the heading and the line under it, not again as parts of the entry.
_HEADER_KEYS = {RecordKey.TITLE, RecordKey.DATE, RecordKey.SHARE, RecordKey.FOR_SUPERVISION}
# Text fields that name something in a few words: shown with the short values.
_SHORT_TEXT = {
    Field.TEMPLATE,
    Field.SETTING,
    Field.SUPERVISOR,
    Field.PURPOSE_OTHER,
    Field.BOUNDARY_TALKED_TO,
}
_SHARE_WORDS = {
    Share.PRIVATE: QT_TRANSLATE_NOOP("ReadingView", "Private"),
    Share.SUMMARY: QT_TRANSLATE_NOOP("ReadingView", "Summary shared"),
    Share.FULL: QT_TRANSLATE_NOOP("ReadingView", "Shared in full"),
}


def _is_writing(record: Record, key: str) -> bool:
    """A part the worker wrote in words (shown under its own heading), rather than a
    short value: `key` as version_items names it ("sections.0", "considerations.x")."""
    if key == RecordKey.SHARED_SUMMARY:
        return True
    name = key.split(".")[0]
    spec = SCHEMAS[record.type].get(name)
    if spec is None or name in _SHORT_TEXT:
        return False
    return spec.kind in (Kind.TEXT, Kind.SECTIONS, Kind.CONSIDERATIONS, Kind.ACTIONS)


def _paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs: a blank line starts a new one."""
    style = f'style="line-height:{LINE_HEIGHT_PERCENT}%; margin-bottom:0.6em"'
    out = []
    for block in text.strip().split("\n\n"):
        if block.strip():
            lines = "<br>".join(html.escape(line) for line in block.strip().splitlines())
            out.append(f"<p {style}>{lines}</p>")
    return "".join(out)


class ReadingView(QTextBrowser):
    """The open entry, to read. `edit_requested`: Enter or a double-click."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reading_view")
        self.setAccessibleName(self.tr("Entry, to read"))
        self.setAccessibleDescription(self.tr("Press Enter or Ctrl+E to edit it."))
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFont(writing_font(self.font()))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def show_record(
        self,
        record: Record,
        vocabulary: Vocabulary,
        also: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Show `record`; `also` adds (heading, text) parts from elsewhere in the
        journal after its own (a goal's training)."""
        palette = self.palette()
        quiet = mix_colours(
            palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.3
        ).name()
        title = record_name_text(record)
        kind = QCoreApplication.translate("RecordListModel", TYPE_NAMES[record.type])
        share = self.tr(_SHARE_WORDS[record.share])
        about = [weekday_date_text(record.date), kind, share]
        if record.for_supervision:
            about.append(self.tr("to bring to supervision"))
        parts = [
            f"<h2>{html.escape(title)}</h2>",
            f'<p style="color:{quiet}">{html.escape(" · ".join(about))}</p>',
        ]
        details, writing = [], []
        for key, label, text in version_items(record, vocabulary):
            if key in _HEADER_KEYS:
                continue
            if _is_writing(record, key):
                writing.append(f"<h4>{html.escape(label)}</h4>{_paragraphs(str(text))}")
            else:  # a choice, a score, tags, a date: one line each, together
                details.append(f"<b>{html.escape(label)}:</b> {html.escape(str(text))}")
        if details:
            parts.append(
                f'<p style="line-height:{LINE_HEIGHT_PERCENT}%">{"<br>".join(details)}</p>'
            )
        parts += writing
        if not writing:
            parts.append(f'<p style="color:{quiet}"><i>{self.tr("Nothing written yet")}</i></p>')
        for heading, text in also:
            parts.append(f"<h4>{html.escape(heading)}</h4>{_paragraphs(text)}")
        self.setHtml("".join(parts))
        self._fit_column()

    def clear(self) -> None:
        """Drop the entry's text (on lock or when the entry closes)."""
        super().clear()
        self.document().clear()

    # --- the column ------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """Centre the text in a column of readable width, however wide the view."""
        spare = self.viewport().width() - column_width(self.font()) - 2 * TEXT_MARGIN
        side = max(TEXT_MARGIN, spare // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(TEXT_MARGIN * 2)
            frame.setFrameFormat(fmt)

    # --- asking to edit --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.edit_requested.emit()
