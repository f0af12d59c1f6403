"""The Windows installer script and build workflow, read as text: no Windows machine is here.

They cannot run on Linux, so these checks hold the promises the README makes
about them: per user by default, all users for IT, Qt's minimum Windows, no
restart promised, signing only when configured, and the workflow's steps.
"""

from __future__ import annotations

import re

from bundle_helpers import REPO

ISS = REPO / "packaging" / "windows" / "vanort.iss"
WORKFLOW = REPO / ".github" / "workflows" / "windows.yml"


def _setup_directives() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8-sig")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    found = {}
    for line in section.splitlines():
        match = re.match(r"^([A-Za-z]+)=(.*)$", line.strip())
        if match:
            found[match[1]] = match[2]
    return found


def test_per_user_by_default_and_all_users_on_request() -> None:
    setup = _setup_directives()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "commandline dialog"
    # Program Files for all users, the user's Programs folder otherwise.
    assert setup["DefaultDirName"].startswith("{autopf}")
    text = ISS.read_text(encoding="utf-8-sig")
    assert "{userpf}" not in text and "{userprograms}" not in text and "Root: HKCU" not in text


def test_the_oldest_windows_is_the_one_qt_supports() -> None:
    assert _setup_directives()["MinVersion"] == "10.0.17763"


def test_no_restart_after_an_update_is_promised() -> None:
    assert _setup_directives().get("RestartApplications", "no") == "no"
    readmes = (REPO / "README.md").read_text(encoding="utf-8") + (
        REPO / "packaging" / "windows" / "README.md"
    ).read_text(encoding="utf-8")
    assert "starts it again" not in readmes


def test_signing_is_there_only_when_a_certificate_is_configured() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    guarded = text.split("#ifdef Sign", 1)[1].split("#endif", 1)[0]
    assert "SignTool=vanortsign" in guarded
    assert text.count("SignTool=") == 1
    script = (REPO / "packaging" / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "/Svanortsign=" in script
    assert "Not signing: no code-signing certificate is configured" in script
    assert script.isascii()  # Windows PowerShell 5.1 reads it in the ANSI code page


def test_the_workflow_builds_installs_both_ways_and_self_tests() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-2022" in text
    assert 'python-version: "3.11"' in text
    assert "packaging/windows/build.ps1" in text
    assert '"/CURRENTUSER"' in text and '"/ALLUSERS"' in text
    assert text.count('"/VERYSILENT"') >= 2
    assert text.count('vanort-cli.exe") --self-test') == 2
    assert "actions/upload-artifact@v4" in text
    assert "nothing here has run yet" in text
