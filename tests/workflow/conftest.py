"""A small register of Ludvika and its twin towns for the workflow tests, built through the services.

The fixtures (and ``Register``) live in tests/shared_registers.py, written once for both areas.
"""

from __future__ import annotations

from shared_registers import ludvika, register

__all__ = ["ludvika", "register"]  # fixtures, found by pytest under these names
