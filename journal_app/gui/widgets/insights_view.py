"""The Insights page: wellbeing trend, themes per month, disclosure decisions per month
and competence areas touched, for a chosen period (counting is services.insights');
and, on its second tab, competence coverage in words (widgets/coverage_view.py)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record
from journal_app.domain.vocabulary import Vocabulary
from journal_app.gui.fonts import relative_font
from journal_app.gui.widgets.charts import Bar, BarChart, LineChart, StackedBarChart
from journal_app.gui.widgets.coverage_view import CoverageView
from journal_app.gui.widgets.time_axis import month_of
from journal_app.services import coverage, insights
from journal_app.services.reader import JournalReader

# Themes beyond this many are drawn together as "Other themes" (grey): more colours
# than this are hard to tell apart, especially with a colour-vision deficiency.
MAX_THEMES = 5
PERIODS = ("3m", "12m", "all")


def _month_end(key: str) -> date:
    """The last day of a month key, "2025-03"."""
    start = month_of(key)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _months_back(today: date, months: int) -> date:
    """The first day of the month `months - 1` months before today's."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


class InsightsView(QWidget):
    """Four charts in a scrolling page; `refresh(reader)` after changes, `clear()` on lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Insights"))
        self._records: list[Record] = []
        self._vocabulary = Vocabulary()
        self._today = date.today()
        self._open = False  # a journal's records are shown (refresh), until clear()

        self.period = QComboBox()
        for key, label in zip(
            PERIODS,
            (self.tr("Last 3 months"), self.tr("Last 12 months"), self.tr("All time")),
            strict=True,
        ):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(1)
        self.period.setAccessibleName(self.tr("Period shown"))
        self.period.currentIndexChanged.connect(self._update)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)

        self.wellbeing = LineChart()
        self.themes = StackedBarChart(
            self.tr("Themes per month"), self.tr("No themes recorded yet")
        )
        self.disclosures = StackedBarChart(
            self.tr("Disclosure decisions per month"), self.tr("No disclosure decisions yet")
        )
        self.competences = BarChart(
            self.tr("Competence areas touched"), self.tr("No competence areas recorded yet")
        )
        self.wellbeing.setAccessibleName(self.tr("Mood, stress and energy"))
        self.show_areas = QCheckBox(self.tr("Show each competence &area"))
        self.show_areas.setAccessibleName(self.tr("Show each competence area"))
        self.show_areas.toggled.connect(self._update)
        self._wellbeing_note = QLabel()
        self._wellbeing_note.setWordWrap(True)

        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self._heading(self.tr("Mood, stress and energy")))
        column.addWidget(self._wellbeing_note)
        column.addWidget(self.wellbeing)
        column.addWidget(self._heading(self.tr("Themes per month")))
        column.addWidget(self._note(self.tr("How many entries named each theme.")))
        column.addWidget(self.themes)
        column.addWidget(self._heading(self.tr("Disclosure decisions per month")))
        column.addWidget(self._note(self.tr("Moments when sharing lived experience was weighed.")))
        column.addWidget(self.disclosures)
        column.addWidget(self._heading(self.tr("Competence areas touched")))
        column.addWidget(
            self._note(self.tr("How often entries named areas of the HEE competence framework."))
        )
        column.addWidget(self.show_areas)
        column.addWidget(self.competences)
        column.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(page)
        self._scroll.setAccessibleName(self.tr("Insights charts"))
        self.coverage = CoverageView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Insights pages"))
        self.tabs.addTab(self._scroll, self.tr("Charts"))
        self.tabs.addTab(self.coverage, self.tr("Competence coverage"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        self._empty_texts = [chart.empty_text() for chart in self.charts()]
        for chart in self.charts():
            chart.installEventFilter(self)
        self._update()

    def charts(self) -> list[LineChart | StackedBarChart | BarChart]:
        return [self.wellbeing, self.themes, self.disclosures, self.competences]

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        relative_font(label, 1.15, bold=True)
        return label

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._scroll.ensureWidgetVisible(watched)  # tabbing to a chart shows it
        return super().eventFilter(watched, event)

    # --- data ---------------------------------------------------------------------

    def refresh(self, reader: JournalReader, today: date | None = None) -> None:
        """Redraw from the journal's records (kept only until `clear`)."""
        self._records = reader.records()
        self._vocabulary = reader.vocabulary
        self._today = today or date.today()
        self._open = True
        self._update()

    def clear(self) -> None:
        """Forget every record (the journal is locking)."""
        self._records = []
        self._open = False
        self._update()

    def _start(self) -> date | None:
        """The period's first day (None: all time), the same for every chart and page."""
        key = self.period.currentData()
        return {"3m": _months_back(self._today, 3), "12m": _months_back(self._today, 12)}.get(key)

    def _in_period(self) -> tuple[list[Record], list[str]]:
        start = self._start()
        records = [r for r in self._records if start is None or r.date >= start]
        if not records:
            return [], []
        first = start or min(r.date for r in records)
        last = max(self._today, max(r.date for r in records))
        return records, insights.month_keys(first, last)

    def _update(self) -> None:
        records, months = self._in_period()
        empty = self.tr("Nothing recorded in this period")
        for chart, default in zip(self.charts(), self._empty_texts, strict=True):
            chart.set_empty_text(empty if self._records and not records else default)
        self._show_wellbeing(records, months)
        self._show_themes(records, months)
        self._show_disclosures(records, months)
        self._show_competences(records)
        self._show_coverage()

    def _show_wellbeing(self, records: list[Record], months: list[str]) -> None:
        series = insights.wellbeing_series(records)
        period = insights.choose_period(series)
        note = {
            "day": self.tr("Your check-in scores from 1 to 10 (a day's check-ins averaged)."),
            "week": self.tr(
                "Weekly averages of your check-in scores, from 1 to 10; the shading "
                "shows each week's lowest to highest."
            ),
            "month": self.tr(
                "Monthly averages of your check-in scores, from 1 to 10; the shading "
                "shows each month's lowest to highest."
            ),
        }[period]
        self._wellbeing_note.setText(note)
        self._wellbeing_note.setVisible(bool(series))
        if self._records and records:
            self.wellbeing.set_empty_text(self.tr("No check-ins in this period"))
        # The months the other charts show, from the first day to the last.
        span = (month_of(months[0]), _month_end(months[-1])) if months else None
        scores = insights.scores_by(series, period)
        self.wellbeing.set_data(
            [(p.start, *p.mean) for p in scores],
            note=note.rstrip("."),
            span=span,
            averaged=period,
            ranges=[_ranges(p) for p in scores] if period != "day" else (),
        )

    def _show_themes(self, records: list[Record], months: list[str]) -> None:
        per_month = insights.themes_per_month(records)
        totals: Counter = sum(per_month.values(), Counter())
        ranked = [theme for theme, _ in totals.most_common()]
        shown = ranked[:MAX_THEMES]
        rest = [theme for theme in ranked if theme not in shown]
        categories = [
            (self._vocabulary.themes.get(t, t), [per_month.get(m, Counter())[t] for m in months])
            for t in shown
        ]
        if rest:
            categories.append(
                (
                    self.tr("Other themes"),
                    [sum(per_month.get(m, Counter())[t] for t in rest) for m in months],
                )
            )
        self.themes.set_data(months, categories, last_is_other=bool(rest))

    def _show_disclosures(self, records: list[Record], months: list[str]) -> None:
        per_month = insights.disclosures_per_month(records)
        labels = {
            "shared": self.tr("Shared"),
            "partly_shared": self.tr("Partly shared"),
            "not_shared": self.tr("Not shared"),
            insights.DECISION_NOT_RECORDED: self.tr("Not recorded"),
        }
        categories = [
            (label, [per_month.get(m, Counter())[key] for m in months])
            for key, label in labels.items()
        ]
        unrecorded = any(categories[-1][1])
        if not unrecorded:
            categories.pop()
        self.disclosures.set_data(months, categories, last_is_other=unrecorded)

    def _show_competences(self, records: list[Record]) -> None:
        counts = insights.competences_touched(records, self._vocabulary)
        groups = insights.competences_by_domain(counts, self._vocabulary)
        unknown = self.tr("Not in the current list")
        if self.show_areas.isChecked():
            bars = [
                Bar(name, count, group.domain_name or unknown)
                for group in groups
                for _id, name, count in group.areas
            ]
        else:
            bars = [Bar(group.domain_name or unknown, group.total) for group in groups]
        self.competences.set_data(bars)

    def _show_coverage(self) -> None:
        if not self._open:
            self.coverage.clear()
            return
        found = coverage.coverage(self._records, self._vocabulary, self._today, self._start())
        self.coverage.show_coverage(found, self.period.currentData())


def _ranges(scores: insights.PeriodScores) -> tuple:
    """A week's or month's (lowest, highest) of each score, None where none was given."""
    return tuple(
        None if low is None or high is None else (low, high)
        for low, high in zip(scores.low, scores.high, strict=True)
    )
