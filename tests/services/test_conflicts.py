"""Two people on one register: the second save of a stale record is refused, never
silently written over the first."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services.errors import ConflictError, RecordNotFound, ValidationError
from app.services.records import Town
from app.workspace import Workspace


@pytest.fixture
def colleague(workspace: Workspace) -> Iterator[Workspace]:
    """A second program with the same register open (its own connections)."""
    assert workspace.path is not None
    other = Workspace.open(workspace.path)
    yield other
    other.close()


def test_the_second_of_two_writers_gets_a_conflict(
    workspace: Workspace, colleague: Workspace
) -> None:
    town = workspace.save(Town(name="Holmestrand", country="NO"))
    mine = workspace.get("town", town.id)
    theirs = colleague.get("town", town.id)

    first = colleague.save(dataclasses.replace(theirs, region="Vestfold"))
    with pytest.raises(ConflictError) as caught:
        workspace.save(dataclasses.replace(mine, region="Buskerud"))

    assert caught.value.kind == "town" and caught.value.record_id == town.id
    # Who changed it, and the field both changed with both values.
    assert str(caught.value).startswith("testare changed the twin town at ")
    assert [(c.field, c.mine, c.theirs) for c in caught.value.clashes] == [
        ("region", "Buskerud", "Vestfold")
    ]
    stored = workspace.get("town", town.id)
    assert stored == first
    assert stored.region == "Vestfold"


def test_reloading_after_a_conflict_lets_the_change_through(workspace: Workspace) -> None:
    town = workspace.save(Town(name="Herning"))
    workspace.save(dataclasses.replace(town, region="Vestjylland"))
    with pytest.raises(ConflictError):
        workspace.save(dataclasses.replace(town, region="Midtjylland"))
    fresh = workspace.get("town", town.id)
    saved = workspace.save(dataclasses.replace(fresh, region="Midtjylland", population=90_000))
    assert (saved.population, saved.region) == (90_000, "Midtjylland")


def test_changes_to_different_fields_of_one_record_both_save(
    workspace: Workspace, colleague: Workspace
) -> None:
    """Only a real clash asks: fields nobody else changed go through, merged."""
    town = workspace.save(Town(name="Kangasala", country="FI"))
    mine = workspace.get("town", town.id)
    theirs = colleague.get("town", town.id)
    colleague.save(dataclasses.replace(theirs, population=33_000))
    saved = workspace.save(dataclasses.replace(mine, region="Pirkanmaa"))
    assert (saved.population, saved.region) == (33_000, "Pirkanmaa")
    stored = colleague.get("town", town.id)
    assert (stored.population, stored.region, stored.version) == (33_000, "Pirkanmaa", 3)


def test_a_record_not_read_here_is_refused_as_a_whole(workspace: Workspace) -> None:
    """Without knowing what the save started from, no field can be said to be untouched."""
    town = workspace.save(Town(name="Ikast"))
    workspace.save(dataclasses.replace(town, population=15_000))
    stranger = Workspace.open(workspace.path)  # never read the record
    try:
        with pytest.raises(ConflictError) as caught:
            stranger.save(dataclasses.replace(town, region="Midtjylland"))
        assert caught.value.clashes == ()
    finally:
        stranger.close()
    assert workspace.get("town", town.id).region is None


def test_a_change_of_links_alone_also_meets_a_conflict(
    workspace: Workspace, colleague: Workspace, samples: Any
) -> None:
    aland, husby = samples.saved("town"), samples.saved("town")
    trip = workspace.save(samples.new("trip", town_ids=(aland.id,)))
    stale = workspace.get("trip", trip.id)

    colleague.save(dataclasses.replace(trip, town_ids=(aland.id, husby.id)))
    with pytest.raises(ConflictError):
        workspace.save(dataclasses.replace(stale, town_ids=(husby.id,)))
    assert set(workspace.get("trip", trip.id).town_ids) == {aland.id, husby.id}


def test_other_names_changed_by_two_people(workspace: Workspace, colleague: Workspace) -> None:
    town = workspace.save(Town(name="Eiði", alternative_names=("Eidi",)))
    colleague.save(dataclasses.replace(town, alternative_names=("Eidi", "Eide")))
    with pytest.raises(ConflictError):
        workspace.save(dataclasses.replace(town, alternative_names=()))
    assert workspace.get("town", town.id).alternative_names == ("Eidi", "Eide")


def test_deleting_a_record_changed_elsewhere_is_a_conflict(
    workspace: Workspace, colleague: Workspace
) -> None:
    town = workspace.save(Town(name="Arsuk", country="GL"))
    changed = colleague.save(dataclasses.replace(town, kind="village"))
    with pytest.raises(ConflictError):
        workspace.delete("town", town.id, town.version)
    assert workspace.get("town", town.id) == changed


def test_saving_a_record_deleted_elsewhere_is_a_conflict(
    workspace: Workspace, colleague: Workspace
) -> None:
    town = workspace.save(Town(name="Utajärvi", country="FI"))
    colleague.delete("town", town.id, town.version)
    with pytest.raises(ConflictError) as caught:
        workspace.save(dataclasses.replace(town, notes="Lämnade kedjan 1976"))
    assert "deleted by someone else" in str(caught.value)
    with pytest.raises(ConflictError):
        workspace.delete("town", town.id, town.version)
    with pytest.raises(RecordNotFound):
        workspace.get("town", town.id)
    assert workspace.get_many("town") == []


def test_undo_of_a_delete_cannot_run_twice(workspace: Workspace) -> None:
    town = workspace.save(Town(name="Lich", country="DE"))
    deleted = workspace.delete("town", town.id, town.version)
    workspace.restore(deleted)
    with pytest.raises(ValidationError):
        workspace.restore(deleted)
    assert len(workspace.get_many("town")) == 1


def test_settings_saved_by_two_people(workspace: Workspace, colleague: Workspace) -> None:
    mine, theirs = workspace.settings(), colleague.settings()
    colleague.save_settings(dataclasses.replace(theirs, name="Vänersborgs kommun"))
    with pytest.raises(ConflictError):
        workspace.save_settings(dataclasses.replace(mine, name="Trollhättans stad"))
    assert workspace.settings().name == "Vänersborgs kommun"


def test_two_registers_do_not_share_versions(tmp_path: Path, workspace: Workspace) -> None:
    other = Workspace.create(tmp_path / "annan.sqlite3")
    try:
        mine = workspace.save(Town(name="Omaruru"))
        workspace.save(dataclasses.replace(mine, region="Erongo"))
        theirs = other.save(Town(name="Omaruru"))
        # Same id and version 1 in the other file: no conflict there.
        assert (theirs.id, theirs.version) == (mine.id, 1)
        assert other.save(dataclasses.replace(theirs, region="Erongo")).version == 2
    finally:
        other.close()
