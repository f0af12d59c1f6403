"""Everything the mapping wizard reads from the register before it can be shown, read in one go.

On a server every statement is a round trip; the wizard's pages used to ask
for their lists one by one on the GUI thread while the wizard was built. The
list of reports hands :func:`read_opening` to the window's database worker
and builds the wizard from its answer; without a worker it runs at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.mapping import (
    Change,
    MappingData,
    SavedReport,
    changes_since_previous,
    load_report,
    report_data,
)
from app.mapping.outlook import FactChoice, fact_choices
from app.mapping.scope import (
    AttachmentChoice,
    NetworkChoice,
    TwinningChoice,
    attachment_choices,
    network_choices,
    twinning_choices,
)
from app.mapping.text_blocks import TextBlock, list_text_blocks
from app.workspace import Workspace


@dataclass(frozen=True)
class Opening:
    """A report with what its pages list and its figures as they stand at opening."""

    report: SavedReport
    twinnings: list[TwinningChoice]
    networks: list[NetworkChoice]
    facts: list[FactChoice]
    attachments: list[AttachmentChoice]
    data: MappingData
    changes: tuple[SavedReport, list[Change]] | None  # the report followed up, what changed
    blocks: list[TextBlock]  # the saved text blocks, offered in every text box


def read_opening(workspace: Workspace, report: SavedReport | int) -> Opening:
    """Read ``report`` (or the report of that id) and what its wizard shows; runs on the worker."""
    database = workspace.database
    if isinstance(report, int):
        report = load_report(database, report)
    data = report_data(database, report)
    return Opening(
        report=report,
        twinnings=twinning_choices(database),
        networks=network_choices(database),
        facts=fact_choices(database),
        attachments=attachment_choices(database),
        data=data,
        changes=changes_since_previous(database, report, data),
        blocks=list_text_blocks(database),
    )
