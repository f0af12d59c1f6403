"""Timing a piece of work: a warm-up, then several runs, each after its own untimed set-up."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Timing:
    """Seconds of each timed run (the warm-up is not among them)."""

    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def minimum(self) -> float:
        return min(self.samples)

    @property
    def maximum(self) -> float:
        return max(self.samples)


def timed_runs(
    work: Callable[[Any], Any],
    *,
    runs: int,
    warmup: int = 1,
    setup: Callable[[int], Any] | None = None,
) -> Timing:
    """Time ``work(prepared)`` ``runs`` times after ``warmup`` untimed runs.

    ``setup(index)`` runs before each call, untimed, and its result is handed
    to ``work``; index counts from 0 over warm-up and timed runs together.
    """
    timing = Timing()
    for index in range(warmup + runs):
        prepared = setup(index) if setup is not None else None
        started = time.perf_counter()
        work(prepared)
        elapsed = time.perf_counter() - started
        if index >= warmup:
            timing.samples.append(elapsed)
    return timing


def collected_runs(work: Callable[[int], float], *, runs: int, warmup: int = 1) -> Timing:
    """Like :func:`timed_runs`, for work that measures itself (a child process)."""
    timing = Timing()
    for index in range(warmup + runs):
        seconds = work(index)
        if index >= warmup:
            timing.samples.append(seconds)
    return timing


def paired_runs(
    work: Callable[[Any], Any],
    floor: Callable[[Any], Any],
    *,
    runs: int,
    warmup: int = 1,
    setup: Callable[[int], Any] | None = None,
    floor_setup: Callable[[int], Any] | None = None,
) -> tuple[Timing, Timing]:
    """Time the program's ``work`` and its ``floor`` in turns, run by run.

    Taking turns means a slow spell of a shared machine falls on both, so their
    ratio holds even when the absolute figures wander.
    """
    program, bare = Timing(), Timing()
    for index in range(warmup + runs):
        for action, prepare, timing in ((work, setup, program), (floor, floor_setup, bare)):
            prepared = prepare(index) if prepare is not None else None
            started = time.perf_counter()
            action(prepared)
            elapsed = time.perf_counter() - started
            if index >= warmup:
                timing.samples.append(elapsed)
    return program, bare
