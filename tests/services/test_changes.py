"""A write says what it changed: the window recounts and redraws only that."""

from __future__ import annotations

from typing import Any

from app.changes import Changed
from app.services.records import Network, NetworkMeeting, Town


def test_a_save_names_its_own_record(workspace: Any) -> None:
    """Saving a town reports the town's kind and its new id, nothing else."""
    written = workspace.save_reporting(Town(name="Imatra", country="FI"))
    assert written.result.name == "Imatra"
    assert written.changed.records == {("town", written.result.id)}
    assert written.changed.kinds == {"town"}


def test_a_delete_names_the_children_deleted_with_it_and_undo_the_same(workspace: Any) -> None:
    """A network deleted with its meetings reports the meetings; its restore brings them back."""
    host = workspace.save(Town(name="Kolding", country="DK"))
    network = workspace.save(Network(name="Norden"))
    meetings = [
        workspace.save(NetworkMeeting(network_id=network.id, year=year, host_town_id=host.id))
        for year in (2019, 2023)
    ]
    written = workspace.delete_reporting("network", network.id, network.version)
    expected = {("network", network.id)} | {("meeting", m.id) for m in meetings}
    assert written.changed.records == expected
    assert workspace.get_many("meeting") == []
    restored = workspace.restore_reporting("network", written.result)
    assert restored.changed.records == expected
    assert sorted(m.year for m in workspace.get_many("meeting")) == [2019, 2023]


def test_only_kinds_the_to_do_rules_read_ask_for_a_new_to_do_count() -> None:
    """A trip may start or end a to-do item; a reference fact (population figures) cannot."""
    assert Changed.of("trip", 3).concerns_todo()
    assert Changed.of("settings").concerns_todo()
    assert not Changed.of("reference_fact", 1).concerns_todo()
    both = Changed.of("reference_fact", 1) | Changed.of("town", 2)
    assert both.concerns_todo() and both.kinds == {"reference_fact", "town"}
    assert both.ids("town") == {2} and not Changed()
