"""The ``vanort`` command line: the window, or one sub-command.

How the pieces fit:

- :mod:`app.__main__` holds ``main(argv=None) -> int``, the entry point of
  ``vanort`` and ``python -m app``; it hands over to :func:`app.cli.runner.run`.
- :mod:`app.cli.runner` chooses the language, builds the parser, runs the
  chosen command and turns every error into one sentence on standard error
  (the traceback of an unexpected one goes only to the log file).
- :mod:`app.cli.window` opens the program's window when no sub-command is given.
- Each sub-command group is one module listed in :data:`COMMAND_MODULES`.

Adding a sub-command (export, report, todo, import, ...):

1. Write ``app/cli/<name>.py`` with a function ``register(subparsers)`` that
   calls :func:`app.cli.common.add_command` for each of its commands, adds the
   arguments (help texts through ``translate("CommandLine", ...)``; use
   :func:`app.cli.common.add_database_option` for ``--database``) and sets
   ``parser.set_defaults(handler=...)``. A handler takes the parsed
   ``argparse.Namespace`` and returns the exit status (0 when all went well).
2. Add the module's name to :data:`COMMAND_MODULES`.

Handlers print results with :func:`app.cli.common.say` and raise to report a
failure: ``db.errors.DatabaseRefused``, a ``ServiceError`` (for example
:class:`app.cli.common.CommandError` with one translated sentence) or an
``OSError`` all become one sentence and exit status 1. Keep start-up fast:
import SQLAlchemy-heavy modules, and above all PySide6, reportlab and openpyxl,
inside the handler, never at the top of a command module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.cli.common import Subparsers

# One module per group of sub-commands, in the order ``vanort --help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "app.cli.create",  # new, demo
    "app.cli.check",  # check
    "app.cli.backups",  # backup, restore
    "app.cli.todo",  # todo
    "app.cli.import_cmd",  # import
    "app.cli.export",  # export
    "app.cli.mapping",  # report mapping
    "app.cli.people",  # person extract, person dispose
    "app.cli.server",  # server setup
)


def register_commands(subparsers: Subparsers) -> None:
    """Let every module of :data:`COMMAND_MODULES` add its sub-commands."""
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
