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
- the services' own checks of the record kind (``store.VALIDATORS``) run on
  every new record.

The result, a :class:`Plan`, lists the problems by row and column, and holds
everything the writer (:mod:`app.importing.writer`) needs. The same function
runs for the preview (in a reading session) and again inside the import's
transaction, so what is written is checked against the register as it is then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dates import known_date
from app.i18n import translate
from app.importing.fields import ImportField, ImportKind
from app.importing.rows import (
    ImportProgress,
    ImportProgressCallback,
    ParsedFile,
    ParsedRow,
    Problem,
    check_cancelled,
)
from app.importing.table import CancelCheck, fill
from app.importing.towns import (
    MergeGroup,
    NewTown,
    RegisterTowns,
    SpellingId,
    TownMatcher,
    TownResolution,
    TownTarget,
    spelling_key,
)
from app.places.folding import match_key
from app.services import store
from app.services.fields import APPROX_TYPES
from app.services.links import LINK_FIELDS
from app.vocabulary import label as choice_label

CHECK_EVERY = 1000


@dataclass(frozen=True)
class ImportOptions:
    """The user's choices: which merge groups to accept, and whether to skip bad rows."""

    merge_all: bool = False
    merge_groups: frozenset[str] = frozenset()  # MergeGroup.id values
    # The groups with strong evidence (MergeGroup.strong), as --merge-similar does; and
    # groups the user declined (a review file's "no"), which even that leaves apart.
    merge_strong: bool = False
    declined_groups: frozenset[str] = frozenset()
    skip_invalid: bool = False


@dataclass
class KindCounts:
    """What an import did (or would do) to one kind of record."""

    created: int = 0
    updated: int = 0
    merged: int = 0
    unchanged: int = 0

    def any(self) -> bool:
        """True when the file has any record of this kind, even an unchanged one."""
        return bool(self.created or self.updated or self.merged or self.unchanged)


@dataclass(frozen=True)
class NewRecord:
    """A record created by this import, referred to before it has an id (a parent organisation)."""

    identity: Hashable


@dataclass
class RecordPlan:
    """A record to create: the row it comes from and its values (placeholders allowed)."""

    row: int
    values: dict[str, Any]
    identity: Hashable = None
    spellings: tuple[SpellingId | None, ...] = ()


@dataclass
class Plan:
    """The outcome of checking a file: problems, merge groups and what would be written."""

    parsed: ParsedFile
    options: ImportOptions
    problems: list[Problem]
    groups: list[MergeGroup]
    problem_rows: set[int]
    counts: dict[str, KindCounts]
    towns: TownResolution
    town_updates: dict[int, dict[str, Any]]
    town_names: list[tuple[TownTarget, str]]
    new_records: list[RecordPlan]
    record_updates: dict[int, dict[str, Any]]

    @property
    def kind(self) -> ImportKind:
        """The kind of record the file holds."""
        return self.parsed.kind

    @property
    def can_import(self) -> bool:
        """Whether writing may go ahead: no problems, or the user skips their rows."""
        return not self.problems or self.options.skip_invalid

    @property
    def rows_total(self) -> int:
        """How many data rows the file has."""
        return len(self.parsed.rows)

    @property
    def rows_skipped(self) -> int:
        """How many rows are left out because of their problems."""
        return len(self.problem_rows)

    def accepted_groups(self) -> list[MergeGroup]:
        """The offered groups that the options merge."""
        return [g for g in self.groups if _chosen(self.options, g)]


def _chosen(options: ImportOptions, group: MergeGroup) -> bool:
    """Whether ``options`` merge ``group``: the user's yes, or strong evidence and no no."""
    if options.merge_all or group.id in options.merge_groups:
        return True
    return options.merge_strong and group.strong and group.id not in options.declined_groups


# ---------------------------------------------------------------- the register's records


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == () or value == [] or value is False


def _same(a: Any, b: Any) -> bool:
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


def _folded(value: Any) -> Any:
    return match_key(value) if isinstance(value, str) else value


def identity_of(record_kind: str, values: dict[str, Any]) -> Hashable:
    """What makes two records of ``record_kind`` the same one, from their values."""
    get = values.get
    if record_kind == "organisation":
        return (_folded(get("name")), get("town_id"))
    if record_kind == "person":
        return (_folded(get("name")), get("organisation_id"))
    if record_kind == "member_count":
        return (get("organisation_id"), get("year"))
    if record_kind in ("activity", "trip"):
        return (_folded(get("title")), get("start_date"))
    if record_kind == "decision":
        if get("registry_no"):
            return ("registry", _folded(get("registry_no")), _folded(get("section")))
        return ("title", _folded(get("title")), get("decided_on"))
    if record_kind == "grant":
        return (get("organisation_id"), get("year"), get("payer_town_id"))
    if record_kind == "twinning":
        return frozenset((get("town_a_id"), get("town_b_id")))
    raise KeyError(record_kind)


@dataclass
class Existing:
    """The register's records of the imported kind, by identity, with their values."""

    by_identity: dict[Hashable, tuple[int, dict[str, Any]]]

    @classmethod
    def load(cls, session: Session, kind: ImportKind) -> Existing:
        """The register's records of ``kind`` as the import compares them with the file."""
        if kind.record_kind == "town":
            return cls({})
        model = kind.spec.model
        table = model.__table__  # type: ignore[attr-defined]
        rows = [dict(row) for row in session.execute(select(table)).mappings()]
        links = [
            (name, link) for (owner, name), link in LINK_FIELDS.items() if owner == kind.record_kind
        ]
        if links and rows:
            ids = [row["id"] for row in rows]
            for name, link in links:
                loaded = link.load(session, ids)
                for row in rows:
                    row[name] = loaded.get(row["id"], ())
        approx = [f.name for f in kind.spec.fields if f.type in APPROX_TYPES]
        for row in rows:
            # Compared with what the sheet says as dates known as precisely as it knows.
            for name in approx:
                row[name] = known_date(row[name], row.get(f"{name}_edtf"))
        found: dict[Hashable, tuple[int, dict[str, Any]]] = {}
        for row in rows:
            found.setdefault(identity_of(kind.record_kind, row), (row["id"], row))
        return cls(found)


class OrganisationIndex:
    """Organisations by folded name, with their towns; and those this file creates."""

    def __init__(self, rows: Iterable[tuple[int, str, int | None]]) -> None:
        self.by_name: dict[str, list[tuple[int, int | None]]] = {}
        self.name: dict[int, str] = {}
        for org_id, name, town_id in rows:
            self.by_name.setdefault(match_key(name), []).append((org_id, town_id))
            self.name[org_id] = name
        self.new_by_name: dict[str, list[tuple[NewRecord, TownTarget | None]]] = {}

    @classmethod
    def load(cls, session: Session) -> OrganisationIndex:
        """Every organisation of the register, by name and town."""
        from db import models as m

        rows = session.execute(
            select(m.Organisation.id, m.Organisation.name, m.Organisation.town_id)
        )
        return cls([(i, n, t) for i, n, t in rows])

    def find(
        self, name: str, towns: list[int] | None, *, include_new: bool = False
    ) -> list[int | NewRecord]:
        """The organisations named ``name`` in ``towns``, with this import's new ones if asked."""
        key = match_key(name)
        found: list[int | NewRecord] = [
            org_id
            for org_id, town_id in self.by_name.get(key, [])
            if towns is None or town_id in towns
        ]
        if include_new:
            found += [
                record
                for record, town in self.new_by_name.get(key, [])
                if towns is None or town in towns
            ]
        return found


# ---------------------------------------------------------------- messages


def _singular(kind: ImportKind) -> str:
    return kind.spec.display_singular().lower()


def _display(kind: ImportKind, target: str, value: Any, session: Session) -> str:
    if value is None:
        return "–"
    try:
        spec = kind.spec.field(target)
    except KeyError:
        spec = None
    if spec is not None and spec.type == "choice" and isinstance(value, str):
        return choice_label(value)
    if spec is not None and spec.type == "tags" and isinstance(value, list | tuple):
        return ", ".join(choice_label(v) for v in value)
    if spec is not None and spec.type == "ref" and isinstance(value, int) and spec.ref_kind:
        return store.labels_in(session, spec.ref_kind, [value]).get(value, str(value))
    if isinstance(value, bool):
        return translate("Import", "yes") if value else translate("Import", "no")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, NewTown | NewRecord):
        return translate("Import", "(new)")
    return str(value)


def _field_label(kind: ImportKind, target: str) -> str:
    try:
        return kind.spec.field(target).display_label()
    except KeyError:
        return target


# ---------------------------------------------------------------- one pass over the rows


@dataclass
class _Outcome:
    problems: list[Problem] = field(default_factory=list)
    groups: list[MergeGroup] = field(default_factory=list)
    towns: TownResolution = field(default_factory=TownResolution)
    town_updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    town_names: list[tuple[TownTarget, str]] = field(default_factory=list)
    new_records: list[RecordPlan] = field(default_factory=list)
    record_updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    counts: dict[str, KindCounts] = field(default_factory=dict)


class _Pass:
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
        self.out = _Outcome()
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
            if f.target is not None
            and f.type not in ("town", "towns", "organisation", "organisations")
        }

    # -- helpers
    def problem(self, row: ParsedRow, field_name: str, message: str) -> None:
        self.out.problems.append(
            Problem(row.number, self.parsed.column_of(field_name), message, field_name)
        )

    def counts(self, record_kind: str) -> KindCounts:
        return self.out.counts.setdefault(record_kind, KindCounts())

    def tick(self, index: int, total: int) -> None:
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

    # -- the pass
    def run(
        self,
        rows: list[ParsedRow],
        accepted: frozenset[SpellingId] | None,
        collected: tuple[TownMatcher, dict[int, dict[str, Any]]] | None = None,
    ) -> _Outcome:
        matcher, spellings = collected or self.collect_towns(rows)
        self.out.groups = matcher.groups()
        self.out.towns = matcher.resolve(accepted)
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
            if _empty(value):
                continue
            have = current.get(target)
            if _empty(have):
                fills[target] = value
            elif not _same(have, value):
                contradictions = True
                self._contradiction(row, target, have, value, where, earlier_row)
        return None if contradictions else fills

    def _contradiction(
        self, row: ParsedRow, target: str, have: Any, value: Any, where: str, earlier: int | None
    ) -> None:
        name = next(
            (f.name for f in self.kind.fields if f.target == target and f.name in row.values), ""
        )
        shown_have = _display(self.kind, target, have, self.session)
        shown_new = _display(self.kind, target, value, self.session)
        if where == "register":
            text = fill(
                translate("Import", "This %1 is already in the register with %2 %3, not %4."),
                _singular(self.kind),
                _field_label(self.kind, target).lower(),
                shown_have,
                shown_new,
            )
        else:
            text = fill(
                translate("Import", "The same %1 is in row %2 with %3 %4, not %5."),
                _singular(self.kind),
                earlier,
                _field_label(self.kind, target).lower(),
                shown_have,
                shown_new,
            )
        self.problem(row, name, text)

    def _duplicate(self, row: ParsedRow, earlier: int, field_name: str = "") -> None:
        self.problem(
            row,
            field_name,
            fill(
                translate("Import", "A duplicate: the same %1 is already in row %2."),
                _singular(self.kind),
                earlier,
            ),
        )

    # -- towns file
    def _town_row(self, row: ParsedRow, spellings: dict[str, Any]) -> None:
        spelling = spellings.get("name")
        if spelling is None:
            return
        target = self.out.towns.target[spelling]
        seen = self._seen_spellings.get(spelling)
        if seen is not None:
            self._duplicate(row, seen, "name")
            return
        self._seen_spellings[spelling] = row.number
        values = self._plain_values(row)
        values.pop("name", None)
        values.pop("country", None)
        other_names = values.pop("alternative_names", ())
        if isinstance(target, NewTown):
            plan = self.out.towns.new_towns[target.index]
            for key, value in values.items():
                plan.values.setdefault(key, value)
            known = {spelling_key(plan.name), *(spelling_key(n) for n in plan.other_names)}
        else:
            current = self._town_values(target)
            fills = self._compare(row, current, values, where="register")
            if fills is None:
                return
            counts = self.counts("town")
            first_time = target not in self._touched
            self._touched.add(target)
            if fills:
                if target not in self.out.town_updates:
                    counts.updated += 1
                    if not first_time:
                        counts.unchanged -= 1
                self.out.town_updates.setdefault(target, {}).update(fills)
                current.update(fills)
            elif first_time:
                counts.unchanged += 1
            known = set(self.register.spellings.get(target, set()))
            known |= {spelling_key(n) for n in self.out.towns.added_names.get(target, [])}
        for name in other_names:
            key = spelling_key(name)
            if key not in known:
                known.add(key)
                self.out.town_names.append((target, name))

    _seen_spellings: dict[SpellingId, int]
    _town_cache: dict[int, dict[str, Any]]

    def _town_values(self, town_id: int) -> dict[str, Any]:
        if not self._town_cache:
            from db import models as m

            # A towns file names many towns; read them all at once rather than one by one.
            rows = self.session.execute(select(m.Town.__table__)).mappings()
            self._town_cache.update({row["id"]: dict(row) for row in rows})
        return self._town_cache[town_id]

    # -- twinnings
    def _twinning_row(self, row: ParsedRow, spellings: dict[str, Any]) -> None:
        town_spelling = spellings.get("town")
        partner_spelling = spellings.get("partner")
        if town_spelling is None:
            if "town" in self.parsed.mapping or self.home is None:
                self.problem(
                    row, "town", fill(translate("Import", "%1 is required."),
                                      self.kind.field("town").display_label())
                )  # fmt: skip
                return
            town: TownTarget | None = self.home
        else:
            town = self._target(town_spelling)
        partner = self._target(partner_spelling)
        if town is None or partner is None:
            return
        if town == partner:
            self.problem(
                row, "partner", translate("Validation", "A town cannot be twinned with itself.")
            )
            return
        values = self._plain_values(row)
        values["town_a_id"], values["town_b_id"] = town, partner
        pair = frozenset((town, partner))
        direction = (town_spelling or town, partner_spelling)
        earlier = self._seen_pairs.get(pair)
        if earlier is not None:
            earlier_row, earlier_direction, record_id, plan_values = earlier
            if earlier_direction == direction:
                self._duplicate(row, earlier_row, "partner")
                return
            if record_id is not None:
                # The other way round of a twinning already in the register.
                self._apply_to_existing(row, record_id, plan_values, self._without_towns(values))
                return
            fills = self._compare(
                row, plan_values, self._without_towns(values), where="file",
                earlier_row=earlier_row,
            )  # fmt: skip
            if fills is None:
                return
            plan_values.update(fills)
            self.counts("twinning").merged += 1
            return
        if isinstance(town, int) and isinstance(partner, int):
            found = self.existing.by_identity.get(pair)
            if found is not None:
                record_id, current = found
                self._seen_pairs[pair] = (row.number, direction, record_id, current)
                self._apply_to_existing(row, record_id, current, self._without_towns(values))
                return
        if not self._validated(row, values):
            return
        plan = RecordPlan(row.number, values, pair)
        self.out.new_records.append(plan)
        self._seen_pairs[pair] = (row.number, direction, None, plan.values)
        self.counts("twinning").created += 1

    _seen_pairs: dict[frozenset[TownTarget], tuple[int, Any, int | None, dict[str, Any]]]

    @staticmethod
    def _without_towns(values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in values.items() if k not in ("town_a_id", "town_b_id")}

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

    # -- every other kind
    def _references(self, row: ParsedRow, spellings: dict[str, Any]) -> dict[str, Any] | None:
        values = self._plain_values(row)
        ok = True
        for import_field in self.kind.fields:
            if import_field.target is None or import_field.name not in row.values:
                continue
            if import_field.type == "town":
                values[import_field.target] = self._target(spellings.get(import_field.name))
            elif import_field.type == "towns":
                targets = [self._target(s) for s in spellings.get(import_field.name, ())]
                values[import_field.target] = tuple(dict.fromkeys(t for t in targets if t))
            elif import_field.type in ("organisation", "organisations"):
                found = self._organisations(row, import_field)
                if found is None:
                    ok = False
                    continue
                if import_field.type == "organisation":
                    values[import_field.target] = found[0]
                else:
                    values[import_field.target] = tuple(dict.fromkeys(found))
        return values if ok else None

    def _organisations(self, row: ParsedRow, import_field: ImportField) -> list[Any] | None:
        assert self.organisations is not None
        value = row.values[import_field.name]
        names = value if isinstance(value, tuple) else (value,)
        towns: list[int] | None = None
        town_text: str | None = None
        if import_field.town_field and import_field.town_field in row.values:
            town_text = row.values[import_field.town_field]
            town_field = self.kind.field(import_field.town_field)
            country = row.values.get(town_field.country_field) if town_field.country_field else None
            towns = self.register.lookup(str(town_text), country)
        include_new = self.kind.record_kind == "organisation"
        found: list[Any] = []
        for name in names:
            matches = self.organisations.find(name, towns, include_new=include_new)
            if len(matches) == 1:
                found.append(matches[0])
                continue
            if not matches and town_text is not None:
                text = fill(
                    translate(
                        "Import", "There is no organisation called “%1” in %2 in the register."
                    ),
                    name,
                    town_text,
                )
            elif not matches:
                text = fill(
                    translate("Import", "There is no organisation called “%1” in the register."),
                    name,
                )
            else:
                text = fill(
                    translate(
                        "Import",
                        "Several organisations are called “%1”; give the town to say which.",
                    ),
                    name,
                )
            self.problem(row, import_field.name, text)
            return None
        return found

    def _note_new_organisations(
        self, rows: list[ParsedRow], spellings: dict[int, dict[str, Any]]
    ) -> None:
        """Organisations of this file not yet in the register, so that parents can name them."""
        assert self.organisations is not None
        self.organisations.new_by_name.clear()
        for row in rows:
            name = row.values.get("name")
            if not isinstance(name, str):
                continue
            town = self._target(spellings[row.number].get("town"))
            identity = identity_of("organisation", {"name": name, "town_id": town})
            if identity in self.existing.by_identity:
                continue
            entries = self.organisations.new_by_name.setdefault(match_key(name), [])
            if all(record.identity != identity for record, _ in entries):
                entries.append((NewRecord(identity), town))

    def _record_row(self, row: ParsedRow, spellings: dict[str, Any]) -> None:
        values = self._references(row, spellings)
        if values is None:
            return
        record_kind = self.kind.record_kind
        identity = identity_of(record_kind, values)
        if values.get("parent_id") is not None and values["parent_id"] in (
            NewRecord(identity),
            self.existing.by_identity.get(identity, (None,))[0],
        ):
            self.problem(
                row, "parent", translate("Import", "An organisation cannot be part of itself.")
            )
            return
        earlier = self._seen_records.get(identity)
        if earlier is not None:
            self._duplicate(row, earlier, self._identity_field(values))
            return
        self._seen_records[identity] = row.number
        found = self.existing.by_identity.get(identity)
        if found is not None:
            record_id, current = found
            self._apply_to_existing(row, record_id, current, values)
            return
        if not self._validated(row, values):
            return
        self.out.new_records.append(RecordPlan(row.number, values, identity))
        self.counts(record_kind).created += 1

    _seen_records: dict[Hashable, int]

    def _parents_created(self) -> None:
        """A parent named from this file must itself be created, or its children wait."""
        created = {plan.identity for plan in self.out.new_records}
        kept: list[RecordPlan] = []
        for plan in self.out.new_records:
            parent = plan.values.get("parent_id")
            if isinstance(parent, NewRecord) and parent.identity not in created:
                self.out.problems.append(
                    Problem(
                        plan.row,
                        self.parsed.column_of("parent"),
                        translate(
                            "Import",
                            "The organisation it is part of is not imported, so neither is this.",
                        ),
                        "parent",
                    )
                )
                self.counts("organisation").created -= 1
                continue
            kept.append(plan)
        self.out.new_records = kept
        for record_id, fills in list(self.out.record_updates.items()):
            parent = fills.get("parent_id")
            if isinstance(parent, NewRecord) and parent.identity not in created:
                self.out.problems.append(
                    Problem(
                        self._update_rows.get(record_id),
                        self.parsed.column_of("parent"),
                        translate(
                            "Import",
                            "The organisation it is part of is not imported, so neither is this.",
                        ),
                        "parent",
                    )
                )
                del self.out.record_updates[record_id]
                self.counts("organisation").updated -= 1

    def _identity_field(self, values: dict[str, Any]) -> str:
        """The import field of the first value that names the record, for a duplicate."""
        first = {
            "organisation": "name",
            "person": "name",
            "member_count": "organisation_id",
            "activity": "title",
            "trip": "title",
            "decision": "registry_no" if values.get("registry_no") else "title",
            "grant": "organisation_id",
        }.get(self.kind.record_kind)
        return next((f.name for f in self.kind.fields if f.target == first), "")

    def _validated(self, row: ParsedRow, values: dict[str, Any]) -> bool:
        """Run the kind's own checks (store.VALIDATORS) on the record to be created.

        Towns and organisations this import creates have no id yet; the checks
        see them left out.
        """
        validators = store.VALIDATORS.get(self.kind.record_kind, [])
        if not validators:
            return True
        names = _record_field_names(self.kind.spec.record)
        plain: dict[str, Any] = {}
        for key, value in values.items():
            if key in names:
                # Inlined: this runs for every new record of a large file.
                if isinstance(value, NewTown | NewRecord):
                    value = None
                elif type(value) is tuple:
                    value = _without_new(value)
                plain[key] = value
        record = self.kind.spec.record(**plain)
        ok = True
        for validator in validators:
            for error in validator(self.session, record):
                name = next((f.name for f in self.kind.fields if f.target == error.field), "")
                self.problem(row, name, error.message)
                ok = False
        return ok


def _without_new(value: Any) -> Any:
    if isinstance(value, NewTown | NewRecord):
        return None
    if isinstance(value, tuple):
        return tuple(v for v in value if not isinstance(v, NewTown | NewRecord))
    return value


_FIELD_NAMES: dict[type[Any], frozenset[str]] = {}


def _record_field_names(record: type[Any]) -> frozenset[str]:
    names = _FIELD_NAMES.get(record)
    if names is None:
        names = _FIELD_NAMES[record] = frozenset(f.name for f in dataclasses.fields(record))
    return names


def _new_pass(
    session: Session,
    parsed: ParsedFile,
    register: RegisterTowns,
    existing: Existing,
    organisations: OrganisationIndex | None,
    cancelled: CancelCheck | None,
    progress: ImportProgressCallback | None,
) -> _Pass:
    one = _Pass(session, parsed, register, existing, organisations, cancelled, progress)
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
    ) -> _Outcome:
        existing = Existing.load(session, kind)
        one = _new_pass(session, parsed, register, existing, organisations, cancelled, progress)
        return one.run(rows, accepted, collected)

    # First pass: which groups are offered, and what they mean for the merges chosen.
    first = _new_pass(session, parsed, register, Existing({}), organisations, cancelled, None)
    collected = first.collect_towns(candidates)
    groups = collected[0].groups()
    accepted: frozenset[SpellingId] | None
    if options.merge_all:
        accepted = None
    else:
        chosen = [g for g in groups if _chosen(options, g)]
        accepted = frozenset(s for g in chosen for s in g.spelling_ids)

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
