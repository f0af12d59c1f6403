"""Which agreements bind which towns: the questions a twinning's agreements are found by.

An agreement belongs to a twinning when both towns of the twinning are among
its town parties. The status rule, the twinning's history and the mapping
report all ask it, so it is answered here once, in SQL and for rows read.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import aliased

from db import models as m

__all__ = ["binds_both", "party_town_in"]


def party_town_in(town_ids: Collection[int]) -> ColumnElement[bool]:
    """A WHERE condition on ``Agreement``: one of ``town_ids`` is among its town parties.

    A subquery on a party table of its own, so the query it narrows can still
    join the parties to list every one of them, not only the matching ones.
    """
    chosen = aliased(m.AgreementParty)
    return m.Agreement.id.in_(
        select(chosen.agreement_id).where(chosen.town_id.in_(sorted(town_ids)))
    )


def binds_both(party_towns: Collection[int], town_a: int, town_b: int) -> bool:
    """Whether an agreement whose town parties are ``party_towns`` binds both towns."""
    return town_a in party_towns and town_b in party_towns
