"""The review file of towns that look alike: the groups left for the user to decide.

``vanort import --merge-similar`` merges only the groups with strong evidence
(see :mod:`app.places.likeness`) and writes the others to a CSV file beside the
imported one, one group a row. The user writes "yes" or "no" in its first
column and gives the file back with ``--merges FILE``: "yes" merges the group,
"no" keeps it apart even when the evidence is strong, an empty cell leaves it
to the rules.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.i18n import translate
from app.importing.table import fill
from app.importing.towns import MergeGroup

_YES = frozenset({"yes", "y", "ja", "j", "1", "x", "true", "merge"})
_NO = frozenset({"no", "n", "nej", "0", "false"})
_HEADER = ("merge", "group", "country", "names", "into", "evidence", "rows")


class ReviewFileError(Exception):
    """A review file that cannot be read; ``message`` is one sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class MergeAnswers:
    """The user's answers from a review file, by group id."""

    merge: frozenset[str]
    keep_apart: frozenset[str]


def review_path(source: Path) -> Path:
    """Where the review file of importing ``source`` goes: "pairs.csv" → "pairs-merges.csv"."""
    return source.with_name(f"{source.stem}-merges.csv")


def _written_id(group_id: str) -> str:
    # The id separates its parts with a control character; keys hold no "|" (punctuation
    # is not part of a key), so "|" is safe to write and to read back.
    return group_id.replace("\x1f", "|")


def write_review(path: Path, groups: Sequence[MergeGroup], merged: frozenset[str]) -> int:
    """Write the groups not in ``merged`` to ``path``; returns how many. No groups: no file."""
    left = [group for group in groups if group.id not in merged]
    if not left:
        return 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_HEADER)
        for group in left:
            writer.writerow(
                [
                    "",
                    _written_id(group.id),
                    group.country or "",
                    " | ".join(group.spellings),
                    group.existing[1] if group.existing else group.name,
                    group.evidence.sentence(),
                    " ".join(str(row) for row in group.rows),
                ]
            )
    return len(left)


def read_review(path: Path) -> MergeAnswers:
    """The answers in a review file written by :func:`write_review` and filled in by the user."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except OSError as error:
        raise ReviewFileError(
            fill(
                translate("Import", "The merge file %1 cannot be read: %2"),
                str(path),
                error.strerror or str(error),
            )
        ) from None
    except UnicodeDecodeError:
        raise ReviewFileError(
            fill(translate("Import", "The merge file %1 is not UTF-8 text."), str(path))
        ) from None
    if not rows or [cell.strip().lower() for cell in rows[0][:2]] != ["merge", "group"]:
        raise ReviewFileError(
            fill(
                translate(
                    "Import",
                    "The merge file %1 does not begin with the columns “merge” and “group” "
                    "that the import wrote.",
                ),
                str(path),
            )
        )
    merge: set[str] = set()
    apart: set[str] = set()
    for number, row in enumerate(rows[1:], start=2):
        if len(row) < 2 or not row[1].strip():
            continue
        answer = row[0].strip().lower()
        group_id = row[1].strip().replace("|", "\x1f")
        if answer in _YES:
            merge.add(group_id)
        elif answer in _NO:
            apart.add(group_id)
        elif answer:
            raise ReviewFileError(
                fill(
                    translate(
                        "Import", "Row %1 of the merge file says “%2”: write yes, no or nothing."
                    ),
                    number,
                    row[0].strip(),
                )
            )
    return MergeAnswers(frozenset(merge), frozenset(apart))
