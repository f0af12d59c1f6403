"""Network rotation: Gothenburg's four-town cooperation and the Vänersborg chain, worked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.derived.rotation import (
    HeldMeeting,
    Hosting,
    network_rotation,
    plan_rotation,
    rotations,
)
from app.services.errors import RecordNotFound
from app.workspace import Workspace
from tests.derived.register import Register


def test_gothenburg_hosts_every_eighth_year(workspace: Workspace, reg: Register) -> None:
    goteborg = reg.town("Göteborg", home=True)
    arhus = reg.town("Århus")
    bergen = reg.town("Bergen")
    turku = reg.town("Turku", local_name="Åbo")
    four = reg.network("Four-town cooperation", cadence=2, founded=1946)
    for position, town in enumerate((goteborg, arhus, bergen, turku), start=1):
        reg.member(four, town, joined=1946, position=position)
    reg.meeting(four, 2018, bergen)
    reg.meeting(four, 2020, turku)
    reg.meeting(four, 2022, goteborg, start=date(2022, 6, 9))

    result = network_rotation(workspace.database, four)
    # Göteborg hosted 2022; then Århus, Bergen and Turku two years apart; Göteborg again.
    assert result.next_year == 2024
    assert result.next_host_town_id == arhus
    assert result.schedule == (
        Hosting(2024, arhus),
        Hosting(2026, bergen),
        Hosting(2028, turku),
        Hosting(2030, goteborg),
    )
    assert result.home_next_year == 2030
    assert result.home_next_year - 2022 == 8
    assert (result.last_year, result.last_host_town_id) == (2022, goteborg)

    later = network_rotation(workspace.database, four, not_before=2027)
    assert later.schedule == (
        Hosting(2028, turku),
        Hosting(2030, goteborg),
        Hosting(2032, arhus),
        Hosting(2034, bergen),
    )
    assert later.home_next_year == 2030


def _vanersborg_chain(reg: Register) -> tuple[int, dict[str, int]]:
    names = [
        "Kangasala",
        "Husby",
        "Herning",
        "Siglufjörður",
        "Holmestrand",
        "Vänersborg",
        "Åland",
        "Eiði",
        "Arsuk",
    ]
    towns = {name: reg.town(name, home=name == "Vänersborg") for name in names}
    towns["Utajärvi"] = reg.town("Utajärvi")
    chain = reg.network("Nordic chain", cadence=1, founded=1946)
    for position, name in enumerate(names, start=1):
        reg.member(chain, towns[name], position=position)
    # Utajärvi keeps its old place in the order but left in 1976: it no longer hosts.
    reg.member(chain, towns["Utajärvi"], joined=1948, left=1976, position=10)
    hosts = ["Kangasala", "Husby", "Herning", "Siglufjörður", "Holmestrand", "Vänersborg", "Åland"]
    for year, name in zip(range(2007, 2014), hosts, strict=True):
        reg.meeting(chain, year, towns[name])
    return chain, towns


def test_the_vanersborg_chain_after_aland_2013(workspace: Workspace, reg: Register) -> None:
    chain, towns = _vanersborg_chain(reg)
    result = network_rotation(workspace.database, chain)
    assert (result.next_year, result.next_host_town_id) == (2014, towns["Eiði"])
    expected = ["Eiði", "Arsuk", "Kangasala", "Husby", "Herning", "Siglufjörður", "Holmestrand"]
    expected += ["Vänersborg", "Åland"]
    assert result.schedule == tuple(
        Hosting(year, towns[name]) for year, name in zip(range(2014, 2023), expected, strict=True)
    )
    assert towns["Utajärvi"] not in {h.town_id for h in result.schedule}
    assert result.home_next_year == 2021


def test_a_seminar_instead_of_the_meeting_uses_up_its_year(
    workspace: Workspace, reg: Register
) -> None:
    chain, towns = _vanersborg_chain(reg)
    reg.meeting(chain, 2014, towns["Husby"], kind="seminar")
    result = network_rotation(workspace.database, chain)
    # Husby's seminar replaced the 2014 meeting: Eiði, next after Åland, hosts in 2015.
    assert (result.next_year, result.next_host_town_id) == (2015, towns["Eiði"])
    assert result.home_next_year == 2022


def test_all_rotations_at_once(workspace: Workspace, reg: Register) -> None:
    chain, _towns = _vanersborg_chain(reg)
    empty = reg.network("No members yet")
    found = rotations(workspace.database)
    assert set(found) == {chain, empty}
    assert found[chain] == network_rotation(workspace.database, chain)
    assert found[empty].schedule == ()
    assert found[empty].next_year is None


def test_an_unknown_network_is_refused(workspace: Workspace) -> None:
    with pytest.raises(RecordNotFound):
        network_rotation(workspace.database, 12)


def test_without_meetings_the_first_in_order_hosts_in_the_start_year() -> None:
    result = plan_rotation([7, 3, 5], 2, [], {5}, start_year=2027)
    assert result.schedule == (Hosting(2027, 7), Hosting(2029, 3), Hosting(2031, 5))
    assert result.home_next_year == 2031
    unplanned = plan_rotation([7, 3, 5], 2, [])
    assert (unplanned.next_year, unplanned.next_host_town_id, unplanned.schedule) == (None, 7, ())


def test_a_meeting_hosted_outside_the_rotation_does_not_move_the_order() -> None:
    held = [HeldMeeting(2010, 3), HeldMeeting(2011, 99)]  # 99 left the rotation
    result = plan_rotation([7, 3, 5], 1, held, {7})
    assert result.schedule == (Hosting(2012, 5), Hosting(2013, 7), Hosting(2014, 3))
    assert result.home_next_year == 2013


def test_a_home_town_outside_the_rotation_never_hosts() -> None:
    result = plan_rotation([1, 2], 1, [HeldMeeting(2020, 1)], {3})
    assert result.home_next_year is None
