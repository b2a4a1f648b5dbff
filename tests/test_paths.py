"""Creating the app's folders: private at every level, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretch_coach.services.paths import ensure_private_dir, make_private_dirs

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o000, 0o022, 0o277], ids=["umask-000", "umask-022", "umask-277"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    # 000 would leave folders open to all; 277 would take the owner's own
    # write and search bits away.
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


@posix_only
@pytest.mark.usefixtures("umask")
def test_every_missing_level_is_made_0700(tmp_path: Path) -> None:
    existing = tmp_path / "home"
    existing.mkdir()
    existing.chmod(0o755)
    target = existing / ".local" / "share" / "stretch-coach"
    assert make_private_dirs(target) == target
    for folder in (existing / ".local", existing / ".local" / "share", target):
        assert mode(folder) == 0o700, folder
    assert mode(existing) == 0o755  # not the app's to change


@posix_only
@pytest.mark.usefixtures("umask")
def test_ensure_private_dir_also_closes_the_folder_itself(tmp_path: Path) -> None:
    target = tmp_path / "data"
    target.mkdir()
    target.chmod(0o777)
    ensure_private_dir(target / "sub")
    assert mode(target) == 0o777 and mode(target / "sub") == 0o700
    ensure_private_dir(target)
    assert mode(target) == 0o700


def test_an_existing_folder_is_fine_and_a_file_in_the_way_is_an_error(tmp_path: Path) -> None:
    make_private_dirs(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FileExistsError):
        make_private_dirs(blocker)
    with pytest.raises(NotADirectoryError):
        make_private_dirs(blocker / "below")
