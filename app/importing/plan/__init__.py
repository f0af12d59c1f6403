"""What an import would do, and every reason a row cannot be imported.

:func:`analyse` takes the rows read by :mod:`app.importing.rows` and compares
them with the register and with each other:

- towns are found or planned (:mod:`app.importing.towns`), with the groups of
  similar spellings offered for merging;
- a row naming a record already in the register adds what the register lacks
  ("updated"), changes nothing when it agrees ("unchanged"), and is a problem
  when it contradicts it;
- a row repeating an earlier one is a problem (a duplicate), except a twinning
  written the other way round (B–A after A–B), which is the same twinning;
- organisations are found by name (and town), and must be in the register;
- the record kind's own checks (``KindSpec.checks``) run on
  every new record.

The result, a :class:`Plan`, lists the problems by row and column, and holds
everything the writer (:mod:`app.importing.writer`) needs. The same function
runs for the preview (in a reading session) and again inside the import's
transaction, so what is written is checked against the register as it is then.

One module per job: ``types`` (the plan and the user's options), ``register``
(the register's records by identity, its organisations by name), ``wording``
(how a problem names a value), ``passes`` (what every row shares: towns,
comparing, the kind's checks) and one pass per kind: ``towns``, ``twinnings``
and ``others``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.importing.plan.others import OtherRows
from app.importing.plan.passes import Outcome
from app.importing.plan.register import Existing, OrganisationIndex, identity_of
from app.importing.plan.towns import TownRows
from app.importing.plan.twinnings import TwinningRows
from app.importing.plan.types import ImportOptions, KindCounts, NewRecord, Plan, RecordPlan, chosen
from app.importing.rows import ImportProgressCallback, ParsedFile, ParsedRow, check_cancelled
from app.importing.table import CancelCheck
from app.importing.towns import RegisterTowns, SpellingId, TownMatcher

__all__ = [
    "Existing",
    "ImportOptions",
    "KindCounts",
    "NewRecord",
    "OrganisationIndex",
    "Plan",
    "RecordPlan",
    "analyse",
    "identity_of",
]


class ImportPass(TownRows, TwinningRows, OtherRows):
    """A whole pass: each row handed to the rows of its kind."""

    gazetteer_names = True

    def run(
        self,
        rows: list[ParsedRow],
        accepted: frozenset[SpellingId] | None,
        collected: tuple[TownMatcher, dict[int, dict[str, Any]]] | None = None,
    ) -> Outcome:
        """Check ``rows`` with the merges ``accepted`` (None: all), and say what they would do."""
        matcher, spellings = collected or self.collect_towns(rows)
        self.out.groups = matcher.groups()
        self.out.towns = matcher.resolve(accepted)
        if self.gazetteer_names:
            matcher.add_exonyms(self.out.towns)
        record_kind = self.kind.record_kind
        self.counts("town")
        self.counts(record_kind)
        if record_kind == "organisation":
            self._note_new_organisations(rows, spellings)
        unknown_towns = bool(self.out.towns.problem)
        for index, row in enumerate(rows):
            self.tick(index, len(rows))
            if unknown_towns and not self._towns_known(row, spellings[row.number]):
                continue
            if record_kind == "town":
                self._town_row(row, spellings[row.number])
            elif record_kind == "twinning":
                self._twinning_row(row, spellings[row.number])
            else:
                self._record_row(row, spellings[row.number])
        if record_kind == "organisation":
            self._parents_created()
        towns = self.counts("town")
        towns.created += len(self.out.towns.new_towns)
        towns.merged += self.out.towns.merged
        return self.out


def _new_pass(
    session: Session,
    parsed: ParsedFile,
    register: RegisterTowns,
    existing: Existing,
    organisations: OrganisationIndex | None,
    cancelled: CancelCheck | None,
    progress: ImportProgressCallback | None,
) -> ImportPass:
    one = ImportPass(session, parsed, register, existing, organisations, cancelled, progress)
    one._seen_spellings = {}
    one._town_cache = {}
    one._seen_pairs = {}
    one._seen_records = {}
    one._touched = set()
    one._update_rows = {}
    return one


def analyse(
    session: Session,
    parsed: ParsedFile,
    options: ImportOptions,
    *,
    progress: ImportProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Plan:
    """Check ``parsed`` against the register in ``session`` and plan the import (see module)."""
    kind = parsed.kind
    register = RegisterTowns.load(session)
    organisations = (
        OrganisationIndex.load(session)
        if any(f.type in ("organisation", "organisations") for f in kind.fields)
        else None
    )
    check_cancelled(cancelled)
    row_problems = parsed.row_problems
    candidates = [row for row in parsed.rows if not row.problems]

    def run(
        rows: list[ParsedRow],
        accepted: frozenset[SpellingId] | None,
        collected: tuple[TownMatcher, dict[int, dict[str, Any]]] | None = None,
    ) -> Outcome:
        existing = Existing.load(session, kind)
        one = _new_pass(session, parsed, register, existing, organisations, cancelled, progress)
        one.gazetteer_names = options.gazetteer_names
        return one.run(rows, accepted, collected)

    # First pass: which groups are offered, and what they mean for the merges chosen.
    first = _new_pass(session, parsed, register, Existing({}), organisations, cancelled, None)
    collected = first.collect_towns(candidates)
    groups = collected[0].groups()
    accepted: frozenset[SpellingId] | None
    if options.merge_all:
        accepted = None
    else:
        picked = [g for g in groups if chosen(options, g)]
        accepted = frozenset(s for g in picked for s in g.spelling_ids)

    outcome = run(candidates, accepted, collected)
    problems = list(row_problems) + outcome.problems
    problem_rows = {p.row for p in problems if p.row is not None}
    # Skipping rows may leave others without the row they were compared with; check the
    # rest again until no new problem turns up (twice at most in practice).
    while options.skip_invalid and outcome.problems:
        remaining = [row for row in candidates if row.number not in problem_rows]
        outcome = run(remaining, accepted)
        new = [p for p in outcome.problems if p.row not in problem_rows]
        problems += new
        problem_rows |= {p.row for p in new if p.row is not None}
        if not new:
            break
    problems.sort(key=lambda p: (p.row or 0, p.column))
    return Plan(
        parsed=parsed,
        options=options,
        problems=problems,
        groups=groups,
        problem_rows=problem_rows,
        counts=outcome.counts,
        towns=outcome.towns,
        town_updates=outcome.town_updates,
        town_names=outcome.town_names,
        new_records=outcome.new_records,
        record_updates=outcome.record_updates,
    )
