"""Omvärldsperspektiv from reference facts: the shipped facts, the drafted prose, its sources.

The expected sentences are written out here in full from the shipped figures
(the SKL survey of 2011 as the Vänersborg survey quotes it: 256, 131, 401, 186,
54 %), never taken from the code under test.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.mapping.assemble import build_document
from app.mapping.content import MappingContent, Outlook
from app.mapping.drafts import new_content
from app.mapping.gather import gather
from app.mapping.outlook import (
    OutlookSource,
    draft_outlook,
    draft_outlook_from_register,
    fact_choices,
    outlook_edited,
    redraft_outlook,
)
from app.reference_facts import add_shipped_facts
from app.reports.document import Paragraph, Section
from app.services.records import ReferenceFact
from app.workspace import Workspace

NBSP = "\u00a0"

SKL = "Sveriges Kommuner och Landsting (SKL)"
SKL_PARAGRAPH = (
    f"In 2011, {SKL} asked Sweden's municipalities about their twin towns. "
    "256 municipalities answered the survey. 131 of them had one or more Nordic twin towns. "
    "Together they had 401 Nordic twin towns. "
    "That was 186 twin towns fewer than in the previous survey. "
    "54 % described their twinnings as active, with regular contact and joint projects. "
    "En tredjedel av kommunerna uppgav att vänortsrelationerna var vilande. "
    "Övriga kommuner uppgav att de hade sporadiska samarbeten."
)


def _flat(text: str) -> str:
    return text.replace(NBSP, " ")


def test_a_new_register_starts_with_the_surveys_facts_and_their_sources(
    workspace: Workspace,
) -> None:
    facts = workspace.get_many("reference_fact")
    assert len(facts) == 10
    assert all(f.source_title and f.year for f in facts)
    figures = {
        f.topic: f.figure for f in facts if f.figure is not None and f.topic != "eu_programme"
    }
    assert figures == {
        "survey_respondents": Decimal(256),
        "municipalities_with_nordic_twins": Decimal(131),
        "nordic_twin_towns": Decimal(401),
        "nordic_twin_towns_decrease": Decimal(186),
        "share_active": Decimal(54),
        "european_twinnings": Decimal(20000),
    }
    programmes = sorted((f.year, f.figure) for f in facts if f.topic == "eu_programme")
    assert programmes == [(2014, Decimal(185)), (2021, None)]  # CERV's budget is not shipped
    with workspace.database.transaction() as session:
        assert add_shipped_facts(session) == 0  # never doubled
    assert len(workspace.get_many("reference_fact")) == 10


def test_the_demo_has_the_facts_too(demo: Workspace) -> None:
    assert len(demo.get_many("reference_fact")) == 10


def test_every_shipped_fact_drafts_the_section_with_each_source_once(
    workspace: Workspace,
) -> None:
    draft = draft_outlook_from_register(workspace.database)
    assert _flat(draft.paragraphs[0]) == SKL_PARAGRAPH
    assert _flat(draft.paragraphs[1]).startswith(
        "More than 20,000 twinnings link towns and municipalities across Europe. "
        "EU:s program Ett Europa för medborgarna (Europe for Citizens)"
    )
    assert draft.paragraphs[1].endswith("(CERV) för perioden 2021–2027.")
    assert len(draft.paragraphs) == 2
    lines = draft.source_lines
    assert len(lines) == 4  # the survey's seven facts share one source
    assert lines[0] == (
        f"{SKL}: Enkät om medlemmarnas vänortskontakter i Norden, EU och övriga världen (2011)"
    )
    assert lines[1] == "Vänersborgs kommun: Kartläggning av vänortsförbindelser (2014)"
    assert lines[2].endswith("2014–2020 (2014), https://eur-lex.europa.eu/eli/reg/2014/390/oj")
    assert lines[3].startswith("Europaparlamentet och Europeiska unionens råd: ")


def test_a_corrected_figure_corrects_the_sentence(workspace: Workspace) -> None:
    facts = {f.topic: f for f in workspace.get_many("reference_fact")}
    workspace.save(dataclasses.replace(facts["nordic_twin_towns"], figure=Decimal(1)))
    workspace.save(dataclasses.replace(facts["survey_respondents"], figure=Decimal(1)))
    ticked = [facts["survey_respondents"].id, facts["nordic_twin_towns"].id]
    draft = draft_outlook_from_register(workspace.database, ticked)
    assert draft.paragraphs == (
        f"In 2011, {SKL} asked Sweden's municipalities about their twin towns. "
        "One municipality answered the survey. Together they had one Nordic twin town.",
    )
    assert len(draft.sources) == 1


def test_only_the_ticked_facts_and_their_sources(workspace: Workspace) -> None:
    facts = {f.topic: f for f in workspace.get_many("reference_fact")}
    draft = draft_outlook_from_register(workspace.database, [facts["european_twinnings"].id])
    assert draft.paragraphs == (
        "More than 20,000 twinnings link towns and municipalities across Europe.",
    )
    assert draft.sources == (
        OutlookSource("Kartläggning av vänortsförbindelser", "Vänersborgs kommun", None, 2014),
    )
    assert draft_outlook([]).paragraphs == ()
    assert draft_outlook([]).sources == ()


def test_a_fact_of_her_own_is_quoted_as_written_with_its_source() -> None:
    own = ReferenceFact(
        text="Hälften av kommunerna i länet har en vänort i Baltikum",
        topic="other",
        figure=Decimal(50),
        unit="%",
        year=2023,
        source_title="Länets vänortsenkät",
        source_url="https://example.org/enkat",
    )
    draft = draft_outlook([own])
    assert draft.paragraphs == ("Hälften av kommunerna i länet har en vänort i Baltikum.",)
    assert draft.source_lines == ("Länets vänortsenkät (2023), https://example.org/enkat",)


def test_a_survey_without_publisher_names_the_survey() -> None:
    fact = ReferenceFact(
        topic="share_active", text="x", figure=Decimal("12.5"), year=2019,
        source_title="Nordens vänortsenkät",
    )  # fmt: skip
    (paragraph,) = draft_outlook([fact]).paragraphs
    assert _flat(paragraph) == (
        "The survey Nordens vänortsenkät of 2019 asked Sweden's municipalities about their twin "
        "towns. 12.5 % described their twinnings as active, with regular contact and joint "
        "projects."
    )


def test_a_new_mapping_report_drafts_the_outlook_and_lists_its_sources(
    demo: Workspace,
) -> None:
    today = date(2026, 11, 22)
    content = new_content(demo.database, today=today)
    assert _flat(content.outlook.text).startswith(SKL_PARAGRAPH)
    document = build_document(content, gather(demo.database, content, today=today))
    sections = {s.heading: s for s in document.body if isinstance(s, Section)}
    outlook_texts = [b.text for b in sections["Outlook"].content if isinstance(b, Paragraph)]
    assert _flat(outlook_texts[0]).startswith(SKL_PARAGRAPH)
    source_heading = next(h for h in sections if h.startswith("Source"))
    listed = " ".join(
        str(getattr(b, "text", "")) + " ".join(getattr(b, "items", ()))
        for b in sections[source_heading].content
    )
    assert "Enkät om medlemmarnas vänortskontakter i Norden, EU och övriga världen (2011)" in listed
    assert "https://eur-lex.europa.eu/eli/reg/2021/692/oj" in listed


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new register, as `vanort new` makes it."""
    made = Workspace.create(tmp_path / "ny.sqlite3", municipality="Exempelby kommun")
    yield made
    made.close()


def test_the_facts_are_offered_with_year_and_source(workspace: Workspace) -> None:
    choices = fact_choices(workspace.database)
    assert [c.id for c in choices] == [f.id for f in workspace.get_many("reference_fact")]
    respondents = next(c for c in choices if c.text.startswith("256 kommuner"))
    assert respondents.label() == (
        "256 kommuner besvarade SKL:s enkät om vänortskontakter våren 2011. (2011; "
        f"{SKL}: Enkät om medlemmarnas vänortskontakter i Norden, EU och övriga världen)"
    )


def test_redrafting_follows_the_ticks_and_keeps_her_own_sources(workspace: Workspace) -> None:
    facts = {f.topic: f for f in workspace.get_many("reference_fact")}
    drafted = new_content(workspace.database, today=date(2026, 3, 1)).outlook
    assert drafted.fact_ids is None  # all of them, until she narrows the choice
    assert not outlook_edited(workspace.database, drafted)
    assert not outlook_edited(workspace.database, dataclasses.replace(drafted, text=" "))
    hers = dataclasses.replace(
        drafted,
        text=drafted.text + " Egen mening.",
        sources=drafted.sources + "\nLänets vänortsenkät 2023",
    )
    assert outlook_edited(workspace.database, hers)
    only = redraft_outlook(workspace.database, hers, [facts["european_twinnings"].id])
    assert only.text == "More than 20,000 twinnings link towns and municipalities across Europe."
    assert only.sources == (
        "Vänersborgs kommun: Kartläggning av vänortsförbindelser (2014)\nLänets vänortsenkät 2023"
    )
    assert only.fact_ids == (facts["european_twinnings"].id,)
    assert not outlook_edited(workspace.database, only)


def test_the_choice_is_read_back_and_old_reports_mean_all_facts() -> None:
    content = MappingContent(outlook=Outlook(text="t", fact_ids=(3, 1)))
    assert MappingContent.from_json(content.to_json()).outlook.fact_ids == (3, 1)
    empty = MappingContent(outlook=Outlook(fact_ids=()))
    assert MappingContent.from_json(empty.to_json()).outlook.fact_ids == ()
    old = {"outlook": {"text": "t", "facts": "", "sources": ""}}
    assert MappingContent.from_json(old).outlook.fact_ids is None
    odd = {"outlook": {"text": "t", "fact_ids": "1,2"}}
    assert MappingContent.from_json(odd).outlook.fact_ids is None
