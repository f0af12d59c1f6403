"""The quick path for plain ASCII names sorts exactly like the full Swedish folding."""

from __future__ import annotations

import random
import string
import unicodedata

from app.places.folding import fold, swedish_sort_key


def _slow_key(text: str) -> tuple[str, str]:
    # The long way, written out here: NFC, casefold, strip accents.
    lowered = unicodedata.normalize("NFC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c)), text


def test_ascii_names_get_the_keys_of_the_long_way() -> None:
    """Random printable ASCII names: the quick key equals the slow one."""
    rng = random.Random(20261122)
    for _ in range(5000):
        name = "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 14)))
        assert swedish_sort_key(name) == _slow_key(name)


def test_swedish_letters_still_sort_last() -> None:
    """Åland, Ängelholm and Örebro come after Zürich and Ystad, in that order."""
    names = ["Örebro", "Ystad", "Ängelholm", "Åland", "Zürich", "Arsuk"]
    assert sorted(names, key=swedish_sort_key) == [
        "Arsuk",
        "Ystad",
        "Zürich",
        "Åland",
        "Ängelholm",
        "Örebro",
    ]


def test_ascii_names_fold_as_the_long_way_folds_them() -> None:
    """The quick fold of plain ASCII names (most of an import's) equals NFKC, casefold,
    standalone letters, NFKD and no accents, written out here."""
    rng = random.Random(20261206)
    names = ["Gothenburg", "ÅBO", "Vanersborg", "KÖBENHAVN", ""]
    names += [
        "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 14)))
        for _ in range(5000)
    ]
    for name in names:
        long_way = unicodedata.normalize("NFKC", name).casefold()
        long_way = long_way.translate(str.maketrans({"ø": "o", "æ": "ae", "ß": "ss"}))
        long_way = "".join(
            c for c in unicodedata.normalize("NFKD", long_way) if not unicodedata.combining(c)
        )
        assert fold(name) == long_way, name
