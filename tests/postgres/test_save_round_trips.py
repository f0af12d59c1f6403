"""A save on a server: one transaction of the statements its change needs, counted by the
benchmark's proxy between the program and the server (so a BEGIN, a ping or a NOTIFY
sent by the driver or the program is counted too)."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import event

from app.services.records import Town, Twinning
from app.workspace import Workspace
from bench.delay_proxy import DelayProxy

pytestmark = pytest.mark.postgres


def _messages_of_save(workspace: Workspace, proxy: DelayProxy, record: object) -> tuple[int, int]:
    """(statements, messages) of one save."""
    sent: list[str] = []

    def note(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(workspace.database.engine, "before_cursor_execute", note)
    proxy.take_messages()
    try:
        workspace.save(record)  # type: ignore[call-overload]
    finally:
        event.remove(workspace.database.engine, "before_cursor_execute", note)
    return len(sent), proxy.take_messages()


def test_saves_on_a_server_stay_within_their_round_trips(
    counted: tuple[Workspace, DelayProxy],
) -> None:
    """The town with its names, the UPDATE, the log with its notice; BEGIN and COMMIT besides."""
    workspace, proxy = counted
    home = workspace.save(Town(name="Vänersborg", country="SE", is_home=True))
    town = workspace.save(Town(name="Eiði", country="FO", alternative_names=("Eide",)))
    twinning = workspace.save(Twinning(town_a_id=home.id, town_b_id=town.id, notes="Skolor"))
    town, twinning = workspace.get("town", town.id), workspace.get("twinning", twinning.id)

    saves = [
        (dataclasses.replace(town, name="Eiðis"), 3),
        (dataclasses.replace(twinning, notes="Kör"), 4),
        (None, 3),  # the twinning again, unchanged
    ]
    for record, budget in saves:
        record = record or workspace.get("twinning", twinning.id)
        statements, messages = _messages_of_save(workspace, proxy, record)
        assert statements <= budget, record
        assert messages == statements + 2  # BEGIN and COMMIT: nothing else
    stored = workspace.get("town", town.id)
    assert (stored.name, stored.alternative_names) == ("Eiðis", ("Eide",))
