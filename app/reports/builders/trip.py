"""The trip report-back (återrapportering) of one trip, for the executive board.

Destination, dates, travellers, purpose, goals, results, the estimated and
actual cost in the trip's currency and in SEK (with the register's exchange
rate for the year the trip started), funding, and the approval and
report-back decisions. It also says whether the municipality's rule asks for
a report-back: a trip costing more than the threshold does.

The travellers are named (personal data, and the report says so); nobody's
e-mail address or phone number is in the register's trip, so there is nothing
to leave out.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app import vocabulary
from app.i18n import translate
from app.reports.builders.common import (
    PersonalData,
    data_source,
    date_range_text,
    letterhead_of,
    note_facts,
    year_of,
)
from app.reports.builders.sums import Rates, amount_cell, sek_cell
from app.reports.builders.work import TripInfo, read_trips
from app.reports.cell_text import fill, format_amount
from app.reports.document import (
    Amount,
    Block,
    CellValue,
    FactSheet,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from app.rules import Rules
from app.services.errors import RecordNotFound
from app.services.kinds import spec_for
from app.services.settings import load_settings
from app.workflow.context import cost_in_sek, exchange_rates, over_threshold
from db import models as m
from db.session import Database


def build_trip_report(
    db: Database,
    trip_id: int,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The report-back of trip ``trip_id``; RecordNotFound when there is no such trip.

    ``registry_no`` defaults to the registry number of the report-back decision,
    else of the approval decision, since the paper belongs to that case.
    """
    del include_contacts  # a trip holds no contact details
    settings = load_settings(db)
    today = today or date.today()
    with db.reading() as session:
        found = read_trips(session, m.Trip.id == trip_id)
        rates = exchange_rates(session)
    if not found:
        text = translate("Reports", "There is no trip with the number %1 in the register.")
        raise RecordNotFound(fill(text, str(trip_id)), "trip", trip_id)
    trip = found[0]
    personal = PersonalData()
    if trip.travellers and trip.travellers.strip():
        personal.add(translate("Reports", "names of the travellers"))
    if not registry_no:
        for decision in (trip.report_back, trip.approval):
            if decision is not None and decision.registry_no:
                registry_no = decision.registry_no
                break
    body: list[Block] = [_the_trip(trip), _costs(trip, rates, today, settings.rules)]
    return ReportDocument(
        title=fill(translate("Reports", "Report-back: %1"), trip.title),
        subtitle=translate("Reports", "Trip report to the municipal executive board"),
        letterhead=letterhead_of(settings),
        date=today,
        registry_no=registry_no,
        description=translate(
            "Reports",
            "One trip for the executive board: destination, dates, travellers, purpose, goals, "
            "results, costs in its currency and in SEK, funding and decisions.",
        ),
        source=data_source(db, {spec_for("trip").display_singular(): f"{trip.id}: {trip.title}"}),
        personal_data=personal.statement(),
        body=body,
    )


def _the_trip(trip: TripInfo) -> Section:
    not_linked = translate("Reports", "no decision linked")
    facts: list[tuple[str, CellValue]] = [
        (translate("Reports", "Destination"), ", ".join(trip.towns) or None),
        (translate("Reports", "Dates"), date_range_text(trip.start_date, trip.end_date) or None),
        (translate("Reports", "Travellers"), trip.travellers),
        (translate("Reports", "Department"), trip.department),
        (translate("Reports", "Funding"), trip.funding),
        (translate("Reports", "Status"), vocabulary.label(trip.status)),
        (
            translate("Reports", "Approval"),
            trip.approval.text() if trip.approval is not None else not_linked,
        ),
        (
            translate("Reports", "Report-back decision"),
            trip.report_back.text() if trip.report_back is not None else not_linked,
        ),
    ]
    shown: list[tuple[str, CellValue]] = [
        (key, value if value not in (None, "") else _not_given()) for key, value in facts
    ]
    shown += _aims_and_results(trip)
    for decision, label in (
        (trip.approval, translate("Reports", "Approval")),
        (trip.report_back, translate("Reports", "Report-back decision")),
    ):
        if decision is not None and decision.outcome:
            shown += note_facts(fill(translate("Reports", "Outcome: %1"), label), decision.outcome)
        if decision is not None and decision.distribution:
            shown += note_facts(
                fill(translate("Reports", "Sent to: %1"), label), decision.distribution
            )
    return Section(translate("Reports", "The trip"), [FactSheet(trip.title, shown)])


def _not_given() -> str:
    return translate("Reports", "not given")


def _aims_and_results(trip: TripInfo) -> list[tuple[str, CellValue]]:
    """Purpose, goals and results: what the board's rule asks a report-back to state."""
    facts: list[tuple[str, CellValue]] = []
    for label, text in (
        (translate("Reports", "Purpose"), trip.purpose),
        (translate("Reports", "Goals"), trip.goals),
        (translate("Reports", "Results"), trip.results),
    ):
        facts += note_facts(label, text) or [(label, translate("Reports", "not written yet"))]
    return facts


def _costs(trip: TripInfo, rates: Rates, today: date, rules: Rules) -> Section:
    year = year_of(trip.start_date, trip.end_date, today.year)
    rows: list[list[CellValue]] = []
    for label, amount in (
        (translate("Reports", "Estimated cost"), trip.estimated_cost),
        (translate("Reports", "Actual cost"), trip.actual_cost),
    ):
        sek = cost_in_sek(amount, trip.currency, rates, year)
        row = [label, amount_cell(amount, trip.currency), sek_cell(amount, trip.currency, sek)]
        # A trip paid in kronor needs no second column saying the same amount again.
        rows.append(row[:2] if trip.currency == "SEK" else row)
    columns = [
        translate("Reports", "Cost"),
        fill(translate("Reports", "In %1"), trip.currency),
        translate("Reports", "In SEK"),
    ]
    blocks: list[Block] = [
        Table(
            columns=columns[:2] if trip.currency == "SEK" else columns,
            rows=rows,
            caption=translate("Reports", "Costs of the trip"),
            sheet_name=translate("Reports", "Costs"),
        ),
    ]
    if trip.currency != "SEK":
        blocks.append(Paragraph(_rate_sentence(trip.currency, year, rates)))
    counted = trip.counted_cost
    sek = cost_in_sek(counted, trip.currency, rates, year)
    threshold = format_amount(Amount(Decimal(rules.report_back_threshold_sek)))
    if counted is None:
        rule = translate(
            "Reports", "No cost is entered, so the report-back rule cannot be checked."
        )
    elif sek is None:
        rule = fill(
            translate(
                "Reports",
                "The cost cannot be converted to SEK (no exchange rate for %1), so it cannot be "
                "shown to stay within %2: a report-back to the board is needed.",
            ),
            trip.currency,
            threshold,
        )
    elif over_threshold(sek, rules.report_back_threshold_sek):
        rule = fill(
            translate(
                "Reports",
                "The cost, %1, exceeds %2: the municipality's rules ask for a report-back to "
                "the board stating purpose, goals and results.",
            ),
            format_amount(Amount(sek)),
            threshold,
        )
    else:
        rule = fill(
            translate(
                "Reports",
                "The cost, %1, does not exceed %2: the rules ask for no report-back, which this "
                "paper gives all the same.",
            ),
            format_amount(Amount(sek)),
            threshold,
        )
    blocks.append(Paragraph(rule))
    return Section(translate("Reports", "Costs and funding"), blocks)


def _rate_sentence(currency: str, year: int, rates: Rates) -> str:
    years = sorted(y for (c, y) in rates if c == currency)
    if not years:
        return fill(translate("Reports", "The register holds no exchange rate for %1."), currency)
    earlier = [y for y in years if y <= year]
    used = max(earlier) if earlier else min(years)
    rate = rates[(currency, used)].normalize()
    return fill(
        translate("Reports", "Converted with the register's rate for %1 of %2: %3 SEK per %1."),
        currency,
        str(used),
        f"{rate:f}".replace(".", ","),
    )
