"""An export over a file that is still open in Excel or Word: one sentence, nothing lost."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from windows_lock import lock_like_windows

from app import i18n
from app.__main__ import main
from app.failures import FileInUse, explain_failure
from app.reports.files import free_name_beside, replaced_when_done


@pytest.fixture
def demo_database(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "register.sqlite3"
    shutil.copy(demo_template, copy)
    return copy


def test_a_locked_target_raises_file_in_use_and_keeps_the_old_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Vänortsregister 2026-11-22.xlsx"
    target.write_bytes(b"the export she has open")
    lock_like_windows(monkeypatch, target)

    with pytest.raises(FileInUse) as raised, replaced_when_done(target) as temporary:
        temporary.write_bytes(b"new")

    assert raised.value.path == target
    assert target.read_bytes() == b"the export she has open"
    assert [path.name for path in tmp_path.iterdir()] == [target.name]  # no temporary left


def test_the_sentence_names_the_file_in_both_languages(tmp_path: Path) -> None:
    error = FileInUse(tmp_path / "rapport.xlsx")

    assert explain_failure(error) == (
        "The file rapport.xlsx is open in another program. Close it or choose another name."
    )
    i18n.set_language("sv")
    try:
        assert explain_failure(error) == (
            "Filen rapport.xlsx är öppen i ett annat program. Stäng den eller välj ett annat namn."
        )
    finally:
        i18n.set_language("en")


def test_a_permission_error_that_is_not_a_lock_stays_what_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError) as raised, replaced_when_done(target) as temporary:
        temporary.write_bytes(b"new")

    assert not isinstance(raised.value, FileInUse)


def test_a_free_name_is_found_beside_the_locked_file(tmp_path: Path) -> None:
    target = tmp_path / "Bidrag 2026.xlsx"
    assert free_name_beside(target) == target
    target.write_bytes(b"1")
    (tmp_path / "Bidrag 2026 (2).xlsx").write_bytes(b"2")

    assert free_name_beside(target) == tmp_path / "Bidrag 2026 (3).xlsx"


def test_the_command_line_says_it_in_one_sentence(
    demo_database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "register.pdf"
    target.write_bytes(b"open in a PDF reader")
    lock_like_windows(monkeypatch, target)

    status = main(
        [
            "--language",
            "en",
            "export",
            "--database",
            str(demo_database),
            "--report",
            "register",
            "--out",
            str(target),
        ]
    )

    err = capsys.readouterr().err
    assert status == 1
    assert err.strip() == (
        "The file register.pdf is open in another program. Close it or choose another name."
    )
    assert target.read_bytes() == b"open in a PDF reader"
