"""Every record kind: created, read, updated, listed, searched, deleted and restored."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.dates import ApproxDate
from app.services.errors import RecordNotFound, ValidationError
from app.services.kinds import KINDS
from app.services.listing import Filters, ListQuery
from app.services.records import RecordRef
from app.workspace import Workspace

# kind -> (field to change, its new value, a word of the sample that search must find)
EDITS: dict[str, tuple[str, Any, str | None]] = {
    "town": ("name", "Kangasalan kunta", "kangasala"),
    "twinning": ("notes", "Kultur och idrott", "skolbarn"),
    "network": ("name", "Nordiska kedjan", "vänortskedjan"),
    "network_member": ("rotation_position", 3, "utajärvi"),
    "meeting": ("place", "Kastelholm", "mariehamn"),
    "organisation": ("name", "Norden Herning", "norden"),
    "member_count": ("count", None, "figur"),  # a count becomes unknown
    "person": ("email", "asa.oberg@example.se", "öberg"),
    "agreement": ("status", "active", "vänortsavtal"),
    "agreement_action": ("done_date", date(2026, 5, 1), "förnya"),
    "decision": ("outcome", "Bifall", "vänortsmötet"),
    "trip": ("actual_cost", Decimal("11980.25"), "vänortsmötet"),
    "activity": ("end_date", date(2014, 3, 5), "skolutbyte"),
    "grant": ("amount", Decimal("35000"), "herning"),
    "exchange_rate": ("rate_to_sek", Decimal("1.2"), None),  # no text to search
    "policy": ("revise_by", ApproxDate.of_year(2028), "riktlinjer"),
    "policy_revision": ("section", "§ 12", "lich"),
    "term": ("end_date", None, None),  # filled in from the sample: the day before
    "evaluation": ("recommendation", "develop", "nytta"),
    "reference_fact": ("figure", Decimal("55"), "kommunerna"),
}


def test_every_kind_has_an_edit() -> None:
    assert set(EDITS) == set(KINDS)


def _edit(kind: str, saved: Any) -> tuple[str, Any]:
    field, value, _ = EDITS[kind]
    if kind == "term":
        value = date(saved.end_year, 10, 13)
    return field, value


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_create_read_update_list_delete_restore(
    workspace: Workspace, samples: Any, kind: str
) -> None:
    new = samples.new(kind)
    if kind == "reference_fact":
        # A new register ships the national survey's facts; this test starts without them.
        for fact in workspace.get_many(kind):
            workspace.delete(kind, fact.id, fact.version)
    assert workspace.page(kind).total == 0

    # create
    saved = workspace.save(new)
    assert isinstance(saved.id, int)
    assert saved.version == 1
    assert saved == dataclasses.replace(new, id=saved.id, version=1)

    # read
    assert workspace.get(kind, saved.id) == saved
    assert workspace.get_many(kind) == [saved]
    assert workspace.get_many(kind, [saved.id]) == [saved]
    word = EDITS[kind][2]
    if word is not None:
        assert workspace.page(kind, ListQuery(Filters(search=word))).records == [saved]
        assert workspace.page(kind, ListQuery(Filters(search=word.upper()))).total == 1
        assert workspace.table(kind, Filters(search=word)).ids == [saved.id]

    # update
    field, value = _edit(kind, saved)
    assert getattr(saved, field) != value
    updated = workspace.save(dataclasses.replace(saved, **{field: value}))
    assert getattr(updated, field) == value
    assert updated.version == 2
    assert workspace.get(kind, saved.id) == updated

    # list and search
    page = workspace.page(kind)
    assert page.total == 1 and page.records == [updated]
    assert workspace.table(kind).ids == [saved.id]
    assert workspace.labels(kind)[saved.id]
    assert workspace.page(kind, ListQuery(Filters(search="qzxqzx"))).total == 0
    assert workspace.table(kind, Filters(search="qzxqzx")).ids == []

    # delete
    deleted = workspace.delete(kind, saved.id, updated.version)
    with pytest.raises(RecordNotFound):
        workspace.get(kind, saved.id)
    assert workspace.page(kind).total == 0
    assert workspace.table(kind).ids == []

    # restore: the same record under the same id
    restored = workspace.restore(deleted)
    assert restored.id == saved.id
    assert dataclasses.replace(restored, version=updated.version) == updated
    assert workspace.get(kind, saved.id) == restored
    # ... and it can be edited again
    again = workspace.save(dataclasses.replace(restored, **{field: getattr(new, field)}))
    assert getattr(workspace.get(kind, saved.id), field) == getattr(new, field)
    assert again.version == restored.version + 1


def test_a_record_with_links_comes_back_with_them(workspace: Workspace, samples: Any) -> None:
    first, second = samples.saved("town"), samples.saved("town")
    trip = workspace.save(samples.new("trip", town_ids=(second.id, first.id)))
    assert set(trip.town_ids) == {first.id, second.id}
    decision = workspace.save(
        samples.new("decision", concerns=(RecordRef("trip", trip.id), RecordRef("town", first.id)))
    )
    deleted = workspace.delete("trip", trip.id, trip.version)
    # While the trip is gone the decision concerns only the town ...
    assert workspace.get("decision", decision.id).concerns == (RecordRef("town", first.id),)
    restored = workspace.restore(deleted)
    assert set(restored.town_ids) == {first.id, second.id}
    # ... and undo brings the decision's link to the trip back.
    assert set(workspace.get("decision", decision.id).concerns) == {
        RecordRef("town", first.id),
        RecordRef("trip", trip.id),
    }


def test_a_town_keeps_its_other_names_in_order(workspace: Workspace) -> None:
    from app.services.records import Town

    town = workspace.save(
        Town(name="Siglufjörður", alternative_names=("Siglufjördur", " Siglufjordur ", ""))
    )
    assert town.alternative_names == ("Siglufjördur", "Siglufjordur")
    fewer = workspace.save(dataclasses.replace(town, alternative_names=("Siglufjordur",)))
    assert workspace.get("town", town.id).alternative_names == ("Siglufjordur",)
    assert fewer.version == town.version + 1


def test_texts_are_trimmed_and_codes_normalised(workspace: Workspace) -> None:
    from app.services.records import Grant, Organisation, Town

    town = workspace.save(Town(name="  Herning ", country="dk", region="   "))
    assert (town.name, town.country, town.region) == ("Herning", "DK", None)
    org = workspace.save(Organisation(name="Föreningen Norden Herning", town_id=town.id))
    grant = workspace.save(
        Grant(organisation_id=org.id, year=2013, amount=Decimal("16800"), currency=" dkk")
    )
    assert grant.currency == "DKK"


def test_a_record_that_is_gone_cannot_be_read(workspace: Workspace) -> None:
    with pytest.raises(RecordNotFound) as caught:
        workspace.get("town", 4711)
    assert caught.value.kind == "town" and caught.value.record_id == 4711
    assert "no longer exists" in str(caught.value)


def test_a_reference_to_a_missing_record_is_refused(workspace: Workspace, samples: Any) -> None:
    town = samples.saved("town")
    with pytest.raises(ValidationError) as caught:
        workspace.save(samples.new("twinning", town_b_id=town.id + 100))
    assert caught.value.for_field("town_b_id")


def test_a_record_others_refer_to_cannot_be_deleted(workspace: Workspace, samples: Any) -> None:
    twinning = samples.saved("twinning")
    town = workspace.get("town", twinning.town_b_id)
    with pytest.raises(ValidationError) as caught:
        workspace.delete("town", town.id, town.version)
    assert "cannot be deleted while other records refer to it" in str(caught.value)
    assert workspace.get("town", town.id) == town
    assert workspace.get("twinning", twinning.id) == twinning


def test_exact_money_survives_the_round_trip(workspace: Workspace, samples: Any) -> None:
    amounts = [Decimal("0.01"), Decimal("12500.50"), Decimal("1234567890.12"), Decimal("0")]
    for amount in amounts:
        trip = workspace.save(samples.new("trip", estimated_cost=amount))
        stored = workspace.get("trip", trip.id).estimated_cost
        assert stored == amount and isinstance(stored, Decimal)
