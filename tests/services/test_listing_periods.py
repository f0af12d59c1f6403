"""A period filter keeps what is still running: a twinning with no end date lasts."""

from __future__ import annotations

from datetime import date

from app.services.listing import Filters
from app.services.records import Activity, Town, Twinning


def test_open_twinning_is_in_a_later_period(workspace) -> None:  # type: ignore[no-untyped-def]
    """A twinning since 1946 with no end date belongs to the 1970s; one ended in 1960 does not."""
    home = workspace.save(Town(name="Vänersborg", country="SE", is_home=True))
    herning = workspace.save(Town(name="Herning", country="DK"))
    old = workspace.save(Town(name="Gammelby", country="DK"))
    running = workspace.save(
        Twinning(town_a_id=home.id, town_b_id=herning.id, start_date=date(1946, 1, 1))
    )
    workspace.save(
        Twinning(
            town_a_id=home.id,
            town_b_id=old.id,
            start_date=date(1950, 1, 1),
            end_date=date(1960, 6, 30),
            status="ended",
        )
    )
    seventies = Filters(period=(date(1970, 1, 1), date(1979, 12, 31)))
    assert workspace.table("twinning", seventies).ids == [running.id]


def test_one_day_activity_is_not_stretched(workspace) -> None:  # type: ignore[no-untyped-def]
    """An activity with only a date happened that day, not ever after."""
    workspace.save(Activity(title="Konsert", start_date=date(2002, 5, 17)))
    later = Filters(period=(date(2010, 1, 1), date(2014, 12, 31)))
    assert workspace.table("activity", later).ids == []
    same = Filters(period=(date(2002, 1, 1), date(2002, 12, 31)))
    assert len(workspace.table("activity", same).ids) == 1
