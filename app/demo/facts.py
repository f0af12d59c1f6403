"""The facts of the demo register: its fixed wording, and the Nordic chain read from
resources/demo/vanersborg_chain.json (the survey's Figur 1, the annual meetings and the
exchange rates), so the data is kept as data and the code that saves it stays short.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.resource_paths import resources_dir

MUNICIPALITY = "Vänersborgs kommun"
LETTERHEAD = "Vänersborgs kommun · Kommunstyrelsens förvaltning · Internationellt arbete"
SURVEY = "Kartläggning av Vänersborgs vänortsförbindelser (internationell samordnare, 2014)"
# The survey's judgement. The chain's annual meetings would make the derived
# status "active", but they are the association's; so the judgement is kept as
# the coordinator's override with its reason, and the note says why.
DORMANT_REASON = (
    "Kartläggningen 2014: på kommunal nivå är samarbetet vilande, utan kontakter mellan "
    "förvaltningarna och utan utsedda kontaktpersoner."
)
MUNICIPAL_LEVEL_DORMANT = (
    "Status vilande, satt som bedömning: vänortsmötena gör den härledda statusen aktiv, men "
    "mötena är Föreningen Nordens. Föreningsnivån är aktiv, kommunens del vilande."
)
INVENTED = "Påhittad uppgift i demodatabasen."
MEMBER_YEAR = 2013


@dataclass(frozen=True)
class ChainPlace:
    """One row of the survey's Figur 1, with what the register needs besides."""

    name: str
    country: str
    kind: str
    contact_year: int
    members_2013: int | None  # None: "uppgift saknas"
    latitude: float
    longitude: float
    formal_year: int | None = None  # when the survey gives a formal start year
    region: str | None = None
    alternative_names: tuple[str, ...] = ()
    branch: str = ""
    areas: tuple[str, ...] = ("culture",)
    notes: str | None = None
    rotation: int | None = None  # place in the hosting order seen 2007-2013


CHAIN_FILE = "vanersborg_chain.json"


def _place(entry: dict[str, Any]) -> ChainPlace:
    """One place as written in the file; lists become the tuples the records take."""
    values: dict[str, Any] = {
        key: tuple(value) if isinstance(value, list) else value for key, value in entry.items()
    }
    return ChainPlace(**values)


def _load() -> dict[str, Any]:
    path = resources_dir() / "demo" / CHAIN_FILE
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


_CHAIN = _load()

HOME = _place(_CHAIN["home"])
# Figur 1, in the survey's order; the home town is its first row.
PARTNERS: tuple[ChainPlace, ...] = tuple(_place(entry) for entry in _CHAIN["partners"])
# The annual meetings the survey lists, with their hosts: (year, host town, place).
MEETINGS: tuple[tuple[int, str, str], ...] = tuple(
    (entry["year"], entry["host"], entry["place"]) for entry in _CHAIN["meetings"]
)
# Rates to SEK, close to the Riksbank's annual averages: (currency, year, rate as text).
EXCHANGE_RATES: tuple[tuple[str, int, str], ...] = tuple(
    (entry["currency"], entry["year"], entry["rate_to_sek"]) for entry in _CHAIN["exchange_rates"]
)
