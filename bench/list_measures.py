"""Measures 2 to 4: typing in the search, sorting the town list, a form opened and saved."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bench import floors
from bench.adapters import Missing
from bench.context import Context
from bench.results import Result, Target
from bench.timing import paired_runs, timed_runs

SEARCH_WORDS = ("berg", "sund", "ville")


def _keystrokes() -> list[tuple[str, str]]:
    """(text before, key typed) for typing each search word one letter at a time."""
    return [(word[:i], word[i]) for word in SEARCH_WORDS for i in range(len(word))]


def keystroke(ctx: Context) -> Result:
    from PySide6.QtTest import QTest

    session = ctx.ui()
    page = session.page
    steps = _keystrokes()
    runs = max(ctx.runs, len(steps))
    bare = floors.BareList(floors.read_towns(ctx.copy_of(ctx.data.europe_db, "europe-ui.sqlite3")))

    def typing(field_widget: Any) -> tuple[Callable[[int], str], Callable[[str], None]]:
        def setup(index: int) -> str:
            before, key = steps[index % len(steps)]
            field_widget.setText(before)
            session.settle()
            return key

        def work(key: str) -> None:
            QTest.keyClicks(field_widget, key)
            session.settle()  # the list is drawn again

        return setup, work

    setup, work = typing(page.search_field)
    bare_setup, bare_work = typing(bare.search)
    app_timing, floor_timing = paired_runs(
        work, bare_work, runs=runs, warmup=ctx.warmup, setup=setup, floor_setup=bare_setup
    )
    shown = page.model.rowCount()
    bare.close()

    def again() -> None:
        page.search_field.setText("ber")
        session.settle()
        QTest.keyClicks(page.search_field, "g")
        session.settle()

    ctx.profile("keystroke", again)
    page.search_field.clear()
    session.settle()
    note = f"typing {', '.join(SEARCH_WORDS)} letter by letter; last list {shown} rows"
    return Result.timed(
        "keystroke",
        "keystroke to filtered list (30 000 towns)",
        Target(max_ratio=2.0, max_seconds=0.050),
        app_timing,
        floor_timing,
        note,
    )


SORT_FIELDS = ("country", "name", "population", "region", "kind")


def sort(ctx: Context) -> Result:
    from PySide6.QtCore import Qt

    session = ctx.ui()
    page = session.page
    model = page.model
    fields = [f for f in SORT_FIELDS if model.column_of(f) is not None]
    header = page.table.horizontalHeader()
    bare = floors.BareList(floors.read_towns(ctx.copy_of(ctx.data.europe_db, "europe-ui.sqlite3")))
    bare.view.setSortingEnabled(True)

    def order_of(index: int) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if index % 2 else Qt.SortOrder.AscendingOrder

    def field_of(index: int, current: str | None) -> str:
        field_name = fields[index % len(fields)]
        return field_name if field_name != current else fields[(index + 1) % len(fields)]

    def setup(index: int) -> tuple[int, Qt.SortOrder]:
        # A freshly read list, as after opening or saving: the column's sort keys are not made yet.
        page.reload()
        session.settle()
        table = model.table()
        sorted_by = header.sortIndicatorSection()
        current = table.columns[sorted_by].name if table and sorted_by >= 0 else None
        column = model.column_of(field_of(index, current))
        assert column is not None
        return column, order_of(index)

    def work(choice: tuple[int, Qt.SortOrder]) -> None:
        page.table.sortByColumn(*choice)
        session.settle()

    bare_current: dict[str, str | None] = {"field": None}

    def bare_setup(index: int) -> tuple[int, Qt.SortOrder]:
        field_name = field_of(index, bare_current["field"])
        bare_current["field"] = field_name
        return floors.TOWN_COLUMNS.index(field_name), order_of(index)

    def bare_work(choice: tuple[int, Qt.SortOrder]) -> None:
        bare.view.sortByColumn(*choice)
        session.settle()

    app_timing, floor_timing = paired_runs(
        work, bare_work, runs=ctx.runs, warmup=ctx.warmup, setup=setup, floor_setup=bare_setup
    )
    bare.close()

    def again() -> None:
        work(setup(1))

    ctx.profile("sort", again)
    return Result.timed(
        "sort",
        "sort the town list by a column",
        Target(max_ratio=2.0),
        app_timing,
        floor_timing,
        "a column not sorted since the list was read (its keys are made), both directions",
    )


# ---------------------------------------------------------------- 4: a form


def _form_loaded(page: Any) -> bool:
    """Wait for the record chosen to come from the window's database worker (if it reads there)."""
    wait = getattr(page.form, "wait_for_load", None)
    return wait is None or bool(wait())


def form_open_save(ctx: Context) -> Result:
    session = ctx.ui()
    page = session.page
    ids = page.model.shown_ids()
    chosen = [ids[(i * 997) % len(ids)] for i in range(ctx.warmup + ctx.runs + 1)]
    notes = page.form.editor("notes").focus_widget()

    def work(index: int) -> None:
        if not page.select_record(chosen[index]) or not _form_loaded(page):
            raise RuntimeError(f"town {chosen[index]} could not be opened")
        notes.setPlainText(f"Benchmark edit {index} at {time.time():.3f}")
        if not page.save_record():
            raise RuntimeError(
                f"town {chosen[index]} could not be saved: {page.form.banner_text()}"
            )
        session.settle()

    timing = timed_runs(work, runs=ctx.runs, warmup=ctx.warmup, setup=lambda index: index)
    ctx.profile("form_open_save", lambda: work(ctx.warmup + ctx.runs))
    return Result.timed(
        "form_open_save",
        "open a town's form, change it, save",
        Target(max_seconds=0.100),
        timing,
        note="through the town page: select in the list, edit notes, Save (the list reads again)",
    )


def search_everywhere(ctx: Context) -> Result:
    """Ctrl+K on the Europe register: one letter typed, the query run, the results drawn."""
    from PySide6.QtTest import QTest

    session = ctx.ui()
    try:
        from ui.search import open_search
    except ImportError as error:
        raise Missing("ui.search (Ctrl+K)") from error
    popup = open_search(
        session.window,
        session.workspace,
        lambda _kind, _id: None,
        worker=session.window.db_worker,  # as the window searches: on its database worker
    )
    steps = _keystrokes()
    runs = max(ctx.runs, len(steps))

    def setup(index: int) -> str:
        before, key = steps[index % len(steps)]
        popup.field.setText(before)
        session.settle()
        return key

    def work(key: str) -> None:
        QTest.keyClicks(popup.field, key)
        # The box waits for a pause in typing first; the pause is not the program's work.
        popup.run_search()
        session.settle()  # the results are drawn

    timing = timed_runs(work, runs=runs, warmup=ctx.warmup, setup=setup)
    found = popup.model.rowCount()

    def again() -> None:
        popup.field.setText("ber")
        work("g")

    ctx.profile("search_everywhere", again)
    popup.close()
    session.settle()
    return Result.timed(
        "search_everywhere",
        "search everywhere keystroke (Europe)",
        Target(max_seconds=0.050),
        timing,
        note=f"Ctrl+K box, typing {', '.join(SEARCH_WORDS)} letter by letter over every kind; "
        f"last search {found} groups",
    )


# ---------------------------------------------------------------- 5 to 7: reports
