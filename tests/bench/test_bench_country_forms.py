"""The benchmark's pairs with countries as people write them: every form is read, nothing lost."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.places.countries import resolve_country
from bench.country_forms import (
    country_forms,
    generated_pairs,
    measure,
    write_pairs_with_country_forms,
)
from bench.names import COUNTRIES


@pytest.mark.parametrize("code", [c.code for c in COUNTRIES])
def test_every_form_written_for_a_country_names_that_country(code: str) -> None:
    """Codes, names in three languages, old names, "Region, Country" and qualifiers."""
    forms = country_forms(code)
    assert len(forms) >= 6
    assert [form for form in forms if resolve_country(form) != code] == []


def test_the_forms_file_is_the_same_pairs_with_varied_countries(tmp_path: Path) -> None:
    pairs = generated_pairs(scale=0.002)
    path = tmp_path / "forms.csv"
    write_pairs_with_country_forms(path, pairs, seed=7)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert [(r[0], r[2]) for r in rows] == [(p[0], p[2]) for p in pairs]
    written = {r[1] for r in rows} | {r[3] for r in rows}
    codes = {p[1] for p in pairs} | {p[3] for p in pairs}
    assert len(written) > len(codes)  # more spellings than countries


def test_a_small_forms_list_imports_with_no_row_refused_and_no_town_twice() -> None:
    figures = measure(scale=0.004)
    assert figures["rows_refused_for_a_country"] == 0
    assert figures["other_problem_rows"] == 0
    assert figures["towns_created"] == figures["towns_expected"]
    assert figures["twinnings_created"] == figures["twinnings_expected"] == figures["rows"]
