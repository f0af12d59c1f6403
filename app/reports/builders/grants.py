"""Grants (bidrag): amounts per recipient and year, in their currencies and in SEK.

Each grant is converted with the register's exchange rate for its year (or the
nearest earlier year). Totals per year are in SEK, and say how many amounts
they miss: an unknown amount or one in a currency without any exchange rate
is never counted as 0. Where grants come from several payers (a twin town
paying its own branch), the totals are also given per payer. The report ends
with the grants' reports: when they are due and whether they have come in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.derived.source import Source, database_of
from app.i18n import translate
from app.reports.builders.common import (
    PersonalData,
    contacts_left_out_note,
    counted,
    data_source,
    letterhead_of,
)
from app.reports.builders.sums import SekSum, amount_cell, sek_cell
from app.reports.cell_text import fill
from app.reports.document import (
    Block,
    CellValue,
    Note,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from app.services.settings import load_settings
from app.workflow.context import exchange_rates
from db import models as m


@dataclass(frozen=True)
class _Grant:
    id: int
    year: int
    recipient: str
    payer: str
    amount: Decimal | None
    currency: str
    report_due: date | None
    report_received: date | None
    contact: str


def build_grants_report(
    source: Source,
    year: int | None = None,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The grants of ``year`` (every year when None), with totals in SEK and their reports.

    ``include_contacts`` adds the recipients' e-mail addresses and phone numbers.
    """
    db = database_of(source)
    settings = load_settings(db)
    today = today or date.today()
    home = settings.name.strip() or translate("Reports", "the municipality")
    personal = PersonalData()
    g, org = m.Grant, m.Organisation
    payer = aliased(m.Town)
    query = (
        select(
            g.id,
            g.year,
            org.name,
            payer.name,
            g.amount,
            g.currency,
            g.report_due,
            g.report_received,
            org.email,
            org.phone,
        )
        .join(org, org.id == g.organisation_id)
        .outerjoin(payer, payer.id == g.payer_town_id)
        .order_by(g.year, org.name, g.id)
    )
    if year is not None:
        query = query.where(g.year == year)
    with db.reading() as session:
        rows = list(session.execute(query))
        rates = exchange_rates(session)
    grants = []
    for grant_id, grant_year, name, payer_name, amount, currency, due, received, email, phone in rows:  # fmt: skip
        contact = ""
        if include_contacts:
            contact = ", ".join(p.strip() for p in (email, phone) if p and p.strip())
            if contact:
                personal.contact_details()
        grants.append(
            _Grant(grant_id, grant_year, name, payer_name or home, amount,
                   (currency or "SEK").upper(), due, received, contact)
        )  # fmt: skip
    by_year: dict[int, SekSum] = defaultdict(SekSum)
    by_payer: dict[tuple[int, str], SekSum] = defaultdict(SekSum)
    table_rows: list[list[CellValue]] = []
    for grant in grants:
        one = SekSum()
        sek = one.add(grant.amount, grant.currency, rates, grant.year)
        by_year[grant.year].merge(one)
        by_payer[(grant.year, grant.payer)].merge(one)
        row: list[CellValue] = [
            grant.year,
            grant.recipient,
            grant.payer,
            amount_cell(grant.amount, grant.currency),
            sek_cell(grant.amount, grant.currency, sek),
            grant.report_due,
            grant.report_received,
        ]
        if include_contacts:
            row.append(grant.contact or None)
        table_rows.append(row)
    body: list[Block] = [
        _introduction(grants, by_year, year, include_contacts),
        _grants_table(table_rows, include_contacts),
        _totals(by_year, by_payer),
        _reports(grants, today),
    ]
    if year is None:
        title = translate("Reports", "Grants")
        filters = {translate("Reports", "Years"): translate("Reports", "all")}
    else:
        title = fill(translate("Reports", "Grants %1"), str(year))
        filters = {translate("Reports", "Year"): str(year)}
    return ReportDocument(
        title=title,
        subtitle=translate("Reports", "Amounts per recipient and year, reports due and received"),
        letterhead=letterhead_of(settings),
        date=today,
        registry_no=registry_no,
        description=translate(
            "Reports",
            "Grants per recipient and year in their currencies and in SEK, totals per year in "
            "SEK with unknown amounts counted, and the grants' reports due and received.",
        ),
        source=data_source(db, filters),
        personal_data=personal.statement(),
        body=body,
    )


def _introduction(
    grants: list[_Grant], by_year: dict[int, SekSum], year: int | None, include_contacts: bool
) -> Section:
    whole = SekSum()
    for total in by_year.values():
        whole.merge(total)
    count = counted(len(grants), translate("Reports", "1 grant"), translate("Reports", "%1 grants"))
    if year is None:
        text = fill(
            translate("Reports", "The register holds %1, in all %2."), count, whole.full_text()
        )
    else:
        text = fill(
            translate("Reports", "In %1 the register holds %2, in all %3."),
            str(year),
            count,
            whole.full_text(),
        )
    blocks: list[Block] = [
        Paragraph(text),
        Paragraph(
            translate(
                "Reports",
                "Amounts in other currencies are converted to SEK with the exchange rates entered "
                "in the register for the grant's year (or the nearest earlier year). Unknown "
                "amounts and amounts without an exchange rate are not counted as zero: the totals "
                "say how many are missing.",
            )
        ),
    ]
    if not include_contacts:
        blocks.append(Paragraph(contacts_left_out_note()))
    return Section(translate("Reports", "About the grants"), blocks)


def _grants_table(rows: list[list[CellValue]], include_contacts: bool) -> Section:
    if not rows:
        return Section(
            translate("Reports", "Grants per recipient"),
            [Paragraph(translate("Reports", "No grant is recorded."))],
        )
    columns = [
        translate("Reports", "Year"),
        translate("Reports", "Recipient"),
        translate("Reports", "Paid by"),
        translate("Reports", "Amount"),
        translate("Reports", "In SEK"),
        translate("Reports", "Report due"),
        translate("Reports", "Report received"),
    ]
    if include_contacts:
        columns.append(translate("Reports", "Contact"))
    table = Table(
        columns=columns,
        rows=rows,
        caption=translate("Reports", "Grants per recipient and year"),
        sheet_name=translate("Reports", "Grants"),
    )
    return Section(translate("Reports", "Grants per recipient"), [table])


def _totals(by_year: dict[int, SekSum], by_payer: dict[tuple[int, str], SekSum]) -> Section:
    whole = SekSum()
    rows: list[list[CellValue]] = []
    for year in sorted(by_year):
        total = by_year[year]
        whole.merge(total)
        rows.append(
            [
                year,
                total.counted + total.missing,
                total.cell(),
                total.unknown_amounts,
                sum(total.missing_rates.values()),
            ]
        )
    columns = [
        translate("Reports", "Year"),
        translate("Reports", "Grants"),
        translate("Reports", "Total in SEK"),
        translate("Reports", "Amount unknown"),
        translate("Reports", "No exchange rate"),
    ]
    blocks: list[Block] = [
        Table(
            columns=columns,
            rows=rows,
            total=[
                translate("Reports", "Total"),
                whole.counted + whole.missing,
                whole.cell(),
                whole.unknown_amounts,
                sum(whole.missing_rates.values()),
            ],
            caption=translate("Reports", "Totals per year in SEK"),
            sheet_name=translate("Reports", "Totals per year"),
        )
    ]
    payers = {payer for _year, payer in by_payer}
    if len(payers) > 1:
        blocks.append(
            Table(
                columns=[
                    translate("Reports", "Year"),
                    translate("Reports", "Paid by"),
                    translate("Reports", "Total in SEK"),
                ],
                rows=[
                    [year, payer, by_payer[(year, payer)].cell()]
                    for year, payer in sorted(by_payer)
                ],
                caption=translate("Reports", "Totals per year and payer in SEK"),
                sheet_name=translate("Reports", "Totals per payer"),
            )
        )
    return Section(translate("Reports", "Totals"), blocks)


def _reports(grants: list[_Grant], today: date) -> Section:
    due = [g for g in grants if g.report_due is not None]
    received = [g for g in grants if g.report_received is not None]
    outstanding = [g for g in due if g.report_received is None]
    overdue = [g for g in outstanding if g.report_due is not None and g.report_due < today]
    text = fill(
        translate(
            "Reports",
            "Reports asked for: %1. Received: %2. Not yet received: %3, of which %4 overdue on %5.",
        ),
        str(len(due)),
        str(len(received)),
        str(len(outstanding)),
        str(len(overdue)),
        today.isoformat(),
    )
    blocks: list[Block] = [Paragraph(text)]
    if outstanding:
        overdue_text = translate("Reports", "overdue")
        blocks.append(
            Table(
                columns=[
                    translate("Reports", "Recipient"),
                    translate("Reports", "Year"),
                    translate("Reports", "Report due"),
                    translate("Reports", "State"),
                ],
                rows=[
                    [
                        g.recipient,
                        g.year,
                        g.report_due,
                        overdue_text if g in overdue else translate("Reports", "due"),
                    ]
                    for g in outstanding
                ],
                caption=translate("Reports", "Reports not yet received"),
                sheet_name=translate("Reports", "Reports outstanding"),
            )
        )
    elif not due:
        blocks.append(Note(translate("Reports", "No grant in the report asks for a report.")))
    return Section(translate("Reports", "Reports on the grants"), blocks)
