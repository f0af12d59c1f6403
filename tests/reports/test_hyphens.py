"""Words too wide for a table column are broken between syllables with a hyphen."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.pdf.fonts import SANS, register_fonts
from app.reports.pdf.hyphens import hyphenated

SIZE = 8.5


def _room(text: str) -> float:
    register_fonts()
    return float(stringWidth(text, SANS, SIZE))


def test_a_word_wider_than_its_column_breaks_before_a_consonant_and_vowel() -> None:
    """ "kommunfullmäktige" in a column as wide as "kommunfullmäk-" breaks there."""
    room = _room("kommunfullmäk-")
    assert hyphenated("kommunfullmäktige", room, SANS, SIZE) == "kommunfullmäk-\ntige"
    assert hyphenated("Återrapporteringen läggs", _room("Återrapporteri"), SANS, SIZE) == (
        "Återrapporte-\nringen läggs"
    )


def test_a_word_that_fits_and_anything_but_letters_are_left_alone() -> None:
    """Words that fit, numbers, codes and addresses come out of the PDF as typed."""
    room = _room("Holmestrand")
    for text in ("Holmestrand", "KS 2014/201", '=HYPERLINK("http://example.org","x")', "2014"):
        assert hyphenated(text, room, SANS, SIZE) == text


def test_one_sound_is_never_split_and_no_piece_is_shorter_than_three_letters() -> None:
    """ "ringen" never "rin-gen"; "Åt-" or "-en" never stand alone."""
    text = hyphenated("planeringen", _room("planerin-"), SANS, SIZE)
    assert text == "plane-\nringen"
    assert all(len(piece.rstrip("-")) >= 3 for piece in text.split("\n"))
