"""A word too wide for its table column, broken with a hyphen between two syllables.

A table of seven columns on A4 (the decision register) has columns narrower than
"planeringsseminarium" or "kommunfullmäktige". reportlab then cuts such a word
wherever the line ends and prints no hyphen ("Återrapporteringe" / "n"). Here
such a word, and only such a word, is broken with a hyphen where the language's
hyphenation dictionary allows it ("kommunfullmäk-tige"; pyphen, with the
dictionaries LibreOffice uses). Only plain words of letters are touched: numbers,
codes, addresses and anything with punctuation are left to reportlab, so that
they come out of the PDF exactly as typed.
"""

from __future__ import annotations

import functools
import re

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.i18n import current_language

LONGEST_WORD = 40  # a longer run of letters is no word to hyphenate
LEAST_PIECE = 3  # letters left on either side of a break
# The report's language to pyphen's dictionary: Swedish, and British English as the
# English reports spell.
DICTIONARIES = {"sv": "sv", "en": "en_GB"}

_WORD = re.compile(r"\S+")


@functools.cache
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTIONARIES.get(language, "sv"), left=LEAST_PIECE, right=LEAST_PIECE)


def _breaks(word: str) -> list[int]:
    """Where ``word`` may be broken in the language of the report being written."""
    return list(_dictionary(current_language()).positions(word))


def _broken(word: str, room: float, font: str, size: float) -> str:
    """``word`` in lines of at most ``room`` points, each but the last ending in "-"."""
    if len(word) > LONGEST_WORD or not word.isalpha() or stringWidth(word, font, size) <= room:
        return word
    lines = []
    start = 0  # where the part not yet placed begins
    breaks = _breaks(word)  # of the whole word: a piece alone is no word to the dictionary
    while stringWidth(word[start:], font, size) > room:
        fitting = [
            at
            for at in breaks
            if at > start and stringWidth(word[start:at] + "-", font, size) <= room
        ]
        if not fitting:
            break  # no syllable fits: reportlab cuts the rest as it would have
        lines.append(word[start : fitting[-1]] + "-")
        start = fitting[-1]
    rest = word[start:]
    return "\n".join([*lines, rest])


def hyphenated(text: str, room: float, font: str, size: float) -> str:
    """``text`` with each word wider than ``room`` points broken over lines with a hyphen."""
    return _WORD.sub(lambda match: _broken(match.group(0), room, font, size), text)
