"""The hosting follow-up after a network meeting the home town hosted.

The municipality's rule (DESIGN.md section 4) is that a meeting it hosts is
followed by a follow-up report. This paper holds the meeting (network, year,
dates, place, kind), its participants, programme and notes, the follow-up
report, the member counts of the network's local branches that year (with
unknown counts kept visible), the network's hosting rotation from now on
(who hosts next, when the home town hosts again) and its history.

The participants are named (personal data, stated on the title page).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app import vocabulary
from app.derived.rotation import network_rotation
from app.derived.timeline import network_timeline
from app.derived.totals import network_member_total
from app.i18n import translate
from app.reports.builders.common import (
    PersonalData,
    data_source,
    date_range_text,
    letterhead_of,
    note_facts,
)
from app.reports.cell_text import counted, fill
from app.reports.document import (
    UNKNOWN,
    Block,
    CellValue,
    FactSheet,
    Note,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    total_of,
)
from app.services.errors import RecordNotFound
from app.services.settings import load_settings
from db import models as m
from db.session import Database


def build_hosting_followup(
    db: Database,
    meeting_id: int,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The follow-up of network meeting ``meeting_id``; RecordNotFound when there is none."""
    del include_contacts  # meetings hold names of participants, never their contact details
    settings = load_settings(db)
    today = today or date.today()
    meeting = m.NetworkMeeting
    host = aliased(m.Town)
    with db.reading() as session:
        row = session.execute(
            select(
                meeting.network_id,
                m.Network.name,
                m.Network.cadence_years,
                meeting.year,
                meeting.kind,
                meeting.start_date,
                meeting.end_date,
                meeting.place,
                meeting.participants,
                meeting.notes,
                meeting.follow_up_report,
                meeting.follow_up_date,
                host.name,
                host.is_home,
                host.id,
            )
            .join(m.Network, m.Network.id == meeting.network_id)
            .outerjoin(host, host.id == meeting.host_town_id)
            .where(meeting.id == meeting_id)
        ).first()
        town_names = dict(session.execute(select(m.Town.id, m.Town.name)).all()) if row else {}
    if row is None:
        text = translate(
            "Reports", "There is no network meeting with the number %1 in the register."
        )
        raise RecordNotFound(fill(text, str(meeting_id)), "meeting", meeting_id)
    (
        network_id, network, cadence, year, kind, start, end, place, participants, notes,
        follow_up, follow_up_date, host_name, host_is_home, _host_id,
    ) = row  # fmt: skip
    personal = PersonalData()
    if participants and participants.strip():
        personal.add(translate("Reports", "names of the participants"))
    facts: list[tuple[str, CellValue]] = [
        (translate("Reports", "Network"), network),
        (translate("Reports", "Year"), year),
        (translate("Reports", "Kind"), vocabulary.label(kind)),
        (translate("Reports", "Dates"), date_range_text(start, end) or UNKNOWN),
        (translate("Reports", "Host"), host_name or UNKNOWN),
        (translate("Reports", "Place"), place or UNKNOWN),
    ]
    facts += note_facts(translate("Reports", "Participants"), participants)
    facts += note_facts(translate("Reports", "Programme and notes"), notes)
    letterhead = letterhead_of(settings)
    body: list[Block] = [
        Section(
            translate("Reports", "The meeting"),
            _meeting_blocks(
                facts, bool(host_is_home), f"{network} {year}", letterhead.municipality
            ),
        )
    ]
    body.append(_follow_up(follow_up, follow_up_date, f"{network} {year}"))
    body.append(_members(db, network_id, year))
    body.append(_rotation(db, network_id, network, cadence, today, town_names))
    body.append(_history(db, network_id, network))
    title_place = host_name or place or network
    return ReportDocument(
        title=fill(
            translate("Reports", "Follow-up of the %1 %2"), vocabulary.label(kind), str(year)
        ),
        subtitle=f"{network} · {title_place}",
        letterhead=letterhead,
        date=today,
        registry_no=registry_no,
        description=translate(
            "Reports",
            "Follow-up after a network meeting hosted by the municipality: the meeting, its "
            "participants, programme and follow-up report, the member counts, the hosting "
            "rotation and the network's history.",
        ),
        source=data_source(db, {translate("Reports", "Meeting"): f"{network} {year}"}),
        personal_data=personal.statement(),
        body=body,
    )


def _meeting_blocks(
    facts: list[tuple[str, CellValue]], host_is_home: bool, title: str, municipality: str
) -> list[Block]:
    """The meeting's facts under its network and year (the section is already headed
    "The meeting"), with a note when the municipality was not its host."""
    blocks: list[Block] = []
    if not host_is_home:
        blocks.append(
            Note(
                fill(
                    translate(
                        "Reports",
                        "According to the register %1 did not host this meeting; the follow-up "
                        "is made all the same.",
                    ),
                    municipality,
                ),
                label=translate("Reports", "Note"),
            )
        )
    blocks.append(FactSheet(title, facts))
    return blocks


def _follow_up(report: str | None, reported_on: date | None, meeting: str) -> Section:
    """The follow-up report under the meeting's name: the section's heading says what it is,
    so neither the sheet nor its text repeats "Follow-up report"."""
    title = translate("Reports", "Follow-up report")
    if not report or not report.strip():
        return Section(title, [Note(translate("Reports", "No follow-up report is written yet."))])
    facts: list[tuple[str, CellValue]] = []
    if reported_on is not None:
        facts.append((translate("Reports", "Date"), reported_on))
    facts += note_facts(translate("Reports", "Report text"), report)
    return Section(title, [FactSheet(meeting, facts)])


def _members(db: Database, network_id: int, year: int) -> Section:
    rows, _total = network_member_total(db, network_id, year)
    if not rows:
        return Section(
            translate("Reports", "Members"),
            [
                Paragraph(
                    translate("Reports", "The register holds no members of the network that year.")
                )
            ],
        )
    table = Table(
        columns=[translate("Reports", "Town"), fill(translate("Reports", "Members %1"), str(year))],
        rows=[[row.town_name, UNKNOWN if row.members is None else row.members] for row in rows],
        # A number in the workbook, with its unknowns in a cell of their own; when
        # every count is unknown the total is "uppgift saknas", never 0.
        total=[translate("Reports", "Total"), total_of([row.members for row in rows])],
        caption=fill(
            translate("Reports", "Members of the local branches in the network's towns, %1"),
            str(year),
        ),
        sheet_name=translate("Reports", "Members"),
    )
    return Section(translate("Reports", "Members"), [table])


def _rotation(
    db: Database,
    network_id: int,
    network: str,
    cadence: int,
    today: date,
    town_names: dict[int, str],
) -> Section:
    rotation = network_rotation(db, network_id, not_before=today.year)
    if not rotation.schedule:
        return Section(
            translate("Reports", "Hosting rotation"),
            [Paragraph(translate("Reports", "The network has no hosting order in the register."))],
        )
    every = counted(
        cadence, translate("Reports", "every year"), translate("Reports", "every %1 years")
    )
    text = fill(
        translate("Reports", "%1 meets %2. The next meeting is in %3, hosted by %4."),
        network,
        every,
        str(rotation.next_year),
        town_names.get(rotation.next_host_town_id or -1, "?"),
    )
    home = next((h.town_id for h in rotation.schedule if h.year == rotation.home_next_year), None)
    if rotation.home_next_year is not None and home in town_names:
        # Named as the table below names it, not as "the home municipality".
        text += " " + fill(
            translate("Reports", "%1 hosts again in %2."),
            town_names[home],
            str(rotation.home_next_year),
        )
    elif rotation.home_next_year is not None:
        text += " " + fill(
            translate("Reports", "The home municipality hosts again in %1."),
            str(rotation.home_next_year),
        )
    table = Table(
        columns=[translate("Reports", "Year"), translate("Reports", "Host")],
        rows=[
            [hosting.year, town_names.get(hosting.town_id, "?")] for hosting in rotation.schedule
        ],
        caption=translate("Reports", "The next round of hosts"),
        sheet_name=translate("Reports", "Rotation"),
    )
    return Section(translate("Reports", "Hosting rotation"), [Paragraph(text), table])


def _history(db: Database, network_id: int, network: str) -> Section:
    entries = network_timeline(db, network_id)
    if not entries:
        return Section(
            translate("Reports", "History"),
            [Paragraph(translate("Reports", "The register holds no history of the network."))],
        )
    table = Table(
        columns=[translate("Reports", "When"), translate("Reports", "Event")],
        rows=[
            [entry.when(), entry.text]  # as precisely as known: "1948", "i slutet av 1940-talet"
            for entry in entries
        ],
        caption=fill(translate("Reports", "The history of %1"), network),
        sheet_name=translate("Reports", "History"),
    )
    return Section(translate("Reports", "History"), [table])
