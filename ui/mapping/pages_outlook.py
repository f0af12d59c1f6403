"""The mapping wizard's pages that look ahead: the outlook and the recommendations."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
)

from app.mapping import (
    MappingContent,
    Outlook,
    Recommendation,
    Recommendations,
    heading,
    placeholder,
)
from app.mapping.outlook import outlook_edited, redraft_outlook
from ui.mapping.headed_list import HeadedListPage
from ui.mapping.page_base import MappingPage
from ui.mapping.widgets import edit_button as _edit_button
from ui.mapping.widgets import fill_checklist, rich_text_box, text_box, ticked_ids

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost


# ---------------------------------------------------------------- 7 outlook


class OutlookPage(MappingPage):
    """7 Omvärldsperspektiv: the reference facts she ticks, the text drafted from them, sources."""

    def __init__(self, host: MappingHost) -> None:
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
        """Show the outlook of ``content``, with the facts it may draw on."""
        o = content.outlook
        self.drafted_ids = o.fact_ids
        drafted = o.fact_ids
        fill_checklist(
            self.fact_list,
            self.host.opening.facts,
            lambda id_: drafted is None or id_ in drafted,
        )
        self.text_edit.setPlainText(o.text)
        self.facts_edit.setPlainText(o.facts)
        self.sources_edit.setPlainText(o.sources)

    def chosen_ids(self) -> tuple[int, ...]:
        """The ids of the reference facts ticked now, in the list's order."""
        return ticked_ids(self.fact_list)

    def redraft(self) -> None:
        """Draft the text anew from the ticked facts; ask first if she has changed the text.

        The draft is read on the window's database worker; the button waits meanwhile.
        """
        shown = Outlook(
            self.text_edit.toPlainText(),
            self.facts_edit.toPlainText(),
            self.sources_edit.toPlainText(),
            self.drafted_ids,
        )
        chosen = self.chosen_ids()
        database = self.host.workspace.database

        def work() -> tuple[bool, Outlook]:
            return outlook_edited(database, shown), redraft_outlook(database, shown, chosen)

        self.redraft_button.setEnabled(False)
        self.host.read_register(work, lambda answer: self._redrafted(shown, answer))

    def _redrafted(self, shown: Outlook, answer: tuple[bool, Outlook]) -> None:
        self.redraft_button.setEnabled(not self.host.read_only)
        edited, drafted = answer
        # Typed into meanwhile: hers too, so she is asked.
        if edited or self.text_edit.toPlainText() != shown.text:
            reply = QMessageBox.question(
                self,
                heading("outlook"),
                self.tr(
                    "The text has been changed since it was drafted. "
                    "Replace it with a new draft from the chosen facts?"
                ),
            )
            if reply != QMessageBox.StandardButton.Yes:
                return
        self.drafted_ids = drafted.fact_ids
        self.text_edit.setPlainText(drafted.text)
        self.sources_edit.setPlainText(drafted.sources)
        self.host.content_changed()

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the outlook as written here."""
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


class RecommendationsPage(HeadedListPage[Recommendation]):
    """9 Rekommendationer: headed recommendations, added, removed and put in order."""

    def __init__(self, host: MappingHost) -> None:
        text_edit = rich_text_box("recommendation_text", placeholder("recommendations"), lines=6)
        super().__init__(host, "recommendation", text_edit)
        self.setTitle(heading("recommendations"))
        self.setSubTitle(self.tr("Each recommendation has a heading and its text."))
        layout = QVBoxLayout(self)
        layout.addLayout(self.list_with_buttons())
        layout.addWidget(self.heading_edit)
        layout.addWidget(self.text_edit, 1)
        self._update_editors()

    def load(self, content: MappingContent) -> None:
        """Show the recommendations of ``content``."""
        self.items = list(content.recommendations.items)
        self._refill(0 if self.items else -1)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the recommendations as written here."""
        return replace(content, recommendations=Recommendations(tuple(self.items)))

    def new_item(self) -> Recommendation:
        """An empty recommendation."""
        return Recommendation()

    def item_from_editors(self) -> Recommendation:
        """The recommendation as the heading and the text read now."""
        return Recommendation(self.heading_edit.text(), self.text_edit.toPlainText())

    def label(self, index: int) -> str:
        """Its heading, or its number while it has none."""
        item = self.items[index]
        return item.heading.strip() or self.tr("Recommendation %1").replace("%1", str(index + 1))
