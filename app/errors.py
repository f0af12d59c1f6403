"""The database refusals the interface needs to catch, so ui/ never imports db/."""

from __future__ import annotations

from db.errors import DatabaseDamaged, DatabaseRefused, ServerLoginRefused

__all__ = ["DatabaseDamaged", "DatabaseRefused", "ServerLoginRefused"]
