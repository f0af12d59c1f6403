"""What the command-line tests share: the log set-up that ``vanort`` leaves behind, taken away.

The command line installs a log handler on the root logger and sets its level;
each area's conftest imports ``detached_log`` from here, so it is written once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def detached_log() -> Iterator[None]:
    """The command line installs a log handler on the root logger; take it away afterwards."""
    root = logging.getLogger()
    level = root.level
    yield
    from app.logging_setup import stop_logging

    stop_logging()
    root.setLevel(level)


def command_listed(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    """List the command ``module`` (say "app.cli.export") for the runner for one test.

    The command is found as the runner finds it whether or not ``app.cli`` lists it yet.
    """
    import app.cli

    if module not in app.cli.COMMAND_MODULES:
        monkeypatch.setattr(app.cli, "COMMAND_MODULES", (*app.cli.COMMAND_MODULES, module))
