"""Opening a register on a server: few round trips, none of them on the window's thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

from app.errors import ServerLoginRefused
from app.workspace import Workspace
from db.engine import make_engine
from db.migrate import head_revision
from tests.postgres.conftest import proxy_to, through_proxy

pytestmark = pytest.mark.postgres


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every statement any engine in the process sends meanwhile (engines made later too)."""
    sent: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(Engine, "before_cursor_execute", note)
    yield sent
    event.remove(Engine, "before_cursor_execute", note)


def test_opening_asks_version_role_name_and_language_in_one_statement(
    pg_url: str, statements: list[str]
) -> None:
    """The window's first questions are answered by the opening's one statement."""
    Workspace.create(pg_url, municipality="Vänersborgs kommun").close()
    statements.clear()
    workspace = Workspace.open(pg_url)
    try:
        assert workspace.may_edit is True
        assert workspace.name_and_language().name == "Vänersborgs kommun"
        assert workspace.name_and_language().language == "sv"
        assert len(statements) == 1, statements
        facts = workspace.database.opening_facts
        assert facts is not None and facts.revision == head_revision()
    finally:
        workspace.close()


def test_saved_settings_show_in_the_name_and_language_without_asking_again(pg_url: str) -> None:
    """The kept answers follow a change of the settings made through the workspace."""
    Workspace.create(pg_url, municipality="Vänersborgs kommun").close()
    workspace = Workspace.open(pg_url)
    try:
        settings = workspace.settings()
        workspace.save_settings(
            type(settings)(**{**settings.__dict__, "name": "Trollhättans stad", "language": "en"})
        )
        assert workspace.name_and_language().name == "Trollhättans stad"
        assert workspace.name_and_language().language == "en"
    finally:
        workspace.close()


def test_another_programs_database_is_still_refused_with_its_reason(pg_url: str) -> None:
    """No register there: the one statement fails and the careful check says why."""
    from sqlalchemy import text

    from app.errors import DatabaseRefused
    from db.errors import NotAVanortDatabase

    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(DatabaseRefused) as refused:
        Workspace.open(pg_url)
    assert isinstance(refused.value, NotAVanortDatabase)


def test_an_empty_server_database_still_becomes_a_register(pg_url: str) -> None:
    """The one statement fails on an empty database; the careful path makes the schema."""
    workspace = Workspace.open(pg_url)
    try:
        assert workspace.counts(["town"]) == {"town": 0}
        assert workspace.may_edit is True
    finally:
        workspace.close()


def test_the_first_connection_asks_the_dialects_questions_at_once(pg_url: str) -> None:
    """Fewer messages to the server than SQLAlchemy's own first connection, the same answers."""
    proxy = proxy_to(pg_url)
    through = through_proxy(pg_url, proxy)
    answers = []
    messages = []
    try:
        for engine in (create_engine(through, use_native_hstore=False), make_engine(through)):
            proxy.take_messages()
            with engine.connect():
                pass
            messages.append(proxy.take_messages())
            dialect: Any = engine.dialect
            answers.append(
                (
                    dialect.server_version_info[0],
                    dialect.default_schema_name,
                    dialect.default_isolation_level,
                    dialect._backslash_escapes,
                )
            )
            engine.dispose()
    finally:
        proxy.stop()
    assert answers[0] == answers[1]
    # Version, schema, isolation and quoting: one statement instead of four, no BEGIN/ROLLBACK.
    assert messages[1] <= messages[0] - 3, messages


def test_reads_ahead_on_a_server_begin_before_they_are_collected(pg_url: str) -> None:
    """A read handed to read_ahead runs on a thread of its own before anyone asks for it."""
    Workspace.create(pg_url).close()
    workspace = Workspace.open(pg_url)
    started = threading.Event()
    threads: list[str] = []

    def read() -> dict[str, int]:
        threads.append(threading.current_thread().name)
        started.set()
        return workspace.counts(["town"])

    try:
        ahead = workspace.read_ahead(read)
        assert started.wait(10), "the read did not begin on its own"
        assert ahead.result() == {"town": 0}
        assert threads != [threading.current_thread().name]
    finally:
        workspace.close()


def test_a_files_read_ahead_runs_when_collected(tmp_path: Any) -> None:
    """A file gains nothing from threads: its read runs on the thread that collects it."""
    workspace = Workspace.create(tmp_path / "r.sqlite3")
    threads: list[str] = []
    try:
        ahead = workspace.read_ahead(lambda: threads.append(threading.current_thread().name))
        assert threads == []
        ahead.result()
        assert threads == [threading.current_thread().name]
    finally:
        workspace.close()


def test_the_window_answers_while_a_slow_server_opens(qtbot: Any, pg_url: str) -> None:
    """The event loop turns (a timer fires) while the opening waits for the server."""
    from PySide6.QtCore import QTimer

    from ui.window.opening import open_answering

    Workspace.create(pg_url).close()
    proxy = proxy_to(pg_url, round_trip_s=0.2)
    through = through_proxy(pg_url, proxy)
    seen_while_opening: list[bool] = []

    def opening_now() -> bool:
        return any(t.name == "vanort-open" and t.is_alive() for t in threading.enumerate())

    QTimer.singleShot(0, lambda: seen_while_opening.append(opening_now()))
    try:
        workspace = open_answering(lambda: Workspace.open_in_window(through))
        workspace.close()
    finally:
        proxy.stop()
    assert seen_while_opening == [True]


def test_a_refused_opening_is_raised_on_the_windows_thread(qtbot: Any, pg_url: str) -> None:
    """A wrong password comes back as the refusal it was, for the dialog's sentence."""
    from ui.window.opening import open_answering

    Workspace.create(pg_url).close()
    wrong = make_url(pg_url).set(password="not-the-password").render_as_string(hide_password=False)
    with pytest.raises(ServerLoginRefused):
        open_answering(lambda: Workspace.open_in_window(wrong))


def test_the_window_on_a_server_sends_nothing_from_its_own_thread(qtbot: Any, pg_url: str) -> None:
    """Built, shown and filled, the window's reads all ran on its worker and reading threads."""
    from ui.main_window import MainWindow

    Workspace.create(pg_url, municipality="Vänersborgs kommun").close()
    on_window_thread: list[str] = []
    window_thread = threading.current_thread()

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is window_thread:
            on_window_thread.append(statement)

    workspace = Workspace.open_in_window(pg_url)
    event.listen(Engine, "before_cursor_execute", note)
    try:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.db_worker.pending() == 0, timeout=20_000)
        window.show_page("town")
        qtbot.waitUntil(lambda: window.db_worker.pending() == 0, timeout=20_000)
        window.close()
    finally:
        event.remove(Engine, "before_cursor_execute", note)
        workspace.close()
    assert on_window_thread == []
