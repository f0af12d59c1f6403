"""One engine factory for a file path or any SQLAlchemy URL.

For SQLite we open with ``mode=rw`` so a mistyped path is an error, never a new
empty file; we check the file is an SQLite database and not on a network share
before SQLite touches it, so a refused file is left byte for byte as it was.

SQLAlchemy is imported by the functions that make an engine, not by this module:
the start checks a file and reads its first figures with sqlite3 alone.
"""

from __future__ import annotations

import sqlite3
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from db.errors import DatabaseNotFound, DatabaseUnreadable, NetworkShareRefused, NotADatabase
from db.file_uri import SQLITE_HEADER, read_only_uri
from db.location import is_network_path

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# Execution option of a connection whose transaction will write (db.session sets it).
WRITE_TRANSACTION = "vanort_write_transaction"
BUSY_TIMEOUT_MS = 10_000
# A server connection that lay unused in the pool this long is asked "SELECT 1" before
# it is handed out again; one used a moment ago is not (see _ping_when_idle).
IDLE_PING_S = 30.0
_RETURNED_AT = "vanort_returned_at"

# Amounts are Numeric; pysqlite stores them as REAL-compatible text. Two decimals
# survive the round trip, which is all money needs, so the warning is noise. Matched
# by its words (SAWarning is a Warning), so the filter needs no SQLAlchemy loaded.
warnings.filterwarnings(
    "ignore",
    message=r"Dialect sqlite\+pysqlite does \*not\* support Decimal",
)


def is_url(target: str | Path) -> bool:
    """True for ``postgresql+psycopg://...`` and friends, False for a file path."""
    return isinstance(target, str) and "://" in target


def sqlite_file_of(url: str) -> Path | None:
    """The file behind an ``sqlite:///`` URL, or None for other databases."""
    if url.startswith("sqlite") and ":///" in url:
        rest = url.split(":///", 1)[1].split("?", 1)[0]
        return Path(rest) if rest and rest != ":memory:" else None
    return None


def check_sqlite_file(path: Path) -> None:
    """Refuse a path that is missing, unreadable, not SQLite, or on a network share."""
    if is_network_path(path):
        raise NetworkShareRefused(str(path))
    if not path.exists():
        raise DatabaseNotFound(str(path))
    if not path.is_file():
        raise NotADatabase(str(path), "not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseUnreadable(str(path), str(error)) from error
    if header != SQLITE_HEADER:
        raise NotADatabase(str(path))


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _connect_pragmas(dbapi_connection: Any, _record: Any, *, wal: bool) -> None:
    # SQLite's own lower() only knows A-Z, so a search for "åland" would never
    # find "Åland"; PostgreSQL's lower() already knows every letter.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if wal:
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit that returned is on disk even if the laptop loses power.
        cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _file_uri(path: Path, *, create: bool, read_only: bool) -> str:
    """The URI SQLite opens ``path`` with: read-only, read-write, or read-write-create."""
    if read_only:
        return read_only_uri(path)
    mode = "rwc" if create else "rw"
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _connect_file(path: Path, uri: str) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as error:
        raise DatabaseUnreadable(str(path), str(error)) from error


def sqlite_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to the register file ``path``, set up as the engine's are.

    For the reads of the start, before SQLAlchemy is loaded: the same URI, the
    same pragmas (WAL on), autocommit as the engine's connections. The caller closes it.
    """
    connection = _connect_file(path, _file_uri(path, create=False, read_only=False))
    try:
        connection.isolation_level = None
        _connect_pragmas(connection, None, wal=True)
    except BaseException:
        connection.close()
        raise
    return connection


def sqlite_engine(path: Path, *, create: bool = False, read_only: bool = False) -> Engine:
    """An engine on an SQLite file; ``create`` allows a new file, otherwise it must exist.

    ``read_only`` reads the file without creating anything beside it (see
    :func:`read_only_uri`): for a disk so full that SQLite cannot make its WAL index.
    """
    from sqlalchemy import create_engine, event

    path = Path(path)
    if create:
        if is_network_path(path.parent if not path.exists() else path):
            raise NetworkShareRefused(str(path))
    else:
        check_sqlite_file(path)
    uri = _file_uri(path, create=create, read_only=read_only)

    def connect() -> sqlite3.Connection:
        return _connect_file(path, uri)

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    event.listen(engine, "connect", lambda c, r: _connect_pragmas(c, r, wal=not read_only))
    _make_transactions_explicit(engine)
    return engine


def _make_transactions_explicit(engine: Engine) -> None:
    from sqlalchemy import event

    # pysqlite begins transactions lazily and only before DML; emitting BEGIN
    # ourselves makes every session one real transaction, reads included.
    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A unit of work that writes takes the write lock at once. A read snapshot
        # upgraded to a write later fails at once, without waiting, when another
        # process committed in between ("database is locked").
        writes = connection.get_execution_options().get(WRITE_TRANSACTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def url_engine(url: str) -> Engine:
    """An engine on any SQLAlchemy URL; SQLite URLs get the same care as paths."""
    from sqlalchemy import create_engine, event

    path = sqlite_file_of(url)
    if path is not None:
        return sqlite_engine(path)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", lambda c, r: _connect_pragmas(c, r, wal=False))
        return engine
    options: dict[str, Any] = {}
    if url.startswith("postgresql+psycopg"):
        # The register has no hstore columns; looking the type up costs each new engine
        # three round trips before its first statement.
        options["use_native_hstore"] = False
    engine = create_engine(url, **options)
    _ping_when_idle(engine)
    if engine.dialect.name == "postgresql":
        _ask_first_questions_together(engine)
    return engine


# What SQLAlchemy asks a PostgreSQL server on an engine's first connection, in one statement.
_FIRST_QUESTIONS = (
    "SELECT current_schema(), current_setting('transaction_isolation'),"
    " current_setting('standard_conforming_strings')"
)


def _ask_first_questions_together(engine: Engine) -> None:
    """The dialect's first questions to a server in one round trip instead of four.

    On its first connection SQLAlchemy asks the server's version, the default
    schema, the isolation level and how strings are quoted, one statement each:
    at 100 ms a round trip, 0.4 s before anything of the register is read, and
    every other connection opened meanwhile waits for it. The version is in the
    connection's own login answer (psycopg's ``info.server_version``), the other
    three are asked together here and handed out as the dialect asks. The answers
    are the server's, only asked at once; should a later SQLAlchemy ask
    differently, the dialect's own questions are asked as before.
    """
    dialect: Any = engine.dialect
    answers: dict[str, Any] = {}
    asks: dict[str, Any] = {
        name: getattr(dialect, name, None)
        for name in (
            "_get_server_version_info",
            "_get_default_schema_name",
            "get_default_isolation_level",
            "_set_backslash_escapes",
        )
    }
    if any(ask is None for ask in asks.values()):
        return

    def version(connection: Any) -> Any:
        driver = connection.connection.dbapi_connection
        number = getattr(getattr(driver, "info", None), "server_version", 0)
        if number < 100_000 or driver.autocommit:  # before PostgreSQL 10: the dialect's own way
            return asks["_get_server_version_info"](connection)
        # Outside a transaction: BEGIN and the ROLLBACK after would be two round trips more.
        driver.autocommit = True
        try:
            row = driver.execute(_FIRST_QUESTIONS).fetchone()
        finally:
            driver.autocommit = False
        answers.update(schema=row[0], isolation=str(row[1]).upper(), quoting=row[2])
        return (number // 10_000, number % 10_000)

    def schema(connection: Any) -> Any:
        if "schema" in answers:
            return answers.pop("schema")
        return asks["_get_default_schema_name"](connection)

    def isolation(dbapi_connection: Any) -> Any:
        if "isolation" in answers:
            return answers.pop("isolation")
        return asks["get_default_isolation_level"](dbapi_connection)

    def quoting(connection: Any) -> None:
        if "quoting" in answers:
            dialect._backslash_escapes = answers.pop("quoting") == "off"
            return
        asks["_set_backslash_escapes"](connection)

    dialect._get_server_version_info = version
    dialect._get_default_schema_name = schema
    dialect.get_default_isolation_level = isolation
    dialect._set_backslash_escapes = quoting


def _ping_when_idle(engine: Engine) -> None:
    """Ask a pooled server connection whether it still lives only after it lay idle.

    SQLAlchemy's ``pool_pre_ping`` asks before every checkout: at a 100 ms round
    trip that is 100 ms more for each read and each save, and a window opening
    checks out some twenty times. A connection used a moment ago is almost
    always alive; one that lay idle over a lunch break may have been dropped by
    the server, a firewall or a VPN, so that one is asked. A connection that
    drops in between fails on use instead: SQLAlchemy then empties the pool, the
    failure is said in its sentence (db.server_errors), and the next action
    connects afresh.
    """
    from sqlalchemy import event, exc

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info[_RETURNED_AT] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get(_RETURNED_AT)
        if returned is None or time.monotonic() - returned < IDLE_PING_S:
            return  # new, or used a moment ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            # The pool drops this connection and hands out a new one (up to three tries).
            raise exc.DisconnectionError(f"an idle connection had gone: {error}") from error


def make_engine(target: str | Path, *, create: bool = False) -> Engine:
    """The engine for a path or a URL; see :func:`sqlite_engine` for ``create``."""
    if is_url(target):
        return url_engine(str(target))
    return sqlite_engine(Path(target), create=create)
