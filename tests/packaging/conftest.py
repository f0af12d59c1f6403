"""Fixtures of the packaging tests."""

from __future__ import annotations

from types import ModuleType

import pytest
from bundle_helpers import load_datas


@pytest.fixture(scope="session")
def datas() -> ModuleType:
    """packaging/datas.py, loaded from its file as the spec loads it."""
    return load_datas()
