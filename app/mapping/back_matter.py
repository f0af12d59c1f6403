"""The back of the mapping report: Källförteckning and Bilagor.

The sources are the register's (decisions with § and registry number, the
governing documents, agreements, the references activities cite, attached
files) and those she adds; never the database file and never the report
itself. The appendices are the fact sheets (several to a page), the files she
appends, and last the evidence behind the status table.
"""

from __future__ import annotations

from app.i18n import translate
from app.mapping.content import MappingContent, lines_of
from app.mapping.data import MappingData
from app.mapping.drafts import default_title
from app.mapping.status_table import evidence_blocks
from app.reports.cell_text import fill
from app.reports.document import (
    Block,
    BulletList,
    FactSheet,
    Figure,
    PageBreak,
    Paragraph,
    Picture,
    Section,
)


def source_blocks(content: MappingContent, data: MappingData) -> list[Block]:
    """Källförteckning: the register's sources, her outlook sources and her own, each once."""
    c = content.commission
    # A mapping of the year the report is dated or its period ends in is this one.
    years = {(c.report_date or data.made_at.date()).year, data.period[1]}
    entries = [
        _capitalised(line)
        for line in data.sources
        if not _cites_this_report(line, c.title.strip() or default_title(), years)
    ]
    entries += lines_of(content.outlook.sources)
    entries += lines_of(content.sources.own)
    entries = list(dict.fromkeys(entries))
    if not entries:
        return [Paragraph(translate("Mapping", "The register holds no sources to list."))]
    return [BulletList(entries)]


def appendix_blocks(data: MappingData) -> list[Block]:
    """Bilagor: the fact sheets, the appended files (a page each), the evidence last."""
    blocks: list[Block] = []
    number = 0
    if data.fact_sheets:
        number += 1
        # Several to a page: no page break between them.
        sheets: list[Block] = [
            FactSheet(sheet.title, list(sheet.facts)) for sheet in data.fact_sheets
        ]
        blocks.append(
            Section(fill(translate("Mapping", "Appendix %1: The twin towns"), str(number)), sheets)
        )
    for attachment in data.attachments:
        number += 1
        if blocks:
            blocks.append(PageBreak())  # each appended document starts a page
        content: list[Block] = []
        if attachment.description:
            content.append(Paragraph(attachment.description))
        facts = fill(translate("Mapping", "File: %1"), attachment.filename)
        if attachment.attached_to:
            facts += "\n" + fill(translate("Mapping", "Kept with: %1"), attachment.attached_to)
        content.append(Paragraph(facts))
        if attachment.png is not None:
            content.append(Figure(Picture(attachment.png), attachment.filename))
        blocks.append(
            Section(
                fill(translate("Mapping", "Appendix %1: %2"), str(number), attachment.filename),
                content,
            )
        )
    # The evidence behind the status table comes last: it is for the reader who checks.
    evidence = evidence_blocks(data)
    if evidence:
        number += 1
        blocks.append(
            Section(
                fill(translate("Mapping", "Appendix %1: What each status rests on"), str(number)),
                evidence,
            )
        )
    return blocks


def _cites_this_report(line: str, title: str, years: set[int]) -> bool:
    """True for a reference to this very mapping (the register may cite it as its source).

    A mapping cannot list itself among its sources: a reference that starts
    with the report's title, or names a mapping ("Kartläggning …") of one of
    ``years`` (the report's date, the end of its period), is left out.
    """
    text = line.strip().casefold()
    if title and text.startswith(title.casefold()):
        return True
    # The register's references are in the municipality's language, Swedish, whatever
    # language the report is printed in.
    words = {translate("Mapping", "Mapping").casefold(), "kartläggning"}
    return any(text.startswith(w) for w in words) and any(str(y) in text for y in years)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
