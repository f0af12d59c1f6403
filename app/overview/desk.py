"""The sections of the start page, each a list of lines that say what, when and why."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dates import known_date
from app.derived.rotation import Rotation, plan_rotations
from app.derived.status import CIVIL, MUNICIPAL, TwinningStatus, statuses_over
from app.derived.status_matching import TwinningFacts
from app.derived.status_rule import years_before
from app.derived.status_wording import ground_sentence, level_label, shown_text
from app.formatting import format_date, format_known
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.read_ahead import ReadAhead
from app.rules import Rules
from app.services import record_labels
from app.services.changelog import ChangeLogQuery, change_log_in, kind_name
from app.services.kinds import KINDS
from app.services.records import RecordRef
from app.todo import OVERDUE, TodoItem
from app.todo.collect import items_of, reading_for
from app.todo.reading import Reading
from app.todo.rules.hosting import hosting_reason
from app.vocabulary import label
from app.workflow import context
from db import models as m
from db.home_towns import home_town_ids
from db.session import Database

_T = TypeVar("_T")
# The start page's side read on a server, on the same kind of reading thread as the
# window's other reads begun ahead (kept for the process: the page is read again often).
_SIDE_READS = ReadAhead(in_parallel=True)

DUE, STATUS, NETWORKS, POLICIES, RECENT = "due", "status", "networks", "policies", "recent"
SECTIONS: dict[str, str] = {
    DUE: QT_TRANSLATE_NOOP("Overview", "Due and overdue"),
    STATUS: QT_TRANSLATE_NOOP("Overview", "Twinnings by status"),
    NETWORKS: QT_TRANSLATE_NOOP("Overview", "Network meetings"),
    POLICIES: QT_TRANSLATE_NOOP("Overview", "Governing documents to revise"),
    RECENT: QT_TRANSLATE_NOOP("Overview", "Recent changes"),
}
# Enough to see what needs her today; the full lists are one step away.
DUE_SHOWN = 12
RECENT_SHOWN = 8
# A governing document is "near" its revise-by date within a year of it.
POLICY_HORIZON = timedelta(days=365)
_STATUS_ORDER = ("active", "new", "sporadic", "dormant", "ended")


@dataclass(frozen=True)
class OverviewLine:
    """One line of the page: what, when, and why it is shown.

    ``ref`` is the record the line opens; ``town_id`` the twin town whose page
    a twinning's line opens; ``new_kind`` the kind a line of an empty section
    offers to add (the page starts a new record of it).
    """

    text: str
    when: str = ""
    reason: str = ""
    ref: RecordRef | None = None
    town_id: int | None = None
    new_kind: str | None = None
    urgent: bool = False  # overdue: shown so


@dataclass(frozen=True)
class Section:
    """A heading's key and its lines, in the order shown."""

    key: str
    lines: tuple[OverviewLine, ...]

    @property
    def title(self) -> str:
        """The heading in the current language."""
        return section_title(self.key)


@dataclass(frozen=True)
class Overview:
    """Every section of the start page, read on ``today``.

    ``todo_count`` is how many items the to-do list holds on ``today``: the due
    section is made from that very list, so the navigation's count need not ask
    every rule again for it.
    """

    today: date
    sections: tuple[Section, ...]
    todo_count: int = 0

    def section(self, key: str) -> Section:
        """The section of ``key``."""
        return next(s for s in self.sections if s.key == key)


def section_title(key: str) -> str:
    """A section's heading in the current language."""
    return translate("Overview", SECTIONS[key])


def _fill(text: str, *values: str) -> str:
    # Highest placeholder first, so %1 never eats the start of %10.
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


def read_overview(db: Database, today: date) -> Overview:
    """The start page's sections on ``today`` for the register ``db``.

    Each shared input is read once (the home towns, the rules, the rotations):
    on a server every statement is a round trip. A file is read in one session;
    on a server the statuses and the recent changes are read beside the to-do
    rules, on a connection of their own.
    """
    with db.reading() as session:
        homes = home_town_ids(session)
        # The home towns' twinnings once: their status, their labels, and the to-do
        # rules' twin towns (those not ended).
        twinnings = _twinnings(session, homes)
        twinned = [(t.facts.a, t.facts.b) for t in twinnings.values() if t.facts.status != "ended"]
        reading = reading_for(session, today, homes=homes, twinned=twinned)
        rules = reading.rules

        def status_and_recent(other: Session) -> tuple[list[OverviewLine], list[OverviewLine]]:
            return _status_lines(other, rules, today, twinnings, homes), _recent_lines(other)

        beside = _beside(db, session, status_and_recent)
        # 200 networks with their members and meetings in three statements, shared
        # with the to-do list's hosting rules.
        planned = plan_rotations(reading.networks, not_before=today.year)
        networks = _network_lines(reading, planned, today)
        todo = items_of(reading, planned)
        due = _due_lines(todo)
        status, recent = beside()
        policies = _policies(reading.documents, today)
    return Overview(
        today,
        (
            Section(DUE, tuple(due)),
            Section(STATUS, tuple(status)),
            Section(NETWORKS, tuple(networks)),
            Section(POLICIES, tuple(policies)),
            Section(RECENT, tuple(recent)),
        ),
        todo_count=len(todo),
    )


def _beside(db: Database, session: Session, read: Callable[[Session], _T]) -> Callable[[], _T]:
    """``read`` begun beside the rest of the start page's read; call the answer to collect it.

    On a server every statement waits for its round trip, and the statuses and
    the recent changes need nothing of the to-do rules' eight statements: on a
    connection of their own they overlap them (about 0.7 s less at 100 ms per
    round trip). A file's read costs no network, so there it runs later in
    the same session, as one read. What the side read raised is raised when
    its answer is collected.
    """
    if db.path is not None:
        return lambda: read(session)

    def on_its_own() -> _T:
        with db.reading() as other:
            return read(other)

    return _SIDE_READS.begin(on_its_own).result


# ---------------------------------------------------------------- due and overdue


def _due_lines(items: list[TodoItem]) -> list[OverviewLine]:
    # Overdue first, then by due date: the to-do list's own order within each.
    items.sort(key=lambda i: (i.state != OVERDUE, i.due, i.key))
    lines = [
        OverviewLine(
            item.title,
            item.state_label,
            item.detail,
            ref=item.ref,
            urgent=item.state == OVERDUE,
        )
        for item in items[:DUE_SHOWN]
    ]
    if len(items) > DUE_SHOWN:
        lines.append(
            OverviewLine(
                _fill(
                    translate("Overview", "%1 more in To do."),
                    str(len(items) - DUE_SHOWN),
                ),
                ref=RecordRef("todo", 0),
            )
        )
    if not lines:
        lines.append(
            OverviewLine(
                translate(
                    "Overview",
                    "Nothing is due or overdue under the municipality's rules today.",
                )
            )
        )
    return lines


# ---------------------------------------------------------------- twinnings by status


@dataclass(frozen=True)
class _Twinning:
    facts: TwinningFacts  # as the status rule reads it
    town_id: int  # the twin town: the partner of the home town
    label: str


def _twinnings(session: Session, homes: set[int]) -> dict[int, _Twinning]:
    """The home municipality's twinnings (every one when no home town is marked yet)."""
    tw = m.Twinning
    # The label's own columns beside the status rule's: the rows are read once.
    query = select(
        tw.id,
        tw.town_a_id.label("side_a"),
        tw.town_b_id.label("side_b"),
        tw.status,
        tw.start_date,
        tw.contact_year,
        tw.end_date,
        tw.status_override,
        tw.status_override_reason,
        *record_labels.label_columns("twinning"),
    ).order_by(tw.id)
    if homes:
        # A register of many municipalities' pairs: only her own are her work.
        query = query.where(tw.town_a_id.in_(sorted(homes)) | tw.town_b_id.in_(sorted(homes)))
    rows = session.execute(query).all()
    labels = record_labels.labels_of_rows(session, "twinning", rows) if rows else {}
    found = {}
    for row in rows:
        facts = TwinningFacts(*row[:9])
        partner = facts.a if facts.b in homes else facts.b
        found[facts.id] = _Twinning(facts, partner, labels.get(facts.id, "?"))
    return found


def _status_lines(
    session: Session,
    rules: Rules,
    today: date,
    twinnings: dict[int, _Twinning],
    homes: set[int],
) -> list[OverviewLine]:
    if not twinnings:
        return [
            OverviewLine(
                translate(
                    "Overview",
                    "Add the municipality's first twin town, then its twinning: "
                    "their status is shown here.",
                ),
                new_kind="town",
            )
        ]
    years = max(1, rules.status_period_years)
    ids = sorted(twinnings)
    year_ago = today - timedelta(days=365)
    now, before = statuses_over(
        session,
        [(years_before(today, years), today), (years_before(year_ago, years), year_ago)],
        ids,
        rules,
        homes,
        facts=[twinnings[t].facts for t in ids],
    )
    lines = [_count_line(MUNICIPAL, now.values()), _count_line(CIVIL, now.values())]
    for twinning_id in sorted(now, key=lambda t: twinnings[t].label.casefold()):
        was = before.get(twinning_id)
        if was is None:
            continue
        for level in (MUNICIPAL, CIVIL):
            line = _change_line(twinnings[twinning_id], level, now[twinning_id], was)
            if line is not None:
                lines.append(line)
    return lines


def _count_line(level: str, found: Iterable[TwinningStatus]) -> OverviewLine:
    counts = Counter(s.shown(level) for s in found)
    order = [s for s in _STATUS_ORDER if counts[s]] + sorted(set(counts) - set(_STATUS_ORDER))
    # "status: number" pairs: a list, not a sentence, so no plural forms are needed.
    pairs = ", ".join(
        _fill(translate("Overview", "%1: %2"), label(status), str(counts[status]))
        for status in order
    )
    return OverviewLine(
        _fill(translate("Overview", "%1 – %2"), level_label(level).capitalize(), pairs),
        reason=translate(
            "Overview",
            "Counted from the recorded contacts, with the coordinator's judgement where she "
            "made one.",
        ),
    )


def _change_line(
    twinning: _Twinning, level: str, now: TwinningStatus, was: TwinningStatus
) -> OverviewLine | None:
    shown, earlier = now.shown(level), was.shown(level)
    if shown == earlier:
        return None
    if level == MUNICIPAL:
        text = translate("Overview", "%1: %2 at the municipal level, %3 a year ago.")
        current = shown_text(shown, now.computed_beside(level))
    else:
        text = translate("Overview", "%1: %2 at the civil level, %3 a year ago.")
        current = label(shown)
    # Her judgement holds for both years, so a change is always the computed one's.
    reason = ground_sentence(now)
    return OverviewLine(
        _fill(text, twinning.label, current, label(earlier)),
        reason=reason,
        ref=RecordRef("twinning", twinning.facts.id),
        town_id=twinning.town_id,
    )


# ---------------------------------------------------------------- networks


def _network_lines(
    reading: Reading, planned: dict[int, Rotation], today: date
) -> list[OverviewLine]:
    """The networks the home town belongs to (every one when no home town is marked yet)."""
    register, homes = reading.networks, reading.homes
    networks = register.names
    if homes:
        current = {
            member.network_id
            for member in register.members
            if member.town_id in homes and member.left_year is None
        }
        networks = {nid: name for nid, name in networks.items() if nid in current}
    if not networks:
        return [
            OverviewLine(
                translate(
                    "Overview",
                    "No network of twin towns is recorded; add one to see its next meeting here.",
                ),
                new_kind="network",
            )
        ]
    recorded: dict[int, tuple[int, int | None]] = {}
    # The first meeting from this year on, by year and then the order entered.
    ahead = sorted(
        (mt for mt in register.meetings if mt.year >= today.year and mt.network_id in networks),
        key=lambda mt: (mt.year, mt.id),
    )
    for mt in ahead:
        recorded.setdefault(mt.network_id, (mt.year, mt.host_town_id))
    hosts = {host for _year, host in recorded.values() if host is not None}
    hosts |= {planned[n].next_host_town_id or 0 for n in networks if n in planned} - {0}
    # The home towns too: the hosting rule names them next, and finds them read.
    towns = reading.town_labels(hosts | homes)
    lines = []
    for network_id, name in sorted(networks.items(), key=lambda n: n[1].casefold()):
        rotation = planned.get(network_id)
        home_year = rotation.home_next_year if rotation is not None else None
        if network_id in recorded:
            year, host = recorded[network_id]
            reason = hosting_reason(recorded=True)
        elif rotation is not None and rotation.next_year is not None:
            year, host = rotation.next_year, rotation.next_host_town_id
            reason = hosting_reason(False, rotation.cadence_years)
        else:
            lines.append(
                OverviewLine(
                    _fill(translate("Overview", "%1: no next meeting is known."), name),
                    reason=translate(
                        "Overview", "Give the members their places in the hosting order."
                    ),
                    ref=RecordRef("network", network_id),
                )
            )
            continue
        text = _fill(translate("Overview", "%1: next meeting %2 in %3."), name, str(year),
                     towns.get(host, "?") if host is not None else "?")  # fmt: skip
        if home_year is not None:
            text = _fill(
                translate("Overview", "%1: next meeting %2 in %3; we host in %4."),
                name,
                str(year),
                towns.get(host, "?") if host is not None else "?",
                str(home_year),
            )
        lines.append(OverviewLine(text, str(year), reason, ref=RecordRef("network", network_id)))
    return lines


# ---------------------------------------------------------------- governing documents


def _policies(every: tuple[context.PolicyDates, ...], today: date) -> list[OverviewLine]:
    if not every:
        return [
            OverviewLine(
                translate(
                    "Overview",
                    "No governing document is recorded; add the municipality's policy for "
                    "twinning with its revise-by date.",
                ),
                new_kind="policy",
            )
        ]
    horizon = today + POLICY_HORIZON
    near = sorted(
        (row for row in every if row.revise_by is not None and row.revise_by <= horizon),
        key=lambda row: (row.revise_by, row.id),
    )
    lines = []
    for doc_id, title, revise_by, known in near:
        by = known_date(revise_by, known)
        when = format_known(by) if by is not None else format_date(revise_by)
        late = by is not None and by.latest < today
        reason = (
            translate("Overview", "The revise-by date has passed.")
            if late
            else translate("Overview", "The revise-by date is less than a year away.")
        )
        text = _fill(translate("Overview", "%1 – revise by %2"), title, when)
        lines.append(OverviewLine(text, when, reason, RecordRef("policy", doc_id), urgent=late))
    if not lines:
        lines.append(
            OverviewLine(
                translate("Overview", "No governing document is due for revision within a year.")
            )
        )
    return lines


# ---------------------------------------------------------------- recent changes


_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Overview", "%1 created it."),
    "update": QT_TRANSLATE_NOOP("Overview", "%1 changed it."),
    "delete": QT_TRANSLATE_NOOP("Overview", "%1 deleted it."),
    "restore": QT_TRANSLATE_NOOP("Overview", "%1 brought it back."),
    "import": QT_TRANSLATE_NOOP("Overview", "%1 imported it."),
    "merge": QT_TRANSLATE_NOOP("Overview", "%1 merged it."),
    "dispose": QT_TRANSLATE_NOOP("Overview", "%1 disposed of the personal data."),
}


def _recent_lines(session: Session) -> list[OverviewLine]:
    entries = change_log_in(session, ChangeLogQuery(limit=RECENT_SHOWN))
    lines = []
    for entry in entries:
        text = _fill(
            translate("Overview", "%1: %2"), kind_name(entry.target_kind), entry.summary or ""
        )
        # A deleted record has nothing to open.
        opens = entry.target_kind in KINDS and entry.action != "delete"
        ref = RecordRef(entry.target_kind, entry.target_id) if opens and entry.target_id else None
        action = _ACTIONS.get(entry.action, QT_TRANSLATE_NOOP("Overview", "%1 changed it."))
        reason = _fill(translate("Overview", action), entry.user)
        lines.append(
            OverviewLine(text, format_date(entry.at.replace(tzinfo=UTC).astimezone()), reason, ref)
        )
    if not lines:
        lines.append(OverviewLine(translate("Overview", "Nothing has been changed yet.")))
    return lines
