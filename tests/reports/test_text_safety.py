"""User text is cleaned and escaped the same way for every renderer."""

from __future__ import annotations

import pytest

from app.reports.text_safety import clean_text, escape_markup, reads_as_formula, split_long_text


def test_control_characters_are_removed_but_lines_and_tabs_stay() -> None:
    """Bell, NUL, escape and C1 controls go; newline and tab stay; CR LF becomes LF."""
    assert clean_text("Ring\x07klocka\x00\x1b[0m") == "Ringklocka[0m"
    assert clean_text("a\r\nb\rc\td\x85e") == "a\nb\nc\tde"


def test_lone_surrogates_and_xml_non_characters_are_removed() -> None:
    """Text that cannot be written as UTF-8 or XML loses only the bad code points."""
    assert clean_text("Eiði\ud800\ufffe\uffff") == "Eiði"


def test_decomposed_accents_are_composed() -> None:
    """An "ö" typed as o plus a combining diaeresis becomes the single letter."""
    assert clean_text("Siglufjo\u0308rður") == "Siglufjörður"


def test_markup_characters_are_escaped() -> None:
    """&, < and > become entities, so reportlab reads no tags out of user text."""
    assert escape_markup("Smith & Co <AB>") == "Smith &amp; Co &lt;AB&gt;"
    assert escape_markup("<b>fet</b>") == "&lt;b&gt;fet&lt;/b&gt;"


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://example.org","x")',
        "+46 8 123",
        "-1+2",
        "@SUM(A1)",
        "#N/A",
        " =1",
        "#div/0!",
    ],
)
def test_formula_like_text_is_recognised(text: str) -> None:
    """Anything a spreadsheet would evaluate or show as an error is flagged."""
    assert reads_as_formula(text)


@pytest.mark.parametrize("text", ["Nuuk", "R&D", "46 8 123", "A=B", "#1 i kedjan", ""])
def test_ordinary_text_is_not_taken_for_a_formula(text: str) -> None:
    """Text that merely contains such characters later on is left alone."""
    assert not reads_as_formula(text)


def test_long_text_is_cut_at_sentences_and_reads_the_same_joined() -> None:
    """No piece is longer than asked; joined with spaces the words are all there in order."""
    text = " ".join(f"Mening nummer {n} om vänorter." for n in range(400))
    pieces = split_long_text(text, 500)
    assert len(pieces) > 1
    assert all(len(piece) <= 500 for piece in pieces)
    assert all(piece.endswith(".") for piece in pieces)
    assert " ".join(pieces) == text


def test_text_without_spaces_is_cut_hard() -> None:
    """A 40 000-letter word still ends up in pieces of the given size."""
    pieces = split_long_text("x" * 40_000, 3000)
    assert [len(p) for p in pieces] == [3000] * 13 + [1000]


def test_short_text_is_one_piece() -> None:
    """Nothing to cut: the text comes back whole (empty text too)."""
    assert split_long_text("Nuuk", 10) == ["Nuuk"]
    assert split_long_text("", 10) == [""]
