"""Where a database file really is: on a network share, or in a folder a sync service copies.

SQLite's write-ahead log needs shared memory on one machine, so a share is
refused. A folder that OneDrive, Dropbox or Google Drive synchronises is
allowed but warned about: the service copies the ``-wal`` and ``-shm`` files
on its own schedule and can put back a stale one beside a newer database.

On Windows a path can hide where it leads: ``\\\\?\\`` prefixes, SUBST drives
and junctions (or symbolic links) to a share. They are resolved first.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "ncpfs",
        "coda",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.glusterfs",
        "fuse.cephfs",
    }
)


def _mount_table() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes spaces and tabs in paths as octal escapes.
    return (
        field.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def filesystem_type(path: Path, mounts: str | None = None) -> str | None:
    """The type of the file system holding ``path`` on Linux, from the longest mount prefix."""
    table = _mount_table() if mounts is None else mounts
    target = os.path.realpath(path)
    best: tuple[int, str] | None = None
    for line in table.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = _unescape_mount(parts[1])
        prefix = mount_point.rstrip("/") + "/"
        covers = target == mount_point or target.startswith(prefix) or mount_point == "/"
        if covers and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def _windows_drive_is_remote(path: str) -> bool:
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return False
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def without_long_prefix(text: str) -> str:
    """``\\\\?\\Z:\\x`` as ``Z:\\x`` and ``\\\\?\\UNC\\server\\share`` as ``\\\\server\\share``."""
    for prefix in ("\\\\?\\", "\\\\.\\", "\\??\\"):
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            if rest.upper().startswith("UNC\\"):
                return "\\\\" + rest[4:]
            return rest
    return text


def _dos_device_target(drive: str) -> str | None:
    """What a drive letter stands for (QueryDosDevice), e.g. ``\\??\\C:\\Data`` for a SUBST drive."""
    import ctypes

    buffer = ctypes.create_unicode_buffer(1024)
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    if not kernel32.QueryDosDeviceW(drive, buffer, len(buffer)):
        return None
    return str(buffer.value)


def windows_real_path(text: str, *, dos_device: Callable[[str], str | None] | None = None) -> str:
    """``text`` with ``\\\\?\\`` prefixes, SUBST drives, junctions and links resolved.

    ``dos_device`` answers for a drive letter what QueryDosDevice would (for
    tests); by default Windows is asked, and elsewhere nothing is.
    """
    text = without_long_prefix(text)
    if dos_device is None and sys.platform == "win32":
        # Junctions and symbolic links; a mapped drive comes back as \\?\UNC\...
        with contextlib.suppress(OSError, ValueError):
            text = without_long_prefix(os.path.realpath(text))
        dos_device = _dos_device_target
    if dos_device is None:
        return text
    for _ in range(8):  # a SUBST drive may point at another SUBST drive
        drive, rest = PureWindowsPath(text).drive, text[2:]
        if len(drive) != 2 or drive[1] != ":":
            break
        target = dos_device(drive.upper())
        if not target or not target.startswith("\\??\\"):
            break  # an ordinary disk (\Device\HarddiskVolume3) or a network redirector
        text = without_long_prefix(target).rstrip("\\") + rest
    return text


def is_network_path(
    path: str | Path,
    *,
    platform: str | None = None,
    mounts: str | None = None,
    remote_drive: Callable[[str], bool] | None = None,
    dos_device: Callable[[str], str | None] | None = None,
) -> bool:
    """True when ``path`` is on a network share (UNC, mapped drive, NFS/SMB mount).

    On Windows the path is resolved first (:func:`windows_real_path`). Tests pass
    ``platform`` with ``remote_drive`` and ``dos_device`` in place of Windows' answers.
    """
    text = str(path)
    system = platform or sys.platform
    if system.startswith("win"):
        text = windows_real_path(text, dos_device=dos_device)
        if text.startswith(("\\\\", "//")):
            return True
        if remote_drive is not None:
            return remote_drive(PureWindowsPath(text).drive.upper())
        if platform is None:
            return _windows_drive_is_remote(text)
        return False
    if text.startswith("//"):
        return True
    fs = filesystem_type(Path(text), mounts)
    return fs is not None and fs.lower() in NETWORK_FILESYSTEMS


# Folder names the sync services give their folders; compared without case.
_SYNCED_FOLDER_NAMES: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
)
# Where the services say their folder is.
_SYNC_ROOT_VARIABLES: tuple[tuple[str, str], ...] = (
    ("OneDrive", "OneDrive"),
    ("OneDriveCommercial", "OneDrive"),
    ("OneDriveConsumer", "OneDrive"),
)


def synced_folder(
    path: str | Path,
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> str | None:
    """The sync service (OneDrive, Dropbox, Google Drive) whose folder holds ``path``, or None.

    Known by the folder's name ("OneDrive - Vänersborgs kommun", "Dropbox
    (Företag)", "Google Drive", "My Drive") or by the variables OneDrive sets.
    """
    variables = os.environ if environ is None else environ
    windows = (platform or sys.platform).startswith("win")
    text = windows_real_path(str(path)) if windows else os.path.realpath(path)
    pure: PurePath = PureWindowsPath(text) if windows else Path(text)
    folded = [part.casefold() for part in pure.parts]
    for variable, service in _SYNC_ROOT_VARIABLES:
        root = variables.get(variable)
        if not root:
            continue
        root_parts = [
            part.casefold() for part in (PureWindowsPath(root) if windows else Path(root)).parts
        ]
        if folded[: len(root_parts)] == root_parts:
            return service
    for part in folded[:-1]:  # the folders, not the file's own name
        for name, service in _SYNCED_FOLDER_NAMES:
            if part == name or part.startswith((f"{name} - ", f"{name} (")):
                return service
    return None
