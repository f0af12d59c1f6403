"""Importing a spreadsheet into the register: the steps the wizard and the command line take.

>>> source = open_table("vanorter.csv")                # SourceError if unreadable
>>> choice = initial_columns(db, source, "twinnings")  # suggested or remembered
>>> parsed = read_file(db, source, choice.kind, choice.columns)
>>> plan = preview(db, parsed, ImportOptions())        # problems, merge groups
>>> summary = run_import(db, parsed, ImportOptions(merge_all=True, skip_invalid=True))

``db`` is the open register (:class:`db.session.Database`); the window and the
command line pass their workspace's.

Every step takes ``progress`` (called with :class:`ImportProgress`) and
``cancelled`` (a function returning True when the user pressed Cancel, which
raises :class:`Cancelled`). :func:`run_import` checks the rows again inside
its one transaction and writes everything or, when problems remain and rows
are not to be skipped, raises :class:`ImportRefused` having written nothing.
Cancelling, a failure or a refusal leave the database as it was.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.i18n import Context
from app.importing.collector import fewer_collections
from app.importing.columns import (
    ColumnChoice,
    ColumnChoiceError,
    RememberedColumns,
    check_column_choice_with,
    parse_columns,
    remembered_column_choice,
    suggest_columns,
)
from app.importing.country_check import contradicting_countries
from app.importing.country_spellings import (
    remember_spellings,
    remembered_spellings,
    spelling_table,
)
from app.importing.fields import IMPORT_KINDS, ImportKind, import_kind
from app.importing.plan import ImportOptions, KindCounts, Plan, analyse
from app.importing.rows import (
    ImportProgress,
    ImportProgressCallback,
    ParsedFile,
    Problem,
    RowReading,
    read_rows,
)
from app.importing.sources import Cancelled, SourceError, TableSource, open_table
from app.importing.summary import ImportSummary
from app.importing.table import CancelCheck, Cell
from app.importing.writer import log_import, write_plan, write_skipped_rows
from app.services.errors import ServiceError
from db import models as m
from db.session import Database

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
Import = Context("Import")

__all__ = [
    "IMPORT_KINDS",
    "Cancelled",
    "ColumnChoiceError",
    "ColumnsOffered",
    "FileContext",
    "ImportOptions",
    "ImportProgress",
    "ImportRefused",
    "ImportSummary",
    "ParsedFile",
    "Plan",
    "Problem",
    "SourceError",
    "file_context",
    "import_file",
    "initial_columns",
    "offered_columns",
    "open_table",
    "preview",
    "read_file",
    "run_import",
    "summary_of",
]


class ImportRefused(ServiceError):
    """The rows have problems and skipping them was not chosen: nothing was written."""

    def __init__(self, plan: Plan) -> None:
        # One whole sentence per plural form: "fix it … the row" for one problem.
        text = Import.tr(
            "The file has %n problem(s), so nothing was imported; fix them or choose "
            "to skip the rows with problems.",
            "",
            len(plan.problems),
        )
        super().__init__(text)
        self.plan = plan
        self.problems = plan.problems


@dataclass(frozen=True)
class ColumnsOffered:
    """The columns offered for a file: remembered from an earlier import, or suggested."""

    kind: ImportKind
    columns: ColumnChoice
    remembered: bool


def home_town_count(db: Database) -> int:
    """How many towns the register marks as home (a twinning's town defaults to the one)."""
    with db.reading() as session:
        return int(session.scalar(select(func.count()).where(m.Town.is_home.is_(True))) or 0)


def initial_columns(
    db: Database, source: TableSource, kind_name: str | None = None
) -> ColumnsOffered:
    """The column choice to offer: the one remembered for these headings (for ``kind_name``, if
    given), else one suggested from the headings for ``kind_name`` (default: twinnings)."""
    return offered_columns(remembered_column_choice(db, source.headers), source, kind_name)


def offered_columns(
    remembered: RememberedColumns | None, source: TableSource, kind_name: str | None = None
) -> ColumnsOffered:
    """:func:`initial_columns` from a remembered choice already read (nothing is read here)."""
    if remembered is not None and (kind_name is None or remembered.kind == kind_name):
        return ColumnsOffered(import_kind(remembered.kind), remembered.columns, True)
    kind = import_kind(kind_name or "twinnings")
    return ColumnsOffered(kind, suggest_columns(kind, source.headers), False)


@dataclass(frozen=True)
class FileContext:
    """What the register knows that bears on one file: read once, as the file is opened.

    ``remembered``: the columns chosen last time for the same headings;
    ``home_towns``: how many towns are marked as home (with one, a twinning's own
    town may be left out of the file).
    """

    remembered: RememberedColumns | None
    home_towns: int


def file_context(db: Database, source: TableSource) -> FileContext:
    """Read what the wizard's pages ask of the register about ``source``, in one piece of work."""
    return FileContext(remembered_column_choice(db, source.headers), home_town_count(db))


def check_columns(db: Database, kind: ImportKind, headers: Sequence[str],
                  column_choice: ColumnChoice, fixed: Collection[str] = ()) -> None:  # fmt: skip
    """Raise :class:`ColumnChoiceError` if ``column_choice`` lacks a required column (or repeats one)."""
    town_optional = kind.name == "twinnings" and home_town_count(db) == 1
    check_column_choice_with(kind, headers, column_choice, town_optional=town_optional, fixed=fixed)


@fewer_collections()
def read_file(
    db: Database,
    source: TableSource,
    kind: ImportKind,
    column_choice: ColumnChoice,
    *,
    fixed: Mapping[str, Cell] | None = None,
    country_answers: Mapping[str, str] | None = None,
    progress: ImportProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ParsedFile:
    """Check the column choice, then read every row of ``source`` into values and row problems.

    ``fixed`` gives a field one value on every row ({"town_country": "SE"});
    ``country_answers`` names the country of spellings the country list cannot
    read ({"Sowjetunionen, Estland": "EE"}), on top of those remembered from
    earlier imports; they are remembered when the import is written.
    """
    fixed = dict(fixed or {})
    answers = dict(country_answers or {})
    check_columns(db, kind, source.headers, column_choice, fixed)
    spellings = remembered_spellings(db)
    spellings.update(spelling_table(answers))
    reading = RowReading(fixed=fixed, country_spellings=spellings)
    parsed = read_rows(
        source, kind, column_choice, reading=reading, progress=progress, cancelled=cancelled
    )
    parsed.country_answers = answers
    parsed.warnings = contradicting_countries(parsed)
    return parsed


@fewer_collections()
def preview(
    db: Database,
    parsed: ParsedFile,
    options: ImportOptions,
    *,
    progress: ImportProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Plan:
    """Every problem, the merge groups and what the import would create; writes nothing."""
    with db.reading() as session:
        return analyse(session, parsed, options, progress=progress, cancelled=cancelled)


def summary_of(plan: Plan, *, dry_run: bool, skipped_file: Path | None = None) -> ImportSummary:
    """The summary of what ``plan`` does (or, for a trial run, would do)."""
    accepted = plan.accepted_groups()
    counts = {kind: KindCounts(**vars(c)) for kind, c in plan.counts.items()}
    return ImportSummary(
        file_name=plan.parsed.source.path.name,
        import_kind=plan.kind.name,
        record_kind=plan.kind.record_kind,
        counts=counts,
        rows_total=plan.rows_total,
        rows_skipped=plan.rows_skipped if plan.options.skip_invalid else 0,
        skipped_file=skipped_file,
        dry_run=dry_run,
        problems=tuple(plan.problems),
        groups=tuple(plan.groups),
        merged_groups=frozenset(group.id for group in accepted),
        repeated_rows=tuple(plan.parsed.repeated_rows),
        warnings=tuple(plan.parsed.warnings),
    )


@fewer_collections()
def run_import(
    db: Database,
    parsed: ParsedFile,
    options: ImportOptions,
    *,
    dry_run: bool = False,
    progress: ImportProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportSummary:
    """Import ``parsed`` in one transaction (see the module); a trial run writes nothing.

    Raises :class:`ImportRefused` when problems remain and ``options.skip_invalid``
    is off, :class:`Cancelled` when cancelled, :class:`SourceError` when the file
    changed since it was read; in every such case nothing was written.
    """
    if dry_run:
        plan = preview(db, parsed, options, progress=progress, cancelled=cancelled)
        if not plan.can_import:
            raise ImportRefused(plan)
        return summary_of(plan, dry_run=True)
    skipped: Path | None = None
    try:
        with db.transaction() as session:
            plan = analyse(session, parsed, options, progress=progress, cancelled=cancelled)
            if not plan.can_import:
                raise ImportRefused(plan)
            write_plan(session, plan, progress=progress, cancelled=cancelled)
            remember_spellings(session, parsed.country_answers)
            skipped = write_skipped_rows(plan, cancelled) if options.skip_invalid else None
            summary = summary_of(plan, dry_run=False, skipped_file=skipped)
            log_import(session, plan, summary.log_text())
            if cancelled is not None and cancelled():
                raise Cancelled()
    except BaseException:
        # The transaction was rolled back: the skipped rows were not skipped after all.
        if skipped is not None:
            skipped.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(ImportProgress("writing", 1.0))
    return summary


def import_file(
    database: str | os.PathLike[str],
    source: str | os.PathLike[str],
    *,
    kind: str = "twinnings",
    sheet: str | None = None,
    header_row: int = 1,
    columns: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    merge_similar: bool = False,
    skip_invalid: bool = False,
    dry_run: bool = False,
) -> ImportSummary:
    """Import the file ``source`` into the register ``database``, as ``vanort import`` does.

    The columns are ``columns`` ("field=Heading,…"), else the column choice remembered
    for these headings, else the suggested one. Raises SourceError, ColumnChoiceError,
    ImportRefused or a database refusal; nothing is written in any of those cases.
    """
    # Opening a register brings in the migrations; only the command line needs it here.
    from app.register import open_register

    table = open_table(
        source, sheet=sheet, header_row=header_row, encoding=encoding, delimiter=delimiter
    )
    db = open_register(Path(database))
    try:
        choice = initial_columns(db, table, kind)
        column_choice = (
            parse_columns(choice.kind, table.headers, columns) if columns else choice.columns
        )
        parsed = read_file(db, table, choice.kind, column_choice)
        # As --merge-similar: only the groups with strong evidence (app.places.likeness).
        options = ImportOptions(merge_strong=merge_similar, skip_invalid=skip_invalid)
        return run_import(db, parsed, options, dry_run=dry_run)
    finally:
        db.close()
