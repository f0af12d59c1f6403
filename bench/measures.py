"""The measures of issue 8, listed: each times the program through an adapter beside its floor.

The measures themselves live by job in ``start_measures``, ``list_measures``,
``report_measures``, ``import_measures`` and ``town_page``.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass

from bench.adapters import Missing
from bench.context import Context, scratch_folder
from bench.import_measures import import_pairs, import_pairs_xlsx
from bench.list_measures import form_open_save, keystroke, search_everywhere, sort
from bench.list_pages import twinnings_list, twinnings_page
from bench.report_measures import (
    mapping_docx,
    mapping_pdf,
    register_docx,
    register_pdf,
    register_xlsx,
    render_pdf_towns,
    render_xlsx_towns,
)
from bench.results import Result, Target
from bench.server_measures import (
    OPEN_TARGET,
    OPEN_TITLE,
    SAVE_TARGET,
    SAVE_TITLE,
    SELECT_TARGET,
    SELECT_TITLE,
    STALL_TARGET,
    STALL_TITLE,
    server_open,
    server_save,
    server_select,
    server_stall,
)
from bench.start_measures import (
    ORM_FLOOR_TITLE,
    orm_floor,
    peak_memory,
    start_demo,
    start_europe,
    start_overview,
)
from bench.town_page import town_page, town_page_timeline

__all__ = ["MEASURES", "Context", "Measure", "run_measure", "scratch_folder"]


@dataclass(frozen=True)
class Measure:
    name: str
    title: str
    target: Target
    run: Callable[[Context], Result]
    in_quick: bool = True


MEASURES: tuple[Measure, ...] = (
    Measure("start_demo", "start to the town list (demo)", Target(max_ratio=2.5), start_demo),
    Measure("start_europe", "start to the town list (Europe)", Target(max_ratio=2.5), start_europe),
    Measure(
        "start_overview",
        "start to a filled Översikt (Europe)",
        Target(max_ratio=2.5),
        start_overview,
    ),
    Measure("orm_floor", ORM_FLOOR_TITLE, Target(), orm_floor),
    Measure(
        "keystroke",
        "keystroke to filtered list (30 000 towns)",
        Target(max_ratio=2.0, max_seconds=0.050),
        keystroke,
    ),
    Measure("sort", "sort the town list by a column", Target(max_ratio=2.0), sort),
    Measure(
        "search_everywhere",
        "search everywhere keystroke (Europe)",
        Target(max_seconds=0.050),
        search_everywhere,
    ),
    Measure(
        "form_open_save",
        "open a town's form, change it, save",
        Target(max_seconds=0.100),
        form_open_save,
    ),
    Measure("register_xlsx", "register to Excel", Target(max_ratio=1.3), register_xlsx),
    Measure("register_pdf", "register to PDF", Target(max_ratio=1.5), register_pdf),
    Measure("register_docx", "register to Word", Target(max_ratio=1.5), register_docx),
    Measure(
        "render_xlsx_towns",
        "Excel renderer, 30 000-town table",
        Target(max_ratio=1.3),
        render_xlsx_towns,
    ),
    Measure(
        "render_pdf_towns",
        "PDF renderer, 5 000-town table",
        Target(max_ratio=1.5),
        render_pdf_towns,
    ),
    Measure("mapping_pdf", "mapping report of the demo (PDF)", Target(), mapping_pdf),
    Measure(
        "mapping_docx",
        "mapping report of the demo (Word)",
        Target(max_seconds=3.0),
        mapping_docx,
    ),
    Measure(
        "import_pairs", "import 26 000 twinning pairs (CSV)", Target(max_ratio=2.0), import_pairs
    ),
    Measure(
        "import_pairs_xlsx",
        "import 26 000 twinning pairs (Excel)",
        Target(max_ratio=2.0),
        import_pairs_xlsx,
    ),
    Measure(
        "twinnings_page",
        "twinnings page of the Europe-sized register",
        Target(max_seconds=0.100),
        twinnings_page,
    ),
    Measure(
        "twinnings_list",
        "twinnings list read again (Europe)",
        Target(max_seconds=0.100),
        twinnings_list,
    ),
    Measure("town_page", "open a town page", Target(max_seconds=0.100), town_page),
    Measure(
        "town_page_timeline", "open a town page with its timeline", Target(), town_page_timeline
    ),
    Measure("server_open", OPEN_TITLE, OPEN_TARGET, server_open),
    Measure("server_save", SAVE_TITLE, SAVE_TARGET, server_save),
    Measure("server_select", SELECT_TITLE, SELECT_TARGET, server_select),
    Measure("server_stall", STALL_TITLE, STALL_TARGET, server_stall),
    Measure(
        "peak_memory", "peak memory, Europe open, list shown", Target(max_mib=250), peak_memory
    ),
)


def run_measure(measure: Measure, ctx: Context) -> Result:
    """Run one measure; a missing or failing piece of the program gives a row without a number."""
    try:
        return measure.run(ctx)
    except Missing as missing:
        return Result.not_measured(measure.name, measure.title, measure.target, missing.what)
    except Exception as error:
        # A part of the program being written may fail today; the other measures still run.
        ctx.log(traceback.format_exc())
        text = f"{type(error).__name__}: {error}"
        return Result.broken(measure.name, measure.title, measure.target, text)
