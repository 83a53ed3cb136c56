"""The journal's record: common fields plus the type's own fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any


class RecordType(StrEnum):
    REFLECTION = "reflection"
    DISCLOSURE = "disclosure"
    SUPERVISION = "supervision"
    CHECKIN = "checkin"
    TRAINING = "training"
    GOAL = "goal"
    WELLNESS_PLAN = "wellness_plan"


class Share(StrEnum):
    PRIVATE = "private"
    SUMMARY = "summary"
    FULL = "full"


# How each kind of record is named to people (the GUI passes these through tr()).
TYPE_LABELS = {
    RecordType.REFLECTION: "Reflection",
    RecordType.DISCLOSURE: "Disclosure decision",
    RecordType.SUPERVISION: "Supervision",
    RecordType.CHECKIN: "Check-in",
    RecordType.TRAINING: "Training",
    RecordType.GOAL: "Development goal",
    RecordType.WELLNESS_PLAN: "Wellness Action Plan",
}
_TYPES = {t.value: t for t in RecordType}
_SHARES = {s.value: s for s in Share}
_date, _datetime = date.fromisoformat, datetime.fromisoformat


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def new_record_id() -> str:
    import uuid  # here, not above: a command that only reads never needs it (3 ms)

    return str(uuid.uuid4())


@dataclass(slots=True)
class Record:
    """One journal entry. `fields` holds the type's fields (see domain.schema)."""

    type: RecordType
    date: date
    id: str = field(default_factory=new_record_id)
    title: str = ""
    tags: list[str] = field(default_factory=list)
    share: Share = Share.PRIVATE
    for_supervision: bool = False
    shared_title: str = ""  # used instead of the title where shared as a summary
    shared_summary: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)
    trashed: datetime | None = None  # when it was moved to the trash (None: it is not)
    # An imported entry's keyed fingerprint of its source, date, time and text (64 hex
    # digits; services/importers/already_imported.py), so that importing the same
    # file again skips it. Empty for an entry not imported.
    imported: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The record as the CLI's record JSON (plus id and timestamps; "shared_title"
        only when there is one, "trashed" only for a record in the trash, "imported"
        only for an imported one)."""
        out = {
            "id": self.id,
            "type": self.type.value,
            "date": self.date.isoformat(),
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
            "title": self.title,
            "tags": list(self.tags),
            "share": self.share.value,
            "for_supervision": self.for_supervision,
            "shared_summary": self.shared_summary,
            "fields": dict(self.fields),
        }
        if self.shared_title:  # optional, and absent from records older than it
            out["shared_title"] = self.shared_title
        if self.trashed is not None:
            out["trashed"] = self.trashed.isoformat()
        if self.imported:
            out["imported"] = self.imported
        return out

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> Record:
        """Rebuild a record that the vault authenticated (already validated once).
        On the unlock path for every record (100,000 of them in a large journal), hence
        the dict look-ups for the enums and the arguments by position; the record takes
        `data`'s tags and fields as they are (no copies: fewer objects to build and
        hold), so pass a dict no one else keeps. A record never edited since it was
        made has one datetime for both times (datetimes never change)."""
        get = data.get
        created, updated = data["created"], data["updated"]
        made = _datetime(created)
        return cls(
            _TYPES[data["type"]],
            _date(data["date"]),
            data["id"],
            get("title", ""),
            get("tags", []),
            _SHARES[get("share", "private")],
            bool(get("for_supervision", False)),
            get("shared_title", ""),
            get("shared_summary", ""),
            get("fields", {}),
            made,
            made if updated == created else _datetime(updated),
            _datetime(data["trashed"]) if "trashed" in data else None,
            get("imported", ""),
        )

    def text_parts(self) -> list[str]:
        """Every piece of free text in the record, for search."""
        parts = [self.title, self.shared_title, self.shared_summary]
        collect_text(self.fields, parts)
        return [p for p in parts if p]


def collect_text(value: Any, out: list[str]) -> None:
    """Append every string in `value` (nested dicts and lists included) to `out`, in
    order. Strings are taken in the loop, not by a call each: search runs this over
    every field of every record."""
    if isinstance(value, str):
        out.append(value)
        return
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, list):
        return
    for v in value:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict | list):
            collect_text(v, out)
