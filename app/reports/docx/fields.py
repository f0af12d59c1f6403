"""Word fields: page numbers, numbered captions and the table of contents.

A field is Word's own formula ("PAGE", "SEQ Tabell", "TOC"). Each is written
with a result already in place (the caption's number, the contents' headings),
so the file reads right in a program that never updates fields, and Word and
LibreOffice recompute them when they lay the pages out.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run


def _field_char(kind: str, *, dirty: bool = False) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if dirty:
        # Asks Word to recompute the field when the document opens.
        element.set(qn("w:dirty"), "true")
    return element


def add_field(
    paragraph: DocxParagraph, instruction: str, result: str, *, dirty: bool = False
) -> Run:
    """Append the field ``instruction`` showing ``result`` until it is updated; the result run.

    The result run is returned so its look (bold, size) can be set like any text.
    """
    begin = paragraph.add_run()
    begin._r.append(_field_char("begin", dirty=dirty))
    code = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    code._r.append(text)
    separate = paragraph.add_run()
    separate._r.append(_field_char("separate"))
    shown = paragraph.add_run(result)
    end = paragraph.add_run()
    end._r.append(_field_char("end"))
    return shown


def add_page_fields(paragraph: DocxParagraph, template: str) -> None:
    """``template`` ("Sida %1 av %2") with %1 as the PAGE field and %2 as NUMPAGES."""
    rest = template
    while rest:
        positions = [p for p in (rest.find("%1"), rest.find("%2")) if p >= 0]
        if not positions:
            paragraph.add_run(rest)
            break
        at = min(positions)
        if at:
            paragraph.add_run(rest[:at])
        marker = rest[at : at + 2]
        add_field(paragraph, "PAGE" if marker == "%1" else "NUMPAGES", "1")
        rest = rest[at + 2 :]


# What follows w:updateFields in the settings; Word refuses settings out of this order.
_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
    "listSeparator",
)  # fmt: skip


def ask_to_update_fields(settings_element: BaseOxmlElement) -> None:
    """Have Word refresh every field (the contents' page numbers) when the file opens."""
    existing = settings_element.find(qn("w:updateFields"))
    if existing is None:
        existing = OxmlElement("w:updateFields")
        later = {qn(f"w:{name}") for name in _AFTER_UPDATE_FIELDS}
        successor = next((child for child in settings_element if child.tag in later), None)
        if successor is not None:
            successor.addprevious(existing)
        else:
            settings_element.append(existing)
    existing.set(qn("w:val"), "true")
