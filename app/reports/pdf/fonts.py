"""The bundled fonts, and markup that switches to the CJK font where DejaVu has no glyph.

reportlab draws a missing glyph as a blank without complaint, so every run of
characters DejaVu Sans lacks (江差町) is wrapped in the fallback font.
"""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.reports.text_safety import clean_text, escape_markup
from app.resource_paths import fonts_dir

SANS = "VanortSans"
SANS_BOLD = "VanortSans-Bold"
FALLBACK = "VanortFallback"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallback.ttf",
}


@functools.cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file_name)))
    # <b> inside a paragraph maps through these families; there is no italic
    # cut bundled, so italic falls back to the upright face.
    for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
        addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
        addMapping(FALLBACK, bold, italic, FALLBACK)


@functools.cache
def _sans_code_points() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(SANS)
    return frozenset(font.face.charToGlyph)


@functools.cache
def _fallback_code_points() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FALLBACK)
    return frozenset(font.face.charToGlyph)


def _wants_fallback(char: str) -> bool:
    code = ord(char)
    return code not in _sans_code_points() and code in _fallback_code_points()


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` must come from the CJK fallback font."""
    if text.isascii():
        return False
    return any(_wants_fallback(char) for char in text)


def font_for_label(text: str) -> str:
    """One font for a short label drawn outside paragraphs (map labels).

    The fallback font has Latin letters too, so a label with any CJK character
    is set entirely in it.
    """
    return FALLBACK if needs_fallback(text) else SANS


def to_markup(text: str) -> str:
    """Plain user text as safe paragraph markup: cleaned, escaped, CJK runs in the fallback.

    Newlines become line breaks; tabs become spaces.
    """
    text = clean_text(text).replace("\t", " ")
    if not needs_fallback(text):
        return escape_markup(text).replace("\n", "<br/>")
    parts: list[str] = []
    run: list[str] = []
    run_is_fallback = False

    def flush() -> None:
        if not run:
            return
        escaped = escape_markup("".join(run)).replace("\n", "<br/>")
        parts.append(f'<font name="{FALLBACK}">{escaped}</font>' if run_is_fallback else escaped)
        run.clear()

    for char in text:
        # Spaces and line breaks join whichever run they are in.
        wanted = run_is_fallback if char in " \n" else _wants_fallback(char)
        if wanted != run_is_fallback:
            flush()
            run_is_fallback = wanted
        run.append(char)
    flush()
    return "".join(parts)
