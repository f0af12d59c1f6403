"""To-do rules for hosting: the follow-up after a meeting hosted, and the next meeting a home town hosts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from app.derived.rotation import Rotation, plan_rotations
from app.formatting import format_date
from app.i18n import translate
from app.reports.cell_text import fill
from app.rules import Rules
from app.services.records import RecordRef
from app.todo.items import TodoItem
from app.todo.reading import Reading, days_words, lead_time, make_item


def hosting_follow_ups(r: Reading) -> Iterator[TodoItem | None]:
    """A follow-up after each meeting hosted by a home town."""
    if not r.homes:
        return
    days = r.rules.hosting_follow_up_days
    networks = r.networks
    rows = [
        (mt.id, mt.year, mt.start_date, mt.end_date, networks.names[mt.network_id], mt.host_town_id)
        for mt in networks.meetings
        if mt.host_town_id in r.homes
        and mt.follow_up_date is None
        and mt.follow_up_missing
        and mt.year <= r.today.year
        and mt.network_id in networks.names
    ]
    hosts = r.town_labels({row[5] for row in rows}) if rows else {}
    for meeting_id, year, start, end, network, host in rows:
        # A meeting without dates is taken to have ended with its year.
        last_day = end or start or date(year, 12, 31)
        if last_day > r.today:
            continue
        due = last_day + lead_time(days)
        yield r.item(
            f"meeting:{meeting_id}:follow_up",
            "hosting_follow_up",
            fill(
                translate("Todo", "Follow-up report after hosting %1 %2 - due %3"),
                network,
                str(year),
                format_date(due),
            ),
            due,
            days,
            RecordRef("meeting", meeting_id),
            detail=fill(
                translate(
                    "Todo",
                    "No follow-up report is recorded for the meeting %1 hosted; by the rules it "
                    "is written within %2 of the meeting.",
                ),
                hosts.get(host, "?"),
                days_words(days),
            ),
        )


def hosting_reason(recorded: bool, cadence_years: int = 1) -> str:
    """Why a next meeting is given: recorded in the register, or read from the hosting order.

    One sentence for the start page's network lines and the to-do list's hosting items.
    """
    if recorded:
        return translate("Todo", "The meeting is recorded in the register.")
    if cadence_years == 1:
        return translate(
            "Todo", "Read from the hosting order, one meeting a year after the last one held."
        )
    return fill(
        translate(
            "Todo",
            "Read from the hosting order, one meeting every %1 years after the last one held.",
        ),
        str(cadence_years),
    )


@dataclass(frozen=True)
class _Hosting:
    """A meeting a home town is to host: recorded already, or read from the rotation.

    ``cadence_years`` is the rotation's, for a hosting read from it (``recorded`` False).
    """

    network_id: int
    town_id: int
    year: int
    day: date | None
    recorded: bool = True
    cadence_years: int = 1


def hosting_ahead(r: Reading, planned: dict[int, Rotation] | None = None) -> list[TodoItem]:
    """The next meeting each network holds in a home town (informational items).

    ``planned`` are the rotations of every network from ``r.today``'s year on
    (``plan_rotations(r.networks, not_before=r.today.year)``), when the caller has
    read them already.
    """
    homes, today = r.homes, r.today
    if not homes:
        return []
    networks = r.networks
    recorded = sorted(
        (
            (mt.network_id, mt.host_town_id, mt.year, mt.start_date)
            for mt in networks.meetings
            if mt.host_town_id in homes and mt.year >= today.year
        ),
        key=lambda row: row[2],  # by year; the same year's in the order entered
    )
    ahead: dict[int, _Hosting] = {}
    # A hosting already entered as a meeting (with its dates) wins over the rotation's year.
    for network_id, town_id, year, day in recorded:
        if town_id is not None and (day is None or day >= today) and network_id not in ahead:
            ahead[network_id] = _Hosting(network_id, town_id, year, day)
    if planned is None:
        planned = plan_rotations(networks, not_before=today.year)
    for network_id, rotation in planned.items():
        if network_id in ahead:
            continue
        # The schedule holds only the rotation's members, so the home towns found
        # in it are the same whichever way the rotations were told them.
        turn = next((h for h in rotation.schedule if h.town_id in homes), None)
        if turn is not None:
            ahead[network_id] = _Hosting(
                network_id, turn.town_id, turn.year, None, False, rotation.cadence_years
            )
    hosts = sorted({h.town_id for h in ahead.values()})
    names = r.town_labels(hosts)
    items = []
    for hosting in ahead.values():
        item = _hosting_item(
            today,
            r.rules,
            hosting,
            names.get(hosting.town_id, "?"),
            networks.names.get(hosting.network_id, "?"),
        )
        if item is not None:
            items.append(item)
    return items


def _hosting_item(
    today: date, rules: Rules, hosting: _Hosting, town: str, network: str
) -> TodoItem | None:
    due = hosting.day or date(hosting.year, 1, 1)
    if hosting.day is None and due < today:
        # Hosting this very year, no date recorded yet: due by the year's end.
        due = date(hosting.year, 12, 31)
    return make_item(
        today,
        f"hosting:{hosting.network_id}:{hosting.town_id}:{hosting.year}",
        "hosting_upcoming",
        fill(
            translate("Todo", "%1 hosts the meeting of %2 in %3"),
            town,
            network,
            str(hosting.year),
        ),
        due,
        rules.hosting_notice_days,
        RecordRef("network", hosting.network_id),
        detail=hosting_reason(hosting.recorded, hosting.cadence_years),
    )
