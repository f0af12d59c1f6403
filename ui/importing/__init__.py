"""The import wizard (File > Import from spreadsheet…): ``ImportWizard(workspace, parent)``."""

from ui.importing.wizard import ImportWizard

__all__ = ["ImportWizard"]
