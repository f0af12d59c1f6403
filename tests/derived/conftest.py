"""Fixtures of the derived-knowledge tests."""

from __future__ import annotations

import pytest

from app.workspace import Workspace
from tests.derived.register import Register


@pytest.fixture
def reg(workspace: Workspace) -> Register:
    return Register(workspace)
