"""One term per concept in the Swedish catalogue (DESIGN.md's glossary).

A source text has one translation wherever it is used, unless a disambiguation comment
says that it means something else there; and the glossary's terms are used for their
concepts and for nothing else.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "vanort_sv.ts"


def _entries() -> list[tuple[str, str, str, str]]:
    """(context, source, comment, translation) of every message; plural forms joined."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = "|".join(node.itertext()).strip() if node is not None else ""
            text = re.sub(r"\s*\|\s*", "|", text)
            found.append(
                (name, message.findtext("source") or "", message.findtext("comment") or "", text)
            )
    return found


def _without_shortcut(text: str) -> str:
    # The same words may need another accelerator letter in another dialog.
    return text.replace("&", "")


def test_a_source_text_has_one_translation() -> None:
    """ "Members %1" is "Medlemsantal %1" in every report, never "Medlemmar %1" in one."""
    seen: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for context, source, comment, text in _entries():
        seen[(source, comment)][_without_shortcut(text)].append(context)
    differing = {
        source: dict(translations)
        for (source, _comment), translations in seen.items()
        if len(translations) > 1
    }
    assert differing == {}


# (what the English says, the Swedish it must use, the Swedish it must not use, why)
GLOSSARY = [
    (r"\bnetworks?\b(?! drive)(?! and try)", r"nätverk|vänortsmöte", r"kedj",
     "a network is a nätverk; a chain (kedja) only where the English says chain"),
    (r"\bchains?\b", r"kedj|vänortsmöte", None, "the Nordic chain is a kedja"),
    (r"^Members(?: %1| in|$| \()", r"^Medlemsantal", r"^Medlemmar\b",
     "a column or field of members is a member count: Medlemsantal"),
    (r"\bmember counts?\b", r"medlemsantal", None, "member count is medlemsantal"),
    (r"\boutcome\b", r"utfall|beslut", r"beslutstext", "an outcome is Utfall, not Beslutstext"),
]  # fmt: skip


@pytest.mark.parametrize(("english", "required", "forbidden", "why"), GLOSSARY)
def test_glossary_terms_are_used_for_their_concept(
    english: str, required: str, forbidden: str | None, why: str
) -> None:
    wrong = []
    for context, source, _comment, text in _entries():
        if not re.search(english, source, re.IGNORECASE):
            continue
        if not re.search(required, text, re.IGNORECASE) or (
            forbidden and re.search(forbidden, text, re.IGNORECASE)
        ):
            wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == [], why


def test_chain_is_said_only_of_a_chain() -> None:
    """ "kedja" appears in Swedish only where the English speaks of a chain."""
    wrong = [
        f"{context}: {source!r} -> {text!r}"
        for context, source, _comment, text in _entries()
        if re.search("kedj", text, re.IGNORECASE) and not re.search("chain", source, re.I)
    ]
    assert wrong == []


def test_decision_text_is_said_only_of_a_decision_text() -> None:
    wrong = [
        f"{context}: {source!r} -> {text!r}"
        for context, source, _comment, text in _entries()
        if re.search("beslutstext", text, re.IGNORECASE)
        and not re.search("decision text", source, re.IGNORECASE)
    ]
    assert wrong == []
