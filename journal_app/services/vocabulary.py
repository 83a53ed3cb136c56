"""Load the editable word lists shipped in resources/."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from journal_app.domain.vocabulary import Competence, Vocabulary


def _read(name: str) -> dict:
    return json.loads(resources.files("journal_app.resources").joinpath(name).read_text("utf-8"))


@cache
def load_vocabulary() -> Vocabulary:
    themes = {t["id"]: t["label"] for t in _read("themes.json")["themes"]}
    competences = {}
    for d, domain in enumerate(_read("competences.json")["domains"], 1):
        for a, area in enumerate(domain["areas"], 1):
            competences[area["id"]] = Competence(
                area["id"], area["name"], domain["id"], domain["name"], f"{d}.{a}"
            )
    return Vocabulary(themes=themes, competences=competences)


@cache
def shipped_allowed_phrases() -> tuple[str, ...]:
    """Services, organisations and laws the identifying-details check never flags
    (resources/allowed_phrases.json)."""
    return tuple(str(p) for p in _read("allowed_phrases.json")["phrases"])


ALLOWED_WORDS = "allowed_words"  # the vault setting: the worker's own allowed words


def identity_allow_lists(settings: Mapping[str, Any], *names: str) -> tuple[list[str], list[str]]:
    """What the identifying-details check may leave alone: (people who may be named:
    the worker, their supervisors and `names`; phrases never flagged: the shipped
    services, organisations and courses, the competence areas and themes, and the
    worker's own words from Preferences)."""
    from journal_app.services.journal import DISPLAY_NAME, SUPERVISORS

    supervisors = [str(n) for n in settings.get(SUPERVISORS) or []]
    people = [str(settings.get(DISPLAY_NAME) or ""), *supervisors, *names]
    own = [str(w) for w in settings.get(ALLOWED_WORDS) or [] if str(w).strip()]
    return [p for p in people if p.strip()], [
        *shipped_allowed_phrases(),
        *vocabulary_phrases(),
        *own,
    ]


@cache
def vocabulary_phrases() -> tuple[str, ...]:
    """The shipped competence domains and areas and the themes: phrases a worker may
    write in title case ("Core Relational Skills") that are not people's names."""
    vocabulary = load_vocabulary()
    names = {c.domain_name for c in vocabulary.competences.values()}
    names |= {c.name for c in vocabulary.competences.values()}
    return tuple(sorted(names | set(vocabulary.themes.values())))
