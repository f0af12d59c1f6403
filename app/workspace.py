"""The open register as the interface sees it: one object, plain records in and out.

The interface holds a Workspace and never the database behind it, so ui/
needs no SQLAlchemy and every call here is one short transaction.

The services behind the methods are imported by the methods: opening a file and
showing the window needs none of them, so SQLAlchemy and the models are loaded
by the first read, on the window's reading thread.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from app import register_lock, workspace_files
from app.failures import permission_denied
from app.i18n import translate
from app.read_ahead import Ahead, ReadAhead
from app.register import create_register, open_read_only, open_register
from app.server_connections import server_address
from app.services.errors import ServiceError
from app.services.kinds import R
from db.session import Database
from db.start_reads import NameAndLanguage, name_and_language

if TYPE_CHECKING:
    from app.changes import Written
    from app.rules import Rules
    from app.server_connections import ServerAddress
    from app.services import listing
    from app.services.colleagues import ChangeListener
    from app.services.settings import Settings
    from app.services.store import DeletedRecord
    from app.workflow.home import HomeTown

T = TypeVar("T")

# Enough for every form and dialog open at once; older bases merge no more.
_BASES_KEPT = 500


class Workspace:
    """The open register as the window and the command line use it: records, settings, lock."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.other_holder: register_lock.LockHolder | None = None
        self._holds_lock = False
        self.read_only = False
        self._may_edit: bool | None = None
        # Records as this workspace read or saved them, by (kind, id, version): the
        # base that tells which fields a later save changed (app.services.merging).
        self._as_read: OrderedDict[tuple[str, int | None, int], Any] = OrderedDict()
        # On a server, independent reads overlap on connections of their own (app.read_ahead).
        self._ahead = ReadAhead(in_parallel=database.path is None)

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
        from app.workflow.home import check_home_town, mark_home_town

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
        """The register's file, or None on a database server."""
        return self.database.path

    @property
    def display_name(self) -> str:
        """The register's name as the window title shows it."""
        return self.database.display_name

    @property
    def server_address(self) -> ServerAddress | None:
        """Where the register is on a server (no password); None for a file."""
        return server_address(self.database)

    @property
    def remembered_as(self) -> str | None:
        """What the recent list may hold for this register: the path, or the URL without
        its password."""
        if self.path is not None:
            return str(self.path)
        address = self.server_address
        return address.url() if address is not None else None

    # -- records
    @overload
    def get(self, kind: type[R], record_id: int) -> R: ...
    @overload
    def get(self, kind: str, record_id: int) -> Any: ...

    def get(self, kind: type[Any] | str, record_id: int) -> Any:
        """The record as stored now; remembered as the base of a later save."""
        from app.services import store

        record = store.get(self.database, kind, record_id)
        return self._remember(store.kind_of(record), record)

    @overload
    def get_many(self, kind: type[R], ids: Sequence[int] | None = None) -> list[R]: ...
    @overload
    def get_many(self, kind: str, ids: Sequence[int] | None = None) -> list[Any]: ...

    def get_many(self, kind: type[Any] | str, ids: Sequence[int] | None = None) -> list[Any]:
        """The records of ``kind`` (all, or those of ``ids``)."""
        from app.services import store

        return store.get_many(self.database, kind, ids)

    def save(self, record: R) -> R:
        """Store ``record``; a colleague's change to other fields since it was read is kept."""
        from app.services import store

        self._refuse_if_read_only()
        base: R | None = None
        if record.id is not None:
            base = self._as_read.get((store.kind_of(record), record.id, record.version))
        saved = store.save(self.database, record, base=base)
        return self._remember(store.kind_of(saved), saved)

    def _remember(self, kind: str, record: R) -> R:
        key = (kind, record.id, record.version)
        self._as_read[key] = record
        self._as_read.move_to_end(key)
        while len(self._as_read) > _BASES_KEPT:
            self._as_read.popitem(last=False)
        return record

    @overload
    def delete(self, kind: type[R], record_id: int, version: int) -> DeletedRecord[R]: ...
    @overload
    def delete(self, kind: str, record_id: int, version: int) -> DeletedRecord[Any]: ...

    def delete(self, kind: type[Any] | str, record_id: int, version: int) -> DeletedRecord[Any]:
        """Delete a record, keeping what is needed to restore it."""
        from app.services import store

        self._refuse_if_read_only()
        return store.delete_record(self.database, kind, record_id, version)

    def restore(self, deleted: DeletedRecord[R]) -> R:
        """Put a deleted record back."""
        from app.services import store

        self._refuse_if_read_only()
        return store.restore_record(self.database, deleted)

    # -- writes that say what they changed (the window refreshes only that)
    def save_reporting(self, record: Any) -> Written[Any]:
        """As :meth:`save`, with the kinds and ids the save touched."""
        from app.changes import Written, changed_by_save

        saved = self.save(record)
        return Written(saved, changed_by_save(saved))

    def delete_reporting(self, kind: str, record_id: int, version: int) -> Written[DeletedRecord]:
        """As :meth:`delete`, with everything the delete touched (children, references)."""
        from app.changes import Written, changed_by_delete

        deleted = self.delete(kind, record_id, version)
        return Written(deleted, changed_by_delete(kind, deleted))

    def restore_reporting(self, kind: str, deleted: DeletedRecord) -> Written[Any]:
        """As :meth:`restore`, with everything the restore brought back."""
        from app.changes import Written, changed_by_delete

        restored = self.restore(deleted)
        return Written(restored, changed_by_delete(kind, deleted))

    def table(self, kind: str, filters: listing.Filters | None = None) -> listing.Table:
        """The whole list of ``kind`` under ``filters``."""
        from app.services import listing

        return listing.table(self.database, kind, filters)

    def page(self, kind: str, query: listing.ListQuery | None = None) -> listing.Page:
        """One page of ``kind``'s list."""
        from app.services import listing

        return listing.list_page(self.database, kind, query)

    def counts(self, kinds: Sequence[str]) -> dict[str, int]:
        """How many records each kind holds (the navigation's counts), in one query."""
        from app.services import listing

        return listing.kind_counts(self.database, kinds)

    def read_ahead(self, read: Callable[[], T]) -> Ahead[T]:
        """Begin ``read`` (a read of this register) now, beside the window's worker.

        On a server it runs at once on a connection of its own, so it overlaps the
        worker's queue; collect its answer with ``result()`` on the worker, in turn.
        """
        return self._ahead.begin(read)

    def labels(self, kind: str, ids: Sequence[int] | None = None) -> dict[int, str]:
        """The labels of ``kind``'s records, by id."""
        from app.services import record_labels

        return record_labels.labels(self.database, kind, ids)

    def town_choices(self, ids: Sequence[int] | None = None) -> dict[int, tuple[str, str]]:
        """Towns by id (all, or ``ids``) as (name, "name, region, country") for the pickers."""
        from app.places.town_choices import town_choices

        return town_choices(self.database, ids)

    # -- colleagues on a server
    def colleague_listener(self) -> ChangeListener | None:
        """A listener for colleagues' committed changes; None for a database file."""
        if self.path is not None:
            return None  # a file has no colleagues' notices (and needs no engine for that)
        from app.services.colleagues import listener_for

        return listener_for(self.database.engine)

    # -- the home municipality
    def home_towns(self) -> list[HomeTown]:
        """The register's home towns."""
        from app.workflow.home import home_towns

        return home_towns(self.database)

    def mark_home_town(self, name: str, country: str | None = "SE") -> HomeTown:
        """Mark the town ``name`` as a home town, adding it when missing."""
        from app.workflow.home import mark_home_town

        return mark_home_town(self.database, name, country)

    # -- settings
    def settings(self) -> Settings:
        """The register's settings."""
        from app.services.settings import load_settings

        return load_settings(self.database)

    def name_and_language(self) -> NameAndLanguage:
        """The municipality's name and the register's language, as the start needs them.

        One short read without the models (db.start_reads): the window shows its
        title, language and start page's heading before SQLAlchemy is loaded. On a
        server the opening read them already (db.server_opening): no round trip here.
        """
        facts = self.database.opening_facts
        if facts is not None:
            return NameAndLanguage(facts.name, facts.language)
        return name_and_language(self.database)

    def save_settings(self, settings: Settings) -> Settings:
        """Save the register's settings, refused when the register is open read-only."""
        from app.services.settings import save_settings

        self._refuse_if_read_only()
        saved = save_settings(self.database, settings)
        facts = self.database.opening_facts
        if facts is not None:  # what the window asks of the name and language stays true
            self.database.opening_facts = dataclasses.replace(
                facts, name=saved.name, language=saved.language
            )
        return saved

    @property
    def may_edit(self) -> bool:
        """False when this is a reader's connection to a server (asked once, then kept)."""
        if self.read_only:
            return False
        if self._may_edit is None and self.path is not None:
            self._may_edit = True  # a file always may (db.roles): asked without an engine
        facts = self.database.opening_facts
        if self._may_edit is None and facts is not None:
            self._may_edit = facts.may_change  # asked with the schema's version at opening
        if self._may_edit is None:
            from db.roles import may_change

            with self.database.engine.connect() as connection:
                self._may_edit = may_change(connection)
        return self._may_edit

    def _refuse_if_read_only(self) -> None:
        if not self.read_only and not self.may_edit:
            # A reader on a server: the same sentence as a write the server refuses.
            raise ServiceError(permission_denied())
        if self.read_only:
            raise ServiceError(
                translate(
                    "Workspace",
                    "This database is open for reading only; nothing can be saved in it. Open it "
                    "again normally, or a copy of it, to make changes.",
                )
            )

    # -- the whole file
    def moved_to(self, target: str | Path) -> Workspace:
        """Move the register's file and attachments to ``target``; returns it opened there.

        A checked copy is written first (app.workspace_files.copy_for_move); only then
        is this workspace closed and the old file removed, so it must not be used after.
        """
        source = workspace_files.file_of(self.database)
        destination = workspace_files.copy_for_move(self.database, target)
        self.close()
        workspace_files.remove_moved(source)
        return Workspace.open_in_window(destination)

    def restored_from(self, chosen: workspace_files.Backup) -> Workspace:
        """Replace the register with the backup ``chosen``; returns it opened again.

        This workspace is closed first and must not be used after; the state being
        replaced is backed up, so the restore can itself be undone from the same list.
        """
        source = workspace_files.file_of(self.database)
        self.close()
        return Workspace.open_in_window(workspace_files.restore_backup(chosen, source))

    def close(self) -> None:
        """Close the register and give up its lock."""
        if self._holds_lock and self.path is not None:
            register_lock.release(self.path)
            self._holds_lock = False
        self._ahead.close()
        self.database.close()
