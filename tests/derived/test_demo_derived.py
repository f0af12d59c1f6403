"""Derived knowledge on the demo register: the figures of the Vänersborg survey (seeds/004)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_register import demo_copy

from app.derived.rotation import network_rotation
from app.derived.totals import network_member_total
from app.workspace import Workspace


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(demo_copy(tmp_path))
    yield workspace
    workspace.close()


def _chain(demo: Workspace) -> int:
    (chain,) = [n.id for n in demo.get_many("network") if "kedjan" in n.name]
    return int(chain)


def test_the_chain_has_1135_members_in_2013_with_eidi_unknown(demo: Workspace) -> None:
    rows, total = network_member_total(demo.database, _chain(demo), 2013)
    assert (total.total, total.known, total.unknown) == (1135, 8, 1)
    assert total.unknown_names == ("Eiði",)
    assert total.text() == "1,135 (unknown for 1)"
    # Utajärvi left in 1976 and is not among the nine.
    assert len(rows) == 9
    assert "Utajärvi" not in {row.town_name for row in rows}


def test_kangasala_hosts_after_aland_and_the_husby_seminar(demo: Workspace) -> None:
    towns = {t.name: t.id for t in demo.get_many("town")}
    rotation = network_rotation(demo.database, _chain(demo))
    # The demo's order, as the hosts of 2007-2013 show it: Kangasala, Husby, Herning,
    # Siglufjörður, Holmestrand, Vänersborg, Åland (15 landkommuner). The 2014
    # seminar in Husby replaced that year's meeting, so the next meeting is 2015.
    assert (rotation.last_year, rotation.last_host_town_id) == (2013, towns["15 landkommuner"])
    assert (rotation.next_year, rotation.next_host_town_id) == (2015, towns["Kangasala"])
    assert rotation.home_next_year == 2020
