"""To-do rule for grants: the report each grant owes its payer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import or_, select

from app.formatting import format_date
from app.i18n import translate
from app.reports.cell_text import fill
from app.services.records import RecordRef
from app.todo.items import TodoItem
from app.todo.reading import Reading, recorded_reason
from db import models as m


def grants(r: Reading) -> Iterator[TodoItem | None]:
    """Grants whose report has not come in by its due date (with the lead time)."""
    grant, org = m.Grant, m.Organisation
    lead = r.rules.grant_report_lead_days
    query = (
        select(grant.id, grant.year, grant.report_due, org.name)
        .join(org, org.id == grant.organisation_id)
        .where(grant.report_received.is_(None))
    )
    # A grant paid by another town (Herning pays its own branch) reports to that town.
    if r.homes:
        query = query.where(
            or_(grant.payer_town_id.is_(None), grant.payer_town_id.in_(sorted(r.homes)))
        )
    else:
        query = query.where(grant.payer_town_id.is_(None))
    # Two reasons for every grant: read once, not per row.
    dated = recorded_reason(translate("Todo", "The report's date is recorded in the grant."), lead)
    year_end = recorded_reason(
        translate(
            "Todo",
            "No date for the report is recorded in the grant, so it is taken to be due "
            "by the end of the grant's year.",
        ),
        lead,
    )
    for grant_id, year, report_due, organisation in r.session.execute(query):
        due = report_due or date(year, 12, 31)
        yield r.item(
            f"grant:{grant_id}:report",
            "grant_report",
            fill(
                translate("Todo", "Grant report: %1 %2 - due %3"),
                organisation,
                str(year),
                format_date(due),
            ),
            due,
            lead,
            RecordRef("grant", grant_id),
            detail=dated if report_due is not None else year_end,
        )
