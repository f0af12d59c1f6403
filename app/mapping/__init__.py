"""The mapping report (kartläggning), modelled on Vänersborg's survey of 2014 (seeds/004).

- :mod:`app.mapping.content`: what she writes and chooses, section by section
  (``MappingReport.content``);
- :mod:`app.mapping.scope`: the twinnings and networks to choose from and the defaults;
- :mod:`app.mapping.gather`: the figures read from the register (``MappingData``);
- :mod:`app.mapping.data`: those figures and their JSON form (a final report's snapshot);
- :mod:`app.mapping.drafts`: a new draft from the register, placeholders for her parts;
- :mod:`app.mapping.story_facts`: history steps, associations, per-level status, evaluations;
- :mod:`app.mapping.wording`: counts, lists and places ("1 vänort", "på Åland");
- :mod:`app.mapping.prose_intro`, :mod:`app.mapping.prose_history`,
  :mod:`app.mapping.prose_findings`, :mod:`app.mapping.status_table`: the drafted
  prose of each section, in whole-sentence templates;
- :mod:`app.mapping.assemble`: the report document in the survey's order;
- :mod:`app.mapping.changes`: what changed since the last mapping, by name;
- :mod:`app.mapping.own_sections`: the sections she adds herself, placed in the document;
- :mod:`app.mapping.finalising`: what a draft still lacks before it may be marked final;
- :mod:`app.mapping.service`: saved reports (create, load, save, mark final, start from last);
- the file itself is written by :func:`app.reports.output.write_document`, as every report is.
"""

from __future__ import annotations

from app.mapping.assemble import HEADINGS, build_document, heading, section_heading
from app.mapping.changes import Change, what_changed
from app.mapping.content import (
    SECTION_KEYS,
    Activities,
    Agreements,
    Analysis,
    Appendix,
    Commission,
    History,
    MappingContent,
    Outlook,
    OwnSection,
    Recommendation,
    Recommendations,
    Scope,
    SectionPlace,
    Sources,
    TwinTowns,
)
from app.mapping.data import MappingData
from app.mapping.drafts import new_content, placeholder
from app.mapping.finalising import Missing, missing_for_final
from app.mapping.gather import gather
from app.mapping.service import (
    MappingError,
    NotReadyForFinal,
    ReportSummary,
    SavedReport,
    changes_since_previous,
    create_report,
    delete_report,
    latest_report,
    list_reports,
    load_report,
    mark_final,
    missing_before_final,
    report_data,
    report_document,
    save_content,
    save_section,
    start_from_last,
)
from app.reports.output import write_document

__all__ = [
    "HEADINGS",
    "SECTION_KEYS",
    "Activities",
    "Agreements",
    "Analysis",
    "Appendix",
    "Change",
    "Commission",
    "History",
    "MappingContent",
    "MappingData",
    "MappingError",
    "Missing",
    "NotReadyForFinal",
    "Outlook",
    "OwnSection",
    "Recommendation",
    "Recommendations",
    "ReportSummary",
    "SavedReport",
    "Scope",
    "SectionPlace",
    "Sources",
    "TwinTowns",
    "build_document",
    "changes_since_previous",
    "create_report",
    "delete_report",
    "gather",
    "heading",
    "latest_report",
    "list_reports",
    "load_report",
    "mark_final",
    "missing_before_final",
    "missing_for_final",
    "new_content",
    "placeholder",
    "report_data",
    "report_document",
    "save_content",
    "save_section",
    "section_heading",
    "start_from_last",
    "what_changed",
    "write_document",
]
