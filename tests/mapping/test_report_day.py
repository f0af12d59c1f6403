"""The mapping report tells the register as it stood on the report's own day.

The demo's report is dated 2014-08-29, three weeks before the chain's seminar
in Husby (2014-09-19–21), the municipality's trip to it and, in November, the
report back on the trip. A board member reading the paper of 2014-08-29 must
not find them told as done, counted as contacts, or cited as sources; the
seminar and the trip are told as coming, as the 2014 survey spoke of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.__main__ import main
from app.dates import ApproxDate
from app.i18n import set_language
from app.mapping import build_document, gather, new_content
from app.mapping.content import MappingContent
from app.mapping.data import MappingData
from app.mapping.wording import at_place
from app.reports.document import BulletList, Note, Paragraph, ReportDocument, Section
from app.services.records import MemberCount, NetworkMeeting, NetworkMember, Town
from app.workspace import Workspace
from db import models as m
from tests.mapping.ekeby import TODAY as EKEBY_TODAY
from tests.mapping.ekeby import build_ekeby

SURVEY_DAY = date(2014, 8, 29)
PRINTED = date(2026, 11, 22)  # the day the old report is printed again
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def swedish() -> Iterator[None]:
    """The report in Swedish, as the board reads it."""
    set_language("sv")
    yield
    set_language("sv")


def _dated(content: MappingContent, day: date) -> MappingContent:
    return replace(content, commission=replace(content.commission, report_date=day))


def _survey(demo: Workspace) -> tuple[MappingContent, MappingData]:
    """The demo's mapping dated as the survey, printed twelve years later."""
    content = _dated(new_content(demo.database, today=SURVEY_DAY), SURVEY_DAY)
    return content, gather(demo.database, content, today=PRINTED)


def _section_text(document: ReportDocument, heading: str) -> str:
    for block in document.body:
        if isinstance(block, Section) and block.heading == heading:
            return " ".join(_texts(block)).replace(NBSP, " ")
    raise AssertionError(f"no section {heading!r}")


def _texts(section: Section) -> list[str]:
    found: list[str] = []
    for block in section.content:
        if isinstance(block, (Paragraph, Note)):
            found.append(block.text)
        elif isinstance(block, BulletList):
            found += list(block.items)
        elif isinstance(block, Section):
            found += _texts(block)
    return found


# ---------------------------------------------------------------- told as coming, not as done


def test_a_report_dated_before_the_seminar_and_the_trip_tells_them_as_coming(
    demo: Workspace,
) -> None:
    content, data = _survey(demo)
    activities = _section_text(build_document(content, data), "Aktiviteter")
    assert (
        "Från 2014-09-19 till 2014-09-21 håller Den nordiska vänortskedjan ett seminarium i "
        "Husby i Sydslesvig."
    ) in activities
    assert "höll Den nordiska vänortskedjan" not in activities
    assert "Kommunen planerar 1 resa:" in activities
    assert "Kommunen har gjort" not in activities
    # The meetings before the day are still told as held.
    assert "Vänortsmötet 2013 hölls på Åland" in activities
    assert all(mt.start is None or mt.start <= SURVEY_DAY for mt in data.meetings)
    assert [mt.start for mt in data.planned_meetings] == [date(2014, 9, 19)]


def test_a_report_dated_before_them_does_not_count_or_cite_them(demo: Workspace) -> None:
    content, data = _survey(demo)
    assert data.status_period[1] == SURVEY_DAY
    evidence = [line for status in data.statuses for line in status.evidence]
    assert evidence, "the meetings of 2010–2013 are the evidence"
    assert not [line for line in evidence if "2014-09" in line]
    husby = next(level for level in data.levels if level.town == "Husby")
    assert husby.municipal_contacts == 0  # the trip had not been made
    sources = " ".join(data.sources)
    assert "2014-11-05" not in sources and "Återrapportering" not in sources
    # The trip's approval of June was taken before the report's day: a source.
    assert "Deltagande i vänortskedjans planeringsseminarium i Husby 2014" in sources
    husby_sheet = next(sheet for sheet in data.fact_sheets if sheet.title.startswith("Husby"))
    assert dict(husby_sheet.facts)["Värdskap för vänortsmöten"] == "2008"
    method = _section_text(build_document(content, data), "Metod och avgränsning")
    assert "på 4 beslut" in method


def test_a_report_dated_today_tells_next_year_s_meeting_as_coming(demo: Workspace) -> None:
    today = date(2026, 11, 22)
    with demo.database.reading() as session:
        chain = session.scalar(
            select(m.Network.id).where(m.Network.name == "Den nordiska vänortskedjan")
        )
        herning = session.scalar(select(m.Town.id).where(m.Town.name == "Herning"))
    demo.save(NetworkMeeting(network_id=chain, year=2027, host_town_id=herning, place="Herning"))
    demo.save(
        NetworkMeeting(
            network_id=chain,
            year=2027,
            host_town_id=herning,
            place="Herning (Midtjylland)",
            kind="seminar",
            start_date=date(2027, 3, 5),
            end_date=date(2027, 3, 6),
        )
    )
    content = new_content(demo.database, today=today)
    assert content.commission.report_date == today
    data = gather(demo.database, content, today=today)
    activities = _section_text(build_document(content, data), "Aktiviteter")
    assert "Vänortsmötet 2027 hålls i Herning." in activities
    assert (
        "Från 2027-03-05 till 2027-03-06 håller Den nordiska vänortskedjan ett seminarium i "
        "Herning i Midtjylland."
    ) in activities
    assert "2027 hölls" not in activities and "2027-03-06 höll" not in activities
    # The seminar of 2014 is long past on this report's day.
    assert "Från 2014-09-19 till 2014-09-21 höll Den nordiska vänortskedjan" in activities
    hosted = [
        dict(sheet.facts).get("Värdskap för vänortsmöten")
        for sheet in data.fact_sheets
        if sheet.title.startswith("Herning")
    ]
    assert hosted == ["2009"]


def test_later_member_figures_and_history_steps_are_not_known_on_the_report_s_day(
    demo: Workspace,
) -> None:
    """The local branch's 2016 figure and a town joining the chain in 2016 are after 2014-08-29."""
    with demo.database.reading() as session:
        chain = session.scalar(
            select(m.Network.id).where(m.Network.name == "Den nordiska vänortskedjan")
        )
        branch = session.scalar(
            select(m.Organisation.id).where(m.Organisation.name == "Föreningen Norden Vänersborg")
        )
    demo.save(MemberCount(organisation_id=branch, year=ApproxDate.of_year(2016), count=140))
    tasiilaq = demo.save(Town(name="Tasiilaq", country="GL"))
    demo.save(
        NetworkMember(network_id=chain, town_id=tasiilaq.id, joined_year=ApproxDate.of_year(2016))
    )
    content, data = _survey(demo)
    document = build_document(content, data)
    branch_text = _section_text(document, "Föreningen Norden Vänersborg")
    assert "100 medlemmar både år 2013 och år 2014" in branch_text
    assert "140" not in branch_text and "2016" not in branch_text
    # Neither in the history drafted for her on the report's day nor in the one read now.
    assert "Tasiilaq" not in _section_text(document, "Historik")
    assert "Tasiilaq" not in " ".join(e.town for e in data.events)
    assert not [line for line in data.history_lines if line.startswith("2016")]
    # Printed as of today, the same register tells both.
    today = _dated(content, PRINTED)
    later = gather(demo.database, today, today=PRINTED)
    assert "Tasiilaq" in [e.town for e in later.events]
    assert (2016, 140) in next(a for a in later.associations if not a.national).member_counts


def test_an_agreement_and_a_decision_after_the_report_s_day_are_not_there_yet(
    tmp_path: Path,
) -> None:
    """Ekeby's report dated 1996-03-01: Nuuk's agreement (signed 1996-06-12) and the council's
    decision of 1996-05-20 came later; the first contact of 1995 had been made."""
    ws = build_ekeby(tmp_path / "ekeby.sqlite3")
    try:
        content = new_content(ws.database, today=EKEBY_TODAY)
        content = replace(content, scope=replace(content.scope, period_from=1990, period_to=1996))
        data = gather(ws.database, _dated(content, date(1996, 3, 1)), today=EKEBY_TODAY)
        assert data.agreements == ()
        assert "KF 1996/12" not in " ".join(data.sources)
        assert ("first_contact", 1995) in [(e.kind, e.year) for e in data.events]
        assert "twinned" not in [e.kind for e in data.events if e.town == "Nuuk"]
        # The same mapping dated on the day it is printed has them all.
        now = gather(ws.database, content, today=EKEBY_TODAY)
        assert [a.title for a in now.agreements] == ["Vänortsavtal Ekeby–Nuuk"]
        assert "KF 1996/12" in " ".join(now.sources)
    finally:
        ws.close()


def test_a_place_written_with_its_area_in_brackets_reads_as_prose() -> None:
    assert at_place("Husby (Sydslesvig)") == "i Husby i Sydslesvig"
    assert at_place("Mariehamn (Åland)") == "i Mariehamn på Åland"
    assert at_place("Herning") == "i Herning"
    assert at_place("Åland") == "på Åland"


# ---------------------------------------------------------------- the saved report, as printed


def _report(demo_path: Path, out: Path) -> str:
    """The demo's saved report written by `vanort report mapping`, its text read back."""
    code = main(
        ["--language", "sv", "--database", str(demo_path), "report", "mapping", "--out", str(out)]
    )
    assert code == 0
    if out.suffix == ".pdf":
        parts = [page.extract_text() for page in PdfReader(out).pages]
    else:
        document = docx.Document(str(out))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for table in document.tables for row in table.rows for c in row.cells]
    return " ".join(" ".join(parts).replace(NBSP, " ").split())


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_demo_s_saved_report_tells_nothing_after_its_day_as_done(
    demo_path: Path, tmp_path: Path, suffix: str
) -> None:
    text = _report(demo_path, tmp_path / f"kartläggning{suffix}")
    assert "KS 2014/187" in text and "2014-08-29" in text
    # The seminar: coming, and in Swedish prose.
    assert "höll Den nordiska vänortskedjan ett seminarium" not in text
    assert "ett seminarium i Husby (Sydslesvig)" not in text
    assert "håller Den nordiska vänortskedjan ett seminarium i Husby i Sydslesvig." in text
    # The trip: planned.
    assert "Kommunen har gjort 1 resa" not in text
    assert "Kommunen planerar 1 resa:" in text
    # The report back of November is no source of a paper of August.
    assert "2014-11-05" not in text and "§ 171" not in text
    # Bilaga 1 and 2: the seminar is neither a hosting nor a contact.
    assert "seminarium med Husby som värd" not in text
    assert "2014-09-19: Planeringsseminarium" not in text
    assert "2008, 2014" not in text


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_status_period_up_to_the_report_s_day_is_named_in_words_and_dated_once(
    demo_path: Path, tmp_path: Path, suffix: str
) -> None:
    """The four years before 2014-08-29 read as "de senaste fyra åren"; the method gives their
    days once, the figure and the rule name them in words, never as bare days or "2010–2014"."""
    text = _report(demo_path, tmp_path / f"kartläggning{suffix}")
    assert (
        "bedöms utifrån vad registret innehåller för de senaste fyra åren "
        "(2010-08-30 – 2014-08-29): möten, aktiviteter, resor och beslut." in text
    )
    assert text.count("2010-08-30 – 2014-08-29") == 1
    assert "Status för varje vänortsförbindelse under de senaste fyra åren, på kommunal" in text
    assert "bedöms per nivå för de senaste fyra åren:" in text
    assert "2010–2014" not in text
