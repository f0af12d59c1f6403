"""The vanort command line: sub-commands, exit statuses, and one sentence per error."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from app.__main__ import main

REPO = Path(__file__).resolve().parents[2]


def _one_sentence(text: str) -> str:
    """The error output must be exactly one line, and never a traceback."""
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def _files_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


# ---------------------------------------------------------------- demo and check


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.sqlite3"
    assert main(["--language", "en", "demo", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    assert main(["--language", "en", "check", "--database", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Integrity check: no problems found." in out
    assert "Schema revision:" in out
    # The demo's twelve towns: the nine of the chain, Utajärvi, Lich and Omaruru.
    assert any(line.split() == ["Twin", "towns:", "12"] for line in out.splitlines())


def test_demo_and_check_as_a_separate_process(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite3"
    for arguments in (["demo", str(target)], ["check", "--database", str(target)]):
        done = subprocess.run(
            [sys.executable, "-m", "app", "--language", "en", *arguments],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
    assert "no problems found" in done.stdout


def test_demo_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.sqlite3"
    target.write_bytes(b"my own notes, not a database")
    before = target.read_bytes()
    assert main(["--language", "en", "demo", str(target)]) != 0
    sentence = _one_sentence(capsys.readouterr().err)
    assert "already exists" in sentence
    assert target.read_bytes() == before
    assert _files_beside(target) == ["demo.sqlite3"]


def test_check_refuses_a_text_file_and_leaves_it_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = REPO / "README.md"
    before = readme.read_bytes()
    beside = _files_beside(readme)
    assert main(["--language", "en", "check", "--database", str(readme)]) != 0
    sentence = _one_sentence(capsys.readouterr().err)
    assert sentence == f"{readme} is not a database file; it was left untouched."
    assert readme.read_bytes() == before
    assert _files_beside(readme) == beside


def test_check_of_a_missing_file_says_so_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone.sqlite3"
    assert main(["--language", "en", "check", "--database", str(missing)]) == 1
    assert _one_sentence(capsys.readouterr().err) == f"There is no file {missing}."
    assert list(tmp_path.iterdir()) == []


def test_check_without_a_database_asks_for_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "en", "check"]) == 1
    assert "--database" in _one_sentence(capsys.readouterr().err)


def test_database_may_be_given_before_the_command(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--language", "en", "--database", str(demo_file), "check"]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_check_finds_a_broken_reference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from app.demo import write_demo

    target = tmp_path / "demo.sqlite3"
    write_demo(target)
    connection = sqlite3.connect(target)  # foreign keys are off by default here
    connection.execute("UPDATE member_counts SET organisation_id = 9999 WHERE id = 1")
    connection.commit()
    connection.close()
    assert main(["--language", "en", "check", "--database", str(target)]) == 1
    captured = capsys.readouterr()
    assert "member_counts" in captured.out
    assert "1 problem" in _one_sentence(captured.err)


def test_a_mistyped_command_line_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "en", "chekc"]) == 2
    assert "vanort --help" in _one_sentence(capsys.readouterr().err)


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "en", "--help"]) == 0
    out = capsys.readouterr().out
    for command in ("new", "demo", "check", "backup", "restore"):
        assert f"    {command} " in out


# ---------------------------------------------------------------- new


def test_new_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "empty.sqlite3"
    assert main(["--language", "en", "new", str(target), "--municipality", "Testkommun"]) == 0
    assert main(["--language", "en", "check", "--database", str(target)]) == 0
    out = capsys.readouterr().out
    # The one town of a new database is its home town.
    assert any(line.split() == ["Twin", "towns:", "1"] for line in out.splitlines())
    assert any(line.split() == ["Twinnings:", "0"] for line in out.splitlines())

    from app.workspace import Workspace

    workspace = Workspace.open(target)
    try:
        assert workspace.settings().name == "Testkommun"
    finally:
        workspace.close()


def test_new_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"x")
    assert main(["--language", "en", "new", str(target), "--municipality", "Testkommun"]) == 1
    assert "already exists" in _one_sentence(capsys.readouterr().err)
    assert target.read_bytes() == b"x"


# ---------------------------------------------------------------- backup and restore


def _rename_home_town(path: Path, name: str) -> None:
    import dataclasses

    from app.workspace import Workspace

    workspace = Workspace.open(path)
    try:
        (home,) = [t for t in workspace.get_many("town") if t.is_home]
        workspace.save(dataclasses.replace(home, name=name))
    finally:
        workspace.close()


def _home_town_name(path: Path) -> str:
    from app.workspace import Workspace

    workspace = Workspace.open(path)
    try:
        (home,) = [t for t in workspace.get_many("town") if t.is_home]
        return str(home.name)
    finally:
        workspace.close()


def test_backup_and_restore_bring_back_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import paths

    database = tmp_path / "register.sqlite3"
    assert main(["demo", str(database)]) == 0
    capsys.readouterr()
    assert main(["--language", "en", "backup", "--database", str(database)]) == 0
    out = capsys.readouterr().out
    (backup,) = [p for p in paths.backups_dir().iterdir() if p.name.endswith("-manual.sqlite3")]
    assert str(backup) in out

    _rename_home_town(database, "Changed after the backup")
    assert _home_town_name(database) == "Changed after the backup"

    assert main(["--language", "en", "restore", str(backup), "--database", str(database)]) == 0
    out = capsys.readouterr().out
    assert _home_town_name(database) == "Vänersborg"
    (safety,) = [
        p for p in paths.backups_dir().iterdir() if p.name.endswith("-before-restore.sqlite3")
    ]
    assert str(safety) in out
    # The safety copy holds the state the restore replaced.
    assert _home_town_name(safety) == "Changed after the backup"


def test_backup_to_a_file_of_ones_choice_never_overwrites(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.sqlite3"
    assert (
        main(["--language", "en", "backup", "--database", str(demo_file), "--to", str(target)]) == 0
    )
    assert str(target) in capsys.readouterr().out
    assert _home_town_name(target) == "Vänersborg"
    before = target.read_bytes()
    assert (
        main(["--language", "en", "backup", "--database", str(demo_file), "--to", str(target)]) == 1
    )
    assert "already exists" in _one_sentence(capsys.readouterr().err)
    assert target.read_bytes() == before


def test_restore_refuses_a_backup_that_is_not_a_register(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil
    import sqlite3

    database = tmp_path / "register.sqlite3"
    shutil.copy(demo_file, database)
    before = database.read_bytes()
    empty = tmp_path / "empty.sqlite3"  # an SQLite database without any table
    connection = sqlite3.connect(empty)
    connection.execute("PRAGMA user_version = 1")
    connection.close()
    for wrong in (empty, REPO / "README.md", tmp_path / "missing.sqlite3"):
        assert main(["--language", "en", "restore", str(wrong), "--database", str(database)]) == 1
        _one_sentence(capsys.readouterr().err)
    assert database.read_bytes() == before


# ---------------------------------------------------------------- language


def test_messages_in_english_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app import i18n

    missing = tmp_path / "nothing.sqlite3"
    assert main(["--language", "en", "check", "--database", str(missing)]) == 1
    assert _one_sentence(capsys.readouterr().err) == f"There is no file {missing}."
    assert i18n.current_language() == "en"


def test_swedish_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from app import i18n

    monkeypatch.delenv("VANORT_LANGUAGE", raising=False)
    assert main(["--help"]) == 0
    assert i18n.current_language() == "sv"


def test_the_environment_chooses_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from app import i18n

    monkeypatch.setenv("VANORT_LANGUAGE", "en")
    assert main(["--help"]) == 0
    assert i18n.current_language() == "en"
    # The option wins over the environment.
    assert main(["--language", "sv", "--help"]) == 0
    assert i18n.current_language() == "sv"


def test_an_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "de", "check"]) == 2
    assert "de" in _one_sentence(capsys.readouterr().err)


# ---------------------------------------------------------------- the window


def _fake_interface(monkeypatch: pytest.MonkeyPatch, run: object) -> None:
    module = types.ModuleType("ui.app")
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.app", module)


def test_without_a_command_the_window_opens_on_the_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str | None] = []

    def run(database: str | None) -> int:
        opened.append(database)
        return 7

    _fake_interface(monkeypatch, run)
    assert main(["--database", "/somewhere/register.sqlite3"]) == 7
    assert main([]) == 7
    assert opened == ["/somewhere/register.sqlite3", None]


def test_without_the_interface_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "ui.app", None)  # importing it now fails
    assert main(["--language", "en"]) == 1
    assert "window" in _one_sentence(capsys.readouterr().err)


def test_an_unexpected_error_names_the_log_and_the_log_has_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import paths

    def run(database: str | None) -> int:
        raise RuntimeError("the interface fell over")

    _fake_interface(monkeypatch, run)
    assert main(["--language", "en"]) == 1
    sentence = _one_sentence(capsys.readouterr().err)
    assert str(paths.log_file()) in sentence
    assert "fell over" not in sentence
    log = paths.log_file().read_text(encoding="utf-8")
    assert "Traceback" in log and "the interface fell over" in log


def test_a_file_system_error_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(database: str | None) -> int:
        raise PermissionError(13, "Permission denied", "/locked/register.sqlite3")

    _fake_interface(monkeypatch, run)
    assert main(["--language", "en"]) == 1
    assert _one_sentence(capsys.readouterr().err) == (
        "Could not use /locked/register.sqlite3: Permission denied."
    )


# ---------------------------------------------------------------- start-up


def test_sub_commands_load_neither_qt_nor_the_report_libraries(demo_file: Path) -> None:
    probe = (
        "import sys\n"
        "from app.__main__ import main\n"
        f"status = main(['check', '--database', {str(demo_file)!r}])\n"
        "heavy = [m for m in ('PySide6', 'reportlab', 'openpyxl') if m in sys.modules]\n"
        "print(status, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "VANORT_LANGUAGE": "en"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 []"


def test_a_successful_command_writes_no_log(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import paths

    assert main(["check", "--database", str(demo_file)]) == 0
    assert not paths.log_dir().exists()
