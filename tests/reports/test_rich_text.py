"""Her formatted text (bold, italic, bullets, quotations) read and printed; drafts say UTKAST."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from app.reports import Letterhead, ReportDocument, Section, render_pdf
from app.reports.document import Quotation, RichBulletList, RichParagraph, Run
from app.reports.rich_text import inline_runs, parse_rich_text, plain_text
from tests.reports.helpers import HOSTILE, page_texts, squeeze


def test_paragraphs_bullets_and_quotations_in_order() -> None:
    """Blank lines part paragraphs, "- " lines make a list, "> " lines a quotation."""
    text = (
        "Första stycket\nmed en radbrytning.\n\n"
        "- Herning\n- Holmestrand\n  i Norge\n\n"
        "> Vänorterna är en bro.\n>\n> Andra stycket.\n"
        "Sista stycket."
    )
    blocks = parse_rich_text(text)
    assert blocks == [
        RichParagraph([Run("Första stycket\nmed en radbrytning.")]),
        RichBulletList([[Run("Herning")], [Run("Holmestrand\ni Norge")]]),
        Quotation([[Run("Vänorterna är en bro.")], [Run("Andra stycket.")]]),
        RichParagraph([Run("Sista stycket.")]),
    ]


def test_bold_italic_and_both() -> None:
    """Stars mark bold and italic; three stars both."""
    assert inline_runs("en **fet**, en *kursiv* och ***båda***") == [
        Run("en "),
        Run("fet", bold=True),
        Run(", en "),
        Run("kursiv", italic=True),
        Run(" och "),
        Run("båda", bold=True, italic=True),
    ]


def test_unclosed_and_spaced_stars_stay_as_typed() -> None:
    """Nothing she types can vanish: stray stars print as stars."""
    assert inline_runs("2 * 3 = 6 och **inte stängd") == [Run("2 * 3 = 6 och **inte stängd")]
    assert inline_runs(r"ett \*stjärnmärkt\* ord") == [Run("ett *stjärnmärkt* ord")]
    assert plain_text("**Fet** rubrik\n\n- *punkt*") == "Fet rubrik\n\npunkt"


def _document(body: list, *, draft: bool = False) -> ReportDocument:
    return ReportDocument(
        title="Kartläggning",
        letterhead=Letterhead("Vänersborgs kommun"),
        date=date(2014, 10, 15),
        registry_no="KS 2014/187",
        body=body,
        draft=draft,
    )


def _fonts(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_formatted_text_prints_in_its_faces_and_escaped(tmp_path: Path) -> None:
    """Bold and italic runs use the bold and oblique faces; markup in her text stays text."""
    hostile = " ".join(HOSTILE)
    body = [
        Section(
            "Eget avsnitt",
            parse_rich_text(
                f"Vanlig text och **fetstil** och *kursiv* och ***båda***.\n\n- {hostile}\n\n> Citatet."
            ),
        )
    ]
    out = tmp_path / "rich.pdf"
    render_pdf(_document(body), out)
    text = squeeze(" ".join(page_texts(out)))
    assert "Vanlig text och fetstil och kursiv och båda." in text
    assert squeeze(hostile) in text
    assert "Citatet." in text
    assert "**" not in text
    fonts = _fonts(out)
    # The title and headings are bold anyway: the two slanted faces come from her runs only.
    assert any(name.endswith("DejaVuSans-BoldOblique") for name in fonts)
    assert any(name.endswith("DejaVuSans-Oblique") for name in fonts)


def test_a_draft_says_draft_on_every_page_and_a_final_one_does_not(tmp_path: Path) -> None:
    """UTKAST (DRAFT in English) across each page of a draft; the header carries its own date."""
    body = [Section(f"Kapitel {n}", [RichParagraph([Run("Text " * 400)])]) for n in range(3)]
    draft, final = tmp_path / "draft.pdf", tmp_path / "final.pdf"
    render_pdf(_document(body, draft=True), draft)
    render_pdf(_document(body, draft=False), final)
    draft_pages = page_texts(draft)
    assert len(draft_pages) >= 3
    assert all("DRAFT" in page for page in draft_pages)
    assert not any("DRAFT" in page for page in page_texts(final))
    # The pages after the title page carry the report's date in their header, not today's.
    assert all("2014-10-15" in page for page in draft_pages[1:])
    assert not any(date.today().isoformat() in page for page in draft_pages)
