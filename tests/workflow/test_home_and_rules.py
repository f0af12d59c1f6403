"""The home municipality and the municipality's own rules: defaults, home town, bodies."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from shared_registers import Register

from app.register import open_register
from app.rules import Rules, body_code, describe, new_database_rules
from app.services import records as r
from app.services.errors import ValidationError
from app.todo import todo_items
from app.workflow.home import town_name_of
from app.workspace import Workspace

OLD_DATABASE = Path(__file__).resolve().parents[1] / "data" / "schema_0001.sqlite3"
SWITCHES = ("trip_approval", "report_back", "yearly_council_report", "evaluate_each_term")


def stored_rules(path: Path) -> dict[str, object]:
    connection = sqlite3.connect(path)
    try:
        (text,) = connection.execute("SELECT rules FROM municipality_settings").fetchone()
    finally:
        connection.close()
    loaded = json.loads(text)
    assert isinstance(loaded, dict)
    return loaded


# ---------------------------------------------------------------- defaults, old and new


def test_a_new_database_stores_the_universal_reminders_and_trip_approval_on(
    workspace: Workspace,
) -> None:
    assert workspace.path is not None
    stored = stored_rules(workspace.path)
    # Written out, so a later version's defaults cannot switch them on. Trip approval
    # by the executive board is every municipality's rule (DESIGN.md section 4); the
    # others wait until the municipality states them.
    expected = {
        "trip_approval": True,
        "report_back": False,
        "yearly_council_report": False,
        "evaluate_each_term": False,
    }
    assert {name: stored[name] for name in SWITCHES} == expected
    assert stored["trip_approval_body"] == "executive_board"
    rules = workspace.settings().rules
    assert {name: getattr(rules, name) for name in SWITCHES} == expected
    assert rules.trip_approval_body == "executive_board"


def test_a_brand_new_database_has_no_overdue_yearly_report(workspace: Workspace) -> None:
    for day in (date(2026, 4, 2), date(2027, 3, 31), date(2027, 6, 1)):
        kinds = {item.kind for item in todo_items(workspace.database, day)}
        assert "yearly_report" not in kinds
        assert "term_evaluation" not in kinds


def test_rules_missing_from_stored_json_keep_the_old_behaviour() -> None:
    # What a database of the first version holds: no switches at all.
    old = Rules.from_json({"report_back_threshold_sek": 15_000, "yearly_report_month": 4})
    assert all(getattr(old, name) for name in SWITCHES)
    assert (old.trip_approval_body, old.report_back_body, old.yearly_report_body) == (
        "executive_board",
        "executive_board",
        "council",
    )
    assert Rules.from_json({}) == Rules()
    assert Rules.from_json(new_database_rules().to_json()) == new_database_rules()


def test_an_existing_database_keeps_its_rules_on_upgrade(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(OLD_DATABASE, copy)
    before = stored_rules(copy)
    assert "trip_approval" not in before  # the first schema knew no switches
    workspace = Workspace(open_register(copy))
    try:
        rules = workspace.settings().rules
        assert rules.report_back_threshold_sek == 15_000
        assert all(getattr(rules, name) for name in SWITCHES)
        # Its yearly report is still asked for, as before the upgrade.
        kinds = {item.kind for item in todo_items(workspace.database, date(2027, 3, 1))}
        assert "yearly_report" in kinds
    finally:
        workspace.close()


# ---------------------------------------------------------------- the home town


@pytest.mark.parametrize(
    ("municipality", "town"),
    [
        ("Vänersborgs kommun", "Vänersborg"),
        ("Ludvika kommun", "Ludvika"),
        ("Exempelby kommun", "Exempelby"),
        ("Borås stad", "Borås"),
        ("Kramfors kommun", "Kramfors"),
        ("Ystads  kommun", "Ystad"),
        ("Herning Kommune", "Herning"),
        ("Imatra", "Imatra"),
    ],
)
def test_the_home_town_is_read_from_the_municipalitys_name(municipality: str, town: str) -> None:
    assert town_name_of(municipality) == town


def test_a_new_database_marks_its_home_town(tmp_path: Path) -> None:
    workspace = Workspace.create(
        tmp_path / "ny.sqlite3", "Herning Kommune", home_town="Herning", country="dk"
    )
    try:
        (home,) = workspace.home_towns()
        assert (home.name, home.country) == ("Herning", "DK")
        (town,) = workspace.get_many("town")
        assert town.is_home and town.id == home.id
    finally:
        workspace.close()


def test_marking_a_town_already_there_marks_it_rather_than_adding_one(
    workspace: Workspace, register: Register
) -> None:
    existing = register.town("Vänersborg")
    home = workspace.mark_home_town("Vänersborgs kommun", "SE")
    assert home.id == existing
    assert [t.id for t in workspace.get_many("town")] == [existing]
    assert workspace.get("town", existing).country == "SE"


def test_an_unknown_country_is_refused_before_anything_is_created(tmp_path: Path) -> None:
    target = tmp_path / "ny.sqlite3"
    with pytest.raises(ValidationError) as refused:
        Workspace.create(target, "X kommun", home_town="X", country="Atlantis")
    assert refused.value.for_field("country") == [
        "Atlantis is not a country code or name this program knows."
    ]
    assert not target.exists()


def test_without_a_home_town_the_to_do_list_asks_for_one(
    workspace: Workspace, register: Register
) -> None:
    items = {item.key: item for item in todo_items(workspace.database, date(2027, 1, 1))}
    item = items["home_town:missing"]
    assert item.title == "Mark the home municipality"
    assert "trips to twin towns" in item.detail
    register.town("Testby", home=True)
    assert "home_town:missing" not in {
        i.key for i in todo_items(workspace.database, date(2027, 1, 1))
    }


def test_without_a_home_town_the_approval_rule_does_not_silently_pass(
    workspace: Workspace, register: Register
) -> None:
    register.set_rules(trip_approval=True)
    imatra = register.town("Imatra")
    with pytest.raises(ValidationError) as refused:
        register.trip("Imatra", (imatra,), status="approved")
    (message,) = refused.value.for_field("approval_decision_id")
    assert message.startswith("No home municipality is marked")
    made = register.trip("Imatra", (imatra,), status="done", start_date=date(2026, 3, 1))
    items = {i.key: i for i in todo_items(workspace.database, date(2026, 6, 1))}
    assert "No home municipality is marked" in items[f"trip:{made}:unapproved"].detail


# ---------------------------------------------------------------- the configured bodies


def test_a_report_back_decision_of_another_body_is_refused(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    council = register.decision("council", "Återrapportering")
    trip_id = register.trip(
        "Imatra",
        (ludvika["imatra"],),
        status="done",
        approval_decision_id=register.decision("executive_board"),
    )
    trip = workspace.get("trip", trip_id)
    with pytest.raises(ValidationError) as refused:
        workspace.save(dataclasses.replace(trip, report_back_decision_id=council))
    assert refused.value.for_field("report_back_decision_id") == [
        "The report-back decision must be one of the municipal executive board; "
        "the one chosen is of the municipal council."
    ]
    # A municipality whose rule names the council accepts it.
    register.set_rules(report_back_body="council")
    saved = workspace.save(dataclasses.replace(trip, report_back_decision_id=council))
    assert saved.report_back_decision_id == council


def test_a_rule_switched_off_checks_nothing(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    register.set_rules(trip_approval=False, report_back=False)
    council = register.decision("council")
    trip = register.trip(
        "Imatra",
        (ludvika["imatra"],),
        status="approved",
        approval_decision_id=council,
        report_back_decision_id=council,
    )
    assert workspace.get("trip", trip).status == "approved"


# ---------------------------------------------------------------- made without approval


def test_trips_made_without_the_approval_are_to_do_items(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    imatra = ludvika["imatra"]
    bare = register.trip("Utan beslut", (imatra,), status="done", start_date=date(2025, 5, 2))
    council = register.decision("council")
    # Approved by the council while the rule named it; the rule names the board now.
    register.set_rules(trip_approval_body="council")
    wrong = register.trip(
        "Fel organ",
        (imatra,),
        status="reported",
        start_date=date(2025, 8, 1),
        approval_decision_id=council,
    )
    register.set_rules(trip_approval_body="executive_board")
    right = register.trip(
        "Godkänd",
        (imatra,),
        status="done",
        start_date=date(2025, 9, 1),
        approval_decision_id=register.decision("executive_board"),
    )
    # Paris is twinned with Rome, not with Ludvika: a trip there falls under no approval.
    register.twinning(ludvika["paris"], register.town("Rom"))
    elsewhere = register.trip("Paris", (ludvika["paris"],), status="done")
    items = {i.key: i for i in todo_items(workspace.database, date(2026, 1, 15))}
    unapproved = {k for k, i in items.items() if i.kind == "trip_unapproved"}
    assert unapproved == {f"trip:{bare}:unapproved", f"trip:{wrong}:unapproved"}
    first = items[f"trip:{bare}:unapproved"]
    assert first.title == (
        "Trip: Utan beslut - made without the approval of the municipal executive board"
    )
    assert (first.due, first.state) == (date(2025, 5, 2), "overdue")
    assert items[f"trip:{wrong}:unapproved"].detail == (
        "The approving decision linked is one of the municipal council."
    )
    assert f"trip:{right}:unapproved" not in items and f"trip:{elsewhere}:unapproved" not in items
    register.set_rules(trip_approval=False)
    assert not [
        i for i in todo_items(workspace.database, date(2026, 1, 15)) if i.kind == "trip_unapproved"
    ]


def test_a_made_trip_to_a_town_in_no_twinning_yet_says_why_it_is_listed(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    lich = register.town("Lich")
    trip = register.trip("Lich", (lich,), status="done", start_date=date(2025, 5, 12))
    items = {i.key: i for i in todo_items(workspace.database, date(2026, 1, 15))}
    assert items[f"trip:{trip}:unapproved"].detail == (
        "None of the trip's destinations is in a twinning in the register yet, so it counts "
        "as a trip to a twin town."
    )
    # Entered as Ludvika's twin town, Lich is a plain case: no sentence is needed.
    register.twinning(ludvika["ludvika"], lich)
    items = {i.key: i for i in todo_items(workspace.database, date(2026, 1, 15))}
    assert items[f"trip:{trip}:unapproved"].detail == ""
    # Entered as another town's twin town only, the trip is no longer listed.
    herning = register.town("Herning")
    register.trip("Herning", (herning,), status="done", start_date=date(2025, 6, 1))
    register.twinning(herning, register.town("Viborg"))
    keys = {i.key for i in todo_items(workspace.database, date(2026, 1, 15))}
    assert not [k for k in keys if k.endswith(":unapproved") and k != f"trip:{trip}:unapproved"]


def test_the_yearly_report_goes_to_the_body_and_by_the_day_the_rule_names(
    workspace: Workspace, register: Register
) -> None:
    register.set_rules(
        yearly_council_report=True,
        yearly_report_body="executive_board",
        yearly_report_month=2,
        yearly_report_day=15,
    )
    (item,) = [
        i for i in todo_items(workspace.database, date(2027, 2, 1)) if i.kind == "yearly_report"
    ]
    assert item.due == date(2027, 2, 15)
    assert item.title == (
        "Yearly report of exchanges and trips 2026 to the municipal executive board - "
        "due 2027-02-15"
    )


# ---------------------------------------------------------------- the rules in words


def test_the_rules_are_described_in_whole_sentences() -> None:
    assert describe(new_database_rules()) == [
        "Trips to twin towns are approved by the municipal executive board."
    ]
    assert describe(dataclasses.replace(new_database_rules(), trip_approval=False)) == []
    assert describe(Rules(report_back_threshold_sek=25_000, yearly_report_day=30)) == [
        "Trips to twin towns are approved by the municipal executive board.",
        "Trips costing more than 25,000\u00a0SEK are reported back to the municipal "
        "executive board.",
        "Exchanges and trips are reported every year to the municipal council by 30 March.",
        "The twinnings are evaluated every term of office.",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("KS", "executive_board"),
        ("kommunstyrelsen", "executive_board"),
        ("Kommunfullmäktige", "council"),
        ("municipal council", "council"),
        ("working_committee", "working_committee"),
        ("KSAU", "working_committee"),
        ("styrgruppen", None),
        ("", None),
    ],
)
def test_bodies_are_known_by_their_names(text: str, code: str | None) -> None:
    assert body_code(text) == code


def test_a_rule_cites_the_governing_documents_it_comes_from(
    workspace: Workspace, register: Register
) -> None:
    policy = register.save(r.PolicyDocument(title="Riktlinjer för vänortsarbete"))
    register.set_rules(trip_approval=True, trip_approval_source_id=policy)
    rules = workspace.settings().rules
    assert rules.trip_approval_source_id == policy
    assert rules.source_ids() == {policy}


def test_the_to_do_items_of_a_rule_name_the_document_it_comes_from(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    policy = register.save(r.PolicyDocument(title="Policy för vänortssamarbete"))
    register.set_rules(trip_approval_source_id=policy, yearly_report_source_id=policy)
    made = register.trip("Imatra", (ludvika["imatra"],), status="done", start_date=date(2026, 5, 4))
    items = {i.key: i for i in todo_items(workspace.database, date(2027, 3, 1))}
    assert items[f"trip:{made}:unapproved"].detail == (
        "The rule is stated in Policy för vänortssamarbete."
    )
    assert (
        items["yearly_report:2026"].detail == "The rule is stated in Policy för vänortssamarbete."
    )
