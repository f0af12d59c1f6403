"""`vanort server setup`: editors change the register, readers only read it and are told so."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from app import i18n
from app.cli.runner import run
from app.failures import explain_failure
from app.services import store
from app.services.changelog import ChangeLogQuery, read_change_log
from app.services.errors import ServiceError
from app.services.records import Town
from app.workspace import Workspace
from db import models as m
from db.roles import roles_for

pytestmark = pytest.mark.postgres

PASSWORD = "hemligt-1"


@pytest.fixture
def office_roles(pg_url: str) -> Iterator[dict[str, str]]:
    """A register with an editor's and a reader's login; every role made is dropped after."""
    url = make_url(pg_url)
    database = str(url.database)
    logins = {"editor": f"{database}_anna", "reader": f"{database}_bertil"}
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        for login in logins.values():
            connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
            connection.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}'"))
    Workspace.create(pg_url, municipality="Serverkommun").close()
    urls = {
        kind: url.set(username=login, password=PASSWORD).render_as_string(hide_password=False)
        for kind, login in logins.items()
    }
    yield {**urls, **{f"{k}_login": v for k, v in logins.items()}}
    roles = roles_for(database)
    with engine.begin() as connection:
        # The schema's privileges go with it; then nothing holds on to the roles.
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
        for role in (*logins.values(), roles.editors, roles.readers):
            connection.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM "{role}"'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    engine.dispose()


def _setup(pg_url: str, roles: dict[str, str], capsys: Any) -> str:
    status = run(
        [
            "server",
            "setup",
            pg_url,
            "--editor",
            roles["editor_login"],
            "--reader",
            roles["reader_login"],
        ]
    )
    out = capsys.readouterr().out
    assert status == 0
    return out


def test_a_reader_cannot_write_and_gets_one_sentence(
    pg_url: str, office_roles: dict[str, str], capsys: Any
) -> None:
    out = _setup(pg_url, office_roles, capsys)
    names = roles_for(str(make_url(pg_url).database))
    assert names.editors in out and names.readers in out

    editor = Workspace.open(office_roles["editor"])
    reader = Workspace.open(office_roles["reader"])
    try:
        assert editor.may_edit and not reader.may_edit
        town = editor.save(Town(name="Kangasala", country="FI"))
        (entry,) = read_change_log(editor.database, ChangeLogQuery(kind="town", record_id=town.id))
        assert entry.user == office_roles["editor_login"]

        # The reader reads, and a save is refused before the server is asked ...
        assert reader.get("town", town.id).name == "Kangasala"
        changed = dataclasses.replace(reader.get("town", town.id), population=33_000)
        with pytest.raises(ServiceError) as caught:
            reader.save(changed)
        i18n.set_language("sv")  # the register's language (tests/conftest.py resets it)
        assert "får läsa registret men inte ändra i det" in str(caught.value)
        # ... and a write that reaches the server is refused by it, in the same sentence.
        with pytest.raises(Exception) as refused:
            store.save(reader.database, changed)
        assert explain_failure(refused.value) == str(caught.value)
        with editor.database.reading() as session:
            assert session.scalar(select(func.count()).select_from(m.Town)) == 1
        assert editor.get("town", town.id).population is None
    finally:
        editor.close()
        reader.close()


def test_the_window_of_a_reader_offers_no_changes(
    qtbot: Any, pg_url: str, office_roles: dict[str, str], capsys: Any
) -> None:
    from ui.main_window import MainWindow

    _setup(pg_url, office_roles, capsys)
    window = MainWindow(Workspace.open(office_roles["reader"]))
    qtbot.addWidget(window)
    window.show()
    window.show_page("town")
    try:
        assert not window.new_action.isEnabled()
        assert not window.save_action.isEnabled()
        assert not window.delete_action.isEnabled()
        assert not window.import_action.isEnabled()
        assert window.find_action.isEnabled()  # reading and searching stay
    finally:
        window.close()
        window.workspace.close()


def test_setup_refuses_a_file(tmp_path: Any, capsys: Any) -> None:
    status = run(["server", "setup", str(tmp_path / "register.sqlite3"), "--language", "en"])
    assert status == 1
    assert "only on a database server" in capsys.readouterr().err
