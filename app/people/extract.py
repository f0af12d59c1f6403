"""An extract of everything the register holds about one person (registerutdrag).

The person's own record, every record that names them by link or in free
text, the change-log entries about them or naming them, and the files attached
to their record. It is itself personal data and says so on its first page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.i18n import translate
from app.people.mentions import (
    Mention,
    _changes_text,
    attachments_naming,
    attachments_of,
    change_log_rows,
    in_free_text,
    linked,
)
from app.reports.builders.common import data_source, letterhead_of
from app.reports.document import (
    Block,
    CellValue,
    FactSheet,
    Paragraph,
    PersonalDataStatement,
    ReportDocument,
    Section,
    Table,
)
from app.services.conversion import to_record
from app.services.kinds import spec_for
from app.services.record_labels import labels_in
from app.services.settings import load_settings
from db import models as m
from db.session import Database


def build_person_extract(db: Database, person_id: int, today: date | None = None) -> ReportDocument:
    """The extract of person ``person_id`` as a report document (PDF, Excel)."""
    settings = load_settings(db)
    spec = spec_for("person")
    with db.reading() as session:
        row = session.get(m.Person, person_id)
        if row is None:
            from app.people.mentions import PersonNotFound

            raise PersonNotFound(
                translate("People", "No person in the register is called or numbered %1.").replace(
                    "%1", str(person_id)
                )
            )
        record = to_record(session, spec, row)
        name = row.name
        facts: list[tuple[str, CellValue]] = []
        for f in spec.fields:
            value = getattr(record, f.name, None)
            if f.is_single_reference and isinstance(value, int) and f.ref_kind:
                value = labels_in(session, f.ref_kind, [value]).get(value, str(value))
            facts.append((f.display_label(), value if value not in ("", ()) else None))
        links = linked(session, person_id)
        texts = in_free_text(session, name, person_id)
        log_rows = [
            [
                # Stored in UTC, shown in the computer's local time.
                entry.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                entry.user,
                entry.action,
                _kind_name(entry.target_kind),
                entry.summary,
                _changes_text(entry.changes) or None,
            ]
            for entry in change_log_rows(session, name, person_id)
        ]
        files = [
            [a.filename, a.description, a.size, a.created_at.strftime("%Y-%m-%d")]
            for a in attachments_of(session, person_id)
        ]
        files += [
            [a.filename, a.description, a.size, a.created_at.strftime("%Y-%m-%d")]
            for a in attachments_naming(session, name)
            if not (a.target_kind == "person" and a.target_id == person_id)
        ]
    body: list[Block] = [
        Section(translate("People", "The person's record"), [FactSheet(name, facts)]),
        Section(
            translate("People", "Records that name the person"),
            _mentions_table(links, translate("People", "Linked to the person"))
            + _mentions_table(texts, translate("People", "Named in free text"), with_text=True),
        ),
        Section(
            translate("People", "The change log"),
            [
                Table(
                    [
                        translate("People", "When"),
                        translate("People", "By"),
                        translate("People", "Action"),
                        translate("People", "Kind"),
                        translate("People", "Record"),
                        translate("People", "Changes"),
                    ],
                    log_rows,
                    caption=translate("People", "Change-log entries about or naming the person"),
                    sheet_name=translate("People", "Change log"),
                )
            ]
            if log_rows
            else [Paragraph(translate("People", "No change-log entry concerns the person."))],
        ),
        Section(
            translate("People", "Attached files"),
            [
                Table(
                    [
                        translate("People", "File"),
                        translate("People", "Description"),
                        translate("People", "Bytes"),
                        translate("People", "Added"),
                    ],
                    files,
                    caption=translate(
                        "People", "Files attached to the person's record or naming them"
                    ),
                    sheet_name=translate("People", "Files"),
                )
            ]
            if files
            else [Paragraph(translate("People", "No file is attached to the person's record."))],
        ),
    ]
    return ReportDocument(
        title=translate("People", "Extract of personal data: %1").replace("%1", name),
        subtitle=translate("People", "Everything the twin-town register holds about the person"),
        letterhead=letterhead_of(settings),
        date=today or date.today(),
        description=translate(
            "People",
            "An extract under the data protection regulation: the person's record, the records "
            "naming them, the change log and attached files.",
        ),
        source=data_source(db, {spec.display_singular(): f"{person_id}: {name}"}),
        personal_data=PersonalDataStatement(
            (translate("People", "everything the register holds about %1").replace("%1", name),)
        ),
        body=body,
    )


def _kind_name(kind: str) -> str:
    try:
        return spec_for(kind).display_singular()
    except KeyError:
        return kind


def _mentions_table(found: list[Mention], caption: str, *, with_text: bool = False) -> list[Block]:
    if not found:
        return [Paragraph(translate("People", "%1: none.").replace("%1", caption))]
    columns = [
        translate("People", "Kind"),
        translate("People", "Record"),
        translate("People", "Field"),
    ]
    rows: list[list[CellValue]] = [[_kind_name(x.kind), x.label, x.field_label] for x in found]
    if with_text:
        columns.append(translate("People", "Text"))
        for row, mention in zip(rows, found, strict=True):
            row.append(mention.text)
    return [Table(columns, rows, caption=caption)]


def write_person_extract(db: Database, person_id: int, path: str | Path) -> Path:
    """Build the extract of ``person_id`` and write it to ``path`` (.pdf, .xlsx or .docx)."""
    from app.reports.output import check_target, render

    target = check_target(path)
    render(build_person_extract(db, person_id), target)
    return target
