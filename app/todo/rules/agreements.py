"""To-do rules for agreements: review or renewal before the end, and the agreed actions when due."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import or_, select

from app.formatting import format_date
from app.i18n import translate
from app.reports.cell_text import fill
from app.services.records import RecordRef
from app.todo.items import TodoItem
from app.todo.reading import CLOSED_AGREEMENT, Reading, lead_time, recorded_reason
from db import models as m


def agreements(r: Reading) -> Iterator[TodoItem | None]:
    """Agreements to review or renew: their review date or end, with the lead time."""
    ag = m.Agreement
    rows = r.session.execute(
        select(ag.id, ag.title, ag.review_date, ag.valid_to, ag.lead_days).where(
            ag.status.not_in(CLOSED_AGREEMENT),
            or_(ag.review_date.is_not(None), ag.valid_to.is_not(None)),
        )
    )
    for agreement_id, title, review, valid_to, own_lead in rows:
        # The agreement's own days of warning win over the municipality's rule.
        lead = own_lead if own_lead is not None else r.rules.agreement_lead_days
        ref = RecordRef("agreement", agreement_id)
        dates = (
            ("review", review, translate("Todo", "Agreement: %1 - review by %2")),
            ("end", valid_to, translate("Todo", "Agreement: %1 - ends %2")),
        )
        why = recorded_reason(translate("Todo", "The date is recorded in the agreement."), lead)
        for step, due, template in dates:
            if due is not None:
                yield r.item(
                    f"agreement:{agreement_id}:{step}:{due.isoformat()}",
                    f"agreement_{step}",
                    fill(template, title, format_date(due)),
                    due,
                    lead,
                    ref,
                    detail=why,
                )


def agreement_actions(r: Reading) -> Iterator[TodoItem | None]:
    """Agreed actions not yet done whose due date comes within the lead time."""
    act, ag = m.AgreementAction, m.Agreement
    lead = r.rules.agreement_action_lead_days
    rows = r.session.execute(
        select(act.id, act.title, act.due_date, act.responsible, ag.id, ag.title)
        .join(ag, ag.id == act.agreement_id)
        .where(
            act.done_date.is_(None),
            act.due_date.is_not(None),
            act.due_date <= r.today + lead_time(lead),
            ag.status.not_in(CLOSED_AGREEMENT),
        )
    )
    recorded = recorded_reason(
        translate("Todo", "The due date is recorded in the agreed action."), lead
    )
    for action_id, title, due, responsible, agreement_id, agreement_title in rows:
        if due is None:  # excluded in SQL
            continue
        detail = recorded
        if responsible:
            detail = fill(translate("Todo", "Responsible: %1."), responsible) + " " + detail
        yield r.item(
            f"agreement_action:{action_id}:due:{due.isoformat()}",
            "agreement_action",
            fill(
                translate("Todo", "Agreement action: %1 (%2) - due %3"),
                title,
                agreement_title,
                format_date(due),
            ),
            due,
            lead,
            RecordRef("agreement_action", action_id),
            detail=detail,
            context=RecordRef("agreement", agreement_id),
        )
