"""Which twinnings a term's evaluation lists, what the program suggests, and the council's verdict.

The term 2022 runs 2022-10-15 .. 2026-10-14; the sheets are read on 2026-12-01,
after it ended.
"""

from __future__ import annotations

from datetime import date

import pytest
from shared_registers import Register

from app.dates import ApproxDate
from app.services import records as r
from app.services.errors import ValidationError
from app.workflow.terms import evaluation_sheet, nothing_recorded, record_verdict
from app.workspace import Workspace

AFTER = date(2026, 12, 1)


def _sheet(workspace: Workspace, term: int) -> dict[str, object]:
    return {row.twinning: row for row in evaluation_sheet(workspace.database, term, AFTER)}


def _activity(register: Register, town: int, day: date, *, municipal: bool = False) -> int:
    return register.save(
        r.Activity(
            title="Utbyte", start_date=day, town_ids=(town,), municipality_took_part=municipal
        )
    )


def test_twinnings_ended_decades_ago_without_an_end_date_are_not_in_the_term(
    workspace: Workspace, register: Register
) -> None:
    home = register.town("Vänersborg", home=True)
    term = register.term(2022)
    names = ("Utajärvi", "Skagen", "Kemi", "Narvik")
    for year, name in zip((1948, 1955, 1960, 1965), names, strict=True):
        town = register.town(name)
        register.twinning(home, town, status="ended", contact_year=year)
        _activity(register, town, date(year + 5, 6, 1))  # the last sign of life, long ago
    # Ended without a date, but alive in the term: it ended during or after it.
    late = register.town("Lemvig")
    register.twinning(home, late, status="ended", contact_year=1990)
    _activity(register, late, date(2023, 5, 1))
    # Ended with a date before the term, and begun after it.
    register.twinning(home, register.town("Ikast"), status="ended", end_date=date(2020, 1, 1))
    register.twinning(home, register.town("Lich"), start_date=date(2027, 1, 1))
    running = register.twinning(home, register.town("Herning"), contact_year=1946)
    rows = evaluation_sheet(workspace.database, term, AFTER)
    assert [row.twinning for row in rows] == ["Vänersborg – Herning", "Vänersborg – Lemvig"]
    assert rows[0].twinning_id == running
    assert rows[1].whole_term is False  # marked ended: not surely in force all term


def test_ending_is_suggested_only_for_a_twinning_in_force_all_term_without_any_contact(
    workspace: Workspace, register: Register
) -> None:
    home = register.town("Vänersborg", home=True)
    term = register.term(2022)
    towns = {name: register.town(name) for name in ("Herning", "Kemi", "Lich", "Eidi", "Omaruru")}
    register.twinning(home, towns["Herning"], contact_year=1946)  # silent all term
    register.twinning(home, towns["Kemi"], contact_year=1960)
    _activity(register, towns["Kemi"], date(2024, 3, 1))  # civil contact only
    register.twinning(home, towns["Lich"], start_date=date(2023, 6, 1))  # begun in the term
    register.twinning(
        home,
        towns["Eidi"],
        contact_year=1978,
        status_override="active",
        status_override_reason="Brev varje år",
    )
    register.twinning(home, towns["Omaruru"])  # start unknown
    rows = _sheet(workspace, term)
    suggested = {name for name, row in rows.items() if row.suggest_ending}  # type: ignore[attr-defined]
    assert suggested == {"Vänersborg – Herning"}
    herning = rows["Vänersborg – Herning"]
    assert herning.suggested_recommendation == "end"  # type: ignore[attr-defined]
    assert rows["Vänersborg – Kemi"].status.civil == "sporadic"  # type: ignore[attr-defined]
    assert rows["Vänersborg – Lich"].status.derived == "new"  # type: ignore[attr-defined]


def test_a_register_with_no_contact_at_all_in_the_term_suggests_nothing(
    workspace: Workspace, register: Register
) -> None:
    home = register.town("Vänersborg", home=True)
    term = register.term(2022)
    for name in ("Herning", "Holmestrand", "Lich"):
        register.twinning(home, register.town(name), contact_year=2000)
    rows = evaluation_sheet(workspace.database, term, AFTER)
    assert len(rows) == 3
    assert not any(row.suggest_ending for row in rows)
    assert nothing_recorded(rows)


def test_the_council_verdict_to_continue_is_recorded_with_its_decision(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2022)
    decision = register.decision("council", "Fortsatt vänort Imatra", date(2026, 9, 20))
    saved = record_verdict(
        workspace.database, term, ludvika["imatra_twinning"], "continue", decision
    )
    assert (saved.verdict, saved.decision_id) == ("continue", decision)
    row = _sheet(workspace, term)["Ludvika – Imatra"]
    assert row.verdict == "continue"  # type: ignore[attr-defined]
    assert workspace.get("twinning", ludvika["imatra_twinning"]).status == "active"


def test_a_verdict_to_end_ends_the_twinning_only_once_confirmed(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2022)
    twinning = ludvika["bad_honnef_twinning"]
    decision = register.decision("council", "Avslut vänort Bad Honnef", date(2026, 9, 21))
    record_verdict(workspace.database, term, twinning, "end", decision)
    assert workspace.get("twinning", twinning).status == "active"  # not confirmed yet
    saved = record_verdict(workspace.database, term, twinning, "end", decision, end_confirmed=True)
    ended = workspace.get("twinning", twinning)
    assert (ended.status, ended.end_date, ended.end_decision_id) == (
        "ended",
        ApproxDate.of_day(date(2026, 9, 21)),
        decision,
    )
    assert "Avslut vänort Bad Honnef" in ended.end_reason
    # The link is kept: the evaluation still points at the decision, and the row stays listed.
    assert workspace.get("evaluation", saved.id).decision_id == decision
    row = _sheet(workspace, term)["Ludvika – Bad Honnef"]
    assert (row.verdict, row.stored_status) == ("end", "ended")  # type: ignore[attr-defined]


def test_a_verdict_needs_a_known_verdict_and_its_decision(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2022)
    twinning = ludvika["bad_honnef_twinning"]
    with pytest.raises(ValidationError) as refused:
        record_verdict(workspace.database, term, twinning, "maybe", None)
    assert refused.value.for_field("verdict") and refused.value.for_field("decision_id")
    assert workspace.get("twinning", twinning).status == "active"
    assert workspace.get_many("evaluation") == []  # nothing half-saved
