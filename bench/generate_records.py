"""The generated records around the towns: decisions, associations, people, networks,
activities, trips, agreements and the links from decisions."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from bench.generate_base import (
    COUNT_YEARS,
    NATIONAL_ASSOCIATIONS,
    _ascii,
    _editable,
    _random_date,
    _Towns,
)
from bench.names import COUNTRIES, person_name


def _decision_rows(rng: random.Random, count: int, towns: _Towns) -> list[dict[str, Any]]:
    from db.vocabulary import BODIES

    prefixes = {
        "council": "KF",
        "executive_board": "KS",
        "working_committee": "KSAU",
        "council_presidium": "KFP",
        "committee": "KN",
        "other": "DNR",
    }
    rows = []
    for number in range(1, count + 1):
        body = rng.choices(BODIES, [15, 45, 20, 5, 10, 5])[0]
        decided = _random_date(rng, 1995, 2025)
        town = towns.names[rng.randrange(len(towns.names))]
        rows.append(
            _editable(
                number,
                body=body,
                body_name="Kultur- och fritidsnämnden" if body in ("committee", "other") else None,
                decided_on=decided,
                section=f"§ {rng.randint(1, 250)}",
                registry_no=f"{prefixes[body]} {decided.year}/{rng.randint(1, 999)}",
                title=rng.choice(
                    (
                        f"Vänortssamarbete med {town}",
                        f"Resa till {town}",
                        f"Avtal med {town}",
                        f"Bidrag till vänortsföreningen i {town}",
                    )
                ),
                summary="Beslutet fattades enligt förvaltningens förslag.",
                outcome="Bifall." if rng.random() < 0.9 else "Avslag.",
                distribution="Kommunledningskontoret" if rng.random() < 0.5 else None,
            )
        )
    return rows


_ORG_FORMS = {
    "association": ("Vänortsföreningen i {}", "{} Friendship Society", "Föreningen Norden {}"),
    "local_branch": ("Norden {}", "Pohjola-Norden {}", "Foreningen Norden {}"),
    "school": ("{} Gymnasium", "{} skola", "Lycée de {}"),
    "club": ("{} IF", "{} Sportklubb", "FC {}"),
    "company": ("{} Energi AB", "{} Trä & Bygg", "{} Turism"),
    "committee": ("Vänortskommittén {}",),
    "department": ("Kulturförvaltningen {}", "{} tekniska förvaltning"),
    "municipal_company": ("{} Hamn AB", "{} Bostäder AB"),
    "other": ("{} församling", "{} bibliotek"),
}


def _organisation_rows(rng: random.Random, count: int, towns: _Towns) -> list[dict[str, Any]]:
    from db.vocabulary import ORGANISATION_KINDS

    nationals = min(NATIONAL_ASSOCIATIONS, max(1, count // 20))
    rows = []
    for number in range(1, count + 1):
        if number <= nationals:
            country = COUNTRIES[(number - 1) % len(COUNTRIES)]
            rows.append(
                _editable(
                    number,
                    name=f"Föreningen Norden ({country.code}) {number}",
                    kind="association",
                    town_id=None,
                    parent_id=None,
                    founded=_random_date(rng, 1919, 1960),
                    website=None,
                    email=None,
                    phone=None,
                    notes=None,
                )
            )
            continue
        kind = rng.choices(ORGANISATION_KINDS, [25, 25, 12, 12, 6, 5, 8, 3, 4])[0]
        town = rng.randrange(len(towns.ids))
        name = rng.choice(_ORG_FORMS[kind]).format(towns.names[town])
        rows.append(
            _editable(
                number,
                name=name,
                kind=kind,
                town_id=towns.ids[town],
                parent_id=rng.randint(1, nationals) if kind == "local_branch" else None,
                founded=_random_date(rng, 1920, 2020) if rng.random() < 0.6 else None,
                website=f"https://{_ascii(name)[:40]}.example" if rng.random() < 0.3 else None,
                email=f"info@{_ascii(name)[:30]}.example" if rng.random() < 0.4 else None,
                phone=f"+46 {rng.randint(10, 99)} {rng.randint(100000, 999999)}"
                if rng.random() < 0.3
                else None,
                notes=None,
            )
        )
    return rows


def _member_count_rows(rng: random.Random, organisations: int) -> list[dict[str, Any]]:
    rows = []
    number = itertools.count(1)
    for organisation in range(1, organisations + 1):
        members = rng.randint(5, 400)
        for year in COUNT_YEARS:
            members = max(0, members + rng.randint(-15, 12))
            known = rng.random() >= 0.05  # "uppgift saknas" now and then
            rows.append(
                _editable(
                    next(number),
                    organisation_id=organisation,
                    year=year,
                    count=members if known else None,
                    note=None if known else "Uppgift saknas",
                )
            )
    return rows


def _person_rows(rng: random.Random, count: int, organisations: int) -> list[dict[str, Any]]:
    roles = ("Ordförande", "Sekreterare", "Kassör", "Kontaktperson", "Rektor", "Samordnare")
    rows = []
    for number in range(1, count + 1):
        country = rng.choice(COUNTRIES)
        name = person_name(rng, country)
        rows.append(
            _editable(
                number,
                name=name,
                role=rng.choice(roles),
                organisation_id=rng.randint(1, organisations) if rng.random() < 0.8 else None,
                email=f"{_ascii(name)[:30]}@example.org" if rng.random() < 0.7 else None,
                phone=f"+{rng.randint(30, 49)} {rng.randint(100000, 99999999)}"
                if rng.random() < 0.5
                else None,
                languages=rng.choice(("svenska, engelska", "engelska", "tyska, engelska", None)),
                notes=None,
                dispose_after=_random_date(rng, 2026, 2032) if rng.random() < 0.3 else None,
            )
        )
    return rows


def _network_rows(
    rng: random.Random, count: int, towns: _Towns
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    networks, members, meetings = [], [], []
    member_id = itertools.count(1)
    meeting_id = itertools.count(1)
    for number in range(1, count + 1):
        size = min(len(towns.ids), rng.randint(4, 12))
        chosen = rng.sample(range(len(towns.ids)), size)
        if number == 1:
            chosen = [0, *[t for t in chosen if t != 0][: size - 1]]
        cadence = rng.choice((1, 1, 2, 3))
        founded = rng.randint(1950, 2010)
        networks.append(
            _editable(
                number,
                name=f"Vänortskedjan {towns.names[chosen[0]]} {number}",
                cadence_years=cadence,
                founded_year=founded,
                notes=None,
            )
        )
        for position, town in enumerate(chosen, start=1):
            left = rng.randint(founded + 1, 2024) if rng.random() < 0.1 else None
            members.append(
                _editable(
                    next(member_id),
                    network_id=number,
                    town_id=towns.ids[town],
                    joined_year=founded,
                    left_year=left,
                    rotation_position=position if left is None else None,
                    notes=None,
                )
            )
        years = list(range(2024, founded, -cadence))[:10]
        for turn, year in enumerate(sorted(years)):
            host = chosen[turn % len(chosen)]
            start = date(year, rng.randint(5, 9), rng.randint(1, 25))
            meetings.append(
                _editable(
                    next(meeting_id),
                    network_id=number,
                    year=year,
                    host_town_id=towns.ids[host],
                    place=towns.names[host],
                    kind="meeting" if rng.random() < 0.85 else "seminar",
                    start_date=start,
                    end_date=start + timedelta(days=rng.randint(1, 3)),
                    participants=f"{rng.randint(20, 200)} deltagare",
                    follow_up_report=None,
                    follow_up_date=None,
                    notes=None,
                )
            )
    return networks, members, meetings


_ACTIVITY_TITLES = {
    "official_meeting": "Officiellt besök i {}",
    "school_exchange": "Elevutbyte med {}",
    "culture": "Kulturdagar i {}",
    "sports": "Fotbollsturnering i {}",
    "business": "Näringslivsresa till {}",
    "project": "EU-projekt med {}",
    "other": "Vänortsträff i {}",
}


def _activity_rows(
    rng: random.Random,
    count: int,
    towns: _Towns,
    twinnings: list[dict[str, Any]],
    organisations: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    from db.vocabulary import ACTIVITY_KINDS, COLLABORATION_AREAS

    index_of = {town_id: i for i, town_id in enumerate(towns.ids)}
    rows: list[dict[str, Any]] = []
    town_links: list[dict[str, Any]] = []
    organisation_links: list[dict[str, Any]] = []
    for number in range(1, count + 1):
        if rng.random() < 0.8:
            twinning = twinnings[rng.randrange(len(twinnings))]
            linked = [twinning["town_a_id"], twinning["town_b_id"]]
        else:
            linked = [towns.ids[rng.randrange(len(towns.ids))]]
        kind = rng.choice(ACTIVITY_KINDS)
        start = _random_date(rng, 1995, 2025)
        rows.append(
            _editable(
                number,
                title=_ACTIVITY_TITLES[kind].format(towns.names[index_of[linked[-1]]]),
                start_date=start,
                end_date=start + timedelta(days=rng.randint(0, 6)),
                kind=kind,
                area=rng.choice(COLLABORATION_AREAS),
                description="Deltagare från båda orterna." if rng.random() < 0.5 else None,
                municipality_took_part=rng.random() < 0.4,
                funding=rng.choice((None, "Kommunen", "Nordplus", "Erasmus+")),
                source_reference=None,
            )
        )
        town_links.extend({"activity_id": number, "town_id": t} for t in linked)
        if rng.random() < 0.3:
            organisation_links.append(
                {"activity_id": number, "organisation_id": rng.randint(1, organisations)}
            )
    return rows, town_links, organisation_links


def _trip_rows(
    rng: random.Random, count: int, towns: _Towns, organisations: int, decisions: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from db.vocabulary import TRIP_STATUSES

    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for number in range(1, count + 1):
        targets = sorted({rng.randrange(len(towns.ids)) for _ in range(rng.randint(1, 2))})
        start = _random_date(rng, 2005, 2026)
        estimated = Decimal(rng.randint(2, 80) * 1000)
        status = rng.choice(TRIP_STATUSES)
        rows.append(
            _editable(
                number,
                title=f"Resa till {towns.names[targets[0]]}",
                start_date=start,
                end_date=start + timedelta(days=rng.randint(1, 5)),
                travellers="Kommunstyrelsens ordförande, internationell samordnare",
                department_id=rng.randint(1, organisations) if rng.random() < 0.3 else None,
                purpose="Delta i vänortsträffen.",
                goals="Förnya samarbetet inom skola och kultur.",
                results="Avsiktsförklaring om elevutbyte."
                if status in ("done", "reported")
                else None,
                estimated_cost=estimated,
                actual_cost=estimated + Decimal(rng.randint(-2, 5) * 500)
                if status in ("done", "reported")
                else None,
                currency=rng.choice(("SEK", "SEK", "EUR", "DKK", "NOK")),
                funding="Kommunstyrelsens internationella anslag",
                approval_decision_id=rng.randint(1, decisions) if rng.random() < 0.5 else None,
                report_back_decision_id=rng.randint(1, decisions) if status == "reported" else None,
                status=status,
                notes=None,
            )
        )
        links.extend({"trip_id": number, "town_id": towns.ids[t]} for t in targets)
    return rows, links


def _agreement_rows(
    rng: random.Random,
    count: int,
    towns: _Towns,
    twinnings: list[dict[str, Any]],
    organisations: int,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from db.vocabulary import AGREEMENT_KINDS, AGREEMENT_STATUSES, COLLABORATION_AREAS

    index_of = {town_id: i for i, town_id in enumerate(towns.ids)}
    rows, parties = [], []
    party_id = itertools.count(1)
    for number in range(1, count + 1):
        twinning = twinnings[(number - 1) % len(twinnings)]
        a, b = twinning["town_a_id"], twinning["town_b_id"]
        signed = _random_date(rng, 1960, 2024)
        rows.append(
            _editable(
                number,
                title=f"Vänortsavtal {towns.names[index_of[a]]}–{towns.names[index_of[b]]}",
                kind=rng.choice(AGREEMENT_KINDS),
                signed_date=signed,
                signatories="Kommunstyrelsens ordförande och borgmästaren",
                valid_from=signed,
                valid_to=signed + timedelta(days=365 * rng.randint(3, 10))
                if rng.random() < 0.5
                else None,
                review_date=None,
                lead_days=None,
                status=rng.choices(AGREEMENT_STATUSES, [5, 60, 15, 10, 10])[0],
                priority_areas=rng.sample(COLLABORATION_AREAS, rng.randint(1, 3)),
                notes=None,
            )
        )
        for town in (a, b):
            parties.append(
                _editable(next(party_id), agreement_id=number, town_id=town, organisation_id=None)
            )
        if rng.random() < 0.2:
            parties.append(
                _editable(
                    next(party_id),
                    agreement_id=number,
                    town_id=None,
                    organisation_id=rng.randint(1, organisations),
                )
            )
    return rows, parties


def _decision_link_rows(
    rng: random.Random, decisions: int, counts: dict[str, int]
) -> list[dict[str, Any]]:
    rows = []
    for number in range(1, decisions + 1):
        kind = rng.choices(("twinning", "trip", "agreement"), [50, 25, 25])[0]
        target = rng.randint(
            1, counts[{"twinning": "twinnings", "trip": "trips", "agreement": "agreements"}[kind]]
        )
        rows.append(_editable(number, decision_id=number, target_kind=kind, target_id=target))
    return rows
