"""Making user text safe for the renderers: no control characters, no markup, no formulas.

Everything a user typed reaches a PDF paragraph or an Excel cell through these
functions, so a name such as ``Smith & Co <AB>`` prints literally and a note
starting with ``=`` never becomes a formula.
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 control characters except tab and newline, lone surrogates (which
# cannot be encoded) and the two XML non-characters. Excel and reportlab
# reject or mangle all of them.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# What a spreadsheet would start reading as a formula or a command.
_FORMULA_STARTS = ("=", "+", "-", "@")

# Excel's error literals: typed into a cell they become error values.
EXCEL_ERROR_LITERALS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA")
)


def clean_text(text: str) -> str:
    """``text`` without control characters, with newlines as ``\\n`` and composed accents.

    NFC matters for PDFs: reportlab draws one glyph per code point, so "ö" typed
    as "o" plus a combining diaeresis would print as two marks.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _UNWANTED.sub("", text))


def escape_markup(text: str) -> str:
    """``text`` escaped for reportlab's paragraph markup (``&``, ``<`` and ``>``)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def reads_as_formula(text: str) -> bool:
    """True when a spreadsheet would take ``text`` for a formula or an error value."""
    stripped = text.lstrip()
    return stripped.startswith(_FORMULA_STARTS) or stripped.upper() in EXCEL_ERROR_LITERALS


def split_long_text(text: str, max_chars: int) -> list[str]:
    """``text`` cut into pieces of at most ``max_chars``, at spaces where possible.

    Cuts fall after a full stop where one is near the end of a piece, else at a
    space; text without spaces is cut hard. The pieces joined with single spaces
    read as the original (whitespace runs at the cuts become one space).
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    pieces: list[str] = []
    rest = text
    while len(rest) > max_chars:
        # A sentence end in the second half of the window makes the seam invisible.
        cut = rest.rfind(". ", max_chars // 2, max_chars) + 1
        if cut <= 0:
            cut = rest.rfind(" ", 0, max_chars + 1)
        if cut <= 0:
            pieces.append(rest[:max_chars])
            rest = rest[max_chars:]
        else:
            pieces.append(rest[:cut].rstrip())
            rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces
