"""Suite-wide set-up: headless Qt and a private home for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

# Must be set before any Qt module loads: tests never need or touch a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import datetime as dt

from stretch_coach.core.clock import Clocks
from stretch_coach.flows.context import AppServices
from stretch_coach.services.logs import stop_logging
from stretch_coach.services.paths import AppPaths
from tests.fakes import FakeClock, FakePlayer, FakeVoice

EVENING = dt.datetime(2026, 11, 27, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder at a fresh temporary directory.

    No test may read or write the real settings, history or logs.
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    # The single-instance socket's folder; short, as socket paths must be.
    runtime = tmp_path_factory.mktemp("run")
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return home


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication) -> None:
    """The app's English, as it starts in an English locale: the English
    catalogue gives the counted texts their forms ("1 minute", "2 minutes")."""
    from PySide6.QtCore import QLocale

    from stretch_coach.ui.i18n import install_translator

    install_translator(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(autouse=True)
def no_stale_log_file() -> Iterator[None]:
    # The app attaches a file handler for its log; never let it outlive the
    # test whose temporary home it writes to.
    yield
    stop_logging()


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    yield FakeClock()


@pytest.fixture
def themed_app() -> Iterator[QApplication]:
    """The application for a test that sets the app's look; its palette and
    style sheet put back afterwards for the tests that follow.

    A style sheet is put back only when there was one: clearing the app's
    sheet once one was set (with the app's style in it) made PySide6 6.11
    crash a later test that set a sheet again. The app itself never clears it.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = app.palette(), app.styleSheet()
    yield app
    app.setPalette(palette)
    if sheet:
        app.setStyleSheet(sheet)


@pytest.fixture
def app_paths(private_home: Path) -> AppPaths:
    return AppPaths.for_user()


@pytest.fixture
def player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def services(app_paths: AppPaths, clock: FakeClock, player: FakePlayer) -> Iterator[AppServices]:
    """The app's services with a fake clock, a recording player and a temporary home."""
    built = AppServices.load(
        app_paths, Clocks(clock, lambda: EVENING), player=player, voice=FakeVoice()
    )
    built.settings_owner.first_run = False  # the welcome has its own tests
    yield built
    built.close()


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The app's German translation for one test, English again afterwards."""
    from PySide6.QtCore import QLocale

    from stretch_coach.ui.i18n import install_translator
    from stretch_coach.ui.texts import tr

    assert install_translator(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    install_translator(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # Every other test expects English: make sure nothing German is left behind.
    assert tr("Start") == "Start"
