"""What the twinning import tests share: the headings of their lists, dates, a home town."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.dates import ApproxDate
from app.services import records as r
from app.workspace import Workspace

HEADINGS = "Ort;Land;Vänort;Land;Kontaktår"
NOT_A_DATE = (
    "is not a date this program can read; write for example 2014-03-05, March 2014, "
    "spring 2014, 1985, 1940s or c. 1949."
)


def year_of(year: int) -> ApproxDate:
    """A year, as a contact year is kept."""
    return ApproxDate.of_year(year)


def day_of(year: int, month: int, day: int) -> ApproxDate:
    """A day known exactly."""
    return ApproxDate.of_day(date(year, month, day))


def home_town(workspace: Workspace, name: str = "Vänersborg", country: str = "SE") -> r.Town:
    """Save the register's home town."""
    town: r.Town = workspace.save(r.Town(name=name, country=country, is_home=True))
    return town


# One town under two spellings ("Vänersborgs kommun", "Herning Kommune"), offered for merging.
SPELLINGS = [
    HEADINGS,
    "Vänersborg;Sverige;Herning Kommune;Danmark;1946",
    "Lohja;Finland;Herning;Danmark;1956",
    "Vänersborgs kommun;Sverige;Lohja;Finland;1947",
]


class opened_register:
    """The register file at ``path``, open for the ``with`` block and closed after it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Workspace:
        self.workspace = Workspace.open(self.path)
        return self.workspace

    def __exit__(self, *_: object) -> None:
        self.workspace.close()
