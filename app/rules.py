"""The municipality's own rules (DESIGN.md section 4) with their defaults.

They are kept as a JSON object in the settings row, so another municipality
changes a threshold or drops the yearly report in Settings, not in code.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rules:
    # Trips
    trip_approval_body: str = "executive_board"
    report_back_threshold_sek: int = 10_000
    # Yearly report of all exchanges and trips to the council
    yearly_council_report: bool = True
    yearly_report_month: int = 3  # due by the end of this month, for the year before
    # Evaluation of every twinning once per term of office
    evaluate_each_term: bool = True
    # Days of warning before something falls due
    policy_lead_days: int = 180
    agreement_lead_days: int = 90
    grant_report_lead_days: int = 30
    hosting_follow_up_days: int = 90
    # Derived twinning status over a period: at least this many recorded
    # activities or meetings a year on average is "active"; at least one in the
    # period is "sporadic"; none is "dormant".
    status_period_years: int = 4
    status_active_per_year: float = 1.0
    status_sporadic_min: int = 1
    # A twinning begun in the period, or within this many years of its last day,
    # is "new" (nystartad) rather than sporadic or dormant.
    status_new_years: int = 5
    # Further days of warning of the to-do list (app.todo), before an item falls due.
    trip_approval_lead_days: int = 60  # before departure
    trip_report_back_days: int = 60  # after the return, by when the report-back is due
    yearly_report_lead_days: int = 60
    term_evaluation_lead_days: int = 180  # before the term of office ends
    agreement_action_lead_days: int = 30
    hosting_notice_days: int = 365  # before 1 January of a year the home town hosts
    person_disposal_lead_days: int = 30

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Rules:
        """Rules from stored JSON; unknown keys are ignored, missing ones take defaults."""
        known = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for key, value in (data or {}).items():
            if key in known:
                values[key] = value
        return cls(**values)
