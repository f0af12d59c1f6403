"""Files attached to records: copied into the attachments folder beside the database.

The folder is ``app.paths.attachments_dir(database)``. Rows keep only the
stored name relative to that folder, so a database copied together with its
folder keeps its attachments wherever the two end up.

Removing an attachment deletes its row and moves the file into the folder's
``.removed`` subfolder instead of deleting it: the move can be undone in the
same session (``restore_attachment``), and nothing the coordinator added is
lost by one wrong click. Emptying ``.removed`` is left to the user.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from app import paths
from app.failures import attachment_in_use_message, held_by_another_program
from app.i18n import translate
from app.server_connections import server_address
from app.services import attachments_server as on_the_server

# Re-exported: the record delete takes a record's attachment rows with it.
from app.services.attachment_rows import put_back_after_restore as put_back_after_restore
from app.services.attachment_rows import take_for_delete as take_for_delete
from app.services.errors import RecordNotFound, ServiceError
from app.services.kinds import spec_for
from app.services.record_labels import labels_in
from app.services.records import RecordRef
from app.services.store import write_log
from db import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.session import Database

LOG_KIND = "attachment"
REMOVED_FOLDER = ".removed"
_TEMP_PREFIX = ".incoming-"
_MAX_NAME = 120
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment as the interface sees it; ``stored_name`` is relative to the folder."""

    id: int
    version: int
    target: RecordRef
    filename: str
    stored_name: str
    size: int
    sha256: str | None
    description: str | None
    added_at: datetime | None


@dataclass(frozen=True)
class RemovedAttachment:
    """What ``remove_attachment`` took away, enough for ``restore_attachment`` to undo it."""

    attachment: AttachmentInfo
    parked_name: str  # the file's name inside the ``.removed`` subfolder
    content: bytes | None = None  # on a server: the file itself, for the undo


class AttachmentError(ServiceError):
    """An attachment cannot be added, found or removed; ``str()`` says why."""


def safe_name(filename: str) -> str:
    """A file name that is safe on every system the database may be copied to.

    Letters of any script are kept (Põltsamaa, Łódź); separators, control and
    shell characters become "_", and the name is shortened keeping its extension.
    """
    name = unicodedata.normalize("NFC", Path(filename).name).strip()
    name = _UNSAFE.sub("_", name).strip(" .")
    if not name:
        return "file"
    if len(name) > _MAX_NAME:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            name = stem[: _MAX_NAME - len(extension) - 1] + "." + extension
        else:
            name = name[:_MAX_NAME]
    return name


def attachments_folder(db: Database) -> Path | None:
    """The folder of ``db``'s attachments, beside its file; None on a database server."""
    return paths.attachments_dir(db.path) if db.path is not None else None


def _folder(db: Database) -> Path:
    folder = attachments_folder(db)
    if folder is None:
        raise AttachmentError(
            translate(
                "Attachments",
                "Attachments can only be kept for a database file, not for a database server.",
            )
        )
    _refuse_links_out(folder, folder.parent)
    return folder


def _refuse_links_out(path: Path, allowed: Path) -> None:
    """Refuse ``path`` when a symbolic link (or junction) takes it outside ``allowed``.

    A folder beside the database that is really a link elsewhere would put the
    user's files where the copy, the backup and the archive do not look.
    """
    if not path.exists() and not path.is_symlink():
        return
    resolved = path.resolve()
    if resolved != allowed.resolve() / path.name:
        raise AttachmentError(
            translate(
                "Attachments",
                "%1 is a link to another place (%2); attachments are kept only in the "
                "folder beside the database. Replace the link with a real folder.",
            )
            .replace("%1", str(path))
            .replace("%2", str(resolved))
        )


def _info(row: m.Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        version=row.version,
        target=RecordRef(row.target_kind, row.target_id),
        filename=row.filename,
        stored_name=row.stored_name,
        size=row.size,
        sha256=row.sha256,
        description=row.description,
        added_at=row.created_at,
    )


def _copy_with_hash(source: Path, target: Path) -> tuple[int, str]:
    """Copy ``source`` to ``target`` and return its size and SHA-256 in one pass."""
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as reader, target.open("xb") as writer:
        while chunk := reader.read(1024 * 1024):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    return size, digest.hexdigest()


def _free_name(folder: Path, wanted: str) -> str:
    """``wanted``, or ``<n>-wanted`` when a file of that name is already there."""
    if not (folder / wanted).exists():
        return wanted
    counter = 2
    while (folder / f"{counter}-{wanted}").exists():
        counter += 1
    return f"{counter}-{wanted}"


def add_attachment(
    db: Database,
    ref: RecordRef,
    source_path: str | Path,
    description: str | None = None,
) -> AttachmentInfo:
    """Copy ``source_path`` into the attachments folder and link it to the record ``ref``.

    The file is copied under a temporary name first and renamed once the row
    exists (its stored name starts with the attachment's id); if the database
    write fails, the copy is removed again and nothing is left behind.
    """
    source = Path(source_path)
    if not source.is_file():
        raise AttachmentError(
            translate("Attachments", "%1 is not a file that can be attached.").replace(
                "%1", str(source)
            )
        )
    spec_for(ref.kind)  # an unknown kind is refused before a file is copied
    if on_server(db):
        return _add_on_server(db, ref, source, description)
    folder = _folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f"{_TEMP_PREFIX}{uuid.uuid4().hex}"
    final: Path | None = None
    try:
        try:
            size, sha256 = _copy_with_hash(source, temporary)
        except OSError as error:
            raise AttachmentError(
                translate("Attachments", "The file could not be copied: %1").replace(
                    "%1", error.strerror or str(error)
                )
            ) from error
        with db.transaction() as session:
            _check_record(session, ref)
            row = m.Attachment(
                target_kind=ref.kind,
                target_id=ref.id,
                filename=unicodedata.normalize("NFC", source.name),
                stored_name=temporary.name,
                size=size,
                sha256=sha256,
                description=description or None,
            )
            session.add(row)
            session.flush()  # gives the row its id, which names the stored file
            stored = _free_name(folder, f"{row.id}-{safe_name(source.name)}")
            final = folder / stored
            os.replace(temporary, final)
            row.stored_name = stored
            _log_attached(session, ref, row)
            info = _info(row)
    except BaseException:
        for leftover in (temporary, final):
            if leftover is not None:
                leftover.unlink(missing_ok=True)
        raise
    return info


def _log_attached(session: Session, ref: RecordRef, row: m.Attachment) -> None:
    """The change-log entry of a file attached to ``ref``, in a folder or on a server alike."""
    target = labels_in(session, ref.kind, [ref.id]).get(ref.id, "")
    write_log(
        session,
        "create",
        LOG_KIND,
        row.id,
        f"{row.filename} ({spec_for(ref.kind).display_singular()}: {target})",
        {
            "filename": [None, row.filename],
            "target": [None, f"{ref.kind}:{ref.id}"],
            "size": [None, str(row.size)],
            "sha256": [None, row.sha256],
        },
    )
    session.flush()


def on_server(db: Database) -> bool:
    """True when the register is on a server, where files are kept in the database."""
    return db.path is None


def can_attach(db: Database) -> bool:
    """True when files can be attached in this register (a file or a server alike)."""
    return on_server(db) or attachments_folder(db) is not None


def _check_record(session: Session, ref: RecordRef) -> None:
    spec = spec_for(ref.kind)
    if session.get(spec.model, ref.id) is None:
        raise RecordNotFound(spec.sentence("not_found"), ref.kind, ref.id)


def _add_on_server(
    db: Database, ref: RecordRef, source: Path, description: str | None
) -> AttachmentInfo:
    """Store the file in the database on the server, linked to ``ref``."""
    try:
        content, size, sha256 = on_the_server.read_file(source)
    except ValueError as error:
        raise AttachmentError(
            translate(
                "Attachments",
                "%1 is larger than %2 MB, the most a register on a server keeps per file.",
            )
            .replace("%1", source.name)
            .replace("%2", str(on_the_server.MAX_BYTES // (1024 * 1024)))
        ) from error
    except OSError as error:
        raise AttachmentError(
            translate("Attachments", "The file could not be copied: %1").replace(
                "%1", error.strerror or str(error)
            )
        ) from error
    with db.transaction() as session:
        _check_record(session, ref)
        filename = unicodedata.normalize("NFC", source.name)
        row = m.Attachment(
            target_kind=ref.kind,
            target_id=ref.id,
            filename=filename,
            stored_name=safe_name(source.name),
            size=size,
            sha256=sha256,
            description=description or None,
            content=content,
        )
        session.add(row)
        session.flush()
        row.stored_name = f"{row.id}-{safe_name(source.name)}"
        _log_attached(session, ref, row)
        return _info(row)


def _server_key(db: Database) -> str:
    address = server_address(db)
    return address.credential_key() if address is not None else "server"


def list_attachments(db: Database, ref: RecordRef) -> list[AttachmentInfo]:
    """The attachments of the record ``ref``, oldest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(m.Attachment)
            .where(m.Attachment.target_kind == ref.kind, m.Attachment.target_id == ref.id)
            .order_by(m.Attachment.id)
        )
        return [_info(row) for row in rows]


def get_attachment(db: Database, attachment_id: int) -> AttachmentInfo:
    """One attachment by id; AttachmentError when it is gone."""
    with db.reading() as session:
        row = session.get(m.Attachment, attachment_id)
        if row is None:
            raise _gone()
        return _info(row)


def attachment_path(db: Database, attachment: AttachmentInfo) -> Path:
    """Where the file of ``attachment`` is, inside this database's attachments folder.

    The stored name is resolved against the folder of the database as it is
    opened now, never against where it was when the file was added. On a server
    the file is read from the database and written to the user's own folder.
    """
    stored = Path(attachment.stored_name)
    if on_server(db):
        if stored.name != attachment.stored_name or stored.name in ("", ".", ".."):
            raise AttachmentError(
                translate(
                    "Attachments", "The attachment %1 has a stored name that is not allowed."
                ).replace("%1", attachment.filename)
            )
        with db.reading() as session:
            content = session.scalar(
                select(m.Attachment.content).where(m.Attachment.id == attachment.id)
            )
        if content is None:
            raise _gone()
        return on_the_server.write_for_opening(_server_key(db), attachment.stored_name, content)
    folder = _folder(db)
    # A stored name is one plain file name; anything else would reach outside the folder.
    if stored.name != attachment.stored_name or stored.name in ("", ".", ".."):
        raise AttachmentError(
            translate(
                "Attachments", "The attachment %1 has a stored name that is not allowed."
            ).replace("%1", attachment.filename)
        )
    _refuse_links_out(folder / stored, folder)
    return folder / stored


def remove_attachment(db: Database, attachment_id: int) -> RemovedAttachment:
    """Delete the attachment's row and park its file in the ``.removed`` subfolder.

    The parked file lets ``restore_attachment`` undo the removal; a file that
    is already missing does not stop the row from being removed. On a server the
    file's bytes are kept in the returned value instead.
    """
    if on_server(db):
        return _remove_on_server(db, attachment_id)
    folder = _folder(db)
    parked_folder = folder / REMOVED_FOLDER
    moved: tuple[Path, Path] | None = None
    try:
        with db.transaction() as session:
            row = session.get(m.Attachment, attachment_id)
            if row is None:
                raise _gone()
            info = _info(row)
            _delete_logged(session, row, info)
            source = attachment_path(db, info)
            parked_name = info.stored_name
            if source.exists():
                parked_folder.mkdir(parents=True, exist_ok=True)
                parked_name = _free_name(parked_folder, info.stored_name)
                try:
                    os.replace(source, parked_folder / parked_name)
                except PermissionError as error:
                    # Open in Word or a PDF reader on Windows: the row stays (rolled back).
                    if held_by_another_program(error):
                        raise ServiceError(attachment_in_use_message(info.filename)) from error
                    raise
                moved = (parked_folder / parked_name, source)
    except BaseException:
        if moved is not None:
            os.replace(*moved)
        raise
    return RemovedAttachment(info, parked_name)


def _delete_logged(session: Session, row: m.Attachment, info: AttachmentInfo) -> None:
    """Delete an attachment's row with its change-log entry, in a folder or on a server alike."""
    session.delete(row)
    write_log(
        session,
        "delete",
        LOG_KIND,
        info.id,
        info.filename,
        {
            "filename": [info.filename, None],
            "target": [f"{info.target.kind}:{info.target.id}", None],
        },
    )
    session.flush()


def _remove_on_server(db: Database, attachment_id: int) -> RemovedAttachment:
    with db.transaction() as session:
        row = session.get(m.Attachment, attachment_id)
        if row is None:
            raise _gone()
        info, content = _info(row), row.content
        _delete_logged(session, row, info)
    return RemovedAttachment(info, info.stored_name, content)


def _restore_row(
    session: Session, info: AttachmentInfo, stored: str, content: bytes | None
) -> AttachmentInfo:
    if session.get(spec_for(info.target.kind).model, info.target.id) is None:
        raise AttachmentError(
            translate("Attachments", "The record %1 belonged to no longer exists.").replace(
                "%1", info.filename
            )
        )
    row = m.Attachment(
        id=info.id if session.get(m.Attachment, info.id) is None else None,
        target_kind=info.target.kind,
        target_id=info.target.id,
        filename=info.filename,
        stored_name=stored,
        size=info.size,
        sha256=info.sha256,
        description=info.description,
        content=content,
    )
    session.add(row)
    session.flush()
    write_log(session, "restore", LOG_KIND, row.id, info.filename, {})
    session.flush()
    return _info(row)


def restore_attachment(db: Database, removed: RemovedAttachment) -> AttachmentInfo:
    """Undo ``remove_attachment``: the row comes back with its id and the file returns."""
    if on_server(db):
        with db.transaction() as session:
            return _restore_row(
                session, removed.attachment, removed.attachment.stored_name, removed.content
            )
    folder = _folder(db)
    info = removed.attachment
    parked = folder / REMOVED_FOLDER / removed.parked_name
    if not parked.exists():
        raise AttachmentError(
            translate("Attachments", "The file of %1 is no longer in the removed files.").replace(
                "%1", info.filename
            )
        )
    stored = _free_name(folder, info.stored_name)
    target = folder / stored
    shutil.move(parked, target)
    try:
        with db.transaction() as session:
            restored = _restore_row(session, info, stored, None)
    except BaseException:
        shutil.move(target, parked)
        raise
    return restored


def _gone() -> AttachmentError:
    return AttachmentError(
        translate("Attachments", "The attachment no longer exists; someone may have removed it.")
    )
