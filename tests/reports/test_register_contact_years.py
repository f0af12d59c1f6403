"""The register overview's contact year: a town's earliest, as precisely as it is known."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert

from app.reports.builders.register import build_register
from app.workspace import Workspace
from db import models as m
from tests.reports.builder_support import _table

# An association's register: no home town, so every town of a twinning is listed.
TOWNS = ["Xby", "Aby", "Bby", "Cby", "Yby", "Dby", "Eby", "Zby", "Fby"]
# (town a, town b, contact year, how it is known)
TWINNINGS = [
    ("Xby", "Aby", 1955, None),
    ("Xby", "Bby", 1940, "194X"),  # the 1940s: earlier than 1955
    ("Xby", "Cby", None, None),  # unknown: never the earliest
    ("Yby", "Dby", 1950, "1950~"),  # about 1950 ...
    ("Yby", "Eby", 1950, None),  # ... orders after 1950 itself
    ("Zby", "Fby", None, None),
]


def test_each_town_shows_its_earliest_contact_year(workspace: Workspace) -> None:
    ids = {name: number for number, name in enumerate(TOWNS, start=1)}
    towns = [
        {"id": ids[name], "name": name, "country": "DK", "kind": "municipality", "is_home": False}
        for name in TOWNS
    ]
    twinnings = [
        {
            "town_a_id": min(ids[a], ids[b]),
            "town_b_id": max(ids[a], ids[b]),
            "contact_year": year,
            "contact_year_edtf": known,
            "status": "active",
        }
        for a, b, year, known in TWINNINGS
    ]
    with workspace.database.transaction() as session:
        session.execute(insert(m.Town.__table__), towns)
        session.execute(insert(m.Twinning.__table__), twinnings)
    table = _table(build_register(workspace.database, today=date(2026, 11, 22)), "Twin towns")
    column = table.columns.index("Contact year")
    contact = {row[0]: row[column] for row in table.rows}
    assert contact == {
        "Xby": "1940s",
        "Aby": 1955,
        "Bby": "1940s",
        "Cby": None,
        "Yby": 1950,
        "Dby": "c. 1950",
        "Eby": 1950,
        "Zby": None,
        "Fby": None,
    }
