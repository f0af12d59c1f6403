"""Colleagues on one server hear of each other's changes (PostgreSQL LISTEN/NOTIFY).

Every committed change sends one notice on :data:`CHANNEL` with the kind, the
record, the action, the changed fields and the database user. The server
delivers it only when the transaction commits, so a notice never announces a
change that was rolled back. A window listens on a connection of its own and
refreshes what changed; a form being edited says who changed its record.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Text, cast, func, literal, literal_column, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "vanort_changes"
# PostgreSQL refuses a payload over 8000 bytes; a record has far fewer fields.
_MAX_FIELDS = 60
_PROCESS = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


def origin_of(engine: Engine) -> str:
    """The mark a database's own notices carry, so its window can skip its own changes."""
    return f"{_PROCESS}-{id(engine)}"


@dataclass(frozen=True)
class ChangeNotice:
    """One committed change by someone on the server."""

    kind: str
    record_id: int | None
    action: str
    user: str
    at: datetime  # UTC, timezone-aware
    fields: tuple[str, ...]
    origin: str


def notice(
    session: Session, action: str, kind: str, record_id: int | None, fields: Sequence[str]
) -> ColumnElement[Any]:
    """The ``pg_notify`` call that sends the notice of a change, for a statement of its own
    or to ride along in the one that writes the change log (one round trip fewer)."""
    payload = {
        "kind": kind,
        "id": record_id,
        "action": action,
        "fields": list(fields)[:_MAX_FIELDS],
        "origin": origin_of(session.get_bind().engine),
    }
    # The user and the time come from the server, as the change log's do.
    from_server = func.jsonb_build_object(
        literal_column("'user'"),
        cast(func.current_user(), Text),
        literal_column("'at'"),
        func.now(),
    )
    whole = cast(literal(json.dumps(payload), Text), JSONB).op("||")(from_server)
    return func.pg_notify(literal(CHANNEL, Text), cast(whole, Text))


def announce(
    session: Session, action: str, kind: str, record_id: int | None, fields: Sequence[str]
) -> None:
    """Queue the notice of a change in ``session``'s transaction (sent when it commits)."""
    session.execute(select(notice(session, action, kind, record_id, fields)))


def parse_notice(payload: str) -> ChangeNotice | None:
    """The notice in a NOTIFY payload; None for one this version cannot read."""
    try:
        data = json.loads(payload)
        at = datetime.fromisoformat(str(data["at"]))
        return ChangeNotice(
            kind=str(data["kind"]),
            record_id=None if data.get("id") is None else int(data["id"]),
            action=str(data.get("action", "")),
            user=str(data.get("user", "")),
            at=at if at.tzinfo else at.replace(tzinfo=UTC),
            fields=tuple(str(f) for f in data.get("fields", ())),
            origin=str(data.get("origin", "")),
        )
    except (ValueError, KeyError, TypeError) as error:
        log.info("a change notice that cannot be read: %s (%s)", payload[:200], error)
        return None


class ChangeListener:
    """A connection of its own that LISTENs for colleagues' changes.

    The window watches :meth:`fileno` (a socket notifier) and calls :meth:`take`
    when it is readable; nothing here blocks.
    """

    def __init__(self, engine: Engine) -> None:
        self._own = origin_of(engine)
        args, params = engine.dialect.create_connect_args(engine.url)
        self._connection: Any = engine.dialect.connect(*args, **params)
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The connection's socket, readable when a notice has arrived."""
        return int(self._connection.fileno())

    def take(self, *, include_own: bool = False) -> list[ChangeNotice]:
        """The notices that have arrived, oldest first; the window's own are left out."""
        notices = []
        for notify in self._connection.notifies(timeout=0):
            notice = parse_notice(notify.payload)
            if notice is not None and (include_own or notice.origin != self._own):
                notices.append(notice)
        return notices

    def wait(self, timeout: float) -> list[ChangeNotice]:
        """Block up to ``timeout`` seconds for the first notice (the command line, tests)."""
        notices = []
        for notify in self._connection.notifies(timeout=timeout, stop_after=1):
            notice = parse_notice(notify.payload)
            if notice is not None and notice.origin != self._own:
                notices.append(notice)
        return notices + self.take()

    def close(self) -> None:
        """Stop listening and close the connection."""
        try:
            self._connection.close()
        except Exception as error:  # a dead connection is closed already
            log.info("closing the listener: %s", error)


def listener_for(engine: Engine) -> ChangeListener | None:
    """A listener when the database is a PostgreSQL server; None for a file."""
    if engine.dialect.name != "postgresql":
        return None
    return ChangeListener(engine)
