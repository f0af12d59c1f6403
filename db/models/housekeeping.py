"""Settings, attachments, reminders and the change log."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Editable, UtcDateTime, utcnow_aware


class MunicipalitySettings(Editable):
    """The one row describing the home municipality and its rules."""

    __tablename__ = "municipality_settings"

    name: Mapped[str] = mapped_column(String(200), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    letterhead: Mapped[str | None] = mapped_column(Text)  # lines under the name
    language: Mapped[str] = mapped_column(String(5), default="sv")
    # Status thresholds and policy rules; app.rules knows their shape and defaults.
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The municipality's own Word template (.dotx or .docx) for the .docx reports;
    # its bytes, so the template travels with the register to every user.
    word_template: Mapped[bytes | None] = mapped_column(LargeBinary)


class Attachment(Editable):
    """A file linked to a record: in the folder beside a database file, or in ``content``
    on a server."""

    __tablename__ = "attachments"

    target_kind: Mapped[str] = mapped_column(String(40), index=True)
    target_id: Mapped[int] = mapped_column(Integer, index=True)
    filename: Mapped[str] = mapped_column(String(300))  # the name the user knows
    stored_name: Mapped[str] = mapped_column(String(300))  # relative to the folder
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(Text)
    # The file itself on a database server (no folder there that every colleague reaches);
    # empty in a database file. Deferred: lists of attachments never load the files.
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class Reminder(Editable):
    """What the coordinator did with a to-do item: done, or snoozed until a date."""

    __tablename__ = "reminders"

    key: Mapped[str] = mapped_column(String(200), unique=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)


class ChangeLogEntry(Base):
    """Who changed which record, when, and what. Written once, never edited."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Timezone-aware UTC; the window shows it in local time.
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow_aware, index=True)
    # The database user on a server (CURRENT_USER), the computer's login on a file.
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    target_kind: Mapped[str] = mapped_column(String(40), index=True)
    target_id: Mapped[int | None] = mapped_column(Integer, index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    # {"field": [old, new], ...} with values as JSON-friendly text
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
