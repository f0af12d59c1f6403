"""Draft and final: what still stands between a draft mapping report and a final one.

A draft may print placeholders ("[Skriv här: ...]") and says "UTKAST" across
every page. A report is only marked final when nothing of that remains: no
placeholder anywhere in the text, a registry number and an author on the
title page, and a heading and a text for every section she added herself.
The check reads the document exactly as it would be printed, so a placeholder
printed by any section is found, whoever wrote the section's drafting, and a
section she left out of the report (``MappingContent.section_layout``) asks
for nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from app.i18n import translate
from app.mapping.content import MappingContent
from app.mapping.drafts import PLACEHOLDERS, placeholder
from app.reports.cell_text import fill
from app.reports.document import (
    Block,
    BulletList,
    FactSheet,
    Note,
    Paragraph,
    Quotation,
    ReportDocument,
    RichBulletList,
    RichParagraph,
    Section,
    Table,
    plain_runs,
)


@dataclass(frozen=True)
class Missing:
    """One thing a final report still lacks: where, and what."""

    section: str
    """The heading of the section it is in; empty for the title page."""
    what: str

    @property
    def text(self) -> str:
        """The one line the wizard lists: "Metod och avgränsning: [Skriv här: ...]"."""
        if not self.section:
            return self.what
        return fill(translate("Mapping", "%1: %2"), self.section, self.what)


def missing_for_final(content: MappingContent, document: ReportDocument) -> list[Missing]:
    """Everything that must be written before the report may be marked final.

    ``document`` is the report built as a draft, which shows the placeholders of
    what is not written yet.

    An empty list means the report may be finalised.
    """
    missing: list[Missing] = []
    commission = content.commission
    if not commission.registry_no.strip():
        missing.append(Missing("", translate("Mapping", "The registry number is empty.")))
    if not commission.author.strip():
        missing.append(Missing("", translate("Mapping", "The author is empty.")))
    for number, own in enumerate(content.own_sections, start=1):
        name = own.heading.strip() or fill(translate("Mapping", "Your section %1"), str(number))
        if not own.heading.strip():
            missing.append(Missing(name, translate("Mapping", "The section has no heading.")))
    wanted = [placeholder(key) for key in PLACEHOLDERS]
    seen: set[tuple[str, str]] = set()
    for section, text in _texts(document.body, ""):
        for marker in wanted:
            if marker in text and (section, marker) not in seen:
                seen.add((section, marker))
                missing.append(Missing(section, marker))
    return missing


def _texts(blocks: Sequence[Block], section: str) -> Iterator[tuple[str, str]]:
    """Every printed text of ``blocks`` with the top-level section it stands in."""
    for block in blocks:
        if isinstance(block, Section):
            # Headings are checked by name above: a placeholder is looked for in text.
            yield from _texts(block.content, section or block.heading)
        elif isinstance(block, Paragraph):
            yield section, block.text
        elif isinstance(block, Note):
            yield section, f"{block.label} {block.text}"
        elif isinstance(block, BulletList):
            for item in block.items:
                yield section, item
        elif isinstance(block, RichParagraph):
            yield section, plain_runs(block.runs)
        elif isinstance(block, RichBulletList | Quotation):
            parts = block.items if isinstance(block, RichBulletList) else block.paragraphs
            for runs in parts:
                yield section, plain_runs(runs)
        elif isinstance(block, Table):
            for row in (*block.rows, *([block.total] if block.total else [])):
                for cell in row:
                    if isinstance(cell, str):
                        yield section, cell
        elif isinstance(block, FactSheet):
            for _label, value in block.facts:
                if isinstance(value, str):
                    yield section, value
