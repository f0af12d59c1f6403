"""The pass over the rows of every other kind: references, identities, parents."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from app.i18n import translate
from app.importing.fields import ImportField
from app.importing.plan.named_records import DecisionIndex, NetworkIndex
from app.importing.plan.passes import PassBase
from app.importing.plan.register import identity_of
from app.importing.plan.types import NewRecord, RecordPlan
from app.importing.rows import (
    ParsedRow,
    Problem,
)
from app.importing.table import fill
from app.places.folding import match_key


class OtherRows(PassBase):
    """The rows of every kind other than towns and twinnings."""

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
            elif import_field.type in ("network", "decision"):
                found_id = self._named_record(row, import_field)
                if found_id is None:
                    ok = False
                    continue
                values[import_field.target] = found_id
        return values if ok else None

    def _named_record(self, row: ParsedRow, import_field: ImportField) -> int | None:
        """The network or decision the row names; None, and a problem, if not one such."""
        index_type = NetworkIndex if import_field.type == "network" else DecisionIndex
        key = f"_index_{import_field.type}"
        index = self.__dict__.get(key)
        if index is None:
            # Read once per pass, and only by the kinds that name such a record.
            index = self.__dict__[key] = index_type.load(self.session)
        found, problem = index.find(str(row.values[import_field.name]))
        if problem is not None:
            self.problem(row, import_field.name, problem)
        return found

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
            "exchange_rate": "currency",
            "network": "name",
            "network_member": "town_id",
            "meeting": "year",
            "agreement": "title",
            "policy": "title",
        }.get(self.kind.record_kind)
        return next((f.name for f in self.kind.fields if f.target == first), "")
