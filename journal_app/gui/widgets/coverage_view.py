"""Insights' "Competence coverage" page: for each domain of the HEE competence
framework, each area the worker's records touched in the period, in words ("3
entries, 6.5 hours of training, 1 active goal"), then the areas not touched, named
plainly. Counts only: no score, no bars, nothing that ranks the worker. The counting
is services.coverage's. Holds no text once cleared (on lock)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from journal_app.domain.schema import GOAL_STATUSES
from journal_app.services.coverage import AreaCoverage, Coverage


def _hours_text(hours: float) -> str:
    """6.5 -> "6.5", 4.0 -> "4" (hours come in halves)."""
    return f"{hours:.1f}".rstrip("0").rstrip(".")


class CoverageView(QWidget):
    """`show_coverage(coverage, period)` to fill; `clear()` to empty (on lock)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage_view")
        self.setAccessibleName(self.tr("Competence coverage"))
        intro = QLabel(
            self.tr(
                "What you recorded for each area of the HEE competence framework: entries "
                "that name it, hours of training and development goals. It counts what you "
                "wrote down; it is not a score."
            )
        )
        intro.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("coverage_text")
        self.text.setAccessibleName(self.tr("Competence coverage"))
        self.text.setAccessibleDescription(
            self.tr("Each competence area with what you recorded, then the areas not touched.")
        )
        self.text.setOpenLinks(False)
        self.text.setUndoRedoEnabled(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        self.clear()

    # --- words ---------------------------------------------------------------------------

    def not_touched_heading(self, period: str) -> str:
        return {
            "3m": self.tr("Not touched in the last 3 months:"),
            "12m": self.tr("Not touched in the last 12 months:"),
        }.get(period, self.tr("Not touched yet:"))

    def area_counts(self, area: AreaCoverage) -> str:
        """What was recorded for one area, in words."""
        parts = []
        if area.entries:
            parts.append(
                self.tr("1 entry")
                if area.entries == 1
                else self.tr("{n} entries").format(n=area.entries)
            )
        if area.training_hours:
            hours = _hours_text(area.training_hours)
            parts.append(
                self.tr("1 hour of training")
                if area.training_hours == 1
                else self.tr("{hours} hours of training").format(hours=hours)
            )
        goals = area.goals
        for status, one, many in (
            ("active", self.tr("1 active goal"), self.tr("{n} active goals")),
            ("achieved", self.tr("1 goal achieved"), self.tr("{n} goals achieved")),
            ("dropped", self.tr("1 goal dropped"), self.tr("{n} goals dropped")),
        ):
            if goals.get(status):
                parts.append(one if goals[status] == 1 else many.format(n=goals[status]))
        others = sum(n for status, n in goals.items() if status not in GOAL_STATUSES)
        if others:
            parts.append(
                self.tr("1 other goal")
                if others == 1
                else self.tr("{n} other goals").format(n=others)
            )
        return ", ".join(parts)

    # --- showing -------------------------------------------------------------------------

    def show_coverage(self, coverage: Coverage, period: str) -> None:
        """Fill the page; `period` is Insights' period key ("3m", "12m", "all")."""
        esc = html.escape
        parts = []
        if not coverage.any_touched:
            parts.append(
                f"<p>{esc(self.tr('Nothing in this period names a competence area.'))}</p>"
            )
        heading = esc(self.not_touched_heading(period))
        for domain in coverage.domains:
            code = domain.areas[0].code.split(".")[0] if domain.areas else ""
            parts.append(f"<h3>{esc(code)}. {esc(domain.domain_name)}</h3>")
            touched = domain.touched
            if touched:
                items = "".join(
                    f"<li><b>{esc(a.code)} {esc(a.name)}</b>: {esc(self.area_counts(a))}</li>"
                    for a in touched
                )
                parts.append(f"<ul>{items}</ul>")
            untouched = domain.not_touched
            if untouched:
                items = "".join(f"<li>{esc(a.code)} {esc(a.name)}</li>" for a in untouched)
                parts.append(f"<p>{heading}</p><ul>{items}</ul>")
        if coverage.unknown:
            parts.append(f"<h3>{esc(self.tr('Areas no longer in the list'))}</h3>")
            items = "".join(
                f"<li><b>{esc(a.name)}</b>: {esc(self.area_counts(a))}</li>"
                for a in coverage.unknown
            )
            parts.append(f"<ul>{items}</ul>")
        self.text.setHtml("".join(parts))

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def clear(self) -> None:
        """Drop every count and name shown (the journal is locking)."""
        self.text.clear()
        self.text.document().clear()
