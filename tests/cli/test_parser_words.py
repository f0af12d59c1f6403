"""argparse's own messages speak the user's language inside the one sentence of an error."""

from __future__ import annotations

import argparse

import pytest

from app.__main__ import main


@pytest.fixture(autouse=True)
def no_language_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VANORT_LANGUAGE", raising=False)


def _error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_an_unknown_option_is_named_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    """vanort --bogus: the whole sentence is Swedish, argparse's part too."""
    assert main(["--bogus"]) == 2
    line = _error_line(capsys)
    assert "okända argument: --bogus" in line
    assert "unrecognized" not in line


def test_a_missing_argument_and_value_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    """A sub-command without its required argument, an option without its value."""
    assert main(["report"]) == 2
    line = _error_line(capsys)
    assert "följande argument saknas" in line and "required" not in line
    assert main(["check", "--database"]) == 2
    line = _error_line(capsys)
    assert "argumentet --database: ett värde saknas" in line and "expected" not in line


def test_an_invalid_choice_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--language", "xx"]) == 2
    line = _error_line(capsys)
    assert "ogiltigt val: 'xx'" in line and "invalid choice" not in line


def test_english_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--language", "en", "--bogus"]) == 2
    assert "unrecognized arguments: --bogus" in _error_line(capsys)


def test_other_parsers_in_the_process_keep_argparse_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ours borrow argparse's message function only while they parse."""
    assert main(["--bogus"]) == 2
    capsys.readouterr()
    plain = argparse.ArgumentParser(prog="plain", exit_on_error=False)
    with pytest.raises(SystemExit):
        plain.parse_args(["--bogus"])
    assert "unrecognized arguments" in capsys.readouterr().err
