"""Load the editable word lists shipped in resources/."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from journal_app.domain.vocabulary import Competence, Vocabulary


def _read(name: str) -> dict:
    return json.loads(resources.files("journal_app.resources").joinpath(name).read_text("utf-8"))


@cache
def load_vocabulary() -> Vocabulary:
    themes = {t["id"]: t["label"] for t in _read("themes.json")["themes"]}
    competences = {}
    for domain in _read("competences.json")["domains"]:
        for area in domain["areas"]:
            competences[area["id"]] = Competence(
                area["id"], area["name"], domain["id"], domain["name"]
            )
    return Vocabulary(themes=themes, competences=competences)
