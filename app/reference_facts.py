"""The reference facts (omvärldsfakta) every new register starts with, each with its source.

They are the national and European figures a mapping report's Omvärldsperspektiv
sets the municipality's twinnings against, as the Vänersborg survey of 2014
quotes them. Once in the register they are the coordinator's records: she
corrects them, adds newer surveys and ticks those her report should use.
Only facts whose figure and source are certain are shipped; a programme's
budget that is not known for certain is left without a figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m

SKL_2011 = "Enkät om medlemmarnas vänortskontakter i Norden, EU och övriga världen"
SKL = "Sveriges Kommuner och Landsting (SKL)"
SKL_NOTE = (
    "Siffrorna återges i Vänersborgs kommuns kartläggning av vänortsförbindelserna 2014. "
    "Kontrollera enkätrapportens titel mot SKL:s (numera SKR:s) eget exemplar."
)


@dataclass(frozen=True)
class ShippedFact:
    """One reference fact as shipped: Swedish text, figure and unit, year and source."""

    topic: str
    text: str
    figure: Decimal | None
    unit: str | None
    year: int
    source_title: str
    source_publisher: str | None
    source_url: str | None = None
    notes: str | None = None


SHIPPED_FACTS: tuple[ShippedFact, ...] = (
    ShippedFact(
        "survey_respondents",
        "256 kommuner besvarade SKL:s enkät om vänortskontakter våren 2011.",
        Decimal(256), "kommuner", 2011, SKL_2011, SKL, notes=SKL_NOTE,
    ),
    ShippedFact(
        "municipalities_with_nordic_twins",
        "131 av de svarande kommunerna hade en eller flera nordiska vänorter.",
        Decimal(131), "kommuner", 2011, SKL_2011, SKL, notes=SKL_NOTE,
    ),
    ShippedFact(
        "nordic_twin_towns",
        "De svarande kommunerna hade sammanlagt 401 nordiska vänorter.",
        Decimal(401), "vänorter", 2011, SKL_2011, SKL, notes=SKL_NOTE,
    ),
    ShippedFact(
        "nordic_twin_towns_decrease",
        "Antalet nordiska vänorter hade minskat med 186 sedan den förra enkäten 2007.",
        Decimal(186), "vänorter", 2011, SKL_2011, SKL, notes=SKL_NOTE,
    ),
    ShippedFact(
        "share_active",
        "54 % av kommunerna uppgav att de hade ett aktivt samarbete.",
        Decimal(54), "%", 2011, SKL_2011, SKL, notes=SKL_NOTE,
    ),
    ShippedFact(
        "share_dormant",
        "En tredjedel av kommunerna uppgav att vänortsrelationerna var vilande.",
        None, None, 2011, SKL_2011, SKL, notes=SKL_NOTE,
    ),
    ShippedFact(
        "share_sporadic",
        "Övriga kommuner uppgav att de hade sporadiska samarbeten.",
        None, None, 2011, SKL_2011, SKL, notes=SKL_NOTE,
    ),
    ShippedFact(
        "european_twinnings",
        "Det finns mer än 20 000 vänortsförbindelser mellan europeiska städer och kommuner.",
        Decimal(20000), "vänortsförbindelser", 2014,
        "Kartläggning av vänortsförbindelser", "Vänersborgs kommun",
        notes="Vänersborgs kartläggning anger inte varifrån siffran kommer; den europeiska "
        "kommun- och regionorganisationen CEMR samlar uppgifter om vänortssamarbete på "
        "www.twinning.org.",
    ),
    ShippedFact(
        "eu_programme",
        "EU:s program Ett Europa för medborgarna (Europe for Citizens) stödde bland annat "
        "vänortssamarbete och nätverk av städer under budgetperioden 2014–2020, med drygt "
        "185 miljoner euro.",
        Decimal(185), "miljoner euro", 2014,
        "Rådets förordning (EU) nr 390/2014 om inrättande av programmet Ett Europa för "
        "medborgarna för perioden 2014–2020",
        "Europeiska unionens råd",
        "https://eur-lex.europa.eu/eli/reg/2014/390/oj",
    ),
    ShippedFact(
        "eu_programme",
        "Sedan 2021 stöds vänortssamarbete inom EU:s program Medborgare, jämlikhet, "
        "rättigheter och värden (CERV) för perioden 2021–2027.",
        None, None, 2021,
        "Europaparlamentets och rådets förordning (EU) 2021/692 om inrättande av programmet "
        "Medborgare, jämlikhet, rättigheter och värden",
        "Europaparlamentet och Europeiska unionens råd",
        "https://eur-lex.europa.eu/eli/reg/2021/692/oj",
    ),
)  # fmt: skip


def add_shipped_facts(session: Session) -> int:
    """Put the shipped facts into a register that has none yet; returns how many were added.

    A register with any reference fact is left alone: the coordinator's own
    corrections are never overwritten or doubled.
    """
    if session.scalar(select(func.count()).select_from(m.ReferenceFact)):
        return 0
    for fact in SHIPPED_FACTS:
        session.add(
            m.ReferenceFact(
                topic=fact.topic,
                text=fact.text,
                figure=fact.figure,
                unit=fact.unit,
                year=fact.year,
                source_title=fact.source_title,
                source_publisher=fact.source_publisher,
                source_url=fact.source_url,
                notes=fact.notes,
            )
        )
    return len(SHIPPED_FACTS)
