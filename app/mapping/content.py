"""What the coordinator writes and chooses in the mapping wizard, as stored in MappingReport.content.

One frozen dataclass per section of the survey, in its order. Texts are kept
exactly as typed (the renderers escape them); an empty text means "not written
yet" and prints as a marked placeholder. ``to_json``/``from_json`` convert to
and from the JSON column; reading is forgiving, so a hand-edited or older
content never stops a report from opening (unknown keys are ignored, wrong
types fall back to the defaults).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

CONTENT_FORMAT = 1
"""Written into every content so a later program can tell how to read it."""

SECTION_KEYS = (
    "commission",
    "scope",
    "history",
    "towns",
    "agreements",
    "activities",
    "outlook",
    "analysis",
    "recommendations",
    "sources",
    "appendix",
)
"""The sections in the survey's order (the twelfth wizard page, output, stores nothing)."""


@dataclass(frozen=True)
class Commission:
    """1 Uppdrag: who asked for the mapping, why, and the title page's facts."""

    commissioned_by: str = ""
    commissioned_on: date | None = None
    """When the commission was given."""
    occasion: str = ""
    purpose: str = ""
    text: str = ""
    author: str = ""
    author_title: str = ""
    """The author's title under the signature ("Internationell samordnare")."""
    title: str = ""
    report_date: date | None = None
    registry_no: str = ""


@dataclass(frozen=True)
class Scope:
    """2 Metod och avgränsning: what is included, the period, sources, what is left out."""

    twinning_ids: tuple[int, ...] = ()
    network_ids: tuple[int, ...] = ()
    period_from: int | None = None
    period_to: int | None = None
    method: str = ""
    sources_consulted: str = ""
    left_out: str = ""


@dataclass(frozen=True)
class History:
    """3 Historik: drafted as dated lines from the register, then edited into prose."""

    text: str = ""


@dataclass(frozen=True)
class TwinTowns:
    """4 Våra vänorter: the year of the member counts and an introduction."""

    member_year: int | None = None
    text: str = ""
    names: tuple[tuple[int, str], ...] = ()
    """(town id, name) pairs: the name the table prints for a town, one of the town's own names.

    The municipality may write a twin town otherwise than the register's main
    name ("Husby (dansk)" for Husby); a name that is not among the town's names
    any more is ignored when the report is built.
    """


@dataclass(frozen=True)
class Agreements:
    """5 Avtal: the coordinator's comment beside the agreements found."""

    text: str = ""


@dataclass(frozen=True)
class Activities:
    """6 Aktiviteter: the coordinator's comment beside the activities and grants found."""

    text: str = ""


@dataclass(frozen=True)
class Outlook:
    """7 Omvärldsperspektiv: free text, facts and figures, and where they come from."""

    text: str = ""
    facts: str = ""
    """One fact or figure a line."""
    sources: str = ""
    """One source a line; they go into the list of sources too."""
    fact_ids: tuple[int, ...] | None = None
    """The register's reference facts she ticked for the draft; None: all of them."""


@dataclass(frozen=True)
class Analysis:
    """8 Analys och slutsatser: her conclusions (the status table is drafted from the data)."""

    text: str = ""


@dataclass(frozen=True)
class Recommendation:
    """One recommendation: a heading and its text."""

    heading: str = ""
    text: str = ""


@dataclass(frozen=True)
class Recommendations:
    """9 Rekommendationer, in the order she puts them."""

    items: tuple[Recommendation, ...] = ()


@dataclass(frozen=True)
class Sources:
    """10 Källförteckning: her own entries (the rest are found in the register)."""

    own: str = ""
    """One source a line."""


@dataclass(frozen=True)
class Appendix:
    """11 Bilagor: a fact sheet per town, and the attachments she appends."""

    fact_sheets: bool = True
    attachment_ids: tuple[int, ...] = ()
    coordinates: bool = False
    """Print each town's coordinates on its fact sheet (a board seldom needs them)."""


@dataclass(frozen=True)
class OwnSection:
    """A section the coordinator adds herself, e.g. on an association or a study visit.

    ``text`` is formatted text (see :mod:`app.reports.rich_text`); ``after`` is
    the key (of SECTION_KEYS) of the survey's section it follows.
    """

    heading: str = ""
    text: str = ""
    after: str = "analysis"


@dataclass(frozen=True)
class SectionPlace:
    """One of the survey's sections as she lays it out: her heading, and whether it is printed.

    ``heading`` empty means the survey's own heading.
    """

    key: str
    heading: str = ""
    shown: bool = True


@dataclass(frozen=True)
class MappingContent:
    """Everything the wizard keeps for one mapping report."""

    commission: Commission = field(default_factory=Commission)
    scope: Scope = field(default_factory=Scope)
    history: History = field(default_factory=History)
    towns: TwinTowns = field(default_factory=TwinTowns)
    agreements: Agreements = field(default_factory=Agreements)
    activities: Activities = field(default_factory=Activities)
    outlook: Outlook = field(default_factory=Outlook)
    analysis: Analysis = field(default_factory=Analysis)
    recommendations: Recommendations = field(default_factory=Recommendations)
    sources: Sources = field(default_factory=Sources)
    appendix: Appendix = field(default_factory=Appendix)
    own_sections: tuple[OwnSection, ...] = ()
    """Her own sections, in the order she put them."""
    section_layout: tuple[SectionPlace, ...] = ()
    """The survey's sections in her order, with her headings; empty is the survey's own."""

    def layout(self) -> tuple[SectionPlace, ...]:
        """Every survey section once, in her order (any she has not placed keep the survey's)."""
        placed = [p for p in self.section_layout if p.key in SECTION_KEYS]
        keys = [p.key for p in placed]
        for index, key in enumerate(SECTION_KEYS):
            if key not in keys:
                # A section new to her layout goes after the survey section before it.
                before = SECTION_KEYS[:index]
                at = max((keys.index(k) + 1 for k in before if k in keys), default=0)
                keys.insert(at, key)
                placed.insert(at, SectionPlace(key))
        return tuple(placed)

    def place(self, key: str) -> SectionPlace:
        """Her heading and choice for section ``key``."""
        return next((p for p in self.layout() if p.key == key), SectionPlace(key))

    def with_section(self, key: str, value: object) -> MappingContent:
        """A copy with section ``key`` (one of SECTION_KEYS) replaced by ``value``."""
        if key not in SECTION_KEYS:
            raise KeyError(key)
        expected = type(getattr(self, key))
        if not isinstance(value, expected):
            raise TypeError(f"section {key} takes a {expected.__name__}")
        return replace(self, **{key: value})

    def to_json(self) -> dict[str, Any]:
        """The content as JSON-ready data for MappingReport.content."""
        c, s = self.commission, self.scope
        return {
            "format": CONTENT_FORMAT,
            "commission": {
                "commissioned_by": c.commissioned_by,
                "commissioned_on": c.commissioned_on.isoformat() if c.commissioned_on else None,
                "occasion": c.occasion,
                "purpose": c.purpose,
                "text": c.text,
                "author": c.author,
                "author_title": c.author_title,
                "title": c.title,
                "report_date": c.report_date.isoformat() if c.report_date else None,
                "registry_no": c.registry_no,
            },
            "scope": {
                "twinning_ids": list(s.twinning_ids),
                "network_ids": list(s.network_ids),
                "period_from": s.period_from,
                "period_to": s.period_to,
                "method": s.method,
                "sources_consulted": s.sources_consulted,
                "left_out": s.left_out,
            },
            "history": {"text": self.history.text},
            "towns": {
                "member_year": self.towns.member_year,
                "text": self.towns.text,
                "names": [{"town_id": tid, "name": name} for tid, name in self.towns.names],
            },
            "agreements": {"text": self.agreements.text},
            "activities": {"text": self.activities.text},
            "outlook": {
                "text": self.outlook.text,
                "facts": self.outlook.facts,
                "sources": self.outlook.sources,
                "fact_ids": (
                    None if self.outlook.fact_ids is None else list(self.outlook.fact_ids)
                ),
            },
            "analysis": {"text": self.analysis.text},
            "recommendations": {
                "items": [
                    {"heading": item.heading, "text": item.text}
                    for item in self.recommendations.items
                ]
            },
            "sources": {"own": self.sources.own},
            "appendix": {
                "fact_sheets": self.appendix.fact_sheets,
                "attachment_ids": list(self.appendix.attachment_ids),
                "coordinates": self.appendix.coordinates,
            },
            "own_sections": [
                {"heading": own.heading, "text": own.text, "after": own.after}
                for own in self.own_sections
            ],
            "section_layout": [
                {"key": p.key, "heading": p.heading, "shown": p.shown} for p in self.section_layout
            ],
        }

    @classmethod
    def from_json(cls, data: object) -> MappingContent:
        """Content read back from the JSON column; anything unreadable takes its default."""
        root = data if isinstance(data, Mapping) else {}
        c = _section(root, "commission")
        s = _section(root, "scope")
        o = _section(root, "outlook")
        t = _section(root, "towns")
        a = _section(root, "appendix")
        items = _section(root, "recommendations").get("items")
        recommendations = tuple(
            Recommendation(_text(item, "heading"), _text(item, "text"))
            for item in (items if isinstance(items, list) else [])
            if isinstance(item, Mapping)
        )
        fact_sheets = a.get("fact_sheets", True)
        owned = root.get("own_sections")
        own_sections = tuple(
            OwnSection(
                _text(item, "heading"),
                _text(item, "text"),
                after if (after := _text(item, "after")) in SECTION_KEYS else "analysis",
            )
            for item in (owned if isinstance(owned, list) else [])
            if isinstance(item, Mapping)
        )
        return cls(
            commission=Commission(
                commissioned_by=_text(c, "commissioned_by"),
                commissioned_on=_date(c.get("commissioned_on")),
                occasion=_text(c, "occasion"),
                purpose=_text(c, "purpose"),
                text=_text(c, "text"),
                author=_text(c, "author"),
                author_title=_text(c, "author_title"),
                title=_text(c, "title"),
                report_date=_date(c.get("report_date")),
                registry_no=_text(c, "registry_no"),
            ),
            scope=Scope(
                twinning_ids=_ids(s.get("twinning_ids")),
                network_ids=_ids(s.get("network_ids")),
                period_from=_year(s.get("period_from")),
                period_to=_year(s.get("period_to")),
                method=_text(s, "method"),
                sources_consulted=_text(s, "sources_consulted"),
                left_out=_text(s, "left_out"),
            ),
            history=History(_text(_section(root, "history"), "text")),
            towns=TwinTowns(
                member_year=_year(t.get("member_year")),
                text=_text(t, "text"),
                names=_town_names(t.get("names")),
            ),
            agreements=Agreements(_text(_section(root, "agreements"), "text")),
            activities=Activities(_text(_section(root, "activities"), "text")),
            outlook=Outlook(
                _text(o, "text"),
                _text(o, "facts"),
                _text(o, "sources"),
                # Reports saved before the choice existed drafted from every fact.
                _ids(o["fact_ids"]) if isinstance(o.get("fact_ids"), list) else None,
            ),
            analysis=Analysis(_text(_section(root, "analysis"), "text")),
            recommendations=Recommendations(recommendations),
            sources=Sources(_text(_section(root, "sources"), "own")),
            appendix=Appendix(
                fact_sheets=fact_sheets if isinstance(fact_sheets, bool) else True,
                attachment_ids=_ids(a.get("attachment_ids")),
                coordinates=a.get("coordinates") is True,
            ),
            own_sections=own_sections,
            section_layout=_layout(root.get("section_layout")),
        )


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a one-entry-a-line text, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _section(root: Mapping[Any, Any], key: str) -> Mapping[Any, Any]:
    value = root.get(key)
    return value if isinstance(value, Mapping) else {}


def _text(section: object, key: str) -> str:
    if not isinstance(section, Mapping):
        return ""
    value = section.get(key)
    return value if isinstance(value, str) else ""


def _ids(value: object) -> tuple[int, ...]:
    if not isinstance(value, list):
        return ()
    seen: list[int] = []
    for item in value:
        if isinstance(item, int) and not isinstance(item, bool) and item not in seen:
            seen.append(item)
    return tuple(seen)


def _layout(value: object) -> tuple[SectionPlace, ...]:
    """Her layout of the survey's sections; unknown or repeated keys are dropped."""
    if not isinstance(value, list):
        return ()
    places: dict[str, SectionPlace] = {}
    for item in value:
        if not isinstance(item, Mapping):
            continue
        key = _text(item, "key")
        if key in SECTION_KEYS and key not in places:
            places[key] = SectionPlace(key, _text(item, "heading"), item.get("shown") is not False)
    return tuple(places.values())


def _town_names(value: object) -> tuple[tuple[int, str], ...]:
    """The (town id, name) pairs of the JSON list; one name a town, blank names dropped."""
    if not isinstance(value, list):
        return ()
    chosen: dict[int, str] = {}
    for item in value:
        if not isinstance(item, Mapping):
            continue
        town_id, name = item.get("town_id"), _text(item, "name").strip()
        if isinstance(town_id, int) and not isinstance(town_id, bool) and name:
            chosen.setdefault(town_id, name)
    return tuple(chosen.items())


def _year(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return value
    return None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
