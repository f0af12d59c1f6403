"""Words too wide for a table column are broken between syllables with a hyphen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.i18n import set_language
from app.reports.pdf.fonts import SANS, register_fonts
from app.reports.pdf.hyphens import hyphenated

SIZE = 8.5


@pytest.fixture(autouse=True)
def swedish() -> Iterator[None]:
    """The reports here are Swedish, as a coordinator's are, unless a test says otherwise."""
    set_language("sv")
    yield
    set_language("en")


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


def test_every_line_fits_and_no_piece_is_shorter_than_three_letters() -> None:
    """A long word in a narrow column: each line fits, the letters stay in order, and "Åt-"
    or "-en" never stand alone."""
    word = "planeringsseminarium"
    room = _room("planerings-")
    text = hyphenated(word, room, SANS, SIZE)
    lines = text.split("\n")
    assert len(lines) >= 2
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(line.removesuffix("-") for line in lines) == word
    assert all(stringWidth(line, SANS, SIZE) <= room for line in lines)
    assert all(len(line.removesuffix("-")) >= 3 for line in lines)


def test_english_reports_break_by_the_english_dictionary() -> None:
    """An English report's word breaks where English hyphenation allows ("regis-tration"
    rather than a Swedish rule's "regi-stration")."""
    set_language("en")
    text = hyphenated("registration", _room("regis-"), SANS, SIZE)
    assert text.split("\n")[0] == "regis-"
