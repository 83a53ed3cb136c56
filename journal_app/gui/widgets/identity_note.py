"""A gentle note, not an error, above the open entry when it may name or identify
someone (PRODUCT.md: people supported are named by initials or a pseudonym)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.domain.records import Record
from journal_app.services.identifiable import KIND_LABELS, check_texts, course_titles
from journal_app.services.vocabulary import identity_allow_lists


class IdentityNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_hint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Identifying details note"))
        self.hide()

    def show_for(self, record: Record | None, settings: dict[str, Any] | None) -> None:
        """Say what in `record` may identify someone; hide when nothing does (or None)."""
        findings = []
        if record is not None and settings is not None:
            people, phrases = identity_allow_lists(settings)
            texts = [("entry", text) for text in record.text_parts()]
            findings = check_texts(texts, people, phrases, course_titles([record]))
        if not findings:
            self.hide()
            self.clear()
            return
        shown = ", ".join(
            self.tr("“{text}” ({kind})").format(text=f.text, kind=KIND_LABELS[f.kind].lower())
            for f in findings[:3]
        )
        if len(findings) > 3:
            shown += " " + self.tr("and {n} more").format(n=len(findings) - 3)
        self.setText(
            self.tr(
                "This entry may identify someone: {found}. People you support are best "
                "named by initials or a pseudonym; a supervision pack checks again."
            ).format(found=shown)
        )
        self.show()
