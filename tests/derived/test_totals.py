"""Member totals that keep unknown counts visible: the Vänersborg chain's 1 135 with one unknown."""

from __future__ import annotations

import pytest

from app.derived.totals import MemberTotal, TownCount, member_total, network_member_total
from app.services.errors import RecordNotFound
from app.workspace import Workspace
from tests.derived.register import Register

# Figur 1 of the Vänersborg survey (seeds/004): town, joined, members in 2013.
CHAIN = [
    ("Vänersborg", 1946, 100),
    ("Herning", 1946, 230),
    ("Holmestrand", 1947, 100),
    ("Siglufjörður", 1949, 30),
    ("Kangasala", 1977, 70),
    ("Åland", 1977, 250),
    ("Eiði", 1978, None),
    ("Arsuk", 1989, 15),
    ("Husby", 1989, 340),
]


def _chain(reg: Register) -> tuple[int, dict[str, int]]:
    chain = reg.network("Nordic chain", founded=1946)
    towns = {}
    for name, joined, members in CHAIN:
        town = reg.town(name, home=name == "Vänersborg")
        towns[name] = town
        reg.member(chain, town, joined=joined)
        branch = reg.branch(f"Föreningen Norden {name}", town)
        reg.count(branch, 2013, members)  # Eiði's is recorded as unknown
        reg.count(branch, 2012, 1)  # another year never leaks in
    # Utajärvi left in 1976: its branch is not part of the 2013 total.
    utajarvi = reg.town("Utajärvi")
    reg.member(chain, utajarvi, joined=1948, left=1976)
    reg.count(reg.branch("Föreningen Norden Utajärvi", utajarvi), 2013, 999)
    # Other organisations in a member town are not local branches.
    reg.count(reg.branch("Herning Sports Club", towns["Herning"], kind="club"), 2013, 5000)
    return chain, towns


def test_the_chain_total_is_1135_with_one_unknown(workspace: Workspace, reg: Register) -> None:
    chain, towns = _chain(reg)
    rows, total = network_member_total(workspace.database, chain, 2013)
    assert total == MemberTotal(total=1135, known=8, unknown=1, unknown_names=("Eiði",))
    assert total.text() == "1,135 (unknown for 1)"
    # Home town first, then by the year they joined, then by name.
    assert rows == [TownCount(towns[name], name, members) for name, _, members in CHAIN]
    assert rows[6] == (towns["Eiði"], "Eiði", None)


def test_a_town_without_a_count_for_the_year_is_unknown(
    workspace: Workspace, reg: Register
) -> None:
    chain = reg.network("Small chain")
    counted, uncounted, no_branch, two_branches = (
        reg.town(name) for name in ("Lich", "Omaruru", "Kangasala", "Herning")
    )
    for town in (counted, uncounted, no_branch, two_branches):
        reg.member(chain, town)
    reg.count(reg.branch("Lich branch", counted), 2020, 40)
    reg.count(reg.branch("Omaruru branch", uncounted), 2019, 12)  # not 2020
    reg.count(reg.branch("Herning north", two_branches), 2020, 10)
    reg.count(reg.branch("Herning south", two_branches), 2020, 20)
    rows, total = network_member_total(workspace.database, chain, 2020)
    assert {row.town_name: row.members for row in rows} == {
        "Lich": 40,
        "Omaruru": None,
        "Kangasala": None,
        "Herning": 30,
    }
    assert (total.total, total.known, total.unknown) == (70, 2, 2)
    assert sorted(total.unknown_names) == ["Kangasala", "Omaruru"]
    assert total.text() == "70 (unknown for 2)"


def test_one_unknown_branch_makes_its_town_unknown(workspace: Workspace, reg: Register) -> None:
    chain = reg.network("Chain")
    town = reg.town("Herning")
    reg.member(chain, town)
    reg.count(reg.branch("Herning north", town), 2020, 10)
    reg.count(reg.branch("Herning south", town), 2020, None)
    rows, total = network_member_total(workspace.database, chain, 2020)
    assert rows == [TownCount(town, "Herning", None)]
    assert (total.total, total.unknown) == (0, 1)


def test_a_total_without_unknowns_says_nothing_of_them() -> None:
    total = member_total([("A", 1000), ("B", 35)])
    assert total == MemberTotal(1035, 2, 0, ())
    assert total.text() == "1,035"


def test_an_unknown_network_is_refused(workspace: Workspace) -> None:
    with pytest.raises(RecordNotFound):
        network_member_total(workspace.database, 3, 2013)


def test_a_total_of_only_unknown_counts_reads_unknown_never_zero() -> None:
    """Every count unknown: the total says so instead of printing 0."""
    from app.formatting import format_total

    assert format_total([None, None, None]) == "unknown"
    assert format_total([None, 0]) == "0 (unknown for 1)"  # a known 0 is still a 0
    assert format_total([]) == "0"
