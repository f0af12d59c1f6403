"""LibreOffice for the tests: does an office suite open our .docx files, and what text shows?

Each .docx is converted to PDF with ``soffice --headless --convert-to pdf`` and
the PDF's text is read with pypdf. Without LibreOffice the tests skip and say
why; in CI (CI=true) a missing LibreOffice fails them, since .ci/run installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

CONVERT_TIMEOUT = 300  # seconds for one soffice run over all files; a first start is slow


def soffice() -> str:
    """The soffice command; skips (or fails in CI) when LibreOffice is not installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    message = (
        "LibreOffice (soffice) is not installed: install libreoffice-writer-nogui "
        "(make install WITH_OFFICE=1) to check that the Word files open in an office suite"
    )
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message + "; CI must have it (.ci/run installs it)")
    pytest.skip(message)


def convert_to_pdf(files: Sequence[Path], folder: Path) -> dict[Path, Path]:
    """Each .docx in ``files`` converted by LibreOffice into ``folder``: docx path to PDF path.

    A private LibreOffice profile keeps this run apart from any other soffice
    running on the machine (they would otherwise share one lock).
    """
    command = soffice()
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "profile"
    result = subprocess.run(
        [
            command,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(f) for f in files),
        ],
        capture_output=True,
        text=True,
        timeout=CONVERT_TIMEOUT,
        check=False,
    )
    converted = {f: folder / (f.stem + ".pdf") for f in files}
    missing = [str(f) for f, pdf in converted.items() if not pdf.is_file()]
    assert not missing, f"LibreOffice did not convert {missing}: {result.stdout} {result.stderr}"
    return converted
