"""The mapping report as a document: the survey's sections filled from her texts and the figures.

:func:`build_document` puts a :class:`~app.mapping.content.MappingContent` and a
:class:`~app.mapping.data.MappingData` together into a
:class:`~app.reports.document.ReportDocument` in the order of the Vänersborg
survey: commission, method and scope, history, our twin towns (the table with
its total and a map), agreements, activities, outlook, analysis and
conclusions, recommendations, sources and the appendices. Her text goes in as
plain text (the renderers escape it); what she has not written yet is a
marked placeholder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app import vocabulary
from app.derived.status_wording import shown_text
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.mapping.content import MappingContent, lines_of
from app.mapping.data import ActivityFacts, MappingData, TownFacts, TownGroup
from app.mapping.drafts import default_title, placeholder
from app.mapping.gather import when_text
from app.mapping.scope import period_text
from app.reports.cell_text import fill
from app.reports.document import (
    UNKNOWN,
    Amount,
    Block,
    BulletList,
    CellValue,
    DataSource,
    FactSheet,
    Figure,
    Letterhead,
    MapPlace,
    Note,
    PageBreak,
    Paragraph,
    PersonalDataStatement,
    Picture,
    ReportDocument,
    Section,
    Table,
    Total,
    TownMap,
)

# The survey's section headings, in its order (Swedish: Uppdrag, Metod och avgränsning,
# Historik, Våra vänorter, Avtal, Aktiviteter, Omvärldsperspektiv, Analys och slutsatser,
# Rekommendationer, Källförteckning, Bilagor).
HEADINGS: dict[str, str] = {
    "commission": QT_TRANSLATE_NOOP("Mapping", "Commission"),
    "scope": QT_TRANSLATE_NOOP("Mapping", "Method and scope"),
    "history": QT_TRANSLATE_NOOP("Mapping", "History"),
    "towns": QT_TRANSLATE_NOOP("Mapping", "Our twin towns"),
    "agreements": QT_TRANSLATE_NOOP("Mapping", "Agreements"),
    "activities": QT_TRANSLATE_NOOP("Mapping", "Activities"),
    "outlook": QT_TRANSLATE_NOOP("Mapping", "Outlook"),
    "analysis": QT_TRANSLATE_NOOP("Mapping", "Analysis and conclusions"),
    "recommendations": QT_TRANSLATE_NOOP("Mapping", "Recommendations"),
    "sources": QT_TRANSLATE_NOOP("Mapping", "Sources"),
    "appendix": QT_TRANSLATE_NOOP("Mapping", "Appendices"),
}


def heading(key: str) -> str:
    """The heading of section ``key`` in the current language."""
    return translate("Mapping", HEADINGS[key])


@dataclass(frozen=True)
class Changes:
    """What changed since the mapping this one starts from, for its own section."""

    previous_title: str
    previous_date: str
    lines: Sequence[str]


def build_document(
    content: MappingContent,
    data: MappingData,
    *,
    changes: Changes | None = None,
    draft: bool = True,
) -> ReportDocument:
    """The whole mapping report, ready for the PDF and Excel renderers.

    A ``draft`` says so under its title, and shows short placeholders for a
    missing author and registry number on the title page; a final report
    prints what it has.
    """
    builder = _Builder(content, data)
    body: list[Block] = [
        Section(heading("commission"), builder.commission()),
        Section(heading("scope"), builder.scope(changes)),
        Section(heading("history"), builder.history()),
        # The table and its map on a page of their own, as the survey's Figur 1.
        PageBreak(),
        Section(heading("towns"), builder.towns()),
        Section(heading("agreements"), builder.agreements()),
        Section(heading("activities"), builder.activities()),
        Section(heading("outlook"), builder.outlook()),
        Section(heading("analysis"), builder.analysis()),
        Section(heading("recommendations"), builder.recommendations()),
        Section(heading("sources"), builder.sources()),
    ]
    appendix = builder.appendix()
    if appendix:
        body += [PageBreak(), Section(heading("appendix"), appendix)]
    commission = content.commission
    registry_no, author = commission.registry_no.strip(), commission.author.strip()
    if draft:
        # A draft's title page asks for what is missing; a final one prints what it has.
        registry_no = registry_no or placeholder("registry_no")
        author = author or placeholder("author")
    return ReportDocument(
        title=commission.title.strip() or default_title(),
        subtitle=builder.subtitle(draft),
        letterhead=_letterhead(data),
        date=commission.report_date or data.made_at.date(),
        registry_no=registry_no,
        author=author,
        description=translate(
            "Mapping",
            "A mapping of the municipality's twinnings: history, twin towns, agreements, "
            "activities, analysis and recommendations.",
        ),
        source=DataSource(
            database=data.database,
            filters={
                translate("Mapping", "Period"): period_text(data.period),
                translate("Mapping", "Members in"): str(data.member_year or "–"),
                translate("Mapping", "Twinnings included"): str(len(data.twinning_ids)),
                translate("Mapping", "Networks included"): ", ".join(data.network_names) or "–",
            },
        ),
        personal_data=PersonalDataStatement(
            (translate("Mapping", "the author's name"),) if commission.author.strip() else ()
        ),
        body=body,
        created_at=data.made_at,
    )


def _letterhead(data: MappingData) -> Letterhead:
    name = data.municipality.strip() or translate("Reports", "The municipality")
    # The demo's letterhead repeats the municipality's name as its first part.
    lines = [line for line in data.letterhead_lines if line.strip() != name]
    return Letterhead(name, tuple(lines), data.logo)


def _text_or_placeholder(text: str, key: str) -> list[Block]:
    if text.strip():
        return [Paragraph(text)]
    return [Note(placeholder(key))]


class _Builder:
    """One method per section; each returns the blocks of its section."""

    def __init__(self, content: MappingContent, data: MappingData) -> None:
        self.content = content
        self.data = data
        self.tables = 0
        self.figures = 0

    # ------------------------------------------------------------ title page

    def subtitle(self, draft: bool) -> str:
        data = self.data
        parts = list(data.network_names)
        if parts and any(g.network_id is None for g in data.groups):
            parts.append(translate("Mapping", "other twin towns"))
        what = _joined(parts) if parts else translate("Mapping", "The twin towns")
        lines = [f"{what}, {period_text(data.period)}"]
        by = self.content.commission.commissioned_by.strip()
        if by:
            lines.append(fill(translate("Mapping", "Commissioned by %1"), by))
        if draft:
            lines.append(translate("Mapping", "Draft"))
        return "\n".join(lines)

    # ------------------------------------------------------------ 1 commission

    def commission(self) -> list[Block]:
        c = self.content.commission
        blocks: list[Block] = []
        if c.text.strip():
            blocks.append(Paragraph(c.text))
        if not any(v.strip() for v in (c.commissioned_by, c.occasion, c.purpose, c.text)):
            blocks.append(Note(placeholder("commission")))
        else:
            facts = [
                (translate("Mapping", "Commissioned by"), c.commissioned_by, "commissioned_by"),
                (translate("Mapping", "Occasion"), c.occasion, "occasion"),
                (translate("Mapping", "Purpose"), c.purpose, "purpose"),
            ]
            lines = [
                f"{label}: {value.strip() if value.strip() else placeholder(key)}"
                for label, value, key in facts
            ]
            blocks.append(Paragraph("\n".join(lines)))
        return blocks

    # ------------------------------------------------------------ 2 method and scope

    def scope(self, changes: Changes | None) -> list[Block]:
        s, data = self.content.scope, self.data
        blocks: list[Block] = _text_or_placeholder(s.method, "method")
        blocks.append(Paragraph(self._coverage()))
        first, last = data.status_period
        blocks.append(
            Paragraph(
                fill(
                    translate(
                        "Mapping",
                        "The status of each twinning is derived from what the register holds "
                        "for %1 to %2: meetings, activities, trips and agreements.",
                    ),
                    first.isoformat(),
                    last.isoformat(),
                )
            )
        )
        blocks.append(
            Section(
                translate("Mapping", "Sources consulted"),
                _text_or_placeholder(s.sources_consulted, "sources_consulted"),
            )
        )
        left_out: list[Block] = _text_or_placeholder(s.left_out, "left_out")
        if data.left_out:
            left_out.append(Paragraph(translate("Mapping", "Not included in this mapping:")))
            left_out.append(BulletList(list(data.left_out)))
        blocks.append(Section(translate("Mapping", "Left out"), left_out))
        if changes is not None:
            lines = list(changes.lines) or [
                translate("Mapping", "Nothing in the register has changed.")
            ]
            blocks.append(
                Section(
                    fill(
                        translate("Mapping", "Changes since %1 (%2)"),
                        changes.previous_title,
                        changes.previous_date,
                    ),
                    [BulletList(lines)],
                )
            )
        return blocks

    def _coverage(self) -> str:
        data = self.data
        homes = {t.town_id for t in data.towns if t.is_home}
        in_networks = {
            i for g in data.groups if g.network_id is not None for i in g.town_ids
        } - homes
        others = {i for g in data.groups if g.network_id is None for i in g.town_ids} - homes
        period = period_text(data.period)
        if data.network_names and others:
            return fill(
                translate("Mapping", "The mapping covers the %1 twin towns of %2 and %3 more, %4."),
                str(len(in_networks)),
                _joined(data.network_names),
                str(len(others)),
                period,
            )
        if data.network_names:
            return fill(
                translate("Mapping", "The mapping covers the %1 twin towns of %2, %3."),
                str(len(in_networks)),
                _joined(data.network_names),
                period,
            )
        return fill(
            translate("Mapping", "The mapping covers %1 twin towns, %2."), str(len(others)), period
        )

    # ------------------------------------------------------------ 3 history

    def history(self) -> list[Block]:
        return _text_or_placeholder(self.content.history.text, "history")

    # ------------------------------------------------------------ 4 our twin towns

    def towns(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = []
        if self.content.towns.text.strip():
            blocks.append(Paragraph(self.content.towns.text))
        if not data.groups:
            blocks.append(
                Paragraph(translate("Mapping", "No twin towns are included in this mapping."))
            )
            return blocks
        by_id = {t.town_id: t for t in data.towns}
        for group in data.groups:
            towns = [by_id[i] for i in group.town_ids if i in by_id]
            blocks.append(self._town_table(group, towns))
            places = [
                MapPlace(t.name, t.latitude, t.longitude)
                for t in towns
                if t.latitude is not None and t.longitude is not None
            ]
            if places:
                blocks.append(
                    Figure(
                        TownMap(places),
                        fill(
                            translate("Mapping", "Where the towns of %1 lie."),
                            group.name or translate("Mapping", "the other twin towns"),
                        ),
                    )
                )
        if data.fact_sheets:
            blocks.append(
                Paragraph(
                    translate("Mapping", "Short facts about each twin town are in appendix 1.")
                )
            )
        return blocks

    def _town_table(self, group: TownGroup, towns: list[TownFacts]) -> Table:
        year = self.data.member_year
        columns = [
            translate("Mapping", "Twin town"),
            translate("Mapping", "Country (or area)"),
            translate("Mapping", "Contact year"),
        ]
        if group.with_members:
            columns.append(
                fill(translate("Mapping", "Members %1"), str(year))
                if year
                else translate("Mapping", "Members")
            )
        rows: list[list[CellValue]] = []
        for town in towns:
            name = town.name
            if town.ended:
                name = fill(translate("Mapping", "%1 (ended)"), name)
            row: list[CellValue] = [
                name,
                town.area,
                town.contact_year if town.contact_year is not None else UNKNOWN,
            ]
            if group.with_members:
                row.append(town.members if town.members is not None else UNKNOWN)
            rows.append(row)
        total: list[CellValue] | None = None
        if group.with_members:
            total = [translate("Mapping", "Total"), None, None]
            # A number in the workbook with its unknowns counted beside it; when no
            # count is known the total reads "uppgift saknas", never 0.
            every_unknown = group.unknown and group.unknown == len(towns)
            total.append(Total(None if every_unknown else group.total, group.unknown))
        if group.network_id is not None:
            caption = fill(
                translate(
                    "Mapping",
                    "The towns of %1: country or area, contact year and the members of the "
                    "local branches in %2.",
                ),
                group.name,
                str(year or "–"),
            )
            sheet = group.name
        else:
            caption = translate("Mapping", "Twin towns outside the networks.")
            sheet = translate("Mapping", "Other twin towns")
        return Table(columns=columns, rows=rows, caption=caption, total=total, sheet_name=sheet)

    # ------------------------------------------------------------ 5 agreements

    def agreements(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = []
        between = [a for a in data.agreements if a.between_twins]
        if not between:
            blocks.append(
                Paragraph(
                    translate(
                        "Mapping",
                        "No municipal agreements between the twin towns are recorded in the "
                        "register.",
                    )
                )
            )
        elif data.twins_without_agreement:
            blocks.append(
                Paragraph(
                    fill(
                        translate(
                            "Mapping", "No agreement between the municipalities is recorded for %1."
                        ),
                        _joined(data.twins_without_agreement),
                    )
                )
            )
        if data.agreements:
            rows: list[list[CellValue]] = [
                [
                    a.title,
                    ", ".join(a.parties),
                    vocabulary.label(a.kind),
                    a.signed,
                    vocabulary.label(a.status),
                ]
                for a in data.agreements
            ]
            blocks.append(
                Table(
                    columns=[
                        translate("Mapping", "Agreement"),
                        translate("Mapping", "Parties"),
                        translate("Mapping", "Kind"),
                        translate("Mapping", "Signed"),
                        translate("Mapping", "Status"),
                    ],
                    rows=rows,
                    caption=translate(
                        "Mapping", "Agreements with or between the included twin towns."
                    ),
                    sheet_name=heading("agreements"),
                )
            )
            dormant = [a for a in data.agreements if a.status == "dormant"]
            for agreement in dormant:
                blocks.append(
                    Paragraph(
                        fill(
                            translate("Mapping", "The agreement %1 (%2) is dormant."),
                            agreement.title,
                            ", ".join(agreement.parties),
                        )
                    )
                )
        else:
            blocks.append(
                Paragraph(
                    translate("Mapping", "No agreements with the included twin towns are recorded.")
                )
            )
        if self.content.agreements.text.strip():
            blocks.append(Paragraph(self.content.agreements.text))
        return blocks

    # ------------------------------------------------------------ 6 activities

    def activities(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = [
            Paragraph(
                fill(
                    translate(
                        "Mapping",
                        "For %1 the register holds %2 network meetings, %3 activities and "
                        "trips, and %4 grants.",
                    ),
                    period_text(data.period),
                    str(len(data.meetings)),
                    str(len(data.activities)),
                    str(len(data.grants)),
                )
            )
        ]
        if data.meetings:
            blocks.append(
                Section(translate("Mapping", "Network meetings"), [self._meeting_table()])
            )
        if data.activities:
            blocks.append(
                Section(
                    translate("Mapping", "Activities and trips by town"),
                    [self._activity_table()],
                )
            )
        if data.grants:
            blocks.append(
                Section(
                    translate("Mapping", "Grants"),
                    [
                        Table(
                            columns=[
                                translate("Mapping", "Recipient"),
                                translate("Mapping", "Town"),
                                translate("Mapping", "Year"),
                                translate("Mapping", "Amount"),
                            ],
                            rows=[
                                [
                                    g.recipient,
                                    g.town or "",
                                    g.year,
                                    Amount(g.amount, g.currency)
                                    if g.amount is not None
                                    else UNKNOWN,
                                ]
                                for g in data.grants
                            ],
                            caption=translate(
                                "Mapping",
                                "Grants to the associations in the twin towns, in their currency.",
                            ),
                            sheet_name=translate("Mapping", "Grants"),
                        )
                    ],
                )
            )
        if self.content.activities.text.strip():
            blocks.append(Paragraph(self.content.activities.text))
        return blocks

    def _meeting_table(self) -> Table:
        several = len({mt.network for mt in self.data.meetings}) > 1
        columns = [translate("Mapping", "Year")]
        if several:
            columns.append(translate("Mapping", "Network"))
        columns += [
            translate("Mapping", "Kind"),
            translate("Mapping", "Host"),
            translate("Mapping", "Place"),
        ]
        rows: list[list[CellValue]] = []
        for mt in self.data.meetings:
            row: list[CellValue] = [mt.year]
            if several:
                row.append(mt.network)
            row += [vocabulary.label(mt.kind), mt.host or "", mt.place or ""]
            rows.append(row)
        return Table(
            columns=columns,
            rows=rows,
            caption=fill(
                translate("Mapping", "Meetings of %1 and their hosts."),
                _joined(sorted({mt.network for mt in self.data.meetings})),
            ),
            sheet_name=translate("Mapping", "Network meetings"),
        )

    def _activity_table(self) -> Table:
        order = {t.name: n for n, t in enumerate(self.data.towns)}
        rows: list[tuple[tuple[int, str], list[CellValue]]] = []
        for activity in self.data.activities:
            for town in activity.towns:
                rows.append(
                    (
                        (order.get(town, len(order)), town),
                        [town, _when(activity), activity.title, _what(activity)],
                    )
                )
        rows.sort(key=lambda pair: pair[0])  # stable: by date within a town
        return Table(
            columns=[
                translate("Mapping", "Town"),
                translate("Mapping", "When"),
                translate("Mapping", "Activity or trip"),
                translate("Mapping", "Area"),
            ],
            rows=[row for _key, row in rows],
            caption=translate("Mapping", "Activities and trips with the twin towns, by town."),
            sheet_name=translate("Mapping", "Activities"),
        )

    # ------------------------------------------------------------ 7 outlook

    def outlook(self) -> list[Block]:
        o = self.content.outlook
        blocks: list[Block] = _text_or_placeholder(o.text, "outlook")
        facts = lines_of(o.facts)
        if facts:
            blocks.append(Section(translate("Mapping", "Facts and figures"), [BulletList(facts)]))
        sources = lines_of(o.sources)
        if sources:
            blocks.append(Paragraph(fill(translate("Mapping", "Sources: %1"), "; ".join(sources))))
        return blocks

    # ------------------------------------------------------------ 8 analysis

    def analysis(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = _text_or_placeholder(self.content.analysis.text, "analysis")
        if not data.statuses:
            return blocks
        first, last = data.status_period
        rows: list[list[CellValue]] = []
        for status in data.statuses:
            # Per level; her judgement is the municipal status shown, the computed one beside it.
            computed = (
                status.derived if status.override and status.override != status.derived else None
            )
            municipal = shown_text(status.effective, computed)
            if status.reason:
                municipal += f": {status.reason}"
            rows.append(
                [
                    status.town,
                    municipal,
                    vocabulary.label(status.civil),
                    status.ground,
                    _evidence_cell(status.evidence),
                ]
            )
        blocks.append(
            Section(
                fill(
                    translate("Mapping", "Status of each twinning %1 to %2"),
                    first.isoformat(),
                    last.isoformat(),
                ),
                [
                    # A snapshot made before the rule was stated holds no sentence.
                    *([Paragraph(data.status_rule)] if data.status_rule else []),
                    Table(
                        columns=[
                            translate("Mapping", "Twin town"),
                            translate("Mapping", "Municipal level"),
                            translate("Mapping", "Civil level"),
                            translate("Mapping", "Grounds"),
                            translate("Mapping", "Evidence"),
                        ],
                        rows=rows,
                        caption=translate(
                            "Mapping", "The status of each twinning and what it rests on."
                        ),
                        sheet_name=translate("Mapping", "Status"),
                    ),
                ],
            )
        )
        return blocks

    # ------------------------------------------------------------ 9 recommendations

    def recommendations(self) -> list[Block]:
        items = [
            item
            for item in self.content.recommendations.items
            if item.heading.strip() or item.text.strip()
        ]
        if not items:
            return [Note(placeholder("recommendations"))]
        blocks: list[Block] = []
        for number, item in enumerate(items, start=1):
            title = item.heading.strip() or fill(
                translate("Mapping", "Recommendation %1"), str(number)
            )
            blocks.append(Section(title, [Paragraph(item.text)] if item.text.strip() else []))
        return blocks

    # ------------------------------------------------------------ 10 sources

    def sources(self) -> list[Block]:
        entries = [_capitalised(line) for line in self.data.sources]
        entries += lines_of(self.content.outlook.sources)
        entries += lines_of(self.content.sources.own)
        entries = list(dict.fromkeys(entries))
        blocks: list[Block] = [
            Paragraph(
                fill(
                    translate("Mapping", "The register of twin towns in the database %1."),
                    self.data.database,
                )
            )
        ]
        if entries:
            blocks.append(BulletList(entries))
        return blocks

    # ------------------------------------------------------------ 11 appendix

    def appendix(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = []
        number = 0
        if data.fact_sheets:
            number += 1
            pages: list[Block] = []
            for index, sheet in enumerate(data.fact_sheets):
                if index:
                    pages.append(PageBreak())
                pages.append(FactSheet(sheet.title, list(sheet.facts)))
            blocks.append(
                Section(
                    fill(translate("Mapping", "Appendix %1: The twin towns"), str(number)), pages
                )
            )
        for attachment in data.attachments:
            number += 1
            if blocks:
                blocks.append(PageBreak())  # each appended document starts a page
            content: list[Block] = []
            if attachment.description:
                content.append(Paragraph(attachment.description))
            facts = fill(translate("Mapping", "File: %1"), attachment.filename)
            if attachment.attached_to:
                facts += "\n" + fill(translate("Mapping", "Kept with: %1"), attachment.attached_to)
            content.append(Paragraph(facts))
            if attachment.png is not None:
                content.append(Figure(Picture(attachment.png), attachment.filename))
            blocks.append(
                Section(
                    fill(translate("Mapping", "Appendix %1: %2"), str(number), attachment.filename),
                    content,
                )
            )
        return blocks


EVIDENCE_LINES = 6
"""Evidence items printed per twinning; the rest are counted."""


def _evidence_cell(evidence: Sequence[str]) -> str:
    if not evidence:
        return translate("Mapping", "nothing recorded")
    shown = list(evidence[:EVIDENCE_LINES])
    if len(evidence) > EVIDENCE_LINES:
        shown.append(fill(translate("Mapping", "and %1 more"), str(len(evidence) - EVIDENCE_LINES)))
    return "\n".join(shown)


def _when(activity: ActivityFacts) -> str:
    if activity.start is None:
        return translate("Mapping", "no date")
    text = when_text(activity.start.year, activity.start)
    if activity.end is not None and activity.end != activity.start:
        text += f"–{activity.end.isoformat()}"
    return text


def _what(activity: ActivityFacts) -> str:
    if activity.record_kind == "trip":
        return translate("Mapping", "trip")
    parts = [vocabulary.label(activity.kind)]
    if activity.area and activity.area != activity.kind:
        parts.append(vocabulary.label(activity.area))
    return ", ".join(parts)


def _joined(names: Sequence[str]) -> str:
    """ "A, B and C" in the current language."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return fill(translate("Mapping", "%1 and %2"), ", ".join(names[:-1]), names[-1])


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
