"""The Word page around the text: the letterhead in the header, "Sida X av Y" in the footer.

The first page carries the full letterhead (logo, name, address lines), the
others a short one with the registry number and the report's date, as in the
PDF. A municipality's own template that has a header or footer keeps it.
"""

from __future__ import annotations

import io
import logging

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.section import Section as DocxSection
from docx.section import _Header
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from PIL import Image

from app.i18n import translate
from app.reports.cell_text import format_date
from app.reports.document import ReportDocument
from app.reports.docx.fields import add_page_fields
from app.reports.docx.watermark import add_watermark
from app.reports.text_safety import clean_text

log = logging.getLogger(__name__)

ACCENT = RGBColor(0x1D, 0x4E, 0x79)
MUTED = RGBColor(0x5C, 0x66, 0x70)


def text_width(section: DocxSection) -> Emu:
    """The width between the margins of ``section``."""
    width = section.page_width or Mm(210)
    left = section.left_margin if section.left_margin is not None else Mm(25)
    right = section.right_margin if section.right_margin is not None else Mm(25)
    return Emu(int(width) - int(left) - int(right))


def readable_logo(png: bytes | None) -> bytes | None:
    """The logo if Pillow can read it; None (and a log line) for a broken one."""
    if not png:
        return None
    try:
        with Image.open(io.BytesIO(png)) as image:
            image.verify()
    except Exception:  # a broken logo must not stop the export
        log.warning("The letterhead logo could not be read; writing without it")
        return None
    return png


def _one_line(text: str) -> str:
    return " ".join(clean_text(text).split())


def _right_tab(paragraph: DocxParagraph, section: DocxSection) -> None:
    """One tab stop, at the right margin: the style's own (a centre stop) are cleared."""
    stops = paragraph.paragraph_format.tab_stops
    style = paragraph.style
    while style is not None:
        for stop in style.paragraph_format.tab_stops:
            stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        style = style.base_style
    stops.add_tab_stop(text_width(section), WD_TAB_ALIGNMENT.RIGHT)


def _logo_run(paragraph: DocxParagraph, logo: bytes, height: Mm) -> None:
    try:
        paragraph.add_run().add_picture(io.BytesIO(logo), height=height)
        paragraph.add_run("  ")
    except Exception:  # an image format Word cannot hold: the letterhead goes on without it
        log.warning("The letterhead logo could not be placed in the Word file")


def _municipality_line(
    header: _Header, document: ReportDocument, logo: bytes | None, logo_height: Mm, size: Pt
) -> DocxParagraph:
    """A header's first paragraph: the logo, if any, then the municipality's name in the
    accent colour; the first page's large, the running header's small."""
    header.is_linked_to_previous = False
    paragraph: DocxParagraph = header.paragraphs[0]
    if logo:
        _logo_run(paragraph, logo, logo_height)
    name = paragraph.add_run(_one_line(document.letterhead.municipality))
    name.bold = True
    name.font.size = size
    name.font.color.rgb = ACCENT
    return paragraph


def _first_page_header(section: DocxSection, document: ReportDocument, logo: bytes | None) -> None:
    header = section.first_page_header
    _municipality_line(header, document, logo, Mm(16), Pt(14))
    for line in document.letterhead.lines[:5]:
        text = _one_line(line)
        if not text:
            continue
        extra = header.add_paragraph()
        run = extra.add_run(text)
        run.font.size = Pt(8.5)
        run.font.color.rgb = MUTED


def _running_header(section: DocxSection, document: ReportDocument, logo: bytes | None) -> None:
    header = section.header
    paragraph = _municipality_line(header, document, logo, Mm(9), Pt(9.5))
    _right_tab(paragraph, section)
    reference = "  ·  ".join(
        text for text in (_one_line(document.registry_no), format_date(document.date)) if text
    )
    if reference:
        run = paragraph.add_run("\t" + reference)
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED


def _footer(paragraph: DocxParagraph, section: DocxSection, title: str) -> None:
    _right_tab(paragraph, section)
    lead = paragraph.add_run(_one_line(title) + "\t")
    lead.font.size = Pt(8)
    lead.font.color.rgb = MUTED
    add_page_fields(paragraph, translate("Reports", "Page %1 of %2"))
    for run in paragraph.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED


def dress_pages(
    target: Document,
    document: ReportDocument,
    *,
    letterhead: bool,
    page_numbers: bool,
    watermark: str = "",
) -> None:
    """Put the letterhead in the header and the page numbers in the footer of every section.

    A ``watermark`` ("UTKAST") is set across every page, in the template's own
    headers as well.
    """
    logo = readable_logo(document.letterhead.logo_png) if letterhead else None
    shapes = 0
    for section in target.sections:
        if letterhead:
            # The title page gets the full letterhead, the others a short one.
            section.different_first_page_header_footer = True
            _first_page_header(section, document, logo)
            _running_header(section, document, logo)
        if page_numbers:
            footers = [section.footer]
            if section.different_first_page_header_footer:
                footers.append(section.first_page_footer)
            for footer in footers:
                footer.is_linked_to_previous = False
                _footer(footer.paragraphs[0], section, document.title)
        if watermark:
            headers = [section.header]
            if section.different_first_page_header_footer:
                headers.append(section.first_page_header)
            for header in headers:
                header.is_linked_to_previous = False
                shapes += 1
                add_watermark(header, watermark, shapes)
