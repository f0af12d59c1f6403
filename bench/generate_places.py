"""The generated twin towns (with their names in other languages) and the twinnings between them."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from bench.generate_base import HOME_TOWN, _ascii, _editable, _random_date, _Towns
from bench.names import BY_CODE, COUNTRIES, CountryNames, town_name


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
