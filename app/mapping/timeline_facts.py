"""The rows of the twinnings' timeline figure: each bar's start, end, status spans and marks.

The status of each stretch comes from :mod:`app.derived.status`, asked once
per period of ``status_period_years`` years counted back from today, so the
figure shades the bars by the same rule the status table uses. Her judgement
(the override) is about the present: it colours the latest period only and
the computed status the earlier ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.dates.value import ApproxDate, known_date
from app.dates.wording import written
from app.derived.status import TwinningStatus, statuses
from app.derived.status_rule import years_before
from app.mapping.reader import RegisterReader
from app.reports.document import StatusSpan, TimelineRow
from app.rules import Rules
from db import models as m
from db.in_lists import in_chunks
from db.session import Database

MAX_PERIODS = 30
"""Periods asked for at most (120 years of four); older stretches stay unshaded."""


@dataclass(frozen=True)
class Bar:
    """What the figure needs of one twinning: its partner, its start as known and its end."""

    twinning_id: int
    partner: int
    start: ApproxDate
    end: date | None
    end_known: ApproxDate | None = None


def bars(reader: RegisterReader) -> list[Bar]:
    """The bars of the figure: the twinnings in scope and the ended ones she left out.

    The ended ones belong in the history (the scope text says they are only
    told there), and a board should see when each of them ended. A twinning
    whose start is not known at all gets no bar.
    """
    t = m.Twinning
    ids = list(reader.twinning_ids) + [
        i for i in reader.left_out_ended_ids if i not in reader.twinning_ids
    ]
    found: dict[int, Bar] = {}
    for chunk in in_chunks(ids):
        for row in reader.session.execute(
            select(
                t.id,
                t.town_a_id,
                t.town_b_id,
                t.contact_year,
                t.contact_year_edtf,
                t.start_date,
                t.start_date_edtf,
                t.end_date,
                t.end_date_edtf,
            ).where(t.id.in_(chunk))
        ):
            tid, a, b, contact, contact_edtf, start, start_edtf, end, end_edtf = row
            known = known_date(contact, contact_edtf) or known_date(start, start_edtf)
            if known is None:
                continue
            partner = b if a in reader.homes and b not in reader.homes else a
            found[tid] = Bar(tid, partner, known, end, known_date(end, end_edtf))
    return [found[i] for i in ids if i in found]


def status_periods(first: date, today: date, years: int) -> list[tuple[date, date]]:
    """Periods of ``years`` years ending today, going back until one reaches ``first``."""
    periods: list[tuple[date, date]] = []
    last = today
    while len(periods) < MAX_PERIODS:
        start = years_before(last, years)
        periods.append((start, last))
        if start <= first:
            break
        last = date.fromordinal(start.toordinal() - 1)
    periods.reverse()
    return periods


PeriodStatuses = list[tuple[tuple[date, date], dict[int, TwinningStatus]]]
"""Each period of the figure with the statuses of the twinnings in it."""


def timeline_statuses(
    db: Database, today: date, found: Sequence[Bar], rules: Rules
) -> PeriodStatuses:
    """The status rule run once per period, outside the reader's session (it opens its own)."""
    ids = [bar.twinning_id for bar in found]
    if not ids:
        return []
    first = min(bar.start.earliest for bar in found)
    periods = status_periods(first, today, max(1, rules.status_period_years))
    return [(period, statuses(db, period, ids, rules=rules)) for period in periods]


def twinning_timeline_rows(
    reader: RegisterReader, found: Sequence[Bar], per_period: PeriodStatuses
) -> list[TimelineRow]:
    """One row per bar, the earliest start first."""
    rows: list[TimelineRow] = []
    for bar in found:
        tid, start, end = bar.twinning_id, bar.start, bar.end
        spans: list[StatusSpan] = []
        for index, (period, in_period) in enumerate(per_period):
            status = in_period.get(tid)
            if status is None or period[1] < start.earliest:
                continue
            if end is not None and period[0] > end:
                break
            shown = status.effective if index == len(per_period) - 1 else status.derived
            if shown == "ended" and spans:
                # The period it ended in: shaded as before, the bar itself stops at the end.
                shown = spans[-1].status
            spans.append(StatusSpan(max(period[0], start.earliest), period[1], shown))
        name = reader.name_of(bar.partner)
        rows.append(
            TimelineRow(
                town=name,
                start=start.earliest,
                start_written=written(start),
                end=end,
                end_written=written(bar.end_known) if bar.end_known is not None else "",
                spans=tuple(spans),
                meetings=tuple(_meeting_days(reader, bar.partner)),
                activities=tuple(
                    a.start for a in reader.activities if a.start is not None and name in a.towns
                ),
            )
        )
    rows.sort(key=lambda row: (row.start, row.town))
    return rows


def _meeting_days(reader: RegisterReader, town_id: int) -> Sequence[date]:
    """The days of the chain meetings held while the town was a member of the chain."""
    by_name = {name: nid for nid, name in reader.network_names.items()}
    days: list[date] = []
    for meeting in reader.meetings:
        member = reader.members_of.get(by_name.get(meeting.network, -1), {}).get(town_id)
        if member is None:
            continue
        joined, left, _ = member
        if (joined is None or joined <= meeting.year) and (left is None or meeting.year <= left):
            days.append(meeting.start or date(meeting.year, 7, 1))
    return days
