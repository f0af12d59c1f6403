"""The municipality's workflows: trip steps and their rules, term evaluations, ending.

Importing this package registers the trip rules with the store, so every save
of a trip (from a form, an import or the command line) is checked against
them. ``app.workspace`` imports it for that reason.

- :mod:`app.workflow.trips`: the steps of a trip and the approval and
  report-back rules;
- :mod:`app.workflow.terms`: the evaluation sheet of a term of office,
  starting an evaluation, ending a twinning;
- :mod:`app.workflow.context`: home towns, twin towns, rates and rules read in
  one session.
"""

from __future__ import annotations

from app.services.store import VALIDATORS, register_validator
from app.workflow.trips import check_trip


def _registered() -> bool:
    # Compared by name, so a reloaded module (a new function object) does not add a second copy.
    return any(
        getattr(v, "__module__", "") == check_trip.__module__
        and getattr(v, "__name__", "") == check_trip.__name__
        for v in VALIDATORS.get("trip", [])
    )


if not _registered():
    register_validator("trip", check_trip)

__all__ = ["check_trip"]
