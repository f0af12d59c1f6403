"""A mapping report's content with every part she writes filled in, so that it may be marked final."""

from __future__ import annotations

from dataclasses import replace

from app.mapping import (
    Analysis,
    History,
    MappingContent,
    Outlook,
    Recommendation,
    Recommendations,
)


def everything_written(content: MappingContent) -> MappingContent:
    """``content`` with the title page, the commission and every text of hers written."""
    return replace(
        content,
        commission=replace(
            content.commission,
            author=content.commission.author or "Karin Ekdahl",
            registry_no=content.commission.registry_no or "KS 2014/187",
            commissioned_by=content.commission.commissioned_by or "Kommunstyrelsen",
            occasion=content.commission.occasion or "Vänortsmötet 2014",
            purpose=content.commission.purpose or "En klar bild av vänorterna.",
            text=content.commission.text or "Kommunstyrelsen gav uppdraget våren 2014.",
        ),
        scope=replace(
            content.scope,
            method=content.scope.method or "Sökning i diariet.",
            sources_consulted=content.scope.sources_consulted or "Diariet.",
            left_out=content.scope.left_out or "Inget har lämnats utanför.",
        ),
        history=History(content.history.text or "Vänorterna har en lång historia."),
        outlook=Outlook(content.outlook.text or "Många kommuner har nordiska vänorter."),
        analysis=Analysis(content.analysis.text or "Kontakterna är aktiva på civil nivå."),
        recommendations=content.recommendations
        if content.recommendations.items
        else Recommendations((Recommendation("Behåll", "Behåll vänorterna."),)),
    )
