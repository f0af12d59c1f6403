"""The town tables of the mapping (section 4) and the status of each twinning.

The towns are grouped by network, the home town first and then by contact
year, with the members of each town's local branches in the table year; the
twin towns in no chosen network make a table of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import and_, select

from app.derived.status import Evidence, TwinningStatus
from app.derived.status_wording import ground_sentence
from app.mapping.data import (
    StatusFacts,
    TownFacts,
    TownGroup,
)
from app.mapping.reader import RegisterReader
from app.mapping.wording import when_text
from app.places.suggestion import map_position
from app.reports.builders.common import not_counted
from db import models as m
from db.in_lists import in_chunks


def status_facts(
    reader: RegisterReader, found: Mapping[int, TwinningStatus], period_named: str | None = None
) -> list[StatusFacts]:
    """Each twinning's status in the mapping: derived, as judged, and its evidence (the
    grounds name the period as ``period_named``, "2011–2014")."""
    facts = []
    for tid in reader.twinning_ids:
        status = found.get(tid)
        twin = reader.twinnings.get(tid)
        if status is None or twin is None:
            continue
        evidence = tuple(_evidence_text(e) for e in status.evidence)
        facts.append(
            StatusFacts(
                twinning_id=tid,
                town=reader.name_of(twin.partner),
                derived=status.derived,
                effective=status.effective,
                override=status.override,
                reason=status.override_reason,
                contacts=status.contacts,
                needed=status.needed_for_active,
                evidence=evidence,
                civil=status.civil,
                ground=ground_sentence(status, period_named),
            )
        )
    return facts


def _contact_year(reader: RegisterReader, town_id: int, network_id: int | None) -> int | None:
    for twin in reader.twinnings.values():
        if twin.partner == town_id:
            if twin.contact_year is not None:
                return twin.contact_year
            if twin.start is not None:
                return twin.start.year
    if network_id is not None:
        joined = reader.members_of.get(network_id, {}).get(town_id)
        if joined is not None and joined[0] is not None:
            return joined[0]
    return None


def town_groups(
    reader: RegisterReader, network_rows: Mapping[int, Sequence[tuple[int, str, int | None]]]
) -> tuple[list[TownGroup], list[TownFacts]]:
    """The tables of section 4 and the facts of every town in them."""
    counts, branches = _own_counts(reader)
    facts: dict[int, TownFacts] = {}
    groups: list[TownGroup] = []
    in_networks: set[int] = set()
    for network_id in reader.network_ids:
        rows = list(network_rows.get(network_id, ()))
        members = reader.members_of.get(network_id, {})
        rows.sort(
            key=lambda row: (
                row[0] not in reader.homes,
                _contact_year(reader, row[0], network_id) or 9999,
                members.get(row[0], (None, None, 0))[2],
            )
        )
        known = [row[2] for row in rows]
        for town_id, _name, count in rows:
            in_networks.add(town_id)
            facts.setdefault(town_id, _town_facts(reader, town_id, network_id, count, branches))
        groups.append(
            TownGroup(
                network_id=network_id,
                name=reader.network_names.get(network_id, ""),
                town_ids=tuple(row[0] for row in rows),
                with_members=True,
                total=sum(v for v in known if v is not None),
                unknown=sum(1 for v in known if v is None),
            )
        )
    others = [
        reader.twinnings[tid].partner
        for tid in reader.twinning_ids
        if reader.twinnings[tid].partner not in in_networks
    ]
    others = list(dict.fromkeys(others))
    if others:
        for town_id in others:
            facts.setdefault(
                town_id, _town_facts(reader, town_id, None, counts.get(town_id), branches)
            )
        with_members = any(town_id in branches for town_id in others)
        values = [counts.get(town_id) for town_id in others]
        groups.append(
            TownGroup(
                network_id=None,
                name="",
                town_ids=tuple(others),
                with_members=with_members,
                total=sum(v for v in values if v is not None) if with_members else 0,
                unknown=sum(1 for v in values if v is None) if with_members else 0,
            )
        )
    return groups, list(facts.values())


def _own_counts(reader: RegisterReader) -> tuple[dict[int, int | None], set[int]]:
    """Members of each town's local branches in the table year (None: unknown)."""
    org, count = m.Organisation, m.MemberCount
    values: dict[int, list[int | None]] = defaultdict(list)
    towns = sorted(reader.towns | reader.homes)
    for chunk in in_chunks(towns):
        for town_id, value, count_id in reader.session.execute(
            select(org.town_id, count.count, count.id)
            .outerjoin(
                count, and_(count.organisation_id == org.id, count.year == reader.table_year)
            )
            .where(org.kind == "local_branch", org.town_id.in_(chunk))
        ):
            if town_id is not None:
                values[town_id].append(value if count_id is not None else None)
    counts: dict[int, int | None] = {}
    for town_id, found in values.items():
        counts[town_id] = (
            None if any(v is None for v in found) else sum(v for v in found if v is not None)
        )
    return counts, set(values)


def _town_facts(
    reader: RegisterReader,
    town_id: int,
    network_id: int | None,
    count: int | None,
    branches: set[int],
) -> TownFacts:
    name, country, _region, lat, lon = reader.town_rows.get(
        town_id, (reader.name_of(town_id), None, None, None, None)
    )
    # A town without coordinates is drawn where the gazetteer has it.
    lat, lon = map_position(name, country, lat, lon)
    twin = next((t for t in reader.twinnings.values() if t.partner == town_id), None)
    ended = twin is not None and (twin.end is not None or twin.stored_status == "ended")
    return TownFacts(
        town_id=town_id,
        name=name,
        area=reader.area_of(town_id) if town_id in reader.town_rows else "",
        area_code=reader.area_code(town_id),
        is_home=town_id in reader.homes,
        contact_year=_contact_year(reader, town_id, network_id),
        members=count,
        has_branch=town_id in branches,
        latitude=lat,
        longitude=lon,
        twinning_id=twin.id if twin else None,
        twinning_kind=twin.kind if twin else None,
        ended=ended,
        end_year=twin.end.year if twin and twin.end else None,
        table_name=reader.table_names.get(town_id, ""),
        other_names=tuple(reader.other_names.get(town_id, ())),
    )


def _evidence_text(evidence: Evidence) -> str:
    when = evidence.date_or_year
    if isinstance(when, date):
        prefix = when_text(when.year, when)
    elif isinstance(when, int):
        prefix = str(when)
    else:
        prefix = ""
    text = f"{prefix}: {evidence.label}" if prefix else evidence.label
    if not evidence.counts:
        text = not_counted(text)
    return text
