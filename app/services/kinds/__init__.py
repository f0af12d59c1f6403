"""Every record kind the register keeps: its table, record type and fields.

The order of fields is the order of the form; ``group`` gives its headings.
One module per part of the coordinator's world; this one puts them together.
"""

from __future__ import annotations

from app.services.kinds.paperwork import (
    AGREEMENT,
    AGREEMENT_ACTION,
    DECISION,
    EVALUATION,
    POLICY,
    POLICY_REVISION,
    REFERENCE_FACT,
    TERM,
)
from app.services.kinds.people import MEMBER_COUNT, ORGANISATION, PERSON
from app.services.kinds.places import MEETING, NETWORK, NETWORK_MEMBER, TOWN, TWINNING
from app.services.kinds.spec import NEW_TITLES, KindSpec
from app.services.kinds.work import ACTIVITY, EXCHANGE_RATE, GRANT, TRIP

KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        TOWN, TWINNING, NETWORK, NETWORK_MEMBER, MEETING, ORGANISATION, MEMBER_COUNT, PERSON,
        AGREEMENT, AGREEMENT_ACTION, DECISION, TRIP, ACTIVITY, GRANT, EXCHANGE_RATE, POLICY,
        POLICY_REVISION, TERM, EVALUATION, REFERENCE_FACT,
    )
}  # fmt: skip


def spec_for(kind: str) -> KindSpec:
    """The description of ``kind``; KeyError for a kind the register does not keep."""
    return KINDS[kind]


__all__ = [
    "ACTIVITY",
    "AGREEMENT",
    "AGREEMENT_ACTION",
    "DECISION",
    "EVALUATION",
    "EXCHANGE_RATE",
    "GRANT",
    "KINDS",
    "MEETING",
    "MEMBER_COUNT",
    "NETWORK",
    "NETWORK_MEMBER",
    "NEW_TITLES",
    "ORGANISATION",
    "PERSON",
    "POLICY",
    "POLICY_REVISION",
    "REFERENCE_FACT",
    "TERM",
    "TOWN",
    "TRIP",
    "TWINNING",
    "KindSpec",
    "spec_for",
]
