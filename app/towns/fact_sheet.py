"""One twin town's fact sheet as a file of its own (PDF or Word), for the town page's buttons.

The sheet is the register's own (:func:`app.reports.builders.register.town_fact_sheets`,
the one builder of every fact sheet), so the page, the register and the
mapping report never disagree about a town. It is written through
:func:`app.reports.output.render`, like every other report.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.i18n import translate
from app.reports.builders import ReportError
from app.reports.builders.common import data_source, letterhead_of
from app.reports.builders.register import town_fact_sheets
from app.reports.cell_text import fill
from app.reports.document import CancelCheck, ReportDocument
from app.reports.output import check_target, format_of, render, word_template_of
from app.services.settings import load_settings
from db import models as m
from db.session import Database


def fact_sheet_file_name(town_name: str, today: date | None = None) -> str:
    """The suggested file name without its ending: "Faktablad Holmestrand 2026-12-06"."""
    day = (today or date.today()).isoformat()
    return fill(translate("TownPage", "Fact sheet %1 %2"), town_name.strip(), day)


def town_fact_sheet_document(
    db: Database, town_id: int, *, today: date | None = None
) -> ReportDocument:
    """The fact sheet of ``town_id`` as a report; ReportError when the town is in no twinning."""
    settings = load_settings(db)
    today = today or date.today()
    sheets = town_fact_sheets(db, [town_id], today=today)
    if not sheets:
        with db.reading() as session:
            name = session.scalar(select(m.Town.name).where(m.Town.id == town_id)) or ""
        raise ReportError(
            fill(
                translate(
                    "TownPage",
                    "%1 is in no twinning, so the register has no fact sheet for it.",
                ),
                name or str(town_id),
            )
        )
    sheet = sheets[0][1]
    return ReportDocument(
        title=fill(translate("TownPage", "Fact sheet: %1"), sheet.title),
        subtitle=settings.name.strip(),
        letterhead=letterhead_of(settings),
        date=today,
        description=translate(
            "TownPage",
            "The register's fact sheet of one twin town: country or area, kind, population, "
            "contact year, status with its evidence, agreements, networks, organisations and "
            "recent activities.",
        ),
        source=data_source(db),
        body=[sheet],
    )


def write_town_fact_sheet(
    db: Database,
    town_id: int,
    path: str | os.PathLike[str],
    *,
    today: date | None = None,
    is_cancelled: CancelCheck | None = None,
) -> Path:
    """Write the town's fact sheet to ``path`` (.pdf or .docx); returns the path written.

    Raises ReportError in one sentence (no twinning, an ending other than
    .pdf or .docx, a place that cannot be written) and Cancelled.
    """
    target = check_target(path)
    if format_of(target) not in ("pdf", "docx"):
        raise ReportError(
            translate("TownPage", "A fact sheet is written as .pdf or .docx; change the file name.")
        )
    document = town_fact_sheet_document(db, town_id, today=today)
    template = word_template_of(db) if format_of(target) == "docx" else None
    try:
        render(document, target, is_cancelled=is_cancelled, word_template=template)
    except OSError as error:
        raise ReportError(
            fill(
                translate("Reports", "The report cannot be written to %1: %2."),
                str(target),
                error.strerror or str(error),
            )
        ) from error
    return target
