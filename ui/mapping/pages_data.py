"""The wizard's pages that show the register's figures: our twin towns, agreements, activities,
analysis. Her comments go beside the figures; the figures are changed in the register."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from app import vocabulary
from app.derived.status_wording import shown_text
from app.formatting import format_total
from app.mapping import (
    Activities,
    Agreements,
    Analysis,
    MappingContent,
    heading,
    placeholder,
)
from app.mapping.data import TownFacts
from app.reports.document import UNKNOWN, Amount, CellValue
from ui.mapping.page_base import MappingPage
from ui.mapping.widgets import fill_table, read_only_table, rich_text_box
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost


class TownsPage(MappingPage):
    """4 Våra vänorter: the table of Figur 1 with its total, in the year she chooses."""

    needs_figures = True

    def __init__(self, host: MappingHost) -> None:
        super().__init__(host)
        self.setTitle(heading("towns"))
        self.setSubTitle(
            self.tr(
                "Town, country or area, contact year and the members of the local branch; the "
                "report adds a map drawn from the towns' coordinates."
            )
        )
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("member_year")
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.table = read_only_table("towns_table")
        self.table.itemSelectionChanged.connect(self._town_selected)
        # The table may print a town by another of its names, as the municipality writes it
        # ("Husby (dansk)"); the register's name stays what it is.
        self.name_combo = QComboBox()
        self.name_combo.setObjectName("table_name")
        self.name_combo.setEnabled(False)
        self.name_combo.currentIndexChanged.connect(self._name_chosen)
        self.total_label = QLabel()
        self.total_label.setObjectName("towns_total")
        self.text_edit = rich_text_box(
            "towns_text", self.tr("An introduction to the table (may be left empty)"), lines=3
        )
        row = QHBoxLayout()
        year_label = QLabel(self.tr("Members in the &year:"))
        year_label.setBuddy(self.year_combo)
        row.addWidget(year_label)
        row.addWidget(self.year_combo)
        row.addStretch(1)
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Name in the table:"))
        name_label.setBuddy(self.name_combo)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.total_label)
        layout.addWidget(self.text_edit)
        self._chosen: int | None = None
        self._names: dict[int, str] = {}
        self._row_towns: list[int] = []
        self._towns_shown: tuple[TownFacts, ...] = ()  # the towns of the table as shown
        self._filling = False

    def load(self, content: MappingContent) -> None:
        """Show the towns' section as saved in ``content``."""
        self._chosen = content.towns.member_year
        self._names = dict(content.towns.names)
        self.text_edit.setPlainText(content.towns.text)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the towns' section as the page shows it."""
        return replace(
            content,
            towns=replace(
                content.towns,
                member_year=self._chosen,
                text=self.text_edit.toPlainText(),
                names=tuple(self._names.items()),
            ),
        )

    def refresh(self) -> None:
        """Fill the towns' table and the year choice from the register."""
        data = self.host.data()
        self._filling = True
        self.year_combo.clear()
        self.year_combo.addItem(
            self.tr("Automatic: %1").replace("%1", str(data.member_year or "–")), None
        )
        first, last = data.period
        for year in range(last, first - 1, -1):
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(self._chosen) if self._chosen is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0))
        self._filling = False
        self._show()

    def _year_changed(self, _index: int) -> None:
        if self._filling:
            return
        chosen = self.year_combo.currentData()
        self._chosen = int(chosen) if chosen is not None else None
        self.host.content_changed()
        self.when_figures(self._show)

    def _town_selected(self) -> None:
        """Offer the selected town's names for the table, its chosen one current."""
        town = self._selected_town()
        self._filling = True
        self.name_combo.clear()
        if town is not None:
            for name in (town.name, *town.other_names):
                self.name_combo.addItem(name, name)
            self.name_combo.setCurrentIndex(max(self.name_combo.findData(town.written_name), 0))
        self.name_combo.setEnabled(town is not None and bool(town.other_names))
        self._filling = False

    def _name_chosen(self, _index: int) -> None:
        town = self._selected_town()
        if self._filling or town is None:
            return
        name = self.name_combo.currentData()
        if not name or name == town.name:
            self._names.pop(town.town_id, None)
        else:
            self._names[town.town_id] = str(name)
        self.host.content_changed()
        row = self.table.currentRow()

        def show() -> None:
            self._show()
            self.table.selectRow(row)

        self.when_figures(show)

    def _selected_town(self) -> TownFacts | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._row_towns):
            return None
        town_id = self._row_towns[row]
        return next((t for t in self._towns_shown if t.town_id == town_id), None)

    def _show(self) -> None:
        data = self.host.data()
        self._towns_shown = data.towns
        by_id = {t.town_id: t for t in data.towns}
        rows: list[list[CellValue]] = []
        self._row_towns = []
        totals: list[str] = []
        for group in data.groups:
            for town_id in group.town_ids:
                town = by_id.get(town_id)
                if town is None:
                    continue
                members: CellValue = None
                if group.with_members:
                    members = town.members if town.members is not None else UNKNOWN
                rows.append([town.written_name, town.area, town.contact_year, members, group.name])
                self._row_towns.append(town_id)
            if group.with_members:
                totals.append(
                    f"{group.name or self.tr('Other twin towns')}: "
                    + format_total([group.total, *([None] * group.unknown)])
                )
        year = str(data.member_year or "–")
        fill_table(
            self.table,
            [
                self.tr("Twin town"),
                self.tr("Country (or area)"),
                self.tr("Contact year"),
                self.tr("Members %1").replace("%1", year),
                self.tr("Network"),
            ],
            rows,
        )
        self.total_label.setText(self.tr("Total: %1").replace("%1", "; ".join(totals) or "–"))


class AgreementsPage(MappingPage):
    """5 Avtal: every agreement of the included twinnings with its status."""

    needs_figures = True

    def __init__(self, host: MappingHost) -> None:
        super().__init__(host)
        self.setTitle(heading("agreements"))
        self.setSubTitle(self.tr("Found in the register; add your comment below."))
        self.summary_label = sentence_label(name="agreements_summary")
        self.table = read_only_table("agreements_table")
        self.text_edit = rich_text_box(
            "agreements_text", self.tr("Your comment on the agreements (may be left empty)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.text_edit)

    def load(self, content: MappingContent) -> None:
        """Show the agreements' text as saved in ``content``."""
        self.text_edit.setPlainText(content.agreements.text)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the agreements' text as the page shows it."""
        return replace(content, agreements=Agreements(self.text_edit.toPlainText()))

    def refresh(self) -> None:
        """Sum up the agreements between the twin towns from the register."""
        data = self.host.data()
        if not any(a.between_twins for a in data.agreements):
            summary = self.tr("No municipal agreements between the twin towns are recorded.")
        elif data.twins_without_agreement:
            summary = self.tr(
                "No agreement between the municipalities is recorded for %1."
            ).replace("%1", ", ".join(data.twins_without_agreement))
        else:
            summary = self.tr("Every included twinning has an agreement.")
        self.summary_label.setText(summary)
        fill_table(
            self.table,
            [self.tr("Agreement"), self.tr("Parties"), self.tr("Signed"), self.tr("Status")],
            [
                [a.title, ", ".join(a.parties), a.signed, vocabulary.label(a.status)]
                for a in data.agreements
            ],
            wrap=(0, 1),
        )


class ActivitiesPage(MappingPage):
    """6 Aktiviteter: meetings, activities and trips of the period by town, and the grants."""

    needs_figures = True

    def __init__(self, host: MappingHost) -> None:
        super().__init__(host)
        self.setTitle(heading("activities"))
        self.setSubTitle(
            self.tr("Network meetings, activities and trips of the period, and grants.")
        )
        self.table = read_only_table("activities_table")
        self.grants_table = read_only_table("grants_table")
        self.text_edit = rich_text_box(
            "activities_text",
            self.tr("Your comment on the activities (may be left empty)"),
            lines=3,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Grants:")))
        layout.addWidget(self.grants_table, 1)
        layout.addWidget(self.text_edit)

    def load(self, content: MappingContent) -> None:
        """Show the activities' text as saved in ``content``."""
        self.text_edit.setPlainText(content.activities.text)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the activities' text as the page shows it."""
        return replace(content, activities=Activities(self.text_edit.toPlainText()))

    def refresh(self) -> None:
        """Fill the table of meetings and activities from the register."""
        data = self.host.data()
        rows: list[list[CellValue]] = []
        for meeting in data.meetings:
            rows.append(
                [
                    str(meeting.year),
                    vocabulary.label(meeting.kind),
                    meeting.host or "",
                    meeting.place or "",
                ]
            )
        for activity in data.activities:
            rows.append(
                [
                    activity.start.isoformat() if activity.start else "",
                    activity.title,
                    ", ".join(activity.towns),
                    vocabulary.label(activity.area) if activity.area else "",
                ]
            )
        fill_table(
            self.table,
            [self.tr("When"), self.tr("What"), self.tr("Town or host"), self.tr("Place or area")],
            rows,
            wrap=(1, 2, 3),
        )
        fill_table(
            self.grants_table,
            [self.tr("Recipient"), self.tr("Year"), self.tr("Amount")],
            [
                [
                    g.recipient,
                    g.year,
                    Amount(g.amount, g.currency) if g.amount is not None else UNKNOWN,
                ]
                for g in data.grants
            ],
        )


class AnalysisPage(MappingPage):
    """8 Analys och slutsatser: her conclusions beside each twinning's derived status."""

    needs_figures = True

    def __init__(self, host: MappingHost) -> None:
        super().__init__(host)
        self.setTitle(heading("analysis"))
        self.setSubTitle(
            self.tr(
                "The status of each twinning as the register shows it, your judgement beside it; "
                "write your conclusions below."
            )
        )
        self.table = read_only_table("status_table")
        self.text_edit = rich_text_box("analysis_edit", placeholder("analysis"), lines=8)
        form = QFormLayout()
        form.addRow(self.tr("&Conclusions:"), self.text_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form, 1)

    def load(self, content: MappingContent) -> None:
        """Show the analysis text as saved in ``content``."""
        self.text_edit.setPlainText(content.analysis.text)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the analysis text as the page shows it."""
        return replace(content, analysis=Analysis(self.text_edit.toPlainText()))

    def refresh(self) -> None:
        """Fill the table of the twinnings' status from the register."""
        data = self.host.data()
        rows: list[list[CellValue]] = []
        for status in data.statuses:
            # Per level: her judgement first, the computed status beside it only where it differs.
            differs = status.override is not None and status.override != status.derived
            rows.append(
                [
                    status.town,
                    shown_text(status.effective, status.derived if differs else None),
                    vocabulary.label(status.civil),
                    status.contacts,
                    "; ".join(status.evidence),
                ]
            )
        fill_table(
            self.table,
            [
                self.tr("Twin town"),
                self.tr("Municipal level"),
                self.tr("Civil level"),
                self.tr("Contacts"),
                self.tr("Evidence"),
            ],
            rows,
            wrap=(4,),
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
