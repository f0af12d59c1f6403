"""Build a report into a file: the renderer chosen by the file's ending, with progress and cancel.

The one place that knows the output formats (.pdf, .xlsx, .docx): the
standard reports and the mapping report are both written through
:func:`render`.

The one job both the window (on a worker thread) and ``vanort export`` run::

    export_report(db, "register", Path("Vänortsregister 2026-11-22.pdf"),
                  ReportOptions(), progress=..., is_cancelled=...)

``progress(stage, fraction)`` tells what is going on ("Reading the register…",
"Writing the PDF…") and how far (0.0 to 1.0, None while unknown);
``is_cancelled()`` is asked between steps and by the renderers, and a True
answer raises :class:`app.cancelling.Cancelled`. The file is written
under a temporary name and renamed when complete, so a failure or a cancel
leaves no partial file and an older file of that name untouched.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.failures import FileInUse
from app.i18n import translate
from app.reports.builders import ReportError, ReportOptions, build_report
from app.reports.cell_text import fill
from app.reports.document import CancelCheck, Cancelled, ReportDocument
from db.session import Database

StageProgress = Callable[[str, float | None], None]
"""Called as ``progress(stage text, fraction or None)``."""

FORMATS = {".pdf": "pdf", ".xlsx": "xlsx", ".docx": "docx"}
"""File endings the reports are written in, and the renderer of each."""

# Reading the register is quick beside rendering: it takes the first tenth of the bar.
_READ_SHARE = 0.1


def format_of(path: str | os.PathLike[str]) -> str:
    """ "pdf", "xlsx" or "docx" from the file's ending; ReportError for any other ending."""
    suffix = Path(path).suffix.lower()
    found = FORMATS.get(suffix)
    if found is None:
        text = translate(
            "Reports",
            "A report can be written as .pdf, .xlsx or .docx, not as %1; change the file name.",
        )
        raise ReportError(fill(text, suffix or "(no ending)"))
    return found


def check_target(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path if a report can be written there; ReportError saying why not."""
    target = Path(path)
    format_of(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        reason = translate("Reports", "it is a folder")
    elif not folder.is_dir():
        reason = translate("Reports", "the folder does not exist")
    elif not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        reason = translate("Reports", "you may not write there")
    else:
        return target
    raise ReportError(
        fill(translate("Reports", "The report cannot be written to %1: %2."), str(target), reason)
    )


def render(
    document: ReportDocument,
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: CancelCheck | None = None,
    word_template: bytes | None = None,
) -> None:
    """Render ``document`` to ``path`` with the renderer its ending asks for.

    ``word_template`` (the bytes of a .dotx or .docx) is used by the Word
    renderer only; one that cannot be read is a ReportError in one sentence.
    """
    from app.reports import render_docx, render_pdf, render_xlsx

    kind = format_of(path)
    if kind == "docx":
        from app.reports.docx import TemplateError

        try:
            render_docx(
                document,
                path,
                template=word_template,
                progress=progress,
                is_cancelled=is_cancelled,
            )
        except TemplateError as error:
            raise ReportError(str(error)) from error
        return
    renderer = render_pdf if kind == "pdf" else render_xlsx
    renderer(document, path, progress=progress, is_cancelled=is_cancelled)


def word_template_of(db: Database) -> bytes | None:
    """The municipality's Word template from the settings of ``db``, or None."""
    from app.services.settings import load_settings

    return load_settings(db).word_template


def writing_stage(path: str | os.PathLike[str]) -> str:
    """What the progress bar says while ``path`` is written ("Writing the PDF…")."""
    kind = format_of(path)
    if kind == "pdf":
        return translate("Reports", "Writing the PDF…")
    if kind == "docx":
        return translate("Reports", "Writing the Word document…")
    return translate("Reports", "Writing the workbook…")


def export_report(
    db: Database,
    report: str,
    path: str | os.PathLike[str],
    options: ReportOptions | None = None,
    *,
    progress: StageProgress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> Path:
    """Build the report ``report`` from ``db`` and write it to ``path``; returns the path.

    Raises ReportError (unknown report, missing option, unsupported ending, a
    place that cannot be written), RecordNotFound (no such trip, meeting or
    term) and Cancelled.
    """
    target = check_target(path)
    options = options or ReportOptions()

    def stop_if_asked() -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()

    def tell(stage: str, fraction: float | None) -> None:
        if progress is not None:
            progress(stage, fraction)

    stop_if_asked()
    tell(translate("Reports", "Reading the register…"), None)
    document = build_report(db, report, options)
    stop_if_asked()
    word_template = word_template_of(db) if format_of(target) == "docx" else None
    stage = writing_stage(target)
    tell(stage, _READ_SHARE)

    def rendered(done: int, total: int) -> None:
        tell(stage, _READ_SHARE + (1 - _READ_SHARE) * (done / total if total else 1.0))

    write_document(
        document, target, progress=rendered, is_cancelled=is_cancelled, word_template=word_template
    )
    tell(stage, 1.0)
    return target


def write_document(
    document: ReportDocument,
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: CancelCheck | None = None,
    word_template: bytes | None = None,
) -> Path:
    """Write a built ``document`` (a standard report or the mapping report) to ``path``.

    The one door to the renderers for every report, so every report refuses a
    bad file name or an unwritable place with the same ReportError sentence;
    Cancelled when ``is_cancelled()`` answers True. Returns the path written.
    """
    target = Path(path)
    try:
        render(
            document,
            target,
            progress=progress,
            is_cancelled=is_cancelled,
            word_template=word_template,
        )
    except FileInUse:
        raise  # its own sentence, and the window offers another name
    except OSError as error:
        reason = error.strerror or str(error)
        raise ReportError(
            fill(
                translate("Reports", "The report cannot be written to %1: %2."), str(target), reason
            )
        ) from error
    return target
