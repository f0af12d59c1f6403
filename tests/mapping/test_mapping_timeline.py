"""The mapping report's pictures: the twinnings' timeline and the member chart.

The figures are checked through the data they are drawn from and the texts the
drawing holds, not through pixels; the PDF and Word files are checked for the
caption and, in Word, for the picture itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from reportlab.graphics.shapes import Circle, Drawing, Group, PolyLine, String

from app.i18n import set_language
from app.mapping import build_document, gather, new_content
from app.mapping.data import MappingData
from app.reports.document import (
    Figure,
    MemberChart,
    ReportDocument,
    Section,
    Table,
    TwinningTimeline,
    iter_blocks,
)
from app.reports.docx import render_docx
from app.reports.pdf import render_pdf
from app.reports.timeline_figure import draw_member_chart, draw_twinning_timeline
from app.services.records import Town, Twinning
from app.workspace import Workspace
from tests.reports.helpers import page_texts, squeeze

SURVEY_DAY = date(2014, 8, 29)
TIMELINE_CAPTION_START = "Vänortsförbindelserna från första kontakten"

# The demo's twin towns, from the survey (seeds/004): the chain's members in the
# order they joined, Utajärvi who left in 1976, and the two outside the chain.
DEMO_TOWNS = {
    "Herning",
    "Holmestrand",
    "Utajärvi",
    "Siglufjörður",
    "15 landkommuner",
    "Kangasala",
    "Eiði",
    "Arsuk",
    "Husby",
    "Lich",
    "Omaruru",
}
CHAIN = DEMO_TOWNS - {"Utajärvi", "Lich", "Omaruru"}


@pytest.fixture(autouse=True)
def swedish() -> Iterator[None]:
    """The report in Swedish."""
    set_language("sv")
    yield
    set_language("sv")


def _demo(demo: Workspace) -> tuple[MappingData, ReportDocument]:
    content = new_content(demo.database, today=SURVEY_DAY)
    data = gather(demo.database, content, today=SURVEY_DAY)
    return data, build_document(content, data)


def _section(document: ReportDocument, heading: str) -> Section:
    for block in iter_blocks(document.body):
        if isinstance(block, Section) and block.heading == heading:
            return block
    raise AssertionError(f"no section {heading!r}")


def _timeline_caption(document: ReportDocument) -> str:
    return next(
        b.caption
        for b in iter_blocks(document.body)
        if isinstance(b, Figure) and isinstance(b.content, TwinningTimeline)
    )


def _figures(section: Section) -> list[Figure]:
    return [b for b in iter_blocks(section.content) if isinstance(b, Figure)]


def _strings(group: Group) -> list[String]:
    found: list[String] = []
    for shape in group.contents:
        if isinstance(shape, Group):
            found += _strings(shape)
        elif isinstance(shape, String):
            found.append(shape)
    return found


def _timeline(document: ReportDocument) -> TwinningTimeline:
    figures = [f for f in iter_blocks(document.body) if isinstance(f, Figure)]
    timelines = [f.content for f in figures if isinstance(f.content, TwinningTimeline)]
    assert len(timelines) == 1
    return timelines[0]


def test_the_demo_s_history_shows_one_bar_per_twinning_and_utajarvi_ends_in_1976(
    demo: Workspace,
) -> None:
    """The analysis holds the timeline: every twin town once, the earliest first, Utajärvi's end."""
    _data, document = _demo(demo)
    assert _figures(_section(document, "Historik")) == []
    figures = _figures(_section(document, "Analys och slutsatser"))
    assert len(figures) == 1
    figure = figures[0]
    assert isinstance(figure.content, TwinningTimeline)
    assert figure.caption.startswith(TIMELINE_CAPTION_START)
    rows = list(figure.content.rows)
    assert {row.town for row in rows} == DEMO_TOWNS
    assert len(rows) == len(DEMO_TOWNS)
    assert rows[0].town == "Herning" and rows[0].start_written == "1946"
    assert [row.start for row in rows] == sorted(row.start for row in rows)
    utajarvi = next(row for row in rows if row.town == "Utajärvi")
    assert utajarvi.end is not None and utajarvi.end.year == 1976
    assert utajarvi.end_written == "1976"
    assert all(span.start <= utajarvi.end for span in utajarvi.spans)
    assert [row.town for row in rows if row.end is not None] == ["Utajärvi"]
    assert figure.content.today == SURVEY_DAY


def test_the_demo_s_bars_carry_chain_meetings_activities_and_statuses(demo: Workspace) -> None:
    """Chain members have the meetings as marks, the towns outside the chain none."""
    _data, document = _demo(demo)
    rows = {row.town: row for row in _timeline(document).rows}
    for town in CHAIN:
        assert {day.year for day in rows[town].meetings} >= {2007, 2013}, town
    for town in ("Lich", "Omaruru", "Utajärvi"):
        assert not rows[town].meetings, town
    assert rows["Holmestrand"].activities
    assert not rows["Eiði"].activities
    for row in rows.values():
        assert row.spans, row.town
        assert {span.status for span in row.spans} <= {"active", "new", "sporadic", "dormant"}
        # The spans follow each other and stay on the bar.
        assert [s.start for s in row.spans] == sorted(s.start for s in row.spans)
        assert row.spans[0].start >= row.start
    # Her judgement is the status of the latest period (the demo's chain is judged dormant).
    assert rows["Herning"].spans[-1].status == "dormant"


def test_the_demo_s_local_branch_has_a_member_chart_and_the_national_one_none(
    demo: Workspace,
) -> None:
    """A chart only where the register holds two or more counts: the branch's 2013 and 2014.

    It stands under the table of towns, whose last column is this year's members.
    """
    _data, document = _demo(demo)
    assert _figures(_section(document, "Föreningen Norden Vänersborg")) == []
    branch = [
        f
        for f in _figures(_section(document, "Våra vänorter"))
        if isinstance(f.content, MemberChart)
    ]
    assert len(branch) == 1
    chart = branch[0].content
    assert isinstance(chart, MemberChart)
    assert [tuple(s.counts) for s in chart.series] == [((2013, 100), (2014, 100))]
    assert branch[0].caption == "Antal medlemmar i Föreningen Norden Vänersborg år för år."
    assert _figures(_section(document, "Föreningen Norden")) == []


def test_the_pdf_and_the_word_file_hold_the_timeline_and_its_caption(
    demo: Workspace, tmp_path: Path
) -> None:
    """The caption is in both; Word holds the figures as pictures in the text.

    As in the survey, tables and pictures are numbered in one series, in reading
    order: the first table of towns is Figur 1, and no caption says "Tabell".
    """
    _data, document = _demo(demo)
    pdf, docx = tmp_path / "m.pdf", tmp_path / "m.docx"
    render_pdf(document, pdf)
    render_docx(document, docx)
    numbered = [b for b in iter_blocks(document.body) if isinstance(b, Table | Figure)]
    assert isinstance(numbered[0], Table) and numbered[0].caption.startswith("Orterna")
    timeline_no = 1 + next(
        i
        for i, b in enumerate(numbered)
        if isinstance(b, Figure) and b.caption == _timeline_caption(document)
    )
    chart_no = 1 + next(
        i
        for i, b in enumerate(numbered)
        if isinstance(b, Figure) and isinstance(b.content, MemberChart)
    )
    assert timeline_no > chart_no > 1
    chart_caption = f"Figur {chart_no}: Antal medlemmar i Föreningen Norden Vänersborg år för år."
    pdf_text = squeeze(" ".join(page_texts(pdf)))
    assert "Figur 1: Orterna i Den nordiska vänortskedjan" in pdf_text
    assert f"Figur {timeline_no}: {TIMELINE_CAPTION_START}" in pdf_text
    assert chart_caption in pdf_text
    assert "Tabell" not in pdf_text
    word = Document(str(docx))
    captions = [squeeze(p.text) for p in word.paragraphs if p.text.startswith("Figur")]
    assert captions[0].startswith("Figur 1: Orterna i Den nordiska vänortskedjan")
    assert captions[timeline_no - 1].startswith(f"Figur {timeline_no}: {TIMELINE_CAPTION_START}")
    assert captions[chart_no - 1] == chart_caption
    # The timeline, the member chart and the chain's map.
    assert len(word.inline_shapes) == 3
    # The picture stands right above its caption.
    paragraphs = word.paragraphs
    first = next(i for i, p in enumerate(paragraphs) if p.text.startswith(f"Figur {timeline_no}:"))
    assert paragraphs[first - 1]._p.xpath(".//pic:pic")


def test_the_timeline_survives_the_final_report_s_snapshot(demo: Workspace) -> None:
    """A final report draws the same figure years later: the rows read back from the JSON."""
    data, _document = _demo(demo)
    again = MappingData.from_json(data.to_json())
    assert again.timeline == data.timeline
    assert len(again.timeline) == len(DEMO_TOWNS)


# ---------------------------------------------------------------- ended one by one


def _one_by_one(path: Path) -> Workspace:
    """A municipality whose twinnings ended one by one: 1975, 1990 and 2005; one goes on."""
    ws = Workspace.create(path, municipality="Åby kommun")
    home = ws.save(Town(name="Åby", country="SE", is_home=True)).id
    assert home is not None
    for name, country, contact, end in (
        ("Skagen", "DK", 1952, date(1975, 3, 1)),
        ("Lieto", "FI", 1960, date(1990, 9, 30)),
        ("Tórshavn", "FO", 1971, date(2005, 12, 31)),
        ("Akureyri", "IS", 1980, None),
    ):
        town = ws.save(Town(name=name, country=country)).id
        assert town is not None
        ws.save(
            Twinning(
                town_a_id=home,
                town_b_id=town,
                kind="twin_town",
                contact_year=contact,
                end_date=end,
                status="ended" if end else "active",
            )
        )
    return ws


def test_twinnings_that_ended_one_by_one_show_bars_ending_at_their_years(
    tmp_path: Path,
) -> None:
    """Each bar stops in its own end year, written after it; the running one reaches today."""
    ws = _one_by_one(tmp_path / "aby.sqlite3")
    try:
        today = date(2024, 6, 30)
        content = new_content(ws.database, today=today)
        # Every twinning in scope, the ended ones too.
        content = replace(
            content,
            scope=replace(
                content.scope,
                twinning_ids=tuple(c.id for c in _choices(ws)),
            ),
        )
        document = build_document(content, gather(ws.database, content, today=today))
    finally:
        ws.close()
    figure = next(
        f
        for f in iter_blocks(document.body)
        if isinstance(f, Figure) and isinstance(f.content, TwinningTimeline)
    )
    assert isinstance(figure.content, TwinningTimeline)
    assert "avslutades det år som står efter den" in figure.caption
    rows = list(figure.content.rows)
    assert [(row.town, row.start_written) for row in rows] == [
        ("Skagen", "1952"),
        ("Lieto", "1960"),
        ("Tórshavn", "1971"),
        ("Akureyri", "1980"),
    ]
    assert [row.end.year if row.end else None for row in rows] == [1975, 1990, 2005, None]
    for row in rows:
        if row.end is not None:
            assert max(span.start for span in row.spans) <= row.end, row.town
    drawing = draw_twinning_timeline(figure.content, 450)
    assert isinstance(drawing, Drawing)
    texts = [s.text for s in _strings(drawing)]
    # The end years stand after the bars; 1975 and 2005 are no ticks of the year axis.
    assert texts.count("1975") == 1 and texts.count("2005") == 1
    assert {"Skagen", "Lieto", "Tórshavn", "Akureyri"} <= set(texts)
    assert drawing.width == 450


def _choices(ws: Workspace) -> list[object]:
    from app.mapping.scope import _twinning_choices

    with ws.database.reading() as session:
        return list(_twinning_choices(session))


def test_the_member_chart_breaks_its_line_at_an_unknown_count() -> None:
    """An unknown year is never drawn as zero: no point of the chart lies on the zero line."""
    from app.reports.document import MemberSeries

    chart = MemberChart((MemberSeries("Norden Åby", ((2010, 120), (2011, None), (2012, 90))),))
    drawing = draw_member_chart(chart, 400)
    texts = [s.text for s in _strings(drawing)]
    assert "Norden Åby" in texts
    assert {"2010", "2012"} <= set(texts)
    shapes = list(drawing.contents)
    dots = [s for s in shapes if isinstance(s, Circle)]
    assert len(dots) == 2  # 2010 and 2012; 2011 has no point
    zero = next(s for s in _strings(drawing) if s.text == "0").y
    assert all(dot.cy > zero + 10 for dot in dots)
    # Each known count stands alone, so no line joins them across the unknown year.
    assert not [s for s in shapes if isinstance(s, PolyLine)]
