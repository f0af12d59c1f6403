"""The coordinator's own sections, put into the report document where she placed them.

Each :class:`~app.mapping.content.OwnSection` follows the survey's section named
by its ``after`` key (several after the same one keep her order). Its text is
her formatted text, read by :mod:`app.reports.rich_text`; an empty heading or
text prints as a placeholder in a draft, which keeps the report from being
marked final (:mod:`app.mapping.finalising`).
"""

from __future__ import annotations

from dataclasses import replace

from app.mapping.assemble import heading
from app.mapping.content import SECTION_KEYS, MappingContent, OwnSection
from app.mapping.drafts import placeholder
from app.reports.document import Block, Note, ReportDocument, Section
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
        following.setdefault(heading(key), []).append(own_section_block(own))
    body: list[Block] = []
    for block in document.body:
        body.append(block)
        if isinstance(block, Section) and block.heading in following:
            body.extend(following.pop(block.heading))
    for left in following.values():
        body.extend(left)  # the section it follows is not printed: at the end, not lost
    return replace(document, body=body)
