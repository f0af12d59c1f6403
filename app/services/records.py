"""Plain records handed to the interface: frozen dataclasses, no database behind them.

``id`` is None for a record not yet saved; ``version`` is the optimistic-lock
counter read with the record and checked when it is saved again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.dates import ApproxDate


@dataclass(frozen=True)
class RecordRef:
    """A pointer to any record: ``RecordRef("town", 12)``."""

    kind: str
    id: int


@dataclass(frozen=True)
class Town:
    """A town: a twin town, a home town or a town of a network."""

    id: int | None = None
    version: int = 0
    name: str = ""
    local_name: str | None = None
    country: str | None = None
    region: str | None = None
    kind: str = "municipality"
    population: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    website: str | None = None
    notes: str | None = None
    is_home: bool = False
    alternative_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Twinning:
    """A twinning between two towns, with its dates and status."""

    id: int | None = None
    version: int = 0
    town_a_id: int | None = None
    town_b_id: int | None = None
    kind: str = "twin_town"
    contact_year: ApproxDate | None = None
    start_date: ApproxDate | None = None
    end_date: ApproxDate | None = None
    end_reason: str | None = None
    end_decision_id: int | None = None
    status: str = "active"
    status_override: str | None = None
    status_override_reason: str | None = None
    areas: tuple[str, ...] = ()
    responsible_person_id: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Network:
    """A network of towns that meets (a Nordic or European association of cities)."""

    id: int | None = None
    version: int = 0
    name: str = ""
    cadence_years: int = 1
    founded_year: ApproxDate | None = None
    notes: str | None = None


@dataclass(frozen=True)
class NetworkMember:
    """A town's membership of a network."""

    id: int | None = None
    version: int = 0
    network_id: int | None = None
    town_id: int | None = None
    joined_year: ApproxDate | None = None
    left_year: ApproxDate | None = None
    rotation_position: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class NetworkMeeting:
    """One meeting of a network, where and when it was held."""

    id: int | None = None
    version: int = 0
    network_id: int | None = None
    year: int | None = None
    host_town_id: int | None = None
    place: str | None = None
    kind: str = "meeting"
    start_date: date | None = None
    end_date: date | None = None
    participants: str | None = None
    follow_up_report: str | None = None
    follow_up_date: date | None = None
    notes: str | None = None
    participant_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Organisation:
    """An association, school or other organisation that takes part in the exchanges."""

    id: int | None = None
    version: int = 0
    name: str = ""
    kind: str = "association"
    town_id: int | None = None
    parent_id: int | None = None
    founded: ApproxDate | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class MemberCount:
    """``count`` None is a recorded unknown ("uppgift saknas"), not zero."""

    id: int | None = None
    version: int = 0
    organisation_id: int | None = None
    year: ApproxDate | None = None
    count: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class Person:
    """A contact person: role, organisation and how to reach them."""

    id: int | None = None
    version: int = 0
    name: str = ""
    role: str | None = None
    organisation_id: int | None = None
    email: str | None = None
    phone: str | None = None
    languages: str | None = None
    notes: str | None = None
    dispose_after: date | None = None


@dataclass(frozen=True)
class Agreement:
    """An agreement (a twinning agreement, a letter of intent): who signed it and for how long."""

    id: int | None = None
    version: int = 0
    title: str = ""
    kind: str = "twinning_agreement"
    signed_date: ApproxDate | None = None
    signatories: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    review_date: date | None = None
    lead_days: int | None = None
    status: str = "active"
    priority_areas: tuple[str, ...] = ()
    notes: str | None = None
    town_ids: tuple[int, ...] = ()
    organisation_ids: tuple[int, ...] = ()
    signatory_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AgreementAction:
    """One action an agreement commits to, and whether it was done."""

    id: int | None = None
    version: int = 0
    agreement_id: int | None = None
    title: str = ""
    due_date: date | None = None
    done_date: date | None = None
    responsible: str | None = None


@dataclass(frozen=True)
class Decision:
    """A decision (or proposal) of a political body, with its date, section and registry number."""

    id: int | None = None
    version: int = 0
    body: str = "executive_board"
    body_name: str | None = None
    decided_on: ApproxDate | None = None
    section: str | None = None
    registry_no: str | None = None
    title: str = ""
    summary: str | None = None
    outcome: str | None = None
    distribution: str | None = None
    concerns: tuple[RecordRef, ...] = ()
    is_proposal: bool = False
    proposal_id: int | None = None


@dataclass(frozen=True)
class Trip:
    """A trip to or from a twin town, with its travellers and costs."""

    id: int | None = None
    version: int = 0
    title: str = ""
    start_date: date | None = None
    end_date: date | None = None
    travellers: str | None = None
    department_id: int | None = None
    purpose: str | None = None
    goals: str | None = None
    results: str | None = None
    estimated_cost: Decimal | None = None
    actual_cost: Decimal | None = None
    currency: str = "SEK"
    funding: str | None = None
    approval_decision_id: int | None = None
    report_back_decision_id: int | None = None
    status: str = "planned"
    notes: str | None = None
    town_ids: tuple[int, ...] = ()
    traveller_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Activity:
    """An activity (an exchange) between the towns and their organisations."""

    id: int | None = None
    version: int = 0
    title: str = ""
    start_date: date | None = None
    end_date: date | None = None
    kind: str = "other"
    area: str | None = None
    description: str | None = None
    municipality_took_part: bool = False
    funding: str | None = None
    source_reference: str | None = None
    town_ids: tuple[int, ...] = ()
    organisation_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Grant:
    """A grant paid to an organisation for the exchanges."""

    id: int | None = None
    version: int = 0
    organisation_id: int | None = None
    payer_town_id: int | None = None
    year: int | None = None
    amount: Decimal | None = None
    currency: str = "SEK"
    conditions: str | None = None
    decision_id: int | None = None
    report_due: date | None = None
    report_received: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ExchangeRate:
    """The exchange rate of a currency in a year, for amounts in kronor."""

    id: int | None = None
    version: int = 0
    currency: str = ""
    year: int | None = None
    rate_to_sek: Decimal | None = None


@dataclass(frozen=True)
class ReferenceFact:
    """A fact the mapping report quotes (a count of Nordic twin towns, a survey's figure)."""

    id: int | None = None
    version: int = 0
    topic: str | None = None
    text: str = ""
    figure: Decimal | None = None
    unit: str | None = None
    year: int | None = None
    source_title: str = ""
    source_publisher: str | None = None
    source_url: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class PolicyDocument:
    """A governing document (a policy, a guideline) that the international work follows."""

    id: int | None = None
    version: int = 0
    title: str = ""
    doc_type: str = "policy"
    owner: str | None = None
    responsible_officer: str | None = None
    decided_by: str | None = None
    decided_on: ApproxDate | None = None
    section: str | None = None
    registry_no: str | None = None
    revise_by: ApproxDate | None = None
    scope: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class PolicyRevision:
    """One revision of a governing document."""

    id: int | None = None
    version: int = 0
    document_id: int | None = None
    revised_on: date | None = None
    section: str | None = None
    registry_no: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class TermOfOffice:
    """A term of office (2022–2026), the period the evaluations judge."""

    id: int | None = None
    version: int = 0
    start_year: int | None = None
    end_year: int | None = None
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class Evaluation:
    """The evaluation of one twinning for one term of office."""

    id: int | None = None
    version: int = 0
    term_id: int | None = None
    twinning_id: int | None = None
    activity_summary: str | None = None
    benefit: str | None = None
    recommendation: str | None = None
    decision_id: int | None = None
    notes: str | None = None
    verdict: str | None = None  # the council's: "continue" or "end"


@dataclass(frozen=True)
class ChangeLogEntry:
    """One line of the change log: who did what to which record, and when."""

    id: int
    at: datetime
    user: str
    action: str
    target_kind: str
    target_id: int | None
    summary: str | None
    changes: dict[str, list[str | None]]


AnyRecord = (
    Town
    | Twinning
    | Network
    | NetworkMember
    | NetworkMeeting
    | Organisation
    | MemberCount
    | Person
    | Agreement
    | AgreementAction
    | Decision
    | Trip
    | Activity
    | Grant
    | ExchangeRate
    | PolicyDocument
    | PolicyRevision
    | TermOfOffice
    | Evaluation
)
