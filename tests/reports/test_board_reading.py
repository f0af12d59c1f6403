"""The reports read as a board member reads them, in Swedish, from the files they write.

Each test writes a report of the demo register (or the demo with a year of board
material) as PDF or Word, reads the text back and checks a sentence a board member
reads: counts with their grammar and grouped digits, a period said once and in words,
no count of nothing beside a sentence saying the same, "på Åland", names rather than
the program's own terms.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
from sqlalchemy import insert, select

from app.reports import render_docx, render_pdf
from app.reports.builders.annual import build_annual_report
from app.reports.builders.decisions import build_decision_register
from app.reports.builders.grants import build_grants_report
from app.reports.builders.hosting import build_hosting_followup
from app.reports.builders.register import build_register
from app.reports.builders.term import build_term_evaluation
from app.reports.cell_text import counted
from app.reports.document import ReportDocument, Table, iter_blocks
from app.services.records import Grant
from app.workspace import Workspace
from db import models as m
from tests.reports.helpers import page_texts
from tests.reports.test_builders_data import TODAY, Material

NBSP = "\u00a0"


def _pdf_text(document: ReportDocument, folder: Path) -> str:
    """The PDF's text, pages joined, every run of white space (no-break spaces too) one space."""
    target = folder / "report.pdf"
    render_pdf(document, target)
    return " ".join(" ".join(page_texts(target)).replace(NBSP, " ").split())


def _docx_text(document: ReportDocument, folder: Path) -> str:
    """The Word file's paragraphs and table cells, in order, as one text."""
    target = folder / "report.docx"
    render_docx(document, target)
    made = docx.Document(str(target))
    parts = [p.text for p in made.paragraphs]
    for table in made.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).replace(NBSP, " ").split())


def _meeting_id(workspace: Workspace, year: int) -> int:
    with workspace.database.reading() as session:
        found = session.scalar(select(m.NetworkMeeting.id).where(m.NetworkMeeting.year == year))
    assert found is not None
    return int(found)


# ---------------------------------------------------------------- counts


def test_one_counted_groups_digits_and_says_none_in_words(swedish: None) -> None:
    """The reports' and the mapping's counts come from one helper: "13 000", "inga resor"."""
    one, many, none = "1 resa", "%1 resor", "inga resor"
    assert counted(1, one, many, none) == "1 resa"
    assert counted(13000, "1 invånare", "%1 invånare") == f"13{NBSP}000 invånare"
    assert counted(0, one, many, none) == "inga resor"
    assert counted(0, one, many) == "0 resor"  # without a wording for none, the number


def test_the_decision_register_groups_a_large_count(
    demo: Workspace, tmp_path: Path, swedish: None
) -> None:
    """1 207 decisions read "1 207 beslut", never "1207 beslut"."""
    rows = [
        {"body": "executive_board", "decided_on": date(2020, 1, 1), "title": f"Ärende {n}"}
        for n in range(1200)
    ]
    with demo.database.transaction() as session:
        session.execute(insert(m.Decision.__table__), rows)
    text = _pdf_text(build_decision_register(demo.database, today=TODAY), tmp_path)
    assert "Registret innehåller 1 207 beslut." in text


# ---------------------------------------------------------------- the status period


def test_a_fact_sheet_names_the_status_period_once_in_words(
    demo: Workspace, tmp_path: Path, swedish: None
) -> None:
    """The label is "Status"; the grounds say "de senaste fyra åren"; the days stand once."""
    document = build_register(demo.database, today=TODAY)
    text = _pdf_text(document, tmp_path)
    dated = "2022-11-23 – 2026-11-22"
    assert text.count(dated) == 1  # in the introduction, where the rule is stated
    assert f"för de senaste fyra åren ({dated}):" in text
    assert "Status Kommunal nivå: vilande" in text
    assert "Ingen kontakt är registrerad på någon nivå under de senaste fyra åren." in text
    # "Underlag: Inget registrerat under perioden." only repeated the grounds.
    assert "Inget registrerat under perioden" not in text
    # An ended twinning: its "Avslutad" fact gives the year and the reason.
    assert "hade upphört när perioden tog slut" not in text
    assert "Status avslutad" in text
    # One reading of the twinning, and an agreement's own state beside "not counted".
    assert "Vänortsförbindelse med Vänersborg (partnerstad)" in text
    assert "Partnerstadsavtal Vänersborg–Lich (gällande) – räknas inte som kontakt" in text
    assert ") (" not in text
    # Lich is "aktiv" in the register and dormant by its contacts: both are shown.
    assert "Formell start 2010 Angiven status aktiv Status Kommunal nivå: vilande" in text
    assert text.count("Angiven status") == 2  # Lich and Omaruru; the others agree
    word = _docx_text(document, tmp_path)
    assert word.count(dated) == 1
    assert "Ingen kontakt är registrerad på någon nivå under de senaste fyra åren." in word


def test_the_term_evaluation_names_its_period_as_the_term(
    demo: Workspace, tmp_path: Path, swedish: None
) -> None:
    """Grounds "under mandatperioden"; no empty "Aktivitet under mandatperioden" beside them."""
    text = _pdf_text(build_term_evaluation(demo.database, 2022, today=TODAY), tmp_path)
    assert "Mandatperioden 2022–2026 omfattar 2022-10-15 – 2026-10-14." in text
    assert text.count("2022-10-15 – 2026-10-14") == 1
    assert "Varje vänortsförbindelses status bedöms per nivå för mandatperioden:" in text
    assert "Grund Ingen kontakt är registrerad på någon nivå under mandatperioden." in text
    assert "Inget registrerat under perioden" not in text


# ---------------------------------------------------------------- grants


def test_grants_without_reports_due_say_so_in_one_sentence(
    demo: Workspace, tmp_path: Path, swedish: None
) -> None:
    """No "Begärda redovisningar: 0 ..." above "Inget bidrag ... kräver redovisning"."""
    text = _pdf_text(build_grants_report(demo.database, today=TODAY), tmp_path)
    assert "Redovisningar av bidragen Inget bidrag i rapporten kräver redovisning." in text
    assert "Begärda redovisningar" not in text
    assert ": 0" not in text
    # Nor two empty columns for the dates of reports nobody asked for.
    assert "Redovisning senast" not in text and "Redovisning inkommen" not in text


def test_grant_reports_due_in_whole_sentences(
    material: tuple[Workspace, Material], tmp_path: Path, swedish: None
) -> None:
    """Three asked for, one in, one overdue: counts with their grammar, none of them 0."""
    workspace, _ = material
    with workspace.database.reading() as session:
        branch = session.scalar(
            select(m.Organisation.id).where(m.Organisation.name == "Föreningen Norden Vänersborg")
        )
    workspace.save(
        Grant(organisation_id=branch, year=2014, amount=Decimal("2000"), report_due=TODAY,
              report_received=TODAY)
    )  # fmt: skip
    workspace.save(
        Grant(organisation_id=branch, year=2026, amount=Decimal("3000"),
              report_due=date(2027, 3, 31))
    )  # fmt: skip
    # With the material's overdue report from Holmestrand: 3 asked for, 1 in, 2 not, 1 late.
    text = _pdf_text(build_grants_report(workspace.database, today=TODAY), tmp_path)
    assert (
        "Redovisning har begärts för 3 bidrag. 2 har ännu inte kommit in, varav 1 är försenad."
        in text
    )


# ---------------------------------------------------------------- hosting


def test_the_hosting_follow_up_says_på_åland_and_names_the_home_town(
    demo: Workspace, tmp_path: Path, swedish: None
) -> None:
    """ "på Åland" in the history, "Vänersborg" for the home town, one heading "Mötet"."""
    document = build_hosting_followup(demo.database, _meeting_id(demo, 2014), today=TODAY)
    text = _pdf_text(document, tmp_path)
    assert "15 landkommuner är värd för mötet på Åland" in text
    # Not "Husby är värd för seminariet i Husby (Sydslesvig)".
    history = [
        row for b in iter_blocks(document.body) if isinstance(b, Table) and b.sheet_name ==
        "Historik" for row in b.rows
    ]  # fmt: skip
    assert ["2014-09-19", "Husby är värd för seminariet"] in history
    assert "i Åland" not in text
    assert "Vänersborg är värd nästa gång 2027." in text
    assert "Hemkommunen" not in text and "hemkommunen" not in text
    assert "Enligt registret var Vänersborgs kommun inte värd för mötet" in text
    assert text.count("Mötet ") == 1  # the section; the facts stand under network and year
    assert "Den nordiska vänortskedjan 2014 Nätverk Den nordiska vänortskedjan" in text


# ---------------------------------------------------------------- decisions and the year


def test_the_decision_register_of_everything_speaks_of_no_period(
    demo: Workspace, tmp_path: Path, swedish: None
) -> None:
    """All decisions: no "under perioden"; the proposal went on to be decided elsewhere."""
    text = _pdf_text(build_decision_register(demo.database, today=TODAY), tmp_path)
    assert (
        "Registret innehåller 7 beslut. Dessutom lämnades 1 förslag vidare till ett annat organ "
        "för beslut." in text
    )
    assert "under perioden" not in text and "utan att beslutas" not in text
    # Seven columns on A4: a word too wide for its column breaks between syllables.
    assert "Återrapporte- ringen läggs till handlingarna." in text
    assert "Återrapporteringe n" not in text and "kommunfu llmäktige" not in text


def test_the_annual_report_says_what_has_no_date_in_a_whole_sentence(
    demo: Workspace, tmp_path: Path, swedish: None
) -> None:
    """ "1 aktivitet saknar datum ..." and the trips' total said once, in the summary."""
    text = _pdf_text(build_annual_report(demo.database, 2014, today=TODAY), tmp_path)
    assert (
        "1 aktivitet saknar datum i registret och kommer därför inte med i något års "
        "redovisning." in text
    )
    assert "Utan datum i registret" not in text
    # One trip in 2014: "Resan", not "Resorna".
    assert "och 1 resa. Resan kostade 12 400 kr." in text
    assert "Resorna kostade" not in text and "Resornas totala kostnad" not in text


def test_a_total_with_missing_amounts_reads_as_a_sentence(
    material: tuple[Workspace, Material], tmp_path: Path, swedish: None
) -> None:
    """ "kostade totalt 53 123,55 kr, exklusive 2 belopp som saknas", not "+ 2 belopp saknas"."""
    workspace, _ = material
    text = _pdf_text(build_annual_report(workspace.database, 2014, today=TODAY), tmp_path)
    assert (
        "Resorna kostade totalt 53 123,55 kr, exklusive 2 belopp som saknas (1 belopp okänt, "
        "1 belopp i ISK utan växelkurs)." in text
    )
    assert "+ 2 belopp saknas" not in text


def test_the_term_evaluation_says_none_in_words_and_prints_the_minute_item(
    material: tuple[Workspace, Material], tmp_path: Path, swedish: None
) -> None:
    """ "inga kontakter på civil nivå", and a decision as "KS 2026/55 § 71", never "... 55 71"."""
    workspace, _ = material
    text = _pdf_text(build_term_evaluation(workspace.database, 2022, today=TODAY), tmp_path)
    assert (
        "1 kontakt på kommunal nivå och inga kontakter på civil nivå under mandatperioden" in text
    )
    assert "0 kontakter" not in text
    assert "KS 2026/55 § 71 Vänortsförbindelserna under mandatperioden" in text
    assert "KS 2026/55 71" not in text


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(
    material: tuple[Workspace, Material], tmp_path: Path, swedish: None
) -> None:
    """ "Vänortsförbindelserna en och en" stands on the page of the first fact sheet."""
    workspace, _ = material
    target = tmp_path / "term.pdf"
    render_pdf(build_term_evaluation(workspace.database, 2022, today=TODAY), target)
    pages = [" ".join(page.split()) for page in page_texts(target)]
    heading = "Vänortsförbindelserna en och en Vänersborg – 15 landkommuner Angiven status"
    # Page 2 is the contents, which names the section too: the heading itself is later.
    assert any(heading in page for page in pages[2:])


def test_the_follow_up_report_is_headed_once(
    material: tuple[Workspace, Material], tmp_path: Path, swedish: None
) -> None:
    """ "Uppföljningsrapport" heads the section; the sheet is the meeting's, the text "Rapport"."""
    workspace, made = material
    document = build_hosting_followup(workspace.database, made.hosted_meeting, today=TODAY)
    text = _pdf_text(document, tmp_path)
    assert (
        "Uppföljningsrapport Den nordiska vänortskedjan 2012 Datum 2012-10-01 Rapport Mötet "
        "samlade 42 deltagare." in text
    )
    assert "Uppföljningsrapport Uppföljningsrapport" not in text


def test_a_short_fact_sheet_stands_whole_on_one_page(
    material: tuple[Workspace, Material], tmp_path: Path, swedish: None
) -> None:
    """Keeping headings with their sheets keeps each short sheet on one page too."""
    workspace, _ = material
    target = tmp_path / "register.pdf"
    document = build_register(workspace.database, today=TODAY, include_contacts=True)
    render_pdf(document, target)
    pages = [" ".join(page.split()) for page in page_texts(target)]
    (first,) = [n for n, page in enumerate(pages) if "Herning Land eller område Danmark" in page]
    assert "Anteckningar Herning Kommune har sedan" in pages[first]
