"""The wellbeing check-in: three quick scores and a note."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.gui.editors.base import RecordEditor
from journal_app.gui.widgets.score import ScoreSlider, line_up


class CheckinEditor(RecordEditor):
    record_type = RecordType.CHECKIN

    def build_fields(self) -> None:
        box, form = self.form_group(self.tr("How am I today?"), "group_checkin")
        intro = QLabel(self.tr("A quick check-in: any score can stay unset."), box)
        intro.setWordWrap(True)
        form.addRow(intro)
        scores: list[ScoreSlider] = []
        for name, label, low, high, hint in (
            (Field.MOOD, self.tr("Mood"), self.tr("Low"), self.tr("Good"), ""),
            (
                Field.STRESS,
                self.tr("Stress"),
                self.tr("Calm"),
                self.tr("Very stressed"),
                self.tr("1 is calm, 10 is very stressed."),
            ),
            (Field.ENERGY, self.tr("Energy"), self.tr("Drained"), self.tr("Full"), ""),
        ):
            score = ScoreSlider(low, high, box)
            self.add_row(form, name, label, score, hint)
            self.bind_score(name, score)
            scores.append(score)
        line_up(scores)  # the three tracks start and end at the same x
        note = self.text_area(Field.NOTE, lines=5)
        note.setPlaceholderText(self.tr("Anything on your mind, or what would help today"))
        self.add_row(form, Field.NOTE, self.tr("Note"), note)
        self.bind_text(Field.NOTE, note)
        self.body_layout.addWidget(box)
