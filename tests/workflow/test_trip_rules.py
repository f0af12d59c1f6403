"""The trip's steps: approval by the rule's body, and a full report-back above the threshold."""

from __future__ import annotations

import dataclasses

import pytest
from shared_registers import Register

from app.services import records as r
from app.services.errors import ValidationError
from app.workflow.trips import next_steps
from app.workspace import Workspace


def test_the_steps_of_a_trip() -> None:
    assert next_steps("planned") == ("awaiting_approval", "cancelled")
    assert next_steps("approved") == ("done", "cancelled")
    assert next_steps("done") == ("reported",)
    assert next_steps("reported") == ()
    assert next_steps("cancelled") == ()


def test_approval_is_refused_without_a_decision(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as refused:
        register.trip("Imatra", (ludvika["imatra"],), status="approved")
    messages = refused.value.for_field("approval_decision_id")
    assert messages == [
        "A trip to a twin town needs the approving decision of the municipal executive board "
        "before it is approved."
    ]
    # A trip recorded as made without it is kept (the to-do list asks for the approval).
    made = register.trip("Imatra", (ludvika["imatra"],), status="done")
    assert workspace.get("trip", made).approval_decision_id is None


def test_approval_is_refused_with_a_decision_of_another_body(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    council = register.decision("council")
    with pytest.raises(ValidationError) as refused:
        register.trip(
            "Imatra", (ludvika["imatra"],), status="approved", approval_decision_id=council
        )
    assert refused.value.for_field("approval_decision_id") == [
        "The approving decision must be one of the municipal executive board; "
        "the one chosen is of the municipal council."
    ]


def test_approval_is_accepted_with_a_decision_of_the_approving_body(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    board = register.decision("executive_board")
    trip = register.trip(
        "Imatra", (ludvika["imatra"],), status="approved", approval_decision_id=board
    )
    assert workspace.get("trip", trip).status == "approved"


def test_a_trip_elsewhere_needs_no_approving_decision(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    # Paris is twinned with Rome, not with Ludvika.
    register.twinning(ludvika["paris"], register.town("Rom"))
    trip = register.trip("Paris", (ludvika["paris"],), status="approved")
    assert workspace.get("trip", trip).status == "approved"


def test_a_trip_to_a_town_in_no_twinning_yet_falls_under_the_rule(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    """Trips are often entered before the twinnings: such a town is asked about."""
    lich = register.town("Lich")
    with pytest.raises(ValidationError) as refused:
        register.trip("Lich", (lich,), status="approved")
    assert refused.value.for_field("approval_decision_id") == [
        "None of the trip's destinations is in a twinning in the register yet, so it counts "
        "as a trip to a twin town and needs the approving decision of the municipal "
        "executive board before it is approved."
    ]
    # Once the register knows Lich is twinned with another town only, it is elsewhere.
    register.twinning(lich, register.town("Wetzlar"))
    trip = register.trip("Lich", (lich,), status="approved")
    assert workspace.get("trip", trip).status == "approved"


def test_a_former_twin_town_falls_under_no_approval(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    """A town whose only twinning with the home town has ended is not a twin town."""
    kemi = register.town("Kemi")
    register.twinning(ludvika["ludvika"], kemi, status="ended")
    trip = register.trip("Kemi", (kemi,), status="approved")
    assert workspace.get("trip", trip).status == "approved"


def test_another_municipality_names_another_approving_body(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    register.set_rules(trip_approval_body="working_committee")
    board = register.decision("executive_board")
    committee = register.decision("working_committee")
    with pytest.raises(ValidationError):
        register.trip("Imatra", (ludvika["imatra"],), status="approved", approval_decision_id=board)
    trip = register.trip(
        "Imatra", (ludvika["imatra"],), status="approved", approval_decision_id=committee
    )
    assert workspace.get("trip", trip).approval_decision_id == committee


def _made_trip(register: Register, town: int, cost: str, currency: str = "SEK") -> r.Trip:
    trip_id = register.made_trip("Imatra", town, cost, currency)
    trip: r.Trip = register.ws.get("trip", trip_id)
    return trip


def test_reported_is_refused_above_the_threshold_until_everything_is_there(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    trip = _made_trip(register, ludvika["imatra"], "10000.01")
    with pytest.raises(ValidationError) as refused:
        workspace.save(dataclasses.replace(trip, status="reported", purpose="Kulturutbyte"))
    fields = {error.field for error in refused.value.errors}
    assert fields == {"goals", "results", "report_back_decision_id"}
    assert refused.value.for_field("results") == [
        "A trip costing more than 10,000\u00a0SEK is reported back with its results."
    ]
    decision = register.decision("executive_board", "Återrapportering resa Imatra")
    saved = workspace.save(
        dataclasses.replace(
            trip,
            status="reported",
            purpose="Kulturutbyte",
            goals="Nya kontakter",
            results="Gemensam utställning 2027",
            report_back_decision_id=decision,
        )
    )
    assert saved.status == "reported"


@pytest.mark.parametrize(
    ("cost", "currency", "needs_report"),
    [
        ("9999.99", "SEK", False),
        ("10000", "SEK", False),
        ("10000.01", "SEK", True),
        # At 12.5 SEK/EUR, by hand: 9 999.88, 10 000.00 and 10 000.13 SEK.
        ("799.99", "EUR", False),
        ("800", "EUR", False),
        ("800.01", "EUR", True),
    ],
)
def test_reported_below_at_and_above_the_threshold(
    workspace: Workspace,
    register: Register,
    ludvika: dict[str, int],
    cost: str,
    currency: str,
    needs_report: bool,
) -> None:
    register.rate("EUR", 2026, "12.5")
    register.rate("EUR", 2027, "30")  # a later year's rate must not be used
    trip = _made_trip(register, ludvika["imatra"], cost, currency)
    bare = dataclasses.replace(trip, status="reported")
    if needs_report:
        with pytest.raises(ValidationError):
            workspace.save(bare)
    else:
        assert workspace.save(bare).status == "reported"


def test_reported_with_a_cost_in_a_currency_without_rate_asks_for_one(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    trip = _made_trip(register, ludvika["imatra"], "100", "NOK")
    with pytest.raises(ValidationError) as refused:
        workspace.save(dataclasses.replace(trip, status="reported"))
    assert refused.value.for_field("currency") == [
        "Enter an exchange rate for NOK in 2026 so that the cost can be compared with "
        "the report-back threshold."
    ]


def test_a_made_trip_cannot_be_cancelled(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    trip = _made_trip(register, ludvika["paris"], "500")
    with pytest.raises(ValidationError) as refused:
        workspace.save(dataclasses.replace(trip, status="cancelled"))
    assert refused.value.for_field("status")
    planned = register.trip("Paris", (ludvika["paris"],))
    stored = workspace.get("trip", planned)
    assert workspace.save(dataclasses.replace(stored, status="cancelled")).status == "cancelled"


def test_a_trip_made_before_the_twinning_can_still_be_edited(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    council = register.decision("council")
    # In 1998 the register knew Paris only as Rome's twin town.
    register.twinning(ludvika["paris"], register.town("Rom"))
    trip_id = register.trip(
        "Paris 1998", (ludvika["paris"],), status="done", approval_decision_id=council
    )
    # Paris becomes a twin town afterwards: the old trip's decision is of another body.
    register.twinning(ludvika["ludvika"], ludvika["paris"])
    trip = workspace.get("trip", trip_id)
    saved = workspace.save(dataclasses.replace(trip, notes="Från arkivet"))
    assert saved.notes == "Från arkivet"
    # Changing what the rule looks at brings the rule back.
    with pytest.raises(ValidationError):
        workspace.save(dataclasses.replace(saved, town_ids=(ludvika["paris"], ludvika["imatra"])))
