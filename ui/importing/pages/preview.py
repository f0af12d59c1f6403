"""Page 4 of the import wizard: the problems by row and column, and the merges offered."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.importing import importer
from app.importing.country_spellings import unread_countries
from app.importing.importer import (
    Cancelled,
    ImportOptions,
    ParsedFile,
    Plan,
    Problem,
)
from ui.importing.country_answers import CountryAnswers
from ui.importing.pages.errors import error_text
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.importing.host import ImportHost


_ModelIndex = QModelIndex | QPersistentModelIndex


class ProblemModel(QAbstractTableModel):
    """The preview's problems as a table: row, column, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        """Show ``problems`` in place of those shown."""
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per problem."""
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Row, column and reason."""
        return 0 if parent.isValid() else 3

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text of a problem's row, column or reason."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        problem = self._problems[index.row()]
        if index.column() == 0:
            return "" if problem.row is None else str(problem.row)
        if index.column() == 1:
            return problem.column
        return problem.message

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The headings: row, column, reason."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]


class PreviewPage(QWizardPage):
    """Page 4: the problems by row and column, the countries to name, the merges offered."""

    def __init__(self, wizard: ImportHost) -> None:
        super().__init__()  # the wizard takes the page as its child in setPage
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet. Every row has been checked against the register."
            )
        )
        self.setCommitPage(True)
        self.summary_label = sentence_label("", self, name="preview_summary")
        self.problems_label = QLabel(self)
        self.problem_model = ProblemModel(self)
        self.problem_view = QTableView(self)
        self.problem_view.setObjectName("problems")
        self.problem_view.setModel(self.problem_model)
        self.problem_view.verticalHeader().hide()
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.problem_view.setWordWrap(False)
        self.countries_label = sentence_label(
            self.tr("Countries this program cannot read: say which country each one is."), self
        )
        self.country_answers = CountryAnswers(self)
        self.countries_label.hide()
        self.country_answers.hide()
        self.groups_label = sentence_label(
            self.tr(
                "Towns that look alike (tick those to merge; those with strong evidence "
                "are ticked already):"
            ),
            self,
        )
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("merge_groups")
        self.merge_all = QCheckBox(self.tr("Merge &all of them"), self)
        self.merge_all.setObjectName("merge_all")
        self.skip_box = QCheckBox(
            self.tr("&Skip the rows with problems (they are saved in a file beside this one)"),
            self,
        )
        self.skip_box.setObjectName("skip_invalid")
        self.recheck_button = QPushButton(self.tr("&Check again with these choices"), self)
        self.recheck_button.setObjectName("recheck")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_view, 2)
        layout.addWidget(self.countries_label)
        layout.addWidget(self.country_answers)
        layout.addWidget(self.groups_label)
        layout.addWidget(self.group_list, 1)
        layout.addWidget(self.merge_all)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.recheck_button)
        self.merge_all.toggled.connect(self._merge_all)
        self.group_list.itemChanged.connect(self._choices_changed)
        self.skip_box.toggled.connect(self._choices_changed)
        self.country_answers.changed.connect(self._choices_changed)
        self.recheck_button.clicked.connect(self.check)
        self._checked_choices: ImportOptions | None = None
        self._busy = False
        self._generation = 0
        self.failure: str | None = None

    def initializePage(self) -> None:
        """Check the file against the register, in the background."""
        self._wizard.plan = None
        self.failure = None
        self.check()

    def options(self) -> ImportOptions:
        """The choices as they stand: merge groups ticked, and whether to skip bad rows."""
        chosen = frozenset(
            self.group_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.group_list.count())
            if self.group_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return ImportOptions(merge_groups=chosen, skip_invalid=self.skip_box.isChecked())

    def check(self) -> None:
        """Read the rows (once) and check them with the current choices, off the GUI thread."""
        wizard = self._wizard
        source, kind, columns = wizard.source, wizard.kind, wizard.chosen_columns
        assert source is not None
        # The first check merges the groups with strong evidence, as they are shown ticked.
        options = self.options() if wizard.plan is not None else ImportOptions(merge_strong=True)
        answers = self.country_answers.answers() if wizard.plan is not None else {}
        if answers != wizard.country_answers:
            # The rows are read again with her answers for the unread countries.
            wizard.country_answers = answers
            wizard.parsed = None
        parsed = wizard.parsed
        db = wizard.workspace.database
        fixed = dict(wizard.fixed)

        def work(progress: Any, cancelled: Any) -> tuple[ParsedFile, Plan]:
            nonlocal parsed
            if parsed is None:
                parsed = importer.read_file(
                    db, source, kind, columns, fixed=fixed, country_answers=answers,
                    progress=progress, cancelled=cancelled,
                )  # fmt: skip
            plan = importer.preview(db, parsed, options, progress=progress, cancelled=cancelled)
            return parsed, plan

        self._busy = True
        self._generation += 1
        generation = self._generation
        self.summary_label.setText(self.tr("Checking the rows…"))
        self.completeChanged.emit()
        wizard.run_in_background(
            self.tr("Checking the file"),
            work,
            lambda result: self._checked(result, generation),
            lambda error: self._failed(error, generation),
        )

    def cleanupPage(self) -> None:
        """Going back stops a check still running; its result would be out of date."""
        self._generation += 1
        task = self._wizard.task
        if task is not None and task.is_running():
            task.cancel()
        self._busy = False

    def _checked(self, result: tuple[ParsedFile, Plan], generation: int) -> None:
        if generation != self._generation:
            return
        parsed, plan = result
        wizard = self._wizard
        first = wizard.plan is None
        wizard.parsed, wizard.plan = parsed, plan
        self._busy = False
        self.failure = None
        self._checked_choices = plan.options
        if first:
            self._show_groups(plan)
            # The ticks are the strong groups the check merged: nothing to check again.
            self._checked_choices = self.options()
        summary = importer.summary_of(plan, dry_run=True)
        lines = [
            self.tr("%n row(s) read.", "", plan.rows_total),
            *summary.lines()[1:],
        ]
        self.summary_label.setText("\n".join(lines))
        self.problem_model.set_problems(plan.problems)
        unread = unread_countries(plan.problems)
        self.country_answers.show_unread(unread)
        self.countries_label.setVisible(bool(unread))
        self.problems_label.setText(
            self.tr("Problems: %1").replace("%1", str(len(plan.problems)))
            if plan.problems
            else self.tr("No problems found.")
        )
        self.skip_box.setEnabled(bool(plan.problems))
        self._update_recheck()
        self.completeChanged.emit()

    def _show_groups(self, plan: Plan) -> None:
        self.group_list.blockSignals(True)
        self.group_list.clear()
        merged = {group.id for group in plan.accepted_groups()}
        for group in plan.groups:
            # The group, and on a second line why it may (or may not) be one place.
            text = f"{group.description()}\n{group.evidence.sentence()}"
            item = QListWidgetItem(text, self.group_list)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = group.id in merged
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            rows = ", ".join(str(row) for row in group.rows)
            item.setToolTip(self.tr("Rows %1").replace("%1", rows))
        self.group_list.blockSignals(False)
        has_groups = bool(plan.groups)
        self.groups_label.setVisible(has_groups)
        self.group_list.setVisible(has_groups)
        self.merge_all.setVisible(has_groups)

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        self._busy = False
        if isinstance(error, Cancelled):
            self.failure = self.tr("Checking was stopped; nothing was imported.")
        else:
            self.failure = error_text(error)
        self.summary_label.setText(self.failure)
        self._update_recheck()
        self.completeChanged.emit()

    def _merge_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.group_list.blockSignals(True)
        for row in range(self.group_list.count()):
            self.group_list.item(row).setCheckState(state)
        self.group_list.blockSignals(False)
        self._choices_changed()

    def _choices_changed(self) -> None:
        self._update_recheck()
        self.completeChanged.emit()

    def _update_recheck(self) -> None:
        wizard = self._wizard
        stale = (
            wizard.plan is None
            or self.options() != self._checked_choices
            or self.country_answers.answers() != wizard.country_answers
        )
        self.recheck_button.setEnabled(not self._busy and stale)

    def isComplete(self) -> bool:
        """Whether the import may go ahead: checked, and no problems or their rows skipped."""
        plan = self._wizard.plan
        if self._busy or plan is None or self.failure is not None:
            return False
        return not plan.problems or self.skip_box.isChecked()
