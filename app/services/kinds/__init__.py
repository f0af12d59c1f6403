"""Every record kind the register keeps: its table, record type and fields.

The order of fields is the order of the form; ``group`` gives its headings.
One module per part of the coordinator's world; this one puts them together.
"""

from __future__ import annotations

from typing import Any, overload

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
from app.services.kinds.spec import NEW_TITLES, KindSpec, R, Record, Validator
from app.services.kinds.work import ACTIVITY, EXCHANGE_RATE, GRANT, TRIP

KINDS: dict[str, KindSpec[Any]] = {
    spec.kind: spec
    for spec in (
        TOWN, TWINNING, NETWORK, NETWORK_MEMBER, MEETING, ORGANISATION, MEMBER_COUNT, PERSON,
        AGREEMENT, AGREEMENT_ACTION, DECISION, TRIP, ACTIVITY, GRANT, EXCHANGE_RATE, POLICY,
        POLICY_REVISION, TERM, EVALUATION, REFERENCE_FACT,
    )
}  # fmt: skip


@overload
def spec_for(kind: type[R]) -> KindSpec[R]: ...
@overload
def spec_for(kind: str) -> KindSpec[Any]: ...


def spec_for(kind: type[Any] | str) -> KindSpec[Any]:
    """The description of ``kind``, named or given as its record type.

    KeyError for a kind the register does not keep.
    """
    if isinstance(kind, str):
        return KINDS[kind]
    for spec in KINDS.values():
        if spec.record is kind:
            return spec
    raise KeyError(kind.__name__)


def spec_of(record: R) -> KindSpec[R]:
    """The description of the kind ``record`` is of; TypeError for anything else."""
    try:
        return spec_for(type(record))
    except KeyError:
        raise TypeError(f"not a record: {type(record).__name__}") from None


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
    "R",
    "Record",
    "Validator",
    "spec_for",
    "spec_of",
]
