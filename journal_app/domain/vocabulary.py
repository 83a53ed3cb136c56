"""Editable word lists (themes, competence areas) that validation checks against."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Competence:
    id: str
    name: str
    domain_id: str
    domain_name: str
    code: str = ""  # "3.2": the domain's and the area's place in the framework


@dataclass(frozen=True)
class Vocabulary:
    """Themes and competence areas, loaded from resources/ (see services.vocabulary)."""

    themes: dict[str, str] = field(default_factory=dict)  # id -> label
    competences: dict[str, Competence] = field(default_factory=dict)  # id -> area
