"""One pass over the rows of a file: what every kind of row shares (towns, comparing, checks)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.importing.fields import REFERENCE_TYPES, ImportField
from app.importing.plan.register import Existing, OrganisationIndex
from app.importing.plan.types import KindCounts, NewRecord, RecordPlan
from app.importing.plan.wording import display_value, field_label
from app.importing.rows import (
    ImportProgress,
    ImportProgressCallback,
    ParsedFile,
    ParsedRow,
    Problem,
    check_cancelled,
)
from app.importing.table import CancelCheck
from app.importing.towns import (
    MergeGroup,
    NewTown,
    RegisterTowns,
    SpellingId,
    TownMatcher,
    TownResolution,
    TownTarget,
)

CHECK_EVERY = 1000


def is_empty(value: Any) -> bool:
    """Whether a value says nothing (blank, empty or false), so it never contradicts."""
    return value is None or value == "" or value == () or value == [] or value is False


def same_value(a: Any, b: Any) -> bool:
    """Whether two values agree, as a coordinator reads them (spaces, order, rounding aside)."""
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return set(a) == set(b)
    if isinstance(a, Decimal | int | float) and isinstance(b, Decimal | int | float):
        if isinstance(a, bool) or isinstance(b, bool):
            return a is b
        return abs(Decimal(str(a)) - Decimal(str(b))) < Decimal("0.000001")
    if isinstance(a, dt.datetime) or isinstance(b, dt.datetime):
        return bool(a == b)
    return bool(a == b)


@dataclass
class Outcome:
    """What one pass found: problems, merge groups, towns and the records to write."""

    problems: list[Problem] = field(default_factory=list)
    groups: list[MergeGroup] = field(default_factory=list)
    towns: TownResolution = field(default_factory=TownResolution)
    town_updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    town_names: list[tuple[TownTarget, str]] = field(default_factory=list)
    new_records: list[RecordPlan] = field(default_factory=list)
    record_updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    counts: dict[str, KindCounts] = field(default_factory=dict)


class PassBase:
    """Towns, identities and comparisons for one set of rows and one choice of merges."""

    def __init__(
        self,
        session: Session,
        parsed: ParsedFile,
        register: RegisterTowns,
        existing: Existing,
        organisations: OrganisationIndex | None,
        cancelled: CancelCheck | None,
        progress: ImportProgressCallback | None,
    ) -> None:
        self.session = session
        self.parsed = parsed
        self.kind = parsed.kind
        self.register = register
        self.existing = existing
        self.organisations = organisations
        self.cancelled = cancelled
        self.progress = progress
        self.out = Outcome()
        self.town_fields = [
            f
            for f in self.kind.fields
            if f.type in ("town", "towns") and (f.target is not None or self.kind.name == "towns")
        ]
        self.home: int | None = register.home_ids[0] if len(register.home_ids) == 1 else None
        # Import field → record field, for the fields whose value goes in as it is.
        self._direct_targets = {
            f.name: f.target
            for f in self.kind.fields
            if f.target is not None and f.type not in REFERENCE_TYPES
        }

    # -- helpers
    def problem(self, row: ParsedRow, field_name: str, message: str) -> None:
        """Note a problem of ``row`` in the column of ``field_name``."""
        self.out.problems.append(
            Problem(row.number, self.parsed.column_of(field_name), message, field_name)
        )

    def counts(self, record_kind: str) -> KindCounts:
        """The counts of ``record_kind``, started at nought the first time."""
        return self.out.counts.setdefault(record_kind, KindCounts())

    def tick(self, index: int, total: int) -> None:
        """Every CHECK_EVERY rows: stop if cancelled, and report how far the check is."""
        if index % CHECK_EVERY == 0:
            check_cancelled(self.cancelled)
            if self.progress is not None and total:
                self.progress(ImportProgress("checking", index / total))

    # -- towns
    def _mention_fields(self) -> list[tuple[ImportField, str | None]]:
        fields: list[tuple[ImportField, str | None]] = []
        if self.kind.name == "towns":
            fields.append((self.kind.field("name"), "country"))
        for town_field in self.town_fields:
            if self.kind.name != "towns":
                fields.append((town_field, town_field.country_field))
        return fields

    def collect_towns(self, rows: list[ParsedRow]) -> tuple[TownMatcher, dict[int, dict[str, Any]]]:
        """Every town the rows name, matched with the register and with each other."""
        matcher = TownMatcher(self.register)
        spellings: dict[int, dict[str, Any]] = {}
        fields = self._mention_fields()
        for row in rows:
            found: dict[str, Any] = {}
            for town_field, country_field in fields:
                value = row.values.get(town_field.name)
                if value is None:
                    continue
                country = row.values.get(country_field) if country_field else None
                if isinstance(value, tuple):
                    found[town_field.name] = tuple(
                        matcher.mention(name, country, row.number) for name in value
                    )
                else:
                    found[town_field.name] = matcher.mention(value, country, row.number)
            spellings[row.number] = found
        return matcher, spellings

    def _towns_known(self, row: ParsedRow, spellings: dict[str, Any]) -> bool:
        ok = True
        for name, found in spellings.items():
            for spelling in found if isinstance(found, tuple) else (found,):
                message = self.out.towns.problem.get(spelling)
                if message is not None:
                    self.problem(row, name, message)
                    ok = False
        return ok

    def _target(self, spelling: SpellingId | None) -> TownTarget | None:
        return None if spelling is None else self.out.towns.target[spelling]

    def _plain_values(self, row: ParsedRow) -> dict[str, Any]:
        """Values of the fields that fill a record field directly."""
        targets = self._direct_targets
        return {targets[name]: value for name, value in row.values.items() if name in targets}

    # -- comparing with what is there
    def _compare(
        self,
        row: ParsedRow,
        current: dict[str, Any],
        values: dict[str, Any],
        *,
        where: str,
        earlier_row: int | None = None,
    ) -> dict[str, Any] | None:
        """The values that fill blanks of ``current``; None (and problems) on a contradiction."""
        fills: dict[str, Any] = {}
        contradictions = False
        for target, value in values.items():
            if is_empty(value):
                continue
            have = current.get(target)
            if is_empty(have):
                fills[target] = value
            elif not same_value(have, value):
                contradictions = True
                self._contradiction(row, target, have, value, where, earlier_row)
        return None if contradictions else fills

    def _contradiction(
        self, row: ParsedRow, target: str, have: Any, value: Any, where: str, earlier: int | None
    ) -> None:
        name = next(
            (f.name for f in self.kind.fields if f.target == target and f.name in row.values), ""
        )
        shown_have = display_value(self.kind, target, have, self.session)
        shown_new = display_value(self.kind, target, value, self.session)
        if where == "register":
            text = self.kind.spec.sentence(
                "in_register_with", field_label(self.kind, target).lower(), shown_have, shown_new
            )
        else:
            text = self.kind.spec.sentence(
                "same_in_row",
                earlier,
                field_label(self.kind, target).lower(),
                shown_have,
                shown_new,
            )
        self.problem(row, name, text)

    def _duplicate(self, row: ParsedRow, earlier: int, field_name: str = "") -> None:
        self.problem(
            row,
            field_name,
            self.kind.spec.sentence("duplicate_in_row", earlier),
        )

    def _apply_to_existing(
        self, row: ParsedRow, record_id: int, current: dict[str, Any], values: dict[str, Any]
    ) -> None:
        fills = self._compare(row, current, values, where="register")
        if fills is None:
            return
        counts = self.counts(self.kind.record_kind)
        first_time = record_id not in self._touched
        self._touched.add(record_id)
        if fills:
            if record_id not in self.out.record_updates:
                counts.updated += 1
                if not first_time:
                    counts.unchanged -= 1  # counted unchanged by an earlier row
            self.out.record_updates.setdefault(record_id, {}).update(fills)
            self._update_rows.setdefault(record_id, row.number)
            current.update(fills)
        elif first_time:
            counts.unchanged += 1

    _touched: set[int]
    _update_rows: dict[int, int]

    def _validated(self, row: ParsedRow, values: dict[str, Any]) -> bool:
        """Run the kind's own checks (declared on its spec) on the record to be created.

        Towns and organisations this import creates have no id yet; the checks
        see them left out.
        """
        validators = self.kind.spec.checks()
        if not validators:
            return True
        names = record_field_names(self.kind.spec.record)
        plain: dict[str, Any] = {}
        for key, value in values.items():
            if key in names:
                # Inlined: this runs for every new record of a large file.
                if isinstance(value, NewTown | NewRecord):
                    value = None
                elif type(value) is tuple:
                    value = without_new(value)
                plain[key] = value
        record = self.kind.spec.record(**plain)
        ok = True
        for validator in validators:
            for error in validator(self.session, record):
                name = next((f.name for f in self.kind.fields if f.target == error.field), "")
                self.problem(row, name, error.message)
                ok = False
        return ok


def without_new(value: Any) -> Any:
    """The value with the towns and records this import creates left out (they have no id yet)."""
    if isinstance(value, NewTown | NewRecord):
        return None
    if isinstance(value, tuple):
        return tuple(v for v in value if not isinstance(v, NewTown | NewRecord))
    return value


FIELD_NAMES_CACHE: dict[type[Any], frozenset[str]] = {}


def record_field_names(record: type[Any]) -> frozenset[str]:
    """The field names of a record dataclass, remembered: this runs for every new record."""
    names = FIELD_NAMES_CACHE.get(record)
    if names is None:
        names = FIELD_NAMES_CACHE[record] = frozenset(f.name for f in dataclasses.fields(record))
    return names
