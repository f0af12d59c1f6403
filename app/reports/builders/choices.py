"""What the report dialogs offer to choose from: years, terms, trips and hosted meetings.

Read in one short session with plain queries, so the dialog opens at once
even on an association's register with thousands of trips.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.i18n import translate
from app.reports.builders.common import date_range_text
from app.reports.cell_text import fill
from db import models as m
from db.session import Database


@dataclass(frozen=True)
class Choice:
    """One entry of a picker: the value the report needs and the text the user reads."""

    value: int
    label: str
    preferred: bool = False  # e.g. a meeting hosted by the home town


@dataclass(frozen=True)
class ReportChoices:
    """Everything a report dialog lists, newest first."""

    years: tuple[int, ...]  # years with activities, trips or grants
    terms: tuple[Choice, ...]  # value: the term's first year
    trips: tuple[Choice, ...]  # value: the trip's id
    meetings: tuple[Choice, ...]  # value: the meeting's id; preferred: hosted by a home town

    def default_term(self, today: date) -> int | None:
        """The running term, else the latest that has begun, else the first listed."""
        begun = [c.value for c in self.terms if c.value <= today.year]
        if begun:
            return max(begun)
        return self.terms[0].value if self.terms else None

    def default_meeting(self) -> int | None:
        """The latest meeting hosted by a home town, else the latest meeting."""
        for choice in self.meetings:
            if choice.preferred:
                return choice.value
        return self.meetings[0].value if self.meetings else None


def report_choices(db: Database) -> ReportChoices:
    """Read the years, terms, trips and meetings the report dialogs offer."""
    trip, meeting, host = m.Trip, m.NetworkMeeting, aliased(m.Town)
    with db.reading() as session:
        years: set[int] = set()
        for day_column in (m.Activity.start_date, trip.start_date):
            query = select(func.extract("year", day_column)).distinct()
            years.update(int(y) for (y,) in session.execute(query) if y is not None)
        years.update(y for (y,) in session.execute(select(m.Grant.year).distinct()) if y)
        terms = [
            Choice(start, f"{start}–{end}")
            for start, end in session.execute(
                select(m.TermOfOffice.start_year, m.TermOfOffice.end_year).order_by(
                    m.TermOfOffice.start_year.desc()
                )
            )
        ]
        trips = [
            Choice(trip_id, f"{date_range_text(start, end)} {title}".strip())
            for trip_id, title, start, end in session.execute(
                select(trip.id, trip.title, trip.start_date, trip.end_date).order_by(
                    func.coalesce(trip.start_date, trip.end_date).desc(), trip.id.desc()
                )
            )
        ]
        meetings = []
        for meeting_id, year, kind, network, host_name, is_home in session.execute(
            select(meeting.id, meeting.year, meeting.kind, m.Network.name, host.name, host.is_home)
            .join(m.Network, m.Network.id == meeting.network_id)
            .outerjoin(host, host.id == meeting.host_town_id)
            .order_by(meeting.year.desc(), meeting.id.desc())
        ):
            if host_name:
                label = fill(
                    translate("Reports", "%1 %2, hosted by %3"), str(year), network, host_name
                )
            else:
                label = f"{year} {network}"
            if kind == "seminar":
                label += " " + translate("Reports", "(seminar)")
            meetings.append(Choice(meeting_id, label, bool(is_home)))
    return ReportChoices(
        years=tuple(sorted(years, reverse=True)),
        terms=tuple(terms),
        trips=tuple(trips),
        meetings=tuple(meetings),
    )
