"""The to-do list: each rule of DESIGN.md section 4 puts items on it from their lead time on."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from shared_registers import Register

from app.services import records as r
from app.services.records import RecordRef
from app.todo import todo_items
from app.workspace import Workspace

LUDVIKA_POLICY = "Policy för vänortssamarbete"


def keys(ws: Workspace, today: date) -> set[str]:
    return {item.key for item in todo_items(ws.database, today)}


def by_key(ws: Workspace, today: date) -> dict[str, object]:
    return {item.key: item for item in todo_items(ws.database, today)}


def add_ludvika_policy(register: Register) -> int:
    # seeds/000: decided 2008-06-18 § 94, "Bör revideras senast 2028".
    return register.save(
        r.PolicyDocument(
            title=LUDVIKA_POLICY,
            owner="KF presidium",
            decided_by="council",
            decided_on=date(2008, 6, 18),
            section="§ 94",
            registry_no="KS 2007/607",
            revise_by=date(2028, 12, 31),
        )
    )


# ---------------------------------------------------------------- governing documents


def test_ludvika_policy_appears_exactly_at_its_lead_time(
    workspace: Workspace, register: Register
) -> None:
    policy = add_ludvika_policy(register)
    key = f"policy:{policy}:revise:2028-12-31"
    # The default lead time is 180 days: 2028-12-31 less 180 days is 2028-07-04
    # (counted by hand: Dec 1 is 30 days back, Nov 1 60, Oct 2 90, Sep 2 120, Aug 3 150).
    assert key not in keys(workspace, date(2028, 7, 3))
    items = by_key(workspace, date(2028, 7, 4))
    assert key in items
    item = items[key]
    assert item.title == (  # type: ignore[attr-defined]
        "Governing document: Policy för vänortssamarbete - revise by 2028-12-31"
    )
    assert item.state == "upcoming"  # type: ignore[attr-defined]
    assert item.ref == RecordRef("policy", policy)  # type: ignore[attr-defined]
    assert item.due == date(2028, 12, 31)  # type: ignore[attr-defined]
    assert item.detail == (  # type: ignore[attr-defined]
        "The revise-by date is recorded in the governing document. "
        "The reminder shows 180 days ahead."
    )
    assert by_key(workspace, date(2028, 12, 31))[key].state == "due"  # type: ignore[attr-defined]
    assert by_key(workspace, date(2029, 1, 1))[key].state == "overdue"  # type: ignore[attr-defined]


def test_the_list_follows_a_changed_lead_time_in_the_settings(
    workspace: Workspace, register: Register
) -> None:
    policy = add_ludvika_policy(register)
    key = f"policy:{policy}:revise:2028-12-31"
    assert key not in keys(workspace, date(2028, 1, 1))
    register.set_rules(policy_lead_days=366)  # 2028 is a leap year: 2027-12-31
    assert key not in keys(workspace, date(2027, 12, 30))
    assert key in keys(workspace, date(2027, 12, 31))


def test_a_revised_policy_is_a_new_obligation(workspace: Workspace, register: Register) -> None:
    policy = add_ludvika_policy(register)
    stored = workspace.get("policy", policy)
    workspace.save(dataclasses.replace(stored, revise_by=date(2032, 12, 31)))
    found = keys(workspace, date(2032, 12, 1))
    assert f"policy:{policy}:revise:2032-12-31" in found
    assert f"policy:{policy}:revise:2028-12-31" not in found


# ---------------------------------------------------------------- agreements


def test_an_agreement_is_flagged_before_review_and_end_with_its_own_lead_time(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    own = register.save(
        r.Agreement(
            title="Samarbetsavtal Imatra",
            town_ids=(ludvika["ludvika"], ludvika["imatra"]),
            review_date=date(2027, 3, 1),
            lead_days=10,
        )
    )
    ruled = register.save(
        r.Agreement(
            title="Avtal Bad Honnef",
            town_ids=(ludvika["ludvika"], ludvika["bad_honnef"]),
            valid_from=date(2020, 1, 1),
            valid_to=date(2027, 3, 1),
        )
    )
    review = f"agreement:{own}:review:2027-03-01"
    end = f"agreement:{ruled}:end:2027-03-01"
    # Own lead time 10 days: from 2027-02-19. The rule's 90 days: from 2026-12-01.
    assert review not in keys(workspace, date(2027, 2, 18))
    assert review in keys(workspace, date(2027, 2, 19))
    assert end not in keys(workspace, date(2026, 11, 30))
    assert end in keys(workspace, date(2026, 12, 1))
    # Each says where its date is recorded and how far ahead it shows: its own days, or the rule's.
    found = by_key(workspace, date(2027, 2, 19))
    assert found[review].detail == (  # type: ignore[attr-defined]
        "The date is recorded in the agreement. The reminder shows 10 days ahead."
    )
    assert found[end].detail == (  # type: ignore[attr-defined]
        "The date is recorded in the agreement. The reminder shows 90 days ahead."
    )


def test_an_ended_agreement_and_a_done_action_are_not_listed(
    workspace: Workspace, register: Register
) -> None:
    ended = register.save(
        r.Agreement(title="Gammalt", status="ended", review_date=date(2027, 1, 1))
    )
    active = register.save(r.Agreement(title="Handlingsplan"))
    open_action = register.save(
        r.AgreementAction(agreement_id=active, title="Skolutbyte", due_date=date(2027, 5, 1))
    )
    register.save(
        r.AgreementAction(
            agreement_id=active,
            title="Konsert",
            due_date=date(2027, 5, 1),
            done_date=date(2027, 4, 1),
        )
    )
    found = by_key(workspace, date(2027, 4, 15))
    assert f"agreement:{ended}:review:2027-01-01" not in found
    action_keys = [k for k in found if k.startswith("agreement_action:")]
    assert action_keys == [f"agreement_action:{open_action}:due:2027-05-01"]
    item = found[action_keys[0]]
    assert item.context == RecordRef("agreement", active)  # type: ignore[attr-defined]
    assert item.detail == (  # type: ignore[attr-defined]
        "The due date is recorded in the agreed action. The reminder shows 30 days ahead."
    )


# ---------------------------------------------------------------- trips


def test_a_trip_to_a_twin_town_needs_approval_within_the_lead_time(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    twin = register.trip("Imatra", (ludvika["imatra"],), start_date=date(2027, 6, 1))
    # Paris is twinned with Rome, not with Ludvika.
    register.twinning(ludvika["paris"], register.town("Rom"))
    other = register.trip("Paris", (ludvika["paris"],), start_date=date(2027, 6, 1))
    # Lich is in no twinning yet: the trip may be one the rule covers, so it is asked about.
    unknown = register.trip("Lich", (register.town("Lich"),), start_date=date(2027, 6, 1))
    approved_decision = register.decision("executive_board")
    approved = register.trip(
        "Imatra igen",
        (ludvika["imatra"],),
        start_date=date(2027, 6, 1),
        status="approved",
        approval_decision_id=approved_decision,
    )
    # 60 days before 2027-06-01 is 2027-04-02 (April 30 + May 31 = 61 days back is 04-01).
    assert f"trip:{twin}:approval" not in keys(workspace, date(2027, 4, 1))
    found = keys(workspace, date(2027, 4, 2))
    assert f"trip:{twin}:approval" in found
    assert f"trip:{unknown}:approval" in found
    items = {i.key: i for i in todo_items(workspace.database, date(2027, 4, 2))}
    assert items[f"trip:{unknown}:approval"].detail == (
        "None of the trip's destinations is in a twinning in the register yet, so it counts "
        "as a trip to a twin town."
    )
    assert items[f"trip:{twin}:approval"].detail == ""
    assert f"trip:{other}:approval" not in found
    assert f"trip:{approved}:approval" not in found


def test_a_trip_to_a_town_whose_twinning_ended_needs_no_approval(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    twinning = workspace.get("twinning", ludvika["bad_honnef_twinning"])
    workspace.save(dataclasses.replace(twinning, status="ended", end_date=date(2020, 1, 1)))
    trip = register.trip("Bad Honnef", (ludvika["bad_honnef"],), start_date=date(2027, 6, 1))
    assert f"trip:{trip}:approval" not in keys(workspace, date(2027, 5, 1))


def _done_trip(register: Register, town: int, cost: str, currency: str = "SEK") -> int:
    return register.made_trip(f"Resa {cost} {currency}", town, cost, currency)


def test_report_back_from_above_the_threshold_in_sek(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    paris = ludvika["paris"]  # the threshold applies to every trip, twin town or not
    below = _done_trip(register, paris, "9999.99")
    at = _done_trip(register, paris, "10000")
    above = _done_trip(register, paris, "10000.01")
    found = by_key(workspace, date(2026, 5, 10))
    assert f"trip:{below}:report_back" not in found
    assert f"trip:{at}:report_back" not in found
    item = found[f"trip:{above}:report_back"]
    # Due 60 days after the return on 2026-05-06: 2026-07-05.
    assert item.due == date(2026, 7, 5)  # type: ignore[attr-defined]
    assert "10,000\u00a0SEK" in item.title  # type: ignore[attr-defined]


def test_report_back_threshold_in_euro_uses_the_rate_of_the_trips_year(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    register.rate("EUR", 2026, "12.5")
    register.rate("EUR", 2025, "20")  # another year's rate must not be used
    imatra = ludvika["imatra"]
    # By hand at 12.5 SEK/EUR: 799.99 EUR = 9 999.88 SEK, 800 EUR = 10 000 SEK,
    # 800.01 EUR = 10 000.13 SEK. Only the last exceeds 10 000 SEK.
    below = _done_trip(register, imatra, "799.99", "EUR")
    at = _done_trip(register, imatra, "800", "EUR")
    above = _done_trip(register, imatra, "800.01", "EUR")
    found = keys(workspace, date(2026, 6, 1))
    assert f"trip:{below}:report_back" not in found
    assert f"trip:{at}:report_back" not in found
    assert f"trip:{above}:report_back" in found


def test_a_changed_threshold_changes_the_list(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    trip = _done_trip(register, ludvika["paris"], "6000")
    assert f"trip:{trip}:report_back" not in keys(workspace, date(2026, 6, 1))
    register.set_rules(report_back_threshold_sek=5000)
    assert f"trip:{trip}:report_back" in keys(workspace, date(2026, 6, 1))


def test_a_foreign_cost_without_any_rate_is_listed_with_the_reason(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    trip = _done_trip(register, ludvika["imatra"], "100", "EUR")
    item = by_key(workspace, date(2026, 6, 1))[f"trip:{trip}:report_back"]
    assert "EUR" in item.detail  # type: ignore[attr-defined]


# ---------------------------------------------------------------- yearly report


def test_the_yearly_report_of_last_year_is_due_by_the_end_of_the_rules_month(
    workspace: Workspace, register: Register
) -> None:
    register.set_rules(yearly_council_report=True)
    # Due 2027-03-31 for 2026; 60 days before is 2027-01-30 (Jan 30 + 29 + 31 = Mar 31).
    assert "yearly_report:2026" not in keys(workspace, date(2027, 1, 29))
    assert "yearly_report:2025" in keys(workspace, date(2027, 1, 29))  # still not done
    found = by_key(workspace, date(2027, 1, 30))
    assert "yearly_report:2025" not in found
    assert found["yearly_report:2026"].due == date(2027, 3, 31)  # type: ignore[attr-defined]
    register.set_rules(yearly_report_month=2)
    assert by_key(workspace, date(2027, 1, 30))["yearly_report:2026"].due == date(  # type: ignore[attr-defined]
        2027, 2, 28
    )
    register.set_rules(yearly_council_report=False)
    assert not [k for k in keys(workspace, date(2027, 2, 1)) if k.startswith("yearly_report")]


# ---------------------------------------------------------------- grants and people


def test_a_grant_report_is_due_until_received(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    branch = register.save(r.Organisation(name="Föreningen Norden Ludvika"))
    herning_branch = register.save(r.Organisation(name="Foreningen Norden Herning"))
    herning = register.town("Herning")
    dated = register.save(
        r.Grant(
            organisation_id=branch, year=2026, amount=Decimal(5000), report_due=date(2026, 9, 30)
        )
    )
    end_of_year = register.save(r.Grant(organisation_id=branch, year=2025, amount=Decimal(4000)))
    paid_by_other = register.save(
        r.Grant(organisation_id=herning_branch, year=2026, payer_town_id=herning, currency="DKK")
    )
    found = keys(workspace, date(2026, 9, 1))
    assert f"grant:{dated}:report" in found  # 30 days before 2026-09-30 is 2026-08-31
    assert f"grant:{end_of_year}:report" in found  # due 2025-12-31: overdue
    assert f"grant:{paid_by_other}:report" not in found
    reasons = {k: i.detail for k, i in by_key(workspace, date(2026, 9, 1)).items()}  # type: ignore[attr-defined]
    assert reasons[f"grant:{dated}:report"] == (
        "The report's date is recorded in the grant. The reminder shows 30 days ahead."
    )
    # Without a date the program takes the end of the year, and says so.
    assert reasons[f"grant:{end_of_year}:report"] == (
        "No date for the report is recorded in the grant, so it is taken to be due by the end "
        "of the grant's year. The reminder shows 30 days ahead."
    )
    assert f"grant:{dated}:report" not in keys(workspace, date(2026, 8, 30))
    grant = workspace.get("grant", dated)
    workspace.save(dataclasses.replace(grant, report_received=date(2026, 9, 15)))
    assert f"grant:{dated}:report" not in keys(workspace, date(2026, 10, 1))


def test_personal_data_due_for_disposal(workspace: Workspace, register: Register) -> None:
    person = register.save(r.Person(name="Anna Andersson", dispose_after=date(2027, 1, 31)))
    key = f"person:{person}:dispose:2027-01-31"
    assert key not in keys(workspace, date(2026, 12, 31))
    assert key in keys(workspace, date(2027, 1, 1))
    assert by_key(workspace, date(2027, 1, 1))[key].detail == (  # type: ignore[attr-defined]
        "The day to dispose of the data is recorded for the person. "
        "The reminder shows 30 days ahead."
    )
