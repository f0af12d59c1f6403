"""A server's URL is never taken for a file path, and its password is never shown or stored."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.__main__ import main

SECRET = "hemligt-Lösen-42"
UNREACHABLE = f"postgresql+psycopg://vanort:{SECRET}@127.0.0.1:9/vanort"


def _everything_written(folder: Path) -> str:
    names = [str(p) for p in folder.rglob("*")]
    texts = []
    for path in folder.rglob("*"):
        if path.is_file():
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(names + texts)


def test_demo_on_an_unreachable_server_names_it_without_its_password(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vanort_home: Path,
) -> None:
    """No local file with the URL as its folder name, no password in output or log."""
    monkeypatch.chdir(tmp_path)
    assert main(["--language", "en", "demo", UNREACHABLE]) == 1
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err
    assert "127.0.0.1:9" in captured.err
    assert list(tmp_path.iterdir()) == []
    assert SECRET not in _everything_written(vanort_home)


def test_an_unexpected_error_logs_the_url_without_its_password(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vanort_home: Path,
) -> None:
    from app.cli import export

    def broken(_args: object) -> int:
        raise RuntimeError("a fault in the program")

    monkeypatch.setattr(export, "export_report", broken, raising=False)
    from app.cli import create

    monkeypatch.setattr(create, "create_demo", broken)
    # The handler is bound when the parser is built, so patch before running.
    assert main(["--language", "en", "demo", UNREACHABLE]) == 1
    captured = capsys.readouterr()
    assert "log file" in captured.err
    log_text = _everything_written(vanort_home)
    assert "unexpected error in: vanort --language en demo postgresql+psycopg://vanort:***@" in (
        log_text
    )
    assert SECRET not in log_text + captured.err


@pytest.mark.postgres
def test_demo_into_a_server_fills_it_and_refuses_a_second_time(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.postgres.conftest import _empty_schema, _url

    url = _url()
    _empty_schema(url)
    monkeypatch.chdir(tmp_path)
    try:
        assert main(["--language", "en", "demo", url]) == 0
        out = capsys.readouterr().out
        password = url.split("@", 1)[0].rsplit(":", 1)[1]
        assert f":{password}@" not in out and ":***@" in out
        from app.workspace import Workspace

        workspace = Workspace.open(url)
        try:
            assert len(workspace.get_many("town")) == 12
        finally:
            workspace.close()
        assert main(["--language", "en", "demo", url]) == 1
        assert "already exists" in capsys.readouterr().err
        assert list(tmp_path.iterdir()) == []
    finally:
        _empty_schema(url)
    assert os.environ.get("VANORT_TEST_PG_URL")
