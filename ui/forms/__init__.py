"""Record forms: one generic form built from the kinds' field specs, with panels for
linked records and attachments."""

from ui.forms.record_form import RecordForm

__all__ = ["RecordForm"]
