"""Two kinds of access to a register on a PostgreSQL server, made with the server's own roles.

``<database>_editors`` (the coordinators) may read and change everything;
``<database>_readers`` (colleagues, politicians) may read and export but not
change. Both are group roles without a login: the server's administrator makes
each person a login role and grants one of the two (``GRANT x_readers TO anna``),
or lets ``vanort server setup --editor NAME --reader NAME`` do it.

Run by the register's owner (the role that created its tables) with the right to
create roles. Default privileges cover tables a later migration adds. The same
statements, for an administrator who prefers ``psql``, are in ``server_roles.sql``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

# The table whose rights tell what the current role may do (every register has it).
PROBE_TABLE = "towns"


@dataclass(frozen=True)
class AccessRoles:
    """The two group roles of one register."""

    editors: str
    readers: str


def roles_for(database: str) -> AccessRoles:
    """The role names of the register in ``database`` (roles are per server, so named after it)."""
    stem = re.sub(r"[^a-z0-9_]", "_", database.lower())[:40] or "vanort"
    return AccessRoles(editors=f"{stem}_editors", readers=f"{stem}_readers")


def _quote(connection: Connection, name: str) -> str:
    quoted = connection.execute(text("SELECT quote_ident(:name)"), {"name": name}).scalar_one()
    return str(quoted)


def setup_roles(
    engine: Engine, editors: list[str] | None = None, readers: list[str] | None = None
) -> AccessRoles:
    """Make (or bring up to date) the two roles and their grants; grant them to logins."""
    with engine.begin() as connection:
        database = str(connection.execute(text("SELECT current_database()")).scalar_one())
        roles = roles_for(database)
        editor, reader = _quote(connection, roles.editors), _quote(connection, roles.readers)
        db = _quote(connection, database)
        for role in (roles.editors, roles.readers):
            exists = connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": role}
            ).first()
            if exists is None:
                connection.execute(text(f"CREATE ROLE {_quote(connection, role)} NOLOGIN"))
        for statement in (
            f"GRANT CONNECT ON DATABASE {db} TO {editor}, {reader}",
            f"GRANT USAGE ON SCHEMA public TO {editor}, {reader}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {editor}, {reader}",
            f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {editor}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {editor}",
            # Tables and sequences a later migration makes get the same rights.
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {editor}, "
            f"{reader}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES "
            f"TO {editor}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES "
            f"TO {editor}",
        ):
            connection.execute(text(statement))
        for login in editors or []:
            connection.execute(text(f"GRANT {editor} TO {_quote(connection, login)}"))
        for login in readers or []:
            connection.execute(text(f"GRANT {reader} TO {_quote(connection, login)}"))
    return roles


def may_change(connection: Connection) -> bool:
    """True when the connected role may change the register (a file always may)."""
    if connection.dialect.name != "postgresql":
        return True
    allowed = connection.execute(
        text("SELECT has_table_privilege(current_user, :table, 'INSERT, UPDATE, DELETE')"),
        {"table": PROBE_TABLE},
    ).scalar()
    return bool(allowed)
