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
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def data_dir() -> Path:
    return resources_dir() / "data"


def icons_dir() -> Path:
    return resources_dir() / "icons"
