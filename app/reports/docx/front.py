"""The front of a Word report: the title page and Word's own table of contents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

from app.i18n import translate
from app.reports.cell_text import format_date, personal_data_sentence
from app.reports.document import ReportDocument, Section
from app.reports.docx.body import BodyWriter, one_line, text_pieces
from app.reports.docx.fields import add_field
from app.reports.docx.page import ACCENT, MUTED


def write_title_page(writer: BodyWriter, document: ReportDocument) -> None:
    """Title, subtitle, date, registry number, author and the personal-data statement."""
    spacer = writer.paragraph()
    spacer.paragraph_format.space_before = Pt(90)
    for piece in text_pieces(document.title) or [""]:
        writer.add_text(writer.paragraph("Title"), piece)
    for piece in text_pieces(document.subtitle):
        writer.add_text(writer.paragraph("Subtitle"), piece)
    facts = [(translate("Reports", "Date"), format_date(document.date))]
    if document.registry_no.strip():
        facts.append((translate("Reports", "Registry number"), document.registry_no))
    if document.author.strip():
        facts.append((translate("Reports", "Author"), document.author))
    for label, value in facts:
        paragraph = writer.paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(110))
        paragraph.paragraph_format.space_after = Pt(2)
        label_run = paragraph.add_run(label + "\t")
        label_run.font.color.rgb = MUTED
        writer.add_text(paragraph, one_line(value))
    statement = writer.paragraph()
    statement.paragraph_format.space_before = Pt(36)
    writer.add_text(statement, personal_data_sentence(document.personal_data))
    for run in statement.runs:
        run.font.size = Pt(9)
        run.font.color.rgb = MUTED
    statement.add_run().add_break(WD_BREAK.PAGE)


def _contents_styles(writer: BodyWriter) -> None:
    """Word's built-in "toc 1" and "toc 2" styles, added when the template lacks them.

    Word formats its updated table of contents with them; named as Word
    names them, they are the built-in ones in any language of Word.
    """
    for level in (1, 2):
        name = f"toc {level}"
        if writer.has_style(name):
            continue
        style = writer.target.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = writer.target.styles["Normal"]
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.left_indent = Pt(12 * (level - 1))
        writer.forget_style(name)


def _contents_entries(blocks: Sequence[Any], depth: int) -> list[tuple[int, str]]:
    entries: list[tuple[int, str]] = []
    for block in blocks:
        if isinstance(block, Section):
            if depth <= 1:
                entries.append((depth, one_line(block.heading)))
            entries += _contents_entries(block.content, depth + 1)
    return entries


def write_contents(writer: BodyWriter, document: ReportDocument) -> None:
    """Word's table of contents (a TOC field) listing headings 1 and 2, then a new page.

    The field holds the headings already, so the list reads right before Word
    fills in the page numbers (it is asked to when the file opens).
    """
    entries = _contents_entries(document.body, 0)
    _contents_styles(writer)
    heading = writer.paragraph("TOC Heading")
    writer.add_text(heading, translate("Reports", "Contents"))
    if not writer.has_style("TOC Heading"):
        for run in heading.runs:
            run.bold = True
            run.font.size = Pt(16)
            run.font.color.rgb = ACCENT
    first = writer.paragraph("toc 1")
    add_field(first, 'TOC \\o "1-2" \\h \\z \\u', "", dirty=True)
    # The field's result runs from its separator to its end, over several paragraphs.
    end = first._p.findall(qn("w:r"))[-1]
    first._p.remove(end)
    last = first
    for index, (level, text) in enumerate(entries):
        paragraph = first if index == 0 else writer.paragraph(f"toc {level + 1}")
        writer.add_text(paragraph, text)
        last = paragraph
    last._p.append(end)
    last.add_run().add_break(WD_BREAK.PAGE)
