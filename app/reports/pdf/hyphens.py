"""A word too wide for its table column, broken with a hyphen between two syllables.

A table of seven columns on A4 (the decision register) has columns narrower than
"planeringsseminarium" or "kommunfullmäktige". reportlab then cuts such a word
wherever the line ends and prints no hyphen ("Återrapporteringe" / "n"). Here the
word is broken where Swedish (and most European) hyphenation allows it, before the
last consonant ahead of a vowel ("kommun-fullmäktige", "planeringssemi-narium"),
with a hyphen, and only when it cannot fit whole. Only plain words of letters are
touched: numbers, codes, addresses and anything with punctuation are left to
reportlab, so that they come out of the PDF exactly as typed.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

VOWELS = frozenset("aeiouyåäöéèêëáàâíìîïóòôúùûüæø")
# Two letters that stand for one sound and are never split ("ng" in "ringen", "sj").
ONE_SOUND = frozenset({"ng", "ck", "ch", "sh", "sj", "tj", "kj", "dj", "gj", "lj", "hj", "th"})
LONGEST_WORD = 40  # a longer run of letters is no word to hyphenate
LEAST_PIECE = 3  # letters left on either side of a break

_WORD = re.compile(r"\S+")


def _breaks(word: str) -> list[int]:
    """Where ``word`` may be broken: before a consonant that a vowel follows."""
    lower = word.lower()
    found = []
    for at in range(LEAST_PIECE, len(word) - LEAST_PIECE + 1):
        consonant, vowel = lower[at], lower[at + 1] if at + 1 < len(lower) else ""
        if consonant in VOWELS or vowel not in VOWELS:
            continue
        if lower[at - 1 : at + 1] in ONE_SOUND:
            continue
        found.append(at)
    return found


def _broken(word: str, room: float, font: str, size: float) -> str:
    """``word`` in lines of at most ``room`` points, each but the last ending in "-"."""
    if len(word) > LONGEST_WORD or not word.isalpha() or stringWidth(word, font, size) <= room:
        return word
    lines = []
    rest = word
    while stringWidth(rest, font, size) > room:
        fitting = [at for at in _breaks(rest) if stringWidth(rest[:at] + "-", font, size) <= room]
        if not fitting:
            break  # no syllable fits: reportlab cuts the rest as it would have
        at = fitting[-1]
        lines.append(rest[:at] + "-")
        rest = rest[at:]
    return "\n".join([*lines, rest])


def hyphenated(text: str, room: float, font: str, size: float) -> str:
    """``text`` with each word wider than ``room`` points broken over lines with a hyphen."""
    return _WORD.sub(lambda match: _broken(match.group(0), room, font, size), text)
