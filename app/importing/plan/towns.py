"""The pass over a towns file: each row finds or plans its town."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.importing.plan.passes import PassBase
from app.importing.rows import (
    ParsedRow,
)
from app.importing.towns import (
    NewTown,
    SpellingId,
    spelling_key,
)


class TownRows(PassBase):
    """The rows of a towns file."""

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
