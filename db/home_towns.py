"""The home municipality in the register: which towns it is, and its twinnings.

A municipality's register has one home town; an association's has several
(every member municipality). Reports, the mapping, the status rule and the
to-do list all ask the same two questions, so they are asked here once.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from db import models as m

__all__ = ["home_town_ids", "twinning_with_town_in"]


def home_town_ids(session: Session) -> set[int]:
    """The towns marked as the home municipality (several in an association's register)."""
    return set(session.scalars(select(m.Town.id).where(m.Town.is_home.is_(True))))


def twinning_with_town_in(town_ids: Collection[int]) -> ColumnElement[bool]:
    """A WHERE condition: the twinning has one of ``town_ids`` on either side.

    The ids are sorted so the statement, and the query plan cached for it,
    is the same whichever order the set gave them in.
    """
    ordered = sorted(town_ids)
    return m.Twinning.town_a_id.in_(ordered) | m.Twinning.town_b_id.in_(ordered)
