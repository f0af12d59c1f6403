"""Folding of place names for matching and Swedish alphabetical order.

Matching ignores case and accents, so "Siglufjörður", "SIGLUFJORDUR" and
"Siglufjordur" fold alike. Letters that are not an accented base letter get the
spelling people use when they cannot type them: ø→o, æ→ae, ð→d, þ→th, ł→l, ß→ss.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_STANDALONE_LETTERS = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ð": "d",
        "đ": "d",
        "þ": "th",
        "ł": "l",
        "ß": "ss",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
    }
)

# Word characters without the underscore: letters of any script and digits.
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """``text`` case-folded, with accents removed and standalone letters spelled out."""
    if text.isascii():
        # Most names: no accents to remove, and casefold is lower for ASCII (five times faster).
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_STANDALONE_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def folded_words(text: str) -> list[str]:
    """The words of ``text`` after folding; punctuation and apostrophes separate words."""
    return _WORD.findall(fold(text))


# Romanian ș and ț are written with a comma below, but old fonts and keyboards gave the
# Turkish letters with a cedilla: "Chişinău" and "Chișinău" are one spelling.
_CEDILLA_AS_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})
# Anything but letters, digits and combining accents separates words: "Washington, D.C."
_NOT_NAME = re.compile(r"[^\w\u0300-\u036f]|_")


@functools.lru_cache(maxsize=1 << 16)
def spelling_key(text: str) -> str:
    """A key equal for names written the same way: accents count, nothing else does.

    Case, Unicode form (composed or not), the cedilla or comma under s and t, punctuation
    and spacing are ignored, so "Washington, D.C." is "Washington D.C."; "Münster" and
    "Munster" stay apart (that is for :func:`match_key` and the user).
    """
    if text.isascii():
        # Most names (and the gazetteer's hundreds of thousands): nothing to normalise.
        lowered = text.lower()
        if not lowered.replace(" ", "").isalnum():
            lowered = _NOT_NAME.sub(" ", lowered)
        return " ".join(lowered.split())
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _NOT_NAME.sub(" ", text.casefold().translate(_CEDILLA_AS_COMMA))
    return " ".join(text.split())


_ASCII_WORD = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """A key equal for texts that differ only in case, accents, punctuation or spacing.

    Kept for the last names asked, as :func:`spelling_key` is: an import folds each of
    its names for the country check, the grouping and the gazetteer.
    """
    if text.isascii():
        # Most names: nothing to fold, and this is five times faster (the gazetteer's index).
        return " ".join(_ASCII_WORD.findall(text.lower()))
    return " ".join(folded_words(text))


# In the Swedish alphabet å, ä, ö follow z (in that order); æ sorts as ä, ø as ö, ü as y.
# The replacements are characters that sort after "z" in code-point order.
_SWEDISH_LETTERS = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})


def swedish_sort_key(text: str) -> tuple[str, str]:
    """A sort key that puts names in Swedish dictionary order (Åland after Zambia)."""
    if text.isascii():
        # Most names: nothing to fold, and lower() is what the long way gives.
        return text.lower(), text
    lowered = unicodedata.normalize("NFC", text).casefold().translate(_SWEDISH_LETTERS)
    # Fold what is left (é→e, ł→l …); the Swedish letters are already out of reach.
    return fold(lowered), text
