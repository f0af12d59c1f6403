"""Round trips to a server: a read pays for its statements only, a save for its statements and
one transaction, and a connection the server dropped is replaced, not shown to the user.

The messages are counted by the benchmark's proxy (without delay) between the
program and the server, so a ping or a BEGIN sent by the driver is counted too.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select, text

import db.engine
from app.failures import explain_failure
from app.services.records import Town
from app.workspace import Workspace
from bench.delay_proxy import DelayProxy
from db import models
from db.session import WriteInRead

pytestmark = pytest.mark.postgres


def _statements(workspace: Workspace) -> list[str]:
    sent: list[str] = []
    event.listen(
        workspace.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: sent.append(statement),
    )
    return sent


def _terminate(pid: int, url: str) -> None:
    engine = create_engine(url)
    with engine.connect() as other:
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    engine.dispose()


def _backend_pid(workspace: Workspace) -> int:
    with workspace.database.reading() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_read_costs_one_message_per_statement(counted: tuple[Workspace, DelayProxy]) -> None:
    """No ping before it, no BEGIN or ROLLBACK around it: one statement, one message."""
    workspace, proxy = counted
    workspace.get_many("town")  # the connection is made and the pool holds it
    sent = _statements(workspace)
    proxy.take_messages()
    with workspace.database.reading() as session:
        session.execute(select(models.Town.id)).all()
        session.execute(select(models.Twinning.id)).all()
    assert len(sent) == 2
    assert proxy.take_messages() == 2


def test_a_save_costs_its_statements_and_one_transaction(
    counted: tuple[Workspace, DelayProxy],
) -> None:
    """BEGIN, the statements and COMMIT: nothing else goes to the server."""
    workspace, proxy = counted
    town = workspace.get("town", workspace.save(Town(name="Eiði", country="FO")).id)
    sent = _statements(workspace)
    proxy.take_messages()
    workspace.save(dataclasses.replace(town, region="Eysturoy"))
    assert sent and proxy.take_messages() == len(sent) + 2
    assert workspace.get("town", town.id).region == "Eysturoy"


def test_a_read_in_autocommit_sees_each_statement_as_its_own_moment(
    counted: tuple[Workspace, DelayProxy],
) -> None:
    """Inside no transaction: the transaction's time is each statement's own time."""
    workspace, _proxy = counted
    with workspace.database.reading() as session:
        session.execute(text("SELECT pg_sleep(0.01)"))
        same = session.execute(
            text("SELECT transaction_timestamp() = statement_timestamp()")
        ).scalar_one()
    assert same is True


def test_a_write_inside_a_read_is_refused_and_nothing_is_stored(
    counted: tuple[Workspace, DelayProxy],
) -> None:
    """In autocommit a write would be stored at once; a read refuses it instead."""
    workspace, _proxy = counted
    with pytest.raises(WriteInRead), workspace.database.reading() as session:
        session.add(models.Town(name="Smygehamn", country="SE"))
        session.flush()
    with pytest.raises(WriteInRead), workspace.database.reading() as session:
        session.execute(models.Town.__table__.delete())
    assert [t.name for t in workspace.get_many("town")] == []


def test_an_idle_connection_the_server_dropped_is_replaced_unseen(
    pg_url: str, monkeypatch: Any
) -> None:
    """After a pause the pooled connection is asked first; a dead one is replaced."""
    workspace = Workspace.create(pg_url)
    try:
        workspace.save(Town(name="Kangasala", country="FI"))
        _terminate(_backend_pid(workspace), pg_url)
        monkeypatch.setattr(db.engine, "IDLE_PING_S", 0.0)  # every connection counts as idle
        assert [t.name for t in workspace.get_many("town")] == ["Kangasala"]
    finally:
        workspace.close()


def test_a_connection_dropped_between_uses_fails_once_with_a_sentence(pg_url: str) -> None:
    """Used a moment ago, the connection is not asked: its loss is said in one sentence,
    and the next action connects afresh."""
    workspace = Workspace.create(pg_url)
    try:
        workspace.save(Town(name="Kangasala", country="FI"))
        _terminate(_backend_pid(workspace), pg_url)
        with pytest.raises(Exception) as caught:
            workspace.get_many("town")
        sentence = explain_failure(caught.value)
        assert sentence is not None and "\n" not in sentence
        assert [t.name for t in workspace.get_many("town")] == ["Kangasala"]
    finally:
        workspace.close()


def test_a_register_opened_on_a_server_has_connections_ready_for_its_readers(
    pg_url: str,
) -> None:
    """Beside the one the opening used, two more are opened ahead and wait in the pool."""
    Workspace.create(pg_url).close()
    workspace = Workspace.open(pg_url)
    try:
        warming = workspace.database.warming
        assert len(warming) == 2
        for thread in warming:
            thread.join(timeout=30)
        pool = workspace.database.engine.pool
        assert pool.checkedin() == 3  # type: ignore[attr-defined]
        # Three readers at once take the three; none has to connect.
        connects: list[object] = []
        event.listen(workspace.database.engine, "connect", lambda *_a: connects.append(1))
        held = [workspace.database.engine.connect() for _ in range(3)]
        for connection in held:
            connection.close()
        assert connects == []
    finally:
        workspace.close()


def test_a_register_file_opens_no_connections_ahead(tmp_path: Any) -> None:
    """On a file there is nothing to wait for: no threads are started."""
    workspace = Workspace.create(tmp_path / "vanort.sqlite3")
    try:
        assert workspace.database.warm_up() == []
    finally:
        workspace.close()
