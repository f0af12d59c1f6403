"""The quick reading of the migration scripts agrees with alembic's own."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from db.migrate import alembic_config, head_revision, known_revisions


def test_revisions_and_head_agree_with_alembic() -> None:
    """Start-up reads revisions without alembic; alembic must see the same ones."""
    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert head_revision() == script.get_current_head()
