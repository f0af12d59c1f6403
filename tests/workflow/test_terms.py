"""The evaluation sheet of a term of office, starting an evaluation, and ending a twinning."""

from __future__ import annotations

from datetime import date

import pytest
from shared_registers import Register

from app.dates import ApproxDate
from app.services import records as r
from app.services.errors import ValidationError
from app.workflow.terms import end_twinning, evaluation_sheet, start_evaluation
from app.workspace import Workspace


def test_the_sheet_flags_the_twinning_without_activity(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2022)  # 2022-10-15 .. 2026-10-14
    for day in (date(2023, 3, 1), date(2024, 3, 1), date(2025, 3, 1), date(2026, 3, 1)):
        register.save(r.Activity(title="Utbyte", start_date=day, town_ids=(ludvika["imatra"],)))
    rows = {
        row.twinning: row for row in evaluation_sheet(workspace.database, term, date(2026, 12, 1))
    }
    assert list(rows) == ["Ludvika – Bad Honnef", "Ludvika – Imatra"]
    imatra, honnef = rows["Ludvika – Imatra"], rows["Ludvika – Bad Honnef"]
    # The exchanges were civil society's: active at the civil level, dormant at the municipal.
    assert (imatra.flagged, imatra.contacts, imatra.derived_status) == (False, 4, "dormant")
    assert imatra.status.civil == "active"
    assert (honnef.flagged, honnef.contacts, honnef.derived_status) == (True, 0, "dormant")
    # The program suggests only ending; every other recommendation is the coordinator's.
    assert imatra.suggested_recommendation is None
    assert honnef.suggested_recommendation == "end"
    assert [e.label for e in imatra.evidence] == ["Utbyte"] * 4
    assert honnef.evaluation is None


def test_a_sporadic_twinning_is_not_a_candidate_for_ending(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2022)
    register.trip(
        "Bad Honnef",
        (ludvika["bad_honnef"],),
        start_date=date(2024, 9, 1),
        status="approved",
        approval_decision_id=register.decision("executive_board"),
    )
    rows = {
        row.twinning_id: row
        for row in evaluation_sheet(workspace.database, term, date(2026, 12, 1))
    }
    row = rows[ludvika["bad_honnef_twinning"]]
    assert (row.derived_status, row.flagged) == ("sporadic", False)


def test_start_evaluation_creates_one_with_the_evidence_and_then_reuses_it(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2022)
    register.save(
        r.Activity(
            title="Fotoutställning", start_date=date(2024, 5, 2), town_ids=(ludvika["imatra"],)
        )
    )
    created = start_evaluation(workspace.database, term, ludvika["imatra_twinning"])
    assert created.id is not None
    assert created.activity_summary == "2024-05-02 Fotoutställning"
    again = start_evaluation(workspace.database, term, ludvika["imatra_twinning"])
    assert again.id == created.id
    sheet = {
        row.twinning_id: row
        for row in evaluation_sheet(workspace.database, term, date(2026, 12, 1))
    }
    assert sheet[ludvika["imatra_twinning"]].evaluation == created


def test_ending_a_twinning_records_date_reason_and_decision_and_keeps_its_history(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    twinning = ludvika["bad_honnef_twinning"]
    activity = register.save(
        r.Activity(title="Konst", start_date=date(2015, 5, 1), town_ids=(ludvika["bad_honnef"],))
    )
    decision = register.decision("council", "Avslut vänort Bad Honnef", date(2027, 2, 1))
    ended = end_twinning(
        workspace.database, twinning, date(2027, 3, 1), "Ingen aktivitet sedan 2015", decision
    )
    assert (ended.status, ended.end_date, ended.end_reason, ended.end_decision_id) == (
        "ended",
        ApproxDate.of_day(date(2027, 3, 1)),
        "Ingen aktivitet sedan 2015",
        decision,
    )
    stored = workspace.get("twinning", twinning)
    assert stored.status == "ended" and stored.contact_year == ApproxDate.of_year(1970)
    assert workspace.get("activity", activity).town_ids == (ludvika["bad_honnef"],)


def test_ending_without_a_reason_is_refused(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    twinning = ludvika["bad_honnef_twinning"]
    with pytest.raises(ValidationError) as refused:
        end_twinning(workspace.database, twinning, date(2027, 3, 1), "  ", None)
    assert refused.value.for_field("end_reason")
    assert workspace.get("twinning", twinning).status == "active"
