"""The to-do list reads the register in a fixed number of queries, however much it holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from shared_registers import Register

from app.services import records as r
from app.todo import todo_items
from app.workspace import Workspace
from tests.statements import counted


def add_one_of_everything(register: Register, n: int, home: int, network: int) -> None:
    town = register.town(f"Vänort {n}")
    register.twinning(home, town)
    register.save(r.PolicyDocument(title=f"Policy {n}", revise_by=date(2028, 9, 1)))
    agreement = register.save(
        r.Agreement(title=f"Avtal {n}", review_date=date(2028, 9, 1), valid_to=date(2028, 9, 2))
    )
    register.save(
        r.AgreementAction(agreement_id=agreement, title=f"Punkt {n}", due_date=date(2028, 8, 10))
    )
    register.trip(f"Planerad {n}", (town,), start_date=date(2028, 8, 20))
    register.trip(
        f"Gjord {n}",
        (town,),
        start_date=date(2028, 5, 1),
        actual_cost=Decimal(20000),
        status="done",
        approval_decision_id=register.decision("executive_board"),
    )
    organisation = register.save(r.Organisation(name=f"Förening {n}"))
    register.save(r.Grant(organisation_id=organisation, year=2027))
    register.save(r.Person(name=f"Person {n}", dispose_after=date(2028, 8, 15)))
    register.save(r.NetworkMember(network_id=network, town_id=town, rotation_position=n + 1))
    # Held inside the term, so the status reading meets meetings in both rounds.
    year = 2027 + n % 3
    register.save(
        r.NetworkMeeting(
            network_id=network, year=year, host_town_id=home, end_date=date(year, 6, 1)
        )
    )


def test_the_number_of_queries_does_not_grow_with_the_register(
    workspace: Workspace, register: Register
) -> None:
    register.set_rules(
        trip_approval=True, report_back=True, yearly_council_report=True, evaluate_each_term=True
    )
    home = register.town("Ludvika", home=True)
    network = register.save(r.Network(name="Kedjan", cadence_years=1))
    register.save(r.NetworkMember(network_id=network, town_id=home, rotation_position=0))
    register.term(2026)
    today = date(2030, 6, 1)  # inside the evaluation window of the term 2026-2030
    add_one_of_everything(register, 1, home, network)
    with counted(workspace.database.engine) as small:
        few = todo_items(workspace.database, today)
    for n in range(2, 8):
        add_one_of_everything(register, n, home, network)
    with counted(workspace.database.engine) as large:
        many = todo_items(workspace.database, today)
    assert len(many) > len(few) + 6 * 8  # every kind grew
    assert len(large) == len(small)
