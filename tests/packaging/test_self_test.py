"""``vanort --self-test`` from source, and from a folder holding only what the spec ships.

The window step opens the real window: under Xvfb when it is installed, and
otherwise with ``--offscreen``, which must be asked for.

The second kind is what makes the spec's data list trustworthy: the program
is pointed at a bundle-like folder (``sys._MEIPASS``, as PyInstaller sets it)
that holds exactly the files of ``packaging/datas.py``; the self-test uses
every resource the program loads, so a file the list forgets makes it fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from bundle_helpers import BUNDLE_RUNNER, REPO, copy_shipped_files, python

STEPS = (
    "Temporary folder",
    "Shipped resources",
    "PDF speed-ups (_rl_accel)",
    "Swedish messages (vanort_sv.ts)",
    "New database, migrations applied",
    "Demo data written",
    "Register report built from the demo",
    "PDF report",
    "Excel report",
    "Word report",
    "Integrity check",
    "Main window",
    "Qt translations (Swedish)",
    "Launcher (vanort without a command)",
)


def _run(
    arguments: list[str],
    home: Path,
    *,
    platform: str | None = "xcb",
    screen: bool = True,
    prefix: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    # Where the user's files would go: the self-test must leave it untouched.
    environment["VANORT_HOME"] = str(home)
    # --offscreen must win over a platform the environment names.
    environment.pop("QT_QPA_PLATFORM", None)
    if platform:
        environment["QT_QPA_PLATFORM"] = platform
    if not screen:
        environment.pop("DISPLAY", None)
        environment.pop("WAYLAND_DISPLAY", None)
    environment.pop("VANORT_LANGUAGE", None)
    return subprocess.run(
        [*prefix, python(), *arguments],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


def _step_lines(output: str) -> dict[str, str]:
    """Step name -> "OK" or "FAIL", from the report's lines."""
    found = {}
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        if status in ("OK", "FAIL") and ":" in rest:
            found[rest.strip().split(":", 1)[0]] = status
    return found


def test_self_test_from_source_passes_and_prints_every_step(tmp_path: Path) -> None:
    home = tmp_path / "user-home"
    done = _run(["-m", "app", "--self-test", "--offscreen"], home)

    assert done.returncode == 0, done.stdout + done.stderr
    steps = _step_lines(done.stdout)
    assert steps == dict.fromkeys(STEPS, "OK"), done.stdout
    assert "Main window: shown on the offscreen platform" in done.stdout
    assert done.stdout.rstrip().endswith(f"Self-test passed: all {len(STEPS)} steps OK.")
    # Nothing was written where the user's data, settings and logs live.
    assert not home.exists()


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run)")
def test_self_test_opens_the_window_on_the_real_platform_under_xvfb(tmp_path: Path) -> None:
    # The environment asks for offscreen, as a test session does; without
    # --offscreen the self-test must still load the screen's plugin (xcb).
    done = _run(
        ["-m", "app", "--self-test"],
        tmp_path / "user-home",
        platform="offscreen",
        screen=False,
        prefix=("xvfb-run", "-a"),
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK   Main window: shown on the xcb platform" in done.stdout
    assert _step_lines(done.stdout) == dict.fromkeys(STEPS, "OK"), done.stdout


def test_without_a_screen_the_window_step_fails_with_what_to_do(tmp_path: Path) -> None:
    done = _run(["-m", "app", "--self-test"], tmp_path / "user-home", platform=None, screen=False)

    assert done.returncode == 1, done.stdout + done.stderr
    assert _step_lines(done.stdout)["Main window"] == "FAIL"
    assert "run it under Xvfb" in done.stdout
    assert "Self-test FAILED: 1 of" in done.stdout


def test_the_files_the_spec_ships_are_enough_for_the_self_test(
    tmp_path: Path, datas: ModuleType
) -> None:
    bundle = tmp_path / "bundle"
    copy_shipped_files(datas, bundle)

    done = _run(["-c", BUNDLE_RUNNER, str(bundle), "--offscreen"], tmp_path / "user-home")

    assert done.returncode == 0, done.stdout + done.stderr
    # The resources really came from the bundle, not from the checkout.
    assert f"Shipped resources: 9 files in {bundle / 'resources'}" in done.stdout
    assert _step_lines(done.stdout) == dict.fromkeys(STEPS, "OK"), done.stdout


@pytest.mark.parametrize(
    ("left_out", "failing"),
    [
        (
            "resources/fonts/DroidSansFallback.ttf",
            {"Shipped resources", "PDF report"},
        ),
        (
            "resources/translations/vanort_sv.qm",
            {"Shipped resources", "Main window", "Qt translations (Swedish)"},
        ),
        ("db/migrations/versions/0001_first_schema.py", {"New database, migrations applied"}),
    ],
)
def test_a_file_missing_from_the_bundle_fails_the_self_test(
    tmp_path: Path, datas: ModuleType, left_out: str, failing: set[str]
) -> None:
    bundle = tmp_path / "bundle"
    copy_shipped_files(datas, bundle, leave_out=left_out)

    done = _run(["-c", BUNDLE_RUNNER, str(bundle), "--offscreen"], tmp_path / "user-home")

    assert done.returncode == 1, done.stdout + done.stderr
    failed = {name for name, status in _step_lines(done.stdout).items() if status == "FAIL"}
    assert failing <= failed, done.stdout
    assert "Self-test FAILED" in done.stdout
