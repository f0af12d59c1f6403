"""Measures of the page per twin town (issue 17): open it, and see its timeline drawn.

Both run in the main window on the Europe register, on twin towns picked
across the register that are in at least one twinning (a town in none is
quicker and would flatter the figure). ``town_page`` stops the clock when the
page is painted with its header, twinnings and lists (read on the window's
database worker: the clock runs until they have come); their status and the
timeline (the status rule once per period) follow from a worker thread, and
``town_page_timeline`` stops the clock when they have arrived and been painted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from bench.adapters import Missing
from bench.results import Result, Target
from bench.timing import timed_runs

TIMELINE_WAIT_MS = 60_000


def _towns_in_twinnings(database: Any, count: int) -> list[int]:
    """``count`` twin towns spread over the register, each in a twinning, home towns aside."""
    with sqlite3.connect(database) as connection:
        ids = [
            row[0]
            for row in connection.execute(
                "SELECT DISTINCT t.id FROM towns t JOIN twinnings w "
                "ON t.id IN (w.town_a_id, w.town_b_id) WHERE NOT t.is_home ORDER BY t.id"
            )
        ]
    if not ids:
        raise RuntimeError("the register has no twin town in a twinning")
    return [ids[(index * 997) % len(ids)] for index in range(count)]


def _opener(session: Any) -> Callable[[int], Any]:
    """The window's own way in, ``MainWindow.open_town_page``; Missing when it is not there."""
    opener = getattr(session.window, "open_town_page", None)
    if opener is None:
        raise Missing("MainWindow.open_town_page")

    def open_page(town_id: int) -> Any:
        if not opener(town_id):
            raise RuntimeError(f"the page of town {town_id} could not be opened")
        page = session.window.stack.currentWidget()
        _wait_for_town(page)
        found = getattr(page, "dossier", None)
        if found is None or found.town_id != town_id:
            raise RuntimeError(f"the page of town {town_id} did not show the town")
        return page

    return open_page


def _wait_for_town(page: Any) -> None:
    """Run the event loop until the page shows its town (it is read on the window's database
    worker and arrives as the page's ``shown``, or ``not_found``)."""
    from PySide6.QtCore import QEventLoop, QTimer

    is_reading = getattr(page, "is_reading", None)
    if is_reading is None or not is_reading():
        return  # read on the spot
    loop = QEventLoop()
    page.shown.connect(loop.quit)
    page.not_found.connect(loop.quit)
    QTimer.singleShot(TIMELINE_WAIT_MS, loop.quit)
    if is_reading():
        loop.exec()
    page.shown.disconnect(loop.quit)
    page.not_found.disconnect(loop.quit)


def _wait_for_timeline(session: Any, page: Any) -> None:
    """Run the event loop until the page's timeline has arrived (or a minute has passed)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if page is None or not page.is_drawing_timeline():
        return
    loop = QEventLoop()
    page.timeline_ready.connect(loop.quit)
    QTimer.singleShot(TIMELINE_WAIT_MS, loop.quit)
    if page.is_drawing_timeline():
        loop.exec()
    page.timeline_ready.disconnect(loop.quit)
    session.settle()


def town_page(ctx: Any) -> Result:
    """Open a twin town's page from the window: header, statuses and lists painted."""
    session = ctx.ui()
    open_page = _opener(session)
    chosen = _towns_in_twinnings(session.workspace.path, ctx.warmup + ctx.runs + 1)
    shown: list[Any] = [None]

    def setup(index: int) -> int:
        # The previous page's timeline must not draw while the next page is timed.
        _wait_for_timeline(session, shown[0])
        session.window.show_page("town")
        session.settle()
        return chosen[index]

    def work(town_id: int) -> None:
        shown[0] = open_page(town_id)
        shown[0].repaint()

    timing = timed_runs(work, runs=ctx.runs, warmup=ctx.warmup, setup=setup)
    _wait_for_timeline(session, shown[0])
    ctx.profile("town_page", lambda: work(chosen[-1]))
    _wait_for_timeline(session, shown[0])
    return Result.timed(
        "town_page",
        "open a town page",
        Target(max_seconds=0.100),
        timing,
        note="MainWindow.open_town_page on the Europe register until the page is painted; "
        "status and timeline follow from a worker thread (town_page_timeline)",
    )


def town_page_timeline(ctx: Any) -> Result:
    """Open a twin town's page and wait until its timeline is drawn as well."""
    session = ctx.ui()
    open_page = _opener(session)
    chosen = _towns_in_twinnings(session.workspace.path, ctx.warmup + ctx.runs + 1)

    def setup(index: int) -> int:
        session.window.show_page("town")
        session.settle()
        return chosen[index]

    def work(town_id: int) -> None:
        page = open_page(town_id)
        _wait_for_timeline(session, page)
        page.timeline_view.repaint()

    timing = timed_runs(work, runs=ctx.runs, warmup=ctx.warmup, setup=setup)
    ctx.profile("town_page_timeline", lambda: work(chosen[-1]))
    return Result.timed(
        "town_page_timeline",
        "open a town page with its timeline",
        Target(),
        timing,
        note="as town_page, until the status and the timeline (the rule once per period) are drawn",
    )
