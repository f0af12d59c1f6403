"""How each kind's form is arranged, beyond what its field specs say.

The form is always built from ``KindSpec.fields`` in their order, grouped by
``FieldSpec.group``; these hints only say which groups share a row, which short
fields share a line and how tall the long texts are, so each form reads
naturally without being a copy of another.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.kinds import KindSpec


@dataclass(frozen=True)
class LayoutHints:
    """How a kind's form is laid out: groups side by side and short fields sharing a line."""

    # Groups (English headings) shown next to each other instead of one under another.
    side_by_side: tuple[tuple[str, ...], ...] = ()
    # Short fields sharing one line, beside the date ranges that always do.
    pairs: tuple[tuple[str, str], ...] = ()
    # Visible lines of long texts (three when not given).
    lines: dict[str, int] = field(default_factory=dict)
    # Groups in this order first; the rest follow in field order.
    group_order: tuple[str, ...] = ()


HINTS: dict[str, LayoutHints] = {
    "town": LayoutHints(
        pairs=(
            ("name", "local_name"),
            ("kind", "is_home"),
            ("latitude", "longitude"),
            ("region", "population"),
        ),
        lines={"notes": 4},
    ),
    "twinning": LayoutHints(
        pairs=(("start_date", "end_date"), ("status", "status_override")),
        lines={"end_reason": 2, "status_override_reason": 2, "notes": 4},
        # When it began belongs with the basic facts; how it is judged comes after.
        group_order=("Basic facts", "Dates", "Status", "Description"),
    ),
    "network": LayoutHints(pairs=(("cadence_years", "founded_year"),), lines={"notes": 6}),
    "network_member": LayoutHints(pairs=(("network_id", "town_id"),)),
    "meeting": LayoutHints(
        pairs=(("year", "kind"), ("host_town_id", "place")),
        lines={"participants": 3, "follow_up_report": 4},
    ),
    "organisation": LayoutHints(
        pairs=(("town_id", "parent_id"), ("email", "phone")),
        lines={"notes": 5},
    ),
    "member_count": LayoutHints(pairs=(("year", "count"),)),
    "person": LayoutHints(pairs=(("email", "phone"),), lines={"notes": 4}),
    "agreement": LayoutHints(
        pairs=(("kind", "status"), ("review_date", "lead_days")),
        lines={"signatories": 2, "notes": 4},
        group_order=("Basic facts", "Links", "Dates", "Description"),
    ),
    "agreement_action": LayoutHints(pairs=(("due_date", "done_date"),)),
    "decision": LayoutHints(
        pairs=(("body", "body_name"), ("section", "registry_no")),
        lines={"summary": 4, "outcome": 3, "distribution": 2},
    ),
    "trip": LayoutHints(
        pairs=(("status", "department_id"), ("estimated_cost", "actual_cost")),
        # Purpose, goals and results are what the board reads: they get room.
        lines={"travellers": 2, "purpose": 4, "goals": 4, "results": 5, "funding": 2, "notes": 3},
    ),
    "activity": LayoutHints(pairs=(("kind", "area"),), lines={"description": 5}),
    "grant": LayoutHints(
        pairs=(("amount", "currency"), ("report_due", "report_received")),
        lines={"conditions": 3, "notes": 3},
    ),
    "exchange_rate": LayoutHints(pairs=(("currency", "year"),)),
    "policy": LayoutHints(
        pairs=(
            ("owner", "responsible_officer"),
            ("decided_by", "decided_on"),
            ("section", "registry_no"),
        ),
        lines={"notes": 5},
    ),
    "policy_revision": LayoutHints(pairs=(("section", "registry_no"),), lines={"description": 5}),
    "term": LayoutHints(),
    "evaluation": LayoutHints(lines={"activity_summary": 5, "benefit": 4, "notes": 3}),
}


def hints_for(kind: str) -> LayoutHints:
    """The layout hints of ``kind`` (none for a kind without special layout)."""
    return HINTS.get(kind, LayoutHints())


def grouped_fields(spec: KindSpec, hints: LayoutHints) -> list[tuple[str, list[str]]]:
    """The groups of the form in order, each with its field names in field order."""
    groups: dict[str, list[str]] = {}
    for f in spec.fields:
        groups.setdefault(f.group, []).append(f.name)
    ordered = [g for g in hints.group_order if g in groups]
    ordered += [g for g in groups if g not in ordered]
    return [(g, groups[g]) for g in ordered]


def field_lines(spec: KindSpec, hints: LayoutHints, names: list[str]) -> list[list[str]]:
    """``names`` of one group as lines of one or two fields.

    A pair shares a line only when both fields are in this group and short
    (long texts and lists always take a line of their own).
    """
    wide = {"longtext", "tags", "refs", "names", "concerns"}
    pair_of: dict[str, tuple[str, str]] = {}
    for first, second in [*spec.date_ranges, *hints.pairs]:
        if first not in names or second not in names or first in pair_of or second in pair_of:
            continue
        if spec.field(first).type in wide or spec.field(second).type in wide:
            continue
        pair_of[first] = pair_of[second] = (first, second)
    lines: list[list[str]] = []
    placed: set[str] = set()
    for name in names:
        if name in placed:
            continue
        line = list(pair_of.get(name, (name,)))
        lines.append(line)
        placed.update(line)
    return lines
