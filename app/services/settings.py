"""The municipality's settings: name, letterhead, language and rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.i18n import translate
from app.rules import Rules
from app.services.change_entries import write_log
from app.services.errors import ConflictError, FieldError, ValidationError
from db import models as m
from db.session import Database


@dataclass(frozen=True)
class Settings:
    """The register's own settings: the municipality's name, logo and letterhead."""

    version: int = 0
    name: str = ""
    logo: bytes | None = None
    letterhead: str | None = None
    language: str = "sv"
    rules: Rules = field(default_factory=Rules)
    word_template: bytes | None = None
    """The municipality's Word template (.dotx or .docx) for reports as .docx; None: plain."""


def _settings_of(row: m.MunicipalitySettings) -> Settings:
    return Settings(
        row.version,
        row.name,
        row.logo,
        row.letterhead,
        row.language,
        Rules.from_json(row.rules),
        row.word_template,
    )


def load_settings(db: Database) -> Settings:
    """The settings of the open database (defaults if none were saved)."""
    with db.reading() as session:
        row = session.scalars(
            select(m.MunicipalitySettings).order_by(m.MunicipalitySettings.id)
        ).first()
        if row is None:
            return Settings()
        return _settings_of(row)


def save_settings(db: Database, settings: Settings, *, user: str | None = None) -> Settings:
    """Store the settings; refused if someone else saved them since they were read."""
    if settings.language not in ("sv", "en"):
        raise ValidationError(
            [FieldError("language", translate("Validation", "Choose Swedish or English."))]
        )
    if settings.rules.report_back_threshold_sek < 0:
        raise ValidationError(
            [
                FieldError(
                    "report_back_threshold_sek",
                    translate("Validation", "The threshold cannot be negative."),
                )
            ]
        )
    with db.transaction() as session:
        row = session.scalars(
            select(m.MunicipalitySettings).order_by(m.MunicipalitySettings.id)
        ).first()
        if row is None:
            row = m.MunicipalitySettings()
            session.add(row)
        elif row.version != settings.version:
            raise ConflictError(
                translate(
                    "Validation",
                    "The settings were changed by someone else. Reload them to see their changes.",
                ),
                "settings",
                row.id,
            )
        row.name = settings.name
        row.logo = settings.logo
        row.letterhead = settings.letterhead
        row.language = settings.language
        row.rules = settings.rules.to_json()
        row.word_template = settings.word_template or None
        session.flush()
        write_log(session, "update", "settings", row.id, settings.name, {}, user=user)
        return _settings_of(row)
