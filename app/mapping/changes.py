"""What changed since the last mapping: towns added or ended, statuses, members, agreements, activities.

Compares the figures a final report was printed with (its snapshot) with the
figures of a new mapping. Each change is one sentence for the list on the
wizard's first page and the report's own section.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import vocabulary
from app.i18n import translate
from app.mapping.data import MappingData, TownFacts
from app.reports.cell_text import fill


@dataclass(frozen=True)
class Change:
    """One change: its kind (for sorting and tests) and the sentence that tells it."""

    kind: str  # "added", "ended", "status", "members", "agreement", "activities", "meetings"
    text: str


def what_changed(before: MappingData, after: MappingData) -> list[Change]:
    """The changes from ``before`` (the last mapping) to ``after`` (the new one), in that order."""
    changes: list[Change] = []
    changes += _towns(before, after)
    changes += _statuses(before, after)
    changes += _members(before, after)
    changes += _agreements(before, after)
    changes += _counts(before, after)
    return changes


def _partners(data: MappingData) -> dict[int, TownFacts]:
    return {t.town_id: t for t in data.towns if not t.is_home}


def _towns(before: MappingData, after: MappingData) -> list[Change]:
    old, new = _partners(before), _partners(after)
    changes = []
    for town_id, town in new.items():
        if town_id not in old:
            changes.append(
                Change(
                    "added",
                    fill(
                        translate("Mapping", "New twin town: %1 (%2)"), town.name, town.area or "–"
                    ),
                )
            )
    for town_id, town in new.items():
        was = old.get(town_id)
        if was is not None and town.ended and not was.ended:
            text = fill(translate("Mapping", "Ended: %1"), town.name)
            if town.end_year:
                text = fill(translate("Mapping", "Ended: %1 (%2)"), town.name, str(town.end_year))
            changes.append(Change("ended", text))
    for town_id, town in old.items():
        if town_id not in new and not town.ended:
            changes.append(
                Change("ended", fill(translate("Mapping", "No longer included: %1"), town.name))
            )
    return changes


def _statuses(before: MappingData, after: MappingData) -> list[Change]:
    old = {s.twinning_id: s for s in before.statuses}
    changes = []
    for status in after.statuses:
        was = old.get(status.twinning_id)
        if was is None or was.effective == status.effective:
            continue
        changes.append(
            Change(
                "status",
                fill(
                    translate("Mapping", "Status of %1: %2 → %3"),
                    status.town,
                    vocabulary.label(was.effective),
                    vocabulary.label(status.effective),
                ),
            )
        )
    return changes


def _count_text(count: int | None, year: int | None) -> str:
    value = str(count) if count is not None else translate("Reports", "unknown")
    return f"{value} ({year})" if year else value


def _members(before: MappingData, after: MappingData) -> list[Change]:
    old = {t.town_id: t for t in before.towns}
    changes = []
    for town in after.towns:
        was = old.get(town.town_id)
        if was is None or not (town.has_branch or was.has_branch):
            continue
        if was.members == town.members:
            continue
        changes.append(
            Change(
                "members",
                fill(
                    translate("Mapping", "Members in %1: %2 → %3"),
                    town.name,
                    _count_text(was.members, before.member_year),
                    _count_text(town.members, after.member_year),
                ),
            )
        )
    return changes


def _agreements(before: MappingData, after: MappingData) -> list[Change]:
    old = {a.id: a for a in before.agreements}
    changes = []
    for agreement in after.agreements:
        was = old.get(agreement.id)
        if was is None:
            changes.append(
                Change(
                    "agreement",
                    fill(
                        translate("Mapping", "New agreement: %1 (%2)"),
                        agreement.title,
                        vocabulary.label(agreement.status),
                    ),
                )
            )
        elif was.status != agreement.status:
            changes.append(
                Change(
                    "agreement",
                    fill(
                        translate("Mapping", "Agreement %1: %2 → %3"),
                        agreement.title,
                        vocabulary.label(was.status),
                        vocabulary.label(agreement.status),
                    ),
                )
            )
    return changes


def _counts(before: MappingData, after: MappingData) -> list[Change]:
    changes = []
    if len(before.activities) != len(after.activities):
        changes.append(
            Change(
                "activities",
                fill(
                    translate("Mapping", "Activities and trips: %1 → %2"),
                    str(len(before.activities)),
                    str(len(after.activities)),
                ),
            )
        )
    if len(before.meetings) != len(after.meetings):
        changes.append(
            Change(
                "meetings",
                fill(
                    translate("Mapping", "Network meetings: %1 → %2"),
                    str(len(before.meetings)),
                    str(len(after.meetings)),
                ),
            )
        )
    return changes
