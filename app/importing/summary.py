"""What an import did, counted per kind of record, in words for the user and the log."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.i18n import Context, translate
from app.importing.plan import KindCounts
from app.importing.rows import Problem
from app.importing.table import fill
from app.importing.towns import MergeGroup
from app.services.kinds import spec_for

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
Import = Context("Import")


@dataclass(frozen=True)
class ImportSummary:
    """The outcome of an import (or of a trial run, ``dry_run``).

    ``counts`` are by record kind ("town", "twinning" …): records created,
    updated (blanks filled), merged (a spelling joined to another town, a row
    joined to the same twinning written the other way) and unchanged.
    """

    file_name: str
    import_kind: str
    record_kind: str
    counts: dict[str, KindCounts]
    rows_total: int
    rows_skipped: int = 0
    skipped_file: Path | None = None
    dry_run: bool = False
    problems: tuple[Problem, ...] = ()
    groups: tuple[MergeGroup, ...] = ()
    merged_groups: frozenset[str] = frozenset()
    # (row, earlier row) for rows repeating an earlier one cell for cell: counted once.
    repeated_rows: tuple[tuple[int, int], ...] = ()
    # Sentences about the file that did not stop the import (see ParsedFile.warnings).
    warnings: tuple[str, ...] = ()

    @property
    def groups_offered(self) -> int:
        """How many groups of likely duplicates were offered for merging."""
        return len(self.groups)

    @property
    def groups_merged(self) -> int:
        """How many of the offered groups the user merged."""
        return sum(1 for group in self.groups if group.id in self.merged_groups)

    def kinds_in_order(self) -> list[str]:
        """The imported kind first, then the towns it created or touched."""
        order = [self.record_kind] + [k for k in self.counts if k != self.record_kind]
        return [k for k in order if k in self.counts]

    def count_line(self, record_kind: str) -> str:
        """ "Twin towns: 12 created, 2 merged" (or "would be created" for a trial run)."""
        counts = self.counts[record_kind]
        if self.dry_run:
            words = (
                (counts.created, translate("Import", "%1 to be created")),
                (counts.updated, translate("Import", "%1 to be updated")),
                (counts.merged, translate("Import", "%1 to be merged")),
                (counts.unchanged, translate("Import", "%1 unchanged")),
            )
        else:
            words = (
                (counts.created, translate("Import", "%1 created")),
                (counts.updated, translate("Import", "%1 updated")),
                (counts.merged, translate("Import", "%1 merged")),
                (counts.unchanged, translate("Import", "%1 unchanged")),
            )
        parts = [fill(text, number) for number, text in words if number]
        if not parts:
            parts = [translate("Import", "none")]
        return fill(
            translate("Import", "%1: %2"), spec_for(record_kind).display_plural(), ", ".join(parts)
        )

    def lines(self) -> list[str]:
        """The whole summary as lines, in the user's language."""
        lines: list[str] = []
        if self.dry_run:
            lines.append(translate("Import", "Trial run: nothing was written."))
        for record_kind in self.kinds_in_order():
            if self.counts[record_kind].any() or record_kind == self.record_kind:
                lines.append(self.count_line(record_kind))
        if self.groups_offered:
            lines.append(
                fill(
                    translate("Import", "Similar town names: %1 of %2 groups merged."),
                    self.groups_merged,
                    self.groups_offered,
                )
            )
        lines.extend(self.warnings)
        if self.repeated_rows:
            lines.append(self.repeated_line())
        if self.rows_skipped:
            if self.skipped_file is not None:
                lines.append(
                    fill(
                        translate("Import", "Rows skipped: %1, written to %2."),
                        self.rows_skipped,
                        self.skipped_file,
                    )
                )
            else:
                lines.append(
                    fill(translate("Import", "Rows to be skipped: %1."), self.rows_skipped)
                )
        return lines

    def repeated_line(self) -> str:
        """The line on repeated rows, e.g. "2 rows repeat an earlier row exactly (rows 7, 9)"."""
        numbers = ", ".join(str(row) for row, _ in self.repeated_rows[:10])
        if len(self.repeated_rows) > 10:
            numbers += " …"
        if len(self.repeated_rows) == 1:
            template = translate(
                "Import", "1 row repeats an earlier row exactly and was counted once (row %2)."
            )
        else:
            template = translate(
                "Import", "%1 rows repeat an earlier row exactly and were counted once (rows %2)."
            )
        return fill(template, len(self.repeated_rows), numbers)

    def log_text(self) -> str:
        """The change log's summary of the import: the file and the counts."""
        parts = [
            self.count_line(record_kind)
            for record_kind in self.kinds_in_order()
            if self.counts[record_kind].any()
        ]
        if self.rows_skipped:
            parts.append(Import.tr("%n row(s) skipped", "", self.rows_skipped))
        return fill(
            Import.tr("Import of %1 (%n row(s)): %2", "", self.rows_total),
            self.file_name,
            "; ".join(parts) or translate("Import", "nothing new"),
        )
