"""The mapping wizard's page on method and scope: which twinnings, networks and attachments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
)

from app.mapping import (
    MappingContent,
    Scope,
    heading,
    placeholder,
)
from ui.mapping.page_base import MappingPage
from ui.mapping.widgets import fill_checklist, rich_text_box, ticked_ids
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost


# ---------------------------------------------------------------- 2 method and scope


class ScopePage(MappingPage):
    """2 Metod och avgränsning: the twinnings and networks included, the period, the sources."""

    def __init__(self, host: MappingHost) -> None:
        super().__init__(host)
        self.setTitle(heading("scope"))
        self.setSubTitle(
            self.tr(
                "Which twinnings and networks the mapping covers, the years, and how it was made."
            )
        )
        self.twinning_list = QListWidget()
        self.twinning_list.setObjectName("twinning_list")
        self.twinning_list.setProperty("checkable", True)
        self.network_list = QListWidget()
        self.network_list.setObjectName("network_list")
        self.network_list.setProperty("checkable", True)
        self.from_spin = QSpinBox()
        self.from_spin.setObjectName("period_from")
        self.to_spin = QSpinBox()
        self.to_spin.setObjectName("period_to")
        for spin in (self.from_spin, self.to_spin):
            spin.setRange(1900, 2200)
        self.method_edit = rich_text_box("method_edit", placeholder("method"), lines=3)
        self.sources_edit = rich_text_box(
            "sources_consulted_edit", placeholder("sources_consulted"), lines=3
        )
        self.left_out_edit = rich_text_box("left_out_edit", placeholder("left_out"), lines=3)
        self.coverage_label = sentence_label(name="coverage_label")
        self.twinning_list.itemChanged.connect(self._scope_changed)
        self.network_list.itemChanged.connect(self._scope_changed)
        lists = QHBoxLayout()
        for caption, listing in (
            (self.tr("Twinnings"), self.twinning_list),
            (self.tr("Networks"), self.network_list),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(caption))
            column.addWidget(listing)
            lists.addLayout(column)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Period from")))
        period.addWidget(self.from_spin)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.to_spin)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Method:"), self.method_edit)
        form.addRow(self.tr("&Sources consulted:"), self.sources_edit)
        form.addRow(self.tr("&Left out, and why:"), self.left_out_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 2)
        layout.addWidget(self.coverage_label)
        layout.addLayout(period)
        layout.addLayout(form, 3)

    def load(self, content: MappingContent) -> None:
        """Show the method and scope of ``content``, with the twinnings, networks and files it covers."""
        s = content.scope
        opening = self.host.opening
        fill_checklist(self.twinning_list, opening.twinnings, lambda id_: id_ in s.twinning_ids)
        fill_checklist(self.network_list, opening.networks, lambda id_: id_ in s.network_ids)
        this_year = date.today().year
        self.from_spin.setValue(s.period_from or this_year)
        self.to_spin.setValue(s.period_to or this_year)
        self.method_edit.setPlainText(s.method)
        self.sources_edit.setPlainText(s.sources_consulted)
        self.left_out_edit.setPlainText(s.left_out)
        self.show_coverage()

    def _scope_changed(self, _item: QListWidgetItem) -> None:
        self.host.content_changed()
        self.show_coverage()

    def show_coverage(self) -> None:
        """Say what the mapping covers and leaves out, as the ticks stand now."""
        lines: list[str] = []
        left_out: list[str] = []
        for listing, none_text, some_text in (
            (
                self.twinning_list,
                self.tr("No twinning is included."),
                self.tr("Twinnings included: %1."),
            ),
            (
                self.network_list,
                self.tr("No network is included."),
                self.tr("Networks included: %1."),
            ),
        ):
            included: list[str] = []
            for row in range(listing.count()):
                item = listing.item(row)
                name = item.text().split(" (")[0]
                checked = item.checkState() == Qt.CheckState.Checked
                (included if checked else left_out).append(name)
            if listing.count():
                lines.append(
                    some_text.replace("%1", ", ".join(included)) if included else none_text
                )
        if left_out:
            lines.append(self.tr("Left out: %1.").replace("%1", ", ".join(left_out)))
        self.coverage_label.setText(" ".join(lines))

    def set_checked(self, listing: QListWidget, label_start: str, checked: bool) -> None:
        """Tick or untick the entry whose label starts with ``label_start`` (for tests, too)."""
        for row in range(listing.count()):
            item = listing.item(row)
            if item.text().startswith(label_start):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the method and scope as chosen here."""
        first, last = self.from_spin.value(), self.to_spin.value()
        return replace(
            content,
            scope=Scope(
                twinning_ids=ticked_ids(self.twinning_list),
                network_ids=ticked_ids(self.network_list),
                period_from=min(first, last),
                period_to=max(first, last),
                method=self.method_edit.toPlainText(),
                sources_consulted=self.sources_edit.toPlainText(),
                left_out=self.left_out_edit.toPlainText(),
            ),
        )
