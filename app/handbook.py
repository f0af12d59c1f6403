"""The handbook shipped with the program: which file to show and its chapters.

Written in Markdown under resources/handbook/ (``handbok.sv.md``, and
``handbook.en.md`` for the English interface), read offline.
"""

from __future__ import annotations

from pathlib import Path

from app.resource_paths import resources_dir

FILES = {"sv": "handbok.sv.md", "en": "handbook.en.md"}


def handbook_dir() -> Path:
    """The folder the handbook files are shipped in."""
    return resources_dir() / "handbook"


def handbook_file(language: str) -> Path:
    """The handbook in ``language``, or the Swedish one when there is none in it."""
    wanted = handbook_dir() / FILES.get(language, FILES["sv"])
    return wanted if wanted.exists() else handbook_dir() / FILES["sv"]


def chapters(markdown: str) -> list[str]:
    """The chapter headings ("## …" lines) of the handbook, in order."""
    found = []
    for line in markdown.splitlines():
        if line.startswith("## "):
            found.append(line[3:].strip())
    return found
