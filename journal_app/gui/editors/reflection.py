"""The reflection editor: a reflective model (Gibbs's six steps, Driscoll's three
questions, free text, the four questions, supervision preparation, an ending, or the
worker's own template) decides which prompted sections show; then context, themes,
competences and mood. Models are named by what they ask, the author in brackets:
PSWs are not NMC-registered, so the stored key "nmc" is never shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from journal_app.domain.fields import Field
from journal_app.domain.records import RecordType
from journal_app.domain.schema import REFLECTION_MODELS
from journal_app.gui.editors.base import RecordEditor, is_empty
from journal_app.gui.editors.custom_sections import CustomSections
from journal_app.gui.editors.reflection_concerns import ConcernsGroup
from journal_app.gui.widgets.score import ScoreSlider
from journal_app.services.own_templates import OwnTemplate, find_template

MODEL_SECTIONS: dict[str, tuple[str, ...]] = {
    "gibbs": (
        Field.DESCRIPTION,
        Field.FEELINGS,
        Field.EVALUATION,
        Field.ANALYSIS,
        Field.CONCLUSION,
        Field.ACTION_PLAN,
    ),
    "driscoll": (Field.WHAT, Field.SO_WHAT, Field.NOW_WHAT),
    "free": (Field.TEXT,),
    "nmc": (
        Field.NMC_WHAT_HAPPENED,
        Field.NMC_LEARNING,
        Field.NMC_PRACTICE_CHANGE,
        Field.NMC_CODE_RELEVANCE,
    ),
    "supervision_prep": (Field.PREP_BRING, Field.PREP_GOING_WELL, Field.PREP_SUPPORT_NEEDED),
    "ending": (
        Field.ENDING_PLANNED,
        Field.ENDING_MARKED,
        Field.ENDING_NEXT_SUPPORT,
        Field.ENDING_FEELINGS,
    ),
    "custom": (Field.TEMPLATE, Field.SECTIONS),
}


class ReflectionEditor(RecordEditor):
    record_type = RecordType.REFLECTION

    def model_labels(self) -> dict[str, str]:
        return {
            "gibbs": self.tr("Six steps from what happened to an action plan (Gibbs)"),
            "driscoll": self.tr("What? So what? Now what? (Driscoll)"),
            "free": self.tr("Free text"),
            "nmc": self.tr(
                "Four questions: what happened, what I learnt, what I will change, "
                "how it fits my role"
            ),
            "supervision_prep": self.tr("Supervision preparation"),
            "ending": self.tr("Ending of a peer relationship"),
            "custom": self.tr("Your own template"),
        }

    def section_texts(self) -> dict[str, tuple[str, str]]:
        """Heading and one-line guiding prompt of each text section."""
        return {
            Field.DESCRIPTION: (
                self.tr("Description"),
                self.tr("What happened, in outline? Your part; initials, not names or case facts."),
            ),
            Field.FEELINGS: (
                self.tr("Feelings"),
                self.tr("What were you thinking and feeling before, during and after?"),
            ),
            Field.EVALUATION: (
                self.tr("Evaluation"),
                self.tr("What went well and what was harder? Notice your strengths too."),
            ),
            Field.ANALYSIS: (
                self.tr("Analysis"),
                self.tr(
                    "What helped or got in the way? What does it tell you about your practice?"
                ),
            ),
            Field.CONCLUSION: (
                self.tr("Conclusion"),
                self.tr("What have you learnt? What else could you have done?"),
            ),
            Field.ACTION_PLAN: (
                self.tr("Action plan"),
                self.tr("What will you do next time, and what support or training would help?"),
            ),
            Field.WHAT: (
                self.tr("What?"),
                self.tr(
                    "What happened, and what was your part in it? The outline, not the case facts."
                ),
            ),
            Field.SO_WHAT: (
                self.tr("So what?"),
                self.tr("What does it mean for you? What did you feel, and what did you learn?"),
            ),
            Field.NOW_WHAT: (
                self.tr("Now what?"),
                self.tr("What will you do differently, and what support do you need?"),
            ),
            Field.TEXT: (
                self.tr("Reflection"),
                self.tr("Write freely about what you noticed, felt and learnt, not case details."),
            ),
            Field.NMC_WHAT_HAPPENED: (
                self.tr("What happened, or what was the feedback?"),
                self.tr("In outline, without anything that could identify someone."),
            ),
            Field.NMC_LEARNING: (
                self.tr("What did you learn?"),
                self.tr("About the work, and about yourself."),
            ),
            Field.NMC_PRACTICE_CHANGE: (
                self.tr("How did or will you change your practice?"),
                self.tr("One or two concrete changes are enough."),
            ),
            Field.NMC_CODE_RELEVANCE: (
                self.tr("How does it fit your role and values as a peer support worker?"),
                self.tr(
                    "Which peer support values does it touch: hope, mutuality, choice, "
                    "lived experience shared with care? Is it within your role?"
                ),
            ),
            Field.PREP_BRING: (
                self.tr("What I want to bring"),
                self.tr("The topics, questions or decisions you want time for."),
            ),
            Field.PREP_GOING_WELL: (
                self.tr("What is going well"),
                self.tr("Your strengths, and what you are proud of since last time."),
            ),
            Field.PREP_SUPPORT_NEEDED: (
                self.tr("Support I need"),
                self.tr("Advice, training, time, or someone to listen: what would help?"),
            ),
            Field.ENDING_MARKED: (
                self.tr("How was it marked?"),
                self.tr("How did you mark the ending: a last session, looking back at progress?"),
            ),
            Field.ENDING_NEXT_SUPPORT: (
                self.tr("What next support is in place?"),
                self.tr("Who or what supports them now? Name services, not personal details."),
            ),
            Field.ENDING_FEELINGS: (
                self.tr("How it felt"),
                self.tr("How did the ending feel for you, and what do you need now?"),
            ),
        }

    def build_fields(self) -> None:
        box, column = self.column_group(self.tr("Reflection"), "group_reflection")
        note = QLabel(
            self.tr(
                "Written reflections are not legally privileged: they could be asked for, "
                "so write about learning and feelings, not case facts."
            ),
            box,
        )
        note.setWordWrap(True)
        note.setObjectName("privilege_note")
        column.addWidget(note)
        labels = self.model_labels()
        self.model_combo = self.choice_combo(
            Field.MODEL, [(m, labels[m]) for m in REFLECTION_MODELS]
        )
        self.prompted(
            column,
            Field.MODEL,
            self.tr("Model"),
            self.tr("A structure for your thoughts; switch at any time, nothing is lost."),
            self.model_combo,
        )
        # The four questions' name is long: the box keeps a sensible width (the
        # chosen name is cut at its end) and its list shows each name whole.
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_combo.setMinimumContentsLength(24)
        self.model_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.model_combo.setToolTip(self.model_combo.currentText())
        self.model_combo.currentTextChanged.connect(self.model_combo.setToolTip)
        self.bind_choice(Field.MODEL, self.model_combo)
        self.model_combo.currentIndexChanged.connect(self._show_sections)

        self.blocks: dict[str, QWidget] = {}
        texts = self.section_texts()
        for model in ("gibbs", "driscoll", "free", "nmc", "supervision_prep"):
            for name in MODEL_SECTIONS[model]:
                self._text_section(column, name, *texts[name])
        planned = self.choice_combo(
            Field.ENDING_PLANNED,
            [
                ("planned", self.tr("Planned")),
                ("partly", self.tr("Partly planned")),
                ("unplanned", self.tr("Unplanned")),
            ],
            self.tr("Not recorded"),
        )
        self.blocks[Field.ENDING_PLANNED] = self.prompted(
            column,
            Field.ENDING_PLANNED,
            self.tr("Was the ending planned?"),
            self.tr("Abrupt endings can come as a shock; note how this one came about."),
            planned,
        )
        self.bind_choice(Field.ENDING_PLANNED, planned)
        for name in MODEL_SECTIONS["ending"][1:]:
            self._text_section(column, name, *texts[name])
        template = QLineEdit(box)
        self.blocks[Field.TEMPLATE] = self.prompted(
            column, "template", self.tr("Template name"), "", template
        )
        self.bind_text(Field.TEMPLATE, template)
        self._own_templates: list[OwnTemplate] = []
        template.textChanged.connect(self._show_prompts)
        self.custom_sections = CustomSections(box)
        self.custom_sections.setObjectName("field_sections")
        self.blocks[Field.SECTIONS] = self.prompted(
            column,
            Field.SECTIONS,
            self.tr("Your sections"),
            self.tr("Your own headings, each with its own text."),
            self.custom_sections,
        )
        self.bind(
            Field.SECTIONS,
            self.custom_sections,
            self.custom_sections.value,
            self.custom_sections.set_value,
            self.custom_sections.changed,
            self.custom_sections.focus_part,
        )
        self.kept_note = QLabel(
            self.tr("Sections from another model stay shown while they hold text."), box
        )
        self.kept_note.setWordWrap(True)
        column.addWidget(self.kept_note)
        self.body_layout.addWidget(box)
        self._build_context()
        self.concerns = ConcernsGroup(self)
        self.add_themes_and_competences()

    def _text_section(self, column, name: str, heading: str, prompt: str) -> None:
        edit = self.text_area(name, lines=4)
        self.blocks[name] = self.prompted(column, name, heading, prompt, edit)
        self.bind_text(name, edit)

    def _build_context(self) -> None:
        box, form = self.form_group(self.tr("Context and mood"), "group_context")
        kinds = [
            ("one_to_one", self.tr("One-to-one")),
            ("group", self.tr("Group")),
            ("phone", self.tr("Phone")),
            ("crisis", self.tr("Crisis")),
            ("other", self.tr("Other")),
        ]
        kind = self.choice_combo(Field.SESSION_KIND, kinds, self.tr("Not recorded"))
        self.add_row(form, Field.SESSION_KIND, self.tr("Session kind"), kind)
        self.bind_choice(Field.SESSION_KIND, kind)
        setting = QLineEdit(box)
        setting.setPlaceholderText(self.tr("e.g. community hub, ward, home visit"))
        self.add_row(form, Field.SETTING, self.tr("Setting"), setting)
        self.bind_text(Field.SETTING, setting)
        mood = ScoreSlider(self.tr("Low"), self.tr("Good"), box)
        self.add_row(
            form,
            Field.MOOD_AFTER,
            self.tr("Mood after"),
            mood,
            self.tr("1 is very low, 10 is very good; leave it unset if you prefer."),
        )
        self.bind_score(Field.MOOD_AFTER, mood)
        self.body_layout.addWidget(box)

    def model(self) -> str:
        return self.model_combo.currentData() or "gibbs"

    def after_load(self) -> None:
        if not self.model_combo.currentData():
            self.model_combo.setCurrentIndex(self.model_combo.findData("gibbs"))
        self._show_sections()
        self._show_prompts()

    def set_own_templates(self, templates: list[OwnTemplate]) -> None:
        """The worker's templates: the one this entry names gives its sections' prompts."""
        self._own_templates = list(templates)
        self._show_prompts()

    def _show_prompts(self) -> None:
        name = self._bindings[Field.TEMPLATE].get() or ""
        template = find_template(self._own_templates, name) if name.strip() else None
        self.custom_sections.set_prompts(template.prompt_for if template else None)

    def _show_sections(self) -> None:
        self.concerns.show_blocks()
        self._show_model_sections()

    def _show_model_sections(self) -> None:
        """The model's sections, plus any other section that holds text (so nothing
        saved is ever hidden)."""
        wanted = MODEL_SECTIONS.get(self.model(), ())
        kept = False
        for name, block in self.blocks.items():
            holds_text = not is_empty(self._bindings[name].get())
            block.setVisible(name in wanted or holds_text)
            kept = kept or (holds_text and name not in wanted)
        self.kept_note.setVisible(kept)
