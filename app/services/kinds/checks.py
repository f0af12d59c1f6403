"""Checks and normal forms that belong to one kind, named on that kind's spec.

The store runs them for every kind alike (KindSpec.checks, KindSpec.normalise);
what is special about a twinning or a decision lives here, beside its
description, instead of inside the generic store. The trip rules need the
municipality's policy and live in app.workflow.trips; the trip's spec names
them.

No SQLAlchemy at import time: the kinds are read at start before the database.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from app.i18n import translate
from app.services import records as r
from app.services.errors import FieldError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def twinning_of_two_towns(_session: Session, twinning: r.Twinning) -> list[FieldError]:
    """A town cannot be twinned with itself."""
    # The table's check constraint would refuse it too, but as "already exists".
    if twinning.town_a_id is not None and twinning.town_a_id == twinning.town_b_id:
        text = translate("Validation", "A town cannot be twinned with itself.")
        return [FieldError("town_b_id", text)]
    return []


def towns_in_order(twinning: r.Twinning) -> r.Twinning:
    """The twinning with its towns in id order: A-B and B-A are one twinning."""
    a, b = twinning.town_a_id, twinning.town_b_id
    if isinstance(a, int) and isinstance(b, int) and a > b:
        return dataclasses.replace(twinning, town_a_id=b, town_b_id=a)
    return twinning


def decision_takes_up_a_proposal(session: Session, decision: r.Decision) -> list[FieldError]:
    """The proposal a decision takes up is another record, marked as a proposal."""
    # Only a proposal can be decided, and a record cannot decide itself: either
    # would break the chain from the committee's proposal to the body's decision.
    if decision.proposal_id is None:
        return []
    if decision.id is not None and decision.proposal_id == decision.id:
        text = translate("Validation", "A decision cannot decide itself as a proposal.")
        return [FieldError("proposal_id", text)]
    from db import models as m

    proposal = session.get(m.Decision, decision.proposal_id)
    if proposal is not None and not proposal.is_proposal:
        text = translate(
            "Validation", "The decision chosen as the proposal is not marked as a proposal."
        )
        return [FieldError("proposal_id", text)]
    return []
