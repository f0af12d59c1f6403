"""The document model turned into reportlab flowables, all user text escaped on the way."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    Spacer,
    TableStyle,
    TopPadder,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from app.i18n import translate
from app.reports.cell_text import fill, format_date, personal_data_sentence
from app.reports.document import (
    BulletList,
    FactSheet,
    Figure,
    MemberChart,
    Note,
    PageBreak,
    Paragraph,
    Picture,
    Quotation,
    ReportDocument,
    RichBulletList,
    RichParagraph,
    Run,
    Section,
    Table,
    TownMap,
    TwinningTimeline,
)
from app.reports.map_figure import draw_town_map
from app.reports.pdf.contents import ContentsEntry, ContentsList
from app.reports.pdf.fonts import to_markup
from app.reports.pdf.page import Heading, PageMarker, WholeSheet
from app.reports.pdf.styles import (
    NOTE_PADDING,
    RULE,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    Styles,
    report_styles,
)
from app.reports.pdf.tables import PreparedTable, TableRun, fact_sheet_table
from app.reports.text_safety import clean_text, split_long_text
from app.reports.timeline_figure import (
    MEMBER_CHART_SHARE,
    draw_member_chart,
    draw_twinning_timeline,
)

# A single paragraph flowable never holds more than this many characters, so
# no flowable can outgrow a page even inside containers that cannot split.
MAX_PARAGRAPH_CHARS = 2500

MAX_HEADING_CHARS = 200

_BLANK_LINE = re.compile(r"\n[ \t]*\n+")


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[: cut if cut > 0 else limit].rstrip() + "…"


@dataclass
class Story:
    """The flowables of one report and what the builder needs to know about them."""

    title_page: list[Flowable]
    body: list[Flowable]
    toc_entries: list[ContentsEntry]
    work_units: int


@dataclass
class _Counters:
    tables_as_figures: bool = False
    tables: int = 0
    figures: int = 0
    headings: int = 0
    footnotes: int = 0
    pending_notes: list[tuple[int, str]] = field(default_factory=list)
    toc_entries: list[ContentsEntry] = field(default_factory=list)


def text_pieces(text: str) -> list[str]:
    """``text`` as paragraphs (split at blank lines) of at most MAX_PARAGRAPH_CHARS each."""
    text = clean_text(text).strip()
    pieces: list[str] = []
    for block in _BLANK_LINE.split(text):
        block = block.strip()
        if block:
            pieces.extend(split_long_text(block, MAX_PARAGRAPH_CHARS))
    return pieces


def _paragraphs(text: str, style: Any, suffix: str = "") -> list[Flowable]:
    pieces = text_pieces(text)
    flowables: list[Flowable] = [RLParagraph(to_markup(piece), style) for piece in pieces]
    if suffix and pieces:
        flowables[-1] = RLParagraph(to_markup(pieces[-1]) + suffix, style)
    return flowables


def runs_markup(runs: Sequence[Run]) -> str:
    """Runs as paragraph markup: each run's text escaped, then put in <b> and <i>."""
    parts: list[str] = []
    for run in runs:
        markup = to_markup(run.text)
        if not markup:
            continue
        if run.italic:
            markup = f"<i>{markup}</i>"
        if run.bold:
            markup = f"<b>{markup}</b>"
        parts.append(markup)
    return "".join(parts)


def _runs_paragraphs(runs: Sequence[Run], style: Any, bullet: str | None = None) -> list[Flowable]:
    """One paragraph of runs; a very long one is cut between runs so that it fits a page."""
    pieces: list[list[Run]] = [[]]
    length = 0
    for run in runs:
        parts = split_long_text(clean_text(run.text), MAX_PARAGRAPH_CHARS)
        for number, part in enumerate(parts):
            # The cut inside a run swallowed its space: the next part starts a new piece.
            if (number > 0 or length + len(part) > MAX_PARAGRAPH_CHARS) and pieces[-1]:
                pieces.append([])
                length = 0
            pieces[-1].append(Run(part, run.bold, run.italic))
            length += len(part)
    flowables: list[Flowable] = []
    for index, piece in enumerate(pieces):
        markup = runs_markup(piece).strip()
        if markup:
            flowables.append(RLParagraph(markup, style, bulletText=bullet if index == 0 else None))
    return flowables


def _note_flowables(note: Note, styles: Styles) -> list[Flowable]:
    pieces = text_pieces(note.text) or [""]
    flowables: list[Flowable] = []
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        markup = to_markup(piece)
        if index == 0 and note.label.strip():
            markup = f"<b>{to_markup(note.label.strip())}</b>  {markup}"
        # The pieces share one shaded box: between them exactly the shading of
        # both (frames collapse the gap to the larger of the two spaces).
        seam = 2 * NOTE_PADDING
        style = styles.note.clone(
            f"Note{index}",
            spaceBefore=styles.note.spaceBefore if index == 0 else seam,
            spaceAfter=styles.note.spaceAfter if index == last else seam,
        )
        flowables.append(RLParagraph(markup, style))
    return flowables


def _caption(label_template: str, number: int, caption: str) -> str:
    label = fill(label_template, str(number))
    text = clean_text(caption).strip()
    if not text:
        return f"<b>{to_markup(label)}</b>"
    return f"<b>{to_markup(label)}:</b> {to_markup(text)}"


def _picture(picture: Picture, styles: Styles) -> Flowable:
    try:
        reader = ImageReader(io.BytesIO(picture.png))
        pixel_width, pixel_height = reader.getSize()
    except Exception:  # a broken picture is reported in the text, not as a crash
        return RLParagraph(
            to_markup(translate("Reports", "[The picture could not be read.]")), styles.body
        )
    width = picture.width_mm * mm if picture.width_mm else min(TEXT_WIDTH, pixel_width * 0.75)
    width = min(width, TEXT_WIDTH)
    height = width * pixel_height / max(pixel_width, 1)
    if height > TEXT_HEIGHT * 0.75:
        height = TEXT_HEIGHT * 0.75
        width = height * pixel_width / max(pixel_height, 1)
    image = Image(io.BytesIO(picture.png), width=width, height=height)
    image.hAlign = "LEFT"
    return image


def _figure(figure: Figure, counters: _Counters, styles: Styles) -> list[Flowable]:
    counters.figures += 1
    content: Flowable
    if isinstance(figure.content, TownMap):
        if figure.content.places:
            content = draw_town_map(figure.content.places, TEXT_WIDTH, TEXT_HEIGHT * 0.62)
        else:
            content = RLParagraph(
                to_markup(translate("Reports", "[No places to show.]")), styles.body
            )
    elif isinstance(figure.content, TwinningTimeline):
        content = draw_twinning_timeline(figure.content, TEXT_WIDTH)
    elif isinstance(figure.content, MemberChart):
        content = draw_member_chart(figure.content, TEXT_WIDTH * MEMBER_CHART_SHARE)
        content.hAlign = "LEFT"  # under the caption's start, as the other figures
    else:
        content = _picture(figure.content, styles)
    caption = RLParagraph(
        _caption(translate("Reports", "Figure %1"), counters.figures, figure.caption),
        styles.caption,
    )
    return [Spacer(1, 4), KeepTogether([content, Spacer(1, 5), caption]), Spacer(1, 8)]


def _table(table: Table, counters: _Counters) -> list[Flowable]:
    if counters.tables_as_figures:
        counters.figures += 1
        label, number = translate("Reports", "Figure %1"), counters.figures
    else:
        counters.tables += 1
        label, number = translate("Reports", "Table %1"), counters.tables
    # Header and caption repeat or lead on every page of the table: absurdly
    # long ones are cut here (the Excel export keeps them whole).
    prepared = PreparedTable(
        [_shortened(" ".join(clean_text(c).split()), MAX_HEADING_CHARS) for c in table.columns],
        table.rows,
        table.total,
        _caption(
            label,
            number,
            _shortened(" ".join(clean_text(table.caption).split()), 1000),
        ),
        TEXT_WIDTH,
    )
    return [TableRun(prepared)]


def _fact_sheet(sheet: FactSheet, styles: Styles) -> list[Flowable]:
    title = RLParagraph(
        to_markup(_shortened(" ".join(clean_text(sheet.title).split()), MAX_HEADING_CHARS)),
        styles.fact_title,
    )
    table = fact_sheet_table(sheet, TEXT_WIDTH)
    if len(sheet.facts) <= 25:
        # One flowable, so that a section heading just above keeps with the whole sheet.
        return [WholeSheet(title, table), Spacer(1, 6)]
    return [title, table, Spacer(1, 6)]


def _footnote_block(counters: _Counters, styles: Styles) -> list[Flowable]:
    if not counters.pending_notes:
        return []
    rule = RLTable([[""]], colWidths=[45 * mm], hAlign="LEFT")
    rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.5, RULE)]))
    flowables: list[Flowable] = [Spacer(1, 6), rule]
    for number, text in counters.pending_notes:
        for index, piece in enumerate(text_pieces(text) or [""]):
            lead = f"<super>{number}</super>\u00a0" if index == 0 else ""
            flowables.append(RLParagraph(lead + to_markup(piece), styles.footnote))
    counters.pending_notes.clear()
    return flowables


def _blocks(
    blocks: Sequence[Any], depth: int, counters: _Counters, styles: Styles
) -> list[Flowable]:
    flowables: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Section):
            counters.headings += 1
            key = f"h{counters.headings}"
            full = " ".join(clean_text(block.heading).split())
            # A heading must fit on a page (and a contents line on the contents
            # page); an over-long one is cut and printed in full just below.
            plain = _shortened(full, MAX_HEADING_CHARS)
            markup = to_markup(plain)
            level = min(depth, len(styles.headings) - 1)
            flowables.append(
                Heading(markup, styles.headings[level], level=depth, plain=plain, key=key)
            )
            if plain != full:
                flowables += _paragraphs(full, styles.body)
            if depth <= 1:
                counters.toc_entries.append(ContentsEntry(depth, markup, key))
            flowables += _blocks(block.content, depth + 1, counters, styles)
            if depth == 0:
                flowables += _footnote_block(counters, styles)
        elif isinstance(block, Paragraph):
            marks = []
            for note in block.notes:
                counters.footnotes += 1
                counters.pending_notes.append((counters.footnotes, note))
                marks.append(str(counters.footnotes))
            suffix = f"<super>{','.join(marks)}</super>" if marks else ""
            flowables += _paragraphs(block.text, styles.body, suffix)
        elif isinstance(block, BulletList):
            for item in block.items:
                for index, piece in enumerate(text_pieces(item) or [""]):
                    flowables.append(
                        RLParagraph(
                            to_markup(piece), styles.bullet, bulletText="•" if index == 0 else None
                        )
                    )
            flowables.append(Spacer(1, 5))
        elif isinstance(block, RichParagraph):
            flowables += _runs_paragraphs(block.runs, styles.body)
        elif isinstance(block, RichBulletList):
            for runs in block.items:
                flowables += _runs_paragraphs(runs, styles.bullet, bullet="•")
            flowables.append(Spacer(1, 5))
        elif isinstance(block, Quotation):
            for runs in block.paragraphs:
                flowables += _runs_paragraphs(runs, styles.quotation)
        elif isinstance(block, Note):
            flowables += _note_flowables(block, styles)
        elif isinstance(block, PageBreak):
            flowables.append(RLPageBreak())
        elif isinstance(block, Table):
            flowables += _table(block, counters)
        elif isinstance(block, FactSheet):
            flowables += _fact_sheet(block, styles)
        elif isinstance(block, Figure):
            flowables += _figure(block, counters, styles)
        else:
            raise TypeError(f"not a report block: {type(block).__name__}")
    return flowables


def _title_page(document: ReportDocument, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [Spacer(1, 28 * mm)]
    flowables += _paragraphs(document.title, styles.title)
    if document.subtitle.strip():
        flowables += _paragraphs(document.subtitle, styles.subtitle)
    else:
        flowables.append(Spacer(1, 14))
    facts = [(translate("Reports", "Date"), format_date(document.date))]
    if document.registry_no.strip():
        facts.append((translate("Reports", "Registry number"), document.registry_no))
    if document.author.strip():
        facts.append((translate("Reports", "Author"), document.author))
    rows = [
        [
            RLParagraph(to_markup(label), styles.meta_label),
            # The facts of the title page sit in a table that cannot break.
            RLParagraph(
                to_markup(_shortened(" ".join(clean_text(value).split()), 300)),
                styles.meta_value,
            ),
        ]
        for label, value in facts
    ]
    meta = RLTable(rows, colWidths=[38 * mm, TEXT_WIDTH - 38 * mm], hAlign="LEFT")
    meta.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    flowables.append(meta)
    statement = RLTable(
        [
            [
                RLParagraph(
                    to_markup(_shortened(personal_data_sentence(document.personal_data), 800)),
                    styles.statement,
                )
            ]
        ],
        colWidths=[TEXT_WIDTH],
    )
    statement.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    flowables.append(TopPadder(statement))
    flowables.append(NextPageTemplate("body"))
    flowables.append(RLPageBreak())
    return flowables


def build_story(document: ReportDocument) -> Story:
    """All flowables for ``document``, without the table of contents."""
    styles = report_styles()
    counters = _Counters(tables_as_figures=document.tables_as_figures)
    body = _blocks(document.body, 0, counters, styles)
    body += _footnote_block(counters, styles)
    units = 0
    for flowable in body:
        if isinstance(flowable, TableRun):
            units += len(flowable.prepared.rows) + 1
        else:
            units += 1
    return Story(
        title_page=_title_page(document, styles),
        body=body,
        toc_entries=counters.toc_entries,
        work_units=units,
    )


def contents_pages(entries: list[ContentsEntry]) -> list[Flowable]:
    """The table of contents on its own page(s), then the marker of the first body page."""
    styles = report_styles()
    return [
        RLParagraph(to_markup(translate("Reports", "Contents")), styles.toc_heading),
        ContentsList(entries),
        RLPageBreak(),
        PageMarker("body"),
    ]
