"""The wizard's pages for what the coordinator writes: commission, history, sources and
appendix (method and scope in :mod:`ui.mapping.pages_scope`, outlook and recommendations in
:mod:`ui.mapping.pages_outlook`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
)

from app.mapping import (
    Appendix,
    Commission,
    History,
    MappingContent,
    Sources,
    heading,
    placeholder,
)
from ui.mapping.page_base import MappingPage
from ui.mapping.widgets import edit_button as _edit_button
from ui.mapping.widgets import fill_checklist, rich_text_box, text_box, ticked_ids
from ui.mapping.widgets import named_line as _line

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost


# ---------------------------------------------------------------- 1 commission


class CommissionPage(MappingPage):
    """1 Uppdrag: who asked, why, and the title page; what changed since the last mapping."""

    def __init__(self, host: MappingHost) -> None:
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
        """Show the commission of ``content``."""
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
        """``content`` with the commission as written here."""
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


# ---------------------------------------------------------------- 3 history


class HistoryPage(MappingPage):
    """3 Historik: the register's dated lines, to be edited into prose."""

    def __init__(self, host: MappingHost) -> None:
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
        """Show the history of ``content``."""
        self.text_edit.setPlainText(content.history.text)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the history as written here."""
        return replace(content, history=History(self.text_edit.toPlainText()))

    def add_missing_lines(self) -> None:
        """Append the dated lines of the register that the text does not hold yet."""
        self.when_figures(self._add_missing_lines)

    def _add_missing_lines(self) -> None:
        text = self.text_edit.toPlainText()
        have = set(line.strip() for line in text.splitlines())
        missing = [line for line in self.host.data().history_lines if line not in have]
        if missing:
            self.text_edit.setPlainText(
                (text.rstrip() + "\n\n" if text.strip() else "") + "\n".join(missing)
            )


# ---------------------------------------------------------------- 10 sources


class SourcesPage(MappingPage):
    """10 Källförteckning: the register's decisions, documents and attachments, plus her own."""

    def __init__(self, host: MappingHost) -> None:
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

    needs_figures = True

    def refresh(self) -> None:
        """List the sources the register's data comes from, as gathered now."""
        self.found_list.clear()
        for line in self.host.data().sources:
            self.found_list.addItem(line)

    def load(self, content: MappingContent) -> None:
        """Show the sources of ``content``."""
        self.own_edit.setPlainText(content.sources.own)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the sources as written here."""
        return replace(content, sources=Sources(self.own_edit.toPlainText()))


# ---------------------------------------------------------------- 11 appendix


class AppendixPage(MappingPage):
    """11 Bilagor: a fact sheet per town, and the attachments to append."""

    def __init__(self, host: MappingHost) -> None:
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
        """Show the appendix of ``content``."""
        a = content.appendix
        self.fact_sheets_box.setChecked(a.fact_sheets)
        fill_checklist(
            self.attachment_list,
            self.host.opening.attachments,
            lambda id_: id_ in a.attachment_ids,
        )

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the appendix as written here."""
        return replace(
            content,
            appendix=Appendix(
                fact_sheets=self.fact_sheets_box.isChecked(),
                attachment_ids=ticked_ids(self.attachment_list),
            ),
        )
