"""A history tells dates as precisely as they are known: no invented 1 January."""

from __future__ import annotations

from datetime import date

from app.dates import ApproxDate
from app.derived.timeline import twinning_timeline
from app.services.records import RecordRef
from app.workspace import Workspace
from tests.derived.register import Register


def test_years_and_decades_are_told_as_known(workspace: Workspace, reg: Register) -> None:
    home = reg.town("Vänersborg", home=True)
    utajarvi = reg.town("Utajärvi")
    twinning = reg.twinning(
        home,
        utajarvi,
        contact_year=ApproxDate.of_decade(1940, "mid", approximate=True),
        start_date=ApproxDate.of_year(1948),
        end_date=ApproxDate.of_year(1976),
        end_reason="Utajärvi valde att gå ur samarbetet",
        status="ended",
    )
    entries = twinning_timeline(workspace.database, twinning)
    told = [(entry.when(), entry.date) for entry in entries]
    assert told == [("c. mid-1940s", None), ("1948", None), ("1976", None)]
    # In order: the contact before the start, by the earliest day each can mean.
    assert [entry.year for entry in entries] == [1944, 1948, 1976]


def test_a_day_stays_a_day_and_a_decision_known_as_a_year_is_a_year(
    workspace: Workspace, reg: Register
) -> None:
    home = reg.town("Vänersborg", home=True)
    lich = reg.town("Lich")
    twinning = reg.twinning(home, lich, start_date=ApproxDate.of_day(date(2010, 3, 24)))
    reg.decision(
        "Partnerstad Lich",
        ApproxDate.of_year(2009),  # type: ignore[arg-type]
        concerns=(RecordRef("twinning", twinning),),
        body="council",
    )
    entries = twinning_timeline(workspace.database, twinning)
    assert [(entry.when(), entry.date) for entry in entries] == [
        ("2009", None),
        ("2010-03-24", date(2010, 3, 24)),
    ]
