"""``vanort server setup URL``: the editors' and readers' roles of a register on a server."""

from __future__ import annotations

import argparse

from app.cli.common import (
    CommandError,
    Subparsers,
    add_actions,
    add_command,
    fill,
    opened_register,
    say,
)
from app.i18n import translate


def register(subparsers: Subparsers) -> None:
    """Add `vanort server setup`: the editors' and readers' roles on a database server."""
    server = add_command(
        subparsers,
        "server",
        translate("CommandLine", "Set up a register on a PostgreSQL server."),
    )
    actions = add_actions(server, "server_action", "ACTION", translate("CommandLine", "actions"))
    setup = add_command(
        actions,
        "setup",
        translate(
            "CommandLine",
            "Make the editors' and readers' roles of the register on the server, with their "
            "rights; run it as the register's owner.",
        ),
    )
    setup.add_argument(
        "url", metavar="URL", help=translate("CommandLine", "The server's database URL.")
    )
    setup.add_argument(
        "--editor",
        action="append",
        default=[],
        metavar="LOGIN",
        help=translate("CommandLine", "A login role that may change the register (repeatable)."),
    )
    setup.add_argument(
        "--reader",
        action="append",
        default=[],
        metavar="LOGIN",
        help=translate("CommandLine", "A login role that may only read and export (repeatable)."),
    )
    setup.set_defaults(handler=setup_server)


def setup_server(args: argparse.Namespace) -> int:
    """Make the two roles and grant them; the register must already be on the server."""
    from app.server_connections import is_server_url
    from db.roles import setup_roles

    if not is_server_url(args.url):
        raise CommandError(
            translate("CommandLine", "Roles exist only on a database server; give its URL.")
        )
    # A server without a register is refused, in a sentence.
    with opened_register(args.url) as database:
        roles = setup_roles(database.engine, editors=args.editor, readers=args.reader)
    say(
        fill(
            translate(
                "CommandLine",
                "Editors may change the register through the role %1, readers may only read it "
                "through %2. Give each person one of them: GRANT %1 TO name;",
            ),
            roles.editors,
            roles.readers,
        )
    )
    return 0
