"""A kind's one declaration: read without the database, typed by its record, with its own hooks."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import records as r
from app.services import store
from app.services.errors import FieldError, ValidationError
from app.services.kinds import KINDS, TOWN, TRIP, TWINNING, spec_for, spec_of
from app.services.record_labels import labels
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def test_reading_the_kinds_imports_no_sqlalchemy() -> None:
    """The start reads the kinds before the first list: no ORM, no SQLAlchemy yet."""
    code = (
        "import sys, app.services.kinds as k\n"
        "assert len(k.KINDS) == 20, len(k.KINDS)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m.startswith('db.models') or m.startswith('app.workflow')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_model_is_found_when_asked_for() -> None:
    """A spec's model is the ORM class of its record's name."""
    for spec in KINDS.values():
        assert spec.model.__name__ == spec.record.__name__
        assert spec.model.__module__.startswith("db.models")


def test_a_kind_is_found_by_its_record_type_or_its_name() -> None:
    """The typed and the named form lead to the same declaration."""
    assert spec_for(r.Town) is TOWN
    assert spec_for("twinning") is TWINNING
    assert spec_of(r.Trip(title="Studieresa")) is TRIP
    with pytest.raises(TypeError, match="not a record"):
        spec_of(r.RecordRef("town", 1))  # type: ignore[type-var]
    with pytest.raises(KeyError):
        spec_for("ship")


def test_a_named_check_is_imported_when_it_is_first_run() -> None:
    """The trip rules are named on the trip's spec, not registered by importing a module."""
    (check,) = TRIP.checks()
    assert (check.__module__, check.__name__) == ("app.workflow.trips", "check_trip")
    assert TRIP.validators == ("app.workflow.trips.check_trip",)


def test_the_store_reads_and_saves_by_record_type(workspace: Workspace) -> None:
    """get, get_many and save take the record type and give back that type."""
    db = workspace.database
    alingsas = store.save(db, r.Town(name="  Alingsås ", country="se"))
    assert isinstance(alingsas, r.Town)
    assert (alingsas.name, alingsas.country) == ("Alingsås", "SE")
    assert alingsas.id is not None
    assert store.get(db, r.Town, alingsas.id) == alingsas
    assert store.get(db, "town", alingsas.id) == alingsas  # by name, for a list
    assert store.get_many(db, r.Town) == [alingsas]
    assert workspace.get(r.Town, alingsas.id) == alingsas


def test_a_twinning_is_kept_with_its_towns_in_order_and_named_with_a_dash(
    workspace: Workspace,
) -> None:
    """The twinning's own hooks: one stored order of towns, its label joined by a dash."""
    herning = workspace.save(r.Town(name="Herning", country="DK"))
    alingsas = workspace.save(r.Town(name="Alingsås", country="SE"))
    assert herning.id is not None and alingsas.id is not None
    twinning = workspace.save(r.Twinning(town_a_id=alingsas.id, town_b_id=herning.id))
    assert (twinning.town_a_id, twinning.town_b_id) == (herning.id, alingsas.id)
    assert twinning.id is not None
    assert labels(workspace.database, "twinning", [twinning.id]) == {
        twinning.id: "Herning – Alingsås"
    }


def test_a_kinds_own_check_is_declared_on_its_spec(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check added to a spec's validators refuses the save; nothing is written."""

    def no_capitals(_session: object, town: r.Town) -> list[FieldError]:
        if town.name.isupper():
            return [FieldError("name", "Write the name as it is written.")]
        return []

    strict = dataclasses.replace(TOWN, validators=(no_capitals,))
    monkeypatch.setitem(KINDS, "town", strict)
    with pytest.raises(ValidationError, match="as it is written"):
        workspace.save(r.Town(name="HERNING", country="DK"))
    assert workspace.get_many(r.Town) == []
    assert workspace.save(r.Town(name="Herning", country="DK")).id is not None


def test_a_record_deleted_by_type_comes_back_as_that_type(workspace: Workspace) -> None:
    """delete and restore take the record type as get and save do."""
    herning = workspace.save(r.Town(name="Herning", country="DK"))
    assert herning.id is not None
    deleted = workspace.delete(r.Town, herning.id, herning.version)
    assert deleted.record == herning
    assert workspace.get_many(r.Town) == []
    restored = workspace.restore(deleted)
    assert isinstance(restored, r.Town)
    assert (restored.id, restored.name) == (herning.id, "Herning")
