"""To-do rule: the yearly report on the twinnings to the council."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from app.formatting import format_date
from app.i18n import translate
from app.reports.cell_text import fill
from app.services.records import RecordRef
from app.todo.items import TodoItem, appears_on
from app.todo.reading import Reading
from app.vocabulary import label


def yearly_report_due(year: int, month: int, day: int = 31) -> date:
    """Day ``day`` of ``month`` in ``year`` (at most the month's last): when the report of
    the year before is due."""
    month = min(12, max(1, month))
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(last, max(1, day)))


def yearly_report(r: Reading) -> Iterator[TodoItem | None]:
    """The yearly report to the council on the twinnings, when the rules ask for one."""
    if not r.rules.yearly_council_report:
        return
    # The latest report whose lead time has begun: last year's report stays
    # listed (overdue, unless marked done) until this year's comes up.
    for year in (r.today.year, r.today.year - 1):
        due = yearly_report_due(year, r.rules.yearly_report_month, r.rules.yearly_report_day)
        if r.today >= appears_on(due, r.rules.yearly_report_lead_days):
            reported_year = year - 1
            yield r.item(
                f"yearly_report:{reported_year}",
                "yearly_report",
                fill(
                    translate("Todo", "Yearly report of exchanges and trips %1 to the %2 - due %3"),
                    str(reported_year),
                    label(r.rules.yearly_report_body),
                    format_date(due),
                ),
                due,
                r.rules.yearly_report_lead_days,
                RecordRef("yearly_report", reported_year),
                detail=r.stated_in(r.rules.yearly_report_source_id),
            )
            return
