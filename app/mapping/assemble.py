"""The mapping report as a document: the survey's sections filled from her texts and the figures.

:func:`build_document` puts a :class:`~app.mapping.content.MappingContent` and a
:class:`~app.mapping.data.MappingData` together into a
:class:`~app.reports.document.ReportDocument` in the order of the Vänersborg
survey: commission, method and scope, history, our twin towns (the table with
its total and a map), agreements, activities, outlook, analysis and
conclusions, recommendations, sources and the appendices. Each section is
drafted as prose from the register (the wording lives in
:mod:`app.mapping.prose_intro`, :mod:`app.mapping.prose_history`,
:mod:`app.mapping.prose_findings` and :mod:`app.mapping.status_table`); her
own text for a section is used as she wrote it (the renderers escape it).
What only she can write and has not written yet is a marked placeholder in a
draft, and left out of a final report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app import vocabulary
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.mapping.back_matter import appendix_blocks, source_blocks
from app.mapping.content import MappingContent, lines_of
from app.mapping.data import MappingData
from app.mapping.drafts import default_title, placeholder
from app.mapping.prose_findings import (
    activity_lines,
    agreement_paragraphs,
    drafted_recommendations,
    grant_paragraph,
    level_sentences,
    meeting_paragraph,
)
from app.mapping.prose_history import association_paragraphs, history_paragraphs
from app.mapping.prose_intro import (
    commission_paragraphs,
    method_paragraphs,
    scope_paragraphs,
    signature_lines,
    towns_paragraph,
)
from app.mapping.scope import period_text
from app.mapping.status_table import status_table
from app.mapping.timeline_figures import member_chart_figures, timeline_figures
from app.mapping.town_table import town_table
from app.mapping.wording import joined
from app.reports.cell_text import fill
from app.reports.document import (
    UNKNOWN,
    Block,
    BulletList,
    CellValue,
    DataSource,
    Figure,
    Letterhead,
    MapPlace,
    Note,
    PageBreak,
    Paragraph,
    PersonalDataStatement,
    ReportDocument,
    Section,
    Table,
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


MAP_FROM_PLACES = 3
"""A group of towns gets a map from this many places with coordinates."""


BACK_MATTER = ("sources", "appendix")
"""The sections after the signature, wherever she places them."""


def heading(key: str) -> str:
    """The heading of section ``key`` in the current language."""
    return translate("Mapping", HEADINGS[key])


def section_heading(content: MappingContent, key: str) -> str:
    """The heading section ``key`` prints under: hers if she renamed it, else the survey's."""
    return content.place(key).heading.strip() or heading(key)


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

    Every section the register can support is drafted as prose; what the
    coordinator wrote is used as she wrote it. A ``draft`` says under its title
    what is still missing and shows placeholders where only she can write; a
    final report prints what it has and never a placeholder.
    """
    builder = _Builder(content, data, draft)

    def titled(key: str, blocks: list[Block]) -> list[Block]:
        return [Section(section_heading(content, key), blocks)] if blocks else []

    # The survey gives each association that carries the twinnings a section of its
    # own; they stay with the history, wherever she puts it.
    associations: list[Block] = []
    for association in data.associations:
        paragraphs = association_paragraphs(association)
        if paragraphs:
            blocks: list[Block] = [Paragraph(p) for p in paragraphs]
            associations.append(Section(association.name, blocks))
    appendix = builder.appendix()
    parts: dict[str, list[Block]] = {
        "commission": titled("commission", builder.commission()),
        "scope": titled("scope", builder.scope(changes)),
        "history": titled("history", builder.history()) + associations,
        "towns": titled("towns", builder.towns()),
        "agreements": titled("agreements", builder.agreements()),
        "activities": titled("activities", builder.activities()),
        "outlook": titled("outlook", builder.outlook()),
        "analysis": titled("analysis", builder.analysis()),
        "recommendations": titled("recommendations", builder.recommendations()),
        "sources": titled("sources", builder.sources()),
        "appendix": [PageBreak(), *titled("appendix", appendix)] if appendix else [],
    }
    # Her order, without the sections she left out; the signature closes the main
    # text, before the sources and appendices wherever she put them.
    shown = [place.key for place in content.layout() if place.shown]
    main_text = [key for key in shown if key not in BACK_MATTER]
    body: list[Block] = [] if main_text else builder.signature()
    for key in shown:
        body += parts[key]
        if main_text and key == main_text[-1]:
            body += builder.signature()
    # A section with nothing to say is left out rather than printed as a bare heading.
    body = [b for b in body if not (isinstance(b, Section) and not b.content)]
    commission = content.commission
    registry_no, author = commission.registry_no.strip(), commission.author.strip()
    return ReportDocument(
        title=commission.title.strip() or default_title(),
        subtitle=builder.subtitle(draft),
        letterhead=_letterhead(data),
        date=commission.report_date or data.made_at.date(),
        # Never a placeholder here: these are printed in every page header and
        # in the PDF's properties; a draft says under its title what is missing.
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
        # As the survey does: its table of twin towns is "Figur 1".
        tables_as_figures=True,
    )


def _letterhead(data: MappingData) -> Letterhead:
    name = data.municipality.strip() or translate("Reports", "The municipality")
    # The demo's letterhead repeats the municipality's name as its first part.
    lines = [line for line in data.letterhead_lines if line.strip() != name]
    return Letterhead(name, tuple(lines), data.logo)


def _her_text_or(text: str, key: str, draft: bool) -> list[Block]:
    """Her text; else, in a draft only, the placeholder that asks for it."""
    if text.strip():
        return [Paragraph(text.strip())]
    return [Note(placeholder(key))] if draft else []


class _Builder:
    """One method per section; each returns the blocks of its section."""

    def __init__(self, content: MappingContent, data: MappingData, draft: bool) -> None:
        self.content = content
        self.data = data
        self.draft = draft

    # ------------------------------------------------------------ title page

    def subtitle(self, draft: bool) -> str:
        data = self.data
        parts = list(data.network_names)
        if parts and any(g.network_id is None for g in data.groups):
            parts.append(translate("Mapping", "other twin towns"))
        what = joined(parts) if parts else translate("Mapping", "The twin towns")
        lines = [f"{what}, {period_text(data.period)}"]
        by = self.content.commission.commissioned_by.strip()
        if by:
            lines.append(fill(translate("Mapping", "Commissioned by %1"), by))
        if draft:
            lines.append(translate("Mapping", "Draft"))
            missing = self._missing_on_title_page()
            if missing:
                lines.append(missing)
        return "\n".join(lines)

    def _missing_on_title_page(self) -> str:
        c = self.content.commission
        no_registry, no_author = not c.registry_no.strip(), not c.author.strip()
        if no_registry and no_author:
            return translate("Mapping", "Registry number and author are still missing.")
        if no_registry:
            return translate("Mapping", "The registry number is still missing.")
        if no_author:
            return translate("Mapping", "The author is still missing.")
        return ""

    # ------------------------------------------------------------ 1 commission

    def commission(self) -> list[Block]:
        c = self.content.commission
        if c.text.strip():
            return [Paragraph(c.text.strip())]
        return [
            Note(text) if text.startswith("[") else Paragraph(text)
            for text in commission_paragraphs(c, self.data, draft=self.draft)
        ]

    # ------------------------------------------------------------ 2 method and scope

    def scope(self, changes: Changes | None) -> list[Block]:
        s, data = self.content.scope, self.data
        blocks: list[Block] = [Paragraph(p) for p in method_paragraphs(s, data)]
        blocks += [Paragraph(p) for p in scope_paragraphs(s, data)]
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

    # ------------------------------------------------------------ 3 history

    def history(self) -> list[Block]:
        text = self.content.history.text
        if text.strip():
            return [Paragraph(p.strip()) for p in text.split("\n\n") if p.strip()]
        drafted = history_paragraphs(self.data.events, self.data.home_name)
        if drafted:
            return [Paragraph(p) for p in drafted]
        return _her_text_or("", "history", self.draft)

    # ------------------------------------------------------------ 4 our twin towns

    def towns(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = []
        if self.content.towns.text.strip():
            blocks.append(Paragraph(self.content.towns.text.strip()))
        elif data.groups:
            blocks.append(Paragraph(towns_paragraph(data)))
        if not data.groups:
            blocks.append(
                Paragraph(translate("Mapping", "No twin towns are included in this mapping."))
            )
            return blocks
        by_id = {t.town_id: t for t in data.towns}
        for group in data.groups:
            towns = [by_id[i] for i in group.town_ids if i in by_id]
            blocks.append(town_table(group, towns, data.member_year, data.network_names))
            places = [
                MapPlace(t.name, t.latitude, t.longitude)
                for t in towns
                if t.latitude is not None and t.longitude is not None
            ]
            # A map of one or two places says no more than the table's column of countries.
            if len(places) >= MAP_FROM_PLACES:
                blocks.append(
                    Figure(
                        TownMap(places),
                        fill(
                            translate("Mapping", "Where the towns of %1 lie."),
                            group.name or translate("Mapping", "the other twin towns"),
                        ),
                    )
                )
        # The table gives this year's members; the chart beside it, the years before.
        for association in data.associations:
            blocks += member_chart_figures(association)
        if data.fact_sheets:
            blocks.append(
                Paragraph(
                    translate("Mapping", "Short facts about each twin town are in appendix 1.")
                )
            )
        return blocks

    # ------------------------------------------------------------ 5 agreements

    def agreements(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = [Paragraph(p) for p in agreement_paragraphs(data)]
        if data.agreements:
            rows: list[list[CellValue]] = [
                [
                    a.title,
                    ", ".join(a.parties),
                    vocabulary.label(a.kind),
                    a.signed if a.signed is not None else UNKNOWN,
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
        if self.content.agreements.text.strip():
            blocks.append(Paragraph(self.content.agreements.text.strip()))
        return blocks

    # ------------------------------------------------------------ 6 activities

    def activities(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = []
        meetings = meeting_paragraph(data.meetings, data.planned_meetings)
        if meetings:
            blocks.append(Paragraph(meetings))
        lines_by_kind = activity_lines(
            data.activities,
            with_meetings=bool(data.meetings),
            planned=data.planned_activities,
        )
        for _key, (intro, lines) in lines_by_kind.items():
            blocks += [Paragraph(intro), BulletList(lines)]
        grants = grant_paragraph(data)
        if grants:
            blocks.append(Paragraph(grants))
        if not blocks:
            blocks.append(
                Paragraph(
                    fill(
                        translate(
                            "Mapping", "The register holds no meetings or activities for %1."
                        ),
                        period_text(data.period),
                    )
                )
            )
        if self.content.activities.text.strip():
            blocks.append(Paragraph(self.content.activities.text.strip()))
        return blocks

    # ------------------------------------------------------------ 7 outlook

    def outlook(self) -> list[Block]:
        """Her text, facts and sources.

        The paragraphs drafted from the reference facts she ticks (national
        surveys, the EU programme) belong here, before her facts and sources:
        ``app.mapping.outlook`` drafts them, and this method is the one place
        that calls it.
        """
        o = self.content.outlook
        blocks: list[Block] = _her_text_or(o.text, "outlook", self.draft)
        facts = lines_of(o.facts)
        if facts:
            blocks.append(Section(translate("Mapping", "Facts and figures"), [BulletList(facts)]))
        # Her sources are listed in Källförteckning, with every other source, once.
        return blocks

    # ------------------------------------------------------------ 8 analysis

    def analysis(self) -> list[Block]:
        data = self.data
        blocks: list[Block] = []
        if self.content.analysis.text.strip():
            blocks += [
                Paragraph(p.strip()) for p in self.content.analysis.text.split("\n\n") if p.strip()
            ]
        elif data.levels:
            blocks.append(Paragraph(" ".join(level_sentences(data))))
        elif self.draft:
            blocks.append(Note(placeholder("analysis")))
        # The timeline shows the statuses period by period; the table the grounds of today's.
        blocks += timeline_figures(data)
        if data.levels:
            blocks += status_table(data)
        return blocks

    # ------------------------------------------------------------ 9 recommendations

    def recommendations(self) -> list[Block]:
        items = [
            (item.heading.strip(), item.text.strip())
            for item in self.content.recommendations.items
            if item.heading.strip() or item.text.strip()
        ]
        blocks: list[Block] = []
        if not items:
            intro, items = drafted_recommendations(self.data)
            if intro:
                blocks.append(Paragraph(intro))
        if not items:
            return [Note(placeholder("recommendations"))] if self.draft else []
        for number, (title, text) in enumerate(items, start=1):
            title = title or fill(translate("Mapping", "Recommendation %1"), str(number))
            blocks.append(Section(title, [Paragraph(text)] if text else []))
        return blocks

    def signature(self) -> list[Block]:
        lines = signature_lines(self.content.commission, self.data, draft=self.draft)
        if not lines:
            return []
        if lines[0].startswith("["):
            return [Note(lines[0])]
        return [Paragraph("\n".join(lines))]

    # ------------------------------------------------------------ 10, 11 back matter

    def sources(self) -> list[Block]:
        return source_blocks(self.content, self.data)

    def appendix(self) -> list[Block]:
        return appendix_blocks(self.data)
