"""Derived functions accept the open register in either of its two shapes."""

from __future__ import annotations

from typing import TypeAlias

from app.workspace import Workspace
from db.session import Database

Source: TypeAlias = Database | Workspace


def database_of(source: Source) -> Database:
    """The database behind ``source`` (a Workspace is a thin wrapper around one)."""
    if isinstance(source, Workspace):
        return source.database
    return source
