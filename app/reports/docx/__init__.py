"""The Word renderer: a report document as an editable .docx board paper.

The same document model as the PDF: title page, Word's own table of contents
when the paper is long, Word heading styles, tables with a header row that
repeats on each page, numbered tables and figures, the letterhead in the
header and "Sida X av Y" in the footer. A municipality's own Word template
(.dotx or .docx) gives the styles, page, header and footer. The file appears
only when it is complete.
"""

from __future__ import annotations

import os

from app.i18n import translate
from app.reports.document import CancelCheck, ProgressCallback, ReportDocument
from app.reports.docx.body import CONTENTS_FROM_PAGES, BodyWriter, estimated_pages, work_units
from app.reports.docx.fields import ask_to_update_fields
from app.reports.docx.front import write_contents, write_title_page
from app.reports.docx.page import dress_pages
from app.reports.docx.template import TemplateError, check_template, open_start
from app.reports.files import replaced_when_done
from app.reports.pdf.page import Progress
from app.reports.text_safety import clean_text

__all__ = ["TemplateError", "check_template", "render_docx"]


def render_docx(
    doc: ReportDocument,
    path: str | os.PathLike[str],
    *,
    template: bytes | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> None:
    """Write ``doc`` as a Word document to ``path``, on ``template`` when one is given.

    ``progress(done, total)`` is called as the body is written; ``is_cancelled()``
    is asked between blocks and a True answer raises
    :class:`app.cancelling.Cancelled`. Raises TemplateError when the
    template cannot be read. The file is written beside ``path`` and renamed
    into place at the end, so a failed or cancelled export leaves no partial file.
    """
    start = open_start(template)
    target = start.document
    tracker = Progress(work_units(doc) + 1, progress, is_cancelled)
    properties = target.core_properties
    # A template's header may show these through its own fields (TITLE, AUTHOR).
    properties.title = clean_text(doc.title).replace("\n", " ").strip()[:255]
    properties.author = clean_text(doc.author).replace("\n", " ").strip()[:255]
    properties.subject = clean_text(doc.subtitle).replace("\n", " ").strip()[:255]
    properties.comments = ""
    properties.keywords = clean_text(doc.registry_no).strip()[:255]
    properties.last_modified_by = "Vänort"
    # A draft says so across every page (the model's ``draft`` flag, where it has one).
    watermark = translate("Reports", "DRAFT") if getattr(doc, "draft", False) else ""
    dress_pages(
        target,
        doc,
        letterhead=not start.own_header,
        page_numbers=not start.own_footer,
        watermark=watermark,
    )
    writer = BodyWriter(target, tracker)
    writer.counters.tables_as_figures = doc.tables_as_figures
    write_title_page(writer, doc)
    if estimated_pages(doc) >= CONTENTS_FROM_PAGES:
        write_contents(writer, doc)
        ask_to_update_fields(target.settings.element)
    writer.blocks(doc.body)
    writer.finish()
    tracker.advance(1)
    with replaced_when_done(path) as temporary:
        target.save(str(temporary))
    tracker.finish()
