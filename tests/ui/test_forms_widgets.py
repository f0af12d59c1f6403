"""Field editors on their own: what they accept, what they refuse, what they show."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from form_helpers import english_interface, pick, type_text
from PySide6.QtCore import QDate, Qt

from app.services import records as r
from app.services.fields import FieldSpec
from app.services.kinds import spec_for
from app.workspace import Workspace
from ui.forms.layout_hints import LayoutHints, field_lines, grouped_fields
from ui.forms.widgets import EditorContext, InvalidInput, create_editor
from ui.forms.widgets.choices import country_entries
from ui.forms.widgets.dates import parse_date
from ui.forms.widgets.numbers import format_decimal, parse_decimal, parse_whole

__all__ = ["english_interface"]  # autouse: English interface, no Qt translator left over


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10 000", Decimal("10000")),
        ("10000,50", Decimal("10000.50")),
        ("10\u00a0000,5", Decimal("10000.5")),
        ("10 000.50", Decimal("10000.50")),
        ("24 500 kr", Decimal("24500")),
        ("", None),
        ("  ", None),
    ],
)
def test_amounts_accepted(text: str, value: Decimal | None) -> None:
    assert parse_decimal(text, places=2) == value


@pytest.mark.parametrize("text", ["10.000,50", "ten", "1,2,3", "10 000,505", "€10"])
def test_amounts_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_decimal(text, places=2)


def test_an_exchange_rate_keeps_six_decimals() -> None:
    assert parse_decimal("11,523456", places=6, amount=False) == Decimal("11.523456")
    with pytest.raises(InvalidInput, match="at most 6 decimals"):
        parse_decimal("11,5234567", places=6, amount=False)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("10000.50"), "10\u00a0000,5"),
        (Decimal("24500"), "24\u00a0500"),
        (Decimal("0.5"), "0,5"),
        (Decimal("-1234.25"), "-1\u00a0234,25"),
        (None, ""),
    ],
)
def test_numbers_shown_the_swedish_way(value: Decimal | None, text: str) -> None:
    assert format_decimal(value) == text


def test_money_shows_whole_oren() -> None:
    assert format_decimal(Decimal("10000.5"), min_places=2) == "10\u00a0000,50"
    assert format_decimal(Decimal("10000"), min_places=2) == "10\u00a0000"


def test_whole_numbers() -> None:
    assert parse_whole("1 135") == 1135
    assert parse_whole("") is None
    with pytest.raises(InvalidInput, match="whole number"):
        parse_whole("12,5")
    with pytest.raises(InvalidInput, match="year"):
        parse_whole("nittio", year=True)


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "22/11/2026", "2026-1-5", "igår"])
def test_impossible_dates_are_refused_not_moved(text: str) -> None:
    with pytest.raises(InvalidInput, match="Not a valid date"):
        parse_date(text)


def test_dates_read_as_iso() -> None:
    assert parse_date(" 2024-02-29 ") == date(2024, 2, 29)
    assert parse_date("") is None


def _editor(qtbot: Any, workspace: Workspace, kind: str, field: str) -> Any:
    context = EditorContext(workspace, lambda _kind, _id: None)
    editor = create_editor(spec_for(kind).field(field), context)
    qtbot.addWidget(editor)
    editor.refresh()
    editor.show()
    return editor


def test_the_calendar_fills_in_the_date(qtbot: Any, workspace: Workspace) -> None:
    editor = _editor(qtbot, workspace, "trip", "start_date")
    changes: list[None] = []
    editor.changed.connect(lambda: changes.append(None))
    editor.calendar.clicked.emit(QDate(2026, 11, 22))
    assert editor.edit.text() == "2026-11-22"
    assert editor.value() == date(2026, 11, 22)
    assert changes


def test_a_date_can_be_emptied(qtbot: Any, workspace: Workspace) -> None:
    editor = _editor(qtbot, workspace, "trip", "start_date")
    editor.set_value(date(2026, 5, 10))
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    assert editor.value() is None


def test_swedish_country_names_include_the_nordic_areas(swedish: None) -> None:
    shown = [e.text for e in country_entries("sv")]
    assert "Åland (AX)" in shown
    assert "Färöarna (FO)" in shown
    assert "Grönland (GL)" in shown
    assert "Estland (EE)" in shown
    # Swedish order: Å, Ä, Ö after Z.
    assert shown.index("Åland (AX)") > shown.index("Zimbabwe (ZW)")


def test_a_country_typed_in_full_without_picking_is_understood(
    qtbot: Any, workspace: Workspace
) -> None:
    editor = _editor(qtbot, workspace, "town", "country")
    type_text(qtbot, editor.combo.lineEdit(), "Eesti")
    assert editor.value() == "EE"
    editor.combo.lineEdit().clear()
    type_text(qtbot, editor.combo.lineEdit(), "Atlantis")
    with pytest.raises(InvalidInput, match="Not a known country"):
        editor.value()


def test_a_record_name_that_is_not_in_the_list_is_an_error(
    qtbot: Any, workspace: Workspace
) -> None:
    workspace.save(r.Town(name="Põltsamaa", country="EE"))
    editor = _editor(qtbot, workspace, "trip", "department_id")
    assert editor.value() is None
    type_text(qtbot, editor.combo.lineEdit(), "Kulturförvaltningen")
    with pytest.raises(InvalidInput, match="Choose one from the list"):
        editor.value()


def test_two_towns_of_one_name_can_be_told_apart(qtbot: Any, workspace: Workspace) -> None:
    first = workspace.save(r.Town(name="Neustadt", country="DE"))
    second = workspace.save(r.Town(name="Neustadt", country="DE", region="Holstein"))
    twin = workspace.save(r.Town(name="Neustadt", country="DE"))
    editor = _editor(qtbot, workspace, "twinning", "town_b_id")
    pick(qtbot, editor.combo, "neust", "Neustadt, Holstein, Germany")
    assert editor.value() == second.id
    # Alike in name, region and country: only the number tells them apart.
    pick(qtbot, editor.combo, "neust", f"Neustadt, Germany [{first.id}]")
    assert editor.value() == first.id
    pick(qtbot, editor.combo, "neust", f"Neustadt, Germany [{twin.id}]")
    assert editor.value() == twin.id


def test_the_town_picker_shows_the_country_beside_each_name(
    qtbot: Any, workspace: Workspace, swedish: None
) -> None:
    """Karlsruhe the city and Karlsruhe the district, each with its country, in Swedish."""
    from ui.translations import apply_language

    apply_language("sv")
    city = workspace.save(r.Town(name="Karlsruhe", country="DE"))
    district = workspace.save(r.Town(name="Karlsruhe (district)", country="DE"))
    husby = workspace.save(r.Town(name="Husby", country="DE", region="Sydslesvig"))
    nowhere = workspace.save(r.Town(name="Atlantis"))
    picker = _editor(qtbot, workspace, "twinning", "town_b_id")
    pick(qtbot, picker.combo, "karls", "Karlsruhe (district), Tyskland")
    assert picker.value() == district.id
    pick(qtbot, picker.combo, "karls", "Karlsruhe, Tyskland")
    assert picker.value() == city.id
    pick(qtbot, picker.combo, "sydsl", "Husby, Sydslesvig, Tyskland")
    assert picker.value() == husby.id
    pick(qtbot, picker.combo, "atla", "Atlantis")
    assert picker.value() == nowhere.id
    # The bare name, typed and not picked, still names the one town that has it.
    line = picker.combo.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, "Husby")
    assert picker.value() == husby.id


def test_the_e_mail_placeholder_is_a_swedish_address(qtbot: Any, workspace: Workspace) -> None:
    """The e-mail field's example looks like a municipal address, not name@example.org."""
    editor = _editor(qtbot, workspace, "person", "email")
    assert editor.edit.placeholderText() == "name@kommun.se"
    from ui.translations import apply_language

    apply_language("sv")
    swedish_editor = _editor(qtbot, workspace, "person", "email")
    assert swedish_editor.edit.placeholderText() == "namn@kommun.se"


def test_other_names_are_added_edited_and_removed(qtbot: Any, workspace: Workspace) -> None:
    editor = _editor(qtbot, workspace, "town", "alternative_names")
    type_text(qtbot, editor.edit, "Oberpahlen")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    type_text(qtbot, editor.edit, "Põltsamaa linn")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.value() == ("Oberpahlen", "Põltsamaa linn")
    editor.list.setCurrentRow(0)
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert editor.value() == ("Põltsamaa linn",)


def test_tags_keep_codes_this_version_does_not_know(qtbot: Any, workspace: Workspace) -> None:
    editor = _editor(qtbot, workspace, "twinning", "areas")
    editor.set_value(("music", "chess"))
    editor.boxes["art"].click()
    assert set(editor.value()) == {"music", "art", "chess"}


def test_a_required_choice_without_value_offers_no_silent_default(
    qtbot: Any, workspace: Workspace
) -> None:
    editor = _editor(qtbot, workspace, "exchange_rate", "currency")
    editor.set_value("")
    assert editor.combo.currentText() == ""
    assert editor.value() == ""


def test_date_ranges_and_hinted_pairs_share_a_line() -> None:
    spec = spec_for("trip")
    hints = LayoutHints(pairs=(("status", "department_id"),))
    groups = dict(grouped_fields(spec, hints))
    lines = field_lines(spec, hints, groups["Basic facts"])
    assert ["start_date", "end_date"] in lines
    assert ["status", "department_id"] in lines
    # Every field once, long texts and lists alone.
    flat = [name for line in lines for name in line]
    assert sorted(flat) == sorted(groups["Basic facts"])
    assert ["travellers"] in lines and ["town_ids"] in lines


def test_a_pair_written_backwards_is_placed_once() -> None:
    spec = spec_for("agreement")
    hints = LayoutHints(pairs=(("lead_days", "signed_date"),))
    names = dict(grouped_fields(spec, hints))["Dates"]
    flat = [n for line in field_lines(spec, hints, names) for n in line]
    assert sorted(flat) == sorted(names)


def test_unknown_field_types_get_a_line_edit(qtbot: Any, workspace: Workspace) -> None:
    context = EditorContext(workspace, lambda _kind, _id: None)
    editor = create_editor(FieldSpec("x", "X", "mystery"), context)
    qtbot.addWidget(editor)
    editor.set_value("kept")
    assert editor.value() == "kept"
