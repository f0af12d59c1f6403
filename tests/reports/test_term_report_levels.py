"""The term evaluation report: the rule's sentence, per-level statuses, the suggestion, the verdict."""

from __future__ import annotations

from datetime import date

from app.reports.builders.term import build_term_evaluation
from app.reports.document import FactSheet, Note, Paragraph, Table, iter_blocks
from app.services import records as r
from app.workflow.terms import record_verdict
from app.workspace import Workspace

AFTER = date(2026, 12, 1)


def _register(workspace: Workspace) -> dict[str, int]:
    def save(record: object) -> int:
        saved = workspace.save(record)
        return int(saved.id)

    home = save(r.Town(name="Ludvika", is_home=True))
    imatra, honnef = save(r.Town(name="Imatra")), save(r.Town(name="Bad Honnef"))
    save(r.TermOfOffice(start_year=2022, end_year=2026, start_date=date(2022, 10, 15),
                        end_date=date(2026, 10, 14)))  # fmt: skip
    made = {
        "imatra": save(r.Twinning(town_a_id=home, town_b_id=imatra, contact_year=1947)),
        "honnef": save(r.Twinning(town_a_id=home, town_b_id=honnef, contact_year=1970)),
    }
    # Imatra: a municipal study visit in the term; Bad Honnef: nothing at all.
    save(
        r.Activity(
            title="Studiebesök",
            start_date=date(2024, 4, 2),
            town_ids=(imatra,),
            municipality_took_part=True,
        )
    )
    made["decision"] = save(
        r.Decision(
            body="council", title="Avslut vänort", decided_on=date(2026, 9, 21),
            registry_no="KS 2026/12",
        )
    )  # fmt: skip
    return made


def test_the_report_states_the_rule_and_shows_levels_suggestion_and_verdict(
    workspace: Workspace,
) -> None:
    made = _register(workspace)
    (term,) = [t.id for t in workspace.get_many("term")]
    before = build_term_evaluation(workspace.database, 2022, today=AFTER)
    texts = [b.text for b in iter_blocks(before.body) if isinstance(b, Paragraph)]
    # The first sentence gives the term's days; the rule names it as the term.
    assert any(t.startswith("The term of office 2022–2026 runs 2022-10-15") for t in texts)
    assert any(
        t.startswith("Each twinning's status is judged per level for the term of office:")
        for t in texts
    )
    notes = [b.text for b in iter_blocks(before.body) if isinstance(b, Note)]
    assert notes == [
        "The program suggests ending 1 twinning: no contact at any level in the whole term."
    ]
    (table,) = [b for b in iter_blocks(before.body) if isinstance(b, Table)]
    rows = {row[0]: row for row in table.rows}
    assert rows["Ludvika – Imatra"][1:5] == ["sporadic", "dormant", 1, None]
    assert rows["Ludvika – Bad Honnef"][1:5] == ["dormant", "dormant", 0, "end"]

    record_verdict(
        workspace.database, term, made["honnef"], "end", made["decision"], end_confirmed=True
    )
    after = build_term_evaluation(workspace.database, 2022, today=AFTER)
    (table,) = [b for b in iter_blocks(after.body) if isinstance(b, Table)]
    honnef = next(row for row in table.rows if row[0] == "Ludvika – Bad Honnef")
    assert honnef[6] == "end (KS 2026/12)"
    sheet = next(
        dict(b.facts)
        for b in iter_blocks(after.body)
        if isinstance(b, FactSheet) and b.title == "Ludvika – Bad Honnef"
    )
    assert sheet["Status as registered"] == "ended"
    assert sheet["Council's verdict"] == "end"
