"""Which countries and areas Swedish names with "på" rather than "i".

Swedish says "på Åland", "på Island", "på Färöarna", "på Grönland" but "i Danmark" and
"i Sydslesvig"; English says "in" for all of them. Every sentence that puts a place after
a preposition asks here which one Swedish takes.
"""

from __future__ import annotations

from app.places.countries import country_name

ISLAND_AREAS = frozenset({"AX", "IS", "FO", "GL", "CY", "MT"})
"""Countries and areas that Swedish names with "på" (på Åland, på Island, på Färöarna)."""


def takes_on(code: str | None) -> bool:
    """Whether the country or area with ISO code ``code`` takes "på" in Swedish."""
    return code is not None and code.upper() in ISLAND_AREAS


def island_code(place: str) -> str | None:
    """The code of the island area that ``place`` (a place as the coordinator wrote it,
    in Swedish or English) names, or None: "Åland" gives "AX", "Mariehamn" None."""
    written = place.strip()
    for code in sorted(ISLAND_AREAS):
        if written in (country_name(code, "sv"), country_name(code, "en")):
            return code
    return None
