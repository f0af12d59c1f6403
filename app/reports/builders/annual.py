"""The annual report to the council: every exchange and trip of a year, with costs in SEK.

The municipality's rule (DESIGN.md section 4) is that all exchanges and trips
are reported to the council once a year. The report lists:

- the activities (exchanges) whose dates touch the year, with their towns,
  organisations, description and funding;
- the trips that started in the year, with purpose, goals, results and cost;
- the cost of the trips in SEK: the actual cost once known, else the estimate
  (a cancelled trip counts only an actual cost), converted with the register's
  own exchange rates for the year the trip started.

A cost that is not entered, or in a currency without any exchange rate, is not
counted as 0: the total says how many amounts it is missing
("63 180 kr + 1 amount unknown").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
from app.reports.builders.sums import Rates, SekSum, amount_cell, sek_cell
from app.reports.builders.work import (
    ActivityInfo,
    TripInfo,
    activities_of_year,
    read_activities,
    read_trips,
    trips_of_year,
)
from app.reports.cell_text import counted, fill
from app.reports.document import (
    Amount,
    Block,
    CellValue,
    FactSheet,
    Note,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from app.services.settings import load_settings
from app.workflow.context import exchange_rates
from db import models as m
from db.session import Database

DETAILS_UP_TO = 400
"""Up to this many activities (and trips) each gets a fact sheet after its table."""


def build_annual_report(
    db: Database,
    year: int,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The annual report of ``year`` (see the module). It holds no contact details, so
    ``include_contacts`` changes nothing; it is accepted like every report's options."""
    del include_contacts  # no report field of this one is a contact detail
    settings = load_settings(db)
    today = today or date.today()
    with db.reading() as session:
        activities = read_activities(session, activities_of_year(year))
        trips = read_trips(session, trips_of_year(year))
        rates = exchange_rates(session)
        undated = _undated_counts(session)
    totals = SekSum()
    trip_rows = [_trip_row(trip, rates, year, totals) for trip in trips]
    body: list[Block] = [
        _summary(year, activities, trips, totals, undated),
        _activities_section(activities),
        _trips_section(trips, trip_rows, totals),
        _costs_section(year, trips, rates, totals),
    ]
    return ReportDocument(
        title=fill(translate("Reports", "Twinning exchanges and trips %1"), str(year)),
        subtitle=translate("Reports", "Annual report to the municipal council"),
        letterhead=letterhead_of(settings),
        date=today,
        registry_no=registry_no,
        description=translate(
            "Reports",
            "All exchanges and trips of the year with purpose, goals, results and costs, and "
            "the costs in SEK with the register's exchange rates.",
        ),
        source=data_source(db, {translate("Reports", "Year"): str(year)}),
        personal_data=PersonalData().statement(),
        body=body,
    )


def _undated_counts(session: Session) -> tuple[int, int]:
    """How many activities and trips have no date at all (and so are in no year's report)."""
    activities = session.scalar(
        select(func.count(m.Activity.id)).where(m.Activity.start_date.is_(None))
    )
    trips = session.scalar(
        select(func.count(m.Trip.id)).where(m.Trip.start_date.is_(None), m.Trip.end_date.is_(None))
    )
    return int(activities or 0), int(trips or 0)


def _summary(
    year: int,
    activities: list[ActivityInfo],
    trips: list[TripInfo],
    totals: SekSum,
    undated: tuple[int, int],
) -> Section:
    activity_count = counted(
        len(activities),
        translate("Reports", "1 exchange or other activity"),
        translate("Reports", "%1 exchanges and other activities"),
        translate("Reports", "no exchanges or other activities"),
    )
    trip_count = counted(
        len(trips),
        translate("Reports", "1 trip"),
        translate("Reports", "%1 trips"),
        translate("Reports", "no trips"),
    )
    text = fill(
        translate("Reports", "In %1 the register records %2 with the twin towns and %3."),
        str(year),
        activity_count,
        trip_count,
    )
    if len(trips) == 1:
        # One trip is "Resan", and its one amount missing leaves no sum to give.
        text += " " + totals.sentence(
            translate("Reports", "The trip cost %1."),
            translate("Reports", "The trip's cost cannot be given (%3)."),
        )
    elif trips:
        text += " " + totals.sentence(
            translate("Reports", "The trips cost %1 in all."),
            translate("Reports", "The trips cost %1 in all, not counting %2 (%3)."),
        )
    blocks: list[Block] = [
        Paragraph(text),
        Paragraph(
            translate(
                "Reports",
                "A trip's cost is its actual cost once known, else its estimate; a cancelled "
                "trip counts only an actual cost. Costs in other currencies are converted to SEK "
                "with the exchange rates entered in the register for the year the trip started "
                "(or the nearest earlier year). Amounts that are unknown or cannot be converted "
                "are not counted as zero: the totals say how many are missing.",
            )
        ),
    ]
    undated_activities, undated_trips = undated
    missing = undated_text(undated_activities, undated_trips)
    if missing:
        blocks.append(Note(missing, label=translate("Reports", "Note")))
    return Section(translate("Reports", "Summary"), blocks)


def undated_text(activities: int, trips: int) -> str:
    """The sentence on records no year's report can hold, "" when every one has a date.

    "1 aktivitet saknar datum i registret och kommer därför inte med i något års
    redovisning.": whole sentences, the count with its grammar.
    """
    if activities and trips:
        return fill(
            translate(
                "Reports",
                "%1 and %2 have no date in the register and are therefore in no year's report.",
            ),
            counted(
                activities,
                translate("Reports", "1 activity"),
                translate("Reports", "%1 activities"),
            ),
            counted(trips, translate("Reports", "1 trip"), translate("Reports", "%1 trips")),
        )
    if activities:
        return counted(
            activities,
            translate(
                "Reports",
                "1 activity has no date in the register and is therefore in no year's report.",
            ),
            translate(
                "Reports",
                "%1 activities have no date in the register and are therefore in no year's report.",
            ),
        )
    if trips:
        return counted(
            trips,
            translate(
                "Reports",
                "1 trip has no date in the register and is therefore in no year's report.",
            ),
            translate(
                "Reports",
                "%1 trips have no date in the register and are therefore in no year's report.",
            ),
        )
    return ""


_Record = TypeVar("_Record")


def _year_section(
    title: str,
    none_recorded: str,
    table: Table,
    records: Sequence[_Record],
    sheet: Callable[[_Record], FactSheet],
) -> Section:
    """A section of the year's records: their table, then each record's sheet while they are few.

    With no record the section says ``none_recorded`` instead of showing an empty table.
    """
    if not records:
        return Section(title, [Paragraph(none_recorded)])
    blocks: list[Block] = [table]
    if len(records) <= DETAILS_UP_TO:
        blocks.extend(sheet(record) for record in records)
    return Section(title, blocks)


def _activities_section(activities: list[ActivityInfo]) -> Section:
    rows: list[list[CellValue]] = [
        [
            activity.start_date,
            activity.title,
            ", ".join(activity.towns) or None,
            vocabulary.label(activity.kind),
        ]
        for activity in activities
    ]
    table = Table(
        columns=[
            translate("Reports", "Date"),
            translate("Reports", "Activity"),
            translate("Reports", "Towns"),
            translate("Reports", "Kind"),
        ],
        rows=rows,
        caption=translate("Reports", "Exchanges and other activities of the year"),
        sheet_name=translate("Reports", "Activities"),
    )
    return _year_section(
        translate("Reports", "Exchanges and activities"),
        translate("Reports", "No activity is recorded for the year."),
        table,
        activities,
        _activity_sheet,
    )


def _activity_sheet(activity: ActivityInfo) -> FactSheet:
    facts: list[tuple[str, CellValue]] = [
        (translate("Reports", "Date"), date_range_text(activity.start_date, activity.end_date)),
        (translate("Reports", "Towns"), ", ".join(activity.towns) or None),
        (translate("Reports", "Organisations"), ", ".join(activity.organisations) or None),
        (translate("Reports", "Kind"), vocabulary.label(activity.kind)),
        (
            translate("Reports", "Municipality took part"),
            translate("Reports", "yes")
            if activity.municipality_took_part
            else translate("Reports", "no"),
        ),
    ]
    if activity.area:
        facts.append((translate("Reports", "Area"), vocabulary.label(activity.area)))
    facts.extend(note_facts(translate("Reports", "Description"), activity.description))
    if activity.funding:
        facts.append((translate("Reports", "Funding"), activity.funding))
    if activity.source_reference:
        facts.append((translate("Reports", "Source"), activity.source_reference))
    return FactSheet(title=activity.title, facts=[f for f in facts if f[1] is not None])


def _trip_row(trip: TripInfo, rates: Rates, year: int, totals: SekSum) -> list[CellValue]:
    cost = trip.counted_cost
    if trip.status == "cancelled" and cost is None:
        # Nothing was spent and nothing is missing: the row says why it has no cost.
        cost_value: CellValue = None
        sek_value: CellValue = None
        basis: str | None = vocabulary.label("cancelled")
    else:
        sek = totals.add(cost, trip.currency, rates, year_of(trip.start_date, trip.end_date, year))
        cost_value = amount_cell(cost, trip.currency)
        sek_value = sek_cell(cost, trip.currency, sek)
        if cost is None:
            basis = None
        elif trip.cost_is_actual:
            basis = translate("Reports", "actual")
        else:
            basis = translate("Reports", "estimated")
    return [
        trip.start_date or trip.end_date,
        trip.title,
        ", ".join(trip.towns) or None,
        cost_value,
        basis,
        sek_value,
    ]


def _trips_section(trips: list[TripInfo], rows: list[list[CellValue]], totals: SekSum) -> Section:
    table = Table(
        columns=[
            translate("Reports", "Date"),
            translate("Reports", "Trip"),
            translate("Reports", "Destination"),
            translate("Reports", "Cost"),
            translate("Reports", "Basis"),
            translate("Reports", "Cost in SEK"),
        ],
        rows=rows,
        # "Total" stands in the title column: the date column stays all dates.
        total=[None, translate("Reports", "Total"), None, None, None, totals.total_cell()],
        caption=translate("Reports", "Trips of the year and their costs"),
        sheet_name=translate("Reports", "Trips"),
    )
    return _year_section(
        translate("Reports", "Trips"),
        translate("Reports", "No trip is recorded for the year."),
        table,
        trips,
        _trip_sheet,
    )


def _trip_sheet(trip: TripInfo) -> FactSheet:
    facts: list[tuple[str, CellValue]] = [
        (translate("Reports", "Dates"), date_range_text(trip.start_date, trip.end_date)),
        (translate("Reports", "Destination"), ", ".join(trip.towns) or None),
        (translate("Reports", "Department"), trip.department),
        (translate("Reports", "Status"), vocabulary.label(trip.status)),
    ]
    facts.extend(note_facts(translate("Reports", "Purpose"), trip.purpose))
    facts.extend(note_facts(translate("Reports", "Goals"), trip.goals))
    facts.extend(note_facts(translate("Reports", "Results"), trip.results))
    facts.append(
        (translate("Reports", "Estimated cost"), amount_cell(trip.estimated_cost, trip.currency))
    )
    facts.append(
        (translate("Reports", "Actual cost"), amount_cell(trip.actual_cost, trip.currency))
    )
    if trip.funding:
        facts.append((translate("Reports", "Funding"), trip.funding))
    if trip.approval is not None:
        facts.append((translate("Reports", "Approval"), trip.approval.text()))
    if trip.report_back is not None:
        facts.append((translate("Reports", "Report-back"), trip.report_back.text()))
    return FactSheet(title=trip.title, facts=[f for f in facts if f[1] is not None])


def _costs_section(year: int, trips: list[TripInfo], rates: Rates, totals: SekSum) -> Section:
    rows: list[list[CellValue]] = [
        [translate("Reports", "Trips with a cost counted"), totals.counted],
        [translate("Reports", "Cost of those trips in SEK"), Amount(totals.total)],
        [translate("Reports", "Trips whose cost is unknown"), totals.unknown_amounts],
        [
            translate("Reports", "Trips whose cost has no exchange rate"),
            sum(totals.missing_rates.values()),
        ],
    ]
    # The summary has already said what the trips cost in all: the table gives the detail.
    blocks: list[Block] = [
        Table(
            columns=[translate("Reports", "What"), translate("Reports", "Value")],
            rows=rows,
            caption=fill(translate("Reports", "Costs of the trips %1"), str(year)),
            sheet_name=translate("Reports", "Costs"),
        ),
    ]
    used = sorted({trip.currency for trip in trips if trip.currency != "SEK"})
    if used:
        rate_rows: list[list[CellValue]] = []
        for currency in used:
            known = sorted(y for (c, y) in rates if c == currency)
            for rate_year in known:
                rate = rates[(currency, rate_year)].normalize()
                rate_rows.append([currency, rate_year, f"{rate:f}".replace(".", ",")])
            if not known:
                rate_rows.append([currency, None, translate("Reports", "no exchange rate")])
        blocks.append(
            Table(
                columns=[
                    translate("Reports", "Currency"),
                    translate("Reports", "Year"),
                    translate("Reports", "SEK per unit"),
                ],
                rows=rate_rows,
                caption=translate("Reports", "Exchange rates in the register"),
                sheet_name=translate("Reports", "Exchange rates"),
            )
        )
    return Section(translate("Reports", "Costs"), blocks)
