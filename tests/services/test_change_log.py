"""Every write leaves an entry: who, when, which record, which fields from what to what."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from app.services import store
from app.services.errors import ConflictError, ValidationError
from app.services.records import Town, Trip
from app.workspace import Workspace
from db import models as m


def _entries(workspace: Workspace, kind: str | None = None) -> list[SimpleNamespace]:
    """The log's rows as plain objects (the session is gone when they are read)."""
    table = m.ChangeLogEntry.__table__
    with workspace.database.reading() as session:
        query = select(table).order_by(table.c.id)
        if kind is not None:
            query = query.where(table.c.target_kind == kind)
        return [SimpleNamespace(**row._asdict()) for row in session.execute(query)]


def test_create_logs_the_new_values(workspace: Workspace) -> None:
    # The log keeps UTC times and reads them back timezone-aware.
    before = datetime.now(UTC) - timedelta(minutes=5)
    town = workspace.save(Town(name="Siglufjörður", country="IS", population=1200))
    (entry,) = _entries(workspace, "town")
    assert (entry.action, entry.target_kind, entry.target_id) == ("create", "town", town.id)
    assert entry.user == "testare"  # VANORT_USER, set by tests/conftest.py
    assert entry.summary == "Siglufjörður"
    assert entry.at > before
    assert entry.at.utcoffset() == timedelta(0)
    assert entry.changes is not None
    assert entry.changes["name"] == [None, "Siglufjörður"]
    assert entry.changes["country"] == [None, "IS"]
    assert entry.changes["population"] == [None, "1200"]
    assert "id" not in entry.changes and "version" not in entry.changes
    assert "region" not in entry.changes  # still empty: nothing changed


def test_update_logs_only_what_changed_from_old_to_new(workspace: Workspace) -> None:
    town = workspace.save(Town(name="Herning", country="DK"))
    workspace.save(dataclasses.replace(town, name="Herning Kommune", population=90_000))
    entry = _entries(workspace, "town")[-1]
    assert (entry.action, entry.target_id) == ("update", town.id)
    assert entry.changes == {
        "name": ["Herning", "Herning Kommune"],
        "population": [None, "90000"],
    }


def test_links_dates_and_amounts_are_logged_as_text(workspace: Workspace) -> None:
    aland = workspace.save(Town(name="Åland", country="AX"))
    trip = workspace.save(
        Trip(
            title="Vänortsmötet 2013",
            start_date=date(2013, 8, 16),
            estimated_cost=Decimal("12500.50"),
            town_ids=(aland.id,),
        )
    )
    changes = _entries(workspace, "trip")[-1].changes
    assert changes is not None
    assert changes["start_date"] == [None, "2013-08-16"]
    assert changes["estimated_cost"] == [None, "12500.50"]
    assert changes["town_ids"] == [None, str(aland.id)]
    workspace.save(dataclasses.replace(trip, town_ids=()))
    assert _entries(workspace, "trip")[-1].changes == {"town_ids": [str(aland.id), ""]}


def test_delete_logs_every_value_going_away(workspace: Workspace) -> None:
    town = workspace.save(Town(name="Eiði", country="FO", alternative_names=("Eidi",)))
    workspace.delete("town", town.id, town.version)
    entry = _entries(workspace, "town")[-1]
    assert (entry.action, entry.target_id, entry.summary) == ("delete", town.id, "Eiði")
    assert entry.changes is not None
    assert entry.changes["name"] == ["Eiði", None]
    assert entry.changes["country"] == ["FO", None]
    assert entry.changes["alternative_names"] == ["Eidi", None]


def test_restore_logs_the_values_coming_back(workspace: Workspace) -> None:
    town = workspace.save(Town(name="Arsuk", country="GL"))
    workspace.restore(workspace.delete("town", town.id, town.version))
    entry = _entries(workspace, "town")[-1]
    assert (entry.action, entry.target_id) == ("restore", town.id)
    assert entry.changes is not None
    assert entry.changes["name"] == [None, "Arsuk"]
    assert entry.changes["country"] == [None, "GL"]
    assert [e.action for e in _entries(workspace, "town")] == ["create", "delete", "restore"]


@pytest.mark.parametrize("kind", ["twinning", "grant", "evaluation", "decision"])
def test_every_kind_is_logged_under_its_own_name(
    workspace: Workspace, samples: Any, kind: str
) -> None:
    record = samples.saved(kind)
    entry = _entries(workspace, kind)[-1]
    assert (entry.action, entry.target_id) == ("create", record.id)
    assert entry.summary  # a readable name, e.g. "Vänersborg 1 – Kangasala 2"


def test_a_refused_write_leaves_no_entry(workspace: Workspace) -> None:
    town = workspace.save(Town(name="Husby", region="Sydslesvig"))
    count = len(_entries(workspace))
    with pytest.raises(ValidationError):
        workspace.save(dataclasses.replace(town, latitude=123.0))
    workspace.save(dataclasses.replace(town, notes="Dansk mindretal"))
    with pytest.raises(ConflictError):
        workspace.save(dataclasses.replace(town, notes="Stale"))
    with pytest.raises(ConflictError):
        workspace.delete("town", town.id, town.version)
    assert [e.action for e in _entries(workspace)[count:]] == ["update"]


def test_the_user_can_be_named_by_the_caller(workspace: Workspace) -> None:
    store.save(workspace.database, Town(name="Kangasala"), user="anna.ek")
    assert _entries(workspace, "town")[-1].user == "anna.ek"


def test_saving_settings_is_logged(workspace: Workspace) -> None:
    settings = workspace.settings()
    workspace.save_settings(dataclasses.replace(settings, name="Vänersborgs kommun"))
    entry = _entries(workspace, "settings")[-1]
    assert (entry.action, entry.user, entry.summary) == ("update", "testare", "Vänersborgs kommun")
