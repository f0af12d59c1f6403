"""Every file the register refuses is left byte for byte as it was, with nothing beside it."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.messages import refusal_message
from app.register import open_register
from db import errors, location

REPO = Path(__file__).resolve().parents[2]

Fingerprint = Callable[[Path], tuple[str, list[str], list[str]]]


def _refused(path: Path, fingerprint: Fingerprint, expected: type[Exception]) -> Exception:
    before = fingerprint(path)
    with pytest.raises(expected) as caught:
        open_register(path)
    assert fingerprint(path) == before
    assert isinstance(caught.value, errors.DatabaseRefused)
    return caught.value


def _other_program_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO foo (name) VALUES ('bar')")
    connection.commit()
    connection.close()


def test_a_text_file_is_refused_as_not_a_database(tmp_path: Path, fingerprint: Fingerprint) -> None:
    path = tmp_path / "README.md"
    shutil.copyfile(REPO / "README.md", path)
    error = _refused(path, fingerprint, errors.NotADatabase)
    assert (REPO / "README.md").read_bytes() == path.read_bytes()
    assert str(path) in refusal_message(error)  # type: ignore[arg-type]


def test_an_empty_file_is_refused(tmp_path: Path, fingerprint: Fingerprint) -> None:
    path = tmp_path / "tom.sqlite3"
    path.write_bytes(b"")
    _refused(path, fingerprint, errors.NotADatabase)
    assert path.stat().st_size == 0


def test_random_bytes_are_refused(tmp_path: Path, fingerprint: Fingerprint) -> None:
    path = tmp_path / "brus.sqlite3"
    path.write_bytes(random.Random(7).randbytes(16_384))
    _refused(path, fingerprint, errors.NotADatabase)


def test_random_bytes_behind_an_sqlite_header_are_refused(
    tmp_path: Path, fingerprint: Fingerprint
) -> None:
    # Passes the header check, so SQLite itself must be the one to say no.
    path = tmp_path / "trasig.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(8).randbytes(8_192))
    _refused(path, fingerprint, errors.DatabaseRefused)


def test_another_programs_database_is_refused(tmp_path: Path, fingerprint: Fingerprint) -> None:
    path = tmp_path / "annat.sqlite3"
    _other_program_database(path)
    _refused(path, fingerprint, errors.NotAVanortDatabase)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT name FROM foo").fetchall() == [("bar",)]
    connection.close()


def test_an_sqlite_file_without_tables_is_refused(tmp_path: Path, fingerprint: Fingerprint) -> None:
    path = tmp_path / "tomt.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 5")  # writes the header page
    connection.commit()
    connection.close()
    assert path.stat().st_size > 0
    _refused(path, fingerprint, errors.NotAVanortDatabase)


def test_a_database_from_a_newer_vanort_is_refused(
    vanort_file: Path, fingerprint: Fingerprint
) -> None:
    connection = sqlite3.connect(vanort_file)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    # The register is a WAL database: merely looking at it could leave -wal and
    # -shm files behind, which the fingerprint would show.
    error = _refused(vanort_file, fingerprint, errors.NewerDatabase)
    assert "newer version" in refusal_message(error)  # type: ignore[arg-type]


def test_a_missing_path_is_refused_and_no_file_is_created(
    tmp_path: Path, fingerprint: Fingerprint
) -> None:
    path = tmp_path / "finns-inte.sqlite3"
    error = _refused(path, fingerprint, errors.DatabaseNotFound)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []
    assert refusal_message(error) == f"There is no file {path}."  # type: ignore[arg-type]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.NotADatabase):
        open_register(tmp_path)


def test_a_url_to_a_missing_sqlite_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "saknas.sqlite3"
    with pytest.raises(errors.DatabaseNotFound):
        open_register(f"sqlite:///{path}")
    assert not path.exists()


# ------------------------------------------------------------ network shares

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
overlay /var/lib/docker/overlay2/abc/merged overlay rw,relatime 0 0
server:/export /mnt/nfs nfs4 rw,relatime,vers=4.2 0 0
//filer/kommun /mnt/kommun cifs rw,relatime,vers=3.0 0 0
//filer/smb3 /mnt/smb3 smb3 rw,relatime 0 0
user@host:/home/user /home/anna/fjarr fuse.sshfs rw,nosuid,nodev 0 0
//filer/med\\040mellanslag /mnt/med\\040mellanslag cifs rw 0 0
/dev/sdb1 /mnt/nfs/lokal ext4 rw,relatime 0 0
auto.home /home/kommun autofs rw,relatime,fd=7 0 0
filer:/home/kommun /home/kommun nfs rw,relatime,vers=3 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/nfs/vanort.sqlite3", True),
        ("/mnt/nfs/djup/mapp/vanort.sqlite3", True),
        ("/mnt/kommun/Internationellt/vanort.sqlite3", True),
        ("/mnt/smb3/vanort.sqlite3", True),
        ("/home/anna/fjarr/vanort.sqlite3", True),
        ("/mnt/med mellanslag/vanort.sqlite3", True),
        ("/home/anna/vanort.sqlite3", False),  # ext4 root
        ("/tmp/vanort.sqlite3", False),  # tmpfs
        ("/var/lib/docker/overlay2/abc/merged/app/vanort.sqlite3", False),  # overlay
        ("/mnt/nfs/lokal/vanort.sqlite3", False),  # a local disk mounted inside the share
        ("/mnt/nfsx/vanort.sqlite3", False),  # only a name that starts like the share
        ("/home/kommun/anna/vanort.sqlite3", True),  # NFS mounted over its autofs trigger
    ],
)
def test_network_mounts_on_linux_are_recognised(path: str, network: bool) -> None:
    assert location.is_network_path(path, platform="linux", mounts=MOUNTS) is network


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("\\\\server\\share\\x.sqlite3", True),
        ("//server/share/x", True),
        ("\\\\?\\UNC\\server\\share\\x.sqlite3", True),
        ("C:\\x", False),
        ("C:\\Users\\anna\\Documents\\vanort.sqlite3", False),
        ("\\\\?\\C:\\x.sqlite3", False),  # a long local path, not a share
    ],
)
def test_windows_shares_are_recognised(path: str, network: bool) -> None:
    assert location.is_network_path(path, platform="win32") is network


def test_a_database_under_a_network_mount_is_refused_untouched(
    vanort_file: Path, fingerprint: Fingerprint, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = os.path.realpath(vanort_file.parent)
    fake = f"/dev/sda1 / ext4 rw 0 0\nfiler:/vol {folder} nfs4 rw,vers=4.1 0 0\n"
    monkeypatch.setattr(location, "_mount_table", lambda: fake)
    error = _refused(vanort_file, fingerprint, errors.NetworkShareRefused)
    message = refusal_message(error)  # type: ignore[arg-type]
    assert str(vanort_file) in message
    assert "network drive" in message


def test_the_same_file_opens_when_the_mount_is_local(
    vanort_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The counterpart of the refusal above: only the file system type differs.
    folder = os.path.realpath(vanort_file.parent)
    fake = f"/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 {folder} ext4 rw 0 0\n"
    monkeypatch.setattr(location, "_mount_table", lambda: fake)
    database = open_register(vanort_file)
    database.close()


# ------------------------------------------------------------ the sentences


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (errors.DatabaseNotFound("/data/x.sqlite3"), "There is no file"),
        (errors.NotADatabase("/data/x.sqlite3"), "is not a database file"),
        (errors.NotAVanortDatabase("/data/x.sqlite3"), "not a Vänort database"),
        (errors.NewerDatabase("/data/x.sqlite3", "9999_future"), "newer version of Vänort"),
        (errors.NetworkShareRefused("/data/x.sqlite3"), "network drive"),
        (errors.AlreadyExists("/data/x.sqlite3"), "already exists"),
        (errors.DatabaseUnreadable("/data/x.sqlite3", "disk I/O error"), "could not be read"),
    ],
)
def test_each_refusal_is_one_sentence_naming_the_file(
    error: errors.DatabaseRefused, words: str
) -> None:
    message = refusal_message(error)
    assert "/data/x.sqlite3" in message
    assert words in message
    assert message.endswith(".")
    assert "\n" not in message
    assert "Traceback" not in message and type(error).__name__ not in message


# ------------------------------------------------------------ creating


def test_a_new_register_never_overwrites_a_file(
    vanort_file: Path, tmp_path: Path, fingerprint: Fingerprint
) -> None:
    from app.register import create_register

    text = tmp_path / "anteckningar.sqlite3"
    text.write_text("Vänortskedjan\n", encoding="utf-8")
    for existing in (vanort_file, text):
        before = fingerprint(existing)
        with pytest.raises(errors.AlreadyExists) as caught:
            create_register(existing)
        assert fingerprint(existing) == before
        assert "already exists" in refusal_message(caught.value)


def test_only_vanort_files_are_recognised(vanort_file: Path, tmp_path: Path) -> None:
    from app.register import is_vanort_file

    other = tmp_path / "annat.sqlite3"
    _other_program_database(other)
    assert is_vanort_file(vanort_file)
    assert not is_vanort_file(other)
    assert not is_vanort_file(REPO / "README.md")
    assert not is_vanort_file(tmp_path / "saknas.sqlite3")
    assert not (tmp_path / "saknas.sqlite3").exists()


def test_a_register_opens_by_sqlite_url_as_well(vanort_file: Path) -> None:
    database = open_register(f"sqlite:///{vanort_file}")
    try:
        assert database.path == vanort_file.resolve()
    finally:
        database.close()
