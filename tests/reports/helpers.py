"""Reading rendered reports back: text per PDF page, and the hostile strings they must survive."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

# Strings that must come out of every export exactly as typed.
HOSTILE = [
    '=HYPERLINK("http://example.org","x")',
    "+46 8 123",
    "@SUM(A1)",
    "-1+2",
    "#N/A",
    "<b>fet</b>",
    "Smith & Co <AB>",
    "R&D",
    "江差町",
    "Siglufjörður",
    "Eiði",
    "Põltsamaa",
    "Łódź",
    "Nuuk",
    "Århus",
]
BELL = "Ring\x07klocka"  # the control character is dropped: "Ringklocka"
BELL_CLEANED = "Ringklocka"
LONG_NOTE_END = "SLUTET-PÅ-ANTECKNINGEN"


def long_note() -> str:
    """A 40 000-character note of ordinary sentences, with a marker at its very end."""
    sentence = "Vänortsmötet i Eiði samlade deltagare från hela kedjan och alla var nöjda. "
    text = (sentence * (40_000 // len(sentence) + 1))[: 40_000 - len(LONG_NOTE_END) - 1]
    text = text.rstrip() + " " + LONG_NOTE_END
    return text.ljust(40_000, ".")


def page_texts(path: Path) -> list[str]:
    """The text of each page, whitespace runs collapsed to single spaces."""
    reader = PdfReader(str(path))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def page_count(path: Path) -> int:
    """How many pages the PDF has."""
    return len(PdfReader(str(path)).pages)


def tiny_png(width: int = 60, height: int = 30) -> bytes:
    """A small two-colour PNG to stand in for a municipal logo."""
    image = Image.new("RGB", (width, height), (29, 78, 121))
    for x in range(width // 2):
        for y in range(height):
            image.putpixel((x, y), (240, 200, 40))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def squeeze(text: str) -> str:
    """Whitespace runs (also no-break spaces) as single spaces."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
