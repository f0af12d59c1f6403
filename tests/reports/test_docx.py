"""Every report as a Word file: Word's headings, repeating table headers, numbered captions,
page fields, the letterhead, the map as a picture; opened by python-docx and by LibreOffice.

The expectations come from the document model each report is built as (its
sections, tables and figures) and from the demo register, never from the Word
file itself.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import docx
import docx.text.paragraph
import pytest
from demo_register import demo_copy
from docx.oxml.ns import qn
from pypdf import PdfReader

from app import i18n
from app.__main__ import main
from app.reports import render_docx
from app.reports.builders import REPORTS, ReportOptions, build_report
from app.reports.document import Cancelled, Figure, ReportDocument, Section, Table, iter_blocks
from app.reports.output import export_report
from app.workspace import Workspace
from tests.reports.helpers import long_note
from tests.reports.office import convert_to_pdf
from tests.reports.sample_documents import hostile_report
from tests.reports.test_builders_data import Material, board_material

TODAY = date(2026, 11, 22)
HOME = "Vänersborgs kommun"
# The nine towns of Den nordiska vänortskedjan in the demo, in the order of the survey's Figur 1.
CHAIN_TOWNS = (
    "Vänersborg",
    "Herning",
    "Holmestrand",
    "Siglufjörður",
    "Kangasala",
    "15 landkommuner",
    "Eiði",
    "Arsuk",
    "Husby",
)


@dataclass(frozen=True)
class Written:
    """A report's document model and the Word file made from it."""

    model: ReportDocument
    path: Path


def _options(name: str, material: Material) -> ReportOptions:
    # A report added later is tried with a year, which the yearly reports need.
    return {
        "register": ReportOptions(today=TODAY),
        "annual": ReportOptions(year=2014, today=TODAY),
        "tripreport": ReportOptions(record_id=min(material.trips.values()), today=TODAY),
        "term": ReportOptions(term=2022, today=TODAY),
        "hosting": ReportOptions(record_id=material.hosted_meeting, today=TODAY),
        "grants": ReportOptions(today=TODAY),
    }.get(name, ReportOptions(year=2014, today=TODAY))


@pytest.fixture(scope="module")
def swedish() -> Iterator[None]:
    """The shipped Swedish catalogue, as the coordinator uses the program."""
    i18n.set_language("sv")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def each_test_in_swedish(swedish: None) -> None:
    """Swedish again before each test: a command run in English switches the language."""
    i18n.set_language("sv")


@pytest.fixture(scope="module")
def register_copy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Material]]:
    """The demo register with trips, decisions, grants, a term and a hosted meeting added."""
    folder = tmp_path_factory.mktemp("docx")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VANORT_HOME", str(folder / "home"))
        path = demo_copy(folder)
        workspace = Workspace.open(path)
        try:
            material = board_material(workspace)
        finally:
            workspace.close()
        yield path, material


@pytest.fixture(scope="module")
def written(
    register_copy: tuple[Path, Material], swedish: None, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Written]:
    """Every standard report written as .docx through the one output dispatcher."""
    path, material = register_copy
    folder = tmp_path_factory.mktemp("word")
    made: dict[str, Written] = {}
    workspace = Workspace.open(path)
    try:
        for name in REPORTS:
            options = _options(name, material)
            model = build_report(workspace.database, name, options)
            target = export_report(workspace.database, name, folder / f"{name}.docx", options)
            made[name] = Written(model, target)
    finally:
        workspace.close()
    return made


@pytest.fixture(scope="module")
def mapping(
    register_copy: tuple[Path, Material], swedish: None, tmp_path_factory: pytest.TempPathFactory
) -> Written:
    """The demo's mapping report written by ``vanort report mapping --out m.docx``."""
    from app.mapping import latest_report, report_document

    folder = tmp_path_factory.mktemp("mapping")
    database = folder / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VANORT_HOME", str(folder / "home"))
        (folder / "fresh").mkdir()
        shutil.copy(demo_copy(folder / "fresh"), database)
        target = folder / "m.docx"
        status = main(
            [
                "--language",
                "sv",
                "report",
                "mapping",
                "--database",
                str(database),
                "--out",
                str(target),
            ]
        )
        assert status == 0
        workspace = Workspace.open(database)
        try:
            # The demo ships its 2014 report; the command writes that one.
            model = report_document(workspace.database, latest_report(workspace.database))
        finally:
            workspace.close()
    return Written(model, target)


@pytest.fixture(scope="module")
def as_pdf(
    written: dict[str, Written], mapping: Written, tmp_path_factory: pytest.TempPathFactory
) -> dict[Path, Path]:
    """Every Word file converted to PDF by LibreOffice, in one run."""
    files = [w.path for w in written.values()] + [mapping.path]
    return convert_to_pdf(files, tmp_path_factory.mktemp("office"))


# ---------------------------------------------------------------- reading the Word file


def _one_line(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _headings(document: Any, level: int) -> list[str]:
    return [_one_line(p.text) for p in document.paragraphs if p.style.name == f"Heading {level}"]


def _repeats_header(table: Any) -> bool:
    first = table.rows[0]._tr
    properties = first.trPr
    return properties is not None and properties.find(qn("w:tblHeader")) is not None


def _row_texts(table: Any) -> list[list[str]]:
    return [[_one_line(cell.text) for cell in row.cells] for row in table.rows]


def _instructions(element: Any) -> list[str]:
    return [" ".join((t.text or "").split()) for t in element.iter(qn("w:instrText"))]


def _captions(document: Any) -> list[str]:
    return [_one_line(p.text) for p in document.paragraphs if p.style.name == "Caption"]


def _model_tables(model: ReportDocument) -> list[Table]:
    return [b for b in iter_blocks(model.body) if isinstance(b, Table)]


def _model_figures(model: ReportDocument) -> list[Figure]:
    return [b for b in iter_blocks(model.body) if isinstance(b, Figure)]


def _top_sections(model: ReportDocument) -> list[str]:
    return [_one_line(b.heading) for b in model.body if isinstance(b, Section)]


def _check_word_file(item: Written) -> Any:
    """The checks every report's Word file must pass; returns the opened document."""
    document = docx.Document(str(item.path))
    model = item.model
    assert _headings(document, 1) == _top_sections(model)
    header_tables = [t for t in document.tables if _repeats_header(t)]
    model_tables = _model_tables(model)
    assert len(header_tables) == len(model_tables)
    for table, expected in zip(header_tables, model_tables, strict=True):
        rows = _row_texts(table)
        assert rows[0] == [_one_line(c) for c in expected.columns]
        assert len(rows) == 1 + len(expected.rows) + (expected.total is not None)
    captions = _captions(document)
    numbered = [b for b in iter_blocks(model.body) if isinstance(b, Table | Figure)]
    if model.tables_as_figures:
        # One series, as the survey numbers them: every table and picture a "Figur n".
        assert not [c for c in captions if c.startswith("Tabell ")]
        figure_captions = [c for c in captions if c.startswith("Figur ")]
        assert [c.split(":")[0] for c in figure_captions] == [
            f"Figur {n}" for n in range(1, len(numbered) + 1)
        ]
        for caption, block in zip(figure_captions, numbered, strict=True):
            if block.caption.strip():
                assert caption.endswith(_one_line(block.caption))
        body_fields = _instructions(document.element.body)
        assert sum(f.startswith("SEQ Figur") for f in body_fields) == len(numbered)
        assert not any(f.startswith("SEQ Tabell") for f in body_fields)
    else:
        table_captions = [c for c in captions if c.startswith("Tabell ")]
        figure_captions = [c for c in captions if c.startswith("Figur ")]
        assert [c.split(":")[0] for c in table_captions] == [
            f"Tabell {n}" for n in range(1, len(model_tables) + 1)
        ]
        for caption, expected in zip(table_captions, model_tables, strict=True):
            if expected.caption.strip():
                assert caption.endswith(_one_line(expected.caption))
        assert [c.split(":")[0] for c in figure_captions] == [
            f"Figur {n}" for n in range(1, len(_model_figures(model)) + 1)
        ]
        body_fields = _instructions(document.element.body)
        assert sum(f.startswith("SEQ Tabell") for f in body_fields) == len(model_tables)
    for section in document.sections:
        footer_fields = _instructions(section.footer._element)
        assert "PAGE" in footer_fields and "NUMPAGES" in footer_fields
        assert "Sida" in section.footer.paragraphs[0].text
        assert HOME in section.header.paragraphs[0].text
        assert HOME in section.first_page_header.paragraphs[0].text
    return document


# ---------------------------------------------------------------- every report


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_every_report_is_a_word_file_with_headings_tables_captions_and_page_fields(
    written: dict[str, Written], name: str
) -> None:
    """Heading 1 per section, header rows that repeat, "Tabell n"/"Figur n", Sida X av Y."""
    document = _check_word_file(written[name])
    assert _one_line(written[name].model.title) in _one_line(document.paragraphs[1].text)


def test_a_long_report_gets_words_table_of_contents(written: dict[str, Written]) -> None:
    """The register (long in the demo) has a TOC field over headings 1-2, filled in already."""
    document = docx.Document(str(written["register"].path))
    fields = _instructions(document.element.body)
    assert any(f.startswith("TOC") and '\\o "1-2"' in f for f in fields)
    listed = [_one_line(p.text) for p in document.paragraphs if p.style.name.startswith("toc")]
    assert _top_sections(written["register"].model)[0] in " ".join(listed)


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_libreoffice_opens_every_report_and_shows_its_text(
    written: dict[str, Written], as_pdf: dict[Path, Path], name: str
) -> None:
    """LibreOffice converts the Word file; the PDF holds the title, headings and page numbers."""
    item = written[name]
    reader = PdfReader(str(as_pdf[item.path]))
    text = _one_line(" ".join(page.extract_text() for page in reader.pages))
    assert _one_line(item.model.title) in text
    for heading in _top_sections(item.model):
        assert heading in text
    assert f"Sida 1 av {len(reader.pages)}" in text


# ---------------------------------------------------------------- the mapping report


def test_the_mapping_report_from_the_command_line_is_a_word_file(mapping: Written) -> None:
    """vanort report mapping --out m.docx: sections as Heading 1, tables, captions, fields."""
    _check_word_file(mapping)


def test_the_mapping_reports_figure_1_table_holds_the_nine_towns_and_the_total(
    mapping: Written,
) -> None:
    """The chain's towns as a Word table: nine rows in the survey's order and 1 135 members."""
    document = docx.Document(str(mapping.path))
    table = next(t for t in document.tables if _repeats_header(t) and len(t.rows) == 11)
    rows = _row_texts(table)
    assert rows[0][0] == "Vänort"
    for row, town in zip(rows[1:10], CHAIN_TOWNS, strict=True):
        assert row[0].startswith(town)
    assert rows[10][0] == "Totalt" and rows[10][-1].startswith("1 135")
    # As in the survey, the table is Figur 1, its caption right above it (kept
    # with the table); its map is a picture after it, Figur 2.
    body = list(document.element.body.iterchildren())
    position = body.index(table._tbl)
    caption = next(
        docx.text.paragraph.Paragraph(e, document)
        for e in reversed(body[:position])
        if e.tag == qn("w:p") and docx.text.paragraph.Paragraph(e, document).text.strip()
    )
    assert caption.style.name == "Caption"
    assert _one_line(caption.text).startswith("Figur 1: Orterna i Den nordiska vänortskedjan")
    pictures = document.element.body.findall(f".//{qn('w:drawing')}")
    assert pictures
    captions = _captions(document)
    assert captions[1] == "Figur 2: Var orterna i Den nordiska vänortskedjan ligger."


def test_libreoffice_opens_the_mapping_report(mapping: Written, as_pdf: dict[Path, Path]) -> None:
    """The mapping report converts to PDF with its sections, the total and page numbers."""
    reader = PdfReader(str(as_pdf[mapping.path]))
    text = _one_line(" ".join(page.extract_text() for page in reader.pages))
    for heading in _top_sections(mapping.model):
        assert heading in text
    assert "1 135" in text and "Siglufjörður" in text
    assert f"Sida 2 av {len(reader.pages)}" in text


# ---------------------------------------------------------------- the municipality's template


def _template(*, as_dotx: bool) -> bytes:
    """A municipal Word template: Garamond headings, its own header, no footer."""
    made = docx.Document()
    heading = made.styles["Heading 1"]
    heading.font.name = "Garamond"
    heading.font.size = docx.shared.Pt(22)
    made.sections[0].header.paragraphs[0].text = "Mallens sidhuvud med kommunvapnet"
    made.add_paragraph("Exempeltext som ska bort")
    buffer = io.BytesIO()
    made.save(buffer)
    if not as_dotx:
        return buffer.getvalue()
    # Word saves a .dotx as the same package with a template's content type.
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    copy = io.BytesIO()
    with zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(item, data)
    return copy.getvalue()


@pytest.mark.parametrize("as_dotx", [True, False], ids=["dotx", "docx"])
def test_the_chosen_template_gives_styles_and_header(
    register_copy: tuple[Path, Material], swedish: None, tmp_path: Path, as_dotx: bool
) -> None:
    """With a template in the settings, vanort export uses its heading style and its header."""
    database = tmp_path / "register.sqlite3"
    shutil.copy(register_copy[0], database)
    workspace = Workspace.open(database)
    try:
        workspace.save_settings(
            replace(workspace.settings(), word_template=_template(as_dotx=as_dotx))
        )
    finally:
        workspace.close()
    target = tmp_path / "register.docx"
    status = main(
        [
            "--language",
            "sv",
            "export",
            "--database",
            str(database),
            "--report",
            "register",
            "--out",
            str(target),
        ]
    )
    assert status == 0
    document = docx.Document(str(target))
    assert document.styles["Heading 1"].font.name == "Garamond"
    assert document.styles["Heading 1"].font.size == docx.shared.Pt(22)
    assert _headings(document, 1)
    header = document.sections[0].header.paragraphs[0].text
    assert header == "Mallens sidhuvud med kommunvapnet"  # the letterhead is not added over it
    assert "Exempeltext som ska bort" not in "\n".join(p.text for p in document.paragraphs)
    # The template has no footer, so the page numbers are added.
    assert "PAGE" in _instructions(document.sections[0].footer._element)


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        (b"inte en Word-fil", "not a .docx or .dotx file"),
        (b"PK\x03\x04 trasig", "not a .docx or .dotx file"),
    ],
)
def test_an_unusable_template_is_one_sentence_and_no_file(
    register_copy: tuple[Path, Material],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    template: bytes,
    sentence: str,
) -> None:
    """A broken template in the settings: exit 1, one sentence, nothing written."""
    database = tmp_path / "register.sqlite3"
    shutil.copy(register_copy[0], database)
    workspace = Workspace.open(database)
    try:
        workspace.save_settings(replace(workspace.settings(), word_template=template))
    finally:
        workspace.close()
    out = tmp_path / "out"
    out.mkdir()
    status = main(
        [
            "--language",
            "en",
            "export",
            "--database",
            str(database),
            "--report",
            "register",
            "--out",
            str(out / "r.docx"),
        ]
    )
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and sentence in err
    assert list(out.iterdir()) == []


# ---------------------------------------------------------------- hostile text, cancel


def test_hostile_text_and_control_characters_are_written_as_text(tmp_path: Path) -> None:
    """Markup-like text stays text and a bell character is dropped, not a broken file."""
    target = tmp_path / "hostile.docx"
    render_docx(hostile_report(long_note()), target)
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Rubrik med <b>fet</b> & R&D" in _headings(document, 1)
    assert "Rapport om Smith & Co <AB> och R&D" in text
    assert "\x07" not in text


def test_cancel_leaves_no_file_and_keeps_an_older_one(
    written: dict[str, Written], tmp_path: Path
) -> None:
    """Cancelled half-way: the older file of that name is untouched and nothing else is left."""
    target = tmp_path / "register.docx"
    target.write_bytes(b"older")
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    with pytest.raises(Cancelled):
        render_docx(written["register"].model, target, is_cancelled=cancelled)
    assert target.read_bytes() == b"older"
    assert [p.name for p in tmp_path.iterdir()] == ["register.docx"]


def test_progress_reaches_the_end(written: dict[str, Written], tmp_path: Path) -> None:
    """Progress only grows and ends at done == total."""
    seen: list[tuple[int, int]] = []
    render_docx(
        written["annual"].model, tmp_path / "a.docx", progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_the_footer_reads_sida_x_av_y_in_word_order(written: dict[str, Written]) -> None:
    """The footer's fields stand where "Sida %1 av %2" puts them: PAGE before NUMPAGES."""
    document = docx.Document(str(written["register"].path))
    footer = document.sections[0].footer._element
    sequence = [
        ("text", t.text) if t.tag == qn("w:t") else ("field", " ".join((t.text or "").split()))
        for t in footer.iter(qn("w:t"), qn("w:instrText"))
    ]
    words = [
        value for kind, value in sequence if kind == "field" or value.strip() in ("Sida", "av")
    ]
    joined = " ".join(w.strip() for w in words)
    assert re.search(r"Sida PAGE av NUMPAGES", joined)


# ---------------------------------------------------------------- drafts and formatted text


@dataclass(frozen=True)
class _DraftReport(ReportDocument):
    """A report marked as a draft (the model's own flag where it has one)."""

    draft: bool = True


def _watermarks(document: Any) -> list[str]:
    found = []
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            for path in header._element.iter("{urn:schemas-microsoft-com:vml}textpath"):
                if path.get("string"):
                    found.append(path.get("string"))
    return found


def test_a_draft_says_utkast_across_every_page(
    written: dict[str, Written], swedish: None, tmp_path: Path
) -> None:
    """A draft carries UTKAST in the header of the first and the other pages; a final none."""
    import dataclasses

    model = written["annual"].model
    fields = {f.name: getattr(model, f.name) for f in dataclasses.fields(ReportDocument)}
    fields.pop("draft", None)
    render_docx(_DraftReport(**fields), tmp_path / "utkast.docx")
    assert _watermarks(docx.Document(str(tmp_path / "utkast.docx"))) == ["UTKAST", "UTKAST"]
    assert _watermarks(docx.Document(str(written["annual"].path))) == []


def test_the_coordinators_bold_italic_bullets_and_quotations_are_word_runs(
    tmp_path: Path,
) -> None:
    """Formatted text from the model comes out as bold/italic runs, bullets and a quotation."""
    from app.reports import document as model

    needed = ("Run", "RichParagraph", "RichBulletList", "Quotation")
    if not all(hasattr(model, name) for name in needed):
        pytest.skip("the document model has no formatted text (runs) yet")
    run, rich, bullets, quotation = (getattr(model, name) for name in needed)
    report = ReportDocument(
        title="Formaterad text",
        letterhead=model.Letterhead(HOME),
        date=TODAY,
        body=[
            Section(
                "Uppdrag",
                [
                    rich([run("Kommunstyrelsen "), run("beslutade", bold=True), run(" att ")]),
                    bullets([[run("Herning")], [run("Lich", italic=True)]]),
                    quotation([[run("Vänorter ska vara levande.", italic=True)]]),
                ],
            )
        ],
    )
    target = tmp_path / "rik.docx"
    render_docx(report, target)
    document = docx.Document(str(target))
    faces = {
        (r.text, bool(r.bold), bool(r.italic))
        for p in document.paragraphs
        for r in p.runs
        if r.text
    }
    assert ("beslutade", True, False) in faces and ("Kommunstyrelsen ", False, False) in faces
    assert ("Lich", False, True) in faces
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["Herning"] == "List Bullet" and styles["Vänorter ska vara levande."] == "Quote"


def test_the_request_to_update_fields_stands_where_word_expects_it(
    written: dict[str, Written],
) -> None:
    """w:updateFields comes before w:compat and w:rsids, in the order Word's schema sets."""
    document = docx.Document(str(written["register"].path))
    tags = [child.tag.split("}")[1] for child in document.settings.element]
    assert "updateFields" in tags
    for later in ("compat", "rsids", "themeFontLang", "decimalSymbol"):
        if later in tags:
            assert tags.index("updateFields") < tags.index(later)
