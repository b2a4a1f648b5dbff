"""First run, the morning diary, the doctor suggestion, history, export and About."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.health import RED_FLAGS, SEE_A_DOCTOR, SOURCES
from stretch_coach.services.context import AppServices
from stretch_coach.services.history import DiaryEntry, SessionRecord
from stretch_coach.ui.about_page import about_html
from tests.apps import build_app
from tests.conftest import EVENING

MORNING = EVENING.replace(day=28, hour=8)  # Saturday morning after Friday night


def build(qtbot: QtBot, services: AppServices) -> StretchCoach:
    return build_app(qtbot, services, start=False)


@pytest.fixture
def morning(services: AppServices) -> AppServices:
    services.wall_clock = lambda: MORNING
    return services


@pytest.fixture
def app(qtbot: QtBot, services: AppServices) -> Iterator[StretchCoach]:
    built = build(qtbot, services)
    yield built
    built.shutdown()


def test_first_run_welcome_sets_bedtime_and_reminders_then_offers_the_diary(
    qtbot: QtBot, services: AppServices
) -> None:
    services.first_run = True
    app = build(qtbot, services)
    app.start()
    welcome = app.welcome
    assert welcome.isVisible()
    welcome.bedtime.setTime(QTime(23, 15))
    welcome.water.setChecked(False)
    welcome.start_button.click()
    saved = tomllib.loads(services.paths.settings_file.read_text())
    assert saved["bedtime"]["time"] == "23:15"
    assert saved["reminders"]["hydration"]["enabled"] is False
    assert app.diary.isVisible()
    assert not services.first_run
    app.shutdown()


def test_skipping_the_welcome_keeps_defaults_and_does_not_ask_again(
    qtbot: QtBot, services: AppServices
) -> None:
    services.first_run = True
    app = build(qtbot, services)
    app.start()
    app.welcome.skip_button.click()
    assert services.paths.settings_file.exists()
    assert not app.coordinator.state.diary_prompts
    app.shutdown()
    again = AppServices.load(services.paths)
    assert not again.first_run
    again.close()


def test_the_welcome_says_it_is_not_medical_advice(qtbot: QtBot, services: AppServices) -> None:
    from PySide6.QtWidgets import QLabel

    services.first_run = True
    app = build(qtbot, services)
    app.start()
    text = " ".join(label.text() for label in app.welcome.findChildren(QLabel))
    assert "not medical advice" in text
    app.shutdown()


def test_morning_check_in_is_offered_once_and_saves_the_night(
    qtbot: QtBot, morning: AppServices
) -> None:
    app = build(qtbot, morning)
    app.start()
    diary = app.diary
    assert diary.isVisible()
    assert diary.entry().night == dt.date(2026, 11, 27)  # Friday night
    assert not diary.severity_box.isEnabled()  # nothing to rate without a cramp
    diary.cramps.setValue(2)
    diary.severity.setValue(6)
    diary.where["calf-left"].setChecked(True)
    diary.note.setText("woke twice")
    diary.save_button.click()
    entry = morning.history().diary_entry(dt.date(2026, 11, 27))
    assert entry == DiaryEntry(dt.date(2026, 11, 27), 2, 6, ("calf-left",), "woke twice")
    assert not app.diary_due()  # answered: not asked again this morning
    app.shutdown()


def test_the_check_in_is_not_pushed_twice_in_a_morning(qtbot: QtBot, morning: AppServices) -> None:
    app = build(qtbot, morning)
    app.start()
    app.diary.skip_button.click()
    assert not app.diary_due()
    app.shutdown()


def test_past_nights_can_be_edited(qtbot: QtBot, app: StretchCoach, services: AppServices) -> None:
    services.history().put_diary(DiaryEntry(dt.date(2026, 11, 20), 3, 7, ("foot-right",), "x"))
    diary = app.open_diary()
    diary.night.setDate(QDate(2026, 11, 20))
    assert diary.cramps.value() == 3
    assert diary.where["foot-right"].isChecked()
    diary.cramps.setValue(1)
    diary.save_button.click()
    entry = services.history().diary_entry(dt.date(2026, 11, 20))
    assert entry is not None and entry.cramps == 1


def test_frequent_cramps_bring_a_kind_doctor_suggestion_once(
    app: StretchCoach, services: AppServices
) -> None:
    today = EVENING.date()
    history = services.history()
    for back in range(1, 15):
        if back % 7 not in (1, 2):  # five of every seven nights
            history.put_diary(DiaryEntry(today - dt.timedelta(days=back), 1, 5))
    app.save_diary_entry(DiaryEntry(today - dt.timedelta(days=1), 2, 6))
    box = app.doctor_box
    assert box.isVisible()
    for fact in (*SEE_A_DOCTOR, *RED_FLAGS):
        assert fact.text in box.text()
    box.close()
    app.doctor_box = None  # type: ignore[assignment]
    app.save_diary_entry(DiaryEntry(today - dt.timedelta(days=2), 1, 4))
    assert app.doctor_box is None  # said once, not again


def test_history_page_shows_charts_insights_and_exports(
    app: StretchCoach, services: AppServices, tmp_path: Path
) -> None:
    history = services.history()
    start = EVENING - dt.timedelta(days=1, minutes=30)
    history.add_session(
        SessionRecord(
            "bedtime", "Bedtime", 300, 300.0, True, start, start + dt.timedelta(minutes=5)
        )
    )
    history.add_hydration(EVENING.replace(hour=17))
    history.put_diary(DiaryEntry(EVENING.date() - dt.timedelta(days=1), 1, 4, ("calf-left",)))
    dialog = app.open_history()
    assert set(dialog.charts) == {"minutes", "water", "cramps"}
    assert "1 evening in a row" in dialog.streak.text()
    assert "record, not proof" in dialog.insights.text()
    assert "too early" in dialog.insights.text().lower()  # one night proves nothing
    written = app.export_csv(tmp_path / "out", dialog)
    assert sorted(p.name for p in written) == ["diary.csv", "hydration.csv", "sessions.csv"]
    assert app.export_csv(tmp_path / "out", dialog) == []
    assert "Nothing was written" in dialog.status.text()


def test_empty_history_says_so(app: StretchCoach) -> None:
    dialog = app.open_history()
    assert dialog.empty_note.isVisibleTo(dialog)


def test_about_page_leads_with_when_to_get_help_and_names_every_source(
    app: StretchCoach,
) -> None:
    page = about_html()
    assert page.index("urgent advice") < page.index("What may help")
    for fact in (*RED_FLAGS, *SEE_A_DOCTOR):
        assert fact.text in page
    cited = [s for s in SOURCES.values() if s.citation in page]
    assert cited, "sources are listed"
    assert page.count("<sup>") >= len(RED_FLAGS) + len(SEE_A_DOCTOR)
    dialog = app.open_about()
    assert dialog.isVisible()


NIGHT_UNDER_WAY = EVENING.replace(day=28, hour=1)  # 01:00 on Saturday: Friday night goes on


def test_the_diary_offers_only_nights_that_are_over(qtbot: QtBot, services: AppServices) -> None:
    services.wall_clock = lambda: NIGHT_UNDER_WAY
    app = build(qtbot, services)
    diary = app.open_diary()
    assert diary.entry().night == dt.date(2026, 11, 26)  # Thursday night, the last one over
    assert diary.night.maximumDate() == QDate(2026, 11, 26)
    assert diary.night.minimumDate() == QDate(2016, 11, 27)  # ten years before Friday evening
    diary.night.setDate(QDate(2026, 11, 27))
    assert diary.entry().night == dt.date(2026, 11, 26)
    diary.close()
    services.wall_clock = lambda: NIGHT_UNDER_WAY.replace(hour=6)  # morning: Friday night is over
    diary = app.open_diary()
    assert diary.entry().night == dt.date(2026, 11, 27)
    assert diary.night.maximumDate() == QDate(2026, 11, 27)
    app.shutdown()


def test_a_night_under_way_does_not_count_in_the_history(
    qtbot: QtBot, services: AppServices
) -> None:
    history = services.history()
    for back in range(1, 6):  # five nights over, without a routine before them
        history.put_diary(DiaryEntry(dt.date(2026, 11, 27) - dt.timedelta(days=back), 1, 5))
    history.put_diary(DiaryEntry(dt.date(2026, 11, 27), 3, 8))  # tonight, entered early
    services.wall_clock = lambda: NIGHT_UNDER_WAY
    app = build(qtbot, services)
    dialog = app.open_history()
    text = " ".join(dialog.insights.text().split())
    assert "0 nights after a finished routine and 5 nights without" in text
    app.shutdown()


def test_a_night_under_way_does_not_bring_the_doctor_suggestion(
    qtbot: QtBot, services: AppServices
) -> None:
    history = services.history()
    friday = dt.date(2026, 11, 27)
    # Cramps on 4 nights of the week before last and on 3 of last week (the 7
    # nights before Friday's), and tonight's night entered while still under way.
    for back in (8, 9, 10, 11, 1, 2, 3, 0):
        history.put_diary(DiaryEntry(friday - dt.timedelta(days=back), 1, 5))
    services.wall_clock = lambda: NIGHT_UNDER_WAY
    app = build(qtbot, services)
    app.save_diary_entry(DiaryEntry(friday - dt.timedelta(days=2), 2, 6))
    assert not app.coordinator.state.doctor_suggested
    app.shutdown()
