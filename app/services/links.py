"""Fields of a record that live in tables of their own (many-to-many, other names).

A save writes only what changed in them: the rows of values taken away are
deleted and the new values inserted, while the values kept stay as they are.
Where the order the values are read back in is their insertion order (a
town's other names), a new order is kept by writing the field afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Table, delete, insert, or_, select
from sqlalchemy.orm import Session

from app.services.records import RecordRef
from db import models as m
from db.in_lists import in_chunks

Values = tuple[Any, ...]


class StoreLink(Protocol):
    """Writes one owner's values of a link field."""

    def __call__(
        self, session: Session, owner_id: int, values: Values, old: Values | None = None, /
    ) -> None:
        """Store ``values`` for ``owner_id``; ``old`` is what is stored now (None: not known)."""


@dataclass(frozen=True)
class LinkField:
    """A field stored in a link table (the towns of a trip): how to read, write and filter it."""

    load: Callable[[Session, list[int]], dict[int, Values]]
    store: StoreLink
    # The values as ``load`` reads them back after ``store`` wrote them (order, no repeats).
    stored: Callable[[Values], Values]
    # For "related" filtering: the ids of owners linked to a target id.
    owners_of: Callable[[Session, int], set[int]] | None = None
    # How the field is read in its owner's own SELECT (app.services.conversion).
    joined: Joined | None = None


@dataclass(frozen=True)
class Joined:
    """A link field read by an outer join onto its owner's row: one statement for both."""

    target: Any  # the link table, or its model
    on: Callable[[Any], Any]  # the join condition, given the owner's id column
    columns: tuple[Any, ...]  # what each joined row holds of the value
    order: Any  # the order ``load`` reads the values in
    value: Callable[[tuple[Any, ...]], Any] = lambda held: held[0]


def changes(old: Sequence[Hashable], new: Sequence[Hashable], *, ordered: bool) -> Any:
    """The values to delete and to insert to turn ``old`` into ``new`` (both as stored).

    None when ``ordered`` and ``new`` keeps old values in another order: rows read
    back in the order they were inserted, so only a fresh write gives that order.
    """
    new_set, old_set = set(new), set(old)
    removed = [v for v in old if v not in new_set]
    added = [v for v in new if v not in old_set]
    if ordered and list(new) != [v for v in old if v in new_set] + added:
        return None
    return removed, added


def _distinct(values: Values) -> Values:
    return tuple(dict.fromkeys(values))


def _write_rows(
    session: Session,
    table: Any,
    mine: Sequence[Any],
    values: Values,
    old: Values | None,
    *,
    ordered: bool,
    among: Callable[[list[Any]], Any],
    row: Callable[[Any], dict[str, Any]],
) -> None:
    """Make an owner's rows of ``table`` (those matching every condition in ``mine``) hold
    ``values``, as stored: only what changed is deleted (the rows matching ``among``) and
    inserted (each ``row``) when ``old`` is known, else every row is written afresh."""
    plan = None if old is None else changes(old, values, ordered=ordered)
    if plan is None:
        session.execute(delete(table).where(*mine))
        removed, added = [], list(values)
    else:
        removed, added = plan
    if removed:
        session.execute(delete(table).where(*mine, among(removed)))
    if added:
        session.execute(insert(table), [row(value) for value in added])


def _association(table: Table, owner_col: str, target_col: str) -> LinkField:
    owner, target = table.c[owner_col], table.c[target_col]

    def load(session: Session, ids: list[int]) -> dict[int, Values]:
        found: dict[int, list[int]] = {}
        for chunk in in_chunks(ids):
            for o, t in session.execute(
                select(owner, target).where(owner.in_(chunk)).order_by(target)
            ):
                found.setdefault(o, []).append(t)
        return {k: tuple(v) for k, v in found.items()}

    def stored(values: Values) -> Values:
        # Read back ordered by the target's id, so no order needs keeping.
        return tuple(sorted(_distinct(values)))

    def store(session: Session, owner_id: int, values: Values, old: Values | None = None) -> None:
        _write_rows(
            session, table, (owner == owner_id,), stored(values), old,
            ordered=False, among=target.in_, row=lambda t: {owner_col: owner_id, target_col: t},
        )  # fmt: skip

    def owners_of(session: Session, target_id: int) -> set[int]:
        return set(session.scalars(select(owner).where(target == target_id)))

    joined = Joined(table, lambda owner_id: owner == owner_id, (target,), target)
    return LinkField(load, store, stored, owners_of, joined)


def _party(column: str) -> LinkField:
    model = m.AgreementParty
    col = getattr(model, column)

    def load(session: Session, ids: list[int]) -> dict[int, Values]:
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

    def stored(values: Values) -> Values:
        return tuple(v for v in _distinct(values) if v is not None)

    def store(
        session: Session, agreement_id: int, values: Values, old: Values | None = None
    ) -> None:
        mine = (model.agreement_id == agreement_id, col.is_not(None))
        _write_rows(
            session, model, mine, stored(values), old,
            ordered=True, among=col.in_, row=lambda v: {"agreement_id": agreement_id, column: v},
        )  # fmt: skip

    def owners_of(session: Session, target_id: int) -> set[int]:
        return set(session.scalars(select(model.agreement_id).where(col == target_id)))

    joined = Joined(
        model,
        lambda owner_id: (model.agreement_id == owner_id) & col.is_not(None),
        (col,),
        model.id,
    )
    return LinkField(load, store, stored, owners_of, joined)


def _town_names() -> LinkField:
    model = m.TownName

    def load(session: Session, ids: list[int]) -> dict[int, Values]:
        found: dict[int, list[str]] = {}
        for chunk in in_chunks(ids):
            for t, name in session.execute(
                select(model.town_id, model.name).where(model.town_id.in_(chunk)).order_by(model.id)
            ):
                found.setdefault(t, []).append(name)
        return {k: tuple(v) for k, v in found.items()}

    def stored(values: Values) -> Values:
        return _distinct(tuple(v.strip() for v in values if v and v.strip()))

    def store(session: Session, town_id: int, values: Values, old: Values | None = None) -> None:
        _write_rows(
            session, model, (model.town_id == town_id,), stored(values), old,
            ordered=True, among=model.name.in_, row=lambda n: {"town_id": town_id, "name": n},
        )  # fmt: skip

    joined = Joined(model, lambda owner_id: model.town_id == owner_id, (model.name,), model.id)
    return LinkField(load, store, stored, joined=joined)


def _concerns() -> LinkField:
    model = m.DecisionLink

    def load(session: Session, ids: list[int]) -> dict[int, Values]:
        found: dict[int, list[RecordRef]] = {}
        for chunk in in_chunks(ids):
            for d, kind, target in session.execute(
                select(model.decision_id, model.target_kind, model.target_id)
                .where(model.decision_id.in_(chunk))
                .order_by(model.id)
            ):
                found.setdefault(d, []).append(RecordRef(kind, target))
        return {k: tuple(v) for k, v in found.items()}

    def store(
        session: Session, decision_id: int, values: Values, old: Values | None = None
    ) -> None:
        def among(refs: list[RecordRef]) -> Any:
            return or_(*[(model.target_kind == r.kind) & (model.target_id == r.id) for r in refs])

        def row(r: RecordRef) -> dict[str, Any]:
            return {"decision_id": decision_id, "target_kind": r.kind, "target_id": r.id}

        _write_rows(
            session, model, (model.decision_id == decision_id,), _distinct(values), old,
            ordered=True, among=among, row=row,
        )  # fmt: skip

    joined = Joined(
        model,
        lambda owner_id: model.decision_id == owner_id,
        (model.target_kind, model.target_id),
        model.id,
        lambda held: RecordRef(held[0], held[1]),
    )
    return LinkField(load, store, _distinct, joined=joined)


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
