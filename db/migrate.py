"""Schema versions: which revision a database has, and upgrading it to ours.

Alembic costs about a tenth of a second to import, so the start-up check reads
the revisions straight from the migration scripts and alembic is imported only
when a database really has to be upgraded. A test keeps the two readings equal.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy too: the start reads the revisions before loading it
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION = re.compile(r"^revision\s*(?::[^=]+)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


def alembic_config() -> Config:
    """Alembic's configuration pointing at the project's migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def revision_graph() -> dict[str, str | None]:
    """Each revision of the shipped scripts with the one it follows (None for the first)."""
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            raise RuntimeError(f"{script.name} is not a migration script this program can read")
        graph[revision.group(1)] = down.group(1)
    return graph


def known_revisions() -> set[str]:
    """Every revision this version of the program can read."""
    return set(revision_graph())


def head_revision() -> str:
    """The newest revision: the one no other revision follows."""
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down is not None}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, not {sorted(heads)}")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in a database (None for an empty one)."""
    from sqlalchemy import text

    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:
        connection.rollback()
        return None


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction per step."""
    with engine.begin() as connection:
        upgrade_in(connection)


def upgrade_in(connection: Connection) -> None:
    """Bring the schema to the newest revision inside the caller's transaction.

    On PostgreSQL, where DDL is transactional, a restore makes the schema and
    loads the rows in one transaction: a failure leaves the database empty.
    """
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
