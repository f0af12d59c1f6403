"""What a write changed: the record kinds and ids it touched, so only they are redrawn.

A save, a delete or a restore hands back a :class:`Written`: its result (the
stored record, what a delete keeps for Undo) and a :class:`Changed`. The
window recounts only the changed kinds, asks the to-do rules again only when
a kind they read changed, and marks the other lists to be read when next shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from app.services.kinds import spec_of

if TYPE_CHECKING:  # the store (and SQLAlchemy) is not needed to name what changed
    from app.services.store import DeletedRecord

R = TypeVar("R")

SETTINGS = "settings"
"""Not a record kind: the register's settings (the rules) changed."""

# The kinds the to-do rules never read: a change to them cannot add or end an
# item, so the to-do count (every rule over the register) is not asked again.
# Listed as the exceptions so a new kind is counted in until it is known not to matter.
_NOT_READ_BY_TODO = frozenset({"member_count", "reference_fact", "policy_revision"})


@dataclass(frozen=True)
class Changed:
    """The records a write touched, as (kind, id) pairs, and every kind among them."""

    records: frozenset[tuple[str, int]] = frozenset()
    extra_kinds: frozenset[str] = field(default=frozenset())
    """Kinds changed as a whole, with no ids to name (an import, the settings)."""

    @classmethod
    def of(cls, kind: str, *ids: int) -> Changed:
        """Records ``ids`` of ``kind``; no ids: the kind as a whole."""
        if not ids:
            return cls(extra_kinds=frozenset({kind}))
        return cls(records=frozenset((kind, record_id) for record_id in ids))

    @classmethod
    def of_kinds(cls, kinds: Iterable[str]) -> Changed:
        """Whole kinds changed (after an import, say), no ids known."""
        return cls(extra_kinds=frozenset(kinds))

    @property
    def kinds(self) -> frozenset[str]:
        """Every kind the write touched."""
        return frozenset(kind for kind, _id in self.records) | self.extra_kinds

    def ids(self, kind: str) -> frozenset[int]:
        """The ids of ``kind`` the write touched (empty when only the kind is known)."""
        return frozenset(record_id for k, record_id in self.records if k == kind)

    def __or__(self, other: Changed) -> Changed:
        """Both writes' changes together."""
        return Changed(self.records | other.records, self.extra_kinds | other.extra_kinds)

    def __bool__(self) -> bool:
        """False when nothing was touched."""
        return bool(self.records or self.extra_kinds)

    def concerns_todo(self) -> bool:
        """True when a kind the to-do rules read changed, so the to-do count may differ."""
        return any(kind not in _NOT_READ_BY_TODO for kind in self.kinds)


@dataclass(frozen=True)
class Written(Generic[R]):
    """A write's result and what it changed."""

    result: R
    changed: Changed


def changed_by_save(record: Any) -> Changed:
    """A saved record: its own kind and id."""
    return Changed.of(spec_of(record).kind, record.id)


def changed_by_delete(kind: str, deleted: DeletedRecord) -> Changed:
    """A delete (or its restore): the record, its children, the references emptied, the
    decisions that mentioned it."""
    changed = Changed.of(kind, deleted.record.id)
    for child in deleted.children:
        changed = changed | Changed.of(spec_of(child).kind, child.id)
    for other_kind, other_id, _field in deleted.cleared:
        changed = changed | Changed.of(other_kind, other_id)
    if deleted.mentions:
        changed = changed | Changed.of("decision", *deleted.mentions)
    return changed
