"""The appendix's fact sheets: a page of facts about each twin town of the mapping."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from app import vocabulary
from app.i18n import translate
from app.mapping.data import FactSheetFacts, LevelStatus, TownFacts, TownGroup
from app.mapping.gather import RegisterReader, chunks
from app.reports.cell_text import fill
from app.reports.document import UNKNOWN, Amount, CellValue
from db import models as m


def town_fact_sheets(
    reader: RegisterReader,
    towns: list[TownFacts],
    groups: list[TownGroup],
    level_by_twinning: dict[int, LevelStatus],
) -> list[FactSheetFacts]:
    """A page of facts about every twin town of the tables (the home town aside)."""
    if not reader.content.appendix.fact_sheets:
        return []
    by_id = {t.town_id: t for t in towns}
    order = [tid for g in groups for tid in g.town_ids if tid not in reader.homes]
    order = list(dict.fromkeys(order))
    details = _town_details(reader, order)
    memberships = _memberships(reader, order)
    branch_names = _branch_names(reader, order)
    sheets = []
    for town_id in order:
        town = by_id.get(town_id)
        if town is None:
            continue
        sheets.append(
            _fact_sheet(
                reader,
                town,
                details.get(town_id),
                memberships.get(town_id, []),
                branch_names.get(town_id, []),
                level_by_twinning.get(town.twinning_id or -1),
            )
        )
    return sheets


def _town_details(reader: RegisterReader, ids: list[int]) -> dict[int, tuple[object, ...]]:
    t = m.Town
    found: dict[int, tuple[object, ...]] = {}
    for chunk in chunks(ids):
        for row in reader.session.execute(
            select(
                t.id, t.local_name, t.kind, t.population, t.website, t.notes, t.latitude,
                t.longitude,
            ).where(t.id.in_(chunk))
        ):  # fmt: skip
            found[row[0]] = tuple(row[1:])
    return found


def _memberships(reader: RegisterReader, ids: list[int]) -> dict[int, list[str]]:
    member = m.NetworkMember
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(ids):
        for town_id, name, joined, left in reader.session.execute(
            select(member.town_id, m.Network.name, member.joined_year, member.left_year)
            .join(m.Network, m.Network.id == member.network_id)
            .where(member.town_id.in_(chunk))
            .order_by(member.joined_year, member.id)
        ):
            if joined and left:
                found[town_id].append(f"{name} ({joined}–{left})")
            elif joined:
                found[town_id].append(
                    fill(translate("Mapping", "%1 (since %2)"), name, str(joined))
                )
            else:
                found[town_id].append(name)
    return found


def _branch_names(reader: RegisterReader, ids: list[int]) -> dict[int, list[str]]:
    org = m.Organisation
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(ids):
        for town_id, name in reader.session.execute(
            select(org.town_id, org.name)
            .where(org.kind == "local_branch", org.town_id.in_(chunk))
            .order_by(org.name)
        ):
            if town_id is not None:
                found[town_id].append(name)
    return found


def _fact_sheet(
    reader: RegisterReader,
    town: TownFacts,
    details: tuple[object, ...] | None,
    memberships: list[str],
    branches: list[str],
    level: LevelStatus | None,
) -> FactSheetFacts:
    local_name, kind, population, website, notes, lat, lon = details or (None,) * 7
    facts: list[tuple[str, CellValue]] = []

    def add(label: str, value: CellValue) -> None:
        if value is not None and value != "":
            facts.append((label, value))

    add(translate("Mapping", "Country or area"), town.area)
    if isinstance(local_name, str):
        add(translate("Mapping", "Local name"), local_name)
    if isinstance(kind, str):
        add(translate("Mapping", "Kind of place"), vocabulary.label(kind))
    if isinstance(population, int):
        add(translate("Mapping", "Population"), population)
    # A board seldom needs coordinates; they are printed only when she asks.
    if reader.content.appendix.coordinates and isinstance(lat, float) and isinstance(lon, float):
        add(translate("Mapping", "Coordinates"), f"{lat:.4f}, {lon:.4f}")
    add(translate("Mapping", "Contact year"), town.contact_year)
    # Short sheets fit several to a page: the ordinary kind and a zero go unsaid.
    if town.twinning_kind and town.twinning_kind != "twin_town":
        add(translate("Mapping", "Kind of twinning"), vocabulary.label(town.twinning_kind))
    if town.ended:
        add(translate("Mapping", "Ended"), town.end_year or vocabulary.label("ended"))
    if level is not None:
        # The ground of each status is in the analysis; the sheet only names it.
        add(
            translate("Mapping", "Status"),
            fill(
                translate("Mapping", "%1 at the municipal level, %2 at the civil level"),
                vocabulary.label(level.municipal),
                vocabulary.label(level.civil),
            ),
        )
    if memberships:
        add(translate("Mapping", "Networks"), "; ".join(memberships))
    if branches:
        add(translate("Mapping", "Local branch"), "; ".join(branches))
        year = reader.table_year
        add(
            fill(translate("Mapping", "Members %1"), str(year)),
            town.members if town.members is not None else UNKNOWN,
        )
    related = [a for a in reader.agreements if town.name in a.parties]
    if related:
        add(
            translate("Mapping", "Agreements"),
            "; ".join(f"{a.title} ({vocabulary.label(a.status)})" for a in related),
        )
    else:
        add(translate("Mapping", "Agreements"), translate("Mapping", "none recorded"))
    hosted = [str(mt.year) for mt in reader.meetings if mt.host == town.name]
    if hosted:
        add(translate("Mapping", "Hosted meetings"), ", ".join(hosted))
    done = [a for a in reader.activities if town.name in a.towns]
    if done:
        add(translate("Mapping", "Activities and trips in the period"), len(done))
    for grant in reader.grants:
        if grant.town == town.name or grant.payer == town.name:
            add(
                fill(translate("Mapping", "Grant %1"), str(grant.year)),
                Amount(grant.amount, grant.currency) if grant.amount is not None else UNKNOWN,
            )
    if isinstance(website, str):
        add(translate("Mapping", "Website"), website)
    if isinstance(notes, str):
        add(translate("Mapping", "Notes"), notes)
    return FactSheetFacts(town.town_id, town.name, tuple(facts))
