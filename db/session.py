"""The open database: an engine and short transactions, one per user action."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import WRITE_TRANSACTION
from db.errors import ServerConnectionLost
from db.server_errors import is_connection_lost

log = logging.getLogger(__name__)

# session.info key: the change log row a transaction writes. After a connection
# breaks during COMMIT its presence on the server says whether the commit happened.
WITNESS = "vanort_witness"
# How often, and how far apart, the server is asked again after a broken commit.
WITNESS_ATTEMPTS = 3
WITNESS_PAUSE_S = 1.0


class Database:
    """An open Vänort database. ``path`` is None for a database server."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def display_name(self) -> str:
        """The file name, or the server URL without its password."""
        if self.path is not None:
            return self.path.name
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        committing = False
        witness: Any = None
        try:
            session.connection(execution_options={WRITE_TRANSACTION: True})
            yield session
            session.flush()
            witness = session.info.get(WITNESS)
            committing = True
            session.commit()
        except BaseException as error:
            _roll_back_quietly(session)
            if committing and self.path is None and is_connection_lost(error):
                committed = self._ask_whether_committed(witness)
                log.warning(
                    "connection lost during commit; the server says committed=%s", committed
                )
                if committed:
                    return  # the change is stored: the caller's result stands
                raise ServerConnectionLost(committed) from error
            raise
        finally:
            session.close()

    def _ask_whether_committed(self, witness: Any) -> bool | None:
        """Whether the change log row ``witness`` is on the server; None when it cannot say."""
        row_id = getattr(witness, "id", None)
        if row_id is None:
            return None
        for attempt in range(WITNESS_ATTEMPTS):
            if attempt:
                time.sleep(WITNESS_PAUSE_S)  # a restarting server needs a moment
            try:
                with self.engine.connect() as connection:
                    found = connection.execute(
                        text("SELECT count(*) FROM change_log WHERE id = :id"), {"id": row_id}
                    ).scalar()
                return bool(found)
            except Exception as error:  # still gone: ask again, then give up
                log.info("could not ask the server about the commit: %s", error)
        return None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work; nothing is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        """Close every connection to the register."""
        self.engine.dispose()


def _roll_back_quietly(session: Session) -> None:
    # On a broken connection the rollback fails too; the server has rolled back already.
    try:
        session.rollback()
    except Exception as error:
        log.info("rollback after a failure failed as well: %s", error)
