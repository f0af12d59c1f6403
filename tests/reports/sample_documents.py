"""Report documents for the tests and for looking at the output by eye.

The twin-town chain is the one in the Vänersborg mapping (seeds/004, Figur 1):
towns, contact years and member counts as printed there; coordinates are
approximate.
"""

from __future__ import annotations

from datetime import date, datetime

from app.reports.document import (
    UNKNOWN,
    Amount,
    BulletList,
    CellValue,
    DataSource,
    FactSheet,
    Figure,
    Letterhead,
    MapPlace,
    Note,
    Paragraph,
    PersonalDataStatement,
    ReportDocument,
    Section,
    Table,
    TownMap,
)

# name, country or area, contact year, member count, latitude, longitude
CHAIN: list[tuple[str, str, int, int | None, float, float]] = [
    ("Vänersborg", "Sverige", 1946, 100, 58.38, 12.32),
    ("Herning", "Danmark", 1946, 230, 56.14, 8.97),
    ("Holmestrand", "Norge", 1947, 100, 59.49, 10.32),
    ("Siglufjörður", "Island", 1949, 30, 66.15, -18.91),
    ("Kangasala", "Finland", 1977, 70, 61.46, 24.07),
    ("15 landkommuner", "Åland", 1977, 250, 60.25, 20.05),
    ("Eiði", "Färöarna", 1978, None, 62.30, -7.09),
    ("Arsuk", "Grönland", 1987, 15, 61.18, -48.45),
    ("Husby (dansk)", "Sydslesvig", 1988, 340, 54.77, 9.62),
]

LETTERHEAD = Letterhead(
    municipality="Vänersborgs kommun",
    lines=("Kommunstyrelseförvaltningen", "462 85 Vänersborg"),
)


def chain_table() -> Table:
    """Figur 1 of the survey as a table, with the member total."""
    rows: list[list[CellValue]] = []
    for name, area, year, members, _lat, _lon in CHAIN:
        rows.append([name, area, year, UNKNOWN if members is None else members])
    known = sum(members for *_, members, _lat, _lon in CHAIN if members is not None)
    return Table(
        columns=("Vänort", "Land (eller område)", "Kontaktår", "Medlemsantal"),
        rows=rows,
        total=["Totalt", None, None, known],
        caption="Vänorterna, år för inträde i vänortskedjan och medlemsantal "
        "i respektive lokalavdelning av Föreningen Norden 2013",
        sheet_name="Vänorter",
    )


def chain_map() -> Figure:
    """The chain's towns on a map."""
    return Figure(
        TownMap(tuple(MapPlace(name, lat, lon) for name, _a, _y, _m, lat, lon in CHAIN)),
        caption="Vänorternas geografiska placering",
    )


def mapping_report() -> ReportDocument:
    """A short mapping report in the shape of the survey, for eyes and tests."""
    facts = [
        FactSheet(
            title=name,
            facts=[
                ("Land eller område", area),
                ("Kontaktår", year),
                ("Medlemsantal 2013", UNKNOWN if members is None else members),
                ("Koordinater", f"{lat:.2f}, {lon:.2f}"),
            ],
        )
        for name, area, year, members, lat, lon in CHAIN
    ]
    return ReportDocument(
        title="Kartläggning av Vänersborgs vänorter",
        subtitle="Underlag till styrgruppen för internationellt arbete",
        date=date(2026, 11, 22),
        registry_no="KS 2023/329",
        author="Internationell samordnare",
        letterhead=LETTERHEAD,
        description="Kartläggning av kommunens vänorter: historik, avtal, aktiviteter och "
        "rekommendationer.",
        source=DataSource("vanort.sqlite3", {"Vänortskedja": "Nordiska kedjan", "Status": "aktiv"}),
        personal_data=PersonalDataStatement(),
        created_at=datetime(2026, 11, 22, 9, 30),
        body=[
            Section(
                "Uppdrag",
                [
                    Paragraph(
                        "Kartläggningen beskriver kommunens vänortsförbindelser och ska "
                        "ligga till grund för ett beslut om hur arbetet ska bedrivas framåt.",
                        notes=["Uppdraget gavs av kommunstyrelsen."],
                    ),
                ],
            ),
            Section(
                "Våra vänorter",
                [
                    Paragraph(
                        "Vänersborg ingår i en vänortskedja med nio orter och områden i "
                        "hela Norden. Tabellen visar när orterna anslöt och hur många "
                        "medlemmar lokalavdelningarna har."
                    ),
                    chain_table(),
                    chain_map(),
                    Note("Medlemsantalet för Eiði saknas i underlaget.", label="Obs"),
                    Section(
                        "Bidrag",
                        [
                            Paragraph("Tre föreningar får bidrag från sin kommun."),
                            BulletList(
                                [
                                    "Herning: " + "16 800 DKK",
                                    "Husby: 35 000 DKK",
                                    "Kangasala: okänd summa",
                                ]
                            ),
                            Table(
                                columns=("Förening", "Bidrag"),
                                rows=[
                                    ["Herning", Amount(16800, "DKK")],
                                    ["Husby", Amount(35000, "DKK")],
                                    ["Kangasala", UNKNOWN],
                                    ["Vänersborg", Amount(10000)],
                                ],
                                caption="Bidrag till lokalavdelningarna",
                            ),
                        ],
                    ),
                ],
            ),
            Section("Bilaga 1: Faktablad", facts),
        ],
    )


def hostile_report(long_note_text: str) -> ReportDocument:
    """Every place user text can stand, filled with strings that try to act as code."""
    from tests.reports.helpers import BELL, HOSTILE

    rows: list[list[CellValue]] = [
        [text, index, f"{text} / rad"] for index, text in enumerate(HOSTILE)
    ]
    rows.append([BELL, 99, "x"])
    return ReportDocument(
        title="Rapport om Smith & Co <AB> och R&D",
        subtitle="<b>fet</b> underrubrik",
        date=date(2026, 11, 22),
        registry_no="KS 2026/1 <b>",
        author="Åsa Öberg & Co",
        letterhead=Letterhead("Vänersborgs kommun", lines=("R&D <enhet>",)),
        description='=HYPERLINK("http://example.org","x") beskrivning',
        source=DataSource("vanort <test>.sqlite3", {"Namn": "=1+1", "Land": "#N/A"}),
        personal_data=PersonalDataStatement(("names of contact persons", "e-mail addresses")),
        body=[
            Section(
                "Rubrik med <b>fet</b> & R&D",
                [
                    *[Paragraph(f"Stycke: {text} slut.") for text in HOSTILE],
                    Paragraph(f"Med kontrolltecken: {BELL}."),
                    BulletList(HOSTILE),
                    Table(
                        columns=("Text <th>", "Nummer", "Mer & mer"),
                        rows=rows,
                        caption="Fientliga <i>strängar</i> & sånt",
                        total=["Summa", sum(range(len(HOSTILE))) + 99, None],
                    ),
                    FactSheet("Faktablad <Smith & Co>", [(text, text) for text in HOSTILE]),
                    Note(long_note_text, label="Anteckning <lång>"),
                ],
            ),
        ],
    )


if __name__ == "__main__":
    # Render the sample to look at: python -m tests.reports.sample_documents /tmp/sample.pdf
    import sys

    from app.reports import render_pdf, render_xlsx

    target = sys.argv[1] if len(sys.argv) > 1 else "sample.pdf"
    render_pdf(mapping_report(), target)
    render_xlsx(mapping_report(), target.removesuffix(".pdf") + ".xlsx")
