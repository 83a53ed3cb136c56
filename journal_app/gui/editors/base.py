"""What every record editor shares: the header (date, title, tags, share level,
bring to supervision, shared summary), a scrollable body, field bindings that turn
widgets into record JSON and back, and inline errors named by field."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.fields import RecordKey
from journal_app.domain.records import Record, RecordType, Share
from journal_app.domain.schema import MAX_TITLE
from journal_app.domain.vocabulary import Vocabulary
from journal_app.gui.date_text import EDIT_FORMAT
from journal_app.gui.editors.custom_sections import CustomSections
from journal_app.gui.editors.field_errors import FieldErrors
from journal_app.gui.editors.form_builder import FormBuilder, set_line_text
from journal_app.gui.widgets.tag_edit import TagEdit
from journal_app.gui.widgets.writing_column import centred_column, column_width, writing_font

if TYPE_CHECKING:
    from journal_app.gui.spelling import Spelling

GROUP_MARGIN = 24  # a group box's frame and padding, each side of its text areas


@dataclass
class Binding:
    """One record field shown by a widget: how to read, write and point at it."""

    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    focus: Callable[[str], None] | None = None  # given the rest of the name: "[1].due"


_new_entries = itertools.count(1)


def _new_entry_key() -> str:
    """A key for a new entry's ignored words until it is saved and has an id."""
    return f"new-{next(_new_entries)}"


def is_empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value in (None, [], {})


class RecordEditor(FieldErrors, FormBuilder, QWidget):
    """Base of the four editors. Subclasses set `record_type` and build their own
    groups in `build_fields()` with the FormBuilder helpers and `bind()`."""

    record_type: RecordType
    edited = Signal()  # the user changed something (never emitted by load or clear)

    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        QWidget.__init__(self, parent)
        self.vocabulary = vocabulary
        self._bindings: dict[str, Binding] = {}
        self._loading = False
        self._record_id: str | None = None
        self._stored_fields: set[str] = set()
        self._extra_fields: dict[str, Any] = {}  # fields this editor has no widget for
        self._error_widget: QWidget | None = None
        self._spelling: Spelling | None = None
        self._spelling_entry = ""  # the entry's key for words ignored in it
        self.setObjectName(f"editor_{self.record_type.value}")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("editor_error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem with this entry"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setContentsMargins(8, 6, 8, 6)
        self.error_label.setFrameShape(QLabel.Shape.StyledPanel)
        bold = self.error_label.font()
        bold.setBold(True)
        self.error_label.setFont(bold)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Entry"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self._build_header()
        self.build_fields()
        self._build_summary()
        self.body_layout.addStretch(1)
        # The writing column: text areas about 72 characters wide, the form centred.
        width = column_width(writing_font(self.font())) + 2 * GROUP_MARGIN
        self.scroll.setWidget(centred_column(self.body, width))
        outer.addWidget(self.scroll)
        self.clear()

    # --- building ----------------------------------------------------------------

    def build_fields(self) -> None:
        """Subclasses add their groups to `self.body_layout` here."""

    def _build_header(self) -> None:
        box, form = self.form_group(self.tr("About this entry"), "group_header")
        self.date_edit = QDateEdit(box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(EDIT_FORMAT)
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.add_row(form, RecordKey.DATE, self.tr("Date"), self.date_edit)
        self.title_edit = QLineEdit(box)
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("A few words to find it again"))
        self.add_row(form, RecordKey.TITLE, self.tr("Title"), self.title_edit)
        self.tags_edit = TagEdit(box)
        self.add_row(
            form, RecordKey.TAGS, self.tr("Tags"), self.tags_edit, self.tr("Separate with commas")
        )
        self.date_edit.dateChanged.connect(self._user_changed)
        self.title_edit.textChanged.connect(self._user_changed)
        self.tags_edit.textChanged.connect(self._user_changed)
        self._add_share_rows(box, form)
        self.body_layout.addWidget(box)

    def _add_share_rows(self, box: QWidget, form: QFormLayout) -> None:
        """Share level, plainly, near the top of every record; then the supervision box."""
        self.share_buttons = QButtonGroup(self)
        share_box = QWidget(box)
        share_box.setObjectName("share_levels")
        share_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        share_layout = QFormLayout(share_box)
        share_layout.setContentsMargins(0, 0, 0, 0)
        share_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # When narrow, each level's explanation goes under its button.
        share_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        explanations = {
            Share.PRIVATE: (
                self.tr("Private"),
                self.tr("Stays in your journal: never in a supervision pack."),
            ),
            Share.SUMMARY: (
                self.tr("Summary"),
                self.tr(
                    "The pack shows the date, type, title (or the shared title below), "
                    "themes, competence areas and your shared summary, never what you "
                    "wrote here."
                ),
            ),
            Share.FULL: (
                self.tr("Full"),
                self.tr("The pack shows everything in this entry."),
            ),
        }
        self.share_radios: dict[Share, QRadioButton] = {}
        for share, (label, explanation) in explanations.items():
            radio = QRadioButton(label, share_box)
            radio.setObjectName(f"field_share_{share.value}")
            radio.setAccessibleName(self.tr("Share: {level}").format(level=label))
            radio.setAccessibleDescription(explanation)
            note = QLabel(explanation, share_box)
            note.setWordWrap(True)
            share_layout.addRow(radio, note)
            self.share_buttons.addButton(radio)
            self.share_radios[share] = radio
        share_label = self.add_row(form, RecordKey.SHARE, self.tr("Share level"), share_box)
        share_label.setBuddy(self.share_radios[Share.PRIVATE])
        self.shared_title_edit = QLineEdit(box)
        self.shared_title_edit.setObjectName("field_shared_title")
        self.shared_title_edit.setAccessibleName(self.tr("Title when shared as a summary"))
        self.shared_title_edit.setPlaceholderText(
            self.tr("Optional: a title without names or details, for the pack")
        )
        self.add_row(
            form,
            RecordKey.SHARED_TITLE,
            self.tr("Shared title"),
            self.shared_title_edit,
            self.tr("Used instead of the title wherever this entry is shared as a summary."),
        )
        self.shared_title_edit.textChanged.connect(self._user_changed)
        self.supervision_check = QCheckBox(self.tr("Bring this to my next supervision"), box)
        self.add_row(
            form, RecordKey.FOR_SUPERVISION, self.tr("Supervision"), self.supervision_check
        )
        self.supervision_check.toggled.connect(self._user_changed)
        self.share_buttons.buttonToggled.connect(self._user_changed)

    def _build_summary(self) -> None:
        """Last, because it is written after the reflection: the part meant for sharing."""
        box, form = self.form_group(self.tr("Shared summary"), "group_summary")
        self.summary_edit = self.text_area(RecordKey.SHARED_SUMMARY, lines=3)
        self.summary_edit.setPlaceholderText(
            self.tr("What you learnt, in a sentence or two: no names or case facts.")
        )
        self.add_row(
            form,
            RecordKey.SHARED_SUMMARY,
            self.tr("What you would share"),
            self.summary_edit,
            self.tr(
                "Your learning, not the story or case facts. A pack shows it for an "
                "entry shared as a summary."
            ),
        )
        self.summary_edit.textChanged.connect(self._user_changed)
        self.body_layout.addWidget(box)

    def bind(
        self,
        name: str,
        widget: QWidget,
        get: Callable[[], Any],
        set_: Callable[[Any], None],
        changed: Any | None,
        focus: Callable[[str], None] | None = None,
    ) -> None:
        """Show record field `name` in `widget`; `changed` is the widget's signal."""
        self._bindings[name] = Binding(widget, get, set_, focus)
        if changed is not None:
            changed.connect(self._user_changed)

    # --- record JSON in and out ---------------------------------------------------

    @property
    def record_id(self) -> str | None:
        """The record being edited; None for a new one not saved yet."""
        return self._record_id

    def load(self, record: Record | None, data: dict[str, Any] | None = None) -> None:
        """Show `data` (record JSON; a new record's or a draft's) or else the record."""
        source = data if data is not None else record.to_dict() if record else None
        if source is None:
            raise ValueError("load() needs a record or record JSON")
        if source.get(RecordKey.TYPE, self.record_type.value) != self.record_type.value:
            raise ValueError("this editor shows another record type")
        self._loading = True
        try:
            self.clear_error()
            self._record_id = record.id if record is not None else None
            self._stored_fields = set(record.fields) if record is not None else set()
            self._spelling_entry = self._record_id or _new_entry_key()
            day = QDate.fromString(str(source.get(RecordKey.DATE, "")), Qt.DateFormat.ISODate)
            self.date_edit.setDate(day if day.isValid() else QDate.currentDate())
            set_line_text(self.title_edit, source.get(RecordKey.TITLE, ""))
            self.tags_edit.set_tags(list(source.get(RecordKey.TAGS, [])))
            share = Share(source.get(RecordKey.SHARE, Share.PRIVATE.value))
            self.share_radios[share].setChecked(True)
            self.supervision_check.setChecked(bool(source.get(RecordKey.FOR_SUPERVISION, False)))
            set_line_text(self.shared_title_edit, source.get(RecordKey.SHARED_TITLE, ""))
            self.summary_edit.setPlainText(source.get(RecordKey.SHARED_SUMMARY, ""))
            fields = dict(source.get(RecordKey.FIELDS, {}))
            for name, binding in self._bindings.items():
                binding.set(fields.pop(name, None))
            self._extra_fields = fields
            self.after_load()
        finally:
            self._loading = False
        self._check_spelling()

    def after_load(self) -> None:
        """Subclasses: update what depends on the loaded values (shown sections)."""

    def data(self) -> dict[str, Any]:
        """The record JSON that Session.save accepts (only non-empty fields)."""
        fields = {k: v for k, v in self._extra_fields.items() if not is_empty(v)}
        for name, binding in self._bindings.items():
            value = binding.get()
            if not is_empty(value):
                fields[name] = value
        share = next(s for s, radio in self.share_radios.items() if radio.isChecked())
        summary = self.summary_edit.toPlainText()
        shared_title = " ".join(self.shared_title_edit.text().split())
        out = {
            RecordKey.TYPE: self.record_type.value,
            RecordKey.DATE: self.date_edit.date().toString(Qt.DateFormat.ISODate),
            RecordKey.TITLE: " ".join(self.title_edit.text().split()),
            RecordKey.TAGS: self.tags_edit.tags(),
            RecordKey.SHARE: share.value,
            RecordKey.FOR_SUPERVISION: self.supervision_check.isChecked(),
            RecordKey.SHARED_SUMMARY: summary if summary.strip() else "",
            RecordKey.FIELDS: fields,
        }
        if shared_title:  # optional, as in the record JSON
            out[RecordKey.SHARED_TITLE] = shared_title
        return out

    def changes(self) -> dict[str, Any]:
        """data() for saving over the stored record: an edit merges `fields`, so a
        field the user emptied is sent as null to be removed."""
        out = self.data()
        out.setdefault(RecordKey.SHARED_TITLE, "")  # an emptied shared title is removed
        for name in self._stored_fields - set(out[RecordKey.FIELDS]):
            out[RecordKey.FIELDS][name] = None
        return out

    def mark_saved(self, record: Record) -> None:
        """After Session.save: later saves edit this record."""
        self._record_id = record.id
        self._stored_fields = set(record.fields)
        if self._spelling is not None:  # words ignored while it was new stay ignored
            self._spelling.entry_saved(self._spelling_entry, record.id)
        self._spelling_entry = record.id

    def set_known_tags(self, tags: list[str]) -> None:
        self.tags_edit.set_known(tags)

    def clear(self) -> None:
        """Drop everything shown (on lock): text, lists of names, the record id."""
        self._loading = True
        try:
            self.clear_error()
            self._record_id = None
            self._stored_fields = set()
            self._extra_fields = {}
            self._spelling_entry = _new_entry_key()
            self.date_edit.setDate(QDate.currentDate())
            self.title_edit.clear()
            self.tags_edit.clear()
            self.tags_edit.set_known([])
            self.share_radios[Share.PRIVATE].setChecked(True)
            self.supervision_check.setChecked(False)
            self.summary_edit.setPlainText("")
            for binding in self._bindings.values():
                binding.set(None)
            self.clear_private()
            self.after_load()
        finally:
            self._loading = False

    def clear_private(self) -> None:
        """Subclasses: drop any other journal data they hold (names, suggestions)."""

    # --- spelling -----------------------------------------------------------------

    def use_spelling(self, spelling: Spelling) -> None:
        """Underline misspellings in this editor's text areas, title and headings
        (sections added later join in as they are made)."""
        self._spelling = spelling
        self._check_spelling()
        for sections in self.findChildren(CustomSections):
            sections.section_added.connect(self._check_spelling)

    @property
    def spelling_entry(self) -> str:
        """The key under which words are ignored in this entry (its id once saved)."""
        return self._spelling_entry

    def _check_spelling(self, *_args: Any) -> None:
        if self._spelling is not None:  # fields already checked are left as they are
            self._spelling.attach_fields(self, lambda: self._spelling_entry)

    def _user_changed(self, *_args: Any) -> None:
        if self._loading:
            return
        error_widget = self._error_widget
        if error_widget is not None:
            focus = QApplication.focusWidget()
            if focus is error_widget or error_widget.isAncestorOf(focus):
                self.clear_error()  # the user is putting it right
        self.edited.emit()
