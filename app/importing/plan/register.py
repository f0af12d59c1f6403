"""The register as an import sees it: its records by identity, and its organisations by name."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dates import known_date
from app.importing.fields import ImportKind
from app.importing.plan.types import NewRecord
from app.importing.towns import (
    TownTarget,
)
from app.places.folding import match_key
from app.services.fields import APPROX_TYPES
from app.services.links import LINK_FIELDS


def _folded(value: Any) -> Any:
    return match_key(value) if isinstance(value, str) else value


def identity_of(record_kind: str, values: dict[str, Any]) -> Hashable:
    """What makes two records of ``record_kind`` the same one, from their values."""
    get = values.get
    if record_kind == "organisation":
        return (_folded(get("name")), get("town_id"))
    if record_kind == "person":
        return (_folded(get("name")), get("organisation_id"))
    if record_kind == "member_count":
        return (get("organisation_id"), get("year"))
    if record_kind in ("activity", "trip"):
        return (_folded(get("title")), get("start_date"))
    if record_kind == "decision":
        if get("registry_no"):
            return ("registry", _folded(get("registry_no")), _folded(get("section")))
        return ("title", _folded(get("title")), get("decided_on"))
    if record_kind == "grant":
        return (get("organisation_id"), get("year"), get("payer_town_id"))
    if record_kind == "twinning":
        return frozenset((get("town_a_id"), get("town_b_id")))
    if record_kind in ("network", "agreement", "policy"):
        return (_folded(get("name") if record_kind == "network" else get("title")),)
    if record_kind == "exchange_rate":
        return (get("currency"), get("year"))
    if record_kind == "network_member":
        return (get("network_id"), get("town_id"))
    if record_kind == "meeting":
        # A chain meets once a year at most; a seminar the same year is another meeting.
        return (get("network_id"), get("year"), get("kind") or "meeting", get("host_town_id"))
    raise KeyError(record_kind)


@dataclass
class Existing:
    """The register's records of the imported kind, by identity, with their values."""

    by_identity: dict[Hashable, tuple[int, dict[str, Any]]]

    @classmethod
    def load(cls, session: Session, kind: ImportKind) -> Existing:
        """The register's records of ``kind`` as the import compares them with the file."""
        if kind.record_kind == "town":
            return cls({})
        model = kind.spec.model
        table = model.__table__  # type: ignore[attr-defined]
        rows = [dict(row) for row in session.execute(select(table)).mappings()]
        links = [
            (name, link) for (owner, name), link in LINK_FIELDS.items() if owner == kind.record_kind
        ]
        if links and rows:
            ids = [row["id"] for row in rows]
            for name, link in links:
                loaded = link.load(session, ids)
                for row in rows:
                    row[name] = loaded.get(row["id"], ())
        approx = [f.name for f in kind.spec.fields if f.type in APPROX_TYPES]
        for row in rows:
            # Compared with what the sheet says as dates known as precisely as it knows.
            for name in approx:
                row[name] = known_date(row[name], row.get(f"{name}_edtf"))
        found: dict[Hashable, tuple[int, dict[str, Any]]] = {}
        for row in rows:
            found.setdefault(identity_of(kind.record_kind, row), (row["id"], row))
        return cls(found)


class OrganisationIndex:
    """Organisations by folded name, with their towns; and those this file creates."""

    def __init__(self, rows: Iterable[tuple[int, str, int | None]]) -> None:
        self.by_name: dict[str, list[tuple[int, int | None]]] = {}
        self.name: dict[int, str] = {}
        for org_id, name, town_id in rows:
            self.by_name.setdefault(match_key(name), []).append((org_id, town_id))
            self.name[org_id] = name
        self.new_by_name: dict[str, list[tuple[NewRecord, TownTarget | None]]] = {}

    @classmethod
    def load(cls, session: Session) -> OrganisationIndex:
        """Every organisation of the register, by name and town."""
        from db import models as m

        rows = session.execute(
            select(m.Organisation.id, m.Organisation.name, m.Organisation.town_id)
        )
        return cls([(i, n, t) for i, n, t in rows])

    def find(
        self, name: str, towns: list[int] | None, *, include_new: bool = False
    ) -> list[int | NewRecord]:
        """The organisations named ``name`` in ``towns``, with this import's new ones if asked."""
        key = match_key(name)
        found: list[int | NewRecord] = [
            org_id
            for org_id, town_id in self.by_name.get(key, [])
            if towns is None or town_id in towns
        ]
        if include_new:
            found += [
                record
                for record, town in self.new_by_name.get(key, [])
                if towns is None or town in towns
            ]
        return found


# ---------------------------------------------------------------- messages
