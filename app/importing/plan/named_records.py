"""Records a row names that are neither towns nor organisations: a network, a decision.

A network is named as it is called ("Den nordiska vänortskedjan"); a decision
by its registry number and, where the number covers several decisions, its
section ("KS 2014/201 § 118"). Both must already be in the register: import the
networks and the decisions first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.importing.table import fill
from app.places.folding import match_key

# "KS 2014/201 § 118", "KS 2014/201 §118", "KS 2014/201, § 118": the number, then the section.
_SECTION = re.compile(r"^(?P<registry>.*?)[\s,;]*§\s*(?P<section>\S+)\s*$")


class NetworkIndex:
    """The register's networks by folded name."""

    def __init__(self, rows: Iterable[tuple[int, str]]) -> None:
        self.by_name: dict[str, list[int]] = {}
        for network_id, name in rows:
            self.by_name.setdefault(match_key(name), []).append(network_id)

    @classmethod
    def load(cls, session: Session) -> NetworkIndex:
        """Every network of the register, by name."""
        from db import models as m

        return cls((i, n) for i, n in session.execute(select(m.Network.id, m.Network.name)))

    def find(self, name: str) -> tuple[int | None, str | None]:
        """The network called ``name`` (case and accents aside), or None and why not."""
        found = self.by_name.get(match_key(name), [])
        if len(found) == 1:
            return found[0], None
        if not found:
            text = translate(
                "Import",
                "There is no network called “%1” in the register; import the networks first.",
            )
        else:
            text = translate("Import", "Several networks are called “%1”; rename one of them.")
        return None, fill(text, name)


class DecisionIndex:
    """The register's decisions by folded registry number, with their sections."""

    def __init__(self, rows: Iterable[tuple[int, str | None, str | None]]) -> None:
        self.by_number: dict[str, list[tuple[int, str]]] = {}
        for decision_id, registry_no, section in rows:
            if registry_no:
                key = match_key(registry_no)
                self.by_number.setdefault(key, []).append((decision_id, match_key(section or "")))

    @classmethod
    def load(cls, session: Session) -> DecisionIndex:
        """Every decision of the register that has a registry number."""
        from db import models as m

        rows = session.execute(select(m.Decision.id, m.Decision.registry_no, m.Decision.section))
        return cls((i, r, s) for i, r, s in rows)

    def find(self, written: str) -> tuple[int | None, str | None]:
        """The decision ``written`` names ("KS 2014/201 § 118"), or None and why not."""
        match = _SECTION.match(written)
        registry, section = (
            (match.group("registry"), match.group("section")) if match else (written, None)
        )
        found = self.by_number.get(match_key(registry), [])
        if section is not None:
            found = [entry for entry in found if entry[1] == match_key(section)]
        if len(found) == 1:
            return found[0][0], None
        if not found:
            text = translate(
                "Import",
                "There is no decision “%1” in the register; import the decisions first.",
            )
        else:
            text = translate(
                "Import",
                "Several decisions have the registry number “%1”; add the section, as in "
                "“KS 2014/201 § 118”.",
            )
        return None, fill(text, written)
