"""The term evaluation: every twinning of a term of office, judged for the council.

The municipality's rule (DESIGN.md section 4) is that every twinning is
evaluated once per term; one with no activity in the term is a candidate for
ending. The report takes the evaluation sheet of :mod:`app.workflow.terms`
and prints, for each twinning: the activity recorded in the term (the
evidence), the derived status and the coordinator's judgement, the benefit
and the recommendation written in the evaluation, and the decision that
followed. A twinning not evaluated yet says so, with the suggestion the
register's evidence gives.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import vocabulary
from app.derived.source import Source, database_of
from app.i18n import translate
from app.reports.builders.common import (
    DecisionInfo,
    PersonalData,
    chunks,
    counted,
    data_source,
    evidence_text,
    letterhead_of,
    note_facts,
    period_text,
    read_decisions,
)
from app.reports.cell_text import fill
from app.reports.document import (
    Block,
    CellValue,
    FactSheet,
    Note,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from app.services.errors import RecordNotFound
from app.services.settings import load_settings
from app.workflow.terms import EvaluationRow, evaluation_sheet, term_period
from db import models as m


def find_term(session: Session, term: int) -> m.TermOfOffice | None:
    """The term of office starting in the year ``term``, or else the one with that id."""
    found = session.scalars(select(m.TermOfOffice).where(m.TermOfOffice.start_year == term)).first()
    if found is None:
        found = session.get(m.TermOfOffice, term)
    return found


def build_term_evaluation(
    source: Source,
    term: int,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The evaluation of every twinning in the term starting in ``term`` (or with id ``term``).

    RecordNotFound when there is no such term.
    """
    del include_contacts  # evaluations hold no contact details
    db = database_of(source)
    settings = load_settings(db)
    today = today or date.today()
    with db.reading() as session:
        found = find_term(session, term)
        if found is None:
            text = translate("Reports", "There is no term of office %1 in the register.")
            raise RecordNotFound(fill(text, str(term)), "term", term)
        term_id, first_year, last_year = found.id, found.start_year, found.end_year
        whole = term_period(found)
        evaluated = term_period(found, today)
    rows = evaluation_sheet(db, term_id, today)
    with db.reading() as session:
        reasons = _override_reasons(session, [row.twinning_id for row in rows])
        decisions = read_decisions(
            session, [row.evaluation.decision_id for row in rows if row.evaluation is not None]
        )
    term_text = f"{first_year}–{last_year}"
    body: list[Block] = [
        _introduction(rows, term_text, whole, evaluated, today),
        _overview(rows, decisions),
    ]
    if rows:
        body.append(
            Section(
                translate("Reports", "The twinnings one by one"),
                [_sheet(row, reasons.get(row.twinning_id), decisions) for row in rows],
            )
        )
    return ReportDocument(
        title=fill(translate("Reports", "Evaluation of the twinnings %1"), term_text),
        subtitle=translate("Reports", "Evaluation once per term of office"),
        letterhead=letterhead_of(settings),
        date=today,
        registry_no=registry_no,
        description=translate(
            "Reports",
            "Every twinning of the term of office with its activity in the term, derived status "
            "with evidence, benefit, recommendation and the decision that followed.",
        ),
        source=data_source(db, {translate("Reports", "Term of office"): term_text}),
        personal_data=PersonalData().statement(),
        body=body,
    )


def _override_reasons(session: Session, twinning_ids: list[int]) -> dict[int, str]:
    t = m.Twinning
    found: dict[int, str] = {}
    for chunk in chunks(twinning_ids):
        for twinning_id, reason in session.execute(
            select(t.id, t.status_override_reason).where(t.id.in_(chunk))
        ):
            if reason:
                found[twinning_id] = reason
    return found


def _introduction(
    rows: list[EvaluationRow],
    term_text: str,
    whole: tuple[date, date],
    evaluated: tuple[date, date],
    today: date,
) -> Section:
    done = sum(1 for row in rows if row.evaluation is not None and row.recommendation)
    flagged = sum(1 for row in rows if row.flagged)
    text = fill(
        translate(
            "Reports",
            "The term of office %1 runs %2. %3 ran during it; %4 evaluated with a "
            "recommendation so far.",
        ),
        term_text,
        period_text(whole),
        counted(
            len(rows), translate("Reports", "1 twinning"), translate("Reports", "%1 twinnings")
        ),
        counted(done, translate("Reports", "1 is"), translate("Reports", "%1 are")),
    )
    blocks: list[Block] = [Paragraph(text)]
    if evaluated != whole:
        blocks.append(
            Paragraph(
                fill(
                    translate(
                        "Reports",
                        "The term is still running: activity is counted up to %1.",
                    ),
                    today.isoformat(),
                )
            )
        )
    blocks.append(
        Paragraph(
            translate(
                "Reports",
                "Every twinning is evaluated once per term. The status is derived from the "
                "activities, trips, network meetings and agreements recorded in the term; a "
                "twinning still running with no recorded contact is a candidate for ending.",
            )
        )
    )
    if flagged:
        blocks.append(
            Note(
                counted(
                    flagged,
                    translate("Reports", "1 twinning has no recorded contact in the term."),
                    translate("Reports", "%1 twinnings have no recorded contact in the term."),
                ),
                label=translate("Reports", "Candidates for ending"),
            )
        )
    return Section(translate("Reports", "About this evaluation"), blocks)


def _status_label(row: EvaluationRow) -> str:
    derived = vocabulary.label(row.derived_status)
    if row.override is not None and row.override != row.derived_status:
        return fill(
            translate("Reports", "%1 (judged; derived %2)"), vocabulary.label(row.override), derived
        )
    return derived


def _recommendation(row: EvaluationRow) -> str:
    if row.recommendation:
        return vocabulary.label(row.recommendation)
    suggestion = row.suggested_recommendation
    if suggestion:
        return fill(
            translate("Reports", "not evaluated (suggested: %1)"), vocabulary.label(suggestion)
        )
    return translate("Reports", "not evaluated")


def _decision(row: EvaluationRow, decisions: dict[int, DecisionInfo]) -> DecisionInfo | None:
    if row.evaluation is None or row.evaluation.decision_id is None:
        return None
    return decisions.get(row.evaluation.decision_id)


def _overview(rows: list[EvaluationRow], decisions: dict[int, DecisionInfo]) -> Section:
    if not rows:
        return Section(
            translate("Reports", "Overview"),
            [Paragraph(translate("Reports", "No twinning ran during this term."))],
        )
    yes = translate("Reports", "yes")
    table_rows: list[list[CellValue]] = []
    for row in rows:
        decision = _decision(row, decisions)
        table_rows.append(
            [
                row.twinning,
                _status_label(row),
                row.contacts,
                _recommendation(row),
                (decision.registry_no or decision.text()) if decision is not None else None,
                yes if row.flagged else None,
            ]
        )
    table = Table(
        columns=[
            translate("Reports", "Twinning"),
            translate("Reports", "Status in the term"),
            translate("Reports", "Contacts"),
            translate("Reports", "Recommendation"),
            translate("Reports", "Decision"),
            translate("Reports", "Candidate for ending"),
        ],
        rows=table_rows,
        caption=translate("Reports", "The twinnings of the term"),
        sheet_name=translate("Reports", "Evaluation"),
    )
    return Section(translate("Reports", "Overview"), [table])


def _sheet(row: EvaluationRow, reason: str | None, decisions: dict[int, DecisionInfo]) -> FactSheet:
    evaluation = row.evaluation
    facts: list[tuple[str, CellValue]] = [
        (translate("Reports", "Status as registered"), vocabulary.label(row.stored_status)),
        (translate("Reports", "Derived status in the term"), vocabulary.label(row.derived_status)),
    ]
    if row.override is not None:
        judged = vocabulary.label(row.override)
        if reason:
            judged = f"{judged}: {reason}"
        facts.append((translate("Reports", "Coordinator's judgement"), judged))
    facts.append(
        (translate("Reports", "Activity in the term"), evidence_text(row.evidence, limit=12))
    )
    if row.flagged:
        facts.append(
            (
                translate("Reports", "Candidate for ending"),
                translate("Reports", "yes: no recorded contact in the term"),
            )
        )
    if evaluation is not None:
        facts += note_facts(translate("Reports", "Activity summary"), evaluation.activity_summary)
        facts += note_facts(translate("Reports", "Benefit"), evaluation.benefit)
    facts.append((translate("Reports", "Recommendation"), _recommendation(row)))
    decision = _decision(row, decisions)
    if decision is not None:
        facts.append((translate("Reports", "Decision that followed"), decision.text()))
        facts += note_facts(translate("Reports", "Outcome"), decision.outcome)
        facts += note_facts(translate("Reports", "Sent to"), decision.distribution)
    elif evaluation is not None and evaluation.recommendation:
        facts.append(
            (translate("Reports", "Decision that followed"), translate("Reports", "none yet"))
        )
    if evaluation is not None:
        facts += note_facts(translate("Reports", "Notes"), evaluation.notes)
    return FactSheet(row.twinning, facts)
