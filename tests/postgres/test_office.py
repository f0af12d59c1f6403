"""An office on one server: errors that say which, who did what, per-field conflicts,
colleagues hearing of each other's changes, and a commit whose connection broke."""

from __future__ import annotations

import dataclasses
import socket
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from app.failures import explain_failure
from app.messages import refusal_message
from app.services.changelog import ChangeLogQuery, read_change_log
from app.services.colleagues import listener_for
from app.services.errors import ConflictError
from app.services.records import Town
from app.workspace import Workspace
from db.errors import (
    DatabaseRefused,
    ServerConnectionLost,
    ServerDatabaseMissing,
    ServerLoginRefused,
    ServerUnavailable,
)

pytestmark = pytest.mark.postgres


def _closed_port() -> int:
    # A port nobody listens on: bound, then released, on loopback.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _refusal(url: str) -> DatabaseRefused:
    with pytest.raises(DatabaseRefused) as caught:
        Workspace.open(url)
    return caught.value


def test_wrong_password_and_stopped_server_say_different_things(pg_url: str) -> None:
    """Each refusal names its cause and what to do; the password never shows."""
    Workspace.create(pg_url).close()
    url = make_url(pg_url)
    wrong = _refusal(url.set(password="not-the-password").render_as_string(hide_password=False))
    stopped = _refusal(url.set(port=_closed_port()).render_as_string(hide_password=False))
    missing = _refusal(url.set(database="no_such_register").render_as_string(False))

    assert isinstance(wrong, ServerLoginRefused)
    assert isinstance(stopped, ServerUnavailable)
    assert isinstance(missing, ServerDatabaseMissing)
    sentences = [refusal_message(e) for e in (wrong, stopped, missing)]
    assert len(set(sentences)) == 3
    assert "password" in sentences[0] and "running" in sentences[1]
    assert all("not-the-password" not in s for s in sentences)


def test_the_change_log_names_the_database_user_in_utc(pg_url: str) -> None:
    """On a server the log names the database role, not the login (VANORT_USER is set)."""
    before = datetime.now(UTC) - timedelta(minutes=5)
    ws = Workspace.create(pg_url)
    town = ws.save(Town(name="Holmestrand", country="NO"))
    (entry,) = read_change_log(ws.database, ChangeLogQuery(kind="town", record_id=town.id))
    ws.close()
    assert entry.user == make_url(pg_url).username
    assert entry.user != "testare"
    assert entry.at.utcoffset() == timedelta(0) and entry.at > before


def test_different_fields_merge_and_the_same_field_clashes(pg_url: str) -> None:
    """Two colleagues: disjoint changes both save; a real clash shows both values."""
    first = Workspace.create(pg_url)
    second = Workspace.open(pg_url)
    try:
        town = first.save(Town(name="Kangasala", country="FI"))
        mine, theirs = first.get("town", town.id), second.get("town", town.id)
        second.save(dataclasses.replace(theirs, population=33_000))
        merged = first.save(dataclasses.replace(mine, region="Pirkanmaa"))
        assert (merged.population, merged.region) == (33_000, "Pirkanmaa")

        stale = second.get("town", town.id)
        first.save(dataclasses.replace(merged, region="Birkaland"))
        with pytest.raises(ConflictError) as caught:
            second.save(dataclasses.replace(stale, region="Tampere"))
        (clash,) = caught.value.clashes
        assert (clash.field, clash.mine, clash.theirs) == ("region", "Tampere", "Birkaland")
        assert "Tampere" in caught.value.details[0] and "Birkaland" in caught.value.details[0]
        assert second.get("town", town.id).region == "Birkaland"
    finally:
        first.close()
        second.close()


def test_a_notice_reaches_a_second_session(pg_url: str) -> None:
    """A committed change is heard on another connection with kind, id, user and fields."""
    writer = Workspace.create(pg_url)
    reader = Workspace.open(pg_url)
    listener = listener_for(reader.database.engine)
    assert listener is not None
    try:
        town = writer.save(Town(name="Eiði", country="FO"))
        notices = listener.wait(timeout=10)
        (notice,) = [n for n in notices if n.kind == "town"]
        assert (notice.record_id, notice.action) == (town.id, "create")
        assert notice.user == make_url(pg_url).username
        assert "name" in notice.fields
        # A change the listener's own database makes is not announced back to it.
        reader.save(dataclasses.replace(reader.get("town", town.id), population=700))
        assert listener.wait(timeout=0.5) == []
    finally:
        listener.close()
        writer.close()
        reader.close()
        reader.close()


def test_a_rolled_back_change_is_never_announced(pg_url: str) -> None:
    """NOTIFY is delivered at commit: a refused save sends nothing."""
    writer = Workspace.create(pg_url)
    reader = Workspace.open(pg_url)
    listener = listener_for(reader.database.engine)
    assert listener is not None
    try:
        with pytest.raises(RuntimeError), writer.database.transaction() as session:
            from app.services.colleagues import announce

            announce(session, "update", "town", 1, ["name"])
            raise RuntimeError("refused")
        assert listener.wait(timeout=0.5) == []
    finally:
        listener.close()
        writer.close()
        reader.close()


def _break_connection(session: Any) -> None:
    """End the session's server process from outside, as a dropped network would."""
    pid = session.connection().connection.dbapi_connection.info.backend_pid
    with create_engine(session.get_bind().url).connect() as other:
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})


def test_a_connection_lost_before_commit_is_confirmed_unsaved(pg_url: str) -> None:
    """The server is asked afterwards: nothing stored, and the sentence says so."""
    ws = Workspace.create(pg_url)
    town = ws.save(Town(name="Husby"))
    session_events = ws.database._sessions  # the factory every transaction uses

    def before_commit(session: Any) -> None:
        _break_connection(session)

    event.listen(session_events, "before_commit", before_commit)
    try:
        with pytest.raises(ServerConnectionLost) as caught:
            ws.save(dataclasses.replace(ws.get("town", town.id), population=4200))
    finally:
        event.remove(session_events, "before_commit", before_commit)
    assert caught.value.committed is False
    sentence = explain_failure(caught.value)
    assert sentence is not None and "nothing was saved" in sentence
    assert ws.get("town", town.id).population is None
    ws.close()


def test_a_connection_lost_after_commit_is_confirmed_saved(pg_url: str) -> None:
    """The commit reached the server but its answer did not: the save stands."""
    ws = Workspace.create(pg_url)
    town = ws.save(Town(name="Husby"))
    session_events = ws.database._sessions

    def after_commit(_session: Any) -> None:
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    event.listen(session_events, "after_commit", after_commit)
    try:
        saved = ws.save(dataclasses.replace(ws.get("town", town.id), population=4200))
    finally:
        event.remove(session_events, "after_commit", after_commit)
    assert saved.population == 4200
    assert ws.get("town", town.id).population == 4200
    ws.close()


def test_the_change_logs_times_gain_a_time_zone_on_upgrade(pg_url: str) -> None:
    """Migration 0012 on a server: a time stored before it (naive UTC) keeps its moment."""
    from alembic import command

    from db.migrate import alembic_config, upgrade

    engine = create_engine(pg_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.execute(
            text(
                'INSERT INTO change_log (at, "user", action, target_kind, changes) '
                "VALUES ('2026-11-22 19:47:24', 'samordnare', 'create', 'town', '{}')"
            )
        )
    upgrade(engine)
    with engine.connect() as connection:
        connection.execute(text("SET TIME ZONE 'Europe/Stockholm'"))
        stored = connection.execute(text("SELECT at FROM change_log")).scalar_one()
    engine.dispose()
    assert stored == datetime(2026, 11, 22, 19, 47, 24, tzinfo=UTC)
