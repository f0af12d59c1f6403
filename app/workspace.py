"""The open register as the interface sees it: one object, plain records in and out.

The interface holds a Workspace and never the database behind it, so ui/
needs no SQLAlchemy and every call here is one short transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import app.workflow  # noqa: F401  - registers the municipality's trip rules with the store
from app import paths, register_lock
from app.i18n import translate
from app.places.town_choices import town_choices
from app.register import create_register, open_read_only, open_register
from app.rules import Rules
from app.services import listing, store
from app.services.errors import ServiceError
from app.services.settings import Settings, load_settings, save_settings
from app.services.store import DeletedRecord
from app.workflow.home import HomeTown, check_home_town, home_towns, mark_home_town
from db.session import Database


class Workspace:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.other_holder: register_lock.LockHolder | None = None
        self._holds_lock = False
        self.read_only = False

    @classmethod
    def open(cls, target: str | Path) -> Workspace:
        """Open an existing database; raises db.errors.DatabaseRefused (see app.messages)."""
        return cls(open_register(target))

    @classmethod
    def open_read_only(cls, target: str | Path) -> Workspace:
        """Open a database file for reading only (a damaged one too); a save gives a sentence."""
        workspace = cls(open_read_only(target))
        workspace.read_only = True
        return workspace

    @classmethod
    def open_in_window(cls, target: str | Path, *, daily_backup: bool = True) -> Workspace:
        """Open for a window: as :meth:`open`, and the file's lock is taken.

        ``other_holder`` then names another window that has the file open, for a warning.
        ``daily_backup=False`` leaves the day's backup to the caller (the window at
        start takes it on a thread once it is on screen, see
        :func:`app.register.start_daily_backup`).
        """
        workspace = cls(open_register(target, daily_backup=daily_backup))
        if workspace.path is not None:
            workspace.other_holder = register_lock.take(workspace.path)
            workspace._holds_lock = True
        return workspace

    @classmethod
    def create(
        cls,
        target: str | Path,
        municipality: str = "",
        *,
        home_town: str | None = None,
        country: str | None = "SE",
        rules: Rules | None = None,
    ) -> Workspace:
        """A new database; ``home_town`` (in ``country``) is added and marked as home.

        ``rules`` replace the new database's defaults (the universal reminders and trip
        approval, see :func:`app.rules.new_database_rules`).
        An invalid home town or country is refused before anything is created.
        """
        if home_town is not None:
            check_home_town(home_town, country)
        workspace = cls(create_register(target, municipality=municipality))
        try:
            if home_town is not None:
                mark_home_town(workspace.database, home_town, country)
            if rules is not None:
                workspace.save_settings(dataclasses.replace(workspace.settings(), rules=rules))
        except BaseException:
            workspace.close()
            raise
        return workspace

    # -- what it is
    @property
    def path(self) -> Path | None:
        return self.database.path

    @property
    def display_name(self) -> str:
        return self.database.display_name

    @property
    def attachments_dir(self) -> Path | None:
        return paths.attachments_dir(self.path) if self.path else None

    # -- records
    def get(self, kind: str, record_id: int) -> Any:
        return store.get(self.database, kind, record_id)

    def get_many(self, kind: str, ids: Sequence[int] | None = None) -> list[Any]:
        return store.get_many(self.database, kind, ids)

    def save(self, record: Any) -> Any:
        self._refuse_if_read_only()
        return store.save(self.database, record)

    def delete(self, kind: str, record_id: int, version: int) -> DeletedRecord:
        self._refuse_if_read_only()
        return store.delete_record(self.database, kind, record_id, version)

    def restore(self, deleted: DeletedRecord) -> Any:
        self._refuse_if_read_only()
        return store.restore_record(self.database, deleted)

    def table(self, kind: str, filters: listing.Filters | None = None) -> listing.Table:
        return listing.table(self.database, kind, filters)

    def page(self, kind: str, query: listing.ListQuery | None = None) -> listing.Page:
        return listing.list_page(self.database, kind, query)

    def labels(self, kind: str, ids: Sequence[int] | None = None) -> dict[int, str]:
        return store.labels(self.database, kind, ids)

    def town_choices(self) -> dict[int, tuple[str, str]]:
        """Towns by id as (name, "name, region, country") for the pickers of the forms."""
        return town_choices(self.database)

    # -- the home municipality
    def home_towns(self) -> list[HomeTown]:
        return home_towns(self.database)

    def mark_home_town(self, name: str, country: str | None = "SE") -> HomeTown:
        return mark_home_town(self.database, name, country)

    # -- settings
    def settings(self) -> Settings:
        return load_settings(self.database)

    def save_settings(self, settings: Settings) -> Settings:
        self._refuse_if_read_only()
        return save_settings(self.database, settings)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ServiceError(
                translate(
                    "Workspace",
                    "This database is open for reading only; nothing can be saved in it. Open it "
                    "again normally, or a copy of it, to make changes.",
                )
            )

    def close(self) -> None:
        if self._holds_lock and self.path is not None:
            register_lock.release(self.path)
            self._holds_lock = False
        self.database.close()
