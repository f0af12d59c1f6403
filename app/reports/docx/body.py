"""The report's body in Word: headings, paragraphs, lists, notes, tables, figures, footnotes.

Headings use Word's own heading styles ("Heading 1", "Heading 2" ...), so
Word's table of contents, navigation pane and a template's numbering work on
them. Tables and figures are numbered by SEQ fields ("Tabell 1", "Figur 1")
that hold their number already, as the PDF prints it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from PIL import Image

from app.i18n import translate
from app.reports.cell_text import fill
from app.reports.document import (
    BulletList,
    FactSheet,
    Figure,
    MemberChart,
    Note,
    PageBreak,
    Paragraph,
    Picture,
    ReportDocument,
    Section,
    Table,
    TownMap,
    TwinningTimeline,
    iter_blocks,
)
from app.reports.docx.fields import add_field
from app.reports.docx.page import text_width
from app.reports.docx.picture import drawing_png
from app.reports.docx.tables import table_element
from app.reports.pdf.page import Progress
from app.reports.text_safety import clean_text

CONTENTS_FROM_PAGES = 5
"""As in the PDF: a paper of about this many pages or more gets a table of contents."""

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NOTE_FILL = "EEF3F8"
_MAP_HEIGHT_SHARE = 0.55  # of the text width: the map's greatest height
_PICTURE_DPI = 200


@dataclass(frozen=True)
class Span:
    """A piece of a paragraph's text and how it is set."""

    text: str
    bold: bool = False
    italic: bool = False


def inline_spans(text: str) -> list[Span]:
    """The runs of one paragraph of the model's plain text: one span, set as it is."""
    return [Span(text)]


def spans_of_runs(runs: Sequence[Any]) -> list[Span]:
    """The coordinator's formatted text (runs with ``text``, ``bold``, ``italic``) as spans."""
    return [
        Span(
            clean_text(run.text),
            bool(getattr(run, "bold", False)),
            bool(getattr(run, "italic", False)),
        )
        for run in runs
    ]


def text_pieces(text: str) -> list[str]:
    """``text`` as paragraphs: split at blank lines, cleaned of control characters."""
    pieces = (piece.strip() for piece in _BLANK_LINE.split(clean_text(text).strip()))
    return [piece for piece in pieces if piece]


def one_line(text: str) -> str:
    """``text`` cleaned and on one line, runs of white space as one space."""
    return " ".join(clean_text(text).split())


def estimated_pages(document: ReportDocument) -> float:
    """A rough page count of the body, enough to decide on a table of contents."""
    pages = 0.0
    for block in iter_blocks(document.body):
        if isinstance(block, Paragraph | Note):
            pages += len(block.text) / 2800
        elif isinstance(block, BulletList):
            pages += len(block.items) / 40
        elif isinstance(block, Table):
            pages += (len(block.rows) + 3) / 38
        elif isinstance(block, FactSheet):
            pages += (len(block.facts) + 3) / 45
        elif isinstance(block, Figure | PageBreak):
            pages += 0.5
        elif isinstance(block, Section):
            pages += 0.05
    return pages


def work_units(document: ReportDocument) -> int:
    """How much work the body is: a unit per block and per table row."""
    units = 0
    for block in iter_blocks(document.body):
        units += 1 + (len(block.rows) if isinstance(block, Table) else 0)
    return units


@dataclass
class _Counters:
    tables_as_figures: bool = False
    tables: int = 0
    figures: int = 0
    footnotes: int = 0
    pending_notes: list[tuple[int, str]] = field(default_factory=list)


class BodyWriter:
    """Writes the model's blocks into a python-docx Document, in reading order."""

    def __init__(self, target: Document, progress: Progress) -> None:
        self.target = target
        self.progress = progress
        self.counters = _Counters()
        section = target.sections[-1]
        self.width = text_width(section)
        self.width_twips = int(self.width) // 635
        self._styles: dict[str, bool] = {}

    # --- styles ---------------------------------------------------------------------------

    def has_style(self, name: str) -> bool:
        """True when the document (or its template) defines the style ``name``."""
        if name not in self._styles:
            try:
                self.target.styles[name]
                self._styles[name] = True
            except KeyError:
                self._styles[name] = False
        return self._styles[name]

    def forget_style(self, name: str) -> None:
        """Look ``name`` up again next time (a style was just added)."""
        self._styles.pop(name, None)

    def paragraph(self, style: str | None = None) -> DocxParagraph:
        """A new paragraph at the end, in ``style`` when the document has it."""
        if style is not None and self.has_style(style):
            return self.target.add_paragraph(style=style)
        return self.target.add_paragraph()

    def _table_style_id(self) -> str | None:
        if not self.has_style("Table Grid"):
            return None
        return str(self.target.styles["Table Grid"].style_id)

    # --- text -----------------------------------------------------------------------------

    def add_text(self, paragraph: DocxParagraph, text: str, *, bold: bool = False) -> None:
        """Append ``text`` to ``paragraph``: its spans as runs, newlines as line breaks."""
        self.add_spans(paragraph, inline_spans(text), bold=bold)

    def add_spans(
        self, paragraph: DocxParagraph, spans: Sequence[Span], *, bold: bool = False
    ) -> None:
        """Append ``spans`` to ``paragraph`` as Word runs in their faces."""
        for span in spans:
            for index, line in enumerate(span.text.split("\n")):
                if index:
                    paragraph.add_run().add_break(WD_BREAK.LINE)
                if line:
                    run = paragraph.add_run(line)
                    if bold or span.bold:
                        run.bold = True
                    if span.italic:
                        run.italic = True

    def _heading(self, text: str, depth: int) -> None:
        name = f"Heading {min(depth + 1, 9)}"
        paragraph = self.paragraph(name)
        self.add_text(paragraph, one_line(text))
        if not self.has_style(name):
            for run in paragraph.runs:
                run.bold = True
                run.font.size = Pt(max(16 - 2 * depth, 11))
            paragraph.paragraph_format.keep_with_next = True

    def _paragraphs(self, block: Paragraph) -> None:
        marks = []
        for note in block.notes:
            self.counters.footnotes += 1
            self.counters.pending_notes.append((self.counters.footnotes, note))
            marks.append(str(self.counters.footnotes))
        pieces = text_pieces(block.text)
        for index, piece in enumerate(pieces):
            paragraph = self.paragraph()
            self.add_text(paragraph, piece)
            if marks and index == len(pieces) - 1:
                paragraph.add_run(",".join(marks)).font.superscript = True

    def _bullets(self, block: BulletList) -> None:
        for item in block.items:
            for index, piece in enumerate(text_pieces(item) or [""]):
                if self.has_style("List Bullet"):
                    paragraph = self.paragraph("List Bullet" if index == 0 else "List Continue")
                else:
                    paragraph = self.paragraph()
                    if index == 0:
                        paragraph.add_run("•\t")
                self.add_text(paragraph, piece)

    def _rich_paragraph(self, runs: Sequence[Any], style: str | None = None) -> DocxParagraph:
        paragraph = self.paragraph(style)
        self.add_spans(paragraph, spans_of_runs(runs))
        return paragraph

    def _quotation(self, block: Any) -> None:
        for runs in block.paragraphs:
            paragraph = self._rich_paragraph(runs, "Quote")
            if not self.has_style("Quote"):
                paragraph.paragraph_format.left_indent = Pt(24)
                paragraph.paragraph_format.right_indent = Pt(24)
                for run in paragraph.runs:
                    run.italic = True

    def _rich_bullets(self, block: Any) -> None:
        for runs in block.items:
            if self.has_style("List Bullet"):
                self._rich_paragraph(runs, "List Bullet")
            else:
                paragraph = self.paragraph()
                paragraph.add_run("•\t")
                self.add_spans(paragraph, spans_of_runs(runs))

    def _note(self, block: Note) -> None:
        pieces = text_pieces(block.text) or [""]
        for index, piece in enumerate(pieces):
            paragraph = self.paragraph()
            properties = paragraph._p.get_or_add_pPr()
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), _NOTE_FILL)
            properties.append(shading)
            paragraph.paragraph_format.left_indent = Pt(6)
            paragraph.paragraph_format.right_indent = Pt(6)
            if index == 0 and block.label.strip():
                self.add_text(paragraph, one_line(block.label) + "  ", bold=True)
            self.add_text(paragraph, piece)

    def _footnotes(self) -> None:
        for number, text in self.counters.pending_notes:
            for index, piece in enumerate(text_pieces(text) or [""]):
                paragraph = self.paragraph()
                if index == 0:
                    paragraph.add_run(str(number)).font.superscript = True
                    paragraph.add_run("\u00a0")
                self.add_text(paragraph, piece)
                for run in paragraph.runs:
                    run.font.size = Pt(8)
        self.counters.pending_notes.clear()

    # --- numbered things ------------------------------------------------------------------

    def _caption(self, label_template: str, number: int, caption: str) -> DocxParagraph:
        """ "Tabell 3: caption", the number a SEQ field so Word can list and renumber it."""
        paragraph = self.paragraph("Caption")
        label = fill(label_template, "\x00")
        before, _, after = label.partition("\x00")
        # Word names the sequence by its label ("SEQ Tabell"), as its own captions do.
        sequence = before.strip().replace(" ", "_") or "Number"
        lead = paragraph.add_run(before)
        lead.bold = True
        add_field(paragraph, f"SEQ {sequence} \\* ARABIC", str(number)).bold = True
        text = one_line(caption)
        tail = paragraph.add_run(after + (":" if text else ""))
        tail.bold = True
        if text:
            paragraph.add_run(" ")
            self.add_text(paragraph, text)
        return paragraph

    def _append_element(self, element: Any) -> None:
        body = self.target.element.body
        last = body.find(qn("w:sectPr"))
        if last is not None:
            last.addprevious(element)
        else:
            body.append(element)

    def _table(self, block: Table) -> None:
        if self.counters.tables_as_figures:
            self.counters.figures += 1
            caption = self._caption(
                translate("Reports", "Figure %1"), self.counters.figures, block.caption
            )
        else:
            self.counters.tables += 1
            caption = self._caption(
                translate("Reports", "Table %1"), self.counters.tables, block.caption
            )
        caption.paragraph_format.keep_with_next = True

        def each_row(index: int) -> None:
            if index % 200 == 199:
                self.progress.advance(200)

        headers = [one_line(column) for column in block.columns]
        element = table_element(
            headers,
            block.rows,
            block.total,
            self.width_twips,
            style_id=self._table_style_id(),
            each_row=each_row,
        )
        self._append_element(element)
        self.progress.advance(len(block.rows) % 200)
        self.paragraph()  # Word joins two tables that touch; a paragraph keeps them apart

    def _fact_sheet(self, block: FactSheet) -> None:
        title = self.paragraph()
        self.add_text(title, one_line(block.title), bold=True)
        title.paragraph_format.keep_with_next = True
        title.paragraph_format.space_before = Pt(8)
        rows = [[one_line(key), value] for key, value in block.facts] or [["", ""]]
        key_width = min(self.width_twips * 36 // 100, 3400)
        element = table_element(
            None,
            rows,
            None,
            self.width_twips,
            style_id=self._table_style_id(),
            widths=[key_width, self.width_twips - key_width],
            muted_first_column=True,
        )
        self._append_element(element)

    def _picture_paragraph(self, png: bytes, width: Emu, max_height: Emu) -> bool:
        try:
            with Image.open(io.BytesIO(png)) as image:
                pixel_width, pixel_height = image.size
        except Exception:  # a broken picture is reported in the text, not as a crash
            return False
        height = Emu(int(width * pixel_height / max(pixel_width, 1)))
        if height > max_height:
            width = Emu(int(max_height * pixel_width / max(pixel_height, 1)))
        paragraph = self.paragraph()
        paragraph.paragraph_format.keep_with_next = True
        try:
            paragraph.add_run().add_picture(io.BytesIO(png), width=width)
        except Exception:  # a format Word cannot hold (python-docx reads PNG, JPEG, GIF ...)
            paragraph._p.getparent().remove(paragraph._p)
            return False
        return True

    def _figure(self, block: Figure) -> None:
        self.counters.figures += 1
        content = block.content
        placed = False
        if isinstance(content, TownMap):
            if content.places:
                from app.reports.map_figure import draw_town_map

                points = self.width.pt
                drawing = draw_town_map(content.places, points, points * _MAP_HEIGHT_SHARE)
                placed = self._picture_paragraph(
                    drawing_png(drawing, _PICTURE_DPI), self.width, Emu(int(self.width * 0.8))
                )
            else:
                self.add_text(self.paragraph(), translate("Reports", "[No places to show.]"))
                placed = True
        elif isinstance(content, TwinningTimeline | MemberChart):
            from app.reports.timeline_figure import (
                MEMBER_CHART_SHARE,
                draw_member_chart,
                draw_twinning_timeline,
            )

            if isinstance(content, TwinningTimeline):
                chart, share = draw_twinning_timeline(content, self.width.pt), 1.0
            else:
                share = MEMBER_CHART_SHARE
                chart = draw_member_chart(content, self.width.pt * share)
            placed = self._picture_paragraph(
                drawing_png(chart, _PICTURE_DPI),
                Emu(int(self.width * share)),
                Emu(int(self.width * 1.2)),
            )
        elif isinstance(content, Picture):
            wanted = Emu(int(content.width_mm * 36000)) if content.width_mm else self.width
            placed = self._picture_paragraph(
                content.png, Emu(min(int(wanted), int(self.width))), Emu(int(self.width * 1.1))
            )
        if not placed:
            self.add_text(
                self.paragraph(), translate("Reports", "[The picture could not be read.]")
            )
        self._caption(translate("Reports", "Figure %1"), self.counters.figures, block.caption)

    # --- structure ------------------------------------------------------------------------

    def blocks(self, blocks: Sequence[Any], depth: int = 0) -> None:
        """Write ``blocks`` (sections descended into) at heading depth ``depth``."""
        for block in blocks:
            self.progress.advance(1)
            if isinstance(block, Section):
                self._heading(block.heading, depth)
                self.blocks(block.content, depth + 1)
                if depth == 0:
                    self._footnotes()
            elif isinstance(block, Paragraph):
                self._paragraphs(block)
            elif isinstance(block, BulletList):
                self._bullets(block)
            elif isinstance(block, Note):
                self._note(block)
            elif isinstance(block, PageBreak):
                self.paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, FactSheet):
                self._fact_sheet(block)
            elif isinstance(block, Figure):
                self._figure(block)
            # The coordinator's formatted text: paragraphs, bullet lists and
            # quotations made of runs, known by their shape.
            elif _block_kind(block) == "RichParagraph":
                self._rich_paragraph(block.runs)
            elif _block_kind(block) == "RichBulletList":
                self._rich_bullets(block)
            elif _block_kind(block) == "Quotation":
                self._quotation(block)
            else:
                raise TypeError(f"not a report block: {type(block).__name__}")

    def finish(self) -> None:
        """Print the footnotes of text outside any section; end the body with a paragraph."""
        self._footnotes()
        body = self.target.element.body
        blocks = [child for child in body if child.tag != qn("w:sectPr")]
        if blocks and blocks[-1].tag == qn("w:tbl"):
            # Word ends every document with a paragraph, never with a table.
            self.paragraph()


def _block_kind(block: Any) -> str:
    return type(block).__name__
