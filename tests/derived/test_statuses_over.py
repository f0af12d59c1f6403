"""Statuses for several periods read together equal each period's own reading."""

from __future__ import annotations

from datetime import date

from app.derived.status import statuses, statuses_over
from app.rules import Rules
from app.services import records as r
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


def test_evidence_at_the_edges_of_two_periods_falls_in_the_right_one(
    workspace: Workspace,
) -> None:
    """Read once over both periods, each period keeps exactly what its own reading finds.

    Every kind of evidence sits on or just beside a period's first or last day.
    """
    reg = Register(workspace)
    home = reg.town("Vänersborg", home=True)
    lich = reg.town("Lich")
    twinning = reg.twinning(home, lich, start_date=date(1990, 5, 1))
    # Ends on the year-ago period's second day: in it, not in the present one.
    reg.activity("Autumn camp", date(2021, 11, 1), (lich,), date(2021, 12, 8))
    reg.activity("Advent fair", date(2025, 12, 6), (lich,))  # the last day of the earlier
    reg.activity("Spring exchange", date(2025, 12, 7), (lich,))  # the day after it
    reg.trip("Delegation", date(2022, 12, 6), (lich,))  # the day before the present one
    network = reg.network("Lake towns")
    reg.member(network, home)
    reg.member(network, lich)
    reg.meeting(network, 2021)  # a year only: in the year-ago period alone
    reg.meeting(network, 2026, start=date(2026, 12, 6))  # the present period's last day
    reg.decision("Renewal", date(2022, 12, 7), (r.RecordRef("twinning", twinning),))
    reg.decision("Review", date(2021, 12, 6), (r.RecordRef("twinning", twinning),))
    agreement = reg.agreement("Agreement", (home, lich), signed_date=date(2022, 1, 1))
    reg._save(r.AgreementAction(agreement_id=agreement, title="Visit", done_date=date(2026, 3, 1)))
    rules = Rules()
    db = workspace.database
    with db.reading() as session:
        now, before = statuses_over(session, [NOW, YEAR_AGO], None, rules)
    alone_now, alone_before = statuses(db, NOW, rules=rules), statuses(db, YEAR_AGO, rules=rules)
    assert now == alone_now
    assert before == alone_before
    # Each period found something the other did not, so the picking was put to the test.
    labels_now = {e.label for e in now[twinning].evidence}
    labels_before = {e.label for e in before[twinning].evidence}
    assert "Autumn camp" in labels_before - labels_now
    assert "Spring exchange" in labels_now - labels_before
    assert "Delegation" in labels_before - labels_now
