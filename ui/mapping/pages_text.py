"""The wizard's pages for what the coordinator writes: commission, scope, history, outlook,
recommendations, sources and appendix."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from app.mapping import (
    Appendix,
    Commission,
    History,
    MappingContent,
    Outlook,
    Recommendation,
    Recommendations,
    Scope,
    Sources,
    heading,
    placeholder,
)
from app.mapping.outlook import fact_choices, outlook_edited, redraft_outlook
from app.mapping.scope import attachment_choices, network_choices, twinning_choices
from ui.mapping.page_base import MappingPage
from ui.mapping.widgets import edit_button as _edit_button
from ui.mapping.widgets import named_line as _line
from ui.mapping.widgets import rich_text_box, text_box

if TYPE_CHECKING:
    from ui.mapping.wizard import MappingWizard


# ---------------------------------------------------------------- 1 commission


class CommissionPage(MappingPage):
    """1 Uppdrag: who asked, why, and the title page; what changed since the last mapping."""

    def __init__(self, host: MappingWizard) -> None:
        super().__init__(host)
        self.setTitle(heading("commission"))
        self.setSubTitle(
            self.tr("Who commissioned the mapping, for what occasion and why; the title page.")
        )
        self.title_edit = _line("title_edit")
        self.author_edit = _line("author_edit")
        self.registry_edit = _line("registry_edit")
        self.registry_edit.setPlaceholderText("KS 2014/187")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.commissioned_edit = _line("commissioned_edit")
        self.commissioned_edit.setPlaceholderText(placeholder("commissioned_by"))
        self.occasion_edit = _line("occasion_edit")
        self.occasion_edit.setPlaceholderText(placeholder("occasion"))
        self.purpose_edit = text_box("purpose_edit", placeholder("purpose"), lines=3)
        self.text_edit = rich_text_box("commission_text", placeholder("commission"), lines=4)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Author:"), self.author_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Registry number:"), self.registry_edit)
        form.addRow(self.tr("&Commissioned by:"), self.commissioned_edit)
        form.addRow(self.tr("&Occasion:"), self.occasion_edit)
        form.addRow(self.tr("&Purpose:"), self.purpose_edit)
        form.addRow(self.tr("The commission in &prose:"), self.text_edit)
        self.changes_box = QGroupBox(self.tr("What has changed since the last mapping"))
        self.changes_box.setObjectName("changes_box")
        self.changes_list = QListWidget()
        self.changes_list.setObjectName("changes_list")
        changes_layout = QVBoxLayout(self.changes_box)
        changes_layout.addWidget(self.changes_list)
        self.changes_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.changes_box)

    def load(self, content: MappingContent) -> None:
        c = content.commission
        self.title_edit.setText(c.title)
        self.author_edit.setText(c.author)
        self.registry_edit.setText(c.registry_no)
        day = c.report_date or date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.commissioned_edit.setText(c.commissioned_by)
        self.occasion_edit.setText(c.occasion)
        self.purpose_edit.setPlainText(c.purpose)
        self.text_edit.setPlainText(c.text)

    def store(self, content: MappingContent) -> MappingContent:
        picked = self.date_edit.date()
        return replace(
            content,
            commission=Commission(
                commissioned_by=self.commissioned_edit.text(),
                occasion=self.occasion_edit.text(),
                purpose=self.purpose_edit.toPlainText(),
                text=self.text_edit.toPlainText(),
                author=self.author_edit.text(),
                title=self.title_edit.text(),
                report_date=date(picked.year(), picked.month(), picked.day()),
                registry_no=self.registry_edit.text(),
            ),
        )

    def show_changes(self, title: str | None, lines: list[str]) -> None:
        """List what changed since the report this one started from (hidden when none)."""
        self.changes_list.clear()
        if title is None:
            self.changes_box.setVisible(False)
            return
        self.changes_box.setTitle(self.tr("What has changed since %1").replace("%1", title))
        for line in lines or [self.tr("Nothing in the register has changed.")]:
            self.changes_list.addItem(line)
        self.changes_box.setVisible(True)


# ---------------------------------------------------------------- 2 method and scope


class ScopePage(MappingPage):
    """2 Metod och avgränsning: the twinnings and networks included, the period, the sources."""

    def __init__(self, host: MappingWizard) -> None:
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
        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("coverage_label")
        self.coverage_label.setWordWrap(True)
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
        s = content.scope
        self.twinning_list.clear()
        for choice in twinning_choices(self.host.workspace):
            item = QListWidgetItem(choice.label())
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = choice.id in s.twinning_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.twinning_list.addItem(item)
        self.network_list.clear()
        for network in network_choices(self.host.workspace):
            item = QListWidgetItem(network.label())
            item.setData(Qt.ItemDataRole.UserRole, network.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = network.id in s.network_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.network_list.addItem(item)
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

    @staticmethod
    def _checked(listing: QListWidget) -> tuple[int, ...]:
        ids = []
        for row in range(listing.count()):
            item = listing.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def set_checked(self, listing: QListWidget, label_start: str, checked: bool) -> None:
        """Tick or untick the entry whose label starts with ``label_start`` (for tests, too)."""
        for row in range(listing.count()):
            item = listing.item(row)
            if item.text().startswith(label_start):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def store(self, content: MappingContent) -> MappingContent:
        first, last = self.from_spin.value(), self.to_spin.value()
        return replace(
            content,
            scope=Scope(
                twinning_ids=self._checked(self.twinning_list),
                network_ids=self._checked(self.network_list),
                period_from=min(first, last),
                period_to=max(first, last),
                method=self.method_edit.toPlainText(),
                sources_consulted=self.sources_edit.toPlainText(),
                left_out=self.left_out_edit.toPlainText(),
            ),
        )


# ---------------------------------------------------------------- 3 history


class HistoryPage(MappingPage):
    """3 Historik: the register's dated lines, to be edited into prose."""

    def __init__(self, host: MappingWizard) -> None:
        super().__init__(host)
        self.setTitle(heading("history"))
        self.setSubTitle(
            self.tr(
                "Drafted from the register as dated lines: contacts, members joining and leaving, "
                "agreements, meetings and decisions. Turn them into prose as you like."
            )
        )
        self.text_edit = rich_text_box("history_edit", placeholder("history"), lines=14)
        self.add_button = _edit_button(
            self.tr("Add the register's lines that are missing"), "add_history_lines"
        )
        self.add_button.clicked.connect(self.add_missing_lines)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def load(self, content: MappingContent) -> None:
        self.text_edit.setPlainText(content.history.text)

    def store(self, content: MappingContent) -> MappingContent:
        return replace(content, history=History(self.text_edit.toPlainText()))

    def add_missing_lines(self) -> None:
        """Append the dated lines of the register that the text does not hold yet."""
        text = self.text_edit.toPlainText()
        have = set(line.strip() for line in text.splitlines())
        missing = [line for line in self.host.data().history_lines if line not in have]
        if missing:
            self.text_edit.setPlainText(
                (text.rstrip() + "\n\n" if text.strip() else "") + "\n".join(missing)
            )


# ---------------------------------------------------------------- 7 outlook


class OutlookPage(MappingPage):
    """7 Omvärldsperspektiv: the reference facts she ticks, the text drafted from them, sources."""

    def __init__(self, host: MappingWizard) -> None:
        super().__init__(host)
        self.setTitle(heading("outlook"))
        self.setSubTitle(
            self.tr("How others see twinning today: other municipalities, the association, the EU.")
        )
        self.fact_list = QListWidget()
        self.fact_list.setObjectName("outlook_fact_list")
        self.fact_list.setProperty("checkable", True)
        self.fact_list.setWordWrap(True)
        self.fact_list.setMinimumHeight(170)
        self.redraft_button = _edit_button(
            self.tr("Re&write the draft from the chosen facts"), "outlook_redraft"
        )
        self.redraft_button.clicked.connect(self.redraft)
        self.fact_list.itemChanged.connect(lambda _item: self.host.content_changed())
        self.text_edit = rich_text_box("outlook_edit", placeholder("outlook"), lines=10)
        self.facts_edit = text_box("outlook_facts", self.tr("One fact or figure a line"), lines=3)
        self.sources_edit = text_box("outlook_sources", self.tr("One source a line"), lines=3)
        # The choice the text was last drafted from: the ticks may differ until she redrafts.
        self.drafted_ids: tuple[int, ...] | None = None
        facts = QVBoxLayout()
        facts.addWidget(self.fact_list)
        facts.addWidget(self.redraft_button)
        form = QFormLayout()
        # A row holding a layout gets no buddy from the form: the label is given its list.
        facts_label = QLabel(self.tr("&Reference facts:"))
        facts_label.setBuddy(self.fact_list)
        form.addRow(facts_label, facts)
        form.addRow(self.tr("&Text:"), self.text_edit)
        form.addRow(self.tr("&Facts and figures:"), self.facts_edit)
        form.addRow(self.tr("&Their sources:"), self.sources_edit)
        QVBoxLayout(self).addLayout(form)

    def load(self, content: MappingContent) -> None:
        o = content.outlook
        self.drafted_ids = o.fact_ids
        self.fact_list.clear()
        for choice in fact_choices(self.host.workspace):
            item = QListWidgetItem(choice.label())
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = o.fact_ids is None or choice.id in o.fact_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.fact_list.addItem(item)
        self.text_edit.setPlainText(o.text)
        self.facts_edit.setPlainText(o.facts)
        self.sources_edit.setPlainText(o.sources)

    def chosen_ids(self) -> tuple[int, ...]:
        """The ids of the reference facts ticked now, in the list's order."""
        return ScopePage._checked(self.fact_list)

    def redraft(self) -> None:
        """Draft the text anew from the ticked facts; ask first if she has changed the text."""
        shown = Outlook(
            self.text_edit.toPlainText(),
            self.facts_edit.toPlainText(),
            self.sources_edit.toPlainText(),
            self.drafted_ids,
        )
        if outlook_edited(self.host.workspace, shown):
            answer = QMessageBox.question(
                self,
                heading("outlook"),
                self.tr(
                    "The text has been changed since it was drafted. "
                    "Replace it with a new draft from the chosen facts?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        drafted = redraft_outlook(self.host.workspace, shown, self.chosen_ids())
        self.drafted_ids = drafted.fact_ids
        self.text_edit.setPlainText(drafted.text)
        self.sources_edit.setPlainText(drafted.sources)
        self.host.content_changed()

    def store(self, content: MappingContent) -> MappingContent:
        ids = self.chosen_ids()
        everything = len(ids) == self.fact_list.count() and self.drafted_ids is None
        return replace(
            content,
            outlook=Outlook(
                self.text_edit.toPlainText(),
                self.facts_edit.toPlainText(),
                self.sources_edit.toPlainText(),
                # "All" stays open to facts she adds later, until she narrows the choice.
                None if everything else ids,
            ),
        )


# ---------------------------------------------------------------- 9 recommendations


class RecommendationsPage(MappingPage):
    """9 Rekommendationer: headed recommendations, added, removed and put in order."""

    def __init__(self, host: MappingWizard) -> None:
        super().__init__(host)
        self.setTitle(heading("recommendations"))
        self.setSubTitle(self.tr("Each recommendation has a heading and its text."))
        self.items: list[Recommendation] = []
        self.item_list = QListWidget()
        self.item_list.setObjectName("recommendation_list")
        self.heading_edit = _line("recommendation_heading")
        self.heading_edit.setPlaceholderText(self.tr("Heading"))
        self.text_edit = rich_text_box(
            "recommendation_text", placeholder("recommendations"), lines=6
        )
        self.add_button = _edit_button(self.tr("&Add"), "add_recommendation")
        self.remove_button = _edit_button(self.tr("&Remove"), "remove_recommendation")
        self.up_button = _edit_button(self.tr("Move &up"), "recommendation_up")
        self.down_button = _edit_button(self.tr("Move do&wn"), "recommendation_down")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.item_list.currentRowChanged.connect(self._show)
        self.heading_edit.textEdited.connect(self._edited)
        self.text_edit.textChanged.connect(self._edited)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.item_list, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading_edit)
        layout.addWidget(self.text_edit, 1)
        self._showing = -1
        self._update_editors()

    def load(self, content: MappingContent) -> None:
        self.items = list(content.recommendations.items)
        self._refill(0 if self.items else -1)

    def store(self, content: MappingContent) -> MappingContent:
        return replace(content, recommendations=Recommendations(tuple(self.items)))

    def _label(self, index: int) -> str:
        item = self.items[index]
        return item.heading.strip() or self.tr("Recommendation %1").replace("%1", str(index + 1))

    def _refill(self, current: int) -> None:
        self._showing = -1
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for index in range(len(self.items)):
            self.item_list.addItem(self._label(index))
        self.item_list.blockSignals(False)
        self.item_list.setCurrentRow(current)
        self._show(current)

    def _show(self, row: int) -> None:
        self._showing = -1  # no edits recorded while the editors are filled
        item = self.items[row] if 0 <= row < len(self.items) else Recommendation()
        self.heading_edit.setText(item.heading)
        self.text_edit.setPlainText(item.text)
        self._showing = row
        self._update_editors()

    def _edited(self, *_: object) -> None:
        row = self._showing
        if 0 <= row < len(self.items):
            self.items[row] = Recommendation(self.heading_edit.text(), self.text_edit.toPlainText())
            list_item = self.item_list.item(row)
            if list_item is not None:
                list_item.setText(self._label(row))

    def _update_editors(self) -> None:
        has = 0 <= self._showing < len(self.items)
        read_only = self.host.read_only
        self.heading_edit.setEnabled(has)
        self.text_edit.setEnabled(has)
        self.remove_button.setEnabled(has and not read_only)
        self.up_button.setEnabled(has and self._showing > 0 and not read_only)
        self.down_button.setEnabled(has and self._showing < len(self.items) - 1 and not read_only)
        self.add_button.setEnabled(not read_only)

    def add(self) -> None:
        """A new, empty recommendation at the end, ready for its heading."""
        self.items.append(Recommendation())
        self._refill(len(self.items) - 1)
        self.heading_edit.setFocus()

    def remove(self) -> None:
        row = self._showing
        if 0 <= row < len(self.items):
            del self.items[row]
            self._refill(min(row, len(self.items) - 1))

    def move_item(self, step: int) -> None:
        """Move the shown recommendation ``step`` places up (-1) or down (+1)."""
        row = self._showing
        target = row + step
        if 0 <= row < len(self.items) and 0 <= target < len(self.items):
            self.items[row], self.items[target] = self.items[target], self.items[row]
            self._refill(target)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._update_editors()


# ---------------------------------------------------------------- 10 sources


class SourcesPage(MappingPage):
    """10 Källförteckning: the register's decisions, documents and attachments, plus her own."""

    def __init__(self, host: MappingWizard) -> None:
        super().__init__(host)
        self.setTitle(heading("sources"))
        self.setSubTitle(
            self.tr(
                "Found in the register and added by themselves; add your own below, one a line."
            )
        )
        self.found_list = QListWidget()
        self.found_list.setObjectName("found_sources")
        self.own_edit = text_box("own_sources", self.tr("One source a line"), lines=5)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("From the register:")))
        layout.addWidget(self.found_list, 2)
        # The label names its box, so its "&" marks Alt+Y instead of printing.
        own_label = QLabel(self.tr("&Your own sources:"))
        own_label.setObjectName("own_sources_label")
        own_label.setBuddy(self.own_edit)
        layout.addWidget(own_label)
        layout.addWidget(self.own_edit, 1)

    def refresh(self) -> None:
        self.found_list.clear()
        for line in self.host.data().sources:
            self.found_list.addItem(line)

    def load(self, content: MappingContent) -> None:
        self.own_edit.setPlainText(content.sources.own)

    def store(self, content: MappingContent) -> MappingContent:
        return replace(content, sources=Sources(self.own_edit.toPlainText()))


# ---------------------------------------------------------------- 11 appendix


class AppendixPage(MappingPage):
    """11 Bilagor: a fact sheet per town, and the attachments to append."""

    def __init__(self, host: MappingWizard) -> None:
        super().__init__(host)
        self.setTitle(heading("appendix"))
        self.setSubTitle(self.tr("A page of facts per twin town, and attachments to append."))
        self.fact_sheets_box = QCheckBox(self.tr("A &fact sheet for each twin town"))
        self.fact_sheets_box.setObjectName("fact_sheets_box")
        self.fact_sheets_box.setProperty("edits", True)
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("attachment_list")
        self.attachment_list.setProperty("checkable", True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fact_sheets_box)
        layout.addWidget(QLabel(self.tr("Append these attachments:")))
        layout.addWidget(self.attachment_list)

    def load(self, content: MappingContent) -> None:
        a = content.appendix
        self.fact_sheets_box.setChecked(a.fact_sheets)
        self.attachment_list.clear()
        for choice in attachment_choices(self.host.workspace):
            item = QListWidgetItem(choice.label())
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = choice.id in a.attachment_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.attachment_list.addItem(item)

    def store(self, content: MappingContent) -> MappingContent:
        chosen = []
        for row in range(self.attachment_list.count()):
            item = self.attachment_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return replace(
            content,
            appendix=Appendix(
                fact_sheets=self.fact_sheets_box.isChecked(), attachment_ids=tuple(chosen)
            ),
        )
