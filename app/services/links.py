"""Fields of a record that live in tables of their own (many-to-many, other names)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from app.services.records import RecordRef
from db import models as m
from db.in_lists import in_chunks


@dataclass(frozen=True)
class LinkField:
    """A field stored in a link table (the towns of a trip): how to read, write and filter it."""

    load: Callable[[Session, list[int]], dict[int, tuple[Any, ...]]]
    store: Callable[[Session, int, tuple[Any, ...]], None]
    # For "related" filtering: the ids of owners linked to a target id.
    owners_of: Callable[[Session, int], set[int]] | None = None


def _association(table: Table, owner_col: str, target_col: str) -> LinkField:
    owner, target = table.c[owner_col], table.c[target_col]

    def load(session: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        found: dict[int, list[int]] = {}
        for chunk in in_chunks(ids):
            for o, t in session.execute(
                select(owner, target).where(owner.in_(chunk)).order_by(target)
            ):
                found.setdefault(o, []).append(t)
        return {k: tuple(v) for k, v in found.items()}

    def store(session: Session, owner_id: int, values: tuple[Any, ...]) -> None:
        session.execute(delete(table).where(owner == owner_id))
        unique = list(dict.fromkeys(values))
        if unique:
            session.execute(insert(table), [{owner_col: owner_id, target_col: t} for t in unique])

    def owners_of(session: Session, target_id: int) -> set[int]:
        return set(session.scalars(select(owner).where(target == target_id)))

    return LinkField(load, store, owners_of)


def _party(column: str) -> LinkField:
    model = m.AgreementParty
    col = getattr(model, column)

    def load(session: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        found: dict[int, list[int]] = {}
        for chunk in in_chunks(ids):
            rows = session.execute(
                select(model.agreement_id, col)
                .where(model.agreement_id.in_(chunk), col.is_not(None))
                .order_by(model.id)
            )
            for a, t in rows:
                found.setdefault(a, []).append(t)
        return {k: tuple(v) for k, v in found.items()}

    def store(session: Session, agreement_id: int, values: tuple[Any, ...]) -> None:
        session.execute(delete(model).where(model.agreement_id == agreement_id, col.is_not(None)))
        for value in dict.fromkeys(values):
            session.add(model(agreement_id=agreement_id, **{column: value}))
        session.flush()

    def owners_of(session: Session, target_id: int) -> set[int]:
        return set(session.scalars(select(model.agreement_id).where(col == target_id)))

    return LinkField(load, store, owners_of)


def _town_names() -> LinkField:
    model = m.TownName

    def load(session: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        found: dict[int, list[str]] = {}
        for chunk in in_chunks(ids):
            for t, name in session.execute(
                select(model.town_id, model.name).where(model.town_id.in_(chunk)).order_by(model.id)
            ):
                found.setdefault(t, []).append(name)
        return {k: tuple(v) for k, v in found.items()}

    def store(session: Session, town_id: int, values: tuple[Any, ...]) -> None:
        session.execute(delete(model).where(model.town_id == town_id))
        for name in dict.fromkeys(v.strip() for v in values if v and v.strip()):
            session.add(model(town_id=town_id, name=name))
        session.flush()

    return LinkField(load, store)


def _concerns() -> LinkField:
    model = m.DecisionLink

    def load(session: Session, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        found: dict[int, list[RecordRef]] = {}
        for chunk in in_chunks(ids):
            for d, kind, target in session.execute(
                select(model.decision_id, model.target_kind, model.target_id)
                .where(model.decision_id.in_(chunk))
                .order_by(model.id)
            ):
                found.setdefault(d, []).append(RecordRef(kind, target))
        return {k: tuple(v) for k, v in found.items()}

    def store(session: Session, decision_id: int, values: tuple[Any, ...]) -> None:
        session.execute(delete(model).where(model.decision_id == decision_id))
        for ref in dict.fromkeys(values):
            session.add(model(decision_id=decision_id, target_kind=ref.kind, target_id=ref.id))
        session.flush()

    return LinkField(load, store)


LINK_FIELDS: dict[tuple[str, str], LinkField] = {
    ("town", "alternative_names"): _town_names(),
    ("trip", "town_ids"): _association(m.trip_towns, "trip_id", "town_id"),
    ("activity", "town_ids"): _association(m.activity_towns, "activity_id", "town_id"),
    ("activity", "organisation_ids"): _association(
        m.activity_organisations, "activity_id", "organisation_id"
    ),
    ("agreement", "town_ids"): _party("town_id"),
    ("agreement", "organisation_ids"): _party("organisation_id"),
    ("decision", "concerns"): _concerns(),
    ("trip", "traveller_ids"): _association(m.trip_travellers, "trip_id", "person_id"),
    ("agreement", "signatory_ids"): _association(
        m.agreement_signatories, "agreement_id", "person_id"
    ),
    ("meeting", "participant_ids"): _association(m.meeting_participants, "meeting_id", "person_id"),
}
