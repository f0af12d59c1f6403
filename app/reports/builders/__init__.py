"""The standard reports, each built from the register as a document (one module per report).

=============  ======================================  ==========================
name           module / function                       needs
=============  ======================================  ==========================
register       register.build_register                 -
annual         annual.build_annual_report              year
tripreport     trip.build_trip_report                  record_id (a trip)
term           term.build_term_evaluation              term (start year or id)
hosting        hosting.build_hosting_followup          record_id (a meeting)
grants         grants.build_grants_report              year (optional)
decisions      decisions.build_decision_register       period (optional)
=============  ======================================  ==========================

:func:`build_report` builds any of them by name from :class:`ReportOptions`;
the interface and ``vanort export`` both go through it (and through
:mod:`app.reports.output`, which renders the result). Importing this package is
cheap: a report's module is imported when it is built.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.errors import ServiceError

if TYPE_CHECKING:
    from app.reports.document import ReportDocument
    from db.session import Database


class ReportError(ServiceError):
    """A report cannot be made as asked; ``str()`` is one translated sentence."""


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose for a report; each report reads the fields it needs."""

    year: int | None = None
    term: int | None = None  # the start year of a term of office, or its id
    record_id: int | None = None  # the trip (tripreport) or meeting (hosting)
    include_contacts: bool = False
    registry_no: str = ""
    today: date | None = None
    date_from: date | None = None  # the period of the decision register, both ends included
    date_to: date | None = None


@dataclass(frozen=True)
class ReportKind:
    """One standard report: its name on the command line, titles, and what it needs."""

    name: str
    title: str  # English source text; translate("Reports", title) shows it
    file_stem: str  # English source text of the default file name
    module: str
    function: str
    needs: str | None = None  # "year", "term", "trip", "meeting" or "period"; None: nothing
    year_optional: bool = False

    def display_title(self) -> str:
        """The report's title in the current language."""
        return translate("Reports", self.title)

    def builder(self) -> Callable[..., ReportDocument]:
        """The function that builds the report (its module imported now)."""
        found: Callable[..., ReportDocument] = getattr(
            importlib.import_module(self.module), self.function
        )
        return found


REPORTS: dict[str, ReportKind] = {
    kind.name: kind
    for kind in (
        ReportKind(
            "register",
            QT_TRANSLATE_NOOP("Reports", "Twin town register"),
            QT_TRANSLATE_NOOP("Reports", "Twin town register"),
            "app.reports.builders.register",
            "build_register",
        ),
        ReportKind(
            "annual",
            QT_TRANSLATE_NOOP("Reports", "Annual report to the council"),
            QT_TRANSLATE_NOOP("Reports", "Exchanges and trips"),
            "app.reports.builders.annual",
            "build_annual_report",
            needs="year",
        ),
        ReportKind(
            "tripreport",
            QT_TRANSLATE_NOOP("Reports", "Trip report-back"),
            QT_TRANSLATE_NOOP("Reports", "Trip report-back"),
            "app.reports.builders.trip",
            "build_trip_report",
            needs="trip",
        ),
        ReportKind(
            "term",
            QT_TRANSLATE_NOOP("Reports", "Term evaluation"),
            QT_TRANSLATE_NOOP("Reports", "Term evaluation"),
            "app.reports.builders.term",
            "build_term_evaluation",
            needs="term",
        ),
        ReportKind(
            "hosting",
            QT_TRANSLATE_NOOP("Reports", "Hosting follow-up"),
            QT_TRANSLATE_NOOP("Reports", "Hosting follow-up"),
            "app.reports.builders.hosting",
            "build_hosting_followup",
            needs="meeting",
        ),
        ReportKind(
            "grants",
            QT_TRANSLATE_NOOP("Reports", "Grants"),
            QT_TRANSLATE_NOOP("Reports", "Grants"),
            "app.reports.builders.grants",
            "build_grants_report",
            needs="year",
            year_optional=True,
        ),
        ReportKind(
            "decisions",
            QT_TRANSLATE_NOOP("Reports", "Decision register"),
            QT_TRANSLATE_NOOP("Reports", "Decision register"),
            "app.reports.builders.decisions",
            "build_decision_register",
            needs="period",
        ),
    )
}


def report_kind(name: str) -> ReportKind:
    """The report called ``name``; ReportError naming the known ones otherwise."""
    kind = REPORTS.get(name)
    if kind is None:
        from app.reports.cell_text import fill

        text = translate("Reports", "There is no report called %1; choose one of: %2.")
        raise ReportError(fill(text, repr(name), ", ".join(REPORTS)))
    return kind


def build_report(db: Database, name: str, options: ReportOptions) -> ReportDocument:
    """Build the report ``name`` from the register with ``options``.

    Raises ReportError when a needed option is missing or the report is
    unknown, RecordNotFound when the trip, meeting or term does not exist.
    """
    kind = report_kind(name)
    common: dict[str, Any] = {
        "include_contacts": options.include_contacts,
        "today": options.today,
        "registry_no": options.registry_no,
    }
    build = kind.builder()
    if kind.needs is None:
        return build(db, **common)
    if kind.needs == "period":
        if (
            options.date_from is not None
            and options.date_to is not None
            and options.date_from > options.date_to
        ):
            raise ReportError(
                translate("Reports", "The period ends before it starts; check the two dates.")
            )
        return build(db, options.date_from, options.date_to, **common)
    if kind.needs == "year":
        if options.year is None and not kind.year_optional:
            raise ReportError(
                translate("Reports", "The annual report needs a year; give it with --year.")
                if name == "annual"
                else translate("Reports", "This report needs a year.")
            )
        return build(db, options.year, **common)
    if kind.needs == "term":
        if options.term is None:
            raise ReportError(
                translate(
                    "Reports",
                    "The term evaluation needs a term of office: give its first year with --term.",
                )
            )
        return build(db, options.term, **common)
    if options.record_id is None:
        if kind.needs == "trip":
            text = translate("Reports", "The trip report needs a trip: give its number with --id.")
        else:
            text = translate(
                "Reports", "The hosting follow-up needs a meeting: give its number with --id."
            )
        raise ReportError(text)
    return build(db, options.record_id, **common)


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def default_file_name(name: str, options: ReportOptions, suffix: str, today: date) -> str:
    """A file name for the report: "Vänortsregister 2026-11-22.pdf" (in the current language).

    The year, term or number the report is about is part of the name, so two
    reports of different years do not overwrite each other.
    """
    kind = report_kind(name)
    parts = [translate("Reports", kind.file_stem)]
    if kind.needs == "year" and options.year is not None:
        parts.append(str(options.year))
    elif kind.needs == "term" and options.term is not None:
        parts.append(str(options.term))
    elif kind.needs in ("trip", "meeting") and options.record_id is not None:
        parts.append(f"nr {options.record_id}")
    elif kind.needs == "period" and (options.date_from or options.date_to):
        ends = (options.date_from, options.date_to)
        parts.append("–".join(d.isoformat() if d else "" for d in ends))
    parts.append(today.isoformat())
    stem = _UNSAFE_IN_FILE_NAMES.sub(" ", " ".join(parts))
    stem = " ".join(stem.split()).strip(". ")
    return f"{stem}{suffix}"
