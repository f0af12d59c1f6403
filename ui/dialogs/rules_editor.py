"""Every field of app.rules.Rules with a widget that fits it, grouped as the coordinator thinks.

The municipality's own rules come first, each as the sentence its policy would
use ("Trips to twin towns are approved by: [the executive board]"), switched on
by its tick box, with the governing document it comes from. The first-start
dialog shows only these (``municipal_only``). A field added to Rules later
still shows up (under "Other rules", with a widget chosen by its type), so no
rule is ever stuck at its default.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language
from app.rules import MUNICIPAL_RULES, Rules
from app.services.kinds import spec_for
from app.vocabulary import label as choice_label
from ui.sentence_label import sentence_label

MAX_DAYS = 3650


class RulesEditor(QWidget):
    """Edits a Rules value; ``rules()`` gives the edited copy."""

    def __init__(self, parent: QWidget | None = None, *, municipal_only: bool = False) -> None:
        super().__init__(parent)
        self._widgets: dict[str, QWidget] = {}
        self._base = Rules()
        self._source_rows: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        known: set[str] = set()
        layout.addWidget(self._municipal_box(known))
        if municipal_only:
            layout.addStretch(1)
            self.set_policy_documents([])
            return
        for title, rows in self._groups():
            box = QGroupBox(title, self)
            form = QFormLayout(box)
            for name, text, widget in rows:
                widget.setObjectName(f"rule_{name}")
                self._widgets[name] = widget
                known.add(name)
                if isinstance(widget, QCheckBox):
                    widget.setText(text)
                    form.addRow(widget)
                else:
                    form.addRow(text, widget)
            layout.addWidget(box)
        others = [f for f in dataclasses.fields(Rules) if f.name not in known]
        if others:
            box = QGroupBox(self.tr("Other rules"), self)
            form = QFormLayout(box)
            for f in others:
                widget = self._generic(getattr(Rules(), f.name))
                widget.setObjectName(f"rule_{f.name}")
                self._widgets[f.name] = widget
                form.addRow(f.name.replace("_", " "), widget)
            layout.addWidget(box)
        layout.addStretch(1)
        self.set_policy_documents([])

    # ------------------------------------------------------------ the municipality's own rules

    def _municipal_box(self, known: set[str]) -> QGroupBox:
        box = QGroupBox(self.tr("The municipality's own rules"), self)
        column = QVBoxLayout(box)
        intro = sentence_label(
            self.tr(
                "Tick the rules the municipality's own governing documents state; the others "
                "are not applied. Approval of trips by the executive board is ticked from the "
                "start, as every municipality has it: untick it or choose another body if the "
                "municipality's rules say otherwise. Reminders of agreements, governing "
                "documents, grants and hosting always apply."
            ),
            box,
        )
        column.addWidget(intro)
        bodies = {name: self._bodies() for name in ("trip", "report", "yearly")}
        threshold = self._number(0, 100_000_000, suffix=" kr", step=1000)
        day = self._number(1, 31)
        # Each rule: the sentence's first line after the tick box, then a second line
        # (indented) with the rest of its figures, so the page fits a small screen.
        sentences: dict[str, tuple[str, list[QWidget | str], list[QWidget | str]]] = {
            "trip_approval": (
                self.tr("Trips to twin towns are approved by:"),
                [bodies["trip"]],
                [],
            ),
            "report_back": (
                self.tr("Trips costing more than"),
                [threshold, self.tr("are reported back to:"), bodies["report"]],
                [],
            ),
            "yearly_council_report": (
                self.tr("Exchanges and trips are reported every year to:"),
                [bodies["yearly"]],
                [self.tr("by"), day, self._months()],
            ),
            "evaluate_each_term": (
                self.tr("The twinnings are evaluated every term of office"),
                [],
                [],
            ),
        }
        names = {
            "trip_approval": ["trip_approval_body"],
            "report_back": ["report_back_threshold_sek", "report_back_body"],
            "yearly_council_report": ["yearly_report_body", "yearly_report_day",
                                      "yearly_report_month"],
            "evaluate_each_term": [],
        }  # fmt: skip
        for switch, _body, source in MUNICIPAL_RULES:
            text, first, second = sentences[switch]
            tick = QCheckBox(text, box)
            figures = iter(names[switch])
            controls: list[QWidget] = []
            lines: list[QHBoxLayout] = []
            for index, parts in enumerate((first, second)):
                if index and not parts:
                    continue
                row = QHBoxLayout()
                if index == 0:
                    row.addWidget(tick)
                else:
                    row.addSpacing(24)
                for part in parts:
                    widget: QWidget
                    if isinstance(part, str):
                        widget = QLabel(part, box)
                    else:
                        widget = part
                        self._keep(next(figures), widget, known)
                    row.addWidget(widget)
                    controls.append(widget)
                row.addStretch(1)
                lines.append(row)
            self._keep(switch, tick, known)
            for row in lines:
                column.addLayout(row)
            cited = QWidget(box)
            cited_row = QHBoxLayout(cited)
            cited_row.setContentsMargins(24, 0, 0, 0)
            cited_label = QLabel(self.tr("Stated in:"), cited)
            documents = QComboBox(cited)
            documents.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            documents.setMinimumContentsLength(20)
            self._keep(source, documents, known)
            cited_row.addWidget(cited_label)
            cited_row.addWidget(documents, 1)
            column.addWidget(cited)
            self._source_rows.append(cited)
            controls.append(cited)
            tick.toggled.connect(lambda on, widgets=controls: self._enable(widgets, on))
            self._enable(controls, False)
        return box

    def _keep(self, name: str, widget: QWidget, known: set[str]) -> None:
        widget.setObjectName(f"rule_{name}")
        self._widgets[name] = widget
        known.add(name)

    @staticmethod
    def _enable(widgets: list[QWidget], on: bool) -> None:
        for widget in widgets:
            widget.setEnabled(on)

    def set_policy_documents(self, documents: list[tuple[int, str]]) -> None:
        """The governing documents a rule may cite, as (id, title); none hides the choice."""
        for _switch, _body, source in MUNICIPAL_RULES:
            combo = self._widgets[source]
            assert isinstance(combo, QComboBox)
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(no document chosen)"), None)
            for doc_id, title in documents:
                combo.addItem(title, doc_id)
            self._select(combo, current)
        for row in self._source_rows:
            row.setVisible(bool(documents))

    def _select(self, combo: QComboBox, value: Any) -> None:
        position = combo.findData(value)
        if position < 0:  # a stored code or document this version does not list: keep it
            if combo.objectName().endswith("_source_id"):
                text = self.tr("(document %1, not in the register)").replace("%1", str(value))
            else:
                text = str(value)
            combo.addItem(text, value)
            position = combo.count() - 1
        combo.setCurrentIndex(position)

    # ------------------------------------------------------------ widgets

    def _groups(self) -> list[tuple[str, list[tuple[str, str, QWidget]]]]:
        return [
            (
                self.tr("Days of warning before something falls due"),
                [
                    (
                        "policy_lead_days",
                        self.tr("Governing documents, before the revise-by date"),
                        self._days(),
                    ),
                    (
                        "agreement_lead_days",
                        self.tr("Agreements, before the review or end date"),
                        self._days(),
                    ),
                    (
                        "grant_report_lead_days",
                        self.tr("Grant reports, before they are due"),
                        self._days(),
                    ),
                    (
                        "hosting_follow_up_days",
                        self.tr("Follow-up report after hosting a network meeting, within"),
                        self._days(),
                    ),
                    (
                        "trip_approval_lead_days",
                        self.tr("Trips to twin towns, before departure"),
                        self._days(),
                    ),
                    (
                        "trip_report_back_days",
                        self.tr("Report-back, days after the return"),
                        self._days(),
                    ),
                    (
                        "yearly_report_lead_days",
                        self.tr("Yearly report of exchanges and trips, before it is due"),
                        self._days(),
                    ),
                    (
                        "term_evaluation_lead_days",
                        self.tr("Term evaluation, before the term ends"),
                        self._days(),
                    ),
                    (
                        "agreement_action_lead_days",
                        self.tr("Items of agreements' action plans, before they are due"),
                        self._days(),
                    ),
                    (
                        "hosting_notice_days",
                        self.tr("Hosting a network meeting, before 1 January of that year"),
                        self._days(),
                    ),
                    (
                        "person_disposal_lead_days",
                        self.tr("Personal data, before it is to be disposed of"),
                        self._days(),
                    ),
                ],
            ),
            (
                self.tr("Status of a twinning"),
                [
                    (
                        "status_period_years",
                        self.tr("Judge the status over the last"),
                        self._number(1, 20, suffix=" " + self.tr("years")),
                    ),
                    (
                        "status_active_per_year",
                        self.tr("Active: at least this many activities or meetings a year"),
                        self._decimal(0, 100),
                    ),
                    (
                        "status_sporadic_min",
                        self.tr("Sporadic: at least this many in the period"),
                        self._number(0, 1000),
                    ),
                    (
                        "status_new_years",
                        self.tr("New: begun within the last"),
                        self._number(0, 50, suffix=" " + self.tr("years")),
                    ),
                ],
            ),
        ]

    def _number(self, low: int, high: int, *, suffix: str = "", step: int = 1) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setGroupSeparatorShown(True)
        box.setLocale(self._locale())  # "10 000 kr", not the system's "10,000"
        return box

    @staticmethod
    def _locale() -> QLocale:
        swedish = current_language() == "sv"
        return QLocale(QLocale.Language.Swedish if swedish else QLocale.Language.English)

    def _days(self) -> QSpinBox:
        return self._number(0, MAX_DAYS, suffix=" " + self.tr("days"))

    def _decimal(self, low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(low, high)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        return box

    def _bodies(self) -> QComboBox:
        combo = QComboBox(self)
        for code in spec_for("decision").field("body").choices:
            combo.addItem(choice_label(code), code)
        return combo

    def _months(self) -> QComboBox:
        combo = QComboBox(self)
        locale = self._locale()
        for month in range(1, 13):
            combo.addItem(locale.monthName(month, QLocale.FormatType.LongFormat), month)
        return combo

    def _generic(self, default: Any) -> QWidget:
        if isinstance(default, bool):
            return QCheckBox(self)
        if isinstance(default, int):
            return self._number(-1_000_000_000, 1_000_000_000)
        if isinstance(default, float):
            return self._decimal(-1e9, 1e9)
        return QLineEdit(self)

    # ------------------------------------------------------------ values

    def set_rules(self, rules: Rules) -> None:
        """Show ``rules`` in the widgets."""
        self._base = rules
        for name, widget in self._widgets.items():
            value = getattr(rules, name)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                if value is None and widget.findData(None) < 0:
                    continue
                self._select(widget, value)
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))

    def rules(self) -> Rules:
        """The rules as edited."""
        values: dict[str, Any] = {}
        for name, widget in self._widgets.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        return dataclasses.replace(self._base, **values)

    def widget(self, name: str) -> QWidget:
        """The widget editing rule ``name``."""
        return self._widgets[name]
