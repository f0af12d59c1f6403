"""Exit 0 when this virtualenv already holds the project as `make install` would set it up.

Run by the Makefile with the virtualenv's own Python when the install stamp is
missing, so that a .venv prepared by hand (``pip install -e '.[test,dev]'``) is
taken as it is instead of being installed again. It checks that ``vanort`` is
installed in editable mode from this checkout, after the last change to
pyproject.toml, and that every requirement of the main, test and dev sets is
present.
"""

from __future__ import annotations

import importlib.metadata as metadata
import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

WANTED_EXTRAS = {"test", "dev"}


def _requirement_needed(requirement: str) -> bool:
    marker = requirement.partition(";")[2]
    extra = re.search(r"""extra\s*==\s*["']([^"']+)["']""", marker)
    return extra is None or extra.group(1) in WANTED_EXTRAS


def main() -> int:
    """0 when the virtualenv already holds this checkout with its test and dev tools, 1 when not."""
    checkout = Path.cwd().resolve()
    try:
        dist = metadata.distribution("vanort")
    except metadata.PackageNotFoundError:
        return 1

    direct_url = dist.read_text("direct_url.json")
    if not direct_url:
        return 1
    info = json.loads(direct_url)
    if not info.get("dir_info", {}).get("editable"):
        return 1
    if Path(unquote(urlparse(info.get("url", "")).path)).resolve() != checkout:
        return 1

    record = next((f for f in dist.files or [] if f.name == "METADATA"), None)
    if record is None:
        return 1
    installed_at = Path(str(dist.locate_file(record))).stat().st_mtime
    if installed_at < (checkout / "pyproject.toml").stat().st_mtime:
        return 1

    for requirement in dist.requires or []:
        if not _requirement_needed(requirement):
            continue
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        if name is None:
            continue
        try:
            metadata.distribution(name.group(0))
        except metadata.PackageNotFoundError:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
