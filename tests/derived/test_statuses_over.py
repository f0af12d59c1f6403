"""Statuses for several periods read together equal each period's own reading."""

from __future__ import annotations

from datetime import date

from app.derived.status import statuses, statuses_over
from app.rules import Rules
from app.workspace import Workspace
from tests.derived.register import Register
from tests.statements import counted

NOW = (date(2022, 12, 7), date(2026, 12, 6))
YEAR_AGO = (date(2021, 12, 7), date(2025, 12, 6))


def test_two_periods_read_together_equal_each_read_alone(workspace: Workspace) -> None:
    """A twinning marked ended without a date, last heard of in 2022, is ended only now."""
    reg = Register(workspace)
    home = reg.town("Vänersborg", home=True)
    lich, husby, eidi = reg.town("Lich"), reg.town("Husby"), reg.town("Eiði")
    ended = reg.twinning(home, lich, start_date=date(1990, 5, 1), status="ended")
    reg.twinning(home, husby, start_date=date(1990, 5, 1))
    reg.twinning(home, eidi, start_date=date(2025, 3, 1))
    reg.activity("Choir visit", date(2022, 6, 1), (lich,))
    reg.activity("Football", date(2024, 6, 1), (husby,))
    reg.trip("Delegation", date(2026, 5, 4), (eidi,))
    rules = Rules()
    db = workspace.database
    with db.reading() as session, counted(db.engine) as statements:
        now, before = statuses_over(session, [NOW, YEAR_AGO], None, rules)
    assert now == statuses(db, NOW, rules=rules)
    assert before == statuses(db, YEAR_AGO, rules=rules)
    assert now[ended].derived == "ended"
    assert before[ended].derived != "ended"
    with db.reading() as session, counted(db.engine) as alone:
        statuses_over(session, [NOW], None, rules)
    # The second period costs its evidence only, not the twinnings or their history again.
    assert _twinning_reads(statements) == _twinning_reads(alone) > 0


def _twinning_reads(statements: list[str]) -> int:
    return sum(
        1
        for s in statements
        if " ".join(s.split()).endswith("FROM twinnings ORDER BY twinnings.id")
    )
