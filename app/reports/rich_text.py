"""The coordinator's formatted text: a small Markdown subset read into the document model.

She types plain text with a few marks, the same in every text box of the
mapping wizard, and it is stored exactly as typed:

- a blank line starts a new paragraph; a single line break stays a line break;
- ``**bold**``, ``*italic*`` and ``***both***`` inside a line;
- lines starting with ``- `` (or ``* ``) are a bulleted list;
- lines starting with ``> `` are a quotation;
- a backslash before a star (``\\*``) prints the star itself.

Marks that are not closed, and a star with spaces on both sides ("2 * 3"),
print as they were typed: no text she writes can vanish or break the report.
Nothing here is HTML: every run stays plain text for the renderers to escape.
"""

from __future__ import annotations

import re

from app.reports.document import Quotation, RichBulletList, RichParagraph, Run

RichBlock = RichParagraph | RichBulletList | Quotation
"""What :func:`parse_rich_text` returns: the blocks of one text."""

_BULLET = re.compile(r"^[ \t]*[-*•][ \t]+")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
# A run of stars (one to three), an escaped star, or anything else.
_TOKEN = re.compile(r"\\\*|\*{1,3}|[^*\\]+|\\")


def parse_rich_text(text: str) -> list[RichBlock]:
    """The blocks of ``text``: paragraphs, bullet lists and quotations, in order."""
    blocks: list[RichBlock] = []
    paragraph: list[str] = []
    bullets: list[str] = []
    quote: list[list[str]] = []

    def flush() -> None:
        if paragraph:
            blocks.append(RichParagraph(inline_runs("\n".join(paragraph))))
            paragraph.clear()
        if bullets:
            blocks.append(RichBulletList([inline_runs(item) for item in bullets]))
            bullets.clear()
        if quote:
            blocks.append(Quotation([inline_runs("\n".join(lines)) for lines in quote if lines]))
            quote.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            if quote and quote[-1]:
                quote.append([])  # a blank line inside a quotation: its next paragraph
                continue
            flush()
            continue
        quoted = _QUOTE.match(line)
        if quoted and not line.lstrip().startswith(">>"):
            if paragraph or bullets:
                flush()
            rest = line[quoted.end() :]
            if not quote:
                quote.append([])
            if rest.strip():
                quote[-1].append(rest)
            elif quote[-1]:
                quote.append([])
            continue
        if quote:
            flush()
        bullet = _BULLET.match(line)
        if bullet:
            if paragraph:
                flush()
            bullets.append(line[bullet.end() :])
            continue
        if bullets and raw[:1] in (" ", "\t"):
            bullets[-1] += "\n" + line.strip()  # an indented line carries on the item
            continue
        if bullets:
            flush()
        paragraph.append(line)
    flush()
    return blocks


def inline_runs(text: str) -> list[Run]:
    """``text`` cut into runs at its bold and italic marks; unmatched marks stay as text."""
    tokens = _TOKEN.findall(text)
    marks = _paired_marks(tokens)
    runs: list[Run] = []
    bold = italic = False
    for index, token in enumerate(tokens):
        if index in marks:
            if len(token) in (2, 3):
                bold = not bold
            if len(token) in (1, 3):
                italic = not italic
            continue
        piece = "*" if token == "\\*" else token
        if runs and runs[-1].bold == bold and runs[-1].italic == italic:
            runs[-1] = Run(runs[-1].text + piece, bold, italic)
        else:
            runs.append(Run(piece, bold, italic))
    return runs


def _paired_marks(tokens: list[str]) -> set[int]:
    """The indexes of star tokens that open or close a face; the others are text."""
    used: set[int] = set()
    for width in (3, 2, 1):
        opening: int | None = None
        for index, token in enumerate(tokens):
            if token != "*" * width:
                continue
            before = tokens[index - 1] if index > 0 else ""
            after = tokens[index + 1] if index + 1 < len(tokens) else ""
            can_open = bool(after) and not after[0].isspace()
            can_close = bool(before) and not before[-1].isspace()
            if opening is None:
                if can_open:
                    opening = index
            elif can_close:
                used.update((opening, index))
                opening = None
            elif can_open:
                opening = index
    return used


def plain_text(text: str) -> str:
    """``text`` with its marks taken out: what it says, without the formatting."""
    lines: list[str] = []
    for block in parse_rich_text(text):
        if isinstance(block, RichParagraph):
            lines.append("".join(run.text for run in block.runs))
        elif isinstance(block, RichBulletList):
            lines.extend("".join(run.text for run in item) for item in block.items)
        else:
            lines.extend("".join(run.text for run in p) for p in block.paragraphs)
    return "\n\n".join(lines)
