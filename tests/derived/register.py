"""A small register builder for the derived-knowledge tests: every record goes through the services."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.services import records as r
from app.workspace import Workspace


class Register:
    """Saves records through the workspace and hands back their ids."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def _save(self, record: Any) -> int:
        saved = self.ws.save(record)
        assert saved.id is not None
        return int(saved.id)

    def town(self, name: str, *, home: bool = False, local_name: str | None = None) -> int:
        return self._save(r.Town(name=name, is_home=home, local_name=local_name))

    def twinning(self, a: int, b: int, **fields: Any) -> int:
        return self._save(r.Twinning(town_a_id=a, town_b_id=b, **fields))

    def activity(
        self,
        title: str,
        start: date | None,
        towns: tuple[int, ...],
        end: date | None = None,
        *,
        municipal: bool = True,
        organisations: tuple[int, ...] = (),
    ) -> int:
        # By default the municipality took part: contact at the municipal level.
        return self._save(
            r.Activity(
                title=title,
                start_date=start,
                end_date=end,
                town_ids=towns,
                municipality_took_part=municipal,
                organisation_ids=organisations,
            )
        )

    def organisation(self, name: str, kind: str) -> int:
        return self._save(r.Organisation(name=name, kind=kind))

    def trip(self, title: str, start: date, towns: tuple[int, ...], status: str = "done") -> int:
        # The municipality's rules let no trip to a twin town pass "approved"
        # without the executive board's decision, so the builder takes one too.
        approval = None
        if status in ("approved", "done", "reported"):
            approval = self._save(
                r.Decision(title=f"Approval: {title}", body="executive_board", decided_on=start)
            )
        return self._save(
            r.Trip(
                title=title,
                start_date=start,
                town_ids=towns,
                status=status,
                approval_decision_id=approval,
            )
        )

    def network(self, name: str, cadence: int = 1, founded: int | None = None) -> int:
        return self._save(r.Network(name=name, cadence_years=cadence, founded_year=founded))

    def member(
        self,
        network: int,
        town: int,
        *,
        joined: int | None = None,
        left: int | None = None,
        position: int | None = None,
    ) -> int:
        return self._save(
            r.NetworkMember(
                network_id=network,
                town_id=town,
                joined_year=joined,
                left_year=left,
                rotation_position=position,
            )
        )

    def meeting(
        self,
        network: int,
        year: int,
        host: int | None = None,
        *,
        kind: str = "meeting",
        place: str | None = None,
        start: date | None = None,
    ) -> int:
        return self._save(
            r.NetworkMeeting(
                network_id=network,
                year=year,
                host_town_id=host,
                kind=kind,
                place=place,
                start_date=start,
            )
        )

    def agreement(self, title: str, towns: tuple[int, ...], **fields: Any) -> int:
        return self._save(r.Agreement(title=title, town_ids=towns, **fields))

    def decision(
        self,
        title: str,
        day: date,
        concerns: tuple[r.RecordRef, ...] = (),
        **fields: Any,
    ) -> int:
        return self._save(r.Decision(title=title, decided_on=day, concerns=concerns, **fields))

    def branch(self, name: str, town: int, kind: str = "local_branch") -> int:
        return self._save(r.Organisation(name=name, kind=kind, town_id=town))

    def count(self, organisation: int, year: int, members: int | None) -> int:
        return self._save(r.MemberCount(organisation_id=organisation, year=year, count=members))
