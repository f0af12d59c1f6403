"""Rebuild ``country_outlines.json`` from Natural Earth's 1:110m countries shapefile.

Run once by hand, not by the program:

    python resources/maps/make_country_outlines.py path/to/naturalearth_lowres.shp

The shapefile ships in the geopandas 0.14.4 wheel on PyPI
(``geopandas/datasets/naturalearth_lowres/``). Natural Earth is in the public
domain. Only the polygon rings are kept, as hundredths of a degree, which keeps
the file small and is far finer than an overview map can show.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

_POLYGON = 5


def read_rings(shp: Path) -> list[list[int]]:
    """Every polygon ring of the shapefile as a flat [lon, lat, lon, lat, ...] list."""
    data = shp.read_bytes()
    rings: list[list[int]] = []
    offset = 100  # the file header
    while offset < len(data):
        _number, length_words = struct.unpack(">ii", data[offset : offset + 8])
        record = data[offset + 8 : offset + 8 + 2 * length_words]
        offset += 8 + 2 * length_words
        (shape_type,) = struct.unpack("<i", record[:4])
        if shape_type != _POLYGON:
            continue
        num_parts, num_points = struct.unpack("<ii", record[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", record[44 : 44 + 4 * num_parts]))
        points_at = 44 + 4 * num_parts
        coords = struct.unpack(
            f"<{2 * num_points}d", record[points_at : points_at + 16 * num_points]
        )
        for index, start in enumerate(parts):
            end = parts[index + 1] if index + 1 < num_parts else num_points
            ring: list[int] = []
            for point in range(start, end):
                lon = round(coords[2 * point] * 100)
                lat = round(coords[2 * point + 1] * 100)
                if len(ring) >= 2 and ring[-2] == lon and ring[-1] == lat:
                    continue
                ring += [lon, lat]
            if len(ring) >= 6:
                rings.append(ring)
    return rings


def main(shp: str) -> None:
    """Write country_outlines.json beside this script."""
    out = {
        "source": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries "
        "(naturalearthdata.com; public domain), as shipped in geopandas 0.14.4",
        "units": "hundredths of a degree, WGS 84, rings as flat lon,lat lists",
        "rings": read_rings(Path(shp)),
    }
    target = Path(__file__).with_name("country_outlines.json")
    target.write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
