"""Deleting a record takes its attachments along; undoing the delete brings them back."""

from __future__ import annotations

from pathlib import Path

from app.services.attachments import add_attachment, list_attachments
from app.services.records import RecordRef, Town


def test_attachments_follow_delete_and_undo(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A new record that gets the deleted one's id never inherits its files."""
    town = workspace.save(Town(name="Imatra", country="FI"))
    scan = tmp_path / "avtal.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned agreement")
    add_attachment(workspace.database, RecordRef("town", town.id), scan)

    deleted = workspace.delete("town", town.id, town.version)
    assert list_attachments(workspace.database, RecordRef("town", town.id)) == []

    workspace.restore(deleted)
    restored = list_attachments(workspace.database, RecordRef("town", town.id))
    assert [a.filename for a in restored] == ["avtal.pdf"]
