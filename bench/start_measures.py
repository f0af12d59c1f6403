"""Measures 1 and 9: the program started to its first page, and its peak memory."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.context import CHILD_TIMEOUT_S, REPO, Context, save_profile
from bench.results import Result, Target
from bench.timing import Timing


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


def _start(
    ctx: Context,
    name: str,
    title: str,
    database: Path,
    mode: str = "app",
    target: Target | None = None,
) -> Result:
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
        save_profile(str(raw), ctx.profile_dir / f"{name}.txt")
    target = Target(max_ratio=2.5) if target is None else target
    return Result.timed(name, title, target, app_timing, floor_timing)


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


def orm_floor(ctx: Context) -> Result:
    """The floor's window with its rows read through SQLAlchemy's ORM and the models.

    No target of its own: it shows how much of the start targets' 2.5x the
    register's code takes before the program does anything else, since the
    start page's rules read the register through those models.
    """
    database = ctx.copy_of(ctx.data.demo_db, "demo-start.sqlite3")
    return _start(ctx, "orm_floor", ORM_FLOOR_TITLE, database, "orm", target=Target())


ORM_FLOOR_TITLE = "bare window read through the models (reference)"


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
