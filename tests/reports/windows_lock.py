"""Windows' refusal to replace a file that another program holds open, simulated on Linux.

Linux lets a rename replace a file that is open elsewhere; Windows answers
with a sharing violation (WinError 32). The stand-in for ``os.replace`` raises
exactly that for the locked paths and renames everything else.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SHARING_VIOLATION = 32


def sharing_violation(source: Any, target: Any) -> PermissionError:
    """The PermissionError Windows' MoveFileEx gives for a file open in Excel or Word."""
    error = PermissionError(
        errno.EACCES,
        "The process cannot access the file because it is being used by another process",
        str(source),
        None,
        str(target),
    )
    error.winerror = SHARING_VIOLATION  # type: ignore[misc]
    return error


def lock_like_windows(monkeypatch: pytest.MonkeyPatch, *locked: Path) -> Callable[..., None]:
    """Make ``os.replace`` refuse to touch ``locked`` (as target or source) from now on."""
    real = os.replace
    held = {Path(path) for path in locked}

    def replace(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
        if Path(target) in held or Path(source) in held:
            raise sharing_violation(source, target)
        real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return replace
