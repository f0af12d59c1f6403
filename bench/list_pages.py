"""Measures of the list pages: the twinnings' page of the Europe register opened afresh.

The clock runs from the window being asked for the page (``MainWindow.show_page``,
as a click in the navigation does) until its list shows its rows and is painted.
Each run makes the page anew, as the first visit of a session does: a page
already made only reads its list again. A long list's rest is read on the
window's worker after that (ui.lists.table_model); it is awaited, untimed,
before the next run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bench.adapters import Missing
from bench.results import Result, Target
from bench.timing import timed_runs

KIND = "twinning"


def _forget_page(session: Any, key: str) -> None:
    """The window's page of ``key`` taken away, so that the next visit makes it again."""
    page = session.window.pages.pop(key, None)
    if page is not None:
        session.window.stack.removeWidget(page)
        page.deleteLater()
    session.window.show_page("town")
    session.settle()  # also the rest of a long list read before, and the deletion done


def _wait_until_filled(session: Any, page: Any) -> None:
    """Run the event loop until the page shows the list's latest read."""
    from PySide6.QtCore import QEventLoop

    while not page.is_filled():
        session.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def twinnings_page(ctx: Any) -> Result:
    """Open the twinnings' page of the Europe register: its first rows painted."""
    session = ctx.ui()
    if not hasattr(session.window, "show_page"):
        raise Missing("MainWindow.show_page")
    shown: list[Any] = [None]

    def setup(_index: int) -> None:
        _forget_page(session, KIND)

    def work(_prepared: None) -> None:
        page = session.window.show_page(KIND)
        _wait_until_filled(session, page)
        page.table.viewport().repaint()
        shown[0] = page

    timing = timed_runs(work, runs=ctx.runs, warmup=ctx.warmup, setup=setup)
    rows = shown[0].model.total_rows() if shown[0] is not None else 0
    form_ms = _until_the_form(session, setup, work, shown)
    _forget_page(session, KIND)
    ctx.profile("twinnings_page", lambda: (setup(0), work(None)))
    return Result.timed(
        "twinnings_page",
        "twinnings page of the Europe-sized register",
        Target(max_seconds=0.100),
        timing,
        note=f"MainWindow.show_page('{KIND}') made afresh until its list ({rows} twinnings) "
        "shows its first rows and is painted; the rest follows from the database worker"
        + (f", the form beside it after {form_ms:.0f} ms (one run)" if form_ms else ""),
    )


def _until_the_form(
    session: Any, setup: Callable[[int], None], work: Callable[[None], None], shown: list[Any]
) -> float | None:
    """Once more, the time until the page's form is there too (it is made after the list).

    None when the page makes its form with the page (before the list shows).
    """
    from PySide6.QtCore import QEventLoop

    setup(0)
    started = time.perf_counter()
    work(None)
    page = shown[0]
    if not hasattr(page, "has_form"):
        return None
    while not page.has_form():
        session.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    page.form.repaint()
    return (time.perf_counter() - started) * 1000


def twinnings_list(ctx: Any) -> Result:
    """Read the twinnings' list again on its page (a filter changed): its first rows painted."""
    session = ctx.ui()
    if not hasattr(session.window, "show_page"):
        raise Missing("MainWindow.show_page")
    page = session.window.show_page(KIND)
    session.settle()

    def setup(_index: int) -> None:
        session.settle()  # the rest of the read before

    def work(_prepared: None) -> None:
        page.reload()
        _wait_until_filled(session, page)
        page.table.viewport().repaint()

    timing = timed_runs(work, runs=ctx.runs, warmup=ctx.warmup, setup=setup)
    rows = page.model.total_rows()
    _forget_page(session, KIND)
    return Result.timed(
        "twinnings_list",
        "twinnings list read again (Europe)",
        Target(max_seconds=0.100),
        timing,
        note=f"the list of the twinnings' page ({rows} rows) read again on the database worker "
        "until its first rows are painted: the list's part of twinnings_page, without the form",
    )
