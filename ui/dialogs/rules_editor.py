"""Every field of app.rules.Rules with a widget that fits it, grouped as the coordinator thinks.

A field added to Rules later still shows up (under "Other rules", with a widget
chosen by its type), so no rule is ever stuck at its default.
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
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language
from app.rules import Rules
from app.services.kinds import spec_for
from app.vocabulary import label as choice_label

MAX_DAYS = 3650


class RulesEditor(QWidget):
    """Edits a Rules value; ``rules()`` gives the edited copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: dict[str, QWidget] = {}
        self._base = Rules()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        known: set[str] = set()
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

    # ------------------------------------------------------------ widgets

    def _groups(self) -> list[tuple[str, list[tuple[str, str, QWidget]]]]:
        return [
            (
                self.tr("Trips"),
                [
                    ("trip_approval_body", self.tr("Trips are approved by"), self._bodies()),
                    (
                        "report_back_threshold_sek",
                        self.tr("Report back to the board when a trip costs more than"),
                        self._number(0, 100_000_000, suffix=" kr", step=1000),
                    ),
                ],
            ),
            (
                self.tr("Reports and evaluations"),
                [
                    (
                        "yearly_council_report",
                        self.tr("Report all exchanges and trips to the council once a year"),
                        QCheckBox(self),
                    ),
                    (
                        "yearly_report_month",
                        self.tr("The yearly report is due by the end of"),
                        self._months(),
                    ),
                    (
                        "evaluate_each_term",
                        self.tr("Evaluate every twinning once per term of office"),
                        QCheckBox(self),
                    ),
                ],
            ),
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
                        self.tr("Yearly report to the council, before it is due"),
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
        return box

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
        locale = QLocale(
            QLocale.Language.Swedish if current_language() == "sv" else QLocale.Language.English
        )
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
                position = widget.findData(value)
                if position < 0:  # a stored code this version does not list: keep it
                    widget.addItem(str(value), value)
                    position = widget.count() - 1
                widget.setCurrentIndex(position)
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
