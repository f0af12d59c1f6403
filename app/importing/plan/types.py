"""The types of an import plan: the user's options, the counts, and the plan itself."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from app.importing.fields import ImportKind
from app.importing.rows import (
    ParsedFile,
    Problem,
)
from app.importing.towns import (
    MergeGroup,
    SpellingId,
    TownResolution,
    TownTarget,
)


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
    # Give each new town the gazetteer's other names for it ("Göteborg" for Gothenburg);
    # off where the file's names are all the register should hold (the demo's lists).
    gazetteer_names: bool = True
    # Keep the file's column choices for the next file with the same headings; off where
    # the program imports its own lists (the demo's), which the coordinator never chose.
    remember_columns: bool = True


@dataclass
class KindCounts:
    """What an import did (or would do) to one kind of record."""

    created: int = 0
    updated: int = 0
    merged: int = 0
    unchanged: int = 0

    def any(self) -> bool:
        """True when the import touches any record of this kind."""
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
        return [g for g in self.groups if chosen(self.options, g)]


def chosen(options: ImportOptions, group: MergeGroup) -> bool:
    """Whether ``options`` merge ``group``: the user's yes, or strong evidence and no no."""
    if options.merge_all or group.id in options.merge_groups:
        return True
    return options.merge_strong and group.strong and group.id not in options.declined_groups
