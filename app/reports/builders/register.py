"""The register (vänortsregister): every twin town, an overview table and fact sheets.

Which towns: a town is a *twin town* when it is one side of a twinning, unless
it is a home town whose partner is not one (so the home municipality itself is
not listed as its own twin town; two home towns twinned with each other, as in
an association's register, both are).

The overview table lists every twin town, in Swedish alphabetical order, with
its country or area, kind, population (a column left out when no town has
one), earliest contact year and status, and whom it is twinned with when the
register has no single home town.

Fact sheets follow the overview. A municipality's register has a handful of
twin towns and every one gets a fact sheet: country or area, kind,
population, the twinning with its contact year, derived status and the
evidence for it, agreements, networks, organisations with their contact
people, recent activities and notes.

A large register (more than :data:`FULL_REGISTER_UP_TO` twin towns: a
national association's, with up to 30 000 towns) would run to thousands of
pages of fact sheets. There the overview still lists every town, with the
status as registered (deriving 26 000 statuses from every activity would cost
more than the whole table), and fact sheets with derived statuses are made
only for the twin towns of the home towns. The report says so in its
introduction. The overview is read with two lean queries and built in one
pass, so the register of 30 000 towns costs little more than writing its rows.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from app import vocabulary
from app.dates import known_date
from app.derived.status import Period, TwinningStatus, recent_period, statuses
from app.derived.status_wording import period_text, period_words, rule_sentence
from app.formatting import year_or_text
from app.i18n import translate
from app.reports.builders import register_reading as reading
from app.reports.builders.common import (
    PersonalData,
    contacts_left_out_note,
    data_source,
    gc_paused,
    letterhead_of,
    place_text,
    sort_key,
)
from app.reports.builders.fact_sheets import effective_status, fact_sheet
from app.reports.builders.fact_sheets import town_fact_sheets as town_fact_sheets
from app.reports.builders.register_reading import FULL_REGISTER_UP_TO as FULL_REGISTER_UP_TO
from app.reports.cell_text import counted, fill
from app.reports.document import (
    Block,
    CellValue,
    Figure,
    MapPlace,
    Note,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    TownMap,
)
from app.rules import Rules
from app.services.settings import load_settings
from db.session import Database

MAP_UP_TO = 60
"""A map is drawn when at most this many towns (home towns included) have coordinates."""


_STATUS_ORDER = {"active": 0, "sporadic": 1, "planned": 2, "dormant": 3, "ended": 4}


def build_register(
    db: Database,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The register of twin towns as a document (see the module for what it holds).

    ``include_contacts`` adds the e-mail addresses and phone numbers of
    organisations and contact people; they are left out by default.
    """
    settings = load_settings(db)
    today = today or date.today()
    period = recent_period(settings.rules.status_period_years, today)
    with gc_paused(), db.reading() as session:
        register = reading.sort_out(reading.read_towns(session), reading.read_pairs(session))
    shown = {
        pair.id
        for town in register.sheet_towns
        for pair in reading.shown_pairs(register.by_town[town.id], register.homes)
    }
    found = statuses(db, period, sorted(shown), rules=settings.rules) if shown else {}
    personal = PersonalData()
    with db.reading() as session:
        details = reading.read_details(session, register, shown, include_contacts, personal)
    named = period_words(period, settings.rules.status_period_years)
    body: list[Block] = [_introduction(register, period, named, settings.rules, include_contacts)]
    if register.full:
        figure = _map(register, details)
        if figure is not None:
            body.append(figure)
    with gc_paused():
        body.append(_overview(register, found if register.full else None))
    if register.sheet_towns:
        sheets = [
            fact_sheet(town, register, found, details, period, period_named=named)
            for town in register.sheet_towns
        ]
        body.append(Section(translate("Reports", "Fact sheets"), sheets))
    if include_contacts:
        contacts = translate("Reports", "included")
    else:
        contacts = translate("Reports", "left out")
    return ReportDocument(
        title=translate("Reports", "Twin town register"),
        subtitle=settings.name.strip(),
        letterhead=letterhead_of(settings),
        date=today,
        registry_no=registry_no,
        description=translate(
            "Reports",
            "Every twin town in the register with an overview table and fact sheets: country "
            "or area, kind, population, contact year, status with its evidence, agreements, "
            "networks, organisations and recent activities.",
        ),
        source=data_source(
            db,
            {
                translate("Reports", "Status period"): period_text(period),
                translate("Reports", "Contact details"): contacts,
            },
        ),
        personal_data=personal.statement(),
        body=body,
    )


# ---------------------------------------------------------------- the document


def _introduction(
    register: reading.RegisterTowns,
    period: Period,
    named: str,
    rules: Rules,
    include_contacts: bool,
) -> Section:
    home_names = sorted((register.towns[h].name for h in register.homes), key=sort_key)
    count = counted(
        len(register.listed),
        translate("Reports", "1 twin town"),
        translate("Reports", "%1 twin towns"),
    )
    if len(home_names) == 1:
        text = fill(translate("Reports", "The register holds %1 of %2."), count, home_names[0])
    else:
        text = fill(translate("Reports", "The register holds %1."), count)
    blocks: list[Block] = [Paragraph(text)]
    # The one place the status period is given to the day; the fact sheets name it in words.
    dated = fill(translate("Reports", "%1 (%2)"), named, period_text(period))
    blocks.append(Paragraph(rule_sentence(rules, period, dated)))
    if not register.full:
        blocks.append(
            Note(
                fill(
                    translate(
                        "Reports",
                        "This register is large. To keep it printable the overview gives each "
                        "town's country and number of twinnings, and fact sheets with derived "
                        "statuses are made only for the twin towns of the home municipality "
                        "(%1).",
                    ),
                    counted(
                        len(register.sheet_towns),
                        translate("Reports", "1 town"),
                        translate("Reports", "%1 towns"),
                    ),
                ),
                label=translate("Reports", "Note"),
            )
        )
    if not include_contacts:
        blocks.append(Paragraph(contacts_left_out_note()))
    return Section(translate("Reports", "About this register"), blocks)


def _map(register: reading.RegisterTowns, details: reading.SheetDetails) -> Figure | None:
    towns = register.towns
    order = sorted(register.homes, key=lambda h: sort_key(towns[h].name))
    order += [town.id for town in register.listed]
    places: list[MapPlace] = []
    seen: set[int] = set()
    for town_id in order:
        if town_id in seen or town_id not in details.coordinates:
            continue
        seen.add(town_id)
        latitude, longitude = details.coordinates[town_id]
        places.append(MapPlace(towns[town_id].name, latitude, longitude))
    if len(places) < 2 or len(places) > MAP_UP_TO:
        return None
    return Figure(TownMap(tuple(places)), caption=translate("Reports", "The twin towns on a map"))


def _overview(register: reading.RegisterTowns, found: dict[int, TwinningStatus] | None) -> Section:
    """The table of every twin town.

    A full register shows each town's status (derived, with the coordinator's
    judgement) and its region beside the country. A large one keeps every cell
    short, so that its 30 000 rows print one line each: the country alone and,
    instead of a status, how many twinnings the town has (the statuses are in
    the fact sheets and the register itself).
    """
    towns, homes = register.towns, register.homes
    full = found is not None
    with_population = any(town[6] is not None for town in register.listed)
    with_partners = len(homes) != 1
    columns = [
        translate("Reports", "Twin town"),
        translate("Reports", "Country or area"),
        translate("Reports", "Kind"),
    ]
    if with_population:
        columns.append(translate("Reports", "Population"))
    columns.append(translate("Reports", "Contact year"))
    if with_partners:
        columns.append(translate("Reports", "Twinned with"))
    if full:
        columns.append(translate("Reports", "Status"))
    else:
        columns.append(translate("Reports", "Twinnings"))
    # Labels looked up once per distinct value: 30 000 rows share a few dozen.
    kinds: dict[str, str] = {}
    places: dict[tuple[str | None, str | None], str | None] = {}
    labels: dict[tuple[str, ...], str] = {}
    contact = _ContactYears()
    rows: list[list[CellValue]] = []
    for town_id, name, _local, country, region, kind_code, population, _home in register.listed:
        pairs = register.by_town[town_id]
        contact_year = contact.earliest(pairs)
        kind = kinds.get(kind_code)
        if kind is None:
            kind = kinds[kind_code] = vocabulary.label(kind_code)
        key = (country, region if full or not country else None)
        if key not in places:
            places[key] = place_text(*key) or None
        row: list[CellValue] = [name, places[key], kind]
        if with_population:
            row.append(population)
        row.append(contact_year)
        if with_partners:
            row.append(", ".join(towns[reading.partner_of(pair, town_id)][1] for pair in pairs))
        if found is None:
            row.append(len(pairs))
        else:
            codes = tuple(
                sorted(
                    {effective_status(pair, found) for pair in reading.shown_pairs(pairs, homes)}
                )
            )
            status = labels.get(codes)
            if status is None:
                ordered = sorted(codes, key=lambda code: (_STATUS_ORDER.get(code, 9), code))
                status = labels[codes] = " / ".join(vocabulary.label(code) for code in ordered)
            row.append(status)
        rows.append(row)
    table = Table(
        columns=columns,
        rows=rows,
        caption=translate("Reports", "The twin towns"),
        sheet_name=translate("Reports", "Twin towns"),
    )
    return Section(translate("Reports", "Overview"), [table])


class _ContactYears:
    """The overview's contact years, each distinct (year, EDTF text) read once.

    30 000 twinnings share a few hundred contact years; making the date and its
    cell once for each of those, rather than for every twinning, is most of what
    the overview costs beyond its rows. Each is kept with its date's fields as a
    plain tuple, which orders exactly as the date does and compares far faster.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[int, str | None], tuple[tuple[Any, ...], CellValue]] = {}

    def _add(self, year: int, stored: str | None) -> tuple[tuple[Any, ...], CellValue]:
        known = known_date(year, stored)
        assert known is not None  # a year is known when the column holds one
        order = tuple(getattr(known, each.name) for each in fields(known))
        entry = self._seen[(year, stored)] = (order, year_or_text(year, stored))
        return entry

    def earliest(self, pairs: list[reading.PairRow]) -> CellValue:
        """The earliest known contact year of ``pairs`` (the first of equals), or None."""
        # A plain loop: most towns have one to three twinnings, and this runs for each.
        seen, add = self._seen, self._add
        earliest = None
        for pair in pairs:
            year = pair[3]
            if year is not None:
                stored = pair[5]
                entry = seen.get((year, stored)) or add(year, stored)
                if earliest is None or entry[0] < earliest[0]:
                    earliest = entry
        return None if earliest is None else earliest[1]
