"""A save sends the statements its change needs, and no more; what it stores is unchanged.

On a server every statement is a round trip, so the budgets below are the
counts of the statements a save sends (BEGIN included on a file). The second
half checks that writing only what changed stores exactly what writing
everything afresh stored: the values, their order, the rows kept.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select

from app.dates import ApproxDate
from app.services import store
from app.services.errors import ValidationError
from app.services.records import Decision, RecordRef, Town
from app.workspace import Workspace
from db import models as m
from tests.services.conftest import Samples


@contextmanager
def counted(workspace: Workspace) -> Iterator[list[str]]:
    """The statements sent to the register inside the block."""
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(" ".join(statement.split()))

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", note)


def _town_with_names(workspace: Workspace) -> Town:
    saved = workspace.save(Town(name="Eiði", country="FO", alternative_names=("Eide", "Eidi")))
    return workspace.get("town", saved.id)


def test_a_town_is_read_with_its_names_in_one_statement(workspace: Workspace) -> None:
    town = _town_with_names(workspace)
    with counted(workspace) as sent:
        read = workspace.get("town", town.id)
    assert len([s for s in sent if s.startswith("SELECT")]) == 1, sent
    assert (read.name, read.alternative_names) == ("Eiði", ("Eide", "Eidi"))
    bare = workspace.save(Town(name="Tórshavn", country="FO"))
    assert workspace.get("town", bare.id).alternative_names == ()


def test_a_changed_town_name_costs_four_statements(workspace: Workspace) -> None:
    """BEGIN, the town with its names, the UPDATE, the log: the names are not written."""
    town = _town_with_names(workspace)
    with counted(workspace) as sent:
        store.save(workspace.database, dataclasses.replace(town, name="Eiðis"))
    assert len(sent) <= 4, sent
    assert not [s for s in sent if s.startswith(("DELETE", "INSERT INTO town_names"))]
    assert workspace.get("town", town.id).alternative_names == ("Eide", "Eidi")


def test_a_twinning_note_costs_five_statements(workspace: Workspace, samples: Samples) -> None:
    """The towns it names are read once, together, for the log's label; none is checked again."""
    twinning = samples.saved("twinning")
    with counted(workspace) as sent:
        saved = store.save(workspace.database, dataclasses.replace(twinning, notes="Körutbyte"))
    assert len(sent) <= 5, sent
    assert saved.notes == "Körutbyte"
    entry = workspace.database
    with entry.reading() as session:
        summary = session.scalars(
            select(m.ChangeLogEntry.summary).order_by(m.ChangeLogEntry.id.desc()).limit(1)
        ).one()
    assert summary.startswith("Vänersborg ") and " – Kangasala " in summary


def test_an_unchanged_save_writes_only_its_log_entry(
    workspace: Workspace, samples: Samples
) -> None:
    twinning = samples.saved("twinning")
    with counted(workspace) as sent:
        saved = store.save(workspace.database, twinning)
    assert len(sent) <= 4, sent
    assert not [s for s in sent if s.startswith(("UPDATE", "DELETE"))]
    assert saved.version == twinning.version


def test_a_removed_name_deletes_that_name_only(workspace: Workspace) -> None:
    town = _town_with_names(workspace)
    with workspace.database.reading() as session:
        kept_id = session.scalars(select(m.TownName.id).where(m.TownName.name == "Eide")).one()
    with counted(workspace) as sent:
        saved = store.save(
            workspace.database, dataclasses.replace(town, alternative_names=("Eide",))
        )
    assert len(sent) <= 5, sent
    assert saved.alternative_names == ("Eide",)
    assert saved.version == town.version + 1  # a change of links alone still bumps the version
    with workspace.database.reading() as session:
        rows = session.execute(select(m.TownName.id, m.TownName.name)).all()
    assert [tuple(r) for r in rows] == [(kept_id, "Eide")]


@pytest.mark.parametrize(
    ("names", "stored"),
    [
        ((" Eidi ", "Eide", "Eidi", ""), ("Eidi", "Eide")),  # a new order is kept
        (("Eide", "Eidi", "Øyri"), ("Eide", "Eidi", "Øyri")),
        (("Øyri",), ("Øyri",)),
        ((), ()),
    ],
)
def test_names_read_back_as_the_save_replied(
    workspace: Workspace, names: tuple[str, ...], stored: tuple[str, ...]
) -> None:
    town = _town_with_names(workspace)
    saved = workspace.save(dataclasses.replace(town, alternative_names=names))
    assert saved.alternative_names == stored
    assert workspace.get("town", town.id) == saved


def test_a_trips_towns_read_back_as_the_save_replied(
    workspace: Workspace, samples: Samples
) -> None:
    a, b, c = (samples.saved("town").id for _ in range(3))
    trip = workspace.save(samples.new("trip", town_ids=(c, a)))
    assert trip.town_ids == (a, c)
    saved = workspace.save(dataclasses.replace(trip, town_ids=(b, c, b)))
    assert saved.town_ids == (b, c)
    assert workspace.get("trip", trip.id) == saved


def test_an_agreements_parties_keep_their_order(workspace: Workspace, samples: Samples) -> None:
    agreement = samples.saved("agreement")
    first, second = agreement.town_ids
    third = samples.saved("town").id
    organisation = samples.saved("organisation").id
    changed = dataclasses.replace(
        agreement, town_ids=(third, first), organisation_ids=(organisation,)
    )
    saved = workspace.save(changed)
    assert saved.town_ids == (third, first)
    assert saved.organisation_ids == (organisation,)
    assert workspace.get("agreement", agreement.id) == saved
    again = workspace.save(dataclasses.replace(saved, town_ids=(third, first, second)))
    assert (
        workspace.get("agreement", agreement.id).town_ids
        == (third, first, second)
        == again.town_ids
    )


def test_a_decisions_concerns_change_one_by_one(workspace: Workspace, samples: Samples) -> None:
    towns = [samples.saved("town").id for _ in range(3)]
    refs = tuple(RecordRef("town", t) for t in towns)
    decision = workspace.save(samples.new("decision", concerns=refs[:2]))
    saved = workspace.save(dataclasses.replace(decision, concerns=(refs[1], refs[2])))
    assert saved.concerns == (refs[1], refs[2])
    assert workspace.get("decision", decision.id) == saved


def test_a_newly_named_record_deleted_elsewhere_is_still_refused(
    workspace: Workspace, samples: Samples
) -> None:
    town = samples.saved("town")
    trip = workspace.save(samples.new("trip"))
    workspace.delete("town", town.id, town.version)
    with pytest.raises(ValidationError) as caught:
        workspace.save(dataclasses.replace(trip, town_ids=(town.id,)))
    assert caught.value.errors[0].field == "town_ids"


def test_a_proposal_deleted_elsewhere_is_refused_though_it_was_named_before(
    workspace: Workspace,
) -> None:
    """No foreign key keeps a decision's proposal, so a stored one is looked up again."""
    proposal = workspace.save(
        Decision(decided_on=ApproxDate.of_day(date(2014, 2, 1)), title="Förslag", is_proposal=True)
    )
    decision = workspace.save(
        Decision(
            decided_on=ApproxDate.of_day(date(2014, 3, 1)), title="Beslut", proposal_id=proposal.id
        )
    )
    workspace.delete("decision", proposal.id, proposal.version)
    with pytest.raises(ValidationError) as caught:
        workspace.save(dataclasses.replace(decision, title="Beslut om vänorter"))
    assert caught.value.errors[0].field == "proposal_id"


def test_a_new_record_is_inserted_without_deleting_first(
    workspace: Workspace, samples: Samples
) -> None:
    a, b = samples.saved("town").id, samples.saved("town").id
    with counted(workspace) as sent:
        saved = workspace.save(samples.new("trip", town_ids=(b, a)))
    assert not [s for s in sent if s.startswith("DELETE")]
    assert workspace.get("trip", saved.id).town_ids == (a, b)
