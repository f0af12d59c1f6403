"""After a save only the saved row is read again; the list looks as if read in full."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt

from app.services.listing import Filters
from app.services.records import Town
from app.workspace import Workspace
from ui.lists.table_model import RecordTableModel


def _names(model: RecordTableModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_replaced_and_added_rows_take_their_sorted_places(
    qtmodeltester: Any, workspace: Workspace
) -> None:
    """A renamed town moves to its new place, a new one appears, the search still works."""
    for name in ("Arsuk", "Herning", "Kangasala"):
        workspace.save(Town(name=name, country="DK"))
    model = RecordTableModel()
    model.set_table(workspace.table("town"))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    arsuk = workspace.get_many("town")[0]
    renamed = workspace.save(dataclasses.replace(arsuk, name="Ölands kommun"))
    added = workspace.save(Town(name="Eiði", country="FO"))
    for record_id in (renamed.id, added.id):
        assert model.replace_rows(workspace.table("town", Filters(equals={"id": record_id})))
    assert _names(model) == ["Eiði", "Herning", "Kangasala", "Ölands kommun"]
    model.set_search("olands")
    assert _names(model) == ["Ölands kommun"]
    model.set_search("")
    qtmodeltester.check(model)


def test_a_part_of_another_kind_is_refused(workspace: Workspace) -> None:
    """Rows of twinnings never land in the town list."""
    workspace.save(Town(name="Lich", country="DE"))
    model = RecordTableModel()
    model.set_table(workspace.table("town"))
    assert not model.replace_rows(workspace.table("network"))
    assert model.rowCount() == 1
