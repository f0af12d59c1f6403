"""Grants (bidrag): amounts per recipient and year, in their currencies and in SEK.

Each grant is converted with the register's exchange rate for its year (or the
nearest earlier year). Totals are per payer, in each currency as paid and in
SEK: the municipality's own grants (no other payer recorded) are never added
to a twin town's grants to its own branch, nor those to each other. Every total
says how many amounts it misses: an unknown amount or one in a currency
without any exchange rate is never counted as 0, and a total of nothing but
unknowns reads "uppgift saknas". The report ends with the grants' reports:
when they are due and whether they have come in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.formatting import group_digits
from app.i18n import translate
from app.reports.builders.common import (
    PersonalData,
    contacts_left_out_note,
    data_source,
    letterhead_of,
    sort_key,
)
from app.reports.builders.sums import CurrencySum, SekSum, amount_cell, sek_cell
from app.reports.cell_text import counted, fill
from app.reports.document import (
    Block,
    CellValue,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from app.services.settings import load_settings
from app.workflow.context import exchange_rates
from db import models as m
from db.session import Database


@dataclass(frozen=True)
class _Grant:
    id: int
    year: int
    recipient: str
    payer: str
    own: bool  # paid by the home municipality (no other payer recorded)
    amount: Decimal | None
    currency: str
    report_due: date | None
    report_received: date | None
    contact: str


def build_grants_report(
    db: Database,
    year: int | None = None,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The grants of ``year`` (every year when None), with totals in SEK and their reports.

    ``include_contacts`` adds the recipients' e-mail addresses and phone numbers.
    """
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
            _Grant(grant_id, grant_year, name, payer_name or home, payer_name is None, amount,
                   (currency or "SEK").upper(), due, received, contact)
        )  # fmt: skip
    # The municipality's own grants and other payers' (a twin town paying its own
    # branch) are never added together: each payer is summed on its own.
    own_by_year: dict[int, SekSum] = defaultdict(SekSum)
    by_payer: dict[str, SekSum] = defaultdict(SekSum)
    by_currency: dict[tuple[str, str], CurrencySum] = {}
    table_rows: list[list[CellValue]] = []
    for grant in grants:
        one = SekSum()
        sek = one.add(grant.amount, grant.currency, rates, grant.year)
        if grant.own:
            own_by_year[grant.year].merge(one)
        by_payer[grant.payer].merge(one)
        key = (grant.payer, grant.currency)
        by_currency.setdefault(key, CurrencySum(grant.currency)).add(grant.amount)
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
    payers = _payers_in_order(grants, home)
    body: list[Block] = [
        _introduction(grants, own_by_year, by_payer, payers, home, year, include_contacts),
        _grants_table(table_rows, include_contacts),
        _totals(own_by_year, by_payer, by_currency, payers, home),
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
            "Grants per recipient and year in their currencies and in SEK, totals per payer "
            "and currency with unknown amounts counted, the municipality's own grants kept "
            "apart from other payers', and the grants' reports due and received.",
        ),
        source=data_source(db, filters),
        personal_data=personal.statement(),
        body=body,
    )


def _payers_in_order(grants: list[_Grant], home: str) -> list[str]:
    """The payers: the municipality itself first, then the others by name."""
    others = sorted({g.payer for g in grants if not g.own}, key=sort_key)
    return ([home] if any(g.own for g in grants) else []) + others


def _introduction(
    grants: list[_Grant],
    own_by_year: dict[int, SekSum],
    by_payer: dict[str, SekSum],
    payers: list[str],
    home: str,
    year: int | None,
    include_contacts: bool,
) -> Section:
    own = SekSum()
    for total in own_by_year.values():
        own.merge(total)
    count = counted(
        len(grants),
        translate("Reports", "1 grant"),
        translate("Reports", "%1 grants"),
        translate("Reports", "no grants"),
    )
    if year is None:
        text = fill(translate("Reports", "The register holds %1."), count)
    else:
        text = fill(translate("Reports", "In %1 the register holds %2."), str(year), count)
    if own_by_year:
        text += " " + own.sentence(
            translate("Reports", "The grants paid by %1 itself come to %2 in all."),
            translate(
                "Reports",
                "The grants paid by %1 itself come to %2 in all, not counting %3 (%4).",
            ),
            home,
        )
    elif grants:
        text += " " + fill(translate("Reports", "None of them is paid by %1 itself."), home)
    others = [p for p in payers if p != home or not own_by_year]
    blocks: list[Block] = [Paragraph(text)]
    if others:
        blocks.append(
            Paragraph(
                counted(
                    len(others),
                    translate(
                        "Reports",
                        "Grants from another payer (1 payer, for example a twin town supporting "
                        "its own association) are not added to the municipality's: each payer "
                        "is totalled on its own below.",
                    ),
                    translate(
                        "Reports",
                        "Grants from other payers (%1 payers, for example twin towns supporting "
                        "their own associations) are not added to the municipality's or to each "
                        "other: each payer is totalled on its own below.",
                    ),
                )
            )
        )
    blocks.append(
        Paragraph(
            translate(
                "Reports",
                "Amounts in other currencies are converted to SEK with the exchange rates entered "
                "in the register for the grant's year (or the nearest earlier year). Unknown "
                "amounts and amounts without an exchange rate are not counted as zero: the totals "
                "say how many are missing.",
            )
        )
    )
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
    if all(row[5] is None and row[6] is None for row in rows):
        # No grant asks for a report: two empty columns would say nothing to the board
        # (the section on reports says it in one sentence).
        columns = columns[:5] + columns[7:]
        rows = [row[:5] + row[7:] for row in rows]
    table = Table(
        columns=columns,
        rows=rows,
        caption=translate("Reports", "Grants per recipient and year"),
        sheet_name=translate("Reports", "Grants"),
    )
    return Section(translate("Reports", "Grants per recipient"), [table])


def _totals(
    own_by_year: dict[int, SekSum],
    by_payer: dict[str, SekSum],
    by_currency: dict[tuple[str, str], CurrencySum],
    payers: list[str],
    home: str,
) -> Section:
    blocks: list[Block] = []
    if by_currency:
        blocks.append(_per_payer_and_currency(by_currency, payers))
        blocks.append(_per_payer_in_sek(by_payer, payers, home, bool(own_by_year)))
    if own_by_year:
        blocks.append(_own_per_year(own_by_year, home))
    if not blocks:
        blocks.append(Paragraph(translate("Reports", "No grant is recorded.")))
    return Section(translate("Reports", "Totals"), blocks)


def _payer_label(payer: str, home: str, own: bool) -> str:
    if own and payer == home:
        return fill(translate("Reports", "%1 (own grants)"), home)
    return payer


def _per_payer_and_currency(
    by_currency: dict[tuple[str, str], CurrencySum], payers: list[str]
) -> Table:
    """Each payer's grants in each currency, exactly as paid: no rate in between."""
    rows: list[list[CellValue]] = []
    for payer in payers:
        for (who, currency), total in sorted(by_currency.items()):
            if who != payer:
                continue
            rows.append(
                [payer, currency, total.counted + total.unknown, total.total_cell(), total.unknown]
            )
    return Table(
        columns=[
            translate("Reports", "Paid by"),
            translate("Reports", "Currency"),
            translate("Reports", "Grants"),
            translate("Reports", "Total in the currency"),
            translate("Reports", "Amount unknown"),
        ],
        rows=rows,
        caption=translate("Reports", "Totals per payer and currency, as paid"),
        sheet_name=translate("Reports", "Totals per currency"),
    )


def _sek_columns() -> list[str]:
    """The columns of a line of grants in SEK after the one naming the line."""
    return [
        translate("Reports", "Grants"),
        translate("Reports", "Total in SEK"),
        translate("Reports", "Amount unknown"),
        translate("Reports", "No exchange rate"),
    ]


def _sek_row(first: CellValue, total: SekSum) -> list[CellValue]:
    """A line of grants in SEK (a payer's, a year's, the total) under :func:`_sek_columns`."""
    return [
        first,
        total.counted + total.missing,
        total.total_cell(),
        total.unknown_amounts,
        sum(total.missing_rates.values()),
    ]


def _per_payer_in_sek(
    by_payer: dict[str, SekSum], payers: list[str], home: str, own: bool
) -> Table:
    """Each payer's grants in SEK; no line adds different payers together."""
    rows = [_sek_row(_payer_label(payer, home, own), by_payer[payer]) for payer in payers]
    return Table(
        columns=[translate("Reports", "Paid by"), *_sek_columns()],
        rows=rows,
        caption=translate("Reports", "Totals per payer in SEK"),
        sheet_name=translate("Reports", "Totals per payer"),
    )


def _own_per_year(own_by_year: dict[int, SekSum], home: str) -> Table:
    """The municipality's own grants per year in SEK, with their total."""
    whole = SekSum()
    rows: list[list[CellValue]] = []
    for year in sorted(own_by_year):
        whole.merge(own_by_year[year])
        rows.append(_sek_row(year, own_by_year[year]))
    return Table(
        columns=[translate("Reports", "Year"), *_sek_columns()],
        rows=rows,
        total=_sek_row(translate("Reports", "Total"), whole),
        caption=fill(translate("Reports", "Grants paid by %1 per year in SEK"), home),
        sheet_name=translate("Reports", "Own grants per year"),
    )


def _reports(grants: list[_Grant], today: date) -> Section:
    due = [g for g in grants if g.report_due is not None]
    outstanding = [g for g in due if g.report_received is None]
    overdue = [g for g in outstanding if g.report_due is not None and g.report_due < today]
    blocks: list[Block] = [Paragraph(report_state_text(len(due), len(outstanding), len(overdue)))]
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
                        overdue_text
                        if g in overdue
                        else translate("Reports", "due", "a grant report not yet overdue"),
                    ]
                    for g in outstanding
                ],
                caption=translate("Reports", "Reports not yet received"),
                sheet_name=translate("Reports", "Reports outstanding"),
            )
        )
    return Section(translate("Reports", "Reports on the grants"), blocks)


def report_state_text(due: int, outstanding: int, overdue: int) -> str:
    """Where the grants' reports stand, in whole sentences and without a count of nothing.

    ``due`` grants ask for a report, ``outstanding`` of them have not sent it and
    ``overdue`` of those are past their date: "Reports are asked for on 3 grants.
    2 have not yet been received, 1 of them overdue."; no report asked for is the one
    sentence "No grant in the report asks for a report.". The outstanding reports are
    listed in a table below, so the count is all the board needs here.
    """
    if due == 0:
        return translate("Reports", "No grant in the report asks for a report.")
    asked = counted(
        due,
        translate("Reports", "A report is asked for on 1 grant."),
        translate("Reports", "Reports are asked for on %1 grants."),
    )
    if outstanding == 0:
        state = counted(
            due,
            translate("Reports", "It has been received."),
            translate("Reports", "All have been received."),
        )
    elif due == 1:
        state = (
            translate("Reports", "It has not been received and is overdue.")
            if overdue
            else translate("Reports", "It has not yet been received.")
        )
    elif overdue == 0:
        state = counted(
            outstanding,
            translate("Reports", "1 has not yet been received."),
            translate("Reports", "%1 have not yet been received."),
        )
    elif overdue == outstanding:
        state = counted(
            outstanding,
            translate("Reports", "1 has not been received and is overdue."),
            translate("Reports", "%1 have not been received and are overdue."),
        )
    else:
        # More outstanding than overdue: at least two outstanding, so only the overdue
        # count decides the grammar ("1 of them is overdue", "2 of them are").
        state = fill(
            translate("Reports", "%1 have not yet been received, 1 of them overdue.")
            if overdue == 1
            else translate("Reports", "%1 have not yet been received, %2 of them overdue."),
            group_digits(outstanding),
            group_digits(overdue),
        )
    return f"{asked} {state}"
