"""Dates as precisely as known: read as people write them, stored as EDTF, printed as written."""

from __future__ import annotations

from datetime import date

import pytest

from app.dates import ApproxDate, DateNotUnderstood, known_date, parse_written, written

# What a person writes -> earliest day, latest day, stored EDTF. Worked out by hand.
READINGS = [
    ("2014-03-05", date(2014, 3, 5), date(2014, 3, 5), "2014-03-05"),
    ("5 mars 2014", date(2014, 3, 5), date(2014, 3, 5), "2014-03-05"),
    ("5:e mars 2014", date(2014, 3, 5), date(2014, 3, 5), "2014-03-05"),
    ("March 5, 2014", date(2014, 3, 5), date(2014, 3, 5), "2014-03-05"),
    ("2014-03", date(2014, 3, 1), date(2014, 3, 31), "2014-03"),
    ("mars 2014", date(2014, 3, 1), date(2014, 3, 31), "2014-03"),
    ("Februari 2024", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
    ("våren 2014", date(2014, 3, 1), date(2014, 5, 31), "2014-21"),
    ("hösten 1992", date(1992, 9, 1), date(1992, 11, 30), "1992-23"),
    ("autumn 1992", date(1992, 9, 1), date(1992, 11, 30), "1992-23"),
    ("vintern 2014", date(2013, 12, 1), date(2014, 2, 28), "2014-24"),
    ("1985", date(1985, 1, 1), date(1985, 12, 31), "1985"),
    ("1940-talet", date(1940, 1, 1), date(1949, 12, 31), "194X"),
    ("1940s", date(1940, 1, 1), date(1949, 12, 31), "194X"),
    ("the 1940s", date(1940, 1, 1), date(1949, 12, 31), "194X"),
    ("i början av 1950-talet", date(1950, 1, 1), date(1953, 12, 31), "1950/1953"),
    ("i mitten av 1940-talet", date(1944, 1, 1), date(1946, 12, 31), "1944/1946"),
    ("mid-1940s", date(1944, 1, 1), date(1946, 12, 31), "1944/1946"),
    ("i slutet av 1940-talet", date(1947, 1, 1), date(1949, 12, 31), "1947/1949"),
    ("I slutet av 1940-talet", date(1947, 1, 1), date(1949, 12, 31), "1947/1949"),
    ("late 1940s", date(1947, 1, 1), date(1949, 12, 31), "1947/1949"),
    ("ca 1949", date(1949, 1, 1), date(1949, 12, 31), "1949~"),
    ("c:a 1949", date(1949, 1, 1), date(1949, 12, 31), "1949~"),
    ("c. 1949", date(1949, 1, 1), date(1949, 12, 31), "1949~"),
    ("omkring 1949", date(1949, 1, 1), date(1949, 12, 31), "1949~"),
    ("circa 1949", date(1949, 1, 1), date(1949, 12, 31), "1949~"),
    ("ca 1940-talet", date(1940, 1, 1), date(1949, 12, 31), "194X~"),
    ("ca i slutet av 1940-talet", date(1947, 1, 1), date(1949, 12, 31), "1947~/1949~"),
    ("  1985  ", date(1985, 1, 1), date(1985, 12, 31), "1985"),
]


@pytest.mark.parametrize(("text", "earliest", "latest", "edtf"), READINGS)
def test_what_a_person_writes_is_read_with_its_earliest_and_latest_day(
    text: str, earliest: date, latest: date, edtf: str
) -> None:
    value = parse_written(text)
    assert value is not None
    assert (value.earliest, value.latest, value.edtf()) == (earliest, latest, edtf)
    assert value.approximate == ("~" in edtf)


@pytest.mark.parametrize("edtf", sorted({r[3] for r in READINGS}))
def test_the_stored_form_reads_back_as_the_same_date(edtf: str) -> None:
    assert ApproxDate.from_edtf(edtf).edtf() == edtf


@pytest.mark.parametrize(
    ("edtf", "swedish", "english"),
    [
        ("2014-03-05", "2014-03-05", "2014-03-05"),
        ("2014-03", "mars 2014", "March 2014"),
        ("2014-21", "våren 2014", "spring 2014"),
        ("2014-24", "vintern 2014", "winter 2014"),
        ("1985", "1985", "1985"),
        ("194X", "1940-talet", "1940s"),
        ("1940/1943", "i början av 1940-talet", "early 1940s"),
        ("1944/1946", "i mitten av 1940-talet", "mid-1940s"),
        ("1947/1949", "i slutet av 1940-talet", "late 1940s"),
        ("1949~", "ca 1949", "c. 1949"),
        ("194X~", "ca 1940-talet", "c. 1940s"),
    ],
)
def test_a_date_is_printed_as_written_in_either_language(
    edtf: str, swedish: str, english: str
) -> None:
    from app import i18n

    value = ApproxDate.from_edtf(edtf)
    assert written(value) == english
    i18n.set_language("sv")
    try:
        assert written(value) == swedish
        assert str(value) == swedish
        # What is printed can be typed in again and means the same.
        assert parse_written(swedish) == value
    finally:
        i18n.set_language("en")
    assert parse_written(english) == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("22/11/2026", "is not a date this program can read"),
        ("40-talet", "is not a date this program can read"),  # which century?
        ("1945-tal", "is not a date this program can read"),  # not a decade's first year
        ("in the spring", "is not a date this program can read"),
        ("2014-02-30", "is a date that does not exist"),
        ("2014-13", "is a date that does not exist"),
        ("31 april 2014", "is a date that does not exist"),
    ],
)
def test_what_cannot_be_read_is_one_sentence_naming_the_text(text: str, words: str) -> None:
    with pytest.raises(DateNotUnderstood) as raised:
        parse_written(text)
    message = str(raised.value)
    assert f"“{text}”" in message and words in message
    assert message.count(".") <= 3 and message.endswith(".")  # one sentence, no traceback


def test_the_refusal_is_in_swedish_for_a_swedish_user(swedish: None) -> None:
    with pytest.raises(DateNotUnderstood, match="kan inte läsas som ett datum"):
        parse_written("22/11/2026")


def test_blank_text_is_no_date() -> None:
    assert parse_written("   ") is None


def test_a_decade_sorts_at_its_start_before_the_years_in_it() -> None:
    values = [parse_written(t) for t in ("1985", "1949", "ca 1949", "1940-talet", "1947/1949")]
    ordered = sorted(v for v in values if v is not None)
    assert [v.edtf() for v in ordered] == ["194X", "1947/1949", "1949", "1949~", "1985"]


def test_the_earliest_and_latest_day_bound_what_the_date_can_mean() -> None:
    late_forties = ApproxDate.of_decade(1940, "late")
    assert late_forties.contains(date(1947, 1, 1)) and late_forties.contains(date(1949, 12, 31))
    assert not late_forties.contains(date(1946, 12, 31))
    assert late_forties.decade == 1940


def test_a_decade_must_start_in_a_year_ending_in_nought() -> None:
    with pytest.raises(ValueError):
        ApproxDate.of_decade(1945)


@pytest.mark.parametrize("stored", ["1949?", "2014-25", "1941/1949", "19XX", "garbage"])
def test_only_the_stored_forms_of_the_module_are_read_back(stored: str) -> None:
    with pytest.raises(ValueError):
        ApproxDate.from_edtf(stored)


def test_a_plain_column_reads_as_the_precision_it_always_had() -> None:
    assert known_date(1946, None) == ApproxDate.of_year(1946)
    assert known_date(date(1977, 1, 1), None) == ApproxDate.of_day(date(1977, 1, 1))
    assert known_date(None, "194X") is None


def test_the_companion_gives_the_precision_when_it_agrees_with_the_column() -> None:
    assert known_date(1940, "194X") == ApproxDate.of_decade(1940)
    assert known_date(date(2028, 1, 1), "2028") == ApproxDate.of_year(2028)
    # Someone changed the column alone: the column is what every query reads, so it wins.
    assert known_date(1952, "194X") == ApproxDate.of_year(1952)
    assert known_date(date(2028, 6, 1), "2028") == ApproxDate.of_day(date(2028, 6, 1))
    assert known_date(1946, "nonsense") == ApproxDate.of_year(1946)
