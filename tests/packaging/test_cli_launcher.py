"""vanort-cli, the command line's launcher: runs vanort beside it and passes its output on.

packaging/cli_launcher.py is run here as Python against a stand-in program;
the build (make package) runs the real one with --self-test.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from bundle_helpers import REPO, load_by_path, python

LAUNCHER = REPO / "packaging" / "cli_launcher.py"


def _launcher() -> ModuleType:
    return load_by_path(LAUNCHER, "vanort_cli_launcher_test")


def test_the_program_is_looked_for_beside_the_launcher() -> None:
    launcher = _launcher()

    folder = Path("/opt/vanort")
    assert launcher.program_beside(str(folder / "vanort-cli"), "linux") == str(folder / "vanort")
    assert launcher.program_beside(str(folder / "vanort-cli.exe"), "win32") == str(
        folder / "vanort.exe"
    )


def test_output_errors_and_exit_status_are_passed_on_with_every_letter() -> None:
    launcher = _launcher()
    program = textwrap.dedent(
        """
        import sys
        sys.stdout.buffer.write("Łódź → Vänersborg\\n".encode("utf-8"))
        sys.stdout.flush()
        sys.stderr.buffer.write("Databasen är skadad.\\n".encode("utf-8"))
        sys.exit(3)
        """
    )
    out, err = io.StringIO(), io.StringIO()

    status = launcher.run_with_pipes([python(), "-c", program], out, err)

    assert status == 3
    assert out.getvalue() == "Łódź → Vänersborg\n"
    assert err.getvalue() == "Databasen är skadad.\n"


def test_a_missing_program_is_one_sentence_and_a_failure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    launcher = _launcher()
    monkeypatch.setattr(sys, "executable", str(tmp_path / "vanort-cli"))

    assert launcher.main(["check"]) == 1

    message = capsys.readouterr().err.strip()
    assert message.endswith("install Vänort again.") and "\n" not in message
    assert str(tmp_path / "vanort") in message


@pytest.mark.skipif(
    sys.platform == "win32", reason="the program takes the launcher's place on POSIX"
)
def test_the_program_runs_in_the_launcher_s_place_with_its_arguments(tmp_path: Path) -> None:
    program = tmp_path / "vanort"
    program.write_text(
        '#!/bin/sh\necho "$# $1 $2 reset=$PYINSTALLER_RESET_ENVIRONMENT"\nexit 7\n',
        encoding="utf-8",
    )
    program.chmod(0o755)
    starter = (
        "import runpy, sys; "
        f"sys.executable = {str(tmp_path / 'vanort-cli')!r}; "
        "sys.argv = ['vanort-cli', 'report', 'Öland']; "
        f"runpy.run_path({str(LAUNCHER)!r}, run_name='__main__')"
    )
    env = {
        key: value for key, value in os.environ.items() if key != "PYINSTALLER_RESET_ENVIRONMENT"
    }

    done = subprocess.run(
        [python(), "-c", starter], capture_output=True, env=env, timeout=60, check=False
    )

    assert done.returncode == 7
    assert done.stdout.decode("utf-8") == "2 report Öland reset=1\n"
