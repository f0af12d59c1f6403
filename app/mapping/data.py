"""The figures a mapping report is built from, and their JSON form (the final report's snapshot).

:func:`app.mapping.gather.gather` reads them from the register; a report marked
final keeps them in ``MappingReport.snapshot`` so that it prints the same
years later, whatever happened to the register since. Everything is plain
frozen dataclasses; the JSON codec is self-describing (each dataclass carries
its name, dates and amounts their type) so the snapshot reads back without a
schema of its own.
"""

from __future__ import annotations

import base64
import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.reports.document import UNKNOWN, Amount, CellValue, StatusSpan, TimelineRow, Unknown

SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class TownFacts:
    """A town of the mapping as its tables show it."""

    town_id: int
    name: str
    area: str
    """The region when one is set (Sydslesvig), else the country's name."""
    area_code: str | None = None
    """The country or area code when no region is set ("AX" reads "på Åland")."""
    is_home: bool = False
    contact_year: int | None = None
    members: int | None = None
    """The local branches' members in the member year; None: unknown."""
    has_branch: bool = False
    latitude: float | None = None
    longitude: float | None = None
    twinning_id: int | None = None
    twinning_kind: str | None = None
    ended: bool = False
    end_year: int | None = None
    table_name: str = ""
    """The name the overview table prints when she chose another of the town's names."""
    other_names: tuple[str, ...] = ()
    """The town's other names in the register (local name, other spellings) to choose from."""

    @property
    def written_name(self) -> str:
        """The name as the municipality writes it in the table ("Husby (dansk)")."""
        return self.table_name or self.name


@dataclass(frozen=True)
class TownGroup:
    """One table of section 4: a network's members, or the twin towns outside the networks."""

    network_id: int | None
    name: str
    town_ids: tuple[int, ...]
    with_members: bool
    total: int = 0
    unknown: int = 0


@dataclass(frozen=True)
class AgreementFacts:
    """An agreement of the included twinnings or networks."""

    id: int
    title: str
    kind: str
    status: str
    parties: tuple[str, ...]
    signed: date | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    between_twins: tuple[str, ...] = ()
    """The partner towns whose twinning it is an agreement of (both towns among its parties)."""


@dataclass(frozen=True)
class MeetingFacts:
    """A meeting or seminar of an included network in the period."""

    id: int
    network: str
    year: int
    kind: str
    host: str | None = None
    place: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class ActivityFacts:
    """An activity or a trip with the included towns in the period (or without a date)."""

    record_kind: str  # "activity" or "trip"
    id: int
    title: str
    kind: str
    towns: tuple[str, ...]
    area: str | None = None
    start: date | None = None
    end: date | None = None
    description: str | None = None


@dataclass(frozen=True)
class GrantFacts:
    """A grant to an association in an included town, in the period."""

    id: int
    recipient: str
    year: int
    amount: Decimal | None
    currency: str
    town: str | None = None
    payer: str | None = None


@dataclass(frozen=True)
class StatusFacts:
    """A twinning's derived status in the status period, the judgement and the evidence."""

    twinning_id: int
    town: str
    derived: str
    effective: str
    override: str | None = None
    reason: str | None = None
    contacts: int = 0
    needed: int = 1
    evidence: tuple[str, ...] = ()
    civil: str = "dormant"  # the civil level's computed status (app.derived.status)
    ground: str = ""  # the computed status's grounds, one sentence


@dataclass(frozen=True)
class LevelStatus:
    """A twinning's status at the municipal and at the civil level, for the compact table.

    Built in one place (:func:`app.mapping.gather.level_statuses`) from the
    evidence, so the table switches to the per-level status of
    :mod:`app.derived.status` by changing that function only.
    """

    twinning_id: int
    town: str
    municipal: str
    civil: str
    municipal_contacts: int = 0
    civil_contacts: int = 0
    judged: bool = False
    """True when ``municipal`` is the coordinator's judgement rather than the derived status."""
    reason: str | None = None
    computed: str | None = None
    """The computed municipal status, only where her judgement differs from it."""


@dataclass(frozen=True)
class HistoryEvent:
    """One dated step of the twinnings' history: who joined or left what, when and why."""

    year: int
    kind: str
    """"founded" (a network), "joined"/"left" (a network), "twinned", "first_contact", "ended"."""
    town: str
    day: date | None = None
    network: str | None = None
    area_code: str | None = None
    """The town's country or area code (for "på Åland"), or None for a region."""
    area: str = ""
    reason: str | None = None
    twinning_kind: str | None = None
    written: str | None = None
    """The date as known when it is rougher than a year ("i början av 2010-talet")."""


@dataclass(frozen=True)
class AssociationFacts:
    """An association that carries twinnings: a national one or the home town's local branch."""

    id: int
    name: str
    national: bool
    founded: date | None = None
    town: str | None = None
    description: str | None = None
    member_counts: tuple[tuple[int, int | None], ...] = ()
    """(year, members) oldest first; None: unknown that year."""
    branches_in_register: int = 0
    parent: str | None = None


@dataclass(frozen=True)
class EvaluationFacts:
    """A term evaluation's recommendation for one twinning."""

    town: str
    term: str
    recommendation: str
    benefit: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class FactSheetFacts:
    """The appendix page of one town."""

    town_id: int
    title: str
    facts: tuple[tuple[str, CellValue], ...]


@dataclass(frozen=True)
class AttachmentFacts:
    """An attachment listed in the appendix (a PNG is printed as a picture)."""

    id: int
    filename: str
    description: str
    attached_to: str
    png: bytes | None = None


@dataclass(frozen=True)
class MappingData:
    """Everything of the register that a mapping report shows."""

    made_at: datetime
    municipality: str
    database: str
    period: tuple[int, int]
    status_period: tuple[date, date]
    member_year: int | None = None
    # The status period as the report's sentences name it ("de senaste fyra åren", "2011–2014");
    # "" in reports saved before it was kept, which then name the period by its dates.
    status_words: str = ""
    letterhead_lines: tuple[str, ...] = ()
    logo: bytes | None = None
    twinning_ids: tuple[int, ...] = ()
    network_ids: tuple[int, ...] = ()
    network_names: tuple[str, ...] = ()
    known_twinning_ids: tuple[int, ...] = ()
    known_network_ids: tuple[int, ...] = ()
    left_out: tuple[str, ...] = ()
    left_out_ended: tuple[tuple[str, int | None], ...] = ()
    """Ended twinnings she left out: the partner and the year it ended."""
    left_out_towns: tuple[str, ...] = ()
    left_out_networks: tuple[str, ...] = ()
    source_counts: tuple[tuple[str, int], ...] = ()
    """How many decisions, documents, agreements and attachments the sources hold, by kind."""
    history_lines: tuple[str, ...] = ()
    towns: tuple[TownFacts, ...] = ()
    groups: tuple[TownGroup, ...] = ()
    agreements: tuple[AgreementFacts, ...] = ()
    twins_without_agreement: tuple[str, ...] = ()
    meetings: tuple[MeetingFacts, ...] = ()
    """The meetings held by the report's day (:attr:`as_of`)."""
    activities: tuple[ActivityFacts, ...] = ()
    """The activities and trips done by the report's day, and those without a date."""
    planned_meetings: tuple[MeetingFacts, ...] = ()
    """The period's meetings after the report's day: told as coming."""
    planned_activities: tuple[ActivityFacts, ...] = ()
    """The activities and trips starting after the report's day: told as planned."""
    grants: tuple[GrantFacts, ...] = ()
    statuses: tuple[StatusFacts, ...] = ()
    status_rule: str = ""  # the rule and period of the statuses, one sentence
    sources: tuple[str, ...] = ()
    fact_sheets: tuple[FactSheetFacts, ...] = ()
    attachments: tuple[AttachmentFacts, ...] = ()
    levels: tuple[LevelStatus, ...] = ()
    events: tuple[HistoryEvent, ...] = ()
    associations: tuple[AssociationFacts, ...] = ()
    evaluations: tuple[EvaluationFacts, ...] = ()
    author_role: str | None = None
    """The author's title from the register's people, when the content gives none."""
    home_name: str = ""
    timeline: tuple[TimelineRow, ...] = ()
    """The bars of the timeline figure, the earliest start first."""
    timeline_today: date | None = None
    """Where the running bars end: the day the figures were read for."""
    as_of: date | None = None
    """The day the report speaks from: its own date when that is past, else the day it was made.
    None in snapshots written before the report's day was kept."""
    extra: dict[str, Any] = field(default_factory=dict)

    def town(self, town_id: int) -> TownFacts | None:
        """The facts of one town of the tables, if it is in them."""
        for town in self.towns:
            if town.town_id == town_id:
                return town
        return None

    def to_json(self) -> dict[str, Any]:
        """The snapshot: JSON-ready data for MappingReport.snapshot."""
        return {"format": SNAPSHOT_FORMAT, "data": _encode(self)}

    @classmethod
    def from_json(cls, snapshot: object) -> MappingData:
        """The data a final report was built from; ValueError if it cannot be read."""
        if not isinstance(snapshot, dict) or "data" not in snapshot:
            raise ValueError("not a mapping snapshot")
        decoded = _decode(snapshot["data"])
        if not isinstance(decoded, cls):
            raise ValueError("not a mapping snapshot")
        return decoded


# ---------------------------------------------------------------- the JSON codec

_CLASSES: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        TownFacts,
        TownGroup,
        AgreementFacts,
        MeetingFacts,
        ActivityFacts,
        GrantFacts,
        StatusFacts,
        FactSheetFacts,
        AttachmentFacts,
        LevelStatus,
        HistoryEvent,
        AssociationFacts,
        EvaluationFacts,
        StatusSpan,
        TimelineRow,
        MappingData,
    )
}


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, Amount):
            return {"$amount": str(value.value), "currency": value.currency}
        if isinstance(value, Unknown):
            return {"$unknown": True}
        encoded: dict[str, Any] = {"$type": type(value).__name__}
        for item in dataclasses.fields(value):
            encoded[item.name] = _encode(getattr(value, item.name))
        return encoded
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {"$dict": {str(k): _encode(v) for k, v in value.items()}}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    if not isinstance(value, dict):
        return value
    if "$type" in value:
        cls = _CLASSES.get(str(value["$type"]))
        if cls is None:
            raise ValueError(f"unknown snapshot type {value['$type']!r}")
        names = {item.name for item in dataclasses.fields(cls)}
        arguments = {k: _decode(v) for k, v in value.items() if k in names}
        if cls is MappingData and "extra" in arguments and not isinstance(arguments["extra"], dict):
            arguments["extra"] = {}
        return cls(**arguments)
    if "$amount" in value:
        return Amount(Decimal(str(value["$amount"])), str(value.get("currency", "SEK")))
    if "$unknown" in value:
        return UNKNOWN
    if "$datetime" in value:
        return datetime.fromisoformat(str(value["$datetime"]))
    if "$date" in value:
        return date.fromisoformat(str(value["$date"]))
    if "$decimal" in value:
        return Decimal(str(value["$decimal"]))
    if "$bytes" in value:
        return base64.b64decode(str(value["$bytes"]))
    if "$dict" in value and isinstance(value["$dict"], dict):
        return {k: _decode(v) for k, v in value["$dict"].items()}
    return {k: _decode(v) for k, v in value.items()}
