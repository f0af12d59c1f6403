"""The wizard's content: kept exactly as typed, read back forgivingly."""

from __future__ import annotations

from datetime import date

from app.mapping.content import (
    SECTION_KEYS,
    Analysis,
    Commission,
    MappingContent,
    Recommendation,
    Recommendations,
    Scope,
    SectionPlace,
    TwinTowns,
    lines_of,
)

HOSTILE = (
    '<b>fet</b> & Smith & Co <AB> =HYPERLINK("http://example.org","x") \u00e5\u00e4\u00f6 Ei\u00f0i'
)


def test_every_section_survives_the_json_column() -> None:
    content = MappingContent(
        commission=Commission(
            commissioned_by="Styrgruppen f\u00f6r internationellt arbete",
            occasion=HOSTILE,
            purpose="Klar bild",
            author="Jessica",
            title="Kartl\u00e4ggning",
            report_date=date(2014, 8, 30),
            registry_no="KS 2014/187",
        ),
        scope=Scope(twinning_ids=(3, 1), network_ids=(7,), period_from=1992, period_to=2014),
        analysis=Analysis("rad ett\n\nrad tv\u00e5"),
        recommendations=Recommendations(
            (Recommendation("Formell \u00f6verenskommelse", "Text"), Recommendation("B", ""))
        ),
    )
    data = content.to_json()
    assert data["commission"]["occasion"] == HOSTILE
    back = MappingContent.from_json(data)
    assert back == content
    assert back.scope.twinning_ids == (3, 1)  # her order is kept


def test_garbage_in_the_column_gives_the_defaults_instead_of_an_error() -> None:
    data = {
        "commission": {"title": 5, "report_date": "not a date", "author": None},
        "scope": {"twinning_ids": [1, "2", True, 1, 4], "period_from": "1992", "period_to": 0},
        "recommendations": {"items": [{"heading": "A"}, "nonsense", {"text": 3}]},
        "appendix": {"fact_sheets": "yes"},
        "towns": [],
    }
    content = MappingContent.from_json(data)
    assert content.commission == Commission()
    assert content.scope.twinning_ids == (1, 4)
    assert content.scope.period_from is None and content.scope.period_to is None
    assert content.recommendations.items == (Recommendation("A", ""), Recommendation("", ""))
    assert content.appendix.fact_sheets is True
    assert MappingContent.from_json(None) == MappingContent()


def test_the_names_she_chose_for_the_table_survive_and_garbage_is_dropped() -> None:
    content = MappingContent(towns=TwinTowns(member_year=2013, names=((9, "Husby (dansk)"),)))
    assert MappingContent.from_json(content.to_json()).towns == content.towns
    data = {
        "towns": {
            "names": [
                {"town_id": 9, "name": " Husby (dansk) "},
                {"town_id": 9, "name": "a second name for the same town"},
                {"town_id": "4", "name": "Eidi"},
                {"town_id": 5, "name": "   "},
                {"town_id": True, "name": "x"},
                "nonsense",
            ]
        }
    }
    assert MappingContent.from_json(data).towns.names == ((9, "Husby (dansk)"),)


def test_a_section_is_replaced_only_by_its_own_kind() -> None:
    content = MappingContent()
    changed = content.with_section("analysis", Analysis("Slutsats"))
    assert changed.analysis.text == "Slutsats" and content.analysis.text == ""
    try:
        content.with_section("analysis", Commission())
    except TypeError:
        pass
    else:
        raise AssertionError("a commission was accepted as the analysis")


def test_lines_of_a_list_text() -> None:
    assert lines_of("  SKL 2011 \n\n  Norrk\u00f6ping  \n") == ["SKL 2011", "Norrk\u00f6ping"]


def test_her_layout_of_the_survey_sections_is_read_leniently() -> None:
    """Her headings, order and left-out sections come back; garbage and repeats are dropped."""
    raw = {
        "section_layout": [
            {"key": "history", "heading": "V\u00e4norternas historia", "shown": True},
            {"key": "nonsense", "heading": "x"},
            {"key": "activities"},
            "not an entry",
            {"key": "agreements", "heading": 17, "shown": "no"},
            {"key": "outlook", "shown": False},
            {"key": "history", "heading": "Twice"},
        ]
    }
    content = MappingContent.from_json(raw)
    assert content.section_layout == (
        SectionPlace("history", "V\u00e4norternas historia"),
        SectionPlace("activities"),
        SectionPlace("agreements"),
        SectionPlace("outlook", shown=False),
    )
    assert MappingContent.from_json(content.to_json()) == content
    # Every survey section is laid out once: those she did not place keep the survey's order.
    keys = [place.key for place in content.layout()]
    assert keys == [
        "commission",
        "scope",
        "history",
        "towns",
        "activities",
        "agreements",
        "outlook",
        "analysis",
        "recommendations",
        "sources",
        "appendix",
    ]
    assert content.place("outlook").shown is False
    assert [p.key for p in MappingContent().layout()] == list(SECTION_KEYS)
    assert MappingContent.from_json({"section_layout": "x"}).section_layout == ()
