"""Towns without coordinates still reach the register's map: the gazetteer places them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.places.suggestion import map_position
from app.reports.builders.register import build_register
from app.reports.document import Figure, TownMap, iter_blocks
from app.services import records as r
from app.workspace import Workspace


def test_map_position_keeps_stored_coordinates_and_fills_the_rest() -> None:
    """Her own coordinates win; without them the gazetteer's; an unknown town has none."""
    assert map_position("Turku", "FI", 1.0, 2.0) == (1.0, 2.0)
    latitude, longitude = map_position("Turku", "FI", None, None)
    assert latitude is not None and longitude is not None
    assert (round(latitude), round(longitude)) == (60, 22)
    assert map_position("Blorbergxyz", "SE", None, None) == (None, None)
    assert map_position("Turku", None, None, None) == (None, None)  # no country: no guess


def test_the_register_map_places_towns_typed_without_coordinates(tmp_path: Path) -> None:
    """Vänersborg, Lohja and Eiði with no coordinates typed: all three are on the map."""
    workspace = Workspace.create(tmp_path / "r.sqlite3", municipality="Vänersborg")
    try:
        home = workspace.save(r.Town(name="Vänersborg", country="SE", is_home=True))
        for name, country in [("Lohja", "FI"), ("Eiði", "FO")]:
            town = workspace.save(r.Town(name=name, country=country))
            workspace.save(r.Twinning(town_a_id=home.id, town_b_id=town.id, status="active"))
        document = build_register(workspace.database, today=date(2026, 12, 6))
    finally:
        workspace.close()
    maps = [
        block.content
        for block in iter_blocks(document.body)
        if isinstance(block, Figure) and isinstance(block.content, TownMap)
    ]
    assert len(maps) == 1
    places = {
        place.name: (round(place.latitude), round(place.longitude)) for place in maps[0].places
    }
    assert places == {"Vänersborg": (58, 12), "Lohja": (60, 24), "Eiði": (62, -7)}
