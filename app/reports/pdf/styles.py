"""Typography of the board papers: one sans family, a few sizes, quiet colours."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.reports.pdf.fonts import SANS, SANS_BOLD, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 32 * mm  # the letterhead sits above this
BOTTOM_MARGIN = 22 * mm  # the footer sits below this
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
TEXT_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5c6670")
ACCENT = colors.HexColor("#1d4e79")  # headings and rules: a sober municipal blue
RULE = colors.HexColor("#c5ccd3")
HAIRLINE = colors.HexColor("#e3e7eb")
HEADER_FILL = colors.HexColor("#eef2f6")
NOTE_FILL = colors.HexColor("#f4f6f8")
# Drawn over the page once it is laid out, so it must be see-through: the text stays readable.
WATERMARK = colors.Color(0.75, 0.1, 0.1, alpha=0.13)

BODY_SIZE = 10
TABLE_SIZE = 8.5
TABLE_PADDING = 3  # points on each side of a cell
NOTE_PADDING = 6  # shading above and below a note's text


@dataclass(frozen=True)
class Styles:
    """The paragraph styles a report uses."""

    body: ParagraphStyle
    bullet: ParagraphStyle
    quotation: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle
    footnote: ParagraphStyle
    headings: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta_label: ParagraphStyle
    meta_value: ParagraphStyle
    statement: ParagraphStyle
    toc_heading: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ParagraphStyle]
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    fact_key: ParagraphStyle
    fact_title: ParagraphStyle


@functools.cache
def report_styles() -> Styles:
    """The styles, built once (the fonts are registered on the way)."""
    register_fonts()
    body = ParagraphStyle(
        "Body",
        fontName=SANS,
        fontSize=BODY_SIZE,
        leading=14.5,
        textColor=INK,
        spaceAfter=7,
        alignment=TA_LEFT,
    )
    cell = ParagraphStyle(
        "Cell", parent=body, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.25, spaceAfter=0
    )
    cell_bold = ParagraphStyle("CellBold", parent=cell, fontName=SANS_BOLD)

    def heading(name: str, size: float, before: float, after: float) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            parent=body,
            fontName=SANS_BOLD,
            fontSize=size,
            leading=size * 1.3,
            textColor=ACCENT,
            spaceBefore=before,
            spaceAfter=after,
            keepWithNext=1,
        )

    return Styles(
        body=body,
        bullet=ParagraphStyle("Bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3),
        # A quotation stands indented on both sides, set off by its colour.
        quotation=ParagraphStyle(
            "Quotation", parent=body, leftIndent=22, rightIndent=22, textColor=MUTED
        ),
        note=ParagraphStyle(
            "Note",
            parent=body,
            fontSize=9,
            leading=13,
            backColor=NOTE_FILL,
            borderPadding=(NOTE_PADDING, 8, NOTE_PADDING, 8),
            leftIndent=8,
            rightIndent=8,
            spaceBefore=8,
            spaceAfter=12,
        ),
        caption=ParagraphStyle(
            "Caption", parent=body, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4
        ),
        footnote=ParagraphStyle(
            "Footnote",
            parent=body,
            fontSize=8,
            leading=10.5,
            textColor=MUTED,
            leftIndent=12,
            firstLineIndent=-12,
            spaceAfter=2,
        ),
        headings=(
            heading("Heading1", 15, 16, 8),
            heading("Heading2", 12, 12, 5),
            heading("Heading3", 10.5, 10, 4),
        ),
        title=ParagraphStyle(
            "Title", parent=body, fontName=SANS_BOLD, fontSize=24, leading=30, spaceAfter=10
        ),
        subtitle=ParagraphStyle(
            "Subtitle", parent=body, fontSize=13, leading=18, textColor=MUTED, spaceAfter=24
        ),
        meta_label=ParagraphStyle(
            "MetaLabel", parent=body, fontSize=9, leading=13, textColor=MUTED, spaceAfter=0
        ),
        meta_value=ParagraphStyle("MetaValue", parent=body, fontSize=9.5, leading=13, spaceAfter=0),
        statement=ParagraphStyle(
            "Statement", parent=body, fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=0
        ),
        toc_heading=heading("Contents", 15, 0, 14),
        toc_levels=(
            ParagraphStyle(
                "Toc1", parent=body, fontSize=10, leading=15, spaceBefore=4, spaceAfter=0
            ),
            ParagraphStyle(
                "Toc2",
                parent=body,
                fontSize=9,
                leading=13,
                leftIndent=14,
                spaceAfter=0,
                textColor=MUTED,
            ),
        ),
        cell=cell,
        cell_right=ParagraphStyle("CellRight", parent=cell, alignment=TA_RIGHT),
        cell_bold=cell_bold,
        cell_bold_right=ParagraphStyle("CellBoldRight", parent=cell_bold, alignment=TA_RIGHT),
        fact_key=ParagraphStyle("FactKey", parent=cell, textColor=MUTED),
        fact_title=heading("FactTitle", 10.5, 10, 4),
    )
