"""Which of the ways a database server refuses us an error is.

A stopped server, a wrong password, a missing database and a role without
rights each need a different thing done, so each becomes its own refusal.
While connecting the server has no SQLSTATE to give (psycopg reports the
server's FATAL line as text), so the text decides there; afterwards the
SQLSTATE does.
"""

from __future__ import annotations

from collections.abc import Iterator

from db.errors import (
    DatabaseRefused,
    ServerAccessDenied,
    ServerDatabaseMissing,
    ServerLoginRefused,
    ServerUnavailable,
)

# SQLSTATE classes and codes (PostgreSQL, appendix A).
INVALID_PASSWORD = "28P01"
INVALID_AUTHORIZATION = "28000"
INSUFFICIENT_PRIVILEGE = "42501"
UNKNOWN_DATABASE = "3D000"
CONNECTION_CLASS = "08"
SHUTDOWN_CODES = ("57P01", "57P02", "57P03")


def causes(error: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (SQLAlchemy's ``orig``), and what caused it."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend([getattr(current, "orig", None), current.__cause__, current.__context__])


def _driver_errors(error: BaseException) -> Iterator[BaseException]:
    for cause in causes(error):
        if type(cause).__module__.startswith("psycopg"):
            yield cause


def sqlstate_of(error: BaseException) -> str | None:
    """The SQLSTATE the server gave, if any cause in the chain carries one."""
    for cause in _driver_errors(error):
        state = getattr(cause, "sqlstate", None)
        if state:
            return str(state)
    return None


def is_permission_denied(error: BaseException) -> bool:
    """True when the server refused a statement because the role lacks the right."""
    return sqlstate_of(error) == INSUFFICIENT_PRIVILEGE


def is_connection_lost(error: BaseException) -> bool:
    """True when the connection to the server broke (network, restart, terminated)."""
    state = sqlstate_of(error)
    if state is not None:
        return state.startswith(CONNECTION_CLASS) or state in SHUTDOWN_CODES
    for cause in causes(error):
        if getattr(cause, "connection_invalidated", False):
            return True
    return any(
        type(cause).__name__ in ("OperationalError", "InterfaceError")
        for cause in _driver_errors(error)
    )


def server_refusal(target: str, error: BaseException) -> DatabaseRefused:
    """The refusal for an error met while connecting to the server named ``target``."""
    state = sqlstate_of(error)
    text = " ".join(str(c) for c in _driver_errors(error)) or str(error)
    lowered = text.lower()
    detail = text.strip().splitlines()[0] if text.strip() else ""
    if state in (INVALID_PASSWORD, INVALID_AUTHORIZATION) or (
        "password authentication failed" in lowered
        or "no password supplied" in lowered
        or "authentication failed" in lowered
    ):
        return ServerLoginRefused(target, detail)
    if state == UNKNOWN_DATABASE or ("database" in lowered and "does not exist" in lowered):
        return ServerDatabaseMissing(target, detail)
    if state == INSUFFICIENT_PRIVILEGE or "permission denied" in lowered:
        return ServerAccessDenied(target, detail)
    return ServerUnavailable(target, detail)
