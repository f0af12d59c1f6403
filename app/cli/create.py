"""``vanort new PATH`` and ``vanort demo PATH``: a new database, empty or with the demo."""

from __future__ import annotations

import argparse

from app.cli.common import Subparsers, add_command, fill, say, shown_target
from app.i18n import translate


def register(subparsers: Subparsers) -> None:
    new = add_command(subparsers, "new", translate("CommandLine", "Create a new, empty database."))
    new.add_argument(
        "path",
        metavar="PATH",
        help=translate("CommandLine", "Where to create it; an existing file is never replaced."),
    )
    new.add_argument(
        "--municipality",
        metavar="NAME",
        default="",
        help=translate("CommandLine", "The municipality's name, for example Vänersborgs kommun."),
    )
    new.set_defaults(handler=create_new)

    demo = add_command(
        subparsers,
        "demo",
        translate(
            "CommandLine", "Create a demo database with Vänersborg's twin towns (from 2014)."
        ),
    )
    demo.add_argument(
        "path",
        metavar="PATH",
        help=translate("CommandLine", "Where to create it; an existing file is never replaced."),
    )
    demo.set_defaults(handler=create_demo)


def create_new(args: argparse.Namespace) -> int:
    """Create an empty register at ``args.path`` (a file path or a database URL)."""
    from app.workspace import Workspace

    workspace = Workspace.create(args.path, municipality=args.municipality)
    try:
        where = str(workspace.path) if workspace.path else workspace.display_name
    finally:
        workspace.close()
    say(fill(translate("CommandLine", "Created the empty database %1."), where))
    return 0


def create_demo(args: argparse.Namespace) -> int:
    """Write the Vänersborg demo register to ``args.path``."""
    from app.demo import write_demo

    write_demo(args.path)
    say(fill(translate("CommandLine", "Created the demo database %1."), shown_target(args.path)))
    return 0
