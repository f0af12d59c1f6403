"""What opening a register on a server must know, asked in one statement.

Across a network each question costs a round trip (100 ms from a remote office):
the schema's version, whether this login may change the register, and the
municipality's name and language were four questions asked one after another
before the window could appear. A register this version can open answers all
four in one statement; anything else (an empty database, another program's, an
older schema) makes the statement fail or say so, and the opening then takes the
careful path (db.schema.inspect_engine) that says exactly why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

# The settings row is the first one (app.services.settings and db.start_reads read the same).
OPENING_FACTS = (
    "SELECT (SELECT version_num FROM alembic_version LIMIT 1),"
    " has_table_privilege(current_user, :probe, 'INSERT, UPDATE, DELETE'),"
    " (SELECT name FROM municipality_settings ORDER BY id LIMIT 1),"
    " (SELECT language FROM municipality_settings ORDER BY id LIMIT 1)"
)


@dataclass(frozen=True)
class OpeningFacts:
    """The schema's revision, the login's right to change, and the register's name and language."""

    revision: str | None
    may_change: bool
    name: str
    language: str


def read_opening_facts(engine: Engine) -> OpeningFacts | None:
    """The four facts in one round trip; None when the register cannot answer them so.

    None is no refusal: the caller then checks the schema the careful way, which
    names the reason (no register there, another program's tables, an unreachable
    server) in its own exception.
    """
    from sqlalchemy import text

    from db.roles import PROBE_TABLE  # with SQLAlchemy: a file's start loads neither

    try:
        # No transaction: BEGIN and ROLLBACK would be two round trips more.
        reader = engine.execution_options(isolation_level="AUTOCOMMIT")
        with reader.connect() as connection:
            row = connection.execute(text(OPENING_FACTS), {"probe": PROBE_TABLE}).one()
    except Exception as error:  # a missing table or a lost server: the careful path says which
        log.info("the opening facts could not be read in one statement: %s", error)
        return None
    return OpeningFacts(
        revision=None if row[0] is None else str(row[0]),
        may_change=bool(row[1]),
        name=str(row[2] or ""),
        language=str(row[3] or "sv"),
    )
