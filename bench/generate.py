"""A Europe-sized register, written deterministically from a seed through the project's storage.

The database is created with :func:`app.register.create_register` (so the
migrations make the schema) and filled with SQLAlchemy Core bulk inserts into
the project's own tables: saving 300 000 records one by one through the
services would take far longer than the measurements themselves. The same
twinning pairs are written as an .xlsx and a .csv for the import measure.

Everything generated is cached under ``bench/data/`` keyed by seed, scale,
schema revision and :data:`GENERATOR_VERSION`, so a rerun skips generation.
"""

from __future__ import annotations

import bisect
import csv
import itertools
import os
import random
import shutil
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.names import BY_CODE, COUNTRIES, CountryNames, person_name, town_name

# Bump when the generated data changes, so cached files are made again.
GENERATOR_VERSION = 1
DEFAULT_SEED = 20261122
DATA_DIR = Path(__file__).resolve().parent / "data"

# Counts at scale 1.0 (issue 8).
FULL_SIZE: dict[str, int] = {
    "towns": 30_000,
    "twinnings": 26_000,
    "networks": 200,
    "organisations": 20_000,
    "people": 20_000,
    "activities": 100_000,
    "trips": 5_000,
    "agreements": 2_000,
    "decisions": 5_000,
}
COUNT_YEARS = tuple(range(2015, 2025))  # member counts over ten years
NATIONAL_ASSOCIATIONS = 50  # the first organisations: parents of the local branches
PAIR_COLUMNS = ("town", "town_country", "partner", "partner_country", "year")
HOME_TOWN = ("Vänersborg", "SE", 58.380, 12.323)
# Every generated row carries this time, so two runs write identical files.
STAMP = datetime(2026, 1, 15, 9, 30)
CHUNK = 5_000


def sizes(scale: float) -> dict[str, int]:
    """The number of records of each kind at ``scale`` (at least one of each, two towns)."""
    counts = {kind: max(1, round(n * scale)) for kind, n in FULL_SIZE.items()}
    counts["towns"] = max(2, counts["towns"])
    return counts


@dataclass(frozen=True)
class Dataset:
    """The generated files of one seed and scale."""

    seed: int
    scale: float
    europe_db: Path
    pairs_xlsx: Path
    pairs_csv: Path
    demo_db: Path
    counts: dict[str, int] = field(default_factory=dict)


def cache_key(seed: int, scale: float) -> str:
    """Seed, scale, schema revision and generator version, as a file-name-safe key."""
    from db.migrate import head_revision

    return f"s{seed}-x{scale:g}-r{head_revision()}-g{GENERATOR_VERSION}"


def dataset_paths(seed: int, scale: float, folder: Path = DATA_DIR) -> Dataset:
    key = cache_key(seed, scale)
    from db.migrate import head_revision

    return Dataset(
        seed=seed,
        scale=scale,
        europe_db=folder / f"europe-{key}.sqlite3",
        pairs_xlsx=folder / f"pairs-{key}.xlsx",
        pairs_csv=folder / f"pairs-{key}.csv",
        demo_db=folder / f"demo-r{head_revision()}.sqlite3",
        counts=sizes(scale),
    )


def ensure_dataset(
    seed: int = DEFAULT_SEED, scale: float = 1.0, folder: Path = DATA_DIR, *, log: Any = print
) -> Dataset:
    """The cached files for ``seed`` and ``scale``, generating whatever is missing."""
    folder.mkdir(parents=True, exist_ok=True)
    data = dataset_paths(seed, scale, folder)
    if not (data.europe_db.exists() and data.pairs_xlsx.exists() and data.pairs_csv.exists()):
        log(f"generating the Europe database (seed {seed}, scale {scale:g}) ...")
        started = datetime.now()
        generate(
            data.europe_db,
            seed=seed,
            scale=scale,
            pairs_xlsx=data.pairs_xlsx,
            pairs_csv=data.pairs_csv,
        )
        log(f"  done in {(datetime.now() - started).total_seconds():.1f} s: {data.europe_db.name}")
    if not data.demo_db.exists():
        from app.demo import write_demo

        log("writing the demo database ...")
        write_demo(data.demo_db)
    return data


# ---------------------------------------------------------------- generation


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("ø", "o"))
    kept = "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c == " "))
    return kept.lower().replace(" ", "")


def _random_date(rng: random.Random, first_year: int, last_year: int) -> date:
    start = date(first_year, 1, 1).toordinal()
    end = date(last_year, 12, 31).toordinal()
    return date.fromordinal(rng.randint(start, end))


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _editable(row_id: int, **values: Any) -> dict[str, Any]:
    return {"id": row_id, "created_at": STAMP, "updated_at": STAMP, "version": 1, **values}


@dataclass
class _Towns:
    ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    cumulative: list[float] = field(default_factory=list)  # popularity, for twinning choices

    def pick(self, rng: random.Random) -> int:
        """A town index, larger towns more often (they have more twins)."""
        return bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])


def _country_plan(rng: random.Random, count: int) -> list[CountryNames]:
    """Which country each town is in, by weight (the home country first)."""
    weights = [c.weight for c in COUNTRIES]
    return [BY_CODE[HOME_TOWN[1]], *rng.choices(COUNTRIES, weights=weights, k=count - 1)]


def _town_rows(
    rng: random.Random, count: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], _Towns]:
    from app.places.town_names import town_keys
    from db.vocabulary import TOWN_KINDS

    taken: set[tuple[str, str]] = set()
    towns = _Towns()
    rows: list[dict[str, Any]] = []
    names_rows: list[dict[str, Any]] = []
    total = 0.0
    for index, country in enumerate(_country_plan(rng, count)):
        town_id = index + 1
        if index == 0:
            name, code, lat, lon = HOME_TOWN
            population = 39_000
        else:
            code = country.code
            name = ""
            for attempt in range(200):
                candidate = town_name(
                    rng, country, qualified=rng.random() < 0.12, compound=attempt >= 8
                )
                keys = town_keys(candidate)
                if keys and not any((code, k) in taken for k in keys):
                    name = candidate
                    break
            if not name:
                raise RuntimeError(f"ran out of unique town names for {code}")
            lat_min, lat_max, lon_min, lon_max = country.box
            lat = round(rng.uniform(lat_min, lat_max), 5)
            lon = round(rng.uniform(lon_min, lon_max), 5)
            population = max(150, min(3_000_000, int(rng.lognormvariate(9.3, 1.25))))
        taken.update((code, k) for k in town_keys(name))
        kind = "municipality" if index == 0 else rng.choices(TOWN_KINDS, [60, 25, 4, 8, 3])[0]
        rows.append(
            _editable(
                town_id,
                name=name,
                local_name=None,
                country=code,
                region=rng.choice(country.regions)
                if country.regions and rng.random() < 0.7
                else None,
                kind=kind,
                population=population if rng.random() < 0.9 else None,
                latitude=lat,
                longitude=lon,
                website=f"https://www.{_ascii(name)}.example" if rng.random() < 0.4 else None,
                notes=(f"Contact through the town hall of {name}." if rng.random() < 0.1 else None),
                is_home=index == 0,
            )
        )
        if index and rng.random() < 0.02:
            plain = _ascii(name).capitalize()
            if plain and plain != name:
                names_rows.append(_editable(len(names_rows) + 1, town_id=town_id, name=plain))
        towns.ids.append(town_id)
        towns.names.append(name)
        towns.countries.append(code)
        total += population**0.5
        towns.cumulative.append(total)
    return rows, names_rows, towns


def _twinning_pairs(rng: random.Random, towns: _Towns, count: int) -> list[tuple[int, int]]:
    """``count`` unique unordered pairs of town indexes, mostly across borders."""
    most = len(towns.ids) * (len(towns.ids) - 1) // 2
    if count > most:
        raise ValueError(f"{count} twinnings cannot be made from {len(towns.ids)} towns")
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int]] = []
    while len(pairs) < count:
        # The home town has a handful of twins, as Vänersborg does.
        a = 0 if len(pairs) < min(9, count // 2) else towns.pick(rng)
        b = towns.pick(rng)
        if a == b:
            continue
        if towns.countries[a] == towns.countries[b] and rng.random() < 0.9:
            continue
        key = (min(a, b), max(a, b))
        if key in seen:
            continue
        seen.add(key)
        pairs.append((a, b))  # as written in the spreadsheet: the first town first
    return pairs


def _twinning_rows(
    rng: random.Random, towns: _Towns, pairs: list[tuple[int, int]], people: int, decisions: int
) -> list[dict[str, Any]]:
    from db.vocabulary import COLLABORATION_AREAS, TWINNING_KINDS, TWINNING_STATUSES

    rows = []
    for number, (a, b) in enumerate(pairs, start=1):
        first, second = sorted((towns.ids[a], towns.ids[b]))
        contact = int(rng.triangular(1946, 2024, 1975))
        status = rng.choices(TWINNING_STATUSES, [5, 70, 15, 10])[0]
        start = date(min(2025, contact + rng.randint(0, 2)), rng.randint(1, 12), rng.randint(1, 28))
        ended = status == "ended"
        rows.append(
            _editable(
                number,
                town_a_id=first,
                town_b_id=second,
                kind=rng.choices(TWINNING_KINDS, [70, 15, 10, 5])[0],
                contact_year=contact,
                start_date=start if rng.random() < 0.6 else None,
                end_date=_random_date(rng, max(contact, 1990), 2024) if ended else None,
                end_reason="No activity for many years." if ended else None,
                end_decision_id=rng.randint(1, decisions) if ended and rng.random() < 0.5 else None,
                status=status,
                status_override=None,
                status_override_reason=None,
                areas=rng.sample(COLLABORATION_AREAS, rng.randint(0, 3)),
                responsible_person_id=rng.randint(1, people) if rng.random() < 0.2 else None,
                notes=None,
            )
        )
    return rows


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


def generate(
    path: Path,
    *,
    seed: int = DEFAULT_SEED,
    scale: float = 1.0,
    pairs_xlsx: Path | None = None,
    pairs_csv: Path | None = None,
) -> dict[str, int]:
    """Write the register to ``path`` (and the pairs files); returns the rows per table.

    The file is written under a temporary name and renamed when complete.
    """
    from sqlalchemy import insert

    from app.register import create_register
    from db import models as m

    counts = sizes(scale)
    rng = random.Random(seed)
    towns_rows, town_names, towns = _town_rows(rng, counts["towns"])
    pair_indexes = _twinning_pairs(rng, towns, counts["twinnings"])
    decisions = _decision_rows(rng, counts["decisions"], towns)
    organisations = _organisation_rows(rng, counts["organisations"], towns)
    member_counts = _member_count_rows(rng, counts["organisations"])
    people = _person_rows(rng, counts["people"], counts["organisations"])
    twinnings = _twinning_rows(rng, towns, pair_indexes, counts["people"], counts["decisions"])
    networks, members, meetings = _network_rows(rng, counts["networks"], towns)
    activities, activity_towns, activity_organisations = _activity_rows(
        rng, counts["activities"], towns, twinnings, counts["organisations"]
    )
    trips, trip_towns = _trip_rows(
        rng, counts["trips"], towns, counts["organisations"], counts["decisions"]
    )
    agreements, parties = _agreement_rows(
        rng, counts["agreements"], towns, twinnings, counts["organisations"]
    )
    links = _decision_link_rows(rng, counts["decisions"], counts)

    plan: list[tuple[Any, list[dict[str, Any]]]] = [
        (m.Town.__table__, towns_rows),
        (m.TownName.__table__, town_names),
        (m.Decision.__table__, decisions),
        (m.Organisation.__table__, organisations),
        (m.MemberCount.__table__, member_counts),
        (m.Person.__table__, people),
        (m.Twinning.__table__, twinnings),
        (m.Network.__table__, networks),
        (m.NetworkMember.__table__, members),
        (m.NetworkMeeting.__table__, meetings),
        (m.Activity.__table__, activities),
        (m.activity_towns, activity_towns),
        (m.activity_organisations, activity_organisations),
        (m.Trip.__table__, trips),
        (m.trip_towns, trip_towns),
        (m.Agreement.__table__, agreements),
        (m.AgreementParty.__table__, parties),
        (m.DecisionLink.__table__, links),
    ]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    _remove_database(partial)
    database = create_register(partial, municipality="Vänersborg (benchmark)")
    try:
        with database.engine.begin() as connection:
            for table, rows in plan:
                for chunk in _chunks(rows):
                    connection.execute(insert(table), list(chunk))
    finally:
        database.close()
    _remove_sidecars(partial)
    os.replace(partial, path)

    pairs = [
        (
            towns.names[a],
            towns.countries[a],
            towns.names[b],
            towns.countries[b],
            row["contact_year"],
        )
        for (a, b), row in zip(pair_indexes, twinnings, strict=True)
    ]
    if pairs_csv is not None:
        write_pairs_csv(pairs_csv, pairs)
    if pairs_xlsx is not None:
        write_pairs_xlsx(pairs_xlsx, pairs)
    return {str(table.name): len(rows) for table, rows in plan}


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _remove_database(path: Path) -> None:
    path.unlink(missing_ok=True)
    _remove_sidecars(path)


Pair = tuple[str, str, str, str, int | None]


def write_pairs_csv(path: Path, pairs: Sequence[Pair]) -> None:
    """The twinning pairs as a UTF-8 CSV with the import's column names."""
    partial = path.with_name(f".{path.name}.partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(PAIR_COLUMNS)
        writer.writerows(pairs)
    os.replace(partial, path)


def write_pairs_xlsx(path: Path, pairs: Sequence[Pair]) -> None:
    """The twinning pairs as a workbook (openpyxl write-only) with the import's column names."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Twinnings")
    sheet.append(list(PAIR_COLUMNS))
    for pair in pairs:
        sheet.append(list(pair))
    partial = path.with_name(f".{path.name}.partial.xlsx")
    workbook.save(partial)
    os.replace(partial, path)


def read_pairs_csv(path: Path) -> list[Pair]:
    """The pairs of a file written by :func:`write_pairs_csv` (for the floors)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        return [(a, ac, b, bc, int(year) if year else None) for a, ac, b, bc, year in reader]


def copy_database(source: Path, target: Path) -> None:
    """A copy of a closed database file (no -wal), for measures that change it."""
    _remove_database(target)
    shutil.copyfile(source, target)
