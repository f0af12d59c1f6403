"""Stopping long work when the coordinator presses Cancel: one exception, one check.

Reading a spreadsheet and writing a report both ask ``cancelled()`` between
pieces of work and raise :class:`Cancelled` when it answers True; the window
catches that one exception whichever job it started.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

__all__ = ["CancelCheck", "Cancelled"]

CancelCheck: TypeAlias = Callable[[], bool]
"""Asked between pieces of work; returning True stops the work."""


class Cancelled(Exception):
    """The user cancelled the work; no half-written output was left behind."""
