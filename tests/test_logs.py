"""The log file: the app's records and the sound library's warnings end up there."""

from __future__ import annotations

import dataclasses
import logging
import os
import stat

import pytest

from stretch_coach.services import logs
from stretch_coach.services.logs import setup_logging, stop_logging
from stretch_coach.services.paths import AppPaths


def test_records_go_to_a_private_log_file(
    app_paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging(app_paths)
    setup_logging(app_paths)  # a second call adds no second handler
    logging.getLogger("stretch_coach.test").info("hello from the app")
    logging.getLogger("playsound3").warning("No supported audio backends on this system!")
    text = app_paths.log_file.read_text()
    assert text.count("hello from the app") == 1
    assert "No supported audio backends" in text
    assert capsys.readouterr().err == ""
    assert app_paths.log_dir.stat().st_mode & 0o077 == 0


def test_a_new_log_folder_replaces_the_old_handler(app_paths: AppPaths) -> None:
    setup_logging(app_paths)
    other = dataclasses.replace(app_paths, log_dir=app_paths.log_dir.parent / "other")
    setup_logging(other)
    logging.getLogger("stretch_coach.test").warning("second")
    assert "second" in other.log_file.read_text()
    assert "second" not in app_paths.log_file.read_text()
    stop_logging()
    logging.getLogger("stretch_coach.test").warning("after")
    assert "after" not in other.log_file.read_text()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_log_files_are_private_even_with_no_umask_and_after_rotating(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_LOG_BYTES", 200)
    previous = os.umask(0)
    try:
        setup_logging(app_paths)
        for number in range(20):
            logging.getLogger("stretch_coach.test").warning("record %d", number)
    finally:
        os.umask(previous)
    files = sorted(app_paths.log_dir.iterdir())
    assert app_paths.log_file in files and len(files) > 1  # it did rotate
    assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {f.name: 0o600 for f in files}
    assert stat.S_IMODE(app_paths.log_dir.stat().st_mode) == 0o700
