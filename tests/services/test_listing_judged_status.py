"""A twinning list shows the coordinator's judged status, not the stored one, unless it has ended."""

from __future__ import annotations

from app.services import records as r
from app.services.listing import Filters
from app.workspace import Workspace


def test_the_list_shows_her_judgement_where_she_has_made_one(workspace: Workspace) -> None:
    home = workspace.save(r.Town(name="Vänersborg", is_home=True)).id
    herning, lich, utajarvi = (
        workspace.save(r.Town(name=name)).id for name in ("Herning", "Lich", "Utajärvi")
    )
    judged = workspace.save(
        r.Twinning(
            town_a_id=home,
            town_b_id=herning,
            status="active",
            status_override="dormant",
            status_override_reason="Inga kontakter mellan förvaltningarna",
        )
    ).id
    plain = workspace.save(r.Twinning(town_a_id=home, town_b_id=lich, status="active")).id
    ended = workspace.save(
        r.Twinning(town_a_id=home, town_b_id=utajarvi, status="ended", status_override="dormant")
    ).id
    table = workspace.table("twinning", Filters(show_ended=True))
    column = [f.name for f in table.columns].index("status")
    shown = {row_id: values[column] for row_id, values in zip(table.ids, table.values, strict=True)}
    assert shown == {judged: "dormant", plain: "active", ended: "ended"}
