"""A generated register the size of a public list of twinnings, with no home town marked."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import insert

from app.workspace import Workspace
from db import models as m

# A public list's worth of twinnings between towns of many countries, and a few of the
# municipality's own (Exempelby, not marked as home).
PAIRS = 2_500
TOWNS = 3_000
OWN_PARTNERS = 4
COUNTRIES = ("DE", "FR", "PL", "GB", "IT", "ES", "NL", "DK", "NO", "FI", "UA", "CZ")


def make_large_register(path: Path) -> Path:
    """Write 3 000 towns and 2 504 twinnings to a new register at ``path``; no home town."""
    workspace = Workspace.create(path, municipality="Exempelby")
    rng = random.Random(15)
    towns = [{"id": 1, "name": "Exempelby", "country": "SE", "is_home": False}]
    towns += [
        {"id": n, "name": f"Ort {n}", "country": rng.choice(COUNTRIES), "is_home": False}
        for n in range(2, TOWNS + 1)
    ]
    pairs: set[tuple[int, int]] = {(1, partner) for partner in range(2, 2 + OWN_PARTNERS)}
    while len(pairs) < PAIRS + OWN_PARTNERS:
        a, b = sorted(rng.sample(range(2 + OWN_PARTNERS, TOWNS + 1), 2))
        pairs.add((a, b))
    twinnings = [
        {"town_a_id": a, "town_b_id": b, "contact_year": rng.randint(1950, 2020)}
        for a, b in sorted(pairs)
    ]
    with workspace.database.transaction() as session:
        session.execute(insert(m.Town), towns)
        session.execute(insert(m.Twinning), twinnings)
    workspace.close()
    return path
