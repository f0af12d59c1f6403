"""`vanort report mapping` on the demo register: the acceptance of the mapping report."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.__main__ import main

# Figur 1 of the survey: town (as the municipality writes it in the table), area, contact
# year, members 2013.
FIGUR_1 = [
    ("Vänersborg", "Sverige", "1946", "100"),
    ("Herning", "Danmark", "1946", "230"),
    ("Holmestrand", "Norge", "1947", "100"),
    ("Siglufjörður", "Island", "1949", "30"),
    ("Kangasala", "Finland", "1977", "70"),
    ("15 landkommuner", "Åland", "1977", "250"),
    ("Eiði", "Färöarna", "1978", "uppgift saknas"),
    ("Arsuk", "Grönland", "1987", "15"),
    ("Husby (dansk)", "Sydslesvig", "1988", "340"),
]
# The register's own name where the table prints another of the town's names.
REGISTER_NAMES = {"Husby (dansk)": "Husby"}
# The annual meetings the survey lists and their hosts.
MEETINGS = [
    ("2007", "Kangasala"),
    ("2008", "Husby"),
    ("2009", "Herning"),
    ("2010", "Siglufjörður"),
    ("2011", "Holmestrand"),
    ("2012", "Vänersborg"),
    ("2013", "15 landkommuner"),
]
# The survey's section headings, in its order.
SURVEY_HEADINGS = [
    "Uppdrag",
    "Metod och avgränsning",
    "Historik",
    "Våra vänorter",
    "Avtal",
    "Aktiviteter",
    "Omvärldsperspektiv",
    "Analys och slutsatser",
    "Rekommendationer",
    "Källförteckning",
    "Bilagor",
]
ENGLISH_HEADINGS = [
    "Commission",
    "Method and scope",
    "History",
    "Our twin towns",
    "Agreements",
    "Activities",
    "Outlook",
    "Analysis and conclusions",
    "Recommendations",
    "Sources",
    "Appendices",
]


def _pages(path: Path) -> list[str]:
    return [
        " ".join(page.extract_text().replace("\u00a0", " ").split())
        for page in PdfReader(path).pages
    ]


def _report(demo_path: Path, out: Path, language: str, *extra: str) -> int:
    """`vanort report mapping` on ``demo_path`` into ``out`` in ``language``; the exit status."""
    return main(
        [
            "--language",
            language,
            "report",
            "mapping",
            "--database",
            str(demo_path),
            *extra,
            "--out",
            str(out),
        ]
    )


def _write(demo_path: Path, out: Path, language: str, *extra: str) -> str:
    status = _report(demo_path, out, language, *extra)
    assert status == 0
    assert out.is_file()
    return " ".join(_pages(out))


def test_the_demo_mapping_in_swedish_has_the_survey_s_facts(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.pdf"
    text = _write(demo_path, out, "sv")
    assert str(out) in capsys.readouterr().out
    # Figur 1: the nine places of the chain with area, contact year and members, row by row.
    for row in FIGUR_1:
        assert " ".join(row) in text, row
    assert "1 135 (uppgift saknas för 1)" in text
    # The history in prose: who formed the chain, who joined and left, with "på" for islands.
    for sentence in (
        "1946 bildade Vänersborg och Herning i Danmark Den nordiska vänortskedjan.",
        "1947 gick Holmestrand i Norge med i kedjan.",
        "1949 gick Siglufjörður på Island med i kedjan.",
        "1976 lämnade Utajärvi kedjan.",
        "1977 gick Kangasala i Finland och 15 landkommuner på Åland med i kedjan.",
        "1978 gick Eiði på Färöarna med i kedjan.",
        "1989 gick Arsuk och Husby med i kedjan.",
    ):
        assert sentence in text, sentence
    # The associations that carry the twinnings, with the survey's figures.
    assert "Föreningen Norden bildades 1919." in text
    assert "Föreningen hade 13 000 medlemmar år 2014." in text
    assert "Lokalavdelningen bildades 1945-04-19." in text
    # Activities: the meetings 2007-2013 with their places, and the grants in DKK. A page
    # may break inside the paragraph: the page's header and footer are read away.
    flowing = re.sub(
        r" (UTKAST )?Vänersborgs kommun \d{4}-\d{2}-\d{2} Sida \d+ av \d+ "
        r"Kartläggning av vänortsförbindelserna",
        "",
        text,
    )
    assert (
        "Vänortsmötet 2013 hölls på Åland, dessförinnan i Vänersborg (2012), i Holmestrand "
        "(2011), i Siglufjörður (2010), i Herning (2009), i Husby (2008) och i Kangasala (2007)."
    ) in flowing
    assert "Foreningen Norden Herning (16 800 DKK)" in text
    assert "Föreningen Norden Husby (35 000 DKK)" in text
    # Agreements: Holmestrand's agreement, dormant, said once and as the table has it.
    assert (
        "Holmestrand har ett avtal med Foreningen Norden Holmestrand, men det är för "
        "närvarande vilande."
    ) in text
    match = re.search(r"Avtal om vänortsarbetet mellan Holmestrands kommun .{0,120}? vilande", text)
    assert match is not None
    # Nothing that reads as database output, and never the database file.
    for wrong in (
        "Avtalet Avtal",
        "demo.sqlite3",
        "[diarienummer]",
        "[författare]",
        "i Åland",
        "Kartläggning av Vänersborgs vänortsförbindelser (internationell samordnare, 2014)",
    ):
        assert wrong not in text, wrong
    # Every section of the survey, in its order (after the contents page).
    body = " " + " ".join(_pages(out)[2:])
    positions = [body.find(f" {heading} ") for heading in SURVEY_HEADINGS]
    assert all(p >= 0 for p in positions), dict(zip(SURVEY_HEADINGS, positions, strict=True))
    assert positions == sorted(positions)
    # The demo ships the report its coordinator wrote in 2014: no placeholder is left.
    assert "[" not in text
    _the_coordinators_own_parts(text)
    # Page 1 is the title page: letterhead, period, draft mark, the report's own date.
    first = _pages(out)[0]
    assert "Vänersborgs kommun Kommunstyrelsens förvaltning Internationellt arbete" in first
    assert "Den nordiska vänortskedjan" in first and "1946–2014" in first
    assert "Datum 2014-08-29" in first and "KS 2014/187" in first
    assert re.search(r"Sida 1 av \d+", first)


def _the_coordinators_own_parts(text: str) -> None:
    """The commission, the scope, the recommendations and the signature of the demo's report."""
    assert (
        "Inför vänortskedjans planeringsseminarium i Husby i Sydslesvig den 19–21 september 2014 "
        "har Styrgruppen för internationellt arbete gett internationell samordnare Erik Sandberg "
        "i uppdrag att kartlägga kommunens vänortsförbindelser."
    ) in text
    assert "Uppdraget gavs 2014-04-23." in text
    # The survey keeps to the Nordic chain and leaves Lich to be raised later.
    assert "Vänortsförbindelserna med Lich och Omaruru ingår inte i den här kartläggningen." in text
    assert "tas upp för sig vid ett senare tillfälle" in text
    assert "2010 inleddes förbindelsen med Lich" not in text
    # Six headed recommendations, in the survey's order, then the signature.
    headings = [
        "Kommunen stannar kvar i vänortskedjan",
        "En skriftlig överenskommelse med Föreningen Norden Vänersborg",
        "Ett mindre årligt bidrag till föreningen",
        "Kontakter mellan förvaltningarna, steg för steg",
        "Ja till samtal om ett avtal mellan kommunerna i kedjan",
        "Vänorterna som en del av kommunens historia",
    ]
    start = text.find(" Rekommendationer Kommunen stannar")
    positions = [text.find(heading, start) for heading in headings]
    assert start >= 0 and all(p > start for p in positions), positions
    assert positions == sorted(positions)
    assert "15 000 kr per år" in text
    # Omvärldsperspektiv as known in 2014: no programme of 2021, and the report never cites
    # itself (the shipped figure on Europe's twinnings has the survey as its only source).
    assert "Ett Europa för medborgarna" in text and "CERV" not in text
    assert "Vänersborgs kommun: Kartläggning av vänortsförbindelser" not in text
    assert "Erik Sandberg Internationell samordnare Källförteckning" in text


def test_every_section_of_the_survey_and_an_appendix_page_per_town(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "m.pdf"
    text = _write(demo_path, out, "en")
    positions = [text.find(heading) for heading in ENGLISH_HEADINGS]
    assert all(p >= 0 for p in positions), dict(zip(ENGLISH_HEADINGS, positions, strict=True))
    pages = _pages(out)
    # Fact sheets: several to a page, each town once, without coordinates.
    start = next(
        n for n, page in enumerate(pages) if n > 1 and "Appendix 1: The twin towns" in page
    )
    appendix = " ".join(pages[start:])
    # The fact sheets keep the register's names; Lich and Omaruru are outside the scope.
    towns = [REGISTER_NAMES.get(row[0], row[0]) for row in FIGUR_1[1:]]
    for town in towns:
        assert len(re.findall(rf"(?<!\w){re.escape(town)} Country or area", appendix)) == 1, town
    for town in ("Lich", "Omaruru"):
        assert f"{town} Country or area" not in appendix
    sheet_pages = [page for page in pages[start:] if "Country or area" in page]
    assert len(sheet_pages) <= 4
    assert "Coordinates" not in appendix


def test_the_workbook_has_figur_1_with_its_total(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.xlsx"
    assert _report(demo_path, out, "sv") == 0
    book = load_workbook(out)
    sheet = book["Den nordiska vänortskedjan"]
    rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    body = [row for row in rows if row and row[0] in {r[0] for r in FIGUR_1}]
    assert [(r[0], r[1], r[2]) for r in body] == [(n, a, int(y)) for n, a, y, _ in FIGUR_1]
    assert [r[3] for r in body] == [100, 230, 100, 30, 70, 250, "uppgift saknas", 15, 340]
    at = next(i for i, row in enumerate(rows) if row and row[0] in ("Total", "Totalt"))
    # The total is a number (100 + 230 + 100 + 30 + 70 + 250 + 15 + 340), and the one
    # unknown count (Eiði) stands in a cell of its own below it.
    assert rows[at][3] == 1135
    assert rows[at + 1][0] == "Uppgift saknas, ingår inte i summan"
    assert rows[at + 1][3] == 1


def test_a_saved_report_by_number_and_the_refusals(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.mapping import Commission, create_report, save_section
    from app.workspace import Workspace

    ws = Workspace.open(demo_path)
    try:
        report = save_section(
            ws.database,
            create_report(ws.database),
            "commission",
            Commission(title="Min egen titel"),
        )
        create_report(ws.database)  # a later one: --id must pick the first
    finally:
        ws.close()
    out = tmp_path / "egen.pdf"
    text = _write(demo_path, out, "en", "--id", str(report.id))
    assert "Min egen titel" in text
    assert f"Mapping report {report.id} written" in capsys.readouterr().out
    assert _report(demo_path, tmp_path / "x.pdf", "en", "--id", "99") == 1
    assert capsys.readouterr().err.strip() == "There is no mapping report number 99."
    assert _report(demo_path, tmp_path / "x.doc", "en") == 1
    assert "as .pdf, .xlsx or .docx, not as .doc" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.doc").exists()


def test_the_demo_mapping_as_a_word_file_is_the_coordinator_s_whole_report(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "m.docx"
    assert _report(demo_path, out, "sv") == 0
    document = docx.Document(str(out))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for table in document.tables for row in table.rows for c in row.cells]
    for section in document.sections:
        parts += [p.text for p in (*section.header.paragraphs, *section.footer.paragraphs)]
    text = " ".join(" ".join(parts).replace("\u00a0", " ").split())
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    for heading in ("Föreningen Norden", "Föreningen Norden Vänersborg", *SURVEY_HEADINGS):
        assert heading in headings, heading
    assert "Föreningen Norden bildades 1919." in text
    assert "Lokalavdelningen bildades 1945-04-19." in text
    assert "på Åland" in text and "i Åland" not in text
    assert (
        "Holmestrand har ett avtal med Foreningen Norden Holmestrand, men det är för "
        "närvarande vilande."
    ) in text
    assert "Inga avtal mellan Vänersborg och Holmestrand" not in text
    # Figur 1 prints the names as the municipality writes them.
    (figur_1,) = [t for t in document.tables if t.rows[-1].cells[0].text == "Totalt"]
    assert [row.cells[0].text for row in figur_1.rows[1:-1]] == [row[0] for row in FIGUR_1]
    for wrong in ("[", "Avtalet Avtal", "demo.sqlite3", "sqlite"):
        assert wrong not in text, wrong
    _the_coordinators_own_parts(text)


def test_a_new_register_still_gets_a_draft_with_placeholders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ny.sqlite3"
    assert main(["--language", "sv", "new", str(target), "--municipality", "Exempelby kommun"]) == 0
    out = tmp_path / "m.pdf"
    text = _write(target, out, "sv")
    assert "Ingen kartläggning är sparad ännu" in capsys.readouterr().out
    # Nothing of the demo's report: what only she can write is asked for.
    assert "[Skriv här: vem som gav uppdraget" in text
    assert "[Skriv här: namn och titel för underskriften.]" in text
    assert "Erik Sandberg" not in text and "KS 2014/187" not in text
