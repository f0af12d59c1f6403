"""Reading a mapping's figures from the register: towns, counts, agreements, activities, sources.

:func:`gather` takes the coordinator's choices (the scope and the member year
of a :class:`~app.mapping.content.MappingContent`) and returns a
:class:`~app.mapping.data.MappingData`. The status of each twinning, its
history and the network member totals come from :mod:`app.derived`, so the
report says what the rest of the program says.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.derived.status import Evidence, TwinningStatus, recent_period, statuses
from app.derived.status_wording import ground_sentence, rule_sentence
from app.derived.timeline import TimelineEntry, network_timeline, twinning_timelines
from app.derived.totals import network_member_total
from app.formatting import format_stored
from app.i18n import current_language, translate
from app.mapping.content import MappingContent
from app.mapping.data import (
    ActivityFacts,
    AgreementFacts,
    AttachmentFacts,
    GrantFacts,
    MappingData,
    MeetingFacts,
    StatusFacts,
    TownFacts,
    TownGroup,
)
from app.mapping.scope import (
    _network_choices,
    _period,
    _twinning_choices,
    member_year_in,
    relevant_towns,
)
from app.places.countries import country_name
from app.services.attachments import AttachmentError, attachment_path, get_attachment
from app.services.settings import load_settings
from app.services.store import labels_in
from app.workspace import Workspace
from db import models as m
from db.home_towns import home_town_ids
from db.in_lists import in_chunks

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_MAX_PICTURE_BYTES = 8_000_000


def gather(
    workspace: Workspace, content: MappingContent, *, today: date | None = None
) -> MappingData:
    """The figures of the register for ``content``'s scope, period and member year."""
    # They read on from what the reader found, so they import this module.
    from app.mapping.fact_sheets import mapping_fact_sheets, mapping_facts, mapping_order
    from app.mapping.sources import register_sources
    from app.mapping.story_facts import (
        associations,
        author_role,
        evaluations,
        history_events,
        level_statuses,
    )
    from app.mapping.timeline_facts import bars, timeline_statuses, twinning_timeline_rows

    db = workspace.database
    settings = load_settings(db)
    today = today or date.today()
    # The engine may hand every session the same connection, so the derived
    # functions (which open their own sessions) run between ours, not inside.
    with db.reading() as session:
        reader = RegisterReader(session, content, today)
        reader.read()
        timeline_bars = bars(reader)
    status_period = _status_period(reader.period, settings.rules.status_period_years, today)
    found = statuses(db, status_period, reader.twinning_ids, rules=settings.rules)
    network_rows = {
        nid: network_member_total(db, nid, reader.table_year)[0] for nid in reader.network_ids
    }
    # A report dated in the past (the demo's of 2014) draws its bars to its own day.
    dated = content.commission.report_date
    timeline_end = min(today, dated) if dated is not None else today
    per_period = timeline_statuses(db, timeline_end, timeline_bars, settings.rules)
    with db.reading() as session:
        reader.session = session
        timeline = twinning_timeline_rows(reader, timeline_bars, per_period)
        status_facts = reader.status_facts(found)
        groups, towns = reader.groups(network_rows)
        sources, source_counts = register_sources(reader)
        levels = level_statuses(reader, found, settings.rules)
        sheet_facts = mapping_facts(reader, towns, groups, {lv.twinning_id: lv for lv in levels})
        sheet_order = mapping_order(reader, groups)
        events = history_events(reader)
        carriers = associations(reader)
        evaluated = evaluations(reader)
        role = author_role(reader, content.commission.author)
        home_name = ", ".join(sorted(reader._name_of(h) for h in reader.homes))
    sheets = mapping_fact_sheets(workspace, sheet_order, sheet_facts)
    history = history_lines(workspace, reader.twinning_ids, reader.network_ids)
    attachments = _appendix_attachments(workspace, content.appendix.attachment_ids)
    letterhead = tuple(
        line.strip()
        for line in (settings.letterhead or "").replace("·", "\n").splitlines()
        if line.strip()
    )
    return MappingData(
        made_at=datetime.now().replace(microsecond=0),
        municipality=settings.name,
        database=workspace.display_name,
        period=reader.period,
        status_period=status_period,
        member_year=reader.member_year,
        letterhead_lines=letterhead,
        logo=settings.logo,
        twinning_ids=tuple(reader.twinning_ids),
        network_ids=tuple(reader.network_ids),
        network_names=tuple(reader.network_names[n] for n in reader.network_ids),
        known_twinning_ids=tuple(reader.known_twinnings),
        known_network_ids=tuple(reader.known_networks),
        left_out=tuple(reader.left_out),
        left_out_ended=tuple(reader.left_out_ended),
        left_out_towns=tuple(reader.left_out_towns),
        left_out_networks=tuple(reader.left_out_networks),
        source_counts=tuple(sorted(source_counts.items())),
        history_lines=tuple(history),
        towns=tuple(towns),
        groups=tuple(groups),
        agreements=tuple(reader.agreements),
        twins_without_agreement=tuple(reader.without_agreement),
        meetings=tuple(reader.meetings),
        activities=tuple(reader.activities),
        grants=tuple(reader.grants),
        statuses=tuple(status_facts),
        status_rule=rule_sentence(settings.rules, status_period),
        sources=tuple(sources),
        fact_sheets=tuple(sheets),
        attachments=tuple(attachments),
        levels=tuple(levels),
        events=tuple(events),
        associations=tuple(carriers),
        evaluations=tuple(evaluated),
        author_role=role,
        home_name=home_name,
        timeline=tuple(timeline),
        timeline_today=timeline_end,
        extra={"language": current_language()},
    )


def _status_period(period: tuple[int, int], years: int, today: date) -> tuple[date, date]:
    """The last ``years`` years of the mapping's period: the span a status is judged over."""
    last = date(period[1], 12, 31)
    if last > today:
        return recent_period(years, today)
    first = date(max(period[0], period[1] - max(years, 1) + 1), 1, 1)
    return first, last


# ---------------------------------------------------------------- history


def history_lines(
    workspace: Workspace, twinning_ids: Sequence[int], network_ids: Sequence[int]
) -> list[str]:
    """The dated lines of the networks' and twinnings' histories, oldest first, each once."""
    entries: list[TimelineEntry] = []
    for network_id in network_ids:
        entries.extend(network_timeline(workspace, network_id))
    found = twinning_timelines(workspace, list(twinning_ids)) if twinning_ids else {}
    for twinning_id in twinning_ids:
        entries.extend(found.get(twinning_id, ()))
    seen: set[tuple[int, str]] = set()
    lines: list[tuple[tuple[int, date], str]] = []
    for entry in entries:
        key = (entry.year, entry.text)
        if key in seen:
            continue
        seen.add(key)
        day = entry.date or (entry.known.earliest if entry.known else date(entry.year, 1, 1))
        # A date known less than to the day reads as known ("1940-talet", "ca 1949").
        when = entry.when() if entry.known else when_text(entry.year, entry.date)
        lines.append(((entry.year, day), f"{when}: {entry.text}"))
    lines.sort(key=lambda line: line[0])  # stable: a network's own order stays within a day
    return [text for _key, text in lines]


def when_text(year: int, day: date | None) -> str:
    """The day when it says more than the year: 1 January stands for "only the year is known"."""
    if day is None or (day.month, day.day) == (1, 1):
        return str(year)
    return day.isoformat()


# ---------------------------------------------------------------- the reader


@dataclass
class _TwinningRow:
    id: int
    home: int
    partner: int
    kind: str
    contact_year: int | None
    start: date | None
    end: date | None
    stored_status: str
    contact_written: str | None = None  # "i början av 2010-talet" when not a plain year


class RegisterReader:
    """Reads what the mapping shows in one session and shapes it into facts.

    :mod:`app.mapping.sources` and :mod:`app.mapping.fact_sheets` read on from
    what it found (the included records, the period, the agreements ...).
    """

    def __init__(self, session: Session, content: MappingContent, today: date) -> None:
        self.session = session
        self.content = content
        self.today = today
        self.language = current_language()
        self.twinning_ids: list[int] = []
        self.network_ids: list[int] = []
        self.network_names: dict[int, str] = {}
        self.known_twinnings: list[int] = []
        self.known_networks: list[int] = []
        self.left_out: list[str] = []
        self.left_out_ended: list[tuple[str, int | None]] = []
        self.left_out_ended_ids: list[int] = []
        self.left_out_towns: list[str] = []
        self.left_out_networks: list[str] = []
        self.period = (today.year, today.year)
        self.member_year: int | None = None
        self.table_year = today.year
        self.homes: set[int] = set()
        self.twinnings: dict[int, _TwinningRow] = {}
        self.towns: set[int] = set()
        self.town_rows: dict[
            int, tuple[str, str | None, str | None, float | None, float | None]
        ] = {}
        self.agreements: list[AgreementFacts] = []
        self.without_agreement: list[str] = []
        self.meetings: list[MeetingFacts] = []
        self.activities: list[ActivityFacts] = []
        self.grants: list[GrantFacts] = []
        self.members_of: dict[int, dict[int, tuple[int | None, int | None, int]]] = {}
        self.table_names: dict[int, str] = {}
        self.other_names: dict[int, list[str]] = {}

    # ------------------------------------------------------------ reading

    def read(self) -> None:
        session, scope = self.session, self.content.scope
        self.homes = home_town_ids(session)
        twinning_choices = _twinning_choices(session)
        network_choices = _network_choices(session)
        self.known_twinnings = [c.id for c in twinning_choices]
        self.known_networks = [c.id for c in network_choices]
        wanted_t, wanted_n = set(scope.twinning_ids), set(scope.network_ids)
        self.twinning_ids = [c.id for c in twinning_choices if c.id in wanted_t]
        self.network_ids = [c.id for c in network_choices if c.id in wanted_n]
        self.network_names = {c.id: c.name for c in network_choices}
        for choice in twinning_choices:
            if choice.id not in wanted_t:
                self.left_out.append(choice.label())
                if choice.ended:
                    self.left_out_ended.append((choice.partner, choice.end_year))
                    self.left_out_ended_ids.append(choice.id)
                else:
                    self.left_out_towns.append(choice.partner)
        for network in network_choices:
            if network.id not in wanted_n:
                self.left_out.append(network.label())
                self.left_out_networks.append(network.name)
        default = _period(session, self.twinning_ids, self.network_ids, self.today)
        first = scope.period_from if scope.period_from is not None else default[0]
        last = scope.period_to if scope.period_to is not None else default[1]
        self.period = (min(first, last), max(first, last))
        self._read_twinnings()
        self._read_members()
        self.towns = relevant_towns(session, self.twinning_ids, self.network_ids)
        table_towns = self.towns | self.homes
        chosen_year = self.content.towns.member_year
        self.member_year = (
            chosen_year
            if chosen_year is not None
            else member_year_in(session, table_towns, self.period)
        )
        self.table_year = self.member_year if self.member_year is not None else self.period[1]
        self._read_towns(table_towns)
        self._read_agreements()
        self._read_meetings()
        self._read_activities()
        self._read_grants()

    def _read_twinnings(self) -> None:
        t = m.Twinning
        for chunk in in_chunks(self.twinning_ids):
            for row in self.session.execute(
                select(
                    t.id,
                    t.town_a_id,
                    t.town_b_id,
                    t.kind,
                    t.contact_year,
                    t.start_date,
                    t.end_date,
                    t.status,
                    t.contact_year_edtf,
                ).where(t.id.in_(chunk))
            ):
                tid, a, b, kind, contact, start, end, status, contact_edtf = row
                home, partner = (a, b) if a in self.homes and b not in self.homes else (b, a)
                written = format_stored(contact, contact_edtf) if contact_edtf else None
                rough = written if written is not None and written != str(contact) else None
                self.twinnings[tid] = _TwinningRow(
                    tid, home, partner, kind, contact, start, end, status, rough
                )

    def _read_members(self) -> None:
        member = m.NetworkMember
        for network_id in self.network_ids:
            self.members_of[network_id] = {
                town_id: (joined, left, member_id)
                for member_id, town_id, joined, left in self.session.execute(
                    select(member.id, member.town_id, member.joined_year, member.left_year).where(
                        member.network_id == network_id
                    )
                )
            }

    def _read_towns(self, town_ids: set[int]) -> None:
        t = m.Town
        for chunk in in_chunks(sorted(town_ids)):
            for tid, name, country, region, lat, lon in self.session.execute(
                select(t.id, t.name, t.country, t.region, t.latitude, t.longitude).where(
                    t.id.in_(chunk)
                )
            ):
                self.town_rows[tid] = (name, country, region, lat, lon)
        self._read_table_names(town_ids)

    def _read_table_names(self, town_ids: set[int]) -> None:
        """Each town's other names, and the names she chose for the table among them.

        A chosen name is kept only while it is still one of the town's names.
        """
        t, other = m.Town, m.TownName
        for chunk in in_chunks(sorted(town_ids)):
            for tid, local, alias in self.session.execute(
                select(t.id, t.local_name, other.name)
                .outerjoin(other, other.town_id == t.id)
                .where(t.id.in_(chunk))
                .order_by(t.id, other.name)
            ):
                known = self.other_names.setdefault(tid, [])
                for name in (local, alias):
                    if name and name != self.town_rows[tid][0] and name not in known:
                        known.append(name)
        self.table_names = {
            tid: name
            for tid, name in self.content.towns.names
            if tid in self.town_rows
            and name in (self.town_rows[tid][0], *self.other_names.get(tid, ()))
        }

    def _area(self, town_id: int) -> str:
        _name, country, region, _lat, _lon = self.town_rows[town_id]
        if region and region.strip():
            return region.strip()
        return country_name(country, self.language) if country else ""

    def _area_code(self, town_id: int) -> str | None:
        row = self.town_rows.get(town_id)
        if row is None or (row[2] and row[2].strip()):
            return None
        return row[1]

    def _name(self, town_id: int) -> str:
        row = self.town_rows.get(town_id)
        return row[0] if row else ""

    def _read_agreements(self) -> None:
        ag, party = m.Agreement, m.AgreementParty
        towns = sorted(self.towns)
        if not towns:
            return
        org = aliased(m.Organisation)
        heads: dict[int, tuple[str, str, str, date | None, date | None, date | None]] = {}
        parties: dict[int, list[str]] = defaultdict(list)
        party_towns: dict[int, set[int]] = defaultdict(set)
        query = (
            select(
                ag.id,
                ag.title,
                ag.kind,
                ag.status,
                ag.signed_date,
                ag.valid_from,
                ag.valid_to,
                party.town_id,
                m.Town.name,
                org.name,
            )
            .join(party, party.agreement_id == ag.id)
            .outerjoin(m.Town, m.Town.id == party.town_id)
            .outerjoin(org, org.id == party.organisation_id)
            .order_by(ag.id, party.id)
        )
        # Rows of an agreement found through two chunks repeat harmlessly: the
        # parties are kept once each.
        for chunk in in_chunks(towns):
            chosen = aliased(m.AgreementParty)
            organisations = select(m.Organisation.id).where(m.Organisation.town_id.in_(chunk))
            ids = select(chosen.agreement_id).where(
                or_(chosen.town_id.in_(chunk), chosen.organisation_id.in_(organisations))
            )
            for row in self.session.execute(query.where(ag.id.in_(ids))):
                aid, title, kind, status, signed, start, end, town_id, town, organisation = row
                heads[aid] = (title, kind, status, signed, start, end)
                name = town or organisation
                if name and name not in parties[aid]:
                    parties[aid].append(name)
                if town_id is not None:
                    party_towns[aid].add(town_id)
        twins = [self.twinnings[t] for t in self.twinning_ids]
        with_agreement: set[int] = set()
        for aid, (title, kind, status, signed, start, end) in heads.items():
            between = []
            for twin in twins:
                if {twin.home, twin.partner} <= party_towns[aid] and status != "draft":
                    between.append(self._name_of(twin.partner))
                    with_agreement.add(twin.id)
            self.agreements.append(
                AgreementFacts(
                    id=aid,
                    title=title,
                    kind=kind,
                    status=status,
                    parties=tuple(parties[aid]),
                    signed=signed,
                    valid_from=start,
                    valid_to=end,
                    between_twins=tuple(between),
                )
            )
        self.agreements.sort(key=lambda a: (a.signed or a.valid_from or date.max, a.id))
        self.without_agreement = [
            self._name_of(t.partner)
            for t in twins
            if t.id not in with_agreement and t.end is None and t.stored_status != "ended"
        ]

    def _name_of(self, town_id: int) -> str:
        name = self._name(town_id)
        if name:
            return name
        found = self.session.scalar(select(m.Town.name).where(m.Town.id == town_id))
        return found or ""

    def _period_bounds(self) -> tuple[date, date]:
        return date(self.period[0], 1, 1), date(self.period[1], 12, 31)

    def _read_meetings(self) -> None:
        if not self.network_ids:
            return
        mt = m.NetworkMeeting
        host = aliased(m.Town)
        query = (
            select(
                mt.id,
                m.Network.name,
                mt.year,
                mt.kind,
                host.name,
                mt.place,
                mt.start_date,
                mt.end_date,
            )
            .join(m.Network, m.Network.id == mt.network_id)
            .outerjoin(host, host.id == mt.host_town_id)
            .where(
                mt.network_id.in_(self.network_ids),
                mt.year >= self.period[0],
                mt.year <= self.period[1],
            )
            .order_by(mt.year, mt.start_date, mt.id)
        )
        for mid, network, year, kind, host_name, place, start, end in self.session.execute(query):
            self.meetings.append(
                MeetingFacts(mid, network, year, kind, host_name, place, start, end)
            )

    def _read_activities(self) -> None:
        towns = sorted(self.towns)
        if not towns:
            return
        first, last = self._period_bounds()
        found: list[ActivityFacts] = []
        for kind, model, links, key in (
            ("activity", m.Activity, m.activity_towns, m.activity_towns.c.activity_id),
            ("trip", m.Trip, m.trip_towns, m.trip_towns.c.trip_id),
        ):
            in_period = or_(
                model.start_date.is_(None),
                and_(
                    model.start_date <= last,
                    func.coalesce(model.end_date, model.start_date) >= first,
                ),
            )
            columns = [model.id, model.title, model.start_date, model.end_date]
            if model is m.Activity:
                columns += [m.Activity.kind, m.Activity.area, m.Activity.description]
            else:
                columns += [m.Trip.status, m.Trip.status, m.Trip.purpose]
            query = (
                select(*columns, m.Town.name)
                .join(links, key == model.id)
                .join(m.Town, m.Town.id == links.c.town_id)
                .where(in_period)
                .order_by(model.id, m.Town.name)
            )
            if model is m.Trip:
                query = query.where(m.Trip.status != "cancelled")
            heads: dict[int, tuple[str, date | None, date | None, str, str | None, str | None]] = {}
            names: dict[int, list[str]] = defaultdict(list)
            for chunk in in_chunks(towns):
                chosen = links.alias("chosen")
                ids = select(chosen.c[key.name]).where(chosen.c.town_id.in_(chunk))
                for row in self.session.execute(query.where(model.id.in_(ids))):
                    rid, title, start, end, what, area, text, town = list(row)
                    heads[rid] = (
                        title, start, end, what if kind == "activity" else "trip", area, text,
                    )  # fmt: skip
                    if town not in names[rid]:  # found again through another chunk
                        names[rid].append(town)
            for rid, (title, start, end, what, area, text) in heads.items():
                found.append(
                    ActivityFacts(
                        record_kind=kind,
                        id=rid,
                        title=title,
                        kind=what,
                        towns=tuple(names[rid]),
                        area=area if kind == "activity" else None,
                        start=start,
                        end=end,
                        description=text.strip() if text and text.strip() else None,
                    )
                )
        found.sort(key=lambda a: (a.start is None, a.start or date.max, a.record_kind, a.id))
        self.activities = found

    def _read_grants(self) -> None:
        towns = sorted(self.towns)
        if not towns:
            return
        g, org = m.Grant, m.Organisation
        payer = aliased(m.Town)
        place = aliased(m.Town)
        query = (
            select(g.id, org.name, place.name, payer.name, g.year, g.amount, g.currency)
            .join(org, org.id == g.organisation_id)
            .outerjoin(place, place.id == org.town_id)
            .outerjoin(payer, payer.id == g.payer_town_id)
            .where(g.year >= self.period[0], g.year <= self.period[1])
            .order_by(g.year, org.name, g.id)
        )
        found: dict[int, GrantFacts] = {}
        for chunk in in_chunks(towns):
            for gid, recipient, town, payer_name, year, amount, currency in self.session.execute(
                query.where(or_(org.town_id.in_(chunk), g.payer_town_id.in_(chunk)))
            ):
                found[gid] = GrantFacts(
                    gid, recipient, year, amount, currency or "SEK", town, payer_name
                )
        self.grants = sorted(found.values(), key=lambda gr: (gr.year, gr.recipient, gr.id))

    # ------------------------------------------------------------ shaping

    def status_facts(self, found: Mapping[int, TwinningStatus]) -> list[StatusFacts]:
        facts = []
        for tid in self.twinning_ids:
            status = found.get(tid)
            twin = self.twinnings.get(tid)
            if status is None or twin is None:
                continue
            evidence = tuple(_evidence_text(e) for e in status.evidence)
            facts.append(
                StatusFacts(
                    twinning_id=tid,
                    town=self._name_of(twin.partner),
                    derived=status.derived,
                    effective=status.effective,
                    override=status.override,
                    reason=status.override_reason,
                    contacts=status.contacts,
                    needed=status.needed_for_active,
                    evidence=evidence,
                    civil=status.civil,
                    ground=ground_sentence(status),
                )
            )
        return facts

    def _contact_year(self, town_id: int, network_id: int | None) -> int | None:
        for twin in self.twinnings.values():
            if twin.partner == town_id:
                if twin.contact_year is not None:
                    return twin.contact_year
                if twin.start is not None:
                    return twin.start.year
        if network_id is not None:
            joined = self.members_of.get(network_id, {}).get(town_id)
            if joined is not None and joined[0] is not None:
                return joined[0]
        return None

    def groups(
        self, network_rows: Mapping[int, Sequence[tuple[int, str, int | None]]]
    ) -> tuple[list[TownGroup], list[TownFacts]]:
        """The tables of section 4 and the facts of every town in them."""
        counts, branches = self._own_counts()
        facts: dict[int, TownFacts] = {}
        groups: list[TownGroup] = []
        in_networks: set[int] = set()
        for network_id in self.network_ids:
            rows = list(network_rows.get(network_id, ()))
            members = self.members_of.get(network_id, {})
            rows.sort(
                key=lambda row: (
                    row[0] not in self.homes,
                    self._contact_year(row[0], network_id) or 9999,
                    members.get(row[0], (None, None, 0))[2],
                )
            )
            known = [row[2] for row in rows]
            for town_id, _name, count in rows:
                in_networks.add(town_id)
                facts.setdefault(town_id, self._town_facts(town_id, network_id, count, branches))
            groups.append(
                TownGroup(
                    network_id=network_id,
                    name=self.network_names.get(network_id, ""),
                    town_ids=tuple(row[0] for row in rows),
                    with_members=True,
                    total=sum(v for v in known if v is not None),
                    unknown=sum(1 for v in known if v is None),
                )
            )
        others = [
            self.twinnings[tid].partner
            for tid in self.twinning_ids
            if self.twinnings[tid].partner not in in_networks
        ]
        others = list(dict.fromkeys(others))
        if others:
            for town_id in others:
                facts.setdefault(
                    town_id, self._town_facts(town_id, None, counts.get(town_id), branches)
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

    def _own_counts(self) -> tuple[dict[int, int | None], set[int]]:
        """Members of each town's local branches in the table year (None: unknown)."""
        org, count = m.Organisation, m.MemberCount
        values: dict[int, list[int | None]] = defaultdict(list)
        towns = sorted(self.towns | self.homes)
        for chunk in in_chunks(towns):
            for town_id, value, count_id in self.session.execute(
                select(org.town_id, count.count, count.id)
                .outerjoin(
                    count, and_(count.organisation_id == org.id, count.year == self.table_year)
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
        self, town_id: int, network_id: int | None, count: int | None, branches: set[int]
    ) -> TownFacts:
        name, _country, _region, lat, lon = self.town_rows.get(
            town_id, (self._name_of(town_id), None, None, None, None)
        )
        twin = next((t for t in self.twinnings.values() if t.partner == town_id), None)
        ended = twin is not None and (twin.end is not None or twin.stored_status == "ended")
        return TownFacts(
            town_id=town_id,
            name=name,
            area=self._area(town_id) if town_id in self.town_rows else "",
            area_code=self._area_code(town_id),
            is_home=town_id in self.homes,
            contact_year=self._contact_year(town_id, network_id),
            members=count,
            has_branch=town_id in branches,
            latitude=lat,
            longitude=lon,
            twinning_id=twin.id if twin else None,
            twinning_kind=twin.kind if twin else None,
            ended=ended,
            end_year=twin.end.year if twin and twin.end else None,
            table_name=self.table_names.get(town_id, ""),
            other_names=tuple(self.other_names.get(town_id, ())),
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
        text += " " + translate("Mapping", "(not counted as contact)")
    return text


def _appendix_attachments(
    workspace: Workspace, attachment_ids: Iterable[int]
) -> list[AttachmentFacts]:
    """The attachments she listed as appended, with the picture when it is a PNG."""
    found = []
    for attachment_id in attachment_ids:
        try:
            info = get_attachment(workspace, attachment_id)
        except AttachmentError:
            continue  # removed since she chose it; the wizard shows what is left
        with workspace.database.reading() as session:
            labels = labels_in(session, info.target.kind, [info.target.id])
        png = None
        try:
            path = attachment_path(workspace, info)
            if path.is_file() and path.stat().st_size <= _MAX_PICTURE_BYTES:
                head = path.read_bytes()
                png = head if head.startswith(_PNG_SIGNATURE) else None
        except (AttachmentError, OSError):
            png = None
        found.append(
            AttachmentFacts(
                id=info.id,
                filename=info.filename,
                description=(info.description or "").strip(),
                attached_to=labels.get(info.target.id, ""),
                png=png,
            )
        )
    return found
