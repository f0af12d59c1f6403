"""The linked-records panel of a form: a record's twinnings, towns, decisions, and new linked records."""

from __future__ import annotations

from datetime import date
from typing import Any

from form_helpers import (
    MakeForm,
    english_interface,
    type_text,
)
from PySide6.QtCore import Qt

__all__ = ["english_interface"]  # autouse: English interface, no Qt translator left over
from app.services import records as r
from app.services.records import RecordRef
from app.workspace import Workspace
from ui.forms.linked_panel import linked_records


def test_the_linked_panel_lists_a_towns_twinning_and_opens_it(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    (twinning,) = workspace.get_many("twinning")
    workspace.save(r.Trip(title="Study visit", town_ids=(towns["twin"].id,)))
    form = make_form("town")
    form.load(towns["twin"].id)
    form.tabs.setCurrentWidget(form.linked)

    tree = form.linked.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    branches = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert branches == ["Trips (1)", "Twinnings (1)"]
    assert form.tabs.tabText(1) == "Linked records (2)"

    (leaf,) = form.linked.find_items("Vänersborg – Põltsamaa")
    rect = tree.visualItemRect(leaf)
    with qtbot.waitSignal(form.open_record) as opened:
        # A double-click as Qt's test library delivers it: the first press, then the second.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["twinning", twinning.id]


def test_the_linked_panel_of_a_twinning_shows_its_towns_and_decisions(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    (twinning,) = workspace.get_many("twinning")
    workspace.save(
        r.Decision(
            title="Vänort med Põltsamaa",
            decided_on=date(1992, 3, 30),
            concerns=(RecordRef("twinning", twinning.id),),
        )
    )
    form = make_form("twinning")
    form.load(twinning.id)
    form.tabs.setCurrentWidget(form.linked)
    tree = form.linked.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    branches = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert branches == ["Decisions (1)", "Twin towns (2)"]
    (leaf,) = form.linked.find_items("Põltsamaa")
    tree.setCurrentItem(leaf)
    with qtbot.waitSignal(form.open_record) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == ["town", towns["twin"].id]


def test_linked_records_of_a_decision_and_of_a_network(
    workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    trip = workspace.save(r.Trip(title="Study visit"))
    agreement = workspace.save(r.Agreement(title="Vänortsavtal"))
    decision = workspace.save(
        r.Decision(
            title="Beslut",
            decided_on=date(2026, 3, 4),
            concerns=(RecordRef("trip", trip.id), RecordRef("agreement", agreement.id)),
        )
    )
    found = linked_records(workspace, RecordRef("decision", decision.id), decision)
    assert [(g.kind, g.total, [label for _, label in g.records]) for g in found] == [
        ("agreement", 1, ["Vänortsavtal"]),
        ("trip", 1, ["Study visit"]),
    ]

    network = workspace.save(r.Network(name="Vänortskedjan", cadence_years=2))
    for position, town in enumerate(towns.values(), start=1):
        workspace.save(
            r.NetworkMember(network_id=network.id, town_id=town.id, rotation_position=position)
        )
    workspace.save(
        r.NetworkMeeting(network_id=network.id, year=2027, host_town_id=towns["twin"].id)
    )
    found = linked_records(workspace, RecordRef("network", network.id), network)
    assert {g.kind: g.total for g in found} == {"network_member": 2, "meeting": 1, "town": 2}


def test_a_new_record_already_linked_to_the_town(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    form = make_form("town")
    form.load(towns["twin"].id)
    form.tabs.setCurrentWidget(form.linked)
    offered = {a.data(): a for a in form.linked.new_menu.actions()}
    assert {"twinning", "trip", "agreement", "decision", "organisation"} <= set(offered)
    assert "exchange_rate" not in offered

    with qtbot.waitSignal(form.new_linked_record) as asked:
        offered["trip"].trigger()
    kind, preset = asked.args
    assert (kind, preset) == ("trip", {"town_ids": (towns["twin"].id,)})

    trip_form = make_form(kind)
    trip_form.load(None, preset)
    type_text(qtbot, trip_form.editor("title").focus_widget(), "Study visit")
    assert trip_form.save(), trip_form.banner_text()
    form.linked.refresh()
    assert form.linked.find_items("Study visit")
