"""An overview map of towns, drawn offline from their coordinates.

Country outlines come from Natural Earth (public domain, 1:110m) shipped in
``resources/maps/country_outlines.json``; the map is a plain equirectangular
projection around the towns, with a graticule, numbered dots and name labels.
The result is a reportlab ``Drawing`` the PDF renderer places as a figure.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.document import MapPlace
from app.reports.pdf.fonts import SANS, font_runs, register_fonts, text_width
from app.reports.text_safety import clean_text
from app.resource_paths import resources_dir

SEA = colors.HexColor("#eaf0f5")
LAND = colors.HexColor("#d9dfd5")
BORDER = colors.HexColor("#ffffff")
GRID = colors.HexColor("#b9c4ce")
FRAME = colors.HexColor("#9aa5af")
DOT = colors.HexColor("#1d4e79")
LABEL = colors.HexColor("#1f2328")
GRID_LABEL = colors.HexColor("#6b7580")

LABEL_SIZE = 7.5
MAX_LABEL_CHARS = 40
GRID_LABEL_SIZE = 6


@dataclass(frozen=True)
class _View:
    """The part of the globe shown and how degrees map to points."""

    west: float
    east: float
    south: float
    north: float
    width: float
    height: float

    @property
    def x_scale(self) -> float:
        return self.width / (self.east - self.west)

    @property
    def y_scale(self) -> float:
        return self.height / (self.north - self.south)

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.west) * self.x_scale, (lat - self.south) * self.y_scale


@functools.cache
def _country_rings() -> tuple[tuple[tuple[float, float], ...], ...]:
    path = resources_dir() / "maps" / "country_outlines.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    rings = []
    for flat in data["rings"]:
        rings.append(tuple((flat[i] / 100.0, flat[i + 1] / 100.0) for i in range(0, len(flat), 2)))
    return tuple(rings)


def _choose_view(places: Sequence[MapPlace], width: float, max_height: float) -> _View:
    lons = [p.longitude for p in places]
    lats = [p.latitude for p in places]
    west, east = min(lons), max(lons)
    south, north = min(lats), max(lats)
    # Room around the outermost towns for their dots and labels.
    lon_pad = max((east - west) * 0.12, 4.0)
    lat_pad = max((north - south) * 0.15, 2.5)
    west, east = west - lon_pad, east + lon_pad
    south, north = max(south - lat_pad, -90.0), min(north + lat_pad, 90.0)
    # Equirectangular: a degree of longitude is cos(latitude) as long as one of latitude.
    mid_lat = math.radians((south + north) / 2)
    lon_factor = max(math.cos(mid_lat), 0.2)
    aspect = (north - south) / ((east - west) * lon_factor)
    height = width * aspect
    if height > max_height:
        # Too tall: widen the longitude span instead of squeezing the map.
        height = max_height
        wanted_span = (north - south) / lon_factor * width / height
        extra = (wanted_span - (east - west)) / 2
        west, east = west - extra, east + extra
    elif height < width * 0.45:
        height = width * 0.45
        wanted_span = (east - west) * lon_factor * height / width
        extra = (wanted_span - (north - south)) / 2
        south, north = south - extra, north + extra
    return _View(west, east, south, north, width, height)


Point = tuple[float, float]


def _cut(
    poly: list[Point], inside: Callable[[Point], bool], meet: Callable[[Point, Point], Point]
) -> list[Point]:
    """One step of Sutherland-Hodgman: ``poly`` cut along one edge of the window."""
    result: list[Point] = []
    for i, current in enumerate(poly):
        previous = poly[i - 1]
        if inside(current):
            if not inside(previous):
                result.append(meet(previous, current))
            result.append(current)
        elif inside(previous):
            result.append(meet(previous, current))
    return result


def _clip(points: Sequence[Point], width: float, height: float) -> list[Point]:
    """The polygon cut to the map rectangle; reportlab drawings do not clip by themselves."""

    def at_x(x: float) -> Callable[[Point, Point], Point]:
        def meet(a: Point, b: Point) -> Point:
            t = (x - a[0]) / (b[0] - a[0])
            return x, a[1] + t * (b[1] - a[1])

        return meet

    def at_y(y: float) -> Callable[[Point, Point], Point]:
        def meet(a: Point, b: Point) -> Point:
            t = (y - a[1]) / (b[1] - a[1])
            return a[0] + t * (b[0] - a[0]), y

        return meet

    edges: list[tuple[Callable[[Point], bool], Callable[[Point, Point], Point]]] = [
        (lambda p: p[0] >= 0, at_x(0)),
        (lambda p: p[0] <= width, at_x(width)),
        (lambda p: p[1] >= 0, at_y(0)),
        (lambda p: p[1] <= height, at_y(height)),
    ]
    poly = list(points)
    for inside, meet in edges:
        if not poly:
            break
        poly = _cut(poly, inside, meet)
    return poly


def _grid_step(span: float) -> float:
    for step in (1.0, 2.0, 5.0, 10.0, 15.0, 20.0, 30.0):
        if span / step <= 7:
            return step
    return 45.0


def _degrees(value: float, positive: str, negative: str) -> str:
    hemisphere = positive if value >= 0 else negative
    return f"{abs(value):g}°{hemisphere}"


def _draw_land(drawing: Drawing, view: _View) -> None:
    for ring in _country_rings():
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        if max(lons) < view.west or min(lons) > view.east:
            continue
        if max(lats) < view.south or min(lats) > view.north:
            continue
        clipped = _clip([view.project(lon, lat) for lon, lat in ring], view.width, view.height)
        if len(clipped) < 3:
            continue
        flat = [coordinate for point in clipped for coordinate in point]
        drawing.add(Polygon(flat, fillColor=LAND, strokeColor=BORDER, strokeWidth=0.4))


def _draw_graticule(drawing: Drawing, view: _View) -> None:
    lon_step = _grid_step(view.east - view.west)
    lat_step = _grid_step(view.north - view.south)
    lon = math.ceil(view.west / lon_step) * lon_step
    while lon < view.east:
        x, _ = view.project(lon, view.south)
        if not 8 < x < view.width - 8:
            lon += lon_step
            continue
        drawing.add(Line(x, 0, x, view.height, strokeColor=GRID, strokeWidth=0.3))
        drawing.add(
            String(
                x + 1.5,
                2,
                _degrees(lon, "E", "W") if lon else "0°",
                fontName=SANS,
                fontSize=GRID_LABEL_SIZE,
                fillColor=GRID_LABEL,
            )
        )
        lon += lon_step
    lat = math.ceil(view.south / lat_step) * lat_step
    while lat < view.north:
        _, y = view.project(view.west, lat)
        if not 8 < y < view.height - 10:
            lat += lat_step
            continue
        drawing.add(Line(0, y, view.width, y, strokeColor=GRID, strokeWidth=0.3))
        drawing.add(
            String(
                2,
                y + 1.5,
                _degrees(lat, "N", "S"),
                fontName=SANS,
                fontSize=GRID_LABEL_SIZE,
                fillColor=GRID_LABEL,
            )
        )
        lat += lat_step


def _overlaps(box: tuple[float, float, float, float], taken: list[tuple[float, ...]]) -> bool:
    """True when ``box`` comes within a point of any box already taken."""
    x0, y0, x1, y1 = box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in taken)


def _draw_places(drawing: Drawing, view: _View, places: Sequence[MapPlace]) -> None:
    taken: list[tuple[float, ...]] = []
    dots = [view.project(place.longitude, place.latitude) for place in places]
    radius = 2.6
    for x, y in dots:
        taken.append((x - radius, y - radius, x + radius, y + radius))
    for number, (place, (x, y)) in enumerate(zip(places, dots, strict=True), start=1):
        drawing.add(Circle(x, y, radius, fillColor=DOT, strokeColor=colors.white, strokeWidth=0.8))
        name = " ".join(clean_text(place.name).split())
        if len(name) > MAX_LABEL_CHARS:  # the table and Excel sheet carry the full name
            name = name[: MAX_LABEL_CHARS - 1].rstrip() + "…"
        label = f"{number} {name}"
        label_width = text_width(label, LABEL_SIZE)
        gap = radius + 2
        middle = y - LABEL_SIZE * 0.35
        # Right of the dot first, then left, above, below and the corners; keep the
        # first free spot inside the map, else the first inside it at all.
        candidates = [
            (x + gap, middle),
            (x - gap - label_width, middle),
            (x - label_width / 2, y + gap),
            (x - label_width / 2, y - gap - LABEL_SIZE),
            (x + gap * 0.7, y + gap * 0.7),
            (x + gap * 0.7, y - gap * 0.7 - LABEL_SIZE),
            (x - gap * 0.7 - label_width, y + gap * 0.7),
            (x - gap * 0.7 - label_width, y - gap * 0.7 - LABEL_SIZE),
        ]

        def box_at(spot: Point, w: float = label_width) -> tuple[float, float, float, float]:
            return (spot[0] - 1, spot[1] - 1.5, spot[0] + w + 1, spot[1] + LABEL_SIZE)

        def within(box: tuple[float, float, float, float]) -> bool:
            return box[0] >= 0 and box[2] <= view.width and box[1] >= 0 and box[3] <= view.height

        inside = [spot for spot in candidates if within(box_at(spot))] or candidates[:1]
        free = [spot for spot in inside if not _overlaps(box_at(spot), taken)]
        chosen = (free or inside)[0]
        left, bottom = chosen
        taken.append((left - 1, bottom - 1.5, left + label_width + 1, bottom + LABEL_SIZE))
        # A pale halo keeps the label legible over borders and grid lines.
        drawing.add(
            Rect(
                left - 1,
                bottom - 1.5,
                label_width + 2,
                LABEL_SIZE + 1.5,
                fillColor=colors.Color(1, 1, 1, alpha=0.75),
                strokeColor=None,
            )
        )
        for run, font in font_runs(label):
            drawing.add(
                String(left, bottom, run, fontName=font, fontSize=LABEL_SIZE, fillColor=LABEL)
            )
            left += stringWidth(run, font, LABEL_SIZE)


def draw_town_map(places: Sequence[MapPlace], width: float, max_height: float) -> Drawing:
    """A map of ``places`` ``width`` points wide and at most ``max_height`` tall.

    Places are numbered 1, 2, ... in the order given and labelled "1 Name".
    Coordinates outside the valid range raise ValueError.
    """
    if not places:
        raise ValueError("a town map needs at least one place")
    for place in places:
        if not (-90 <= place.latitude <= 90 and -180 <= place.longitude <= 180):
            raise ValueError(f"coordinates out of range for {place.name!r}")
    register_fonts()
    view = _choose_view(places, width, max_height)
    drawing = Drawing(view.width, view.height)
    drawing.add(Rect(0, 0, view.width, view.height, fillColor=SEA, strokeColor=None))
    _draw_land(drawing, view)
    _draw_graticule(drawing, view)
    _draw_places(drawing, view, places)
    drawing.add(
        Rect(0, 0, view.width, view.height, fillColor=None, strokeColor=FRAME, strokeWidth=0.6)
    )
    return drawing
