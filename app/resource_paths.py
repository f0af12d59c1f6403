"""Where the shipped resources are, from a source checkout or a frozen package."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: beside ``app`` in a checkout, or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    """The folder of the compiled translation catalogues."""
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    """The folder of the fonts the reports embed."""
    return resources_dir() / "fonts"


def data_dir() -> Path:
    """The folder of the data files that ship with the program (the gazetteer, country lists)."""
    return resources_dir() / "data"


def icons_dir() -> Path:
    """The folder of the window's icons."""
    return resources_dir() / "icons"
