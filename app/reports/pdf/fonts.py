"""The bundled fonts, and markup that switches to the CJK font where DejaVu has no glyph.

reportlab draws a missing glyph as a blank without complaint, so every run of
characters DejaVu Sans lacks (江差町) is wrapped in the fallback font.
"""

from __future__ import annotations

import functools
import re

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.reports.text_safety import clean_text, escape_markup
from app.resource_paths import fonts_dir

SANS = "VanortSans"
SANS_BOLD = "VanortSans-Bold"
SANS_ITALIC = "VanortSans-Oblique"
SANS_BOLD_ITALIC = "VanortSans-BoldOblique"
FALLBACK = "VanortFallback"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    FALLBACK: "DroidSansFallback.ttf",
}


@functools.cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
    # <b> and <i> inside a paragraph map through these families; the CJK
    # fallback has one face only.
    faces = {(0, 0): SANS, (1, 0): SANS_BOLD, (0, 1): SANS_ITALIC, (1, 1): SANS_BOLD_ITALIC}
    for (bold, italic), face in faces.items():
        addMapping(SANS, bold, italic, face)
        addMapping(FALLBACK, bold, italic, FALLBACK)


@functools.cache
def _fallback_pattern() -> re.Pattern[str]:
    """A character class of everything DejaVu Sans lacks and the fallback font has."""
    register_fonts()
    sans = set(pdfmetrics.getFont(SANS).face.charToGlyph)
    wanted = sorted(
        code for code in pdfmetrics.getFont(FALLBACK).face.charToGlyph if code not in sans
    )
    ranges: list[str] = []
    start = previous = wanted[0]
    for code in [*wanted[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        ranges.append(
            re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else "")
        )
        start = previous = code
    # Whitespace joins the run it stands in, so a CJK phrase with spaces stays one run.
    return re.compile("[" + "".join(ranges) + "](?:[ \n]*[" + "".join(ranges) + "])*")


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` must come from the CJK fallback font."""
    if text.isascii():
        return False
    return _fallback_pattern().search(text) is not None


def font_runs(text: str, font: str = SANS) -> list[tuple[str, str]]:
    """``text`` cut into (run, font name) pieces: CJK runs in the fallback, the rest in ``font``.

    For text drawn outside paragraphs (letterhead, footer, map labels). The
    fallback font has no Latin letters, so a label is never set in it whole.
    """
    if not needs_fallback(text):
        return [(text, font)]
    runs: list[tuple[str, str]] = []
    position = 0
    for run in _fallback_pattern().finditer(text):
        if run.start() > position:
            runs.append((text[position : run.start()], font))
        runs.append((run.group(), FALLBACK))
        position = run.end()
    if position < len(text):
        runs.append((text[position:], font))
    return runs


def text_width(text: str, size: float, font: str = SANS) -> float:
    """Width in points of ``text`` drawn in ``font`` with CJK runs in the fallback."""
    return float(
        sum(pdfmetrics.stringWidth(run, name, size) for run, name in font_runs(text, font))
    )


def to_markup(text: str) -> str:
    """Plain user text as safe paragraph markup: cleaned, escaped, CJK runs in the fallback.

    Newlines become line breaks; tabs become spaces.
    """
    text = clean_text(text).replace("\t", " ")
    if not needs_fallback(text):
        return escape_markup(text).replace("\n", "<br/>")
    parts: list[str] = []
    position = 0
    for run in _fallback_pattern().finditer(text):
        parts.append(escape_markup(text[position : run.start()]).replace("\n", "<br/>"))
        escaped = escape_markup(run.group()).replace("\n", "<br/>")
        parts.append(f'<font name="{FALLBACK}">{escaped}</font>')
        position = run.end()
    parts.append(escape_markup(text[position:]).replace("\n", "<br/>"))
    return "".join(parts)
