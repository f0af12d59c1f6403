"""To-do rules for terms of office: evaluate each twinning at the term's end, flag those without activity."""

from __future__ import annotations

from sqlalchemy import select

from app.formatting import format_date
from app.i18n import translate
from app.reports.cell_text import fill
from app.services import record_labels
from app.services.records import RecordRef
from app.todo.items import TodoItem, appears_on
from app.todo.reading import Reading, make_item
from app.workflow import terms
from db import models as m


def term_items(r: Reading) -> list[TodoItem]:
    """Evaluations due by the end of the term, and twinnings silent in it."""
    rules, today, session = r.rules, r.today, r.session
    if not rules.evaluate_each_term:
        return []
    lead = rules.term_evaluation_lead_days
    # The running term only: once a term is over, its evaluation can no longer be made in it.
    term = terms.current_term(session, today)
    if term is None or today < appears_on(term.end_date, lead):
        return []
    term_id, first, last = term.id, term.start_date, term.end_date
    term_name = f"{term.start_year}–{term.end_year}"
    evaluated = set(
        session.scalars(select(m.Evaluation.twinning_id).where(m.Evaluation.term_id == term_id))
    )
    in_term = terms.term_twinnings(session, first, last)
    running = [
        twinning_id
        for twinning_id, status, _started, _contact_year, ended in in_term
        if status != "ended" and (ended is None or ended > today)
        and twinning_id not in evaluated
    ]  # fmt: skip
    if not running:
        return []
    names = record_labels.labels_in(session, "twinning", running)
    # The evaluation sheet's own suggestion, so the list and the sheet never disagree.
    suggested = terms.suggested_endings(session, term, today, rules, r.homes, in_term)
    term_ref = RecordRef("term", term_id)
    why_evaluate = r.stated_in(
        rules.evaluation_source_id,
        translate("Todo", "Every running twinning is evaluated before the term of office ends."),
    )
    items: list[TodoItem] = []
    for twinning_id in running:
        name = names.get(twinning_id, "?")
        ref = RecordRef("twinning", twinning_id)
        evaluation = make_item(
            today,
            f"evaluation:{term_id}:{twinning_id}",
            "term_evaluation",
            fill(
                translate("Todo", "Evaluate the twinning %1 for the term %2 - by %3"),
                name,
                term_name,
                format_date(last),
            ),
            last,
            lead,
            ref,
            detail=why_evaluate,
            context=term_ref,
        )
        if evaluation is not None:
            items.append(evaluation)
        if twinning_id in suggested:
            flag = make_item(
                today,
                f"twinning:{twinning_id}:no_activity:{term_id}",
                "twinning_no_activity",
                fill(
                    translate(
                        "Todo", "Twinning %1: no activity in the term %2 - a candidate for ending"
                    ),
                    name,
                    term_name,
                ),
                last,
                lead,
                ref,
                detail=terms.ending_suggested(),
                context=term_ref,
            )
            if flag is not None:
                items.append(flag)
    return items
