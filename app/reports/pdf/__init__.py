"""The PDF renderer: a report document as an A4 board paper.

Title page with the letterhead, a table of contents when the paper runs longer
than a few pages, the letterhead on every page, "Sida X av Y" at the foot,
numbered tables and figures. The file appears only when it is complete.
"""

from __future__ import annotations

import functools
import os

from app.i18n import translate
from app.reports.cell_text import format_date
from app.reports.document import CancelCheck, ProgressCallback, ReportDocument
from app.reports.files import replaced_when_done
from app.reports.pdf.page import (
    PageFurniture,
    Progress,
    ReportCanvas,
    ReportTemplate,
    draw_furniture,
    load_logo,
)
from app.reports.pdf.story import Story, build_story, contents_pages
from app.reports.text_safety import clean_text

__all__ = ["TOC_FROM_PAGES", "render_pdf"]

TOC_FROM_PAGES = 5
"""A paper of this many pages or more (contents page not counted) gets a table of contents."""


def _furniture(document: ReportDocument) -> PageFurniture:
    letterhead = document.letterhead
    return PageFurniture(
        municipality=clean_text(letterhead.municipality).replace("\n", " ").strip(),
        letterhead_lines=tuple(
            clean_text(line).replace("\n", " ").strip() for line in letterhead.lines
        ),
        logo=load_logo(letterhead.logo_png),
        title=clean_text(document.title).replace("\n", " ").strip(),
        registry_no=clean_text(document.registry_no).replace("\n", " ").strip(),
        date_text=format_date(document.date),
        watermark=translate("Reports", "DRAFT") if document.draft else "",
    )


def _template(
    target: str, document: ReportDocument, progress: Progress, with_contents: bool
) -> ReportTemplate:
    return ReportTemplate(
        target,
        title=document.title,
        author=document.author,
        progress=progress,
        with_contents=with_contents,
    )


def _write(
    target: str, document: ReportDocument, story: Story, progress: Progress, canvas_maker: object
) -> None:
    if not story.toc_entries:
        _template(target, document, progress, False).build(
            story.title_page + story.body, canvasmaker=canvas_maker
        )
        return
    with_contents = _template(target, document, progress, True)
    with_contents.build(
        story.title_page + contents_pages(story.toc_entries) + story.body,
        canvasmaker=canvas_maker,
    )
    contents_length = with_contents.marker_pages["body"] - 2  # contents start on page 2
    if with_contents.last_page - contents_length >= TOC_FROM_PAGES:
        return
    # A short paper reads better without a contents page: lay it out again
    # without one (cheap, it is short) over the same temporary file.
    short = build_story(document)
    _template(target, document, progress, False).build(
        short.title_page + short.body, canvasmaker=canvas_maker
    )


def render_pdf(
    doc: ReportDocument,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> None:
    """Write ``doc`` as a PDF to ``path``.

    ``progress(done, total)`` is called as layout proceeds; ``is_cancelled()`` is
    asked between flowables and a True answer raises
    :class:`app.cancelling.Cancelled`. The PDF is written to a temporary
    file beside ``path`` and renamed into place at the end, so a failed or
    cancelled export leaves no partial file (and an older file at ``path``
    stays as it was).
    """
    furniture = _furniture(doc)
    canvas_maker = functools.partial(
        ReportCanvas,
        decorate=lambda canvas, page, pages: draw_furniture(canvas, furniture, page, pages),
    )
    story = build_story(doc)
    tracker = Progress(story.work_units, progress, is_cancelled)
    with replaced_when_done(path) as temporary:
        _write(str(temporary), doc, story, tracker, canvas_maker)
    tracker.finish()
