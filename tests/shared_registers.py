"""The small register of Ludvika and its twin towns that the to-do and workflow tests share.

Built through the services. Each area's conftest imports the fixtures from here, so
they are written once; the tests import ``Register`` from here by name.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.services import records as r
from app.workspace import Workspace


class Register:
    """Saves records through the workspace and hands back their ids."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def save(self, record: Any) -> int:
        saved = self.ws.save(record)
        assert saved.id is not None
        return int(saved.id)

    def town(self, name: str, *, home: bool = False) -> int:
        return self.save(r.Town(name=name, is_home=home))

    def twinning(self, a: int, b: int, **fields: Any) -> int:
        return self.save(r.Twinning(town_a_id=a, town_b_id=b, **fields))

    def decision(self, body: str, title: str = "Beslut", day: date = date(2026, 1, 10)) -> int:
        return self.save(r.Decision(body=body, title=title, decided_on=day))

    def rate(self, currency: str, year: int, rate: str) -> int:
        return self.save(r.ExchangeRate(currency=currency, year=year, rate_to_sek=Decimal(rate)))

    def trip(self, title: str, towns: tuple[int, ...], **fields: Any) -> int:
        return self.save(r.Trip(title=title, town_ids=towns, **fields))

    def made_trip(self, title: str, town: int, cost: str, currency: str = "SEK") -> int:
        """A trip made in May 2026 at ``cost``; approved by the executive board, as the
        rules require of a trip to a twin town."""
        return self.trip(
            title,
            (town,),
            start_date=date(2026, 5, 4),
            end_date=date(2026, 5, 6),
            actual_cost=Decimal(cost),
            currency=currency,
            status="done",
            approval_decision_id=self.decision("executive_board"),
        )

    def term(self, first: int) -> int:
        # Swedish terms run from 15 October of the election year to 14 October four years on.
        return self.save(
            r.TermOfOffice(
                start_year=first,
                end_year=first + 4,
                start_date=date(first, 10, 15),
                end_date=date(first + 4, 10, 14),
            )
        )

    def set_rules(self, **changes: Any) -> None:
        settings = self.ws.settings()
        rules = dataclasses.replace(settings.rules, **changes)
        self.ws.save_settings(dataclasses.replace(settings, rules=rules))


@pytest.fixture
def register(workspace: Workspace) -> Register:
    return Register(workspace)


@pytest.fixture
def ludvika(register: Register) -> dict[str, int]:
    """Ludvika (home) twinned with Imatra and Bad Honnef, as in its policy (seeds/000).

    A new database has the universal reminders and trip approval on; Ludvika's rules
    on report-back, the yearly report and the term evaluation are switched on as its
    coordinator would. Paris is in no twinning: under the approval rule, as a town
    not yet entered as anyone's twin town is (tests of a trip "elsewhere" twin it
    with Rome first).
    """
    register.set_rules(
        trip_approval=True, report_back=True, yearly_council_report=True, evaluate_each_term=True
    )
    ludvika = register.town("Ludvika", home=True)
    imatra = register.town("Imatra")
    bad_honnef = register.town("Bad Honnef")
    paris = register.town("Paris")  # not a twin town of Ludvika
    return {
        "ludvika": ludvika,
        "imatra": imatra,
        "bad_honnef": bad_honnef,
        "paris": paris,
        "imatra_twinning": register.twinning(ludvika, imatra, contact_year=1947),
        "bad_honnef_twinning": register.twinning(ludvika, bad_honnef, contact_year=1970),
    }
