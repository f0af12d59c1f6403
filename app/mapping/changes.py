"""What changed since the last mapping: towns added or ended, statuses, members, agreements,
activities, trips and meetings, each by name and date.

Compares the figures a final report was printed with (its snapshot) with the
figures of a new mapping. Each change is one sentence for the list on the
wizard's first page and the report's own section: "New trip: Vänortsbesök
(2015-05-12, Herning)", never a count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import vocabulary
from app.i18n import translate
from app.mapping.data import ActivityFacts, MappingData, MeetingFacts, TownFacts
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
    changes += _activities(before, after)
    changes += _meetings(before, after)
    return changes


def _partners(data: MappingData) -> dict[int, TownFacts]:
    return {t.town_id: t for t in data.towns if not t.is_home}


def _towns(before: MappingData, after: MappingData) -> list[Change]:
    old, new = _partners(before), _partners(after)
    changes = []
    for town_id, town in new.items():
        if town_id not in old:
            changes.append(
                _change(
                    "added",
                    translate("Mapping", "New twin town: %1 (%2)"),
                    town.name,
                    town.area or "–",
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
            _change(
                "status",
                translate("Mapping", "Status of %1: %2 → %3"),
                status.town,
                vocabulary.label(was.effective),
                vocabulary.label(status.effective),
            )
        )
    return changes


def _change(kind: str, template: str, *values: str) -> Change:
    """A change of ``kind`` told by the translated ``template`` with ``values`` in its places."""
    return Change(kind, fill(template, *values))


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
            _change(
                "members",
                translate("Mapping", "Members in %1: %2 → %3"),
                town.name,
                _count_text(was.members, before.member_year),
                _count_text(town.members, after.member_year),
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
                _change(
                    "agreement",
                    translate("Mapping", "New agreement: %1 (%2)"),
                    agreement.title,
                    vocabulary.label(agreement.status),
                )
            )
        elif was.status != agreement.status:
            changes.append(
                _change(
                    "agreement",
                    translate("Mapping", "Agreement %1: %2 → %3"),
                    agreement.title,
                    vocabulary.label(was.status),
                    vocabulary.label(agreement.status),
                )
            )
    return changes


def _when(start: date | None, end: date | None) -> str:
    """An activity's or meeting's dates as the list prints them: "2015-03-01–2015-03-04"."""
    if start is None:
        return ""
    if end is not None and end != start:
        return f"{start.isoformat()}–{end.isoformat()}"
    return start.isoformat()


def _activity_name(activity: ActivityFacts) -> str:
    when = _when(activity.start, activity.end)
    towns = ", ".join(activity.towns)
    if when and towns:
        return fill(translate("Mapping", "%1 (%2, %3)"), activity.title, when, towns)
    if when or towns:
        return fill(translate("Mapping", "%1 (%2)"), activity.title, when or towns)
    return activity.title


def _activities(before: MappingData, after: MappingData) -> list[Change]:
    """Activities and trips added, dropped or changed, each by its title, date and towns."""
    old = {(a.record_kind, a.id): a for a in before.activities}
    new = {(a.record_kind, a.id): a for a in after.activities}
    added = {
        "activity": translate("Mapping", "New activity: %1"),
        "trip": translate("Mapping", "New trip: %1"),
    }
    changed = {
        "activity": translate("Mapping", "Activity changed: %1, before %2"),
        "trip": translate("Mapping", "Trip changed: %1, before %2"),
    }
    changes = []
    for key, activity in new.items():
        was = old.get(key)
        if was is None:
            template = added.get(activity.record_kind, added["activity"])
            changes.append(Change("activities", fill(template, _activity_name(activity))))
        elif _activity_name(was) != _activity_name(activity):
            template = changed.get(activity.record_kind, changed["activity"])
            changes.append(
                Change("activities", fill(template, _activity_name(activity), _activity_name(was)))
            )
    for key, activity in old.items():
        if key not in new:
            changes.append(
                _change(
                    "activities",
                    translate("Mapping", "No longer in the mapping: %1"),
                    _activity_name(activity),
                )
            )
    return changes


def _meeting_name(meeting: MeetingFacts) -> str:
    label = vocabulary.label(meeting.kind)
    when = _when(meeting.start, meeting.end) or str(meeting.year)
    where = ", ".join(p for p in (meeting.host, meeting.place) if p)
    if where:
        return fill(translate("Mapping", "%1 of %2, %3, %4"), label, meeting.network, when, where)
    return fill(translate("Mapping", "%1 of %2, %3"), label, meeting.network, when)


def _meetings(before: MappingData, after: MappingData) -> list[Change]:
    """Network meetings added, dropped or changed, each by its network, year and host."""
    old = {m.id: m for m in before.meetings}
    new = {m.id: m for m in after.meetings}
    changes = []
    for key, meeting in new.items():
        was = old.get(key)
        if was is None:
            text = fill(translate("Mapping", "New: %1"), _meeting_name(meeting))
        elif _meeting_name(was) != _meeting_name(meeting):
            text = fill(
                translate("Mapping", "Changed: %1, before %2"),
                _meeting_name(meeting),
                _meeting_name(was),
            )
        else:
            continue
        changes.append(Change("meetings", text))
    for key, meeting in old.items():
        if key not in new:
            text = fill(
                translate("Mapping", "No longer in the mapping: %1"), _meeting_name(meeting)
            )
            changes.append(Change("meetings", text))
    return changes
