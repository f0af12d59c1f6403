"""The drafted prose of the mapping report, read sentence by sentence.

Every paragraph the program drafts is compared with the Swedish (or English)
a municipal officer would write, typed here by hand: on the demo (Vänersborg
2014, the survey's own facts) and on Ekeby, a municipality unlike it (a single
twin town on Greenland, a twinning in Estonia that ended, no network, no
association, an evaluated term).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.i18n import set_language
from app.mapping import Appendix, Commission, build_document, gather, new_content
from app.mapping.content import MappingContent
from app.mapping.wording import in_area, town_in_area, twin_towns
from app.reports.document import (
    Block,
    BulletList,
    FactSheet,
    Note,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from app.reports.pdf import render_pdf
from app.workspace import Workspace
from tests.mapping.ekeby import TODAY as EKEBY_TODAY
from tests.mapping.ekeby import build_ekeby
from tests.reports.helpers import page_texts

SURVEY_DAY = date(2014, 8, 29)
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def swedish() -> Iterator[None]:
    """The report in Swedish unless a test says otherwise."""
    set_language("sv")
    yield
    set_language("sv")


@pytest.fixture
def ekeby(tmp_path: Path) -> Iterator[Workspace]:
    """Ekeby's register, open."""
    ws = build_ekeby(tmp_path / "ekeby.sqlite3")
    yield ws
    ws.close()


def _commissioned(content: MappingContent) -> MappingContent:
    """The commission as the survey gives it, typed into the wizard's fields."""
    return replace(
        content,
        commission=replace(
            content.commission,
            commissioned_by="Styrgruppen för internationellt arbete",
            commissioned_on=date(2014, 4, 23),
            occasion="vänortskedjans planeringsseminarium i Sydslesvig den 19–21 september 2014",
            purpose="att få en klar bild över befintliga avtal och belysa status och framtid för "
            "deltagandet i vänortskedjan",
            author="Erik Sandberg",
            registry_no="KS 2014/187",
            report_date=SURVEY_DAY,
        ),
    )


def _demo_report(demo: Workspace, *, draft: bool = False) -> ReportDocument:
    content = _commissioned(new_content(demo.database, today=SURVEY_DAY))
    return build_document(content, gather(demo.database, content, today=SURVEY_DAY), draft=draft)


def _ekeby_report(ws: Workspace, *, draft: bool = False, **commission: str) -> ReportDocument:
    content = new_content(ws.database, today=EKEBY_TODAY)
    content = replace(content, commission=replace(content.commission, **commission))
    return build_document(content, gather(ws.database, content, today=EKEBY_TODAY), draft=draft)


def _texts(blocks: list[Block] | tuple[Block, ...]) -> list[str]:
    """The running text of some blocks: paragraphs, notes, list items; sub-headings as "## …"."""
    found: list[str] = []
    for block in blocks:
        if isinstance(block, (Paragraph, Note)):
            found.append(block.text.replace(NBSP, " "))
        elif isinstance(block, BulletList):
            found += [f"- {item}".replace(NBSP, " ") for item in block.items]
        elif isinstance(block, Section):
            found.append(f"## {block.heading}")
            found += _texts(list(block.content))
    return found


def _section(document: ReportDocument, heading: str) -> list[str]:
    for block in document.body:
        if isinstance(block, Section) and block.heading == heading:
            return [t for t in _texts(list(block.content))]
    raise AssertionError(f"no section {heading!r}")


def _headings(document: ReportDocument) -> list[str]:
    return [b.heading for b in document.body if isinstance(b, Section)]


def _sentences(document: ReportDocument) -> list[str]:
    text = " ".join(_texts(list(document.body)))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 3]


# ---------------------------------------------------------------- the demo


def test_the_demo_is_drafted_in_the_survey_s_order_with_a_section_per_association(
    demo: Workspace,
) -> None:
    """Uppdrag … Källförteckning in the survey's order; Föreningen Norden and the branch after Historik."""
    assert _headings(_demo_report(demo)) == [
        "Uppdrag",
        "Metod och avgränsning",
        "Historik",
        "Föreningen Norden",
        "Föreningen Norden Vänersborg",
        "Våra vänorter",
        "Avtal",
        "Aktiviteter",
        "Omvärldsperspektiv",
        "Analys och slutsatser",
        "Källförteckning",
        "Bilagor",
    ]


def test_the_demo_s_commission_method_and_scope(demo: Workspace) -> None:
    """Uppdrag from the commission fields; the method from the register; the scope as chosen."""
    report = _demo_report(demo)
    assert _section(report, "Uppdrag") == [
        "Inför vänortskedjans planeringsseminarium i Sydslesvig den 19–21 september 2014 har "
        "Styrgruppen för internationellt arbete gett internationell samordnare Erik Sandberg i "
        "uppdrag att kartlägga kommunens vänortsförbindelser. Uppdraget gavs 2014-04-23. Syftet har varit att "
        "få en klar bild över befintliga avtal och belysa status och framtid för deltagandet i "
        "vänortskedjan."
    ]
    assert _section(report, "Metod och avgränsning") == [
        # Not 5: the report back on the Husby trip (2014-11-05) came after the report's day.
        "Kartläggningen bygger på kommunens vänortsregister och på 4 beslut, 1 styrdokument och "
        "2 avtal ur kommunens diarium. En fullständig källförteckning finns i slutet av rapporten.",
        "Kartläggningen omfattar Den nordiska vänortskedjan och dess 8 vänorter. Den omfattar "
        "också vänorterna Lich och Omaruru utanför kedjan. Den avser åren 1992–2014. Statusen "
        "för varje vänortsförbindelse bedöms utifrån vad registret innehåller för de senaste "
        "fyra åren (2010-08-30 – 2014-08-29): möten, aktiviteter, resor och beslut.",
        "Vänortsförbindelsen med Utajärvi avslutades 1976 och tas bara upp i historiken.",
    ]


def test_the_demo_s_history_is_told_a_decade_a_paragraph(demo: Workspace) -> None:
    """Who formed the chain, who joined and who left and why; "på" for the islands."""
    assert _section(_demo_report(demo), "Historik") == [
        "1946 bildade Vänersborg och Herning i Danmark Den nordiska vänortskedjan. 1947 gick "
        "Holmestrand i Norge med i kedjan. 1948 gick Utajärvi i Finland med i kedjan. 1949 gick "
        "Siglufjörður på Island med i kedjan.",
        "1976 lämnade Utajärvi kedjan. Det var Utajärvis eget val; arbetet med att hitta en ny "
        "finsk partner började (Kangasala 1977). 1977 gick Kangasala i "
        "Finland och 15 landkommuner på Åland med i kedjan. 1978 gick Eiði på Färöarna med i "
        "kedjan.",
        "1987 knöts den första kontakten med Arsuk på Grönland. 1988 knöts den första kontakten "
        "med Husby i Sydslesvig. 1989 gick Arsuk och Husby med i kedjan.",
        "2010 inleddes förbindelsen med Lich i Tyskland, som partnerstad. Ca i början av "
        "2010-talet inleddes förbindelsen med Omaruru i Namibia, som kommunalt partnerskap.",
    ]


def test_the_demo_s_associations_have_their_founding_members_and_purpose(
    demo: Workspace,
) -> None:
    """Föreningen Norden 1919 and about 13 000 members; the local branch 1945-04-19, about 100."""
    report = _demo_report(demo)
    norden = _section(report, "Föreningen Norden")
    assert norden[0] == "Föreningen Norden bildades 1919. Föreningen hade 13 000 medlemmar år 2014."
    assert "omkring 140 lokalavdelningar" in norden[1]
    assert _section(report, "Föreningen Norden Vänersborg") == [
        "Föreningen Norden Vänersborg är lokalavdelningen av Föreningen Norden i Vänersborg. "
        "Lokalavdelningen bildades 1945-04-19. Lokalavdelningen hade 100 medlemmar både år 2013 "
        "och år 2014.",
        "Föreningen driver i praktiken vänortsarbetet mot det civila samhället, med program för "
        "allmänheten vår och höst. Viljeförklaring antagen 2013-04-16.",
    ]


def test_the_demo_s_towns_agreements_and_activities(demo: Workspace) -> None:
    """The sentences say what the tables show: members with the unknown, Holmestrand's agreement."""
    report = _demo_report(demo)
    assert _section(report, "Våra vänorter") == [
        "Vänersborg ingår i Den nordiska vänortskedjan, som knyter samman 9 orter i 9 länder och "
        "områden. År 2013 hade lokalavdelningarna tillsammans 1 135 medlemmar; uppgift saknas för "
        "1 lokalavdelning. Utöver kedjan har Vänersborg vänortsförbindelser med Lich i Tyskland "
        "och Omaruru i Namibia.",
        "För kortfattad information om varje vänort, se bilaga 1.",
    ]
    assert _section(report, "Avtal") == [
        "Inga avtal mellan Vänersborg och någon av orterna Herning, Holmestrand, Siglufjörður, "
        "Kangasala, 15 landkommuner, Eiði, Arsuk, Husby och Omaruru finns registrerade.",
        "Holmestrand har ett avtal med Foreningen Norden Holmestrand, men det är för närvarande "
        "vilande. Kommunen har ett gällande avtal med Lich: Partnerstadsavtal Vänersborg–Lich.",
    ]
    activities = _section(report, "Aktiviteter")
    assert activities[0] == (
        "Huvudarrangemanget inom Den nordiska vänortskedjan är vänortsmötet, där orterna turas om "
        "att vara värd. Vänortsmötet 2013 hölls på Åland, dessförinnan i Vänersborg (2012), i "
        "Holmestrand (2011), i Siglufjörður (2010), i Herning (2009), i Husby (2008) och i "
        "Kangasala (2007). Från 2014-09-19 till 2014-09-21 håller Den nordiska vänortskedjan ett "
        "seminarium i Husby i Sydslesvig."
    )
    assert activities[1:7] == [
        "Utöver vänortsmötena innehåller registret 2 aktiviteter med vänorterna:",
        "- 2002-05-17: Vargöns musikkår vid Holmestrands nationaldagsfirande 2002.",
        "- 2014-05-17: Vargöns musikkår vid Holmestrands nationaldagsfirande 2014.",
        "Kommunen planerar 1 resa:",
        # The titles name their towns: no "(Husby)" after "i Husby".
        "- 2014-09-19–2014-09-21: Planeringsseminarium för vänortskedjan i Husby (Sydslesvig).",
        "Ännu inte genomfört:",
    ]
    # The school's request that waits, with its "våren 2014" in the register's own words.
    assert activities[7].startswith(
        "- Förfrågan om skolutbyte mellan Blåsutskolan och en skola i Kangasala. "
        "Våren 2014 frågade lärare på Blåsutskolan"
    )
    assert activities[8] == (
        "2014 fick 3 föreningar bidrag från sina kommuner: Foreningen Norden Herning (16 800 DKK), "
        "Föreningen Norden Husby (35 000 DKK) och Föreningen Norden Kangasala (okänt belopp)."
    )


def test_the_demo_s_analysis_has_a_line_per_twinning_and_the_signature(demo: Workspace) -> None:
    """Dormant at the municipal level, active at the civil level: the survey's own conclusion."""
    report = _demo_report(demo)
    assert _section(report, "Analys och slutsatser") == [
        "Samarbetet med Herning, Holmestrand, Siglufjörður, Kangasala, 15 landkommuner, Eiði, "
        "Arsuk och Husby är vilande på kommunal nivå och aktivt på civil nivå. Samarbetet med "
        "Lich och Omaruru är nystartat på både kommunal och civil nivå. Där vänortsarbetet "
        "lever bärs det alltså av föreningarna, inte av kommunen.",
        "Varje vänortsförbindelses status bedöms per nivå för de senaste fyra åren: på "
        "kommunal nivå räknas resor, aktiviteter som kommunen deltog i, åtgärder enligt avtal "
        "och beslut, på civil nivå föreningars och skolors aktiviteter och vänortskedjans möten; "
        "en nivå är aktiv med minst 4 kontakter, sporadisk med minst 1 kontakt, vilande utan "
        "kontakt och nystartad om förbindelsen inleddes under de senaste fem åren; samordnarens "
        "bedömning "
        "visas först.",
        "Underlaget redovisas i en bilaga.",
    ]
    section = next(
        b for b in report.body if isinstance(b, Section) and b.heading == "Analys och slutsatser"
    )
    table = next(b for b in section.content if isinstance(b, Table))
    assert len(table.rows) == 10  # one line per twinning, not one per piece of evidence
    assert table.rows[0] == ["Herning", "vilande", "aktiv", "inga kommunala kontakter, 4 civila"]
    signature = [b for b in report.body if isinstance(b, Paragraph)]
    assert [p.text for p in signature] == ["Erik Sandberg\nInternationell samordnare"]


def test_a_status_period_of_whole_years_reads_as_years(demo: Workspace, tmp_path: Path) -> None:
    """A mapping of 1946–2013 written later judges 2010–2013: said so, not "2010-01-01"."""
    content = _commissioned(new_content(demo.database, today=SURVEY_DAY))
    content = replace(content, scope=replace(content.scope, period_to=2013))
    report = build_document(content, gather(demo.database, content, today=date(2026, 11, 22)))
    target = tmp_path / "kartläggning.pdf"
    render_pdf(report, target)
    text = " ".join(" ".join(page_texts(target)).replace(NBSP, " ").split())
    assert (
        "Status för varje vänortsförbindelse under 2010–2013, på kommunal och civil nivå." in text
    )
    assert "Varje vänortsförbindelses status bedöms per nivå för 2010–2013:" in text
    assert "2010-01-01" not in text and "2013-12-31" not in text


def test_a_report_printed_later_judges_the_years_up_to_its_own_day(demo: Workspace) -> None:
    """The survey's mapping of 1946–2014, dated 2014-08-29, printed in 2026: the status period
    is the four years up to its own day, as when it was written, not the year's rest after it."""
    content = _commissioned(new_content(demo.database, today=SURVEY_DAY))
    later = gather(demo.database, content, today=date(2026, 11, 22))
    assert later.status_period == (date(2010, 8, 30), SURVEY_DAY)
    assert later.status_period == gather(demo.database, content, today=SURVEY_DAY).status_period


def test_the_demo_s_sources_are_the_register_s_not_the_file_or_the_report(
    demo: Workspace,
) -> None:
    """Decisions with § and registry number; never the database file or the survey itself."""
    sources = _section(_demo_report(demo), "Källförteckning")
    assert (
        "- Styrgruppen för internationellt arbete: Uppdrag att kartlägga kommunens "
        "vänortsförbindelser (KS 2014/187, 2014-04-23)"
    ) in sources
    assert "- Kommunfullmäktige: Policy för vänortssamarbete (KS 2007/607, § 94, 2008-06-18)" in (
        sources
    )
    joined = " ".join(sources)
    assert "sqlite3" not in joined and "Vänortsregistret i databasen" not in joined
    assert "Kartläggning av Vänersborgs vänortsförbindelser" not in joined


def test_the_survey_is_not_its_own_source_in_english_either(demo: Workspace) -> None:
    """The register's Swedish reference to the 2014 mapping is this report, whatever the language."""
    set_language("en")
    sources = " ".join(_section(_demo_report(demo), "Sources"))
    assert "Municipal council: Policy för vänortssamarbete" in sources
    assert "Kartläggning av Vänersborgs vänortsförbindelser" not in sources


def test_the_demo_s_fact_sheets_are_short_and_without_coordinates(demo: Workspace) -> None:
    """Fact sheets flow several to a page; coordinates only when she asks for them."""
    report = _demo_report(demo)
    appendix = next(b for b in report.body if isinstance(b, Section) and b.heading == "Bilagor")
    first = appendix.content[0]
    assert isinstance(first, Section)
    sheets = [b for b in first.content if isinstance(b, FactSheet)]
    assert len(sheets) == len(first.content) == 10  # no page break between them
    herning = dict(sheets[0].facts)
    assert herning["Status"] == "vilande på kommunal nivå, aktiv på civil nivå"
    assert "Koordinater" not in herning
    content = new_content(demo.database, today=SURVEY_DAY)
    content = replace(content, appendix=Appendix(coordinates=True))
    asked = gather(demo.database, content, today=SURVEY_DAY)
    assert dict(asked.fact_sheets[0].facts)["Koordinater"] == "56.1393, 8.9738"


def test_no_sentence_is_printed_more_than_twice(demo: Workspace, ekeby: Workspace) -> None:
    """A board reads each thing once: no sentence three times in either report."""
    for report in (_demo_report(demo), _ekeby_report(ekeby, author="Sara Lind")):
        counts = Counter(_sentences(report))
        repeated = {s: n for s, n in counts.items() if n > 2}
        assert not repeated, repeated


def test_a_final_report_has_no_placeholder_and_a_draft_asks_for_what_is_missing(
    demo: Workspace,
) -> None:
    """The draft asks for the commission and the signature; the final one never shows "["."""
    content = new_content(demo.database, today=SURVEY_DAY)
    data = gather(demo.database, content, today=SURVEY_DAY)
    draft = build_document(content, data, draft=True)
    assert _section(draft, "Uppdrag") == [
        "[Skriv här: vem som gav uppdraget till kartläggningen, inför vilket tillfälle och i "
        "vilket syfte.]"
    ]
    assert draft.registry_no == "" and draft.author == ""  # never a placeholder in the header
    assert draft.subtitle.endswith("Utkast\nDiarienummer och handläggare saknas ännu.")
    final = build_document(content, data, draft=False)
    text = " ".join(_texts(list(final.body)))
    assert "[" not in text and "Uppdrag" not in _headings(final)
    # Only the commission's occasion given: the draft asks for the rest, field by field.
    partly = replace(content, commission=Commission(occasion="kommunstyrelsens möte i maj"))
    assert _section(build_document(partly, data, draft=True), "Uppdrag") == [
        "Kommunens vänortsförbindelser har kartlagts inför kommunstyrelsens möte i maj.",
        "[Skriv här: vem som gav uppdraget.]",
        "[Skriv här: kartläggningens syfte.]",
    ]


def test_her_own_text_is_printed_instead_of_the_drafted_one(demo: Workspace) -> None:
    """What she wrote stands; the program never rewrites it."""
    content = new_content(demo.database, today=SURVEY_DAY)
    content = replace(
        content,
        commission=Commission(text="Uppdraget kom muntligt från kommundirektören."),
        history=replace(content.history, text="Allt startade 1946.\n\nSedan dess har mycket hänt."),
    )
    report = build_document(content, gather(demo.database, content, today=SURVEY_DAY), draft=False)
    assert _section(report, "Uppdrag") == ["Uppdraget kom muntligt från kommundirektören."]
    assert _section(report, "Historik") == ["Allt startade 1946.", "Sedan dess har mycket hänt."]


# ---------------------------------------------------------------- Ekeby


def test_ekeby_a_single_twin_town_an_ended_twinning_and_no_association(
    ekeby: Workspace,
) -> None:
    """Nuuk on Greenland, Põltsamaa ended in 2009 with its reason, no network sentences at all."""
    report = _ekeby_report(ekeby, author="Sara Lind", registry_no="KS 2024/77")
    assert _headings(report) == [
        "Metod och avgränsning",
        "Historik",
        "Våra vänorter",
        "Avtal",
        "Aktiviteter",
        "Omvärldsperspektiv",
        "Analys och slutsatser",
        "Rekommendationer",
        "Källförteckning",
        "Bilagor",
    ]
    assert _section(report, "Metod och avgränsning") == [
        "Kartläggningen bygger på kommunens vänortsregister och på 2 beslut och 1 avtal ur "
        "kommunens diarium. En fullständig källförteckning finns i slutet av rapporten.",
        "Kartläggningen omfattar vänorten Nuuk. Den avser åren 2021–2023. Statusen för varje "
        "vänortsförbindelse bedöms utifrån vad registret innehåller för 2021–2023: möten, "
        "aktiviteter, resor och beslut.",
        "Vänortsförbindelsen med Põltsamaa avslutades 2009 och tas bara upp i historiken.",
    ]
    assert _section(report, "Historik") == [
        "1992 inleddes förbindelsen med Põltsamaa i Estland, som vänskapsort. 1995 knöts den "
        "första kontakten med Nuuk på Grönland. 1996-06-12 blev Nuuk vänort till Ekeby.",
        "2009 avslutades vänortsförbindelsen med Põltsamaa. Põltsamaa slogs samman med "
        "grannkommunerna och avslutade samarbetet.",
    ]
    assert _section(report, "Våra vänorter") == [
        "Ekeby har vänortsförbindelser med Nuuk på Grönland.",
        "För kortfattad information om varje vänort, se bilaga 1.",
    ]
    assert _section(report, "Avtal") == [
        "Kommunen har ett gällande avtal med Nuuk: Vänortsavtal Ekeby–Nuuk."
    ]
    assert _section(report, "Aktiviteter") == [
        "Registret innehåller 2 aktiviteter med vänorterna:",
        "- 2021-05-10: Elevutbyte med gymnasiet i Nuuk.",
        "- 2022-08-15: Ekeby kammarkör sjunger i Nuuk.",
        "Kommunen har gjort 1 resa:",
        "- 2023-03-06–2023-03-09: Tjänsteresa till Nuuk om klimatsamarbete.",
    ]
    assert _section(report, "Analys och slutsatser")[0] == (
        "Samarbetet med Nuuk är sporadiskt på både kommunal och civil nivå."
    )


def test_ekeby_s_recommendations_come_from_the_term_evaluation(ekeby: Workspace) -> None:
    """A headed paragraph per recommendation, with the evaluation's reasons; signed with her title."""
    report = _ekeby_report(ekeby, author="Sara Lind")
    assert _section(report, "Rekommendationer") == [
        "Rekommendationerna bygger på utvärderingen av vänortsförbindelserna för mandatperioden "
        "2018–2022.",
        "## Utveckla vänortsförbindelsen med Nuuk",
        "Nuuk: Utbytet har gett eleverna kunskap om klimatfrågor i Arktis.",
    ]
    # Her title is found among the register's people when the commission does not give one.
    signature = [b.text for b in report.body if isinstance(b, Paragraph)]
    assert signature == ["Sara Lind\nKanslichef"]
    titled = _ekeby_report(ekeby, author="Sara Lind", author_title="Internationell strateg")
    assert [b.text for b in titled.body if isinstance(b, Paragraph)] == [
        "Sara Lind\nInternationell strateg"
    ]


def test_ekeby_reads_as_well_in_english(ekeby: Workspace) -> None:
    """The same templates in English: "in Greenland", "1 trip", a whole sentence each."""
    set_language("en")
    report = _ekeby_report(ekeby, author="Sara Lind")
    assert _section(report, "History") == [
        "In 1992 the twinning with Põltsamaa in Estonia began, as a friendship town. In 1995 "
        "the first contact with Nuuk in Greenland was made. On 1996-06-12 Nuuk became a twin "
        "town of Ekeby.",
        "In 2009 the twinning with Põltsamaa ended. Põltsamaa slogs samman med grannkommunerna "
        "och avslutade samarbetet.",
    ]
    assert _section(report, "Activities")[3] == "The municipality made 1 trip:"
    assert _section(report, "Analysis and conclusions")[0] == (
        "The cooperation with Nuuk is sporadic at both levels."
    )


def test_an_empty_register_gives_a_short_final_report_without_bare_headings(
    tmp_path: Path,
) -> None:
    """Nothing to say: the sections say so in a sentence, or are left out; never a bare heading."""
    ws = Workspace.create(tmp_path / "tom.sqlite3", municipality="Tomby kommun")
    try:
        content = new_content(ws.database, today=EKEBY_TODAY)
        report = build_document(
            content, gather(ws.database, content, today=EKEBY_TODAY), draft=False
        )
    finally:
        ws.close()
    # Every new register holds the national reference facts, so the outlook is drafted.
    assert _headings(report) == [
        "Metod och avgränsning",
        "Våra vänorter",
        "Avtal",
        "Aktiviteter",
        "Omvärldsperspektiv",
        "Källförteckning",
    ]
    assert _section(report, "Våra vänorter") == ["Inga vänorter ingår i kartläggningen."]
    assert _section(report, "Avtal") == ["Inga avtal med vänorterna finns registrerade."]
    assert _section(report, "Källförteckning")[0] == (
        "- Sveriges Kommuner och Landsting (SKL): Enkät om medlemmarnas vänortskontakter i "
        "Norden, EU och övriga världen (2011)"
    )
    assert not any(line.startswith("Källor:") for line in _section(report, "Omvärldsperspektiv"))


# ---------------------------------------------------------------- the grammar


def test_counts_and_places_take_the_right_swedish_forms() -> None:
    """ "1 vänort", "2 vänorter"; "på" for Åland, Iceland, the Faroes, Greenland; "i" elsewhere."""
    assert twin_towns(1) == "1 vänort"
    assert twin_towns(2) == "2 vänorter"
    assert twin_towns(1135) == f"1{NBSP}135 vänorter"
    assert in_area("Åland", "AX") == "på Åland"
    assert in_area("Island", "IS") == "på Island"
    assert in_area("Färöarna", "FO") == "på Färöarna"
    assert in_area("Grönland", "GL") == "på Grönland"
    assert in_area("Sydslesvig", None) == "i Sydslesvig"
    assert in_area("Danmark", "DK") == "i Danmark"
    assert town_in_area("15 landkommuner", "Åland", "AX") == "15 landkommuner på Åland"
    assert town_in_area("Husby", "Sydslesvig", None) == "Husby i Sydslesvig"


def test_an_activity_names_its_towns_after_it_unless_its_title_already_does() -> None:
    """ "(Herning)" tells where a choir exchange went; after "… i Herning" it would repeat it."""
    from app.mapping.data import ActivityFacts
    from app.mapping.prose_findings import _activity_line

    named = ActivityFacts("activity", 1, "Körutbyte i Herning", "culture", ("Herning",))
    unnamed = ActivityFacts("activity", 2, "Körutbyte", "culture", ("Herning", "Husby"))
    day = date(2013, 5, 4)
    assert _activity_line(replace(named, start=day)) == "2013-05-04: Körutbyte i Herning."
    assert _activity_line(replace(unnamed, start=day)) == (
        "2013-05-04: Körutbyte (Herning och Husby)."
    )
