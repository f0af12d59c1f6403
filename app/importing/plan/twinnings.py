"""The pass over a twinnings file: pairs of towns, either way round."""

from __future__ import annotations

from typing import Any

from app.i18n import translate
from app.importing.plan.passes import PassBase
from app.importing.plan.types import RecordPlan
from app.importing.rows import (
    ParsedRow,
)
from app.importing.table import fill
from app.importing.towns import (
    TownTarget,
)


class TwinningRows(PassBase):
    """The rows of a twinnings file."""

    # -- twinnings
    def _twinning_row(self, row: ParsedRow, spellings: dict[str, Any]) -> None:
        town_spelling = spellings.get("town")
        partner_spelling = spellings.get("partner")
        if town_spelling is None:
            if "town" in self.parsed.columns or self.home is None:
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
