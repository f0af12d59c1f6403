"""Measures 5 to 7: the register and the mapping report written to Excel, PDF and Word."""

from __future__ import annotations

import time
from typing import Any

from bench import adapters, floors
from bench.context import Context
from bench.results import Result, Target
from bench.timing import Timing, paired_runs, timed_runs

_RENDERERS = {".xlsx": "render_xlsx", ".pdf": "render_pdf", ".docx": "render_docx"}
_FLOORS = {".xlsx": "xlsx_floor", ".pdf": "pdf_floor", ".docx": "docx_floor"}


def _export(ctx: Context, name: str, title: str, target: Target, suffix: str) -> Result:
    render = getattr(adapters, _RENDERERS[suffix])
    database = ctx.copy_of(ctx.data.europe_db, "europe-reports.sqlite3")
    workspace = adapters.open_workspace(database)
    try:
        document = adapters.register_document(workspace)  # Missing until the builder lands
        out = ctx.work / f"{name}{suffix}"

        def work(_prepared: Any) -> None:
            render(adapters.register_document(workspace), out)

        headers, rows = _document_rows(document)
        floor = getattr(floors, _FLOORS[suffix])
        floor_out = ctx.work / f"{name}-floor{suffix}"

        def floor_work(_prepared: Any) -> None:
            floors.read_register(database)  # the same rows read, as the start floor does
            floor(headers, rows, floor_out)

        timing, floor_timing = paired_runs(work, floor_work, runs=ctx.runs, warmup=ctx.warmup)
        ctx.profile(name, lambda: work(None))
    finally:
        workspace.close()
    return Result.timed(
        name, title, target, timing, floor_timing, f"{len(rows)} rows in the document's tables"
    )


def _document_rows(document: Any) -> tuple[list[str], list[list[Any]]]:
    """Every table row of ``document`` (as plain cells) under the widest header, for the floors."""
    from app.reports import FactSheet, Table
    from app.reports.document import iter_blocks

    headers: list[str] = []
    rows: list[list[Any]] = []
    for block in iter_blocks(document.body):
        if isinstance(block, Table):
            if len(block.columns) > len(headers):
                headers = list(block.columns)
            rows.extend([_plain_cell(v) for v in row] for row in block.rows)
        elif isinstance(block, FactSheet):
            rows.extend([fact, _plain_cell(value)] for fact, value in block.facts)
    width = max([len(headers)] + [len(r) for r in rows])
    headers += [""] * (width - len(headers))
    rows = [r + [""] * (width - len(r)) for r in rows]
    return headers, rows


def _plain_cell(value: Any) -> Any:
    from app.reports import Amount, Unknown

    if value is None or isinstance(value, Unknown):
        return ""
    if isinstance(value, Amount):
        return float(value.value)
    return value


def register_xlsx(ctx: Context) -> Result:
    return _export(ctx, "register_xlsx", "register to Excel", Target(max_ratio=1.3), ".xlsx")


def register_pdf(ctx: Context) -> Result:
    return _export(ctx, "register_pdf", "register to PDF", Target(max_ratio=1.5), ".pdf")


def register_docx(ctx: Context) -> Result:
    return _export(ctx, "register_docx", "register to Word", Target(max_ratio=1.5), ".docx")


def _renderer(
    ctx: Context, name: str, title: str, target: Target, suffix: str, limit: int | None
) -> Result:
    """The renderer alone on a table of towns (a stand-in until the register report exists)."""
    render = adapters.render_xlsx if suffix == ".xlsx" else adapters.render_pdf
    workspace = adapters.open_workspace(ctx.copy_of(ctx.data.europe_db, "europe-reports.sqlite3"))
    try:
        document, headers, rows = adapters.town_list_document(workspace, limit)
    finally:
        workspace.close()
    out = ctx.work / f"{name}{suffix}"
    floor = floors.xlsx_floor if suffix == ".xlsx" else floors.pdf_floor
    floor_out = ctx.work / f"{name}-floor{suffix}"
    app_timing, floor_timing = Timing(), Timing()
    for index in range(ctx.warmup + ctx.runs):
        started = time.perf_counter()
        render(document, out)
        middle = time.perf_counter()
        floor(headers, rows, floor_out)
        ended = time.perf_counter()
        if index >= ctx.warmup:
            app_timing.samples.append(middle - started)
            floor_timing.samples.append(ended - middle)
    ctx.profile(name, lambda: render(document, out))
    return Result.timed(
        name,
        title,
        target,
        app_timing,
        floor_timing,
        f"renderer only: the town list as one table of {len(rows)} rows x {len(headers)} columns",
    )


def render_xlsx_towns(ctx: Context) -> Result:
    return _renderer(
        ctx,
        "render_xlsx_towns",
        "Excel renderer, 30 000-town table",
        Target(max_ratio=1.3),
        ".xlsx",
        None,
    )


def render_pdf_towns(ctx: Context) -> Result:
    return _renderer(
        ctx,
        "render_pdf_towns",
        "PDF renderer, 5 000-town table",
        Target(max_ratio=1.5),
        ".pdf",
        5_000,
    )


def _mapping(ctx: Context, suffix: str, title: str, target: Target) -> Result:
    """The mapping report of the demo (the latest saved or a draft) rendered to ``suffix``."""
    render = getattr(adapters, _RENDERERS[suffix])
    name = f"mapping_{suffix.lstrip('.')}"
    workspace = adapters.open_workspace(ctx.copy_of(ctx.data.demo_db, "demo-reports.sqlite3"))
    out = ctx.work / f"mapping{suffix}"
    try:
        adapters.mapping_document(workspace)

        def work(_prepared: Any) -> None:
            render(adapters.mapping_document(workspace), out)

        timing = timed_runs(work, runs=ctx.runs, warmup=ctx.warmup)
        ctx.profile(name, lambda: work(None))
    finally:
        workspace.close()
    return Result.timed(name, title, target, timing)


def mapping_pdf(ctx: Context) -> Result:
    return _mapping(ctx, ".pdf", "mapping report of the demo (PDF)", Target())


def mapping_docx(ctx: Context) -> Result:
    return _mapping(ctx, ".docx", "mapping report of the demo (Word)", Target(max_seconds=3.0))
