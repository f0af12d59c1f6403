"""Windows paths that hide a share, and folders that a sync service copies.

Windows itself is not here: its answers (GetDriveType for a drive letter,
QueryDosDevice for what a drive letter stands for) are given as functions.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db import location

# Z: is a mapped network drive, S: a SUBST drive for a folder on Z:, T: a SUBST
# drive for a local folder, L: a SUBST drive straight to a share.
DRIVES = {
    "C:": "\\Device\\HarddiskVolume3",
    "Z:": "\\Device\\LanmanRedirector\\;Z:0000000000012345\\fil01\\gemensam",
    "S:": "\\??\\Z:\\Internationellt",
    "T:": "\\??\\C:\\Data",
    "L:": "\\??\\UNC\\fil01\\gemensam",
}


def _network(path: str) -> bool:
    return location.is_network_path(
        path,
        platform="win32",
        remote_drive=lambda drive: drive == "Z:",
        dos_device=DRIVES.get,
    )


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("Z:\\Internationellt\\vanort.sqlite3", True),
        ("\\\\?\\Z:\\Internationellt\\vanort.sqlite3", True),  # the long form of a mapped drive
        ("\\\\?\\UNC\\fil01\\gemensam\\vanort.sqlite3", True),
        ("S:\\vanort.sqlite3", True),  # SUBST onto the mapped drive
        ("L:\\vanort.sqlite3", True),  # SUBST straight to a share
        ("\\\\?\\S:\\vanort.sqlite3", True),
        ("T:\\vanort.sqlite3", False),  # SUBST onto the local disk
        ("C:\\Users\\anna\\vanort.sqlite3", False),
        ("\\\\?\\C:\\Users\\anna\\vanort.sqlite3", False),
    ],
)
def test_prefixes_and_subst_drives_are_resolved_before_the_share_check(
    path: str, network: bool
) -> None:
    assert _network(path) is network


def test_a_subst_drive_becomes_the_folder_it_stands_for() -> None:
    assert (
        location.windows_real_path("S:\\a\\b.sqlite3", dos_device=DRIVES.get)
        == "Z:\\Internationellt\\a\\b.sqlite3"
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_to_a_network_mount_is_followed(tmp_path: Path) -> None:
    # Linux's counterpart of a junction: the share check sees where the link leads.
    share = tmp_path / "mnt" / "share"
    share.mkdir(parents=True)
    link = tmp_path / "home" / "anna" / "Internationellt"
    link.parent.mkdir(parents=True)
    link.symlink_to(share, target_is_directory=True)
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//fil01/gemensam {share} cifs rw 0 0\n"

    assert location.is_network_path(link / "vanort.sqlite3", platform="linux", mounts=mounts)


@pytest.mark.parametrize(
    ("path", "environ", "service"),
    [
        ("C:\\Users\\anna\\OneDrive - Vänersborgs kommun\\Int\\v.sqlite3", {}, "OneDrive"),
        ("C:\\Users\\anna\\OneDrive\\v.sqlite3", {}, "OneDrive"),
        # Known Folder Move: Documents is synchronised, though its name does not say so.
        (
            "C:\\Users\\anna\\Documents\\v.sqlite3",
            {"OneDriveCommercial": "C:\\Users\\anna\\Documents"},
            "OneDrive",
        ),
        (
            "c:\\users\\anna\\documents\\v.sqlite3",
            {"OneDrive": "C:\\Users\\anna\\Documents"},
            "OneDrive",
        ),
        ("D:\\Dropbox (Vänersborg)\\v.sqlite3", {}, "Dropbox"),
        ("C:\\Users\\anna\\Dropbox\\v.sqlite3", {}, "Dropbox"),
        ("G:\\My Drive\\Internationellt\\v.sqlite3", {}, "Google Drive"),
        ("C:\\Users\\anna\\Google Drive\\v.sqlite3", {}, "Google Drive"),
        (
            "C:\\Users\\anna\\AppData\\Local\\Vanort\\v.sqlite3",
            {"OneDrive": "C:\\Users\\anna\\OneDrive"},
            None,
        ),
        ("C:\\Data\\OneDrive.sqlite3", {}, None),  # the file's own name is not a folder
        ("C:\\Data\\OneDriveBackup\\v.sqlite3", {}, None),
    ],
)
def test_synchronised_folders_are_recognised_on_windows(
    path: str, environ: dict[str, str], service: str | None
) -> None:
    assert location.synced_folder(path, environ=environ, platform="win32") == service


def test_a_synchronised_folder_is_recognised_on_linux(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()

    assert location.synced_folder(folder / "v.sqlite3", environ={}) == "Dropbox"
    assert location.synced_folder(tmp_path / "v.sqlite3", environ={}) is None
