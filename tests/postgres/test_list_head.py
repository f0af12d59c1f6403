"""A long list's first read on a PostgreSQL server: every id, the ended ones, the earliest rows."""

from __future__ import annotations

import pytest

from app.dates import ApproxDate
from app.services.listing import Filters
from app.services.records import Town, Twinning
from app.workspace import Workspace

pytestmark = pytest.mark.postgres

# (partner, year of first contact, status): Dalvík's year is not known.
PARTNERS = [
    ("Lich", 1990, "active"),
    ("Dalvík", None, "active"),
    ("Herning", 1946, "ended"),
    ("Eiði", 1975, "active"),
    ("Łódź", 1961, "ended"),
]


def test_the_first_read_of_a_long_list_agrees_with_the_whole(pg_url: str) -> None:
    """Ids, ended flags and the first rows' values match the whole list read at once."""
    ws = Workspace.create(pg_url)
    try:
        home = ws.save(Town(name="Vänersborg", country="SE", is_home=True))
        saved = {}
        for name, year, status in PARTNERS:
            town = ws.save(Town(name=name, country="DE"))
            contact = None if year is None else ApproxDate.of_year(year)
            twinning = Twinning(
                town_a_id=home.id, town_b_id=town.id, status=status, contact_year=contact
            )
            saved[name] = ws.save(twinning).id
        whole = ws.table("twinning")
        head = ws.table("twinning", Filters(head=3))
        assert head.ids == whole.ids and head.ended == whole.ended
        assert sum(head.ended) == 2
        read = [row for row in range(len(head.ids)) if row not in head.unread]
        # The three earliest contacts: 1946, 1961, 1975; the unknown year comes last.
        assert {head.ids[row] for row in read} == {saved["Herning"], saved["Łódź"], saved["Eiði"]}
        assert all(head.values[row] == whole.values[row] for row in read)
        narrowed = ws.table("twinning", Filters(show_ended=False, head=1))
        assert set(narrowed.ids) == {saved["Lich"], saved["Dalvík"], saved["Eiði"]}
        assert not any(narrowed.ended)
    finally:
        ws.close()
