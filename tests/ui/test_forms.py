"""The record form driven as a user drives it: typing, picking, saving, being refused."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from form_helpers import (
    MakeForm,
    answer_question,
    choose_item,
    english_interface,
    pick,
    type_text,
)
from helpers import click_button_named
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

__all__ = ["english_interface"]  # autouse: English interface, no Qt translator left over
from app.dates import ApproxDate
from app.services import records as r
from app.services.records import RecordRef
from app.workspace import Workspace
from ui.forms import RecordForm


def _line(form: RecordForm, name: str) -> Any:
    return form.editor(name).focus_widget()


def _region_clash(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> tuple[RecordForm, r.Town]:
    """Nuuk's region typed as "Mine" in a form while someone else saves it as "Theirs"."""
    town = workspace.save(r.Town(name="Nuuk", country="GL"))
    form = make_form("town")
    form.load(town.id)
    type_text(qtbot, _line(form, "region"), "Mine")
    # Someone else saves the same town meanwhile.
    workspace.save(r.Town(**{**town.__dict__, "region": "Theirs"}))
    return form, town


def test_a_town_typed_with_its_own_letters_in_a_country_picked_from_the_list(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    form = make_form("town")
    type_text(qtbot, _line(form, "name"), "Põltsamaa")
    assert form.is_dirty()
    pick(qtbot, form.editor("country").combo, "eston", "Estonia (EE)")
    type_text(qtbot, _line(form, "population"), "9 500")

    with qtbot.waitSignal(form.saved) as saved:
        assert form.save()

    (stored,) = workspace.get_many("town")
    assert stored.name == "Põltsamaa"
    assert stored.country == "EE"
    assert stored.population == 9500
    assert saved.args[0] == stored
    assert form.current_record() == stored
    assert not form.is_dirty()
    assert form.heading.text() == "Twin town: Põltsamaa"


def test_the_country_list_finds_names_without_their_accents(
    qtbot: Any, make_form: MakeForm
) -> None:
    form = make_form("town")
    pick(qtbot, form.editor("country").combo, "aland", "Åland Islands (AX)")
    assert form.editor("country").value() == "AX"
    pick(qtbot, form.editor("country").combo, "faroe", "Faroe Islands (FO)")
    assert form.editor("country").value() == "FO"
    pick(qtbot, form.editor("country").combo, "kalaallit", "Greenland (GL)")
    assert form.editor("country").value() == "GL"


def test_a_twinning_made_with_the_town_pickers(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    home = workspace.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    twin = workspace.save(r.Town(name="Põltsamaa", country="EE"))
    workspace.save(r.Town(name="Nuuk", country="GL"))
    form = make_form("twinning")

    pick(qtbot, form.editor("town_a_id").combo, "vaner", "Vänersborg, Sweden")
    pick(qtbot, form.editor("town_b_id").combo, "polts", "Põltsamaa, Estonia")
    type_text(qtbot, _line(form, "contact_year"), "1991")
    type_text(qtbot, _line(form, "start_date"), "1992-05-01")
    form.editor("areas").boxes["culture"].click()
    assert form.save(), form.banner_text()

    (stored,) = workspace.get_many("twinning")
    assert {stored.town_a_id, stored.town_b_id} == {home.id, twin.id}
    assert stored.contact_year == ApproxDate.of_year(1991)
    assert stored.start_date == ApproxDate.of_day(date(1992, 5, 1))
    assert stored.areas == ("culture",)


def test_an_agreement_with_a_town_and_an_organisation_as_parties(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    school = workspace.save(r.Organisation(name="Põltsamaa Gümnaasium", kind="school"))
    form = make_form("agreement")
    type_text(qtbot, _line(form, "title"), "Vänortsavtal")

    parties = form.editor("town_ids")
    pick(qtbot, parties.combo, "vaner", "Vänersborg, Sweden")
    qtbot.mouseClick(parties.add_button, Qt.MouseButton.LeftButton)
    pick(qtbot, parties.combo, "polt", "Põltsamaa, Estonia")
    qtbot.keyClick(parties.combo.lineEdit(), Qt.Key.Key_Return)  # Enter adds too
    organisations = form.editor("organisation_ids")
    pick(qtbot, organisations.combo, "gumn", "Põltsamaa Gümnaasium")
    qtbot.mouseClick(organisations.add_button, Qt.MouseButton.LeftButton)
    assert parties.list.count() == 2

    assert form.save(), form.banner_text()
    (stored,) = workspace.get_many("agreement")
    assert stored.title == "Vänortsavtal"
    assert set(stored.town_ids) == {towns["home"].id, towns["twin"].id}
    assert stored.organisation_ids == (school.id,)


def test_a_party_typed_but_not_added_is_not_lost_silently(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    form = make_form("agreement")
    type_text(qtbot, _line(form, "title"), "Avtal")
    pick(qtbot, form.editor("town_ids").combo, "vaner", "Vänersborg, Sweden")
    assert not form.save()
    assert "not added yet" in form.field_error("town_ids")
    assert workspace.get_many("agreement") == []


def test_a_trip_through_its_steps_with_the_approving_decision(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    # The municipality's policy has trips to twin towns approved by the board (a new
    # database has the rule off until the coordinator states it).
    settings = workspace.settings()
    workspace.save_settings(
        dataclasses.replace(settings, rules=dataclasses.replace(settings.rules, trip_approval=True))
    )
    workspace.save(
        r.Decision(
            title="Resa till Põltsamaa",
            body="executive_board",
            decided_on=date(2026, 3, 4),
            section="45",
        )
    )
    form = make_form("trip")
    type_text(qtbot, _line(form, "title"), "Study visit")
    destinations = form.editor("town_ids")
    pick(qtbot, destinations.combo, "põlts", "Põltsamaa, Estonia")
    qtbot.mouseClick(destinations.add_button, Qt.MouseButton.LeftButton)
    assert form.save(), form.banner_text()
    trip_id = form.current_record().id

    status = form.editor("status").combo

    def step(shown: str, stored: str) -> None:
        choose_item(qtbot, status, shown)
        assert form.is_dirty()
        assert form.save(), form.field_error("status") or form.banner_text()
        assert workspace.get("trip", trip_id).status == stored

    step("awaiting approval", "awaiting_approval")

    # Approved without the board's decision: the rule says so next to the decision field.
    choose_item(qtbot, status, "approved")
    assert not form.save()
    assert "approving decision" in form.field_error("approval_decision_id")
    assert workspace.get("trip", trip_id).status == "awaiting_approval"

    pick(qtbot, form.editor("approval_decision_id").combo, "resa", "45 Resa till Põltsamaa")
    assert form.save(), form.banner_text()
    assert workspace.get("trip", trip_id).status == "approved"
    assert form.field_error("approval_decision_id") == ""

    step("done", "done")
    step("reported", "reported")
    assert workspace.get("trip", trip_id).approval_decision_id is not None


def test_a_decision_linked_to_a_trip_and_an_agreement(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    trip = workspace.save(r.Trip(title="Study visit"))
    agreement = workspace.save(r.Agreement(title="Vänortsavtal"))
    form = make_form("decision")
    type_text(qtbot, _line(form, "title"), "Beslut om resa")
    type_text(qtbot, _line(form, "decided_on"), "2026-03-04")
    type_text(qtbot, _line(form, "section"), "45")

    concerns = form.editor("concerns")
    choose_item(qtbot, concerns.kind_combo, "Trip")
    pick(qtbot, concerns.combo, "study", "Study visit")
    qtbot.mouseClick(concerns.add_button, Qt.MouseButton.LeftButton)
    choose_item(qtbot, concerns.kind_combo, "Agreement")
    pick(qtbot, concerns.combo, "avtal", "Vänortsavtal")
    qtbot.mouseClick(concerns.add_button, Qt.MouseButton.LeftButton)
    shown = [concerns.list.item(i).text() for i in range(concerns.list.count())]
    assert shown == ["Trip: Study visit", "Agreement: Vänortsavtal"]

    assert form.save(), form.banner_text()
    (stored,) = workspace.get_many("decision")
    assert set(stored.concerns) == {
        RecordRef("trip", trip.id),
        RecordRef("agreement", agreement.id),
    }

    # Open from the list: the form asks for the trip.
    concerns.list.setCurrentRow(shown.index("Trip: Study visit"))
    with qtbot.waitSignal(form.open_record) as opened:
        qtbot.mouseClick(concerns.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["trip", trip.id]


@pytest.mark.parametrize(
    ("kind", "field", "typed", "expected"),
    [
        ("town", "name", "", "Name is required."),
        ("trip", "start_date", "2026-02-30", "not a valid date"),
        ("organisation", "email", "info(at)example.org", "not a valid e-mail address"),
        ("town", "population", "many", "whole number"),
        ("grant", "amount", "10.000,50", "Write an amount"),
    ],
)
def test_bad_input_is_shown_next_to_its_field_and_nothing_is_saved(
    qtbot: Any,
    make_form: MakeForm,
    workspace: Workspace,
    kind: str,
    field: str,
    typed: str,
    expected: str,
) -> None:
    form = make_form(kind)
    names = {"town": "Nuuk", "trip": "Study visit", "organisation": "Nuuk Kommune"}
    if kind in names and field != "name":
        type_text(qtbot, _line(form, "name" if kind != "trip" else "title"), names[kind])
    if typed:
        type_text(qtbot, _line(form, field), typed)
    else:
        type_text(qtbot, _line(form, "region"), "Sermersooq")

    assert not form.save()

    assert expected.lower() in form.field_error(field).lower()
    assert form.rows[field].error.isVisible()
    assert "Nothing was saved" in form.banner_text()
    assert workspace.get_many(kind) == []
    assert form.is_dirty()


def test_a_bad_date_and_a_missing_title_are_shown_together(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    form = make_form("trip")
    type_text(qtbot, _line(form, "start_date"), "2026-02-30")
    assert not form.save()
    assert "not a valid date" in form.field_error("start_date").lower()
    assert form.field_error("title") == "Title is required."
    assert workspace.get_many("trip") == []


def test_an_end_before_its_start_is_refused_at_the_end(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    workspace.save(r.Trip(title="Earlier trip"))
    form = make_form("trip")
    type_text(qtbot, _line(form, "title"), "Backwards")
    type_text(qtbot, _line(form, "start_date"), "2026-05-13")
    type_text(qtbot, _line(form, "end_date"), "2026-05-10")

    assert not form.save()

    assert form.field_error("end_date") == "Return cannot be before Departure."
    assert form.field_error("start_date") == ""
    assert len(workspace.get_many("trip")) == 1


def test_errors_go_away_once_corrected(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    form = make_form("trip")
    type_text(qtbot, _line(form, "title"), "Trip")
    type_text(qtbot, _line(form, "start_date"), "2026-02-30")
    assert not form.save()
    line = _line(form, "start_date")
    line.selectAll()
    type_text(qtbot, line, "2026-02-28")
    assert form.save()
    assert form.field_error("start_date") == ""
    assert form.banner_text() == ""
    assert workspace.get_many("trip")[0].start_date == date(2026, 2, 28)


def test_a_dirty_form_asks_before_its_changes_are_dropped(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    town = workspace.save(r.Town(name="Nuuk", country="GL"))
    form = make_form("town")
    form.load(town.id)
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert form.maybe_discard()  # nothing changed: no question
    assert asked == []

    with qtbot.waitSignal(form.dirty_changed) as became:
        type_text(qtbot, _line(form, "region"), "Sermersooq")
    assert became.args == [True]

    assert not form.maybe_discard()  # Cancel: stay
    assert len(asked) == 1
    assert _line(form, "region").text() == "Sermersooq"

    answer_question(monkeypatch, QMessageBox.StandardButton.Discard)
    assert form.maybe_discard()
    assert _line(form, "region").text() == ""
    assert not form.is_dirty()
    assert workspace.get("town", town.id).region is None


def test_save_in_the_discard_question_stores_the_changes(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    town = workspace.save(r.Town(name="Nuuk", country="GL"))
    form = make_form("town")
    form.load(town.id)
    type_text(qtbot, _line(form, "region"), "Sermersooq")
    answer_question(monkeypatch, QMessageBox.StandardButton.Save)
    assert form.maybe_discard()
    assert workspace.get("town", town.id).region == "Sermersooq"


def test_revert_drops_the_changes(qtbot: Any, make_form: MakeForm, workspace: Workspace) -> None:
    town = workspace.save(r.Town(name="Nuuk", country="GL", alternative_names=("Godthåb",)))
    form = make_form("town")
    form.load(town.id)
    line = _line(form, "name")
    line.selectAll()
    type_text(qtbot, line, "Nuk")
    form.editor("alternative_names").list.setCurrentRow(0)
    qtbot.mouseClick(form.editor("alternative_names").remove_button, Qt.MouseButton.LeftButton)
    form.revert()
    assert line.text() == "Nuuk"
    assert form.editor("alternative_names").value() == ("Godthåb",)
    assert not form.is_dirty()


def test_a_conflict_offers_to_reload_the_other_version(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    form, town = _region_clash(qtbot, make_form, workspace)

    shown: list[str] = []
    click_button_named("Reload", seen=shown)  # in the real dialog, once it is up
    assert not form.save()

    # Who changed it, and the clashing field with both values.
    assert len(shown) == 1 and shown[0].startswith("testare changed the twin town at ")
    assert "you wrote “Mine”, they wrote “Theirs”" in shown[0]
    assert _line(form, "region").text() == "Theirs"
    assert not form.is_dirty()
    assert workspace.get("town", town.id).region == "Theirs"
    # After the reload the form holds the new version, so a change saves again.
    qtbot.keyClick(_line(form, "region"), Qt.Key.Key_End)
    type_text(qtbot, _line(form, "region"), " too")
    assert form.save()
    assert workspace.get("town", town.id).region == "Theirs too"


def test_a_colleagues_change_to_another_field_is_kept_when_the_form_saves(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    """Only a real clash asks: the form's region and the colleague's population both stay."""
    town = workspace.save(r.Town(name="Nuuk", country="GL"))
    form = make_form("town")
    form.load(town.id)
    type_text(qtbot, _line(form, "region"), "Sermersooq")
    colleague = Workspace.open(workspace.path)
    try:
        colleague.save(r.Town(**{**colleague.get("town", town.id).__dict__, "population": 19_000}))
    finally:
        colleague.close()
    assert form.save()
    stored = workspace.get("town", town.id)
    assert (stored.region, stored.population) == ("Sermersooq", 19_000)
    assert not form.is_dirty()


def test_keep_editing_after_a_conflict_keeps_what_was_typed(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    form, _town = _region_clash(qtbot, make_form, workspace)
    click_button_named("Keep editing")
    assert not form.save()
    assert _line(form, "region").text() == "Mine"
    assert form.is_dirty()
    assert "testare changed the twin town at " in form.banner_text()


def test_the_open_button_of_a_picker_asks_for_the_chosen_record(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    (twinning,) = workspace.get_many("twinning")
    form = make_form("twinning")
    form.load(twinning.id)
    picker = form.editor("town_b_id")
    with qtbot.waitSignal(form.open_record) as opened:
        qtbot.mouseClick(picker.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["town", towns["twin"].id]
    assert not form.editor("end_decision_id").open_button.isEnabled()


def test_a_new_record_can_start_from_preset_values(
    qtbot: Any, make_form: MakeForm, workspace: Workspace, towns: dict[str, r.Town]
) -> None:
    form = make_form("meeting")
    network = workspace.save(r.Network(name="Vänortskedjan", cadence_years=2))
    form.load(
        None, preset={"network_id": network.id, "year": 2027, "host_town_id": towns["twin"].id}
    )
    assert form.editor("network_id").combo.currentText() == "Vänortskedjan"
    assert _line(form, "year").text() == "2027"
    assert not form.is_dirty()
    assert form.current_record() is None
    assert form.save(), form.banner_text()
    (meeting,) = workspace.get_many("meeting")
    assert (meeting.network_id, meeting.year, meeting.host_town_id) == (
        network.id,
        2027,
        towns["twin"].id,
    )


def test_amounts_are_read_the_swedish_way_beside_their_currency(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    organisation = workspace.save(r.Organisation(name="Vänortsföreningen"))
    form = make_form("grant")
    pick(qtbot, form.editor("organisation_id").combo, "vanorts", "Vänortsföreningen")
    type_text(qtbot, _line(form, "year"), "2026")
    type_text(qtbot, _line(form, "amount"), "10 000,50")
    choose_item(qtbot, form.editor("currency").combo, "EUR")
    assert form.editor("amount").currency_label.text() == "EUR"
    assert form.save(), form.banner_text()
    (grant,) = workspace.get_many("grant")
    assert (grant.organisation_id, str(grant.amount), grant.currency) == (
        organisation.id,
        "10000.50",
        "EUR",
    )
    assert _line(form, "amount").text() == "10\u00a0000,50"


def test_a_record_deleted_elsewhere_is_explained_not_crashed(
    qtbot: Any, make_form: MakeForm, workspace: Workspace
) -> None:
    town = workspace.save(r.Town(name="Nuuk", country="GL"))
    workspace.delete("town", town.id, town.version)
    form = make_form("town")
    form.load(town.id)
    assert "no longer exists" in form.banner_text()
    assert form.current_record() is None
    assert not form.details.isEnabled()
    assert not form.save()


@pytest.mark.parametrize(
    "kind",
    [
        "town", "twinning", "network", "network_member", "meeting", "organisation",
        "member_count", "person", "agreement", "agreement_action", "decision", "trip",
        "activity", "grant", "exchange_rate", "policy", "policy_revision", "term", "evaluation",
    ],
)  # fmt: skip
def test_every_kind_has_a_form_that_fits_beside_the_list(make_form: MakeForm, kind: str) -> None:
    form = make_form(kind)
    form.resize(int(1366 * 0.55), 640)
    # Every field of the kind has an editor and a label on the form.
    from app.services.kinds import spec_for

    assert sorted(form.rows) == sorted(f.name for f in spec_for(kind).fields)
    # Nothing needs a horizontal scroll bar in the right part of a 1366 px screen.
    assert form.details.minimumSizeHint().width() <= form.scroll_area.viewport().width()
