"""Reusable text blocks: a paragraph she writes once (an outlook paragraph, the association's
presentation) and inserts into later mapping reports.

Blocks are kept in the register by name; saving under a name that exists
replaces that block's text (she is asked first in the window). The text is
formatted text as typed in the wizard.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.i18n import translate
from app.mapping.service import MappingError
from app.services.store import write_log
from db import models as m
from db.session import Database

LOG_KIND = "mapping_text_block"
MAX_NAME = 200


@dataclass(frozen=True)
class TextBlock:
    """One saved block: its name and its formatted text."""

    id: int
    name: str
    text: str


def list_text_blocks(db: Database) -> list[TextBlock]:
    """Every saved block, by name."""
    b = m.MappingTextBlock
    with db.reading() as session:
        rows = session.execute(select(b.id, b.name, b.text).order_by(b.name))
        return [TextBlock(*row) for row in rows]


def save_text_block(db: Database, name: str, text: str) -> TextBlock:
    """Keep ``text`` under ``name``; an existing block of that name gets the new text."""
    name = " ".join(name.split())
    if not name:
        raise MappingError(translate("Mapping", "A text block needs a name."))
    if len(name) > MAX_NAME:
        raise MappingError(
            translate("Mapping", "The name of a text block can be at most 200 characters long.")
        )
    if not text.strip():
        raise MappingError(translate("Mapping", "There is no text to save as a block."))
    with db.transaction() as session:
        row = session.scalars(
            select(m.MappingTextBlock).where(m.MappingTextBlock.name == name)
        ).first()
        if row is None:
            row = m.MappingTextBlock(name=name, text=text)
            session.add(row)
            session.flush()
            write_log(session, "create", LOG_KIND, row.id, name, {})
        else:
            row.text = text
            session.flush()
            write_log(session, "update", LOG_KIND, row.id, name, {})
        return TextBlock(row.id, row.name, row.text)


def delete_text_block(db: Database, block_id: int) -> None:
    """Forget a block; the reports it was inserted into keep their text."""
    with db.transaction() as session:
        row = session.get(m.MappingTextBlock, block_id)
        if row is not None:
            write_log(session, "delete", LOG_KIND, row.id, row.name, {})
            session.delete(row)
