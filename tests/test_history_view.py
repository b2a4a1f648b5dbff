"""The History window: its own charts, the empty state, and the diary list
where a night can be corrected or deleted."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.clock import evening_of
from stretch_coach.core.records import DiaryEntry, SessionOutcome, SessionRecord
from stretch_coach.flows.context import AppServices
from stretch_coach.ui.charts import (
    MAX_TICKS,
    MIN_DOT_DIAMETER,
    MIN_LINE_WIDTH,
    ChartSeries,
    WeekChart,
    whole_ticks,
)
from stretch_coach.ui.history_page import HistoryDialog
from stretch_coach.ui.question import Question
from stretch_coach.ui.theme import BEDTIME, LIGHT
from tests.apps import build_app
from tests.conftest import EVENING, REPO_ROOT

LAST_NIGHT = EVENING.date() - dt.timedelta(days=1)
LABELS = [f"{day}/11" for day in range(1, 9)]


@pytest.fixture
def app(qtbot: QtBot, services: AppServices) -> Iterator[StretchCoach]:
    built = build_app(qtbot, services, start=False)
    yield built
    built.shutdown()


def add_session(services: AppServices, evening: dt.datetime = EVENING) -> None:
    start = evening - dt.timedelta(days=1, minutes=30)
    services.history().add_session(
        SessionRecord("bedtime", "Bedtime", 300, 300.0, SessionOutcome.COMPLETED, start,
                      start + dt.timedelta(minutes=5))
    )  # fmt: skip


def stored_nights(services: AppServices) -> list[str]:
    """The diary's nights as the SQLite file holds them, read past the app."""
    db = sqlite3.connect(services.history().path)
    try:
        return [night for (night,) in db.execute("SELECT night FROM diary ORDER BY night")]
    finally:
        db.close()


def answer_next_question(button_text: str) -> list[Question]:
    """Press ``button_text`` in the next question the app asks; the questions seen."""
    seen: list[Question] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, Question):
            QTimer.singleShot(10, press)
            return
        seen.append(box)
        chosen = box.buttons.get(button_text)
        if chosen is not None:
            chosen.click()
        else:
            box.done(0)  # the test fails on the missing button, never hangs

    QTimer.singleShot(0, press)
    return seen


# -- the scale ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (0, [0, 1]),
        (1, [0, 1]),
        (3, [0, 1, 2, 3]),
        (7, [0, 2, 4, 6, 8]),
        (23, [0, 5, 10, 15, 20, 25]),
        (140, [0, 50, 100, 150]),
    ],
)
def test_value_ticks_are_distinct_whole_numbers(top: float, expected: list[int]) -> None:
    ticks = whole_ticks(top)
    assert ticks == expected
    assert all(isinstance(tick, int) for tick in ticks)
    assert len(set(ticks)) == len(ticks) <= MAX_TICKS
    assert ticks[0] == 0 and ticks[-1] >= top


@pytest.mark.parametrize("top", [0.4, 1, 2.5, 9.99, 10, 11, 57, 99, 1000, 12345])
def test_every_scale_steps_evenly_in_whole_numbers(top: float) -> None:
    ticks = whole_ticks(top)
    steps = {b - a for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1 and steps.pop() >= 1
    assert ticks[-1] >= top and len(ticks) <= MAX_TICKS


def test_a_count_of_one_reads_zero_and_one(qtbot: QtBot) -> None:
    chart = WeekChart("Glasses", LIGHT)
    qtbot.addWidget(chart)
    values: list[float | None] = [0, 0, 1, 0, 0, 0, 0, 0]
    chart.show_weeks(LABELS, ChartSeries("Glasses", values, LIGHT.muted, str))
    assert chart.ticks() == [0, 1]


# -- drawing ----------------------------------------------------------------------------


def cramp_chart(qtbot: QtBot, pain: float = 5.0) -> WeekChart:
    chart = WeekChart("Cramp nights and mean worst pain per week", LIGHT)
    qtbot.addWidget(chart)
    chart.show_weeks(
        LABELS,
        ChartSeries("Cramp nights", [0.0] * 8, LIGHT.danger, lambda v: f"{v:.0f} cramp nights"),
        ChartSeries("Mean worst pain (0–10)", [pain] * 8, LIGHT.text, lambda v: f"pain {v}"),
        least_top=10,
    )
    chart.resize(600, 260)
    return chart


def test_the_line_is_at_least_three_pixels_thick_with_larger_dots(qtbot: QtBot) -> None:
    chart = cramp_chart(qtbot)
    assert chart.line_width() >= MIN_LINE_WIDTH == 3
    assert chart.dot_diameter() >= MIN_DOT_DIAMETER == 8
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    # Between the first two dots (an eighth of the width apart) the level line
    # is all there is below the title and legend. Antialiasing may share an
    # edge between two rows, so the ink is summed: a row wholly covered counts 1.
    column = round(chart.width() * 0.18)
    paper, ink = QColor(LIGHT.surface).green(), QColor(LIGHT.text).green()
    coverage = [
        (paper - image.pixelColor(column, y).green()) / (paper - ink)
        for y in range(image.height() // 3, image.height())
    ]
    darkest = max(range(len(coverage)), key=coverage.__getitem__)
    thickness = sum(coverage[darkest - 4 : darkest + 5])
    assert thickness >= MIN_LINE_WIDTH - 0.25  # a quarter pixel for rounding at the edges


def test_a_larger_font_draws_a_bolder_line_and_a_taller_chart(qtbot: QtBot) -> None:
    chart = cramp_chart(qtbot)
    small = (chart.line_width(), chart.minimumSizeHint().height())
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2.5)
    chart.setFont(font)
    assert chart.line_width() > small[0]
    assert chart.minimumSizeHint().height() > small[1]
    assert chart.minimumSizeHint().height() >= 200


def test_the_chart_fits_a_small_window_and_thins_its_week_labels(qtbot: QtBot) -> None:
    chart = cramp_chart(qtbot)
    assert chart.minimumSizeHint().width() <= 600 - 2 * 20  # window margins and scroll bar
    assert chart.minimumSizeHint().height() >= 200
    assert chart.label_step(600) == 1
    long_labels = [f"Week of {day} November" for day in range(1, 9)]
    chart.show_weeks(long_labels, ChartSeries("Cramp nights", [1.0] * 8, LIGHT.danger, str))
    assert chart.label_step(300) >= 2


def test_screen_readers_get_the_title_and_the_values_in_words(qtbot: QtBot) -> None:
    chart = cramp_chart(qtbot, pain=6.5)
    assert chart.accessibleName() == "Cramp nights and mean worst pain per week"
    description = chart.accessibleDescription()
    assert description.startswith("Week of 1/11: 0 cramp nights, pain 6.5; Week of 2/11:")


def test_bedtime_bars_stay_dim(qtbot: QtBot) -> None:
    chart = WeekChart("Minutes", BEDTIME)
    qtbot.addWidget(chart)
    chart.show_weeks(LABELS, ChartSeries("Minutes", [5.0] * 8, BEDTIME.accent, str))
    assert chart.bar_fill().lightness() < QColor(BEDTIME.accent).lightness()
    assert chart.bar_fill().lightness() < QColor(BEDTIME.text).lightness()


# -- the window -------------------------------------------------------------------------


def test_an_empty_history_says_so_first_and_shows_no_charts(app: StretchCoach) -> None:
    dialog = app.dialogs.open_history()
    assert dialog.empty_note.isVisibleTo(dialog)
    assert dialog.empty_note.y() < dialog.streak.y()
    for key, chart in dialog.charts.items():
        assert not chart.isVisibleTo(dialog), key
        assert not dialog.chart_notes[key].isVisibleTo(dialog), key
    assert not dialog.diary_section.isVisibleTo(dialog)
    assert dialog.export_button.isVisibleTo(dialog) and dialog.close_button.isVisibleTo(dialog)
    assert not dialog.status.isVisibleTo(dialog)  # nothing to say yet, so no empty line


def test_charts_appear_for_what_has_data_and_a_line_says_what_has_none(
    app: StretchCoach, services: AppServices
) -> None:
    add_session(services)
    dialog = app.dialogs.open_history()
    assert not dialog.empty_note.isVisibleTo(dialog)
    assert dialog.charts["minutes"].isVisibleTo(dialog)
    for key in ("water", "cramps"):
        assert not dialog.charts[key].isVisibleTo(dialog), key
        assert dialog.chart_notes[key].isVisibleTo(dialog), key
    assert dialog.chart_notes["water"].text() == "No glasses of water noted in the last 8 weeks."
    assert dialog.chart_notes["cramps"].text() == "No diary nights in the last 8 weeks."
    dialog.close()

    services.history().add_hydration(EVENING.replace(hour=17))
    services.history().put_diary(DiaryEntry(LAST_NIGHT, 2, 6))
    dialog = app.dialogs.open_history()
    for key, chart in dialog.charts.items():
        assert chart.isVisibleTo(dialog), key
        assert not dialog.chart_notes[key].isVisibleTo(dialog), key
    cramps = dialog.charts["cramps"]
    assert cramps.line is not None and cramps.line.values[-1] == 6


def test_good_nights_are_not_called_missing(app: StretchCoach, services: AppServices) -> None:
    services.history().put_diary(DiaryEntry(LAST_NIGHT, 0))
    dialog = app.dialogs.open_history()
    assert not dialog.charts["cramps"].isVisibleTo(dialog)
    assert dialog.chart_notes["cramps"].text() == "No cramp nights in the last 8 weeks."


def test_the_diary_lists_nights_newest_first(app: StretchCoach, services: AppServices) -> None:
    history = services.history()
    nights = [LAST_NIGHT - dt.timedelta(days=back) for back in (3, 0, 9, 1)]
    for night in nights:
        history.put_diary(DiaryEntry(night, 0))
    history.put_diary(DiaryEntry(LAST_NIGHT, 2, 6, ("calf-left",), "woke twice " * 10))
    dialog = app.dialogs.open_history()
    assert dialog.nights_listed() == sorted(nights, reverse=True)
    top = dialog.diary_list.topLevelItem(0)
    assert top is not None
    assert [top.text(column) for column in range(3)] == ["Thu 26 Nov 2026", "Yes, 2", "6 of 10"]
    assert top.text(3).startswith("woke twice") and top.text(3).endswith("…")
    assert len(top.text(3)) <= 60
    second = dialog.diary_list.topLevelItem(1)
    assert second is not None and [second.text(c) for c in range(3)] == [
        "Wed 25 Nov 2026", "No", "–"
    ]  # fmt: skip
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()


def test_deleting_a_night_asks_first_and_a_no_keeps_it(
    app: StretchCoach, services: AppServices
) -> None:
    keep, gone = LAST_NIGHT, LAST_NIGHT - dt.timedelta(days=1)
    services.history().put_diary(DiaryEntry(keep, 1, 4))
    services.history().put_diary(DiaryEntry(gone, 2, 7, (), "bad night"))
    dialog = app.dialogs.open_history()
    assert dialog.select_night(gone)

    boxes = answer_next_question("Keep it")
    dialog.delete_button.click()
    (box,) = boxes
    # The app's own question (no stock Yes/No box), with verbs.
    assert sorted(b.text() for b in box.buttons.values()) == ["Delete this night", "Keep it"]
    assert "Wed 25 Nov 2026" in box.text()
    assert stored_nights(services) == [gone.isoformat(), keep.isoformat()]
    assert dialog.nights_listed() == [keep, gone]

    boxes = answer_next_question("Delete this night")
    dialog.delete_button.click()
    assert len(boxes) == 1
    assert stored_nights(services) == [keep.isoformat()]
    assert dialog.isVisible()  # the window stays, showing the diary as it is now
    assert dialog.nights_listed() == [keep]
    assert dialog.status.text() == "The night of Wed 25 Nov 2026 was deleted."
    assert dialog.status.isVisibleTo(dialog)
    cramps = dialog.charts["cramps"].bars
    assert cramps is not None and sum(v or 0 for v in cramps.values) == 1


def test_deleting_the_last_night_leaves_an_empty_list_that_says_so(
    app: StretchCoach, services: AppServices
) -> None:
    add_session(services)
    services.history().put_diary(DiaryEntry(LAST_NIGHT, 1, 4))
    dialog = app.dialogs.open_history()
    app.dialogs.confirm = lambda *_: True
    assert dialog.select_night(LAST_NIGHT)
    dialog.delete_button.click()
    assert stored_nights(services) == []
    assert not dialog.diary_list.isVisibleTo(dialog)
    assert dialog.diary_empty.isVisibleTo(dialog)
    assert not dialog.delete_button.isEnabled()


def test_a_delete_the_file_refuses_is_said_and_the_night_stays(
    app: StretchCoach, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.history().put_diary(DiaryEntry(LAST_NIGHT, 1, 4))

    def refuse(_night: dt.date) -> bool:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(services.history(), "delete_diary", refuse)
    dialog = app.dialogs.open_history()
    app.dialogs.confirm = lambda *_: True
    assert dialog.select_night(LAST_NIGHT)
    dialog.delete_button.click()
    assert stored_nights(services) == [LAST_NIGHT.isoformat()]
    assert dialog.nights_listed() == [LAST_NIGHT]
    assert dialog.status.text() == (
        "The night of Thu 26 Nov 2026 could not be deleted: attempt to write a readonly database"
    )


def test_editing_a_night_opens_the_check_in_filled_in_and_saving_updates_the_list(
    app: StretchCoach, services: AppServices
) -> None:
    night = LAST_NIGHT - dt.timedelta(days=4)
    services.history().put_diary(DiaryEntry(LAST_NIGHT, 0))
    services.history().put_diary(DiaryEntry(night, 1, 3, ("foot-right",), "stairs"))
    dialog = app.dialogs.open_history()
    assert dialog.select_night(night)
    dialog.edit_button.click()
    diary = app.dialogs.diary
    assert diary is not None and diary.isVisible()
    assert diary.parent() is dialog  # over the History window, which waits
    assert diary.entry() == DiaryEntry(night, 1, 3, ("foot-right",), "stairs")
    diary.cramps.setValue(3)
    diary.severity.setValue(8)
    diary.save_button.click()
    assert services.history().diary_entry(night) == DiaryEntry(
        night, 3, 8, ("foot-right",), "stairs"
    )
    assert dialog.isVisible()
    assert dialog.selected_night() == night  # still the night just corrected
    item = dialog.diary_list.topLevelItem(1)
    assert item is not None and (item.text(1), item.text(2)) == ("Yes, 3", "8 of 10")


def test_the_keyboard_reaches_edit_and_delete(
    qtbot: QtBot, app: StretchCoach, services: AppServices
) -> None:
    services.history().put_diary(DiaryEntry(LAST_NIGHT, 1, 4))
    dialog = app.dialogs.open_history()
    asked: list[str] = []

    def keep(_parent: QWidget, _title: str, question: str, _go: str, _keep: str) -> bool:
        asked.append(question)
        return False

    app.dialogs.confirm = keep
    assert dialog.select_night(LAST_NIGHT)
    dialog.diary_list.setFocus()
    QTest.keyClick(dialog.diary_list, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Thu 26 Nov 2026" in asked[0]
    assert stored_nights(services) == [LAST_NIGHT.isoformat()]  # answered "Keep it"
    with qtbot.waitSignal(dialog.edit_requested) as edit:
        QTest.keyClick(dialog.diary_list, Qt.Key.Key_Return)
    assert edit.args == [LAST_NIGHT]


def test_a_night_entered_early_is_edited_as_itself(
    app: StretchCoach, services: AppServices
) -> None:
    tonight = EVENING.date()  # not over yet, but stored (the command line allows it)
    services.history().put_diary(DiaryEntry(tonight, 1, 2))
    dialog = app.dialogs.open_history()
    assert dialog.select_night(tonight)
    dialog.edit_button.click()
    diary = app.dialogs.diary
    assert diary is not None and diary.entry().night == tonight


def test_a_night_saved_from_elsewhere_shows_in_an_open_history(
    app: StretchCoach, services: AppServices
) -> None:
    add_session(services)
    dialog = app.dialogs.open_history()
    assert dialog.nights_listed() == []
    app.dialogs.save_diary_entry(DiaryEntry(LAST_NIGHT, 1, 5))
    assert dialog.nights_listed() == [LAST_NIGHT]
    dialog.close()
    assert app.dialogs.history is None
    app.dialogs.save_diary_entry(DiaryEntry(LAST_NIGHT, 2, 5))  # no window to refresh


def test_the_window_fits_a_small_screen_with_its_buttons_in_reach(
    qtbot: QtBot, services: AppServices
) -> None:
    add_session(services)
    history = services.history()
    for back in range(40):
        history.put_diary(DiaryEntry(LAST_NIGHT - dt.timedelta(days=back), back % 3, 5))
    dialog = HistoryDialog(
        history.sessions(), history.hydration(), history.diary(), evening_of(EVENING), LIGHT
    )
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().width() <= 640
    assert dialog.minimumSizeHint().height() <= 480
    dialog.resize(640, 480)
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in (dialog.export_button, dialog.close_button):
        assert dialog.rect().contains(button.geometry()), button.text()


def test_history_needs_no_qt_charts(tmp_path: Path) -> None:
    # In a fresh process: other tests may have loaded anything.
    script = textwrap.dedent(
        """
        import datetime as dt
        import sys

        from PySide6.QtWidgets import QApplication

        from stretch_coach.core.clock import Clocks
        from stretch_coach.core.records import DiaryEntry
        from stretch_coach.flows.context import AppServices
        from stretch_coach.services.paths import AppPaths
        from tests.apps import build_app
        from tests.conftest import EVENING
        from tests.fakes import FakeClock, FakePlayer, FakeVoice


        class NoBot:
            def addWidget(self, widget):
                pass


        qapp = QApplication([])
        services = AppServices.load(
            AppPaths.for_user(), Clocks(FakeClock(), lambda: EVENING),
            player=FakePlayer(), voice=FakeVoice(),
        )
        services.settings_owner.first_run = False
        services.history().put_diary(DiaryEntry(EVENING.date() - dt.timedelta(days=1), 2, 6))
        app = build_app(NoBot(), services, start=False)
        dialog = app.dialogs.open_history()
        dialog.grab()  # painted, charts and all
        assert dialog.charts["cramps"].isVisible()
        print(sorted(name for name in sys.modules if "QtCharts" in name))
        app.shutdown()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]"
