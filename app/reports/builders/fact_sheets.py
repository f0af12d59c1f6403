"""The fact sheet of a twin town: the one builder the register and the mapping report share.

A sheet gives the town's country or area, kind, population, other names, each
twinning with its contact year, start, end and status (derived, with its
evidence), agreements, networks, organisations, contact persons, recent
activities and notes. The mapping report asks for brief sheets and adds its own
facts; both reports thus say the same about a town.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date

from app import vocabulary
from app.derived.status import Period, TwinningStatus, recent_period, statuses
from app.derived.status_wording import period_text, period_words
from app.formatting import format_stored, year_or_text
from app.i18n import translate
from app.reports.builders.common import (
    PersonalData,
    evidence_text,
    lines,
    note_facts,
    place_text,
    status_text,
)
from app.reports.builders.register_reading import (
    PairRow,
    RegisterTowns,
    SheetDetails,
    TownRow,
    partner_of,
    read_details,
    read_pairs,
    read_towns,
    shown_pairs,
    sort_out,
)
from app.reports.cell_text import fill
from app.reports.document import (
    UNKNOWN,
    CellValue,
    FactSheet,
)
from app.services.settings import load_settings
from db.session import Database

RECENT_ACTIVITIES = 5
"""Activities listed per fact sheet, latest first."""


def town_fact_sheets(
    db: Database,
    town_ids: Sequence[int],
    *,
    today: date | None = None,
    extra: Mapping[int, Sequence[tuple[str, CellValue]]] | None = None,
    brief: bool = False,
) -> list[tuple[int, FactSheet]]:
    """The fact sheets of ``town_ids`` (each with its town's id), in that order.

    :func:`fact_sheet` is the one builder of every fact sheet: the register's
    and the mapping report's.

    The register prints them in full. The mapping report asks for ``brief``
    ones, several to a page: without the derived status and its evidence (its
    analysis gives both), contact persons, website, collaboration areas and
    recent activities (its own sections list them), and with its own facts
    per town in ``extra`` (members in the report's year, hosting, grants).
    """
    settings = load_settings(db)
    today = today or date.today()
    period = recent_period(settings.rules.status_period_years, today)
    with db.reading() as session:
        register = sort_out(read_towns(session), read_pairs(session))
    wanted = [register.towns[i] for i in town_ids if i in register.towns and i in register.by_town]
    register = dataclasses.replace(register, sheet_towns=wanted)
    shown = {
        pair.id
        for town in wanted
        for pair in shown_pairs(register.by_town[town.id], register.homes)
    }
    found = {} if brief else statuses(db, period, sorted(shown), rules=settings.rules)
    with db.reading() as session:
        details = read_details(session, register, shown, False, PersonalData())
    more = extra or {}
    named = period_words(period, settings.rules.status_period_years)
    return [
        (
            town.id,
            fact_sheet(
                town,
                register,
                found,
                details,
                period,
                brief=brief,
                extra=more.get(town.id, ()),
                period_named=named,
            ),
        )
        for town in wanted
    ]


def effective_status(pair: PairRow, found: dict[int, TwinningStatus]) -> str:
    """The derived status where one was worked out, else the status as registered."""
    status = found.get(pair.id)
    return status.effective if status is not None else pair.status


def fact_sheet(
    town: TownRow,
    register: RegisterTowns,
    found: dict[int, TwinningStatus],
    details: SheetDetails,
    period: Period,
    *,
    brief: bool = False,
    extra: Sequence[tuple[str, CellValue]] = (),
    period_named: str | None = None,
) -> FactSheet:
    """The fact sheet of ``town``: brief for the mapping report, in full for the register.

    ``period_named`` is the status period as the report's introduction names it ("the
    last four years", see :func:`~app.reports.builders.common.period_words`); the sheet
    says it in the status's grounds, not again in a label.
    """
    unknown_population = town.population if town.population is not None else UNKNOWN
    facts: list[tuple[str, CellValue]] = [
        (translate("Reports", "Country or area"), place_text(town.country, town.region) or UNKNOWN),
        (translate("Reports", "Kind"), vocabulary.label(town.kind)),
    ]
    if not brief or town.population is not None:
        facts.append((translate("Reports", "Population"), unknown_population))
    if town.local_name:
        facts.append((translate("Reports", "Local name"), town.local_name))
    if details.other_names.get(town.id):
        facts.append(
            (translate("Reports", "Other spellings"), ", ".join(details.other_names[town.id]))
        )
    if town.id in details.websites and not brief:
        facts.append((translate("Reports", "Website"), details.websites[town.id]))
    shown = shown_pairs(register.by_town[town.id], register.homes)
    for pair in shown:
        facts += _twinning_facts(
            town,
            pair,
            register,
            found,
            details,
            period_named or period_text(period),
            len(shown) > 1,
            brief=brief,
        )
    facts += extra
    none = translate("Reports", "none recorded")
    facts.append(
        (translate("Reports", "Agreements"), lines(details.agreements.get(town.id, [])) or none)
    )
    facts.append(
        (translate("Reports", "Networks"), lines(details.networks.get(town.id, [])) or none)
    )
    facts.append(
        (
            translate("Reports", "Organisations"),
            lines(details.organisations.get(town.id, [])) or none,
        )
    )
    if details.people.get(town.id) and not brief:
        facts.append((translate("Reports", "Contact persons"), lines(details.people[town.id])))
    recent = sorted(details.activities.get(town.id, []), key=lambda item: item[0], reverse=True)
    if not brief:
        facts.append(
            (
                translate("Reports", "Recent activities"),
                lines(text for _day, text in recent[:RECENT_ACTIVITIES]) or none,
            )
        )
    facts.extend(note_facts(translate("Reports", "Notes"), details.notes.get(town.id)))
    return FactSheet(title=town.name, facts=facts)


def _twinning_facts(
    town: TownRow,
    pair: PairRow,
    register: RegisterTowns,
    found: dict[int, TwinningStatus],
    details: SheetDetails,
    period_named: str,
    several: bool,
    *,
    brief: bool = False,
) -> list[tuple[str, CellValue]]:
    partner = register.towns[partner_of(pair, town.id)].name
    pair_facts = details.pairs.get(pair.id)

    def key(label: str) -> str:
        # With several twinnings each fact names the partner it belongs to.
        return f"{label} ({partner})" if several else label

    kind = vocabulary.label(pair_facts.kind) if pair_facts else ""
    facts: list[tuple[str, CellValue]] = [
        (
            translate("Reports", "Twinning"),
            fill(translate("Reports", "with %1: %2"), partner, kind) if kind else partner,
        ),
        (
            key(translate("Reports", "Contact year")),
            year_or_text(pair.contact_year, pair.contact_year_edtf) or UNKNOWN,
        ),
    ]
    started = (
        format_stored(pair_facts.start_date, pair_facts.start_date_edtf)
        if pair_facts is not None and pair_facts.start_date is not None
        else ""
    )
    if brief:
        # Short sheets fit several to a page: the ordinary kind and a formal start in
        # the contact year go unsaid.
        if pair_facts is not None and pair_facts.kind == "twin_town" and not several:
            facts.pop(0)
        if started == str(year_or_text(pair.contact_year, pair.contact_year_edtf)):
            started = ""
    if started:
        # As precisely as known: "1977", never an invented "1977-01-01".
        facts.append((key(translate("Reports", "Formal start")), started))
    ended_on = format_stored(pair_facts.end_date, pair_facts.end_date_edtf) if pair_facts else ""
    if ended_on or pair.status == "ended":
        reason = pair_facts.end_reason if pair_facts is not None else None
        text = ": ".join(p for p in (ended_on, reason or "") if p)
        facts.append((key(translate("Reports", "Ended")), text or vocabulary.label("ended")))
    status = found.get(pair.id)
    if brief:
        pass  # the report that asks for brief sheets gives the status and its ground itself
    elif status is not None and status.derived == "ended" and status.effective == "ended":
        # The "Ended" fact above gives the year and the reason; a ground saying the
        # twinning had ended by the end of the period would only repeat it.
        facts.append((key(translate("Reports", "Status")), vocabulary.label("ended")))
    elif status is not None:
        if pair.status and pair.status != status.effective:
            # What the register itself says ("aktiv") is shown beside what the contacts
            # give, never silently replaced by it (as the term evaluation shows it too).
            facts.append(
                (key(translate("Reports", "Status as registered")), vocabulary.label(pair.status))
            )
        # The period is named once, in the grounds ("no contact ... in the last four
        # years"); the label stays "Status", where a reader looks for it.
        facts.append((key(translate("Reports", "Status")), status_text(status, period_named)))
        if status.evidence:
            # With no evidence the grounds already say that nothing is recorded.
            facts.append((key(translate("Reports", "Evidence")), evidence_text(status.evidence)))
    else:
        facts.append(
            (key(translate("Reports", "Status as registered")), vocabulary.label(pair.status))
        )
    if pair_facts is not None and pair_facts.areas and not brief:
        facts.append(
            (
                key(translate("Reports", "Collaboration areas")),
                ", ".join(vocabulary.label(area) for area in pair_facts.areas),
            )
        )
    if pair_facts is not None and pair_facts.responsible_person_id is not None and not brief:
        person = details.responsible.get(pair_facts.responsible_person_id)
        if person:
            facts.append((key(translate("Reports", "Responsible")), person))
    return facts
