"""The compact status table of Analys och slutsatser, and the appendix with the evidence.

One line per twinning: its status at the municipal and at the civil level
and a short ground. A ground the coordinator gave for several twinnings is
printed once under the table and referred to by number, so the same
sentence is not repeated line after line. The evidence itself goes to an
appendix, where what several twinnings share (a chain's meetings) is listed
once for all of them.

The levels come from :class:`~app.mapping.data.LevelStatus`; when the
per-level status of :mod:`app.derived.status` arrives, only the function
that fills those rows changes, not this table.
"""

from __future__ import annotations

from app import vocabulary
from app.derived.status_wording import period_words, shown_text
from app.i18n import translate
from app.mapping.data import MappingData
from app.mapping.prose_findings import contacts_text
from app.mapping.wording import joined, own_sentence
from app.reports.cell_text import fill
from app.reports.document import Block, BulletList, CellValue, Paragraph, Section, Table


def status_table(data: MappingData) -> list[Block]:
    """The table and, under it, the coordinator's judgements, each once."""
    reasons: list[str] = []
    reason_towns: dict[str, list[str]] = {}
    rows: list[list[CellValue]] = []
    for row in data.levels:
        if row.judged:
            reason = own_sentence(row.reason or "") or translate(
                "Mapping", "The coordinator's judgement."
            )
            if reason not in reason_towns:
                reasons.append(reason)
                reason_towns[reason] = []
            reason_towns[reason].append(row.town)
            ground = fill(translate("Mapping", "judgement %1"), str(reasons.index(reason) + 1))
        else:
            # Short, as the rule under the table states the period and thresholds once: a
            # sentence repeated on every line would be read eight times over.
            ground = contacts_text(row.municipal_contacts, row.civil_contacts)
            if "new" in (row.municipal, row.civil):
                ground = fill(translate("Mapping", "newly started; %1"), ground)
        rows.append(
            [
                row.town,
                shown_text(row.municipal, row.computed),
                vocabulary.label(row.civil),
                ground,
            ]
        )
    blocks: list[Block] = [
        Table(
            columns=[
                translate("Mapping", "Twin town"),
                translate("Mapping", "Municipal level"),
                translate("Mapping", "Civil level"),
                translate("Mapping", "Ground"),
            ],
            rows=rows,
            caption=fill(
                translate(
                    "Mapping",
                    "The status of each twinning in %1 at the municipal and the civil level.",
                ),
                data.status_words or period_words(data.status_period),
            ),
            sheet_name=translate("Mapping", "Status"),
        )
    ]
    for number, reason in enumerate(reasons, start=1):
        blocks.append(
            Paragraph(
                fill(
                    translate("Mapping", "Judgement %1 (%2): %3"),
                    str(number),
                    joined(reason_towns[reason]),
                    reason,
                )
            )
        )
    if data.status_rule:
        # The rule, its thresholds and the period, as the settings had them.
        blocks.append(Paragraph(data.status_rule))
        if data.statuses:
            blocks.append(Paragraph(translate("Mapping", "The evidence is listed in an appendix.")))
    elif data.statuses:  # a snapshot made before the rule was stated
        blocks.append(
            Paragraph(
                translate(
                    "Mapping",
                    "Trips, decisions and activities the municipality took part in count as its "
                    "own contact; the networks' meetings and other activities as civil contact. "
                    "The evidence is listed in an appendix.",
                )
            )
        )
    return blocks


def evidence_blocks(data: MappingData) -> list[Block]:
    """The evidence behind each status; what several twinnings share is listed once."""
    if not data.statuses:
        return []
    towns_of: dict[str, list[str]] = {}
    for status in data.statuses:
        for item in status.evidence:
            towns_of.setdefault(item, [])
            if status.town not in towns_of[item]:
                towns_of[item].append(status.town)
    groups: dict[tuple[str, ...], list[str]] = {}
    for item, towns in towns_of.items():
        groups.setdefault(tuple(towns), []).append(item)
    blocks: list[Block] = []
    for shared_by, items in groups.items():
        blocks.append(Section(joined(list(shared_by)), [BulletList(items)]))
    nothing = [s.town for s in data.statuses if not s.evidence]
    if nothing:
        blocks.append(
            Paragraph(
                fill(
                    translate("Mapping", "Nothing is recorded for %1 in the period."),
                    joined(nothing),
                )
            )
        )
    return blocks
