"""Draft and final: what a report still lacks is found wherever it is printed, and nothing else."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from mapping_written import everything_written

from app.mapping import (
    NotReadyForFinal,
    OwnSection,
    create_report,
    heading,
    load_report,
    mark_final,
    missing_before_final,
    placeholder,
    report_document,
    save_content,
)
from app.reports.document import RichParagraph, Section, iter_blocks
from app.workspace import Workspace

TODAY = date(2014, 9, 1)


def test_a_fresh_draft_lacks_the_title_page_and_her_texts(demo: Workspace) -> None:
    """A new draft: registry number, author and each of her sections are listed."""
    report = create_report(demo.database, today=TODAY)
    missing = [m.text for m in missing_before_final(demo.database, report, today=TODAY)]
    assert missing[:2] == ["The registry number is empty.", "The author is empty."]
    # What the register cannot draft: her commission and her recommendations.
    assert f"{heading('commission')}: {placeholder('commission')}" in missing
    assert f"{heading('recommendations')}: {placeholder('recommendations')}" in missing
    with pytest.raises(NotReadyForFinal) as refused:
        mark_final(demo.database, report, today=TODAY)
    assert [m.text for m in refused.value.missing] == missing
    assert load_report(demo.database, report.id).status == "draft"


def test_everything_written_may_be_final(demo: Workspace) -> None:
    """With every part written, nothing is missing and the report turns final."""
    report = create_report(demo.database, today=TODAY)
    report = save_content(demo.database, report, everything_written(report.content))
    assert missing_before_final(demo.database, report, today=TODAY) == []
    assert mark_final(demo.database, report, today=TODAY).is_final


def test_her_own_sections_need_a_heading_and_a_text(demo: Workspace) -> None:
    """An own section without heading or text keeps the report a draft; a placeholder she
    pasted into her own text is found too."""
    report = create_report(demo.database, today=TODAY)
    content = everything_written(report.content)
    content = replace(
        content,
        own_sections=(
            OwnSection("", "Text utan rubrik.", "history"),
            OwnSection("Föreningen Norden", "", "history"),
            OwnSection("Lokalavdelningen", f"Se {placeholder('outlook')}", "outlook"),
        ),
    )
    report = save_content(demo.database, report, content)
    missing = [m.text for m in missing_before_final(demo.database, report, today=TODAY)]
    assert missing == [
        "Your section 1: The section has no heading.",
        f"Föreningen Norden: {placeholder('own_section')}",
        f"Lokalavdelningen: {placeholder('outlook')}",
    ]


def test_own_sections_stand_after_their_section_and_her_marks_format_the_text(
    demo: Workspace,
) -> None:
    """In the document: her section after Historik, her analysis with a bold run; a draft."""
    report = create_report(demo.database, today=TODAY)
    content = everything_written(report.content)
    content = replace(
        content,
        analysis=replace(content.analysis, text="Kontakten är **vilande** på kommunal nivå."),
        own_sections=(OwnSection("Föreningen Norden", "Grundad *1919*.", "history"),),
    )
    report = save_content(demo.database, report, content)
    document = report_document(demo.database, report, today=TODAY)
    assert document.draft
    headings = [b.heading for b in document.body if isinstance(b, Section)]
    assert headings.index("Föreningen Norden") == headings.index(heading("history")) + 1
    rich = [b for b in iter_blocks(document.body) if isinstance(b, RichParagraph)]
    runs = [(r.text, r.bold, r.italic) for p in rich for r in p.runs]
    assert ("vilande", True, False) in runs
    assert ("1919", False, True) in runs
    final = mark_final(demo.database, report, today=TODAY)
    assert not report_document(demo.database, final, today=TODAY).draft
