"""The start page reads the register in one transaction and a bounded number of statements.

On a server every statement is a round trip (100 ms from a remote office), so
the page's read is held to the number it was brought down to: a rule or a
section that queries again for what is already read makes these fail.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.demo import write_demo
from app.overview import read_overview
from app.services import records as r
from app.workspace import Workspace
from tests.derived.register import Register
from tests.statements import counted

# The demo on a day inside the term's evaluation window (every to-do rule runs,
# the term's evidence included) and on an ordinary day.
IN_EVALUATION = date(2030, 9, 1)
ORDINARY_DAY = date(2026, 12, 6)
# Reached by reading every shared input once (was 67 and 11 transactions on the ordinary day),
# then the evidence of now and a year ago in one pass (was 34 and 45), then the home
# towns' twinnings read once for their status, labels and the to-do rules (was 28 and 39).
MOST_IN_EVALUATION = 37
MOST_ON_ORDINARY_DAY = 26


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    write_demo(tmp_path / "demo.sqlite3")
    workspace = Workspace.open(tmp_path / "demo.sqlite3")
    settings = workspace.settings()
    rules = dataclasses.replace(
        settings.rules,
        trip_approval=True,
        report_back=True,
        yearly_council_report=True,
        evaluate_each_term=True,
    )
    workspace.save_settings(dataclasses.replace(settings, rules=rules))
    yield workspace
    workspace.close()


def _statements_of_one_read(workspace: Workspace, today: date) -> list[str]:
    read_overview(workspace.database, today)  # the first read also fills SQLAlchemy's caches
    with counted(workspace.database.engine) as statements:
        read_overview(workspace.database, today)
    return statements


@pytest.mark.parametrize(
    ("today", "most"),
    [(ORDINARY_DAY, MOST_ON_ORDINARY_DAY), (IN_EVALUATION, MOST_IN_EVALUATION)],
)
def test_one_read_of_the_demo_stays_within_its_statements(
    demo: Workspace, today: date, most: int
) -> None:
    statements = _statements_of_one_read(demo, today)
    assert len(statements) <= most, "\n".join(s.split("\n")[0] for s in statements)


def test_one_read_is_one_transaction(demo: Workspace) -> None:
    """Each transaction costs a connection, a BEGIN and a ROLLBACK: the page uses one."""
    statements = _statements_of_one_read(demo, IN_EVALUATION)
    assert [s for s in statements if s.strip().upper().startswith("BEGIN")] == ["BEGIN"]


def _add_one_of_everything(register: Register, home: int, n: int) -> None:
    """A twin town with something for every section and every to-do rule to read."""
    town = register.town(f"Vänort {n}")
    register.twinning(home, town, start_date=date(2001, 5, 1))
    register.activity(f"Besök {n}", date(2029, 5, 1), (town,))
    register._save(r.PolicyDocument(title=f"Policy {n}", revise_by=date(2030, 10, 1)))
    register._save(r.Trip(title=f"Resa {n}", town_ids=(town,), start_date=date(2030, 9, 20)))
    register._save(
        r.Trip(
            title=f"Gjord {n}",
            town_ids=(town,),
            status="done",
            start_date=date(2030, 5, 1),
            actual_cost=Decimal(90000),
            currency="EUR",
        )
    )
    register._save(r.Person(name=f"Person {n}", dispose_after=date(2030, 9, 15)))
    network = register._save(r.Network(name=f"Kedja {n}", cadence_years=2))
    register._save(r.NetworkMember(network_id=network, town_id=home, rotation_position=0))
    register._save(r.NetworkMember(network_id=network, town_id=town, rotation_position=1))
    register._save(r.NetworkMeeting(network_id=network, year=2029, host_town_id=home))


def test_the_statements_do_not_grow_with_the_register(demo: Workspace) -> None:
    """More of everything the page and the to-do rules read costs no statement more."""
    register = Register(demo)
    (home,) = [t.id for t in demo.get_many(r.Town) if t.is_home]
    assert home is not None
    _add_one_of_everything(register, home, 0)
    register._save(r.ExchangeRate(currency="EUR", year=2030, rate_to_sek=Decimal("11.5")))
    before = _statements_of_one_read(demo, IN_EVALUATION)
    for n in range(1, 4):
        _add_one_of_everything(register, home, n)
    after = _statements_of_one_read(demo, IN_EVALUATION)
    assert len(after) == len(before)
