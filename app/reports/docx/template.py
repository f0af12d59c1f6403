"""The Word file a report starts from: the municipality's own template, or python-docx's plain one.

A municipality's template (.dotx or .docx) gives the report its styles
(headings, body text, captions), its page size and margins, and its header and
footer, the first page's included. Its body text is sample text and is left
out. A .dotx is a template by its content type; python-docx opens only
documents, so the content type is changed in a copy held in memory.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from app.i18n import translate

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_TYPES = (
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
)


class TemplateError(ValueError):
    """The chosen Word template cannot be used; ``str()`` says why in one sentence."""


@dataclass(frozen=True)
class Start:
    """The opened document and what its template brings of its own."""

    document: Document
    own_header: bool
    """True when the template's header holds text or a picture: the letterhead is not added."""
    own_footer: bool
    """True when the template's footer holds something: the page numbers are not added."""


def _as_document_package(data: bytes) -> bytes:
    """``data`` with a template's content type changed to a document's (a .dotx opened as .docx)."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        types = source.read("[Content_Types].xml")
    except (zipfile.BadZipFile, KeyError) as error:
        raise TemplateError(
            translate("Reports", "The Word template is not a .docx or .dotx file.")
        ) from error
    if any(kind in types for kind in _MACRO_TYPES):
        raise TemplateError(
            translate(
                "Reports",
                "The Word template holds macros (.dotm or .docm); save it as .dotx or .docx.",
            )
        )
    if _TEMPLATE_TYPE not in types:
        return data
    copy = io.BytesIO()
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
            target.writestr(item, content)
    return copy.getvalue()


def _has_content(part_element: object) -> bool:
    """True when a header or footer part shows any text, picture or field."""
    element = part_element
    texts = "".join(t.text or "" for t in element.iter(qn("w:t")))  # type: ignore[attr-defined]
    if texts.strip():
        return True
    for tag in ("w:drawing", "w:pict", "w:fldSimple", "w:instrText"):
        if next(element.iter(qn(tag)), None) is not None:  # type: ignore[attr-defined]
            return True
    return False


def _empty_body(document: Document) -> None:
    """Remove the template's sample text, keeping the section settings (page, header, footer)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _plain_document() -> Document:
    """python-docx's own template set to A4 with the PDF's margins and a sans-serif text face."""
    document = docx.Document()
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Mm(25), Mm(20)
        section.top_margin, section.bottom_margin = Mm(32), Mm(22)
        section.header_distance, section.footer_distance = Mm(11), Mm(10)
    normal = document.styles["Normal"]
    # Arial is on every office machine; LibreOffice shows Liberation Sans in its place.
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption"):
        document.styles[name].font.name = "Arial"
    return document


def open_start(template: bytes | None) -> Start:
    """The document a report is written into: from ``template``, or the plain default.

    Raises TemplateError when ``template`` cannot be read as a Word file.
    """
    if not template:
        return Start(_plain_document(), own_header=False, own_footer=False)
    try:
        document = docx.Document(io.BytesIO(_as_document_package(template)))
    except TemplateError:
        raise
    except Exception as error:  # python-docx raises several kinds for a broken package
        raise TemplateError(
            translate("Reports", "The Word template is not a .docx or .dotx file.")
        ) from error
    _empty_body(document)
    own_header = own_footer = False
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            if not header.is_linked_to_previous and _has_content(header._element):
                own_header = True
        for footer in (section.footer, section.first_page_footer):
            if not footer.is_linked_to_previous and _has_content(footer._element):
                own_footer = True
    return Start(document, own_header=own_header, own_footer=own_footer)


def check_template(template: bytes) -> None:
    """Raise TemplateError in one sentence if ``template`` cannot serve as a Word template."""
    open_start(template)
