"""Finding the towns a file names: in the register, in the file, or to be created.

A town is named by a spelling and a country. The same spelling in the same
country is the same town (in the file and in the register, where a town's
other names count as its spellings). Spellings that differ but share a
matching key of :func:`app.places.town_keys` in the same country ("Vänersborgs
kommun", "Vanersborg", "Herning Kommune", "Stadt Lich", "Husby (dansk)") form a
:class:`MergeGroup` that the user may accept: merged spellings become one town,
which keeps every other spelling as an alternative name. Declined, each
spelling is a town of its own.

A spelling without a country is matched to the register town of that exact
name in whatever country, when there is exactly one; otherwise it is compared
only with towns that have no country either.

Spellings are compared by :func:`app.places.folding.spelling_key`, so names that
differ only in Unicode form, ş/ș, punctuation or spacing ("Washington, D.C.")
are one spelling without asking. Two spellings of one gazetteer place
("Gothenburg", "Göteborg") also form a group. A group is split where
:mod:`app.places.likeness` tells its names apart (Münster and Munster, "Mitte
(Berlin)" and "Mitte (Hamburg)"), and each group carries that module's
:class:`~app.places.likeness.Evidence`: ``--merge-similar`` merges only the
strong ones. New towns take the gazetteer's other names for their place.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.importing.table import fill
from app.places.countries import country_name
from app.places.folding import folded_words, match_key
from app.places.folding import spelling_key as folding_spelling_key
from app.places.gazetteer import exonyms, places_named
from app.places.likeness import Evidence, Named, apart, evidence, gazetteer_place
from app.places.town_names import joined_by_shared_keys, town_key, town_keys
from db import models as m

SpellingId = tuple[str | None, str]
"""(country code or None, spelling key): one way a town is written, in one country."""


@functools.lru_cache(maxsize=1 << 16)
def spelling_key(name: str) -> str:
    """``name`` compared as written: case, Unicode form, ş/ș, punctuation and spacing ignored."""
    return folding_spelling_key(name)


# The preview and the import's own check look at the same names; keep their keys.
_town_keys = functools.lru_cache(maxsize=1 << 16)(town_keys)


@dataclass(frozen=True)
class NewTown:
    """A town the import will create: its place in :attr:`TownResolution.new_towns`."""

    index: int


TownTarget = int | NewTown
"""An existing town's id, or a town to be created."""


@dataclass
class NewTownPlan:
    """A town to create: its name, country, other spellings and values from a towns file."""

    name: str
    country: str | None
    other_names: list[str] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class MergeGroup:
    """Spellings that look like one town, offered to be merged into one.

    ``id`` names the group for the user's choice; ``existing`` is the register
    town they would join (id and name), or None when a new town would be made,
    named ``name``. ``rows`` are the first rows (file row numbers) naming them.
    """

    id: str
    country: str | None
    spellings: tuple[str, ...]
    existing: tuple[int, str] | None
    name: str
    rows: tuple[int, ...]
    spelling_ids: frozenset[SpellingId]
    evidence: Evidence = field(default_factory=Evidence)

    @property
    def strong(self) -> bool:
        """Whether the evidence is enough to merge without the user (``--merge-similar``)."""
        return self.evidence.strong

    def description(self) -> str:
        """One line for the user: "Vanersborg, Vänersborgs kommun → Vänersborg (in the register)"."""
        names = ", ".join(f"“{s}”" for s in self.spellings)
        where = country_name(self.country, _language()) if self.country else ""
        if self.existing is not None:
            text = translate("Import", "%1 (%2) → %3, already in the register")
        else:
            text = translate("Import", "%1 (%2) → one new town %3")
        return fill(text, names, where or "–", f"“{self.name}”")


def _language() -> str:
    from app.i18n import current_language

    return current_language()


class RegisterTowns:
    """The register's towns, read once, indexed by spelling and by matching key."""

    def __init__(
        self,
        towns: Iterable[tuple[int, str, str | None, bool]],
        other_names: Iterable[tuple[int, str]],
        coordinates: dict[int, tuple[float, float]] | None = None,
    ) -> None:
        self.coordinates = coordinates or {}
        self.name: dict[int, str] = {}
        self.country: dict[int, str | None] = {}
        self.home_ids: list[int] = []
        self.spellings: dict[int, set[str]] = {}
        self._exact: dict[SpellingId, list[int]] = {}
        self._exact_any: dict[str, list[int]] = {}
        self._by_key: dict[tuple[str | None, str], list[int]] = {}
        self._by_key_any: dict[str, list[int]] = {}
        for town_id, name, country, is_home in towns:
            self.name[town_id] = name
            self.country[town_id] = country or None
            self.spellings[town_id] = set()
            if is_home:
                self.home_ids.append(town_id)
            self._index(town_id, name)
        for town_id, name in other_names:
            if town_id in self.name:
                self._index(town_id, name)

    def _index(self, town_id: int, name: str) -> None:
        key = spelling_key(name)
        if not key or key in self.spellings[town_id]:
            return
        self.spellings[town_id].add(key)
        country = self.country[town_id]
        self._exact.setdefault((country, key), []).append(town_id)
        self._exact_any.setdefault(key, []).append(town_id)
        for match in _town_keys(name):
            self._by_key.setdefault((country, match), []).append(town_id)
            self._by_key_any.setdefault(match, []).append(town_id)

    @classmethod
    def load(cls, session: Session) -> RegisterTowns:
        """Every town of the register with its other names, in two queries."""
        towns = session.execute(select(m.Town.id, m.Town.name, m.Town.country, m.Town.is_home))
        names = session.execute(select(m.TownName.town_id, m.TownName.name))
        where = session.execute(
            select(m.Town.id, m.Town.latitude, m.Town.longitude).where(
                m.Town.latitude.is_not(None), m.Town.longitude.is_not(None)
            )
        )
        return cls(
            [(t, n, c, bool(h)) for t, n, c, h in towns],
            [(t, n) for t, n in names],
            {t: (lat, lon) for t, lat, lon in where if lat is not None and lon is not None},
        )

    def named(self, town_id: int) -> Named:
        """The town as :mod:`app.places.likeness` weighs it: name, country, coordinates."""
        return Named(self.name[town_id], self.country[town_id], self.coordinates.get(town_id))

    def exact(self, spelling: SpellingId) -> list[int]:
        """Towns written exactly so (name or other name); any country when it has none."""
        country, key = spelling
        if country is None:
            return list(dict.fromkeys(self._exact_any.get(key, [])))
        return list(dict.fromkeys(self._exact.get(spelling, [])))

    def by_key(self, country: str | None, key: str) -> list[int]:
        """Towns in ``country`` (None: without a country) with a name sharing ``key``."""
        return self._by_key.get((country, key), [])

    def lookup(self, name: str, country: str | None) -> list[int]:
        """Towns that ``name`` may mean, for finding an organisation: exact, else similar."""
        spelling = (country, spelling_key(name))
        found = self.exact(spelling)
        if found:
            return found
        similar: list[int] = []
        for key in _town_keys(name):
            if country is None:
                similar.extend(self._by_key_any.get(key, []))
            else:
                similar.extend(self.by_key(country, key))
        return list(dict.fromkeys(similar))


@dataclass
class TownResolution:
    """Where every spelling went, and what is to be created or added."""

    target: dict[SpellingId, TownTarget] = field(default_factory=dict)
    problem: dict[SpellingId, str] = field(default_factory=dict)
    new_towns: list[NewTownPlan] = field(default_factory=list)
    added_names: dict[int, list[str]] = field(default_factory=dict)
    merged: int = 0  # spellings that became another town's alternative name


class TownMatcher:
    """Collects the spellings of a file, then groups and resolves them (see the module)."""

    def __init__(self, register: RegisterTowns) -> None:
        self.register = register
        self._written: dict[SpellingId, str] = {}  # the first way each spelling was written
        self._rows: dict[SpellingId, list[int]] = {}
        self._count: dict[SpellingId, int] = {}
        self._settled: tuple[dict[SpellingId, int], list[SpellingId], dict[SpellingId, str]]
        self._settled_components: list[list[SpellingId]] | None = None
        self._settled_candidates: list[list[int]] = []

    def mention(self, name: str, country: str | None, row: int) -> SpellingId:
        """Note that ``row`` names the town ``name`` in ``country``; returns its spelling id."""
        spelling = (country or None, spelling_key(name))
        written = self._written.get(spelling)
        if written is None:
            self._written[spelling] = " ".join(name.split())
            self._settled_components = None
            self._rows[spelling] = []
            self._count[spelling] = 0
        elif written.isupper() and not name.isupper():
            # "VÄNERSBORG" then "Vänersborg": name the town as people write it.
            self._written[spelling] = " ".join(name.split())
        self._count[spelling] += 1
        if len(self._rows[spelling]) < 5:
            self._rows[spelling].append(row)
        return spelling

    def _town_keys(self, name: str) -> frozenset[str]:
        return _town_keys(name)

    def named(self, spelling: SpellingId) -> Named:
        """A spelling of the file as :mod:`app.places.likeness` weighs it."""
        return Named(self._written[spelling], spelling[0])

    def _components(self, spellings: list[SpellingId]) -> list[list[SpellingId]]:
        """Spellings joined when they share a matching key in the same country.

        Then split where something tells two of them apart (see
        :mod:`app.places.likeness`): "Mitte (Berlin)" and "Mitte (Hamburg)" are
        two groups, and a plain "Mitte" that could join either joins neither.
        """
        keys_of = []
        for spelling in spellings:
            keys = set(self._town_keys(self._written[spelling]))
            # "Gothenburg" and "Göteborg": names of one gazetteer place, keyed by its id.
            place = gazetteer_place(self._written[spelling], spelling[0], as_written=True)
            if place is not None:
                keys.add(f"\x00{place.id}")
            keys_of.append({(spelling[0], key) for key in keys})
        groups: dict[int, list[SpellingId]] = {}
        for spelling, joined in zip(spellings, joined_by_shared_keys(keys_of), strict=True):
            groups.setdefault(joined, []).append(spelling)
        parts: list[list[SpellingId]] = []
        for group in groups.values():
            parts += self._split(group) if len(group) > 1 else [group]
        return parts

    def _split(self, group: list[SpellingId]) -> list[list[SpellingId]]:
        """``group`` in parts whose members nothing tells apart."""
        named = {spelling: self.named(spelling) for spelling in group}

        def fits(spelling: SpellingId, part: list[SpellingId]) -> bool:
            return not any(apart(named[spelling], named[member]) for member in part)

        def partition(spellings: list[SpellingId]) -> list[list[SpellingId]]:
            parts: list[list[SpellingId]] = []
            for spelling in spellings:
                fitting = [part for part in parts if fits(spelling, part)]
                if len(fitting) == 1:
                    fitting[0].append(spelling)
                else:
                    parts.append([spelling])
            return parts

        parts = partition(group)
        # A spelling that fitted one part before a later part appeared may fit both:
        # "Mitte", "Mitte (Berlin)", "Mitte (Hamburg)". It cannot say which; it leaves
        # them, and such spellings are grouped only among themselves ("Mitte", "Stadt Mitte").
        settled: list[list[SpellingId]] = []
        unsure: list[SpellingId] = []
        for part in parts:
            keep = [
                spelling
                for spelling in part
                if not any(other is not part and fits(spelling, other) for other in parts)
            ]
            unsure += [spelling for spelling in part if spelling not in keep]
            if keep:
                settled.append(keep)
        if not unsure or not settled:
            return parts
        return settled + partition(unsure)

    def _candidates(self, component: list[SpellingId]) -> list[int]:
        if not self.register.name:
            return []  # an empty register: nothing to join
        hits: dict[int, int] = {}
        for spelling in component:
            for key in self._town_keys(self._written[spelling]):
                for town_id in self.register.by_key(spelling[0], key):
                    hits[town_id] = hits.get(town_id, 0) + 1
            # "Muenster" for the register's Münster: another name of the same gazetteer place.
            # (Both Münsters list "Muenster": each is a candidate until one is told apart.)
            if spelling[0] is None:
                continue
            for place in places_named(self._written[spelling], spelling[0], accents=True):
                for name in place.names():
                    for town_id in self.register.exact((spelling[0], spelling_key(name))):
                        hits[town_id] = hits.get(town_id, 0) + 1
        # Münster in the register is no candidate for the file's Munster.
        for town_id in list(hits):
            town = self.register.named(town_id)
            if any(apart(town, self.named(spelling)) for spelling in component):
                del hits[town_id]
        # The town sharing the most keys first, then the oldest.
        return sorted(hits, key=lambda town_id: (-hits[town_id], town_id))

    def _settle(
        self,
    ) -> tuple[dict[SpellingId, int], dict[SpellingId, str], list[list[SpellingId]]]:
        """Exact matches, ambiguous spellings, and the components of the rest (computed once)."""
        if self._settled_components is None:
            self._settled = self._unresolved()
            self._settled_components = self._components(self._settled[1])
            self._settled_candidates = [self._candidates(c) for c in self._settled_components]
        exact, _, problems = self._settled
        return exact, problems, self._settled_components

    def _unresolved(self) -> tuple[dict[SpellingId, int], list[SpellingId], dict[SpellingId, str]]:
        exact: dict[SpellingId, int] = {}
        problems: dict[SpellingId, str] = {}
        rest: list[SpellingId] = []
        for spelling, written in self._written.items():
            found = self.register.exact(spelling)
            if len(found) == 1:
                exact[spelling] = found[0]
            elif found:
                problems[spelling] = self._ambiguous(written, spelling[0])
            else:
                rest.append(spelling)
        return exact, rest, problems

    def _ambiguous(self, written: str, country: str | None) -> str:
        if country is None:
            return fill(
                translate(
                    "Import",
                    "There are towns called “%1” in several countries in the register; "
                    "give the country.",
                ),
                written,
            )
        return fill(
            translate("Import", "There are several towns called “%1” in %2 in the register."),
            written,
            country_name(country, _language()),
        )

    def groups(self) -> list[MergeGroup]:
        """The groups of spellings that look like one town, in the order the file names them."""
        _, _, components = self._settle()
        groups: list[MergeGroup] = []
        for component, candidates in zip(components, self._settled_candidates, strict=True):
            if len(component) < 2 and not candidates:
                continue
            groups.append(self._group(component, candidates))
        groups.sort(key=lambda group: group.rows[:1])
        return groups

    def _group(self, component: list[SpellingId], candidates: list[int]) -> MergeGroup:
        country = component[0][0]
        existing = (candidates[0], self.register.name[candidates[0]]) if candidates else None
        rows = sorted(row for spelling in component for row in self._rows[spelling])
        named = [self.named(spelling) for spelling in component]
        if existing is not None:
            named.append(self.register.named(existing[0]))
        return MergeGroup(
            id="\x1f".join([country or "", *sorted(key for _, key in component)]),
            country=country,
            spellings=tuple(self._written[s] for s in component),
            existing=existing,
            name=existing[1] if existing else self._written[self._preferred(component)],
            rows=tuple(rows[:5]),
            spelling_ids=frozenset(component),
            evidence=evidence(named),
        )

    def _preferred(self, component: list[SpellingId]) -> SpellingId:
        """The spelling to name a merged new town by: no extra words, accents kept."""

        def preference(indexed: tuple[int, SpellingId]) -> tuple[int, int, int, int, int]:
            order, spelling = indexed
            name = self._written[spelling]
            extra = len(folded_words(name)) - len(town_key(name).split())
            bracketed = int("(" in name or "[" in name)
            shouted = int(name.isupper() and len(name) > 3)
            accents = sum(1 for ch in name if ord(ch) > 127)
            return (extra + bracketed, shouted, -accents, -self._count[spelling], order)

        return min(enumerate(component), key=preference)[1]

    def resolve(self, accepted: frozenset[SpellingId] | None) -> TownResolution:
        """Where each spelling goes; groups whose spellings are all in ``accepted`` are merged.

        ``accepted`` None merges every group.
        """
        exact, problems, components = self._settle()
        result = TownResolution(problem=dict(problems))
        result.target.update(exact)
        for component, candidates in zip(components, self._settled_candidates, strict=True):
            merge = (len(component) > 1 or bool(candidates)) and (
                accepted is None or all(spelling in accepted for spelling in component)
            )
            if not merge:
                for spelling in component:
                    result.target[spelling] = self._new_town(result, spelling)
                continue
            if candidates:
                town_id = candidates[0]
                added = result.added_names.setdefault(town_id, [])
                known = self.register.spellings.get(town_id, set()) | {
                    spelling_key(name) for name in added
                }
                for spelling in component:
                    result.target[spelling] = town_id
                    if spelling[1] not in known:
                        added.append(self._written[spelling])
                        known.add(spelling[1])
                        result.merged += 1
                if not added:
                    del result.added_names[town_id]
                continue
            preferred = self._preferred(component)
            target = self._new_town(result, preferred)
            plan = result.new_towns[target.index]
            for spelling in component:
                result.target[spelling] = target
                if spelling != preferred:
                    plan.other_names.append(self._written[spelling])
                    result.merged += 1
        return result

    def add_exonyms(self, result: TownResolution) -> None:
        """Give each new town the gazetteer's other names for it ("Göteborg" for Gothenburg).

        Only when the gazetteer knows exactly one place so written in that country: a
        namesake's names would mislead a search. Names the town already has are skipped.
        """
        for plan in result.new_towns:
            if not plan.country:
                continue
            place = gazetteer_place(plan.name, plan.country, as_written=True)
            if place is None:
                continue
            known = {match_key(name) for name in (plan.name, *plan.other_names)}
            for name in exonyms(place, plan.name):
                # A spelling another town of the file or register goes by stays that town's.
                taken = (plan.country, spelling_key(name))
                if taken in self._written or self.register.exact(taken):
                    continue
                if match_key(name) not in known:
                    plan.other_names.append(name)
                    known.add(match_key(name))

    def _new_town(self, result: TownResolution, spelling: SpellingId) -> NewTown:
        result.new_towns.append(NewTownPlan(name=self._written[spelling], country=spelling[0]))
        return NewTown(len(result.new_towns) - 1)
