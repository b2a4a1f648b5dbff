"""The UI audit (tools/ui_audit.py): each rule catches a deliberately bad
widget, and the whole app passes every rule in every theme."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import REPO_ROOT
from tools.ui_audit import (
    Failure,
    check_bright,
    check_clipping,
    check_contrast,
    check_focus_visible,
    check_keyboard,
    check_layout,
    check_min_size,
    check_sideways_scroll,
    report,
    settle,
)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication) -> Iterator[QWidget]:
    """A plain top-level window with its own light colours, whatever theme an
    earlier test left on the application."""
    win = QWidget()
    win.setStyleSheet("QWidget { background: #FFFFFF; color: #000000; font-size: 12pt; }")
    qtbot.addWidget(win)
    win.resize(400, 300)
    yield win


def show(win: QWidget) -> None:
    win.show()
    win.activateWindow()
    settle()


def rules(findings: list[object]) -> set[str]:
    return {getattr(f, "rule", "") for f in findings}


# -- each rule can fail ---------------------------------------------------------------------


def test_two_overlapping_buttons_are_caught(window: QWidget) -> None:
    one, other = QPushButton("One", window), QPushButton("Other", window)
    one.setGeometry(10, 10, 120, 40)
    other.setGeometry(100, 30, 120, 40)
    show(window)
    found = check_layout(window)
    assert [f.rule for f in found] == ["overlap"]
    assert "QPushButton “One”" in found[0].widget and "“Other”" in found[0].detail


def test_widgets_with_object_names_are_audited_too(window: QWidget) -> None:
    # The app names its styled widgets ("title", "primary"); the audit once
    # skipped every named widget and so missed a wrapped row over a title.
    title, button = QLabel("Tonight's stretch", window), QPushButton("Start", window)
    title.setObjectName("title")
    button.setObjectName("primary")
    title.setGeometry(10, 10, 200, 40)
    button.setGeometry(100, 30, 120, 40)
    show(window)
    assert [f.rule for f in check_layout(window)] == ["overlap"]


def test_a_widget_sticking_out_of_its_parent_is_caught(window: QWidget) -> None:
    box = QFrame(window)
    box.setGeometry(0, 0, 100, 100)
    QPushButton("Out", box).setGeometry(60, 60, 80, 30)
    show(window)
    assert "outside-parent" in rules(list(check_layout(window)))


def test_a_window_larger_than_the_screen_is_caught(window: QWidget) -> None:
    window.setMinimumSize(800, 600)
    show(window)
    found = check_min_size(window, QSize(640, 480))
    assert [f.rule for f in found] == ["min-size"]
    assert "800×600" in found[0].detail
    assert not check_min_size(window, QSize(1366, 768))


def test_a_scroll_area_wider_than_it_shows_is_caught(window: QWidget) -> None:
    scroll = QScrollArea(window)
    scroll.setGeometry(0, 0, 300, 200)
    scroll.setWidgetResizable(True)
    wide = QLabel("x" * 10, scroll)
    wide.setMinimumWidth(500)
    scroll.setWidget(wide)
    show(window)
    assert [f.rule for f in check_sideways_scroll(window)] == ["sideways-scroll"]
    wide.setMinimumWidth(100)
    settle()
    assert not check_sideways_scroll(window)  # scrolling down only is fine


def test_a_clipped_label_and_button_are_caught(window: QWidget) -> None:
    label = QLabel("A sentence far too long for its little label", window)
    label.setGeometry(10, 10, 60, 30)
    wrapped = QLabel("A wrapped sentence that needs several lines at this width", window)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(10, 50, 120, 20)
    button = QPushButton("Start the bedtime routine", window)
    button.setGeometry(10, 100, 50, 40)
    show(window)
    clipped = {f.widget.split("“")[1][:6] for f in check_clipping(window) if f.rule == "clipped"}
    assert clipped == {"A sent", "A wrap", "Start "}


def test_text_that_fits_is_not_clipped(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Short"))
    wrapped = QLabel("A wrapped sentence in a layout that gives it room.")
    wrapped.setWordWrap(True)
    layout.addWidget(wrapped)
    layout.addWidget(QPushButton("Start"))
    show(window)
    assert check_clipping(window) == []


def test_elided_text_needs_the_whole_in_its_tooltip(window: QWidget) -> None:
    label = QLabel("Bedtime stretch…", window)
    label.setGeometry(10, 10, 300, 30)
    show(window)
    assert rules(list(check_clipping(window))) == {"elided"}
    label.setToolTip("Bedtime stretch with the long name")
    assert check_clipping(window) == []


def test_grey_on_grey_text_is_caught_by_palette_and_pixels(window: QWidget) -> None:
    label = QLabel("Hard to read", window)
    label.setStyleSheet("QLabel { color: #8A8A8A; background: #999999; }")
    label.setGeometry(10, 10, 200, 40)
    show(window)
    found = [f for f in check_contrast(window) if "Hard to read" in f.widget]
    assert rules(list(found)) == {"contrast", "contrast-pixels"}


def test_text_painted_over_the_palette_is_caught_by_the_pixels(window: QWidget) -> None:
    class Painted(QLabel):
        def paintEvent(self, _event: object) -> None:  # draws grey, whatever the palette says
            from PySide6.QtGui import QPainter

            painter = QPainter(self)
            painter.fillRect(self.rect(), QColor("#FFFFFF"))
            painter.setPen(QColor("#E0E0E0"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft, self.text())
            painter.end()

    Painted("Faint", window).setGeometry(10, 10, 200, 40)
    show(window)
    assert rules(list(check_contrast(window))) == {"contrast-pixels"}


def test_readable_text_passes_contrast(window: QWidget) -> None:
    QLabel("Easy to read", window).setGeometry(10, 10, 200, 40)
    QPushButton("Go", window).setGeometry(10, 60, 100, 40)
    show(window)
    assert check_contrast(window) == []


def test_a_faint_check_box_frame_is_caught(window: QWidget) -> None:
    box = QCheckBox("Remind me", window)
    box.setStyleSheet(
        "QCheckBox::indicator { width: 16px; height: 16px;"
        " border: 1px solid #F2F2F2; background: #FAFAFA; }"
    )
    box.setGeometry(10, 10, 200, 40)
    show(window)
    assert "indicator" in rules(list(check_contrast(window)))


def test_a_bright_block_in_the_dark_is_caught_but_bright_text_is_not(window: QWidget) -> None:
    window.setStyleSheet("QWidget { background: #16110E; color: #D8C2A4; font-size: 12pt; }")
    QLabel("Light letters are fine: they are thin", window).setGeometry(10, 10, 380, 40)
    show(window)
    assert check_bright(window) == []
    block = QFrame(window)
    block.setStyleSheet("background: #FFFFFF;")
    block.setGeometry(40, 100, 100, 60)
    block.show()  # a child added to a shown window stays hidden until told
    settle()
    found = check_bright(window)
    assert [f.rule for f in found] == ["bright-area"]
    assert "QFrame" in found[0].widget


def test_a_nameless_button_out_of_the_tab_chain_is_caught(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("Fine"))
    nameless = QPushButton()
    nameless.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout.addWidget(nameless)
    show(window)
    found = [f for f in check_keyboard(window) if f.widget == "QPushButton"]
    assert rules(list(found)) == {"tab-reach", "accessible-name"}


def test_a_control_that_keeps_the_tab_key_is_a_trap(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("Before"))
    notes = QPlainTextEdit()
    notes.setAccessibleName("Notes")
    layout.addWidget(notes)  # takes Tab as a character: focus never leaves
    show(window)
    assert rules(list(check_keyboard(window))) == {"tab-trap"}
    notes.setTabChangesFocus(True)
    assert check_keyboard(window) == []


def test_a_button_without_a_focus_mark_is_caught(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    plain = "border: 1px solid #707070; background: #FFFFFF; outline: none;"
    for text in ("First", "Second"):
        button = QPushButton(text)
        button.setStyleSheet(f"QPushButton {{ {plain} }} QPushButton:focus {{ {plain} }}")
        layout.addWidget(button)
    show(window)
    found = check_focus_visible(window)
    assert rules(list(found)) == {"focus-visible"} and len(found) == 2


def test_a_button_with_a_strong_focus_border_passes(window: QWidget) -> None:
    layout = QVBoxLayout(window)
    for text in ("First", "Second"):
        button = QPushButton(text)
        button.setStyleSheet(
            "QPushButton { border: 1px solid #707070; background: #FFFFFF; outline: none; }"
            " QPushButton:focus { border: 3px solid #000000; }"
        )
        layout.addWidget(button)
    show(window)
    assert check_focus_visible(window) == []


def test_the_report_groups_by_rule_and_screen() -> None:
    failure = Failure("clipped", "home", "QLabel “Hi”", "light", "640x480", "de", "normal", "x")
    text = report([failure, failure])
    assert "2 failures" in text and "== clipped: 2" in text and "-- home: 2" in text


def test_colour_roles_follow_a_parent_that_paints(qtbot: QtBot) -> None:
    from tools.ui_audit import background_of

    window = QWidget()  # no style sheet: the palette alone decides
    qtbot.addWidget(window)
    panel = QFrame(window)
    panel.setAutoFillBackground(True)
    pal = panel.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#123456"))
    panel.setPalette(pal)
    inner = QLabel("x", panel)
    show(window)
    assert background_of(inner, QPalette.ColorGroup.Active).name() == "#123456"


# -- the languages audited ------------------------------------------------------------------


@pytest.fixture
def extra_catalogues(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Catalogues of made-up languages in tmp_path, shipped beside the real ones."""
    import stretch_coach.languages
    from tools import ui_audit
    from tools import update_translations as catalogue

    real_path, real_languages = catalogue.ts_path, stretch_coach.languages.available_languages
    made_up = {"xx", "yy"}
    monkeypatch.setattr(
        catalogue,
        "ts_path",
        lambda code: tmp_path / f"{code}.ts" if code in made_up else real_path(code),
    )
    monkeypatch.setattr(
        stretch_coach.languages, "available_languages", lambda: real_languages() | made_up
    )
    ui_audit.longest_language.cache_clear()
    yield tmp_path
    ui_audit.longest_language.cache_clear()


def test_the_audit_runs_in_english_german_and_the_longest_language(
    extra_catalogues: Path,
) -> None:
    from tools import ui_audit
    from tools import update_translations as catalogue

    german = catalogue.ts_path("de").read_text(encoding="utf-8")
    # "xx": German with every translation twice as long; "yy": nothing translated.
    longer = re.sub(
        r"(<(?:translation|numerusform)>)([^<]+)(</)", lambda m: m[1] + m[2] * 2 + m[3], german
    )
    (extra_catalogues / "xx.ts").write_text(longer, encoding="utf-8")
    untranslated = re.sub(r"<translation>[^<]*</translation>", "<translation/>", german)
    untranslated = re.sub(r"<numerusform>[^<]*<", "<numerusform><", untranslated)
    (extra_catalogues / "yy.ts").write_text(untranslated, encoding="utf-8")

    assert ui_audit.shown_length("xx") > 1.9 * ui_audit.shown_length("de")
    # Untranslated texts are shown in English, and measured so.
    assert ui_audit.shown_length("yy") == ui_audit.shown_length("en")
    assert ui_audit.longest_language() == "xx"
    assert ui_audit.audit_languages() == ("en", "de", "xx")


def test_the_longest_shipped_language_is_audited() -> None:
    from stretch_coach.languages import available_languages
    from tools import ui_audit

    languages = ui_audit.audit_languages()
    assert languages[:2] == ("en", "de")
    longest = ui_audit.longest_language()
    assert longest in languages
    assert all(
        ui_audit.shown_length(longest) >= ui_audit.shown_length(code)
        for code in available_languages()
    )


# -- the whole app ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("theme", ["light", "dark", "bedtime"])
def test_every_screen_passes_the_audit(theme: str, tmp_path: Path) -> None:
    """Every screen, size, language and text size in one theme. The audit runs
    in a process of its own: it needs a 1920×1080 offscreen screen, as Qt sizes
    new dialogs by the screen they open on (this suite's is 800×600)."""
    out = tmp_path / "failures.json"
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "tools" / "ui_audit.py"), "--theme", theme,
         "--json", str(out)],
        capture_output=True, text=True, timeout=600, cwd=REPO_ROOT, check=False,
    )  # fmt: skip
    assert out.exists(), done.stderr[-3000:]
    failures = [Failure(**item) for item in json.loads(out.read_text())]
    assert not failures, report(failures, examples=3)
