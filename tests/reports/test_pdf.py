"""The PDF renderer: hostile text comes out literally, pages are numbered, long work is safe."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports import (
    UNKNOWN,
    Cancelled,
    Figure,
    Letterhead,
    MapPlace,
    Paragraph,
    Picture,
    ReportDocument,
    Section,
    Table,
    TownMap,
    render_pdf,
)
from tests.reports.helpers import (
    BELL,
    BELL_CLEANED,
    HOSTILE,
    LONG_NOTE_END,
    long_note,
    page_count,
    page_texts,
    squeeze,
    tiny_png,
)
from tests.reports.sample_documents import CHAIN, hostile_report, mapping_report


def _document(body: list, **kwargs: object) -> ReportDocument:
    fields: dict = {
        "title": "Testrapport",
        "letterhead": Letterhead("Vänersborgs kommun"),
        "date": date(2026, 11, 22),
        "registry_no": "KS 2026/7",
    }
    fields.update(kwargs)
    return ReportDocument(body=body, **fields)


def _long_body(chapters: int = 6) -> list:
    filler = "Vänorterna träffas vartannat år och turas om att stå värd för mötet. " * 40
    return [
        Section(f"Kapitel {n}", [Paragraph(filler), Section(f"Avsnitt {n}.1", [Paragraph(filler)])])
        for n in range(1, chapters + 1)
    ]


def _numbered_rows(count: int) -> list[list[object]]:
    return [[f"Ort nummer {n}", n, date(2026, 1, 1 + n % 28)] for n in range(1, count + 1)]


def test_hostile_strings_come_back_literally(out: Path) -> None:
    """Formulas, tags, ampersands, CJK and Nordic letters print exactly as typed; controls go."""
    target = out / "hostile.pdf"
    render_pdf(hostile_report(long_note()), target)
    text = " ".join(page_texts(target))
    for hostile in HOSTILE:
        assert hostile in text, hostile
    assert "Smith & Co <AB>" in text  # in the title, footer and table
    assert BELL_CLEANED in text
    assert BELL not in text
    assert "&amp;" not in text and "&lt;" not in text  # no double escaping


def test_a_40000_character_note_prints_to_its_end(out: Path) -> None:
    """The whole note is laid out over several pages, down to its last word."""
    target = out / "note.pdf"
    render_pdf(_document([Paragraph("Före."), *hostile_report(long_note()).body]), target)
    texts = page_texts(target)
    assert LONG_NOTE_END in texts[-1]
    assert page_count(target) >= 8


def test_a_note_without_spaces_prints_too(out: Path) -> None:
    """40 000 letters without a space cannot be broken at words and must still fit."""
    from app.reports import Note

    target = out / "word.pdf"
    render_pdf(_document([Note("x" * 39_990 + "SLUT")]), target)
    assert "SLUT" in page_texts(target)[-1]


def test_every_page_has_letterhead_and_page_x_of_y(out: Path) -> None:
    """The municipality heads every page and the foot counts "Page X of N"."""
    target = out / "pages.pdf"
    render_pdf(_document(_long_body()), target)
    texts = page_texts(target)
    assert len(texts) > 5
    for number, text in enumerate(texts, start=1):
        assert "Vänersborgs kommun" in text
        assert f"Page {number} of {len(texts)}" in text


def test_swedish_footer_and_numbered_captions(out: Path, report_swedish: None) -> None:
    """With Swedish chosen: "Sida 1 av N", "Tabell 1:", "Figur 1:" and "uppgift saknas"."""
    target = out / "svenska.pdf"
    render_pdf(mapping_report(), target)
    texts = page_texts(target)
    assert f"Sida 1 av {len(texts)}" in texts[0]
    joined = " ".join(texts)
    assert "Tabell 1: Vänorterna" in joined
    assert "Tabell 2: Bidrag" in joined
    assert "Figur 1: Vänorternas geografiska placering" in joined
    assert "uppgift saknas" in joined
    assert "Diarienummer KS 2023/329" in texts[0]


def test_the_chain_table_has_its_total_row(out: Path) -> None:
    """Figur 1 of the survey: nine towns, Eiði unknown, and the total 1135 last."""
    target = out / "chain.pdf"
    render_pdf(mapping_report(), target)
    text = " ".join(page_texts(target))
    assert re.search(r"Eiði Färöarna 1978 unknown", text)
    assert re.search(r"Husby \(dansk\) Sydslesvig 1988 340 Totalt 1135", text)
    assert "Table 1: Vänorterna" in text


def test_a_long_table_repeats_its_header_on_every_page(out: Path) -> None:
    """Rows run over pages; each page of the table starts with the header row."""
    table = Table(
        columns=("Ortnamn", "Löpnummer", "Datum"),
        rows=_numbered_rows(400),
        total=["Summa", sum(range(1, 401)), None],
        caption="Många orter",
    )
    target = out / "long.pdf"
    render_pdf(_document([table]), target)
    texts = page_texts(target)[1:]  # after the title page
    assert len(texts) >= 5
    for text in texts:
        assert "Ortnamn Löpnummer Datum" in text
    # Every row printed once, in order, and the total at the end.
    joined = " ".join(texts)
    numbers = [int(n) for n in re.findall(r"Ort nummer (\d+) ", joined)]
    assert numbers == list(range(1, 401))
    assert "Summa 80,200" in texts[-1]  # grouped as English groups (the test runs in English)
    assert joined.count("Table 1: Många orter") == 1


def test_long_cell_texts_wrap_inside_their_column(out: Path) -> None:
    """A long remark wraps onto more lines instead of running over its neighbour."""
    remark = "Besöket gällde skolutbyte, kultur och idrott under hela veckan. " * 8
    table = Table(columns=("Ort", "Anteckning", "År"), rows=[["Arsuk", remark, 1987]])
    target = out / "wrap.pdf"
    render_pdf(_document([table]), target)
    reader = PdfReader(str(target))
    lines = reader.pages[1].extract_text().splitlines()
    remark_lines = [line for line in lines if "skolutbyte" in line or "idrott" in line]
    assert len(remark_lines) >= 4  # wrapped over several lines
    assert squeeze(remark) in squeeze(reader.pages[1].extract_text())


def _contents_entries(path: Path) -> list[tuple[str, int]]:
    """(heading, page number) pairs of the contents page, in the order they are listed."""
    headings: list[str] = []
    numbers: list[int] = []

    def visit(text: str, *_args: object) -> None:
        text = text.strip()
        if re.fullmatch(r"\d+", text):
            numbers.append(int(text))
        elif re.fullmatch(r"(Kapitel|Avsnitt) [\d.]+", text):
            headings.append(text)

    PdfReader(str(path)).pages[1].extract_text(visitor_text=visit)
    assert len(headings) == len(numbers)
    return list(zip(headings, numbers, strict=True))


def test_contents_page_for_a_long_document_with_right_page_numbers(out: Path) -> None:
    """A long paper gets "Contents" on page 2, each entry with the page its heading is on."""
    target = out / "toc.pdf"
    render_pdf(_document(_long_body()), target)
    texts = page_texts(target)
    assert "Contents" in texts[1]
    entries = _contents_entries(target)
    assert [heading for heading, _ in entries][:4] == [
        "Kapitel 1",
        "Avsnitt 1.1",
        "Kapitel 2",
        "Avsnitt 2.1",
    ]
    assert len(entries) == 12
    for heading, listed_page in entries:
        pages_with_heading = [
            number
            for number, text in enumerate(texts, start=1)
            if number > 2 and re.search(rf"{re.escape(heading)} Vänorterna", text)
        ]
        assert pages_with_heading == [listed_page], heading


def test_no_contents_page_for_a_short_document(out: Path) -> None:
    """A one-page paper has sections but no table of contents."""
    target = out / "short.pdf"
    render_pdf(_document([Section("Kort", [Paragraph("En sida räcker.")])]), target)
    texts = page_texts(target)
    assert len(texts) == 2  # title page and one page of text
    assert not any("Contents" in text for text in texts)


def test_headings_become_bookmarks_pointing_at_their_pages(out: Path) -> None:
    """The PDF outline lists the chapters and each opens the page the chapter is on."""
    target = out / "outline.pdf"
    render_pdf(_document(_long_body(3)), target)
    reader = PdfReader(str(target))
    texts = page_texts(target)
    top_level = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top_level] == ["Kapitel 1", "Kapitel 2", "Kapitel 3"]
    for item in top_level:
        page = reader.get_destination_page_number(item)
        assert f"{item.title} Vänorterna" in texts[page]


def test_logo_is_printed_on_every_page(out: Path) -> None:
    """The letterhead logo appears as an image on each page."""
    target = out / "logo.pdf"
    document = _document(
        _long_body(2), letterhead=Letterhead("Vänersborgs kommun", logo_png=tiny_png())
    )
    render_pdf(document, target)
    reader = PdfReader(str(target))
    assert all(len(page.images) >= 1 for page in reader.pages)


def test_a_broken_logo_or_picture_does_not_stop_the_export(out: Path) -> None:
    """Bytes that are no PNG leave the logo out and put a note where the picture was."""
    target = out / "broken.pdf"
    document = _document(
        [Figure(Picture(b"not a png"), caption="Bild")],
        letterhead=Letterhead("Vänersborgs kommun", logo_png=b"\x89PNG broken"),
    )
    render_pdf(document, target)
    text = " ".join(page_texts(target))
    assert "[The picture could not be read.]" in text
    assert "Figure 1: Bild" in text


def test_a_picture_figure_is_drawn(out: Path) -> None:
    """A PNG figure is embedded with its numbered caption below."""
    target = out / "picture.pdf"
    render_pdf(
        _document([Figure(Picture(tiny_png(300, 150), width_mm=80), caption="Logga")]), target
    )
    reader = PdfReader(str(target))
    assert len(reader.pages[1].images) == 1
    assert "Figure 1: Logga" in page_texts(target)[1]


def test_the_town_map_labels_every_place(out: Path) -> None:
    """The map numbers and names each town, CJK names included, Latin letters intact."""
    places = [MapPlace(name, lat, lon) for name, _a, _y, _m, lat, lon in CHAIN]
    places.append(MapPlace("江差町 (Esashi)", 41.87, 140.13))
    target = out / "map.pdf"
    render_pdf(_document([Figure(TownMap(places), caption="Karta")]), target)
    text = page_texts(target)[1]
    for number, place in enumerate(places, start=1):
        assert f"{number} {place.name}" in text


def test_cancelling_leaves_no_file_and_keeps_the_old_one(out: Path) -> None:
    """A cancel part-way raises Cancelled; the earlier export and the folder stay as they were."""
    target = out / "register.pdf"
    target.write_bytes(b"the export of last week")
    asked = []

    def cancel_on_tenth_question() -> bool:
        asked.append(1)
        return len(asked) >= 10

    table = Table(columns=("Ort", "Nr", "Datum"), rows=_numbered_rows(2000))
    with pytest.raises(Cancelled):
        render_pdf(_document([table]), target, is_cancelled=cancel_on_tenth_question)
    assert target.read_bytes() == b"the export of last week"
    assert sorted(p.name for p in out.iterdir()) == ["register.pdf"]


def test_cancel_without_earlier_file_leaves_nothing(out: Path) -> None:
    """No file appears at all when the first export is cancelled."""
    with pytest.raises(Cancelled):
        render_pdf(_document(_long_body()), out / "new.pdf", is_cancelled=lambda: True)
    assert list(out.iterdir()) == []


def test_progress_climbs_to_its_total(out: Path) -> None:
    """Progress never goes back, never claims more than the total, and ends complete."""
    reports: list[tuple[int, int]] = []
    document = _document(
        [*_long_body(), Table(columns=("Ort", "Nr", "Datum"), rows=_numbered_rows(300))]
    )
    render_pdf(
        document, out / "progress.pdf", progress=lambda done, total: reports.append((done, total))
    )
    assert len(reports) > 10
    done_values = [done for done, _ in reports]
    assert done_values == sorted(done_values)
    assert all(done <= total for done, total in reports)
    assert reports[-1][0] == reports[-1][1]


def test_unknown_member_count_reads_as_unknown(out: Path) -> None:
    """The explicit Unknown marker prints as words, not as an empty cell or a zero."""
    target = out / "unknown.pdf"
    render_pdf(_document([Table(columns=("Ort", "Medlemmar"), rows=[["Eiði", UNKNOWN]])]), target)
    assert "Eiði unknown" in page_texts(target)[1]


def test_empty_table_and_empty_body_render(out: Path) -> None:
    """A table without rows prints its header and total; a report without body its title page."""
    target = out / "empty.pdf"
    render_pdf(
        _document([Table(columns=("Ort", "Antal"), rows=[], total=["Summa", 0], caption="Tom")]),
        target,
    )
    assert "Table 1: Tom Ort Antal Summa 0" in page_texts(target)[1]
    bare = out / "bare.pdf"
    render_pdf(_document([]), bare)
    assert page_count(bare) == 1


def test_a_cell_longer_than_a_page_splits_inside_its_row(out: Path) -> None:
    """One cell of 10 000 words runs over pages; the rows after it and the total follow."""
    table = Table(
        columns=("Ort", "Anteckning"),
        rows=[["Arsuk", "ord " * 10_000], ["Nuuk", "kort"]],
        total=["Summa", None],
    )
    target = out / "tall.pdf"
    render_pdf(_document([table]), target)
    texts = page_texts(target)
    assert len(texts) > 4
    joined = " ".join(texts)
    assert re.search(r"Nuuk kort .*Summa", joined)
    assert "Summa" in texts[-1]
    assert sum(text.count("ord") for text in texts) == 10_000


def test_maps_of_one_place_and_near_the_pole(out: Path) -> None:
    """A single town and a town at 89.9°N are both drawn and labelled."""
    target = out / "edges.pdf"
    document = _document(
        [
            Figure(TownMap([MapPlace("Nuuk", 64.18, -51.72)]), caption="En ort"),
            Figure(
                TownMap([MapPlace("Nordpolen", 89.9, 0.0), MapPlace("Longyearbyen", 78.2, 15.6)])
            ),
        ]
    )
    render_pdf(document, target)
    text = " ".join(page_texts(target))
    assert "1 Nuuk" in text and "Figure 1: En ort" in text
    assert "1 Nordpolen" in text and "2 Longyearbyen" in text and "Figure 2" in text


def test_map_drawing_stays_inside_its_size() -> None:
    """The drawing is as wide as asked and never taller than allowed; bad coordinates refused."""
    from app.reports.map_figure import draw_town_map

    places = [MapPlace(name, lat, lon) for name, _a, _y, _m, lat, lon in CHAIN]
    drawing = draw_town_map(places, 400, 250)
    assert drawing.width == pytest.approx(400)
    assert 0.45 * 400 - 1e-6 <= drawing.height <= 250
    with pytest.raises(ValueError):
        draw_town_map([MapPlace("Fel", 95.0, 0.0)], 400, 250)
    with pytest.raises(ValueError):
        draw_town_map([], 400, 250)


def test_absurdly_long_texts_everywhere_still_render(out: Path) -> None:
    """Thousands of characters in title, headings, captions, headers, labels: no layout error."""
    from app.reports import BulletList, FactSheet, Note, PersonalDataStatement

    document = _document(
        [
            Section("Rubrik " * 3000, [Paragraph("x")]),
            Section(
                "B",
                [
                    FactSheet("F" * 5000, [("k" * 5000, "v" * 20_000)]),
                    BulletList(["b" * 9000]),
                    Table(columns=["h" * 3000, "x"], rows=[["a", "b"]], caption="c" * 5000),
                    Figure(TownMap([MapPlace("M" * 3000, 1.0, 1.0)]), caption="f" * 9000),
                    Note("n" * 100, label="l" * 9000),
                ],
            ),
        ],
        title="T" * 3000,
        subtitle="S " * 3000,
        author="A" * 5000,
        registry_no="R" * 300,
        letterhead=Letterhead("K" * 500, lines=["L" * 900]),
        personal_data=PersonalDataStatement(["p" * 9000]),
    )
    target = out / "absurd.pdf"
    render_pdf(document, target)
    text = " ".join(page_texts(target))
    assert "Rubrik Rubrik" in text  # the cut heading, then the whole heading as text
    assert text.count("Rubrik") >= 3000
    assert "1 MMMM" in text
