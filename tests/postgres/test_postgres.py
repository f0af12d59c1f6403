"""The register works the same on a PostgreSQL server as on an SQLite file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, inspect, text

from app.services import listing
from app.services.errors import ConflictError, ValidationError
from app.services.records import Decision, RecordRef, Town, Trip, Twinning
from app.workspace import Workspace
from db.errors import NotAVanortDatabase

pytestmark = pytest.mark.postgres


def test_migrations_create_every_table(pg_url: str) -> None:
    """A new register on the server has the schema of the models."""
    from db.models import Base

    Workspace.create(pg_url, municipality="Serverkommun").close()
    tables = set(inspect(create_engine(pg_url)).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_records_round_trip_with_names_links_and_amounts(pg_url: str) -> None:
    """Names in any script, many-to-many links and Decimal amounts come back as stored."""
    ws = Workspace.create(pg_url)
    home = ws.save(Town(name="Vänersborg", country="SE", is_home=True))
    lodz = ws.save(Town(name="Łódź", country="PL", alternative_names=("Lodz",)))
    esashi = ws.save(Town(name="江差町", country="JP"))
    twinning = ws.save(Twinning(town_a_id=lodz.id, town_b_id=home.id, areas=("music", "school")))
    assert (twinning.town_a_id, twinning.town_b_id) == (home.id, lodz.id)
    trip = ws.save(
        Trip(
            title="Resa till Łódź",
            town_ids=(lodz.id, esashi.id),
            estimated_cost=Decimal("12345.50"),
        )
    )
    ws.close()

    again = Workspace.open(pg_url)
    stored = again.get("trip", trip.id)
    assert stored.estimated_cost == Decimal("12345.50")
    assert set(stored.town_ids) == {lodz.id, esashi.id}
    assert again.get("town", lodz.id).alternative_names == ("Lodz",)
    assert again.get("twinning", twinning.id).areas == ("music", "school")
    found = again.page("town", listing.ListQuery(filters=listing.Filters(search="江差")))
    assert [t.name for t in found.records] == ["江差町"]
    again.close()


def test_duplicate_twinning_written_the_other_way_is_refused(pg_url: str) -> None:
    """B–A is the same twinning as A–B on the server too."""
    ws = Workspace.create(pg_url)
    a = ws.save(Town(name="Herning", country="DK"))
    b = ws.save(Town(name="Holmestrand", country="NO"))
    ws.save(Twinning(town_a_id=a.id, town_b_id=b.id))
    with pytest.raises(ValidationError):
        ws.save(Twinning(town_a_id=b.id, town_b_id=a.id))
    assert len(ws.get_many("twinning")) == 1
    ws.close()


def test_conflicting_saves_are_refused(pg_url: str) -> None:
    """Two people editing the same record: the second save is refused, the first kept."""
    first = Workspace.create(pg_url)
    second = Workspace.open(pg_url)
    town = first.save(Town(name="Kangasala", country="FI"))
    mine = second.get("town", town.id)
    first.save(town.__class__(**{**town.__dict__, "population": 33000}))
    with pytest.raises(ConflictError):
        second.save(mine.__class__(**{**mine.__dict__, "population": 1}))
    assert first.get("town", town.id).population == 33000
    first.close()
    second.close()


def test_delete_and_undo_keep_decision_links(pg_url: str) -> None:
    """Undoing a delete on the server restores the record and what pointed at it."""
    ws = Workspace.create(pg_url)
    town = ws.save(Town(name="Arsuk", country="GL"))
    trip = ws.save(Trip(title="Besök", town_ids=(town.id,)))
    decision = ws.save(
        Decision(
            title="Beslut", decided_on=date(2024, 4, 2), concerns=(RecordRef("trip", trip.id),)
        )
    )
    deleted = ws.delete("trip", trip.id, trip.version)
    assert ws.get("decision", decision.id).concerns == ()
    ws.restore(deleted)
    assert ws.get("decision", decision.id).concerns == (RecordRef("trip", trip.id),)
    ws.close()


def test_another_programs_database_is_refused(pg_url: str) -> None:
    """A server database holding someone else's tables is not taken over."""
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE customers (id integer primary key)"))
    engine.dispose()
    with pytest.raises(NotAVanortDatabase):
        Workspace.open(pg_url)
    assert "twinnings" not in inspect(create_engine(pg_url)).get_table_names()
