"""The worker's own reflection templates: a name and headings, each with an optional
prompt. They are kept encrypted in the vault like the records (one meta item,
`meta:templates`, so backups and restores carry them), offered beside the built-in
models when a reflection is written, and named by a reflection written with one.

A reflection written to one has `model` "custom", `template` the template's *name* as
it was when written, and `sections` ([{"heading", "text"}]) with the headings copied
in: an entry stays whole and readable if its template is later renamed, changed or
deleted. Names are unique regardless of case ("Debrief" and "debrief" are one name).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journal_app.domain.field_values import text_value
from journal_app.domain.fields import Field, SectionField
from journal_app.errors import ValidationError
from journal_app.services.record_cache import META_PREFIX

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

log = logging.getLogger(__name__)

TEMPLATES_ID = META_PREFIX + "templates"
MAX_TEMPLATES = 100
MAX_NAME = 80
MAX_HEADINGS = 30
MAX_HEADING = 300  # as a section's heading in a record (domain/schema.py)
MAX_PROMPT = 500
CUSTOM_MODEL = "custom"


@dataclass(frozen=True)
class TemplateHeading:
    heading: str
    prompt: str = ""

    def to_json(self) -> dict[str, str]:
        return {"heading": self.heading, "prompt": self.prompt}


@dataclass(frozen=True)
class OwnTemplate:
    name: str
    headings: tuple[TemplateHeading, ...]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "headings": [h.to_json() for h in self.headings]}

    def prompt_for(self, heading: str) -> str:
        """The prompt under `heading` ("" if none, or no such heading)."""
        wanted = heading.strip().casefold()
        return next((h.prompt for h in self.headings if h.heading.casefold() == wanted), "")

    def sections(self) -> list[dict[str, str]]:
        """A new entry's sections: each heading, with no text yet."""
        return [
            {SectionField.HEADING.value: h.heading, SectionField.TEXT.value: ""}
            for h in self.headings
        ]


# --- reading ---------------------------------------------------------------------------


def _from_json(item: Any) -> OwnTemplate:
    headings = tuple(
        TemplateHeading(str(h["heading"]), str(h.get("prompt", ""))) for h in item["headings"]
    )
    return OwnTemplate(str(item["name"]), headings)


def _parse(raw: Any) -> list[OwnTemplate]:
    out = []
    for item in raw if isinstance(raw, list) else []:
        try:
            out.append(_from_json(item))
        except (AttributeError, KeyError, TypeError):
            log.warning("skipped an unreadable template")  # never its words
    return out


def own_templates(journal: Journal) -> list[OwnTemplate]:
    """The worker's templates, in the order they were made (unreadable ones skipped)."""
    return _parse(journal.meta_item(TEMPLATES_ID))


def find_template(templates: Sequence[OwnTemplate], name: str) -> OwnTemplate | None:
    """The template called `name` (any case, spaces at the ends ignored), or None."""
    wanted = " ".join(name.split()).casefold()
    return next((t for t in templates if t.name.casefold() == wanted), None)


# --- checking --------------------------------------------------------------------------


def checked_template(name: Any, headings: Any) -> OwnTemplate:
    """A template from a name and headings (each a {"heading", "prompt"} object or a
    TemplateHeading), tidied (spaces at the ends dropped, runs of spaces in a name or
    heading made one); errors name the field: `template_name`, `headings`,
    `headings[2].heading`, `headings[2].prompt`."""
    clean_name = " ".join(text_value(name, "template_name", MAX_NAME * 4).split())
    if not clean_name:
        raise ValidationError("template_name", "a template needs a name", code="required")
    text_value(clean_name, "template_name", MAX_NAME)
    if not isinstance(headings, list | tuple):
        raise ValidationError("headings", 'must be a list of {"heading", "prompt"}', code="shape")
    if not headings:
        raise ValidationError(
            "headings", "a template needs at least one heading", code="no_headings"
        )
    if len(headings) > MAX_HEADINGS:
        raise ValidationError(
            "headings",
            f"a template has at most {MAX_HEADINGS} headings",
            code="too_many",
            limit=MAX_HEADINGS,
        )
    out: list[TemplateHeading] = []
    seen: set[str] = set()
    for i, item in enumerate(headings):
        where = f"headings[{i}]"
        if isinstance(item, TemplateHeading):
            item = item.to_json()
        if not isinstance(item, dict) or set(item) - {"heading", "prompt"}:
            raise ValidationError(where, 'must be an object {"heading", "prompt"}', code="shape")
        given = text_value(item.get("heading", ""), f"{where}.heading", MAX_HEADING)
        heading = " ".join(given.split())
        if not heading:
            raise ValidationError(f"{where}.heading", "is empty", code="empty")
        if heading.casefold() in seen:
            raise ValidationError(
                f"{where}.heading",
                f"the heading {heading!r} is already in this template",
                code="duplicate_heading",
                heading=heading,
            )
        seen.add(heading.casefold())
        prompt = text_value(item.get("prompt", ""), f"{where}.prompt", MAX_PROMPT).strip()
        out.append(TemplateHeading(heading, prompt))
    return OwnTemplate(clean_name, tuple(out))


def _no_such(name: str) -> ValidationError:
    return ValidationError(
        "template_name", f"there is no template called {name!r}", code="unknown_template", name=name
    )


def _check_free(templates: list[OwnTemplate], name: str, keep: OwnTemplate | None) -> None:
    other = find_template(templates, name)
    if other is not None and other is not keep:
        raise ValidationError(
            "template_name",
            f"there is already a template called {other.name!r}",
            code="duplicate_name",
            name=other.name,
        )


# --- changing (each in one read-modify-write of the vault's item) ----------------------


def _change(journal: Journal, edit: Callable[[list[OwnTemplate]], OwnTemplate | None]) -> Any:
    """Run `edit` on the templates the file holds now and store the result, all in one
    write transaction (another program may change them at the same time)."""
    result: list[OwnTemplate | None] = []

    def change(current: Any) -> list[dict[str, Any]]:
        templates = _parse(current)
        result.append(edit(templates))
        return [t.to_json() for t in templates]

    journal.update_meta_item(TEMPLATES_ID, change)
    return result[-1]


def create_template(journal: Journal, name: Any, headings: Any) -> OwnTemplate:
    """Add a template; refused (nothing written) if the name is taken or anything is
    out of bounds."""
    template = checked_template(name, headings)

    def edit(templates: list[OwnTemplate]) -> OwnTemplate:
        _check_free(templates, template.name, None)
        if len(templates) >= MAX_TEMPLATES:
            raise ValidationError(
                "template_name",
                f"you can keep at most {MAX_TEMPLATES} templates: delete one first",
                code="too_many_templates",
                limit=MAX_TEMPLATES,
            )
        templates.append(template)
        return template

    return _change(journal, edit)


def update_template(journal: Journal, name: str, new_name: Any, headings: Any) -> OwnTemplate:
    """Rename and/or change the headings of the template called `name`, in place
    (entries written with it keep the name and headings they were written with)."""
    template = checked_template(new_name, headings)

    def edit(templates: list[OwnTemplate]) -> OwnTemplate:
        old = find_template(templates, name)
        if old is None:
            raise _no_such(name)
        _check_free(templates, template.name, old)
        templates[templates.index(old)] = template
        return template

    return _change(journal, edit)


def rename_template(journal: Journal, name: str, new_name: Any) -> OwnTemplate:
    """Give the template called `name` a new name; its headings stay."""
    current = find_template(own_templates(journal), name)
    if current is None:
        raise _no_such(name)
    return update_template(journal, name, new_name, list(current.headings))


def delete_template(journal: Journal, name: str) -> OwnTemplate:
    """Delete the template called `name` (entries written with it stay as they are)."""

    def edit(templates: list[OwnTemplate]) -> OwnTemplate:
        old = find_template(templates, name)
        if old is None:
            raise _no_such(name)
        templates.remove(old)
        return old

    return _change(journal, edit)


# --- a new entry written to one ---------------------------------------------------------


def with_template_named(journal: Journal, data: Any) -> Any:
    """For a new entry from record JSON: a reflection with model "custom" that names a
    `template` must name one of the worker's templates (`fields.template`, exit 2
    otherwise); the name is then written as the template has it (any case matches)."""
    if not isinstance(data, dict) or data.get("type") != "reflection":
        return data
    fields = data.get("fields")
    if not isinstance(fields, dict) or fields.get(Field.MODEL) != CUSTOM_MODEL:
        return data
    name = fields.get(Field.TEMPLATE)
    if not isinstance(name, str) or not name.strip():
        return data  # the record's own validation names a template that is not text
    templates = own_templates(journal)
    template = find_template(templates, name)
    if template is None:
        known = ", ".join(repr(t.name) for t in templates) or "none yet"
        raise ValidationError(
            f"fields.{Field.TEMPLATE}",
            f"there is no template called {name!r} (your templates: {known})",
            code="unknown_template",
            name=name,
        )
    return {**data, "fields": {**fields, Field.TEMPLATE.value: template.name}}
