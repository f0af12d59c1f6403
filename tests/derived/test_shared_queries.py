"""The queries the reports, the mapping, the status rule and the to-do list share, asked once."""

from __future__ import annotations

from sqlalchemy import select

from app.workspace import Workspace
from db import models as m
from db.agreement_parties import binds_both, party_town_in
from db.home_towns import home_town_ids, twinning_with_town_in
from db.in_lists import IN_LIMIT, in_chunks
from tests.derived.register import Register


def test_ids_come_in_their_order_in_lists_short_enough_for_sqlite() -> None:
    """Every id once, in the order given, no list longer than the limit, none for no ids."""
    ids = list(range(2 * IN_LIMIT + 5, 0, -1))
    chunks = list(in_chunks(iter(ids)))
    assert [len(chunk) for chunk in chunks] == [IN_LIMIT, IN_LIMIT, 5]
    assert [i for chunk in chunks for i in chunk] == ids
    assert list(in_chunks([])) == []
    assert list(in_chunks([3, 1, 2], size=2)) == [[3, 1], [2]]


def test_home_towns_and_the_twinnings_with_one_on_either_side(
    workspace: Workspace, reg: Register
) -> None:
    """Both home towns of an association's register; a twinning counts from either side."""
    vanersborg = reg.town("Vänersborg", home=True)
    trollhattan = reg.town("Trollhättan", home=True)
    herning, lich, omaruru = reg.town("Herning"), reg.town("Lich"), reg.town("Omaruru")
    home_first = reg.twinning(vanersborg, herning)
    home_second = reg.twinning(lich, trollhattan)
    reg.twinning(lich, omaruru)  # no home town on either side
    with workspace.database.reading() as session:
        homes = home_town_ids(session)
        found = set(session.scalars(select(m.Twinning.id).where(twinning_with_town_in(homes))))
        with_lich = set(session.scalars(select(m.Twinning.id).where(twinning_with_town_in({lich}))))
    assert homes == {vanersborg, trollhattan}
    assert found == {home_first, home_second}
    assert len(with_lich) == 2 and home_second in with_lich


def test_an_agreement_is_found_by_any_party_and_binds_a_twinning_only_with_both(
    workspace: Workspace, reg: Register
) -> None:
    """The SQL finds an agreement through one party; only both towns make it the twinning's."""
    vanersborg = reg.town("Vänersborg", home=True)
    herning, lich = reg.town("Herning"), reg.town("Lich")
    both = reg.agreement("Vänortsavtal Herning", (vanersborg, herning))
    other = reg.agreement("Avtal med Lich", (vanersborg, lich))
    with workspace.database.reading() as session:
        via_herning = set(session.scalars(select(m.Agreement.id).where(party_town_in({herning}))))
        via_home = set(session.scalars(select(m.Agreement.id).where(party_town_in({vanersborg}))))
    assert via_herning == {both}
    assert via_home == {both, other}
    assert binds_both({vanersborg, herning}, herning, vanersborg)
    assert not binds_both({vanersborg, lich}, vanersborg, herning)
