"""The open database: an engine and short transactions, one per user action.

The engine of a file is made when it is first used, not when the file is opened:
the window's start reads what it needs with sqlite3 (db.start_reads) and leaves
SQLAlchemy to be loaded by the first reading thread, while the window paints.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.engine import WRITE_TRANSACTION
from db.errors import ServerConnectionLost
from db.server_errors import is_connection_lost

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from db.server_opening import OpeningFacts

log = logging.getLogger(__name__)

# session.info key: the change log row a transaction writes. After a connection
# breaks during COMMIT its presence on the server says whether the commit happened.
WITNESS = "vanort_witness"
# How often, and how far apart, the server is asked again after a broken commit.
WITNESS_ATTEMPTS = 3
WITNESS_PAUSE_S = 1.0
# Connections opened ahead on a server, beside the one that checks the schema: with it,
# one for the window's own short reads and one for each of its two reading threads.
WARM_CONNECTIONS = 2
WARM_TIMEOUT_S = 60.0


class Database:
    """An open Vänort database. ``path`` is None for a database server.

    ``engine`` is the engine itself, or a function that makes it on first use
    (:meth:`on_file` passes one): whichever thread reads first pays for it.
    """

    def __init__(self, engine: Engine | Callable[[], Engine], path: Path | None = None) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._make_engine: Callable[[], Engine] | None = None
        if callable(engine) and not hasattr(engine, "dialect"):
            self._make_engine = engine
        else:
            self._set_engine(engine)  # type: ignore[arg-type]
        self._making = threading.Lock()
        self.warming: list[threading.Thread] = []
        # On a server, what the opening read in its one statement (db.server_opening):
        # the window's first questions are answered from it without a round trip.
        self.opening_facts: OpeningFacts | None = None

    @classmethod
    def on_file(cls, path: Path, make: Callable[[], Engine]) -> Database:
        """The register file ``path`` (resolved), its engine made by ``make`` when first needed."""
        return cls(make, path.resolve())

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made now when this is its first use."""
        if self._engine is None:
            with self._making:  # two threads asking at once get one engine
                if self._engine is None:
                    assert self._make_engine is not None
                    self._set_engine(self._make_engine())
        assert self._engine is not None
        return self._engine

    @property
    def has_engine(self) -> bool:
        """True once the engine was made (nothing to close before)."""
        return self._engine is not None

    def _set_engine(self, engine: Engine) -> None:
        from sqlalchemy.orm import sessionmaker

        self._sessions_made = sessionmaker(engine, expire_on_commit=False)
        self._readers_made = _reading_sessions(engine)
        self._engine = engine

    @property
    def _sessions(self) -> sessionmaker[Session]:
        self.engine  # noqa: B018 - makes the engine and its session factories
        return self._sessions_made

    @property
    def _readers(self) -> sessionmaker[Session]:
        self.engine  # noqa: B018 - makes the engine and its session factories
        return self._readers_made

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
                from sqlalchemy import text

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
        session = self._readers()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def warm_up(self, connections: int = WARM_CONNECTIONS) -> list[threading.Thread]:
        """On a server, open ``connections`` connections side by side in the background.

        A new connection to a server costs five round trips or more (the network,
        the login); at 100 ms each the window's first reads waited half a second
        each for one. Opened side by side while the window is built, they are
        ready when the reads begin. A failure here is left for the first real
        use to report in its sentence. Returns the threads (tests wait for them).
        """
        if self.path is not None or connections <= 0:
            return []
        # Every thread holds its connection until all have one, so none reuses another's.
        # Begun while the opening check holds its own, they make as many more.
        together = threading.Barrier(connections, timeout=WARM_TIMEOUT_S)

        def connect_one() -> None:
            try:
                with self.engine.connect():
                    together.wait()
            except threading.BrokenBarrierError:
                pass  # another one failed: the connection made is still kept by the pool
            except Exception as error:
                together.abort()
                log.info("a connection opened ahead failed: %s", error)

        threads = [
            threading.Thread(target=connect_one, name="vanort-connect", daemon=True)
            for _ in range(connections)
        ]
        for thread in threads:
            thread.start()
        self.warming = threads
        return threads

    def close(self) -> None:
        """Close every connection to the register."""
        if self._engine is not None:
            self._engine.dispose()


class WriteInRead(RuntimeError):
    """A read (``Database.reading``) tried to write: a mistake in the program, never the user's."""


def _reading_sessions(engine: Engine) -> sessionmaker[Session]:
    """The sessions of reads: on a server without BEGIN and ROLLBACK, on a file as writes are.

    On PostgreSQL a transaction costs two round trips of its own (BEGIN before the
    first statement, ROLLBACK after the last): at 100 ms each that doubled a
    window's start across a network. A read needs neither: at PostgreSQL's
    default isolation (READ COMMITTED) each statement sees what was committed
    when it began, inside a transaction or not, so a read in autocommit sees
    exactly what it saw before. What needs one moment for many statements (a
    copy of the whole register) opens its own REPEATABLE READ connection
    (db.transfer.snapshot). A file keeps its explicit BEGIN: it costs nothing there.
    """
    from sqlalchemy import event
    from sqlalchemy.orm import sessionmaker

    if engine.dialect.name != "postgresql":
        return sessionmaker(engine, expire_on_commit=False)
    reads = sessionmaker(
        engine.execution_options(isolation_level="AUTOCOMMIT"),
        expire_on_commit=False,
        autoflush=False,
    )

    # In autocommit a write would be stored at once instead of rolled back at the end.
    @event.listens_for(reads, "before_flush")
    def _refuse(session: Session, _context: Any, _instances: Any) -> None:
        if session.new or session.dirty or session.deleted:
            raise WriteInRead("a read of the register tried to write; nothing was written")

    @event.listens_for(reads, "do_orm_execute")
    def _refuse_statement(state: Any) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            raise WriteInRead("a read of the register tried to write; nothing was written")

    return reads


def _roll_back_quietly(session: Session) -> None:
    # On a broken connection the rollback fails too; the server has rolled back already.
    try:
        session.rollback()
    except Exception as error:
        log.info("rollback after a failure failed as well: %s", error)
