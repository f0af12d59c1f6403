"""Her part of the document: her own sections where she placed them, her texts formatted.

Each :class:`~app.mapping.content.OwnSection` follows the survey's section named
by its ``after`` key (several after the same one keep her order). Its text is
her formatted text, read by :mod:`app.reports.rich_text`; an empty heading or
text prints as a placeholder in a draft, which keeps the report from being
marked final (:mod:`app.mapping.finalising`).

Her texts in the survey's sections (the commission, method, history, outlook,
analysis, recommendations ...) are drafted into the document as plain
paragraphs; :func:`with_formatted_texts` reads each of them as formatted text,
so "**fet**" prints bold there too, whoever drafted the section around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.mapping.assemble import section_heading
from app.mapping.content import SECTION_KEYS, MappingContent, OwnSection
from app.mapping.drafts import placeholder
from app.reports.document import Block, Note, Paragraph, ReportDocument, Section
from app.reports.rich_text import parse_rich_text


def own_section_block(own: OwnSection) -> Section:
    """One of her sections as the report prints it."""
    content: list[Block] = list(parse_rich_text(own.text))
    if not content:
        content = [Note(placeholder("own_section"))]
    return Section(own.heading.strip() or placeholder("own_heading"), content)


def with_own_sections(document: ReportDocument, content: MappingContent) -> ReportDocument:
    """``document`` with her sections placed after the sections they follow."""
    if not content.own_sections:
        return document
    following: dict[str, list[Section]] = {}
    for own in content.own_sections:
        key = own.after if own.after in SECTION_KEYS else "analysis"
        following.setdefault(section_heading(content, _printed_before(content, key)), []).append(
            own_section_block(own)
        )
    body: list[Block] = []
    for block in document.body:
        body.append(block)
        if isinstance(block, Section) and block.heading in following:
            body.extend(following.pop(block.heading))
    for left in following.values():
        body.extend(left)  # the section it follows is not printed: at the end, not lost
    return replace(document, body=body)


def _printed_before(content: MappingContent, key: str) -> str:
    """``key``, or if she left that section out, the nearest shown section before it in her order."""
    layout = content.layout()
    keys = [place.key for place in layout]
    for place in reversed(layout[: keys.index(key) + 1]):
        if place.shown:
            return place.key
    return key


def her_texts(content: MappingContent) -> set[str]:
    """Every text of hers that the report prints as a paragraph of its own."""
    c = content
    texts = {
        c.commission.text,
        c.scope.method,
        c.scope.sources_consulted,
        c.scope.left_out,
        c.history.text,
        c.towns.text,
        c.agreements.text,
        c.activities.text,
        c.outlook.text,
        c.analysis.text,
        *(item.text for item in c.recommendations.items),
    }
    return {text for text in texts if text.strip()}


def with_formatted_texts(document: ReportDocument, content: MappingContent) -> ReportDocument:
    """``document`` with each paragraph that is one of her texts read as formatted text."""
    texts = her_texts(content)
    if not texts:
        return document
    return replace(document, body=_formatted(document.body, texts))


def _formatted(blocks: Sequence[Block], texts: set[str]) -> list[Block]:
    result: list[Block] = []
    for block in blocks:
        if isinstance(block, Section):
            result.append(replace(block, content=_formatted(block.content, texts)))
        elif isinstance(block, Paragraph) and not block.notes and block.text in texts:
            result.extend(parse_rich_text(block.text))
        else:
            result.append(block)
    return result
