"""The office at a distance (issue 19): the window on a PostgreSQL server 100 ms away.

The demo register is loaded into the server database named by
``VANORT_BENCH_POSTGRES`` (it is emptied first: give the benchmark a database of
its own), and the window reaches it through :class:`bench.delay_proxy.DelayProxy`,
which makes every round trip cost :data:`ROUND_TRIP_S` (100 ms, or
``VANORT_BENCH_ROUND_TRIP_MS``). Four figures:

- ``server_open``: from opening the register to the start page with every section
  filled, as ``vanort --database URL`` does it;
- ``server_save``: a town's form saved, until the window has read again what it shows;
- ``server_select``: Down in the town list, until the form shows the town now chosen;
- ``server_stall``: the longest the window's thread went without turning its event
  loop during those opens, saves and selections (a timer that should tick every 10 ms).

Each note counts per operation the statements SQLAlchemy sent, the commits, the
connection checkouts from the pool, the new connections, and the messages the
proxy carried towards the server (the round trips really paid, pings included).
"""

from __future__ import annotations

import gc
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from bench.adapters import Missing
from bench.context import Context
from bench.delay_proxy import DelayProxy
from bench.entry import overview_shown
from bench.results import Result, Target
from bench.timing import Timing

SERVER_ENV = "VANORT_BENCH_POSTGRES"
# The round trip the proxy adds: 100 ms (a remote office, a VPN) unless the run asks otherwise.
ROUND_TRIP_ENV = "VANORT_BENCH_ROUND_TRIP_MS"
ROUND_TRIP_S = float(os.environ.get(ROUND_TRIP_ENV) or 100) / 1000
AWAY = f"{ROUND_TRIP_S * 1000:.0f} ms away"
TICK_MS = 10
WAIT_LIMIT_S = 120.0
OPEN_TARGET = Target(max_seconds=3.0)
SAVE_TARGET = Target(max_seconds=1.0)
STALL_TARGET = Target(max_seconds=0.100)
SELECT_TARGET = Target(max_seconds=1.0)
SELECT_STEPS = 5
"""Down pressed this many times in a row per run, each time waiting for the form's answer."""
OPEN_TITLE = f"open the window on a server {AWAY} (demo)"
SAVE_TITLE = f"save a town's form on a server {AWAY}"
STALL_TITLE = f"longest stall of the window, server {AWAY}"
SELECT_TITLE = f"show a town chosen with Down in the list, server {AWAY}"


@dataclass
class Traffic:
    """What one operation cost on the wire (see the module's docstring)."""

    statements: int = 0
    commits: int = 0
    checkouts: int = 0
    connects: int = 0
    messages: int = 0

    def describe(self) -> str:
        return (
            f"{self.statements} statements, {self.commits} commits, {self.checkouts} checkouts, "
            f"{self.connects} new connections, {self.messages} messages to the server"
        )


class TrafficCounter:
    """Counts statements, commits and pool checkouts of every engine in the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now = Traffic()
        self._installed = False

    def install(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
        from sqlalchemy.pool import Pool

        if self._installed:
            return
        self._installed = True
        event.listen(Engine, "before_cursor_execute", lambda *_a: self._add("statements"))
        event.listen(Engine, "commit", lambda *_a: self._add("commits"))
        event.listen(Pool, "checkout", lambda *_a: self._add("checkouts"))
        event.listen(Pool, "connect", lambda *_a: self._add("connects"))

    def _add(self, name: str) -> None:
        with self._lock:
            setattr(self.now, name, getattr(self.now, name) + 1)

    def take(self, proxy: DelayProxy) -> Traffic:
        """What was counted since the last take (the proxy's messages too), and start again."""
        with self._lock:
            taken, self.now = self.now, Traffic()
        taken.messages = proxy.take_messages()
        return taken


class StallWatch:
    """The longest gap between ticks of a 10 ms timer on the window's thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest_s = 0.0
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_s = max(self.longest_s, now - self._last)
        self._last = now

    def stop(self) -> float:
        """Stop ticking; the longest gap, the one still open at the end included."""
        self._tick()
        self._timer.stop()
        return self.longest_s


@dataclass
class Office:
    """The server with the demo loaded and the proxy in front of it, made once per run."""

    url: str
    proxied_url: str
    proxy: DelayProxy
    counter: TrafficCounter
    stalls: list[float] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    selections: Timing | None = None  # Down to the form showing the town, once measured
    selection_traffic: Traffic | None = None


def _server_url() -> str:
    url = os.environ.get(SERVER_ENV, "").strip()
    if not url:
        raise Missing(f"a PostgreSQL server (set {SERVER_ENV} to an empty database's URL)")
    return url


def _load_demo(ctx: Context, url: str) -> None:
    """Empty the benchmark's database, then load the demo register with the program's restore."""
    from sqlalchemy import create_engine, text

    from app.server_copies import restore_file_to_server

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    restore_file_to_server(ctx.data.demo_db, url)


def office(ctx: Context) -> Office:
    """The office of this run (the demo loaded and the proxy started the first time)."""
    found = ctx.shared.get("office")
    if isinstance(found, Office):
        return found
    from sqlalchemy.engine import make_url

    url = _server_url()
    # One window at a time, as on the coordinator's screen: the Europe file's window of
    # the earlier measures stayed visible, and the start page watched was its, never filled.
    ctx.close_window()
    _load_demo(ctx, url)
    parsed = make_url(url)
    proxy = DelayProxy.for_round_trip(
        parsed.host or "127.0.0.1", parsed.port or 5432, ROUND_TRIP_S
    ).start()
    ctx.closers.append(proxy.stop)
    proxied = parsed.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    counter = TrafficCounter()
    counter.install()
    made = Office(url, proxied, proxy, counter)
    _set_aside_what_lives_on()
    ctx.shared["office"] = made
    return made


def _set_aside_what_lives_on() -> None:
    """Collect, then freeze what this process holds, as the program does once its window is up.

    ``vanort`` starts with the collector off and freezes what its start made
    (ui.app.resume_collection), so its collector never walks the loaded modules
    or the window again. This process also holds what the earlier measures left
    (the Europe register's rows and caches) and the modules the first opening
    loaded: walked by the collector, 0.1 to 0.4 s at a time on whichever thread
    triggered it, they were stalls of the server's window that a program started
    on the server never has.
    """
    gc.collect()
    gc.freeze()


def _wait(app: Any, done: Any, what: str) -> None:
    """Turn the event loop until ``done()`` (as a user waits), failing after two minutes."""
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + WAIT_LIMIT_S
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{what} did not happen within {WAIT_LIMIT_S:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def _idle(window: Any) -> bool:
    worker = getattr(window, "db_worker", None)
    return worker is None or not worker.pending()


class OfficeWindow:
    """The main window opened on the server through the proxy, as ``vanort`` opens it."""

    def __init__(self, place: Office) -> None:
        from app.i18n import language_for_window
        from bench.context import application
        from ui.dialogs.connect_server import connect_to_server
        from ui.main_window import MainWindow
        from ui.translations import apply_language

        self.app = application()
        # The program's own way to a server given on the command line (ui.app.start_database):
        # the password is in the URL, so no dialog asks.
        workspace = connect_to_server(None, place.proxied_url)
        if workspace is None:
            raise RuntimeError("the server's register could not be opened")
        self.workspace = workspace
        apply_language(language_for_window(workspace.name_and_language().language))
        self.window = MainWindow(self.workspace)
        self.window.show()

    def wait_for_start_page(self) -> None:
        # overview_shown looks at the visible main window: the only one (see office()).
        _wait(self.app, lambda: overview_shown(self.app), "the filled start page")

    def settle(self) -> None:
        self.app.processEvents()
        _wait(self.app, lambda: _idle(self.window), "the window's reads")

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.window.close()
        self.workspace.close()
        self.window.deleteLater()
        self.app.processEvents()
        # Freed now: left to the next event loop, the old window's teardown fell
        # into the next open's measure as a stall of the new window.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def server_open(ctx: Context) -> Result:
    place = office(ctx)
    app_timing = Timing()
    traffic: list[Traffic] = []
    stalls: list[float] = []
    for index in range(ctx.warmup + ctx.runs):
        place.counter.take(place.proxy)
        watch = StallWatch()
        watch.start()
        started = time.perf_counter()
        opened = OfficeWindow(place)
        opened.wait_for_start_page()
        elapsed = time.perf_counter() - started
        opened.settle()  # the counts and lists asked for at start come in
        stall = watch.stop()
        cost = place.counter.take(place.proxy)
        opened.close()
        if index == ctx.warmup - 1:
            _set_aside_what_lives_on()  # the warm-up loaded the window's modules, as a start does
        if index >= ctx.warmup:
            app_timing.samples.append(elapsed)
            traffic.append(cost)
            stalls.append(stall)
    place.stalls.extend(stalls)
    place.notes["open"] = f"longest stall {max(stalls) * 1000:.0f} ms"
    return Result.timed(
        "server_open",
        OPEN_TITLE,
        OPEN_TARGET,
        app_timing,
        note=f"to the filled start page; until the window was idle: {traffic[-1].describe()}",
    )


def server_save(ctx: Context) -> Result:
    place = office(ctx)
    opened = OfficeWindow(place)
    try:
        opened.wait_for_start_page()
        page = opened.window.show_page("town")
        opened.settle()
        ids = page.model.shown_ids()
        if not ids:
            raise RuntimeError("the demo's town list is empty on the server")
        notes = page.form.editor("notes").focus_widget()
        timing = Timing()
        traffic: list[Traffic] = []
        stalls: list[float] = []
        for index in range(ctx.warmup + ctx.runs):
            chosen = ids[(index * 7) % len(ids)]
            if not page.select_record(chosen):
                raise RuntimeError(f"town {chosen} could not be opened")
            opened.settle()
            notes.setPlainText(f"Benchmark edit {index} at {time.time():.3f}")
            place.counter.take(place.proxy)
            watch = StallWatch()
            watch.start()
            started = time.perf_counter()
            if not page.save_record():
                raise RuntimeError(f"town {chosen} could not be saved: {page.form.banner_text()}")
            opened.settle()  # the list and the counts read again
            elapsed = time.perf_counter() - started
            stall = watch.stop()
            cost = place.counter.take(place.proxy)
            if index >= ctx.warmup:
                timing.samples.append(elapsed)
                traffic.append(cost)
                stalls.append(stall)
    finally:
        opened.close()
    place.stalls.extend(stalls)
    place.notes["save"] = f"longest stall {max(stalls) * 1000:.0f} ms"
    return Result.timed(
        "server_save",
        SAVE_TITLE,
        SAVE_TARGET,
        timing,
        note=f"Save until the list and counts are read again: {traffic[-1].describe()}",
    )


def _form_shows(page: Any, record_id: int) -> bool:
    """True once the form beside the list shows ``record_id`` (its answer has come)."""
    form = page.form
    loading = getattr(form, "is_loading", None)
    if loading is not None and loading():
        return False
    record = form.current_record()
    return record is not None and record.id == record_id


def _select_with_down(ctx: Context, place: Office) -> None:
    """Down through the town list (Up at its end), each time until the form shows the town."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if place.selections is not None:
        return
    opened = OfficeWindow(place)
    timing = Timing()
    stalls: list[float] = []
    try:
        opened.wait_for_start_page()
        page = opened.window.show_page("town")
        opened.settle()
        rows = page.model.rowCount()
        if rows < 2:
            raise RuntimeError("the demo's town list has too few towns to move through")
        if not page.select_record(page.model.id_at(0)):
            raise RuntimeError("the first town could not be opened")
        opened.settle()
        page.table.setFocus()
        step = 1  # down the list; at its end back up, as a user reading it would
        for index in range(ctx.warmup + ctx.runs):
            for _step in range(SELECT_STEPS):
                row = page.table.currentIndex().row()
                if not 0 <= row + step < rows:
                    step = -step
                key = Qt.Key.Key_Down if step > 0 else Qt.Key.Key_Up
                wanted = page.model.id_at(row + step)
                place.counter.take(place.proxy)
                watch = StallWatch()
                watch.start()
                started = time.perf_counter()
                QTest.keyClick(page.table, key)
                _wait(opened.app, lambda w=wanted: _form_shows(page, w), "the chosen town's form")
                elapsed = time.perf_counter() - started
                opened.settle()  # whatever else the selection read
                stall = watch.stop()
                cost = place.counter.take(place.proxy)
                if index >= ctx.warmup:
                    timing.samples.append(elapsed)
                    stalls.append(stall)
                    place.selection_traffic = cost
    finally:
        opened.close()
    place.selections = timing
    place.stalls.extend(stalls)
    place.notes["select"] = f"longest stall {max(stalls) * 1000:.0f} ms"


def _select_note(place: Office) -> str:
    timing, traffic = place.selections, place.selection_traffic
    if timing is None or traffic is None:
        return ""
    return (
        f"Down to the form showing the town, median {timing.median * 1000:.0f} ms "
        f"(max {timing.maximum * 1000:.0f} ms) over {len(timing.samples)}: {traffic.describe()}"
    )


def server_select(ctx: Context) -> Result:
    place = office(ctx)
    _select_with_down(ctx, place)
    assert place.selections is not None
    return Result.timed(
        "server_select",
        SELECT_TITLE,
        SELECT_TARGET,
        place.selections,
        note=_select_note(place),
    )


def server_stall(ctx: Context) -> Result:
    place = office(ctx)
    if not place.stalls:
        # Measured alone (--only server_stall): open and save first.
        server_open(ctx)
        server_save(ctx)
    # Selecting in the list is watched too (measured here when server_select was not run).
    _select_with_down(ctx, place)
    # The target is a ceiling ("never more than"), so the figure is the worst gap of all.
    longest = Timing(samples=[max(place.stalls)])
    result = Result.timed(
        "server_stall",
        STALL_TITLE,
        STALL_TARGET,
        longest,
        note=f"the largest gap of a {TICK_MS} ms timer over {len(place.stalls)} opens, saves "
        "and selections; "
        + "; ".join(f"{key}: {text}" for key, text in place.notes.items())
        + (f"; {_select_note(place)}" if place.selections is not None else ""),
    )
    result.runs = len(place.stalls)
    return result
