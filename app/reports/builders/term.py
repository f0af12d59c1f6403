"""The term evaluation: every twinning in force during a term of office, judged for the council.

The municipality's rule (DESIGN.md section 4) is that every twinning is
evaluated once per term. The report takes the evaluation sheet of
:mod:`app.workflow.terms` and prints, for each twinning: its status at the
municipal and the civil level in the term (the coordinator's judgement first,
the computed status beside it only where it differs) with its grounds, the
activity recorded in the term, the program's one suggestion (ending a twinning
in force all term with no contact at any level) with its reason, the benefit
and the recommendation she wrote, and the council's verdict with its decision.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import vocabulary
from app.derived.status_wording import period_text, rule_sentence, status_line
from app.i18n import translate
from app.reports.builders.common import (
    DecisionInfo,
    PersonalData,
    data_source,
    evidence_text,
    letterhead_of,
    note_facts,
    read_decisions,
)
from app.reports.cell_text import counted, fill
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
from app.rules import Rules
from app.services.errors import RecordNotFound
from app.services.settings import load_settings
from app.workflow.terms import (
    EvaluationRow,
    evaluation_sheet,
    nothing_recorded,
    silent_register_text,
    suggestion_text,
    term_period,
)
from db import models as m
from db.session import Database


def find_term(session: Session, term: int) -> m.TermOfOffice | None:
    """The term of office starting in the year ``term``, or else the one with that id."""
    found = session.scalars(select(m.TermOfOffice).where(m.TermOfOffice.start_year == term)).first()
    if found is None:
        found = session.get(m.TermOfOffice, term)
    return found


def build_term_evaluation(
    db: Database,
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
        decisions = read_decisions(
            session, [row.evaluation.decision_id for row in rows if row.evaluation is not None]
        )
    term_text = f"{first_year}–{last_year}"
    body: list[Block] = [
        _introduction(rows, term_text, whole, evaluated, today, settings.rules),
        _overview(rows, decisions),
    ]
    if rows:
        body.append(
            Section(
                translate("Reports", "The twinnings one by one"),
                [_sheet(row, decisions) for row in rows],
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
            "Every twinning in force during the term of office with its activity in the term, its "
            "status per level with its grounds, benefit, recommendation and the council's verdict.",
        ),
        source=data_source(db, {translate("Reports", "Term of office"): term_text}),
        personal_data=PersonalData().statement(),
        body=body,
    )


def _introduction(
    rows: list[EvaluationRow],
    term_text: str,
    whole: tuple[date, date],
    evaluated: tuple[date, date],
    today: date,
    rules: Rules,
) -> Section:
    done = sum(1 for row in rows if row.evaluation is not None and row.recommendation)
    suggested = sum(1 for row in rows if row.suggest_ending)
    text = fill(
        translate(
            "Reports",
            "The term of office %1 runs %2. %3 in force during it; %4 evaluated with a "
            "recommendation so far.",
        ),
        term_text,
        period_text(whole),
        counted(
            len(rows),
            translate("Reports", "1 twinning was"),
            translate("Reports", "%1 twinnings were"),
        ),
        counted(
            done,
            translate("Reports", "1 is"),
            translate("Reports", "%1 are"),
            translate("Reports", "none is"),
        ),
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
    # The first sentence gives the term's days: the rule names it as "the term".
    blocks.append(Paragraph(rule_sentence(rules, evaluated, the_term())))
    blocks.append(
        Paragraph(
            translate(
                "Reports",
                "The program suggests ending only a twinning that was in force for the whole "
                "term with no recorded contact at any level in it; every other recommendation "
                "is the coordinator's.",
            )
        )
    )
    if nothing_recorded(rows):
        blocks.append(Note(silent_register_text(), label=translate("Reports", "Suggestions")))
    elif suggested:
        blocks.append(
            Note(
                counted(
                    suggested,
                    translate(
                        "Reports",
                        "The program suggests ending 1 twinning: no contact at any level in the "
                        "whole term.",
                    ),
                    translate(
                        "Reports",
                        "The program suggests ending %1 twinnings: no contact at any level in "
                        "the whole term.",
                    ),
                ),
                label=translate("Reports", "Suggestions"),
            )
        )
    return Section(translate("Reports", "About this evaluation"), blocks)


def the_term() -> str:
    """The period of a term evaluation as its sentences name it: "mandatperioden"."""
    return translate("Reports", "the term of office")


def _recommendation(row: EvaluationRow) -> str:
    if row.recommendation:
        return vocabulary.label(row.recommendation)
    return translate("Reports", "not evaluated")


def _suggestion(row: EvaluationRow) -> str | None:
    if row.suggest_ending:
        return vocabulary.label("end")
    return None


def _verdict(row: EvaluationRow) -> str | None:
    return vocabulary.label(row.verdict) if row.verdict else None


def _verdict_cell(row: EvaluationRow, decision: DecisionInfo | None) -> str | None:
    """The council's verdict and the decision it was given in: "end (KS 2026/55)"."""
    reference = (decision.registry_no or decision.text()) if decision is not None else None
    verdict = _verdict(row)
    if verdict and reference:
        return fill(translate("Reports", "%1 (%2)"), verdict, reference)
    return verdict or reference


def _decision(row: EvaluationRow, decisions: dict[int, DecisionInfo]) -> DecisionInfo | None:
    if row.evaluation is None or row.evaluation.decision_id is None:
        return None
    return decisions.get(row.evaluation.decision_id)


def _overview(rows: list[EvaluationRow], decisions: dict[int, DecisionInfo]) -> Section:
    if not rows:
        return Section(
            translate("Reports", "Overview"),
            [Paragraph(translate("Reports", "No twinning was in force during this term."))],
        )
    table_rows: list[list[CellValue]] = []
    for row in rows:
        decision = _decision(row, decisions)
        line = status_line(row.status, the_term())
        table_rows.append(
            [
                row.twinning,
                line.municipal_text(),
                line.civil_text(),
                row.contacts,
                _suggestion(row),
                _recommendation(row),
                _verdict_cell(row, decision),
            ]
        )
    table = Table(
        columns=[
            translate("Reports", "Twinning"),
            translate("Reports", "Municipal level"),
            translate("Reports", "Civil level"),
            translate("Reports", "Contacts"),
            translate("Reports", "Suggestion"),
            translate("Reports", "Recommendation"),
            translate("Reports", "Decision"),
        ],
        rows=table_rows,
        caption=translate("Reports", "The twinnings of the term"),
        sheet_name=translate("Reports", "Evaluation"),
    )
    return Section(translate("Reports", "Overview"), [table])


def _sheet(row: EvaluationRow, decisions: dict[int, DecisionInfo]) -> FactSheet:
    evaluation = row.evaluation
    line = status_line(row.status, the_term())
    facts: list[tuple[str, CellValue]] = [
        (translate("Reports", "Status as registered"), vocabulary.label(row.stored_status)),
        (translate("Reports", "Municipal level in the term"), line.municipal_text()),
        (translate("Reports", "Civil level in the term"), line.civil_text()),
        (translate("Reports", "Grounds"), line.ground),
    ]
    if line.reason:
        facts.append((translate("Reports", "The coordinator's reason"), line.reason))
    if row.evidence:
        # With nothing recorded the grounds already say so for the term.
        facts.append(
            (translate("Reports", "Activity in the term"), evidence_text(row.evidence, limit=12))
        )
    suggestion = suggestion_text(row)
    if suggestion:
        facts.append((translate("Reports", "The program suggests"), suggestion))
    if evaluation is not None:
        facts += note_facts(translate("Reports", "Activity summary"), evaluation.activity_summary)
        facts += note_facts(translate("Reports", "Benefit"), evaluation.benefit)
    facts.append((translate("Reports", "Recommendation"), _recommendation(row)))
    decision = _decision(row, decisions)
    verdict = _verdict(row)
    if verdict:
        facts.append((translate("Reports", "Council's verdict"), verdict))
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
