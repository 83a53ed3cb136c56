"""The reflective model the worker used last, so that "I just finished a session"
opens a reflection written the way they usually write. A built-in model's key is
kept in the app's settings (it says nothing about the worker); the name of one of
their own templates is their own words, so it is kept encrypted in the vault's
settings. Situational templates (an ending, supervision preparation) are not
remembered: they fit one occasion, not every session."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from journal_app.domain.fields import Field, RecordKey
from journal_app.domain.records import Record, RecordType
from journal_app.errors import JournalError
from journal_app.services.changes import SaveSettings
from journal_app.services.own_templates import CUSTOM_MODEL, find_template

if TYPE_CHECKING:
    from journal_app.gui.session import Session

log = logging.getLogger(__name__)

REMEMBERED_MODELS = ("gibbs", "driscoll", "free", "nmc", CUSTOM_MODEL)
LAST_OWN_TEMPLATE = "last_own_template"  # a key of the vault's settings


def remember_reflection_model(session: Session, record: Record, sent: Any) -> None:
    """After the editor saved `record` from `sent` (its record JSON, or the changes of
    an edit): remember the model when the worker chose it, that is when a reflection
    is written for the first time or its model was changed."""
    if record.type is not RecordType.REFLECTION or not isinstance(sent, dict):
        return
    fields = sent.get(RecordKey.FIELDS)
    if not isinstance(fields, dict) or Field.MODEL not in fields:
        return  # an edit that kept the model: nothing was chosen
    model = record.fields.get(Field.MODEL)
    if model not in REMEMBERED_MODELS:
        return
    settings = session.settings
    if settings.last_reflection_model != model:
        settings.last_reflection_model = model
    name = record.fields.get(Field.TEMPLATE)
    if model != CUSTOM_MODEL or not isinstance(name, str) or not name.strip():
        return
    reader = session.reader
    if reader.read_only or reader.settings().get(LAST_OWN_TEMPLATE) == name:
        return
    try:
        session.apply(SaveSettings({LAST_OWN_TEMPLATE: name}))
    except JournalError as exc:
        log.warning("could not remember the last template: %s", type(exc).__name__)


def last_reflection_model(session: Session) -> tuple[str | None, str | None]:
    """(a built-in model, the name of an own template) for a new reflection written
    the way the worker wrote last; (None, None) for the default (Gibbs)."""
    model = session.settings.last_reflection_model
    if model == CUSTOM_MODEL:
        reader = session.reader
        name = reader.settings().get(LAST_OWN_TEMPLATE)
        if isinstance(name, str) and find_template(reader.own_templates(), name) is not None:
            return None, name
        return None, None  # the template is gone
    if model in REMEMBERED_MODELS:
        return model, None
    return None, None
