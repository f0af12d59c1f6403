"""Full disk, read-only file system, a lock held by another program: one sentence, data kept.

The full and read-only disks are small tmpfs mounts, so these tests need root
(CI runs as root); elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.__main__ import main

REPO = Path(__file__).resolve().parents[2]
FULL = "The disk is full; free some space and try again. Nothing was saved."


def _mount(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB disk of its own (a tmpfs mount), unmounted afterwards."""
    folder = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    if not _mount(folder, "16m"):
        pytest.skip("mounting a small disk needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _demo_on(disk: Path) -> Path:
    from app.demo import write_demo

    path = disk / "demo.sqlite3"
    write_demo(path)
    return path


def _fill(disk: Path) -> None:
    with (disk / "filler").open("wb") as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError:
            pass


def _one_sentence(text: str) -> str:
    assert "Traceback" not in text and "Logging error" not in text, text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_a_full_disk_still_opens_and_reads_the_database(small_disk: Path) -> None:
    """Reading works; a save is refused with the full-disk sentence and nothing changes."""
    from app.failures import explain_failure
    from app.services.records import Town
    from app.workspace import Workspace

    path = _demo_on(small_disk)
    _fill(small_disk)
    workspace = Workspace.open(path)
    try:
        assert len(workspace.get_many("town")) == 12
        with pytest.raises(Exception) as caught:
            workspace.save(Town(name="Trollhättan", country="SE"))
        assert explain_failure(caught.value, path) == FULL
        assert len(workspace.get_many("town")) == 12
    finally:
        workspace.close()


def test_command_line_on_a_full_disk_says_one_sentence(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _demo_on(small_disk)
    _fill(small_disk)
    copy = small_disk / "kopia.sqlite3"
    assert main(["--language", "en", "backup", "--database", str(path), "--to", str(copy)]) == 1
    assert _one_sentence(capsys.readouterr().err) == FULL
    assert not copy.exists() and not list(small_disk.glob("*.partial"))
    new = ["new", "--municipality", "Vänersborgs kommun", str(small_disk / "ny.sqlite3")]
    assert main(["--language", "en", *new]) == 1
    assert _one_sentence(capsys.readouterr().err) == FULL
    assert main(["--language", "en", "todo", "--database", str(path)]) == 0


def test_no_traceback_when_the_log_folder_is_on_the_full_disk(small_disk: Path) -> None:
    """The program's own folder (logs, backups) on the full disk: still one sentence."""
    path = _demo_on(small_disk)
    _fill(small_disk)
    home = small_disk / "home"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--language",
            "en",
            "new",
            "--municipality",
            "Ekeby",
            str(small_disk / "ny.sqlite3"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={"VANORT_HOME": str(home), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert done.returncode == 1
    assert _one_sentence(done.stderr) == FULL
    assert path.exists()


def test_a_read_only_disk_reads_and_refuses_writes_in_words(small_disk: Path) -> None:
    from app.failures import explain_failure
    from app.services.records import Town
    from app.workspace import Workspace

    path = _demo_on(small_disk)
    remount = subprocess.run(
        ["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, check=False
    )
    if remount.returncode != 0:
        pytest.skip("the small disk could not be made read-only")
    workspace = Workspace.open(
        path,
    )
    try:
        assert len(workspace.get_many("town")) == 12
        with pytest.raises(Exception) as caught:
            workspace.save(Town(name="Trollhättan", country="SE"))
        assert explain_failure(caught.value, path) == (
            f"{path} cannot be written: the file or its folder is read-only. Ask for write "
            "permission, or copy the database to a folder of your own."
        )
    finally:
        workspace.close()


def test_a_database_locked_by_another_program_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holding the write lock: a sentence after the wait, nothing half-saved."""
    from app.failures import explain_failure
    from app.services.records import Town
    from app.workspace import Workspace
    from db import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "register.sqlite3"
    Workspace.create(path, municipality="Vänersborg").close()
    workspace = Workspace.open(path)
    other = sqlite3.connect(path, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(Exception) as caught:
            workspace.save(Town(name="Trollhättan", country="SE"))
        assert explain_failure(caught.value, path) == (
            "The database is locked by another program that is writing to it; wait a moment "
            "or close that program, and try again. Nothing was saved."
        )
        other.rollback()
        assert workspace.get_many("town") == []
    finally:
        other.close()
        workspace.close()
