"""Saved mapping reports on the demo register: drafts, final snapshots, starting from the last one."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from mapping_written import everything_written
from pypdf import PdfReader

from app.dates import ApproxDate
from app.mapping import (
    Analysis,
    Commission,
    MappingError,
    create_report,
    latest_report,
    list_reports,
    load_report,
    mark_final,
    missing_before_final,
    report_data,
    report_document,
    save_content,
    save_section,
    start_from_last,
    write_document,
)
from app.mapping.changes import what_changed
from app.services import records as r
from app.services.errors import ConflictError
from app.workspace import Workspace

TODAY = date(2014, 9, 1)


def _town(ws: Workspace, name: str) -> Any:
    return next(t for t in ws.get_many("town") if t.name == name)


def _branch(ws: Workspace, town: str) -> Any:
    town_id = _town(ws, town).id
    return next(
        o for o in ws.get_many("organisation") if o.town_id == town_id and o.kind == "local_branch"
    )


def _count(ws: Workspace, town: str, year: int) -> Any:
    branch = _branch(ws, town).id
    return next(
        c
        for c in ws.get_many("member_count")
        if c.organisation_id == branch and c.year == ApproxDate.of_year(year)
    )


def _twinning(ws: Workspace, town: str) -> Any:
    town_id = _town(ws, town).id
    return next(t for t in ws.get_many("twinning") if town_id in (t.town_a_id, t.town_b_id))


def _pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.replace("\u00a0", " ").split())


def test_a_new_draft_is_drafted_from_the_register(demo: Workspace) -> None:
    report = create_report(demo.database, today=TODAY)
    assert report.status == "draft" and not report.is_final
    content = report.content
    assert content.commission.report_date == TODAY
    assert content.commission.author == ""  # hers to write
    assert (content.scope.period_from, content.scope.period_to) == (1992, 2014)
    included = {t.id for t in demo.get_many("twinning") if t.id in content.scope.twinning_ids}
    assert _twinning(demo, "Herning").id in included
    assert _twinning(demo, "Utajärvi").id not in included  # ended 1976, before the period
    # The history is drafted as prose, a paragraph per decade, for her to edit; the
    # Nordic chain, once named, is "the chain" (a network of another kind: "the network").
    history = content.history.text.split("\n\n")
    assert "In 1948 Utajärvi in Finland joined the chain." in history[0]
    assert history[1].startswith("In 1976 Utajärvi left the chain.")
    # Newest first: the new draft, then the report the demo ships.
    listed = [s.id for s in list_reports(demo.database)]
    assert len(listed) == 2 and listed[0] == report.id


def test_the_demo_ships_its_2014_report_whole_and_ready_to_be_final(demo: Workspace) -> None:
    shipped = latest_report(demo.database)
    assert shipped is not None and not shipped.is_final
    commission = shipped.content.commission
    assert (commission.registry_no, commission.author) == ("KS 2014/187", "Erik Sandberg")
    assert commission.report_date == date(2014, 8, 29)
    assert len(shipped.content.recommendations.items) == 6
    # Only the Nordic chain: Lich and Omaruru are left out, as the survey leaves them out.
    for town in ("Lich", "Omaruru", "Utajärvi"):
        assert _twinning(demo, town).id not in shipped.content.scope.twinning_ids
    assert (shipped.content.scope.period_from, shipped.content.scope.period_to) == (1946, 2014)
    # Everything is written, so nothing stands in the way of marking it final.
    assert missing_before_final(demo.database, shipped) == []
    final = mark_final(demo.database, shipped)
    husby = next(t for t in report_data(demo.database, final).towns if t.name == "Husby")
    assert husby.written_name == "Husby (dansk)"


def test_a_table_name_that_is_no_longer_the_town_s_is_not_printed(demo: Workspace) -> None:
    shipped = latest_report(demo.database)
    assert shipped is not None
    husby = _town(demo, "Husby")
    assert husby.alternative_names == ("Husby (dansk)",)
    demo.save(dataclasses.replace(husby, alternative_names=("Husby Sydslesvig",)))
    towns = {t.name: t for t in report_data(demo.database, shipped).towns}
    assert towns["Husby"].written_name == "Husby"
    # Every other town keeps its register name in the table.
    assert all(t.written_name == t.name for t in towns.values())


def test_her_text_is_saved_and_read_back(demo: Workspace) -> None:
    report = create_report(demo.database, today=TODAY)
    text = "Vänortsarbetet är vilande på kommunal nivå.\n\nMen föreningen är aktiv: <b>ja</b>."
    saved = save_section(demo.database, report, "analysis", Analysis(text))
    assert saved.version > report.version
    again = load_report(demo.database, report.id)
    assert again.content.analysis.text == text
    # Saving what is already stored makes no new version.
    assert save_content(demo.database, again, again.content).version == again.version


def test_a_stale_version_is_refused(demo: Workspace) -> None:
    report = create_report(demo.database, today=TODAY)
    save_section(demo.database, report, "analysis", Analysis("first"))
    with pytest.raises(ConflictError):
        save_section(demo.database, report, "analysis", Analysis("second"))
    assert load_report(demo.database, report.id).content.analysis.text == "first"


def test_a_final_report_keeps_its_figures_and_refuses_changes(
    demo: Workspace, tmp_path: Path
) -> None:
    report = save_section(
        demo.database,
        create_report(demo.database, today=TODAY),
        "commission",
        Commission(title="Kartläggning 2014", author="Karin Ekdahl", registry_no="KS 2014/187"),
    )
    report = save_content(demo.database, report, everything_written(report.content))
    final = mark_final(demo.database, report, today=TODAY)
    assert final.is_final and final.has_snapshot and final.finalised_at is not None
    with pytest.raises(MappingError):
        save_section(demo.database, final, "analysis", Analysis("too late"))
    # The register changes afterwards: Herning's branch had 260 members in 2013 after all.
    demo.save(dataclasses.replace(_count(demo, "Herning", 2013), count=260))
    frozen = report_data(demo.database, load_report(demo.database, final.id))
    herning = next(t for t in frozen.towns if t.name == "Herning")
    assert herning.members == 230
    out = tmp_path / "final.pdf"
    write_document(report_document(demo.database, load_report(demo.database, final.id)), out)
    text = _pdf_text(out)
    assert "Herning Danmark 1946 230" in text or "Herning Denmark 1946 230" in text
    assert "1,135" in text
    # A draft reads the register as it is now.
    draft = create_report(demo.database, today=TODAY)
    live = next(t for t in report_data(demo.database, draft).towns if t.name == "Herning")
    assert live.members == 260


def test_start_from_last_needs_a_final_report(demo: Workspace) -> None:
    create_report(demo.database, today=TODAY)
    with pytest.raises(MappingError):
        start_from_last(demo.database, today=TODAY)


def test_what_changed_since_the_last_mapping(demo: Workspace) -> None:
    first = save_section(
        demo.database,
        create_report(demo.database, today=TODAY),
        "analysis",
        Analysis("Slutsatserna från 2014."),
    )
    first = mark_final(
        demo.database,
        save_content(demo.database, first, everything_written(first.content)),
        today=TODAY,
    )
    home = _town(demo, "Vänersborg").id
    # A new twin town ...
    nuuk = demo.save(
        r.Town(name="Nuuk", country="GL", kind="city", latitude=64.18, longitude=-51.72)
    )
    demo.save(
        r.Twinning(
            town_a_id=home, town_b_id=nuuk.id, contact_year=2015, start_date=date(2015, 3, 1)
        )
    )
    # ... one ended ...
    arsuk = _twinning(demo, "Arsuk")
    demo.save(
        dataclasses.replace(
            arsuk,
            end_date=date(2015, 6, 30),
            status="ended",
            status_override=None,
            status_override_reason=None,
        )
    )
    # ... a member count changed ...
    herning_branch = _branch(demo, "Herning").id
    demo.save(r.MemberCount(organisation_id=herning_branch, year=2015, count=250))
    for town in (
        "Vänersborg",
        "Holmestrand",
        "Siglufjörður",
        "Kangasala",
        "15 landkommuner",
        "Husby",
    ):
        demo.save(
            r.MemberCount(
                organisation_id=_branch(demo, town).id,
                year=2015,
                count=_count(demo, town, 2013).count,
            )
        )
    # ... a new agreement ...
    kangasala = _town(demo, "Kangasala").id
    demo.save(
        r.Agreement(
            title="Skolsamarbete Vänersborg–Kangasala",
            kind="cooperation_agreement",
            status="active",
            signed_date=date(2015, 2, 2),
            town_ids=(home, kangasala),
        )
    )
    # ... her judgement of Kangasala withdrawn (the derived status stands) ...
    demo.save(
        dataclasses.replace(
            _twinning(demo, "Kangasala"), status_override=None, status_override_reason=None
        )
    )
    # ... an activity of 2014 renamed ...
    renamed = next(
        a for a in demo.get_many("activity") if a.start_date and a.start_date.year == 2014
    )
    old_title = renamed.title
    demo.save(dataclasses.replace(renamed, title="Omdöpt utbyte"))
    # ... and two activities.
    for day in (date(2015, 4, 20), date(2015, 10, 5)):
        demo.save(
            r.Activity(
                title=f"Skolutbyte {day.isoformat()}",
                start_date=day,
                kind="school_exchange",
                area="school",
                town_ids=(kangasala,),
            )
        )

    second = start_from_last(demo.database, today=date(2015, 12, 1))
    assert second.based_on_id == first.id and second.status == "draft"
    assert second.content.analysis.text == "Slutsatserna från 2014."  # her text carried over
    assert second.content.scope.period_to == 2015
    assert _twinning(demo, "Nuuk").id in second.content.scope.twinning_ids
    before = report_data(demo.database, load_report(demo.database, first.id))
    after = report_data(demo.database, second, today=date(2015, 12, 1))
    assert after.member_year == 2015
    changes = {(c.kind, c.text) for c in what_changed(before, after)}
    assert ("added", "New twin town: Nuuk (Greenland)") in changes
    assert ("ended", "Ended: Arsuk (2015)") in changes
    assert ("members", "Members in Herning: 230 (2013) → 250 (2015)") in changes
    assert ("agreement", "New agreement: Skolsamarbete Vänersborg–Kangasala (active)") in changes
    # Municipal contact in 2012-2015: the agreement signed in 2015 (the school exchanges and the
    # chain meetings are civil society's), so the computed status is sporadic.
    assert ("status", "Status of Kangasala: dormant → sporadic") in changes
    # Activities by name, date and town, never as counts.
    assert ("activities", "New activity: Skolutbyte 2015-04-20 (2015-04-20, Kangasala)") in changes
    assert ("activities", "New activity: Skolutbyte 2015-10-05 (2015-10-05, Kangasala)") in changes
    renamed_lines = [t for k, t in changes if k == "activities" and "Omdöpt utbyte" in t]
    assert len(renamed_lines) == 1
    assert renamed_lines[0].startswith("Activity changed: Omdöpt utbyte (")
    assert f", before {old_title} (" in renamed_lines[0]
    assert not any("→" in text for kind, text in changes if kind == "activities")
    # Towns whose count stayed the same are not listed.
    assert not any("Holmestrand" in text for kind, text in changes if kind == "members")
    # The history of the new report gains the lines since.
    assert "2015: Nuuk and Vänersborg become twin towns" not in second.content.history.text
    assert any("Nuuk" in line for line in second.content.history.text.splitlines())
    assert latest_report(demo.database) is not None


HOSTILE = [
    "<b>fet</b>",
    "Smith & Co <AB>",
    "R&D",
    '=HYPERLINK("http://example.org","x")',
    "+46 8 123",
    "@SUM(A1)",
    "#N/A",
]


def test_her_text_and_the_register_s_names_stay_plain_text(demo: Workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from app.mapping import Recommendation, Recommendations

    home = _town(demo, "Vänersborg").id
    town = demo.save(r.Town(name=HOSTILE[3], country="SE", latitude=59.0, longitude=15.0))
    demo.save(r.Twinning(town_a_id=home, town_b_id=town.id, contact_year=2013))
    report = create_report(demo.database, today=TODAY)
    report = save_section(demo.database, report, "analysis", Analysis("\n\n".join(HOSTILE)))
    report = save_section(
        demo.database,
        report,
        "recommendations",
        Recommendations((Recommendation(HOSTILE[0], HOSTILE[1]),)),
    )
    assert _twinning(demo, HOSTILE[3]).id in report.content.scope.twinning_ids
    pdf = tmp_path / "m.pdf"
    write_document(report_document(demo.database, report, today=TODAY), pdf)
    text = _pdf_text(pdf)
    for hostile in HOSTILE:
        assert hostile in text, hostile
    assert "fet fet" not in text  # no markup read as bold, nothing doubled
    xlsx = tmp_path / "m.xlsx"
    write_document(report_document(demo.database, report, today=TODAY), xlsx)
    book = load_workbook(xlsx)
    values = [
        cell
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
    ]
    assert HOSTILE[3] in values  # the town's name as text, not a formula
    assert not any(isinstance(v, str) and v.startswith("=") and v != HOSTILE[3] for v in values)


def _png(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_attachments_she_chooses_are_appended_and_listed_as_sources(
    demo: Workspace, tmp_path: Path
) -> None:
    from app.mapping import Appendix
    from app.mapping.scope import attachment_choices
    from app.services.attachments import add_attachment

    chain = next(n for n in demo.get_many("network"))
    scan = tmp_path / "kedjeavtal.png"
    scan.write_bytes(_png(40, 20))
    other = tmp_path / "protokoll-1946.txt"
    other.write_text("Sammanträdesprotokoll nov 1946", encoding="utf-8")
    appended = add_attachment(
        demo.database, r.RecordRef("network", chain.id), scan, "Kedjans avtal, 1992"
    )
    listed = add_attachment(demo.database, r.RecordRef("network", chain.id), other, "Protokoll")
    choices = {c.id: c.label() for c in attachment_choices(demo.database)}
    assert choices[appended.id] == "kedjeavtal.png (Den nordiska vänortskedjan)"
    report = create_report(demo.database, today=TODAY)
    report = save_section(demo.database, report, "appendix", Appendix(True, (appended.id,)))
    data = report_data(demo.database, report)
    assert [a.filename for a in data.attachments] == ["kedjeavtal.png"]
    assert data.attachments[0].png is not None
    assert any(line.startswith("protokoll-1946.txt – Protokoll") for line in data.sources)
    out = tmp_path / "m.pdf"
    write_document(report_document(demo.database, report, today=TODAY), out)
    reader = PdfReader(out)
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    last = pages[-1]
    assert "Appendix 2: kedjeavtal.png" in last and "Kedjans avtal, 1992" in last
    assert any(p.images for p in reader.pages[-1:])  # the scan itself is printed
    assert listed.id not in report.content.appendix.attachment_ids


def test_a_scope_of_more_than_900_towns_misses_none_of_them(workspace: Workspace) -> None:
    """SQLite's IN lists are cut into chunks; the towns past the first chunk count too."""
    from sqlalchemy import insert

    from app.mapping import Scope, gather
    from app.mapping.content import MappingContent
    from db import models as m

    home = workspace.save(r.Town(name="Hemby", country="SE", is_home=True))
    with workspace.database.transaction() as session:
        session.execute(
            insert(m.Town),
            [
                {"name": f"Ort {n:04d}", "country": "DK", "kind": "municipality"}
                for n in range(1200)
            ],
        )
    towns = sorted(
        (t for t in workspace.get_many("town") if t.name.startswith("Ort ")), key=lambda t: t.name
    )
    with workspace.database.transaction() as session:
        session.execute(
            insert(m.Twinning),
            [
                {"town_a_id": home.id, "town_b_id": t.id, "kind": "twin_town", "contact_year": 1990}
                for t in towns
            ],
        )
    last = towns[-1]
    workspace.save(
        r.Activity(title="Utbyte med den sista", start_date=date(2012, 5, 1), town_ids=(last.id,))
    )
    branch = workspace.save(
        r.Organisation(name="Förening i sista orten", kind="local_branch", town_id=last.id)
    )
    workspace.save(r.MemberCount(organisation_id=branch.id, year=2012, count=42))
    workspace.save(
        r.Grant(organisation_id=branch.id, year=2012, amount=Decimal(500), currency="DKK")
    )
    workspace.save(
        r.Agreement(title="Avtal med den sista", status="active", town_ids=(home.id, last.id))
    )
    twinning_ids = tuple(t.id for t in workspace.get_many("twinning"))
    content = MappingContent(scope=Scope(twinning_ids=twinning_ids))
    data = gather(workspace.database, content, today=date(2013, 1, 1))
    assert data.period == (2012, 2012)
    assert data.member_year == 2012
    assert [a.title for a in data.activities] == ["Utbyte med den sista"]
    assert [g.recipient for g in data.grants] == ["Förening i sista orten"]
    assert [a.title for a in data.agreements] == ["Avtal med den sista"]
    assert data.agreements[0].between_twins == (last.name,)
    assert next(t for t in data.towns if t.town_id == last.id).members == 42
    assert len(data.towns) == 1200
