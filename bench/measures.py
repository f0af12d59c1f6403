"""The measures of issue 8: each times the program through an adapter beside its floor."""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import adapters, floors
from bench.adapters import Missing
from bench.generate import Dataset, copy_database, read_pairs_csv
from bench.results import Result, Target
from bench.timing import Timing, paired_runs, timed_runs
from bench.town_page import town_page, town_page_timeline

REPO = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT_S = 180


@dataclass
class Context:
    """What the measures share: the data, a scratch folder, run counts, the open window."""

    data: Dataset
    work: Path
    runs: int
    warmup: int = 1
    profile_dir: Path | None = None
    log: Callable[[str], None] = print
    peaks: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)
    _ui: UiSession | None = None
    _copies: dict[str, Path] = field(default_factory=dict)

    def copy_of(self, source: Path, name: str) -> Path:
        """A working copy of ``source`` made once per run (the cache stays untouched)."""
        if name not in self._copies:
            target = self.work / name
            copy_database(source, target)
            self._copies[name] = target
        return self._copies[name]

    def child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        # An installed program starts from compiled bytecode; without it every start
        # would compile the project's modules again (this machine sets the variable).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["VANORT_HOME"] = str(self.work / "home")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        return env

    def ui(self) -> UiSession:
        if self._ui is None:
            self._ui = UiSession(self.copy_of(self.data.europe_db, "europe-ui.sqlite3"))
        return self._ui

    def close(self) -> None:
        if self._ui is not None:
            self._ui.close()
            self._ui = None

    def profile(self, name: str, work: Callable[[], Any]) -> None:
        """Run ``work`` once more under cProfile and keep the 30 most expensive calls."""
        if self.profile_dir is None:
            return
        profiler = cProfile.Profile()
        profiler.enable()
        try:
            work()
        finally:
            profiler.disable()
        _save_profile(profiler, self.profile_dir / f"{name}.txt")


def _save_profile(source: cProfile.Profile | str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    out = io.StringIO()
    stats = pstats.Stats(source, stream=out)  # type: ignore[arg-type]
    stats.strip_dirs().sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    target.write_text(out.getvalue(), encoding="utf-8")


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    from ui.app import application

    app = QApplication.instance()
    return app if app is not None else application()


class UiSession:
    """The program's main window on the Europe database, as ``vanort`` builds it."""

    def __init__(self, database: Path) -> None:
        from ui.main_window import MainWindow
        from ui.translations import apply_language

        self.app = _app()
        self.workspace = adapters.open_workspace(database)
        apply_language(self.workspace.settings().language)
        self.window = MainWindow(self.workspace)
        self.window.show()
        self.page: Any = self.window.show_page("town")
        self.settle()

    def settle(self) -> None:
        from PySide6.QtCore import QEventLoop

        self.app.processEvents()
        # The window reads its lists and counts on its database worker: wait for the answers.
        worker = getattr(self.window, "db_worker", None)
        while worker is not None and worker.pending():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def close(self) -> None:
        self.window.close()
        self.workspace.close()
        self.window.deleteLater()
        self.settle()


# ---------------------------------------------------------------- 1 and 9: start, memory


def _start_child(
    ctx: Context, mode: str, database: Path, profile: Path | None = None
) -> tuple[float, float]:
    """Seconds from starting ``python -m bench.entry MODE DB`` to its list shown, and peak MiB."""
    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "bench.entry", mode, str(database)]
    started = time.time()
    done = subprocess.run(
        command,
        cwd=REPO,
        env=ctx.child_env(),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    ready = peak = None
    for line in done.stdout.splitlines():
        if line.startswith("READY "):
            ready = float(line.split()[1])
        elif line.startswith("PEAK_KIB "):
            peak = int(line.split()[1]) / 1024
    if ready is None or peak is None:
        raise RuntimeError(
            f"{' '.join(command)} did not report (exit {done.returncode}): {done.stderr[-2000:]}"
        )
    return ready - started, peak


def _start(ctx: Context, name: str, title: str, database: Path, mode: str = "app") -> Result:
    peaks: tuple[list[float], list[float]] = ([], [])

    def run(mode: str, keep: list[float]) -> Callable[[int], float]:
        def once(_index: int) -> float:
            seconds, peak = _start_child(ctx, mode, database)
            keep.append(peak)
            return seconds

        return once

    # Program and floor take turns, so a slow spell of the machine hits both.
    app_timing, floor_timing = Timing(), Timing()
    for index in range(ctx.warmup + ctx.runs):
        seconds_app = run(mode, peaks[0])(index)
        seconds_floor = run("floor", peaks[1])(index)
        if index >= ctx.warmup:
            app_timing.samples.append(seconds_app)
            floor_timing.samples.append(seconds_floor)
    ctx.peaks[name] = (peaks[0][ctx.warmup :], peaks[1][ctx.warmup :])
    if ctx.profile_dir is not None:
        raw = ctx.profile_dir / f"{name}.prof"
        raw.parent.mkdir(parents=True, exist_ok=True)
        _start_child(ctx, mode, database, profile=raw)
        _save_profile(str(raw), ctx.profile_dir / f"{name}.txt")
    return Result.timed(name, title, Target(max_ratio=2.5), app_timing, floor_timing)


def start_demo(ctx: Context) -> Result:
    database = ctx.copy_of(ctx.data.demo_db, "demo-start.sqlite3")
    return _start(ctx, "start_demo", "start to the town list (demo)", database)


def start_europe(ctx: Context) -> Result:
    database = ctx.copy_of(ctx.data.europe_db, "europe-start.sqlite3")
    return _start(ctx, "start_europe", "start to the town list (Europe)", database)


def start_overview(ctx: Context) -> Result:
    # The Europe-sized register: the start page's sections read the whole of it.
    database = ctx.copy_of(ctx.data.europe_db, "europe-overview.sqlite3")
    return _start(
        ctx, "start_overview", "start to a filled Översikt (Europe)", database, "overview"
    )


def peak_memory(ctx: Context) -> Result:
    title = "peak memory, Europe open, list shown"
    if "start_europe" in ctx.peaks:
        app_peaks, floor_peaks = ctx.peaks["start_europe"]
    else:
        database = ctx.copy_of(ctx.data.europe_db, "europe-start.sqlite3")
        app_peaks, floor_peaks = [], []
        for _index in range(ctx.warmup + ctx.runs):
            app_peaks.append(_start_child(ctx, "app", database)[1])
            floor_peaks.append(_start_child(ctx, "floor", database)[1])
        app_peaks, floor_peaks = app_peaks[ctx.warmup :], floor_peaks[ctx.warmup :]
    result = Result("peak_memory", title, Target(max_mib=250))
    result.peak_mib = sorted(app_peaks)[len(app_peaks) // 2]
    result.floor_peak_mib = sorted(floor_peaks)[len(floor_peaks) // 2]
    result.runs = len(app_peaks)
    result.note = f"child ru_maxrss; program {min(app_peaks):.0f}–{max(app_peaks):.0f} MiB"
    return result


# ---------------------------------------------------------------- 2 and 3: search and sort

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


def form_open_save(ctx: Context) -> Result:
    session = ctx.ui()
    page = session.page
    ids = page.model.shown_ids()
    chosen = [ids[(i * 997) % len(ids)] for i in range(ctx.warmup + ctx.runs + 1)]
    notes = page.form.editor("notes").focus_widget()

    def work(index: int) -> None:
        if not page.select_record(chosen[index]):
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
    popup = open_search(session.window, session.workspace, lambda _kind, _id: None)
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
        timing, floor_timing = paired_runs(
            work, lambda _p: floor(headers, rows, floor_out), runs=ctx.runs, warmup=ctx.warmup
        )
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


def mapping_pdf(ctx: Context) -> Result:
    database = ctx.copy_of(ctx.data.demo_db, "demo-reports.sqlite3")
    workspace = adapters.open_workspace(database)
    out = ctx.work / "mapping.pdf"
    try:
        adapters.mapping_document(workspace)

        def work(_prepared: Any) -> None:
            adapters.render_pdf(adapters.mapping_document(workspace), out)

        timing = timed_runs(work, runs=ctx.runs, warmup=ctx.warmup)
        ctx.profile("mapping_pdf", lambda: work(None))
    finally:
        workspace.close()
    return Result.timed("mapping_pdf", "mapping report of the demo (PDF)", Target(), timing)


def mapping_docx(ctx: Context) -> Result:
    database = ctx.copy_of(ctx.data.demo_db, "demo-reports.sqlite3")
    workspace = adapters.open_workspace(database)
    out = ctx.work / "mapping.docx"
    try:
        adapters.mapping_document(workspace)

        def work(_prepared: Any) -> None:
            adapters.render_docx(adapters.mapping_document(workspace), out)

        timing = timed_runs(work, runs=ctx.runs, warmup=ctx.warmup)
        ctx.profile("mapping_docx", lambda: work(None))
    finally:
        workspace.close()
    return Result.timed(
        "mapping_docx", "mapping report of the demo (Word)", Target(max_seconds=3.0), timing
    )


# ---------------------------------------------------------------- 8: import


def _imported(database: Path) -> tuple[int, int]:
    """(towns, twinnings) in ``database``, to check that an import did its work."""
    import sqlite3

    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        towns = connection.execute("SELECT count(*) FROM towns").fetchone()[0]
        twinnings = connection.execute("SELECT count(*) FROM twinnings").fetchone()[0]
        return int(towns), int(twinnings)
    finally:
        connection.close()


def _import(ctx: Context, name: str, title: str, source: Path) -> Result:
    from app.register import create_register

    empty = ctx.work / "empty-template.sqlite3"
    if not empty.exists():
        create_register(empty, municipality="Vänersborg").close()
    pairs = {
        frozenset(((a, ac), (b, bc))) for a, ac, b, bc, _y in read_pairs_csv(ctx.data.pairs_csv)
    }
    towns = {town for pair in pairs for town in pair}
    # One file name for every run: the register the user imports into was opened
    # before today (its daily backup is taken in the warm-up, not in every run).
    target = ctx.work / f"{name}-target.sqlite3"

    def fresh(_index: int) -> Path:
        copy_database(empty, target)
        return target

    def check(who: str) -> None:
        found = _imported(target)
        if found != (len(towns), len(pairs)):
            raise RuntimeError(
                f"{who} left {found} (towns, twinnings), expected {(len(towns), len(pairs))}"
            )

    def program(db: Path) -> None:
        adapters.import_pairs(db, source)
        check("the import")

    def bare(db: Path) -> None:
        floors.import_floor(source, db)
        check("the floor")

    # The check of each run's result is timed with it, the same for both (a few ms).
    timing, floor_timing = paired_runs(
        program, bare, runs=ctx.runs, warmup=ctx.warmup, setup=fresh, floor_setup=fresh
    )
    ctx.profile(name, lambda: adapters.import_pairs(fresh(0), source))
    return Result.timed(
        name,
        title,
        Target(max_ratio=2.0),
        timing,
        floor_timing,
        "into an empty register, as `vanort import`; the floor reads the file "
        f"({source.suffix[1:]}) and inserts the same towns and twinnings with Core",
    )


def import_pairs(ctx: Context) -> Result:
    return _import(ctx, "import_pairs", "import 26 000 twinning pairs (CSV)", ctx.data.pairs_csv)


def import_pairs_xlsx(ctx: Context) -> Result:
    return _import(
        ctx, "import_pairs_xlsx", "import 26 000 twinning pairs (Excel)", ctx.data.pairs_xlsx
    )


# ---------------------------------------------------------------- the list


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
    Measure("town_page", "open a town page", Target(max_seconds=0.100), town_page),
    Measure(
        "town_page_timeline", "open a town page with its timeline", Target(), town_page_timeline
    ),
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


def scratch_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="vanort-bench-"))
