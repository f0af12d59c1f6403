"""Is a path on a network file system? SQLite's WAL needs shared memory on one machine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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


def is_network_path(
    path: str | Path, *, platform: str | None = None, mounts: str | None = None
) -> bool:
    """True when ``path`` is on a network share (UNC, mapped drive, NFS/SMB mount)."""
    text = str(path)
    system = platform or sys.platform
    if system.startswith("win"):
        if text.startswith(("\\\\", "//")):
            return not text.startswith(("\\\\?\\", "\\\\.\\")) or text.upper().startswith(
                "\\\\?\\UNC\\"
            )
        if platform is None:
            return _windows_drive_is_remote(text)
        return False
    if text.startswith("//"):
        return True
    fs = filesystem_type(Path(text), mounts)
    return fs is not None and fs.lower() in NETWORK_FILESYSTEMS
