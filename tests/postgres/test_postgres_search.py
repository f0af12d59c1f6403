"""Search everywhere on a PostgreSQL server: its own full-text search, the same answers."""

from __future__ import annotations

import pytest

from app.search import search
from app.services import records as r
from app.workspace import Workspace

pytestmark = pytest.mark.postgres


def _found(workspace: Workspace, text: str) -> dict[str, list[str]]:
    return {g.heading: [h.label for h in g.hits] for g in search(workspace.database, text).groups}


def test_the_server_finds_prefixes_without_accents_other_names_and_notes(pg_url: str) -> None:
    """ "goteborg", "siglufjordur", an exonym and a word of a trip's notes, as on SQLite."""
    ws = Workspace.create(pg_url)
    try:
        home = ws.save(r.Town(name="Vänersborg", country="SE", is_home=True))
        ws.save(r.Town(name="Göteborg", country="SE", alternative_names=("Gothenburg",)))
        ws.save(r.Town(name="Siglufjörður", country="IS"))
        ws.save(r.Trip(title="Resa", town_ids=(home.id,), notes="Musikskolan spelade."))
        assert _found(ws, "goteborg") == {"Twin towns (1)": ["Göteborg (Sweden)"]}
        assert _found(ws, "GOTHEN") == {"Twin towns (1)": ["Göteborg (Sweden)"]}
        assert _found(ws, "siglufjordur") == {"Twin towns (1)": ["Siglufjörður (Iceland)"]}
        ws.save(r.Town(name="Nykøbing Falster", country="DK", notes="Færøerne"))
        assert _found(ws, "nykobing") == {"Twin towns (1)": ["Nykøbing Falster (Denmark)"]}
        assert _found(ws, "faeroer") == {"Twin towns (1)": ["Nykøbing Falster (Denmark)"]}
        assert _found(ws, "musiksk") == {"Trips (1)": ["Resa"]}
        assert _found(ws, "resa musik") == {"Trips (1)": ["Resa"]}
        assert _found(ws, "resa goteborg") == {}
        assert _found(ws, "' & | ! :*") == {}
    finally:
        ws.close()
