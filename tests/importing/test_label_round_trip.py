"""Every choice label the program writes is read back by the importer as the same value,
in Swedish and in English, whatever language the reading run speaks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n
from app.importing.fields import IMPORT_KINDS, ImportField
from app.importing.values import parse_cell
from app.vocabulary import label

CHOICE_FIELDS = [
    pytest.param(field, id=f"{kind.name}.{field.name}")
    for kind in IMPORT_KINDS.values()
    for field in kind.fields
    if field.type in ("choice", "tags")
]


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _written(field: ImportField, code: str, language: str) -> str:
    """The cell as an export in ``language`` writes it (the lists' own labels)."""
    i18n.set_language(language)
    return label(code)


def test_there_are_choice_fields_to_check() -> None:
    assert len(CHOICE_FIELDS) >= 8
    assert any(p.values[0].type == "tags" for p in CHOICE_FIELDS)


@pytest.mark.parametrize("field", CHOICE_FIELDS)
@pytest.mark.parametrize("written_in", ["sv", "en"])
@pytest.mark.parametrize("read_in", ["sv", "en"])
def test_every_choice_survives_export_and_import(
    field: ImportField, written_in: str, read_in: str
) -> None:
    """Each code, written as its label, reads back as that code and no other."""
    changed = {}
    for code in field.choices:
        cell = _written(field, code, written_in)
        i18n.set_language(read_in)
        value, problem = parse_cell(cell, field)
        expected = (code,) if field.type == "tags" else code
        if problem is not None or value != expected:
            changed[code] = (cell, value, problem)
    assert changed == {}


@pytest.mark.parametrize("written_in", ["sv", "en"])
def test_several_tags_in_one_cell_survive(written_in: str) -> None:
    """A tags cell is written as the labels joined by ", " (as the lists show it)."""
    tag_fields = [p.values[0] for p in CHOICE_FIELDS if p.values[0].type == "tags"]
    for field in tag_fields:
        i18n.set_language(written_in)
        cell = ", ".join(label(code) for code in field.choices)
        i18n.set_language("sv")
        assert parse_cell(cell, field) == (tuple(field.choices), None)


def test_the_words_that_used_to_change_the_data(swedish: None) -> None:
    """ "samhälle" is community and "upphört" expired, as the program writes them."""
    towns = IMPORT_KINDS["towns"]
    assert parse_cell("samhälle", towns.field("kind")) == ("community", None)
    statuses = ImportField("status", "Status", "choice", choices=("ended", "expired"))
    assert parse_cell("upphört", statuses) == ("expired", None)
    assert parse_cell("avslutad", statuses) == ("ended", None)
    # A twinning cannot expire: there the word still means it has ended.
    twinnings = IMPORT_KINDS["twinnings"]
    assert parse_cell("upphört", twinnings.field("status")) == ("ended", None)
