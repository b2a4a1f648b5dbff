"""The German catalogue: complete, compiled from the current .ts, and what the
app actually shows once the translator is installed."""

from __future__ import annotations

import ast
import datetime as dt
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from pytestqt.qtbot import QtBot

from stretch_coach.core import health
from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.insights import is_it_helping
from stretch_coach.core.plan import Step, StepKind
from stretch_coach.core.records import DiaryEntry
from stretch_coach.core.routines import Side
from stretch_coach.flows.context import AppServices
from stretch_coach.ui.about_page import about_html, medicines_pointer
from stretch_coach.ui.i18n import available_languages, choose_language
from stretch_coach.ui.insight_texts import helping_sentences
from stretch_coach.ui.texts import exercise_name, step_heading, step_instruction
from tests.apps import main_window
from tests.conftest import REPO_ROOT
from tests.test_health import unsourced_in_html
from tools import update_translations as catalogue

TS = catalogue.ts_path("de")
QM = catalogue.qm_path("de")
UPDATE = "run `uv run python tools/update_translations.py`"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# -- the catalogue ------------------------------------------------------------------


def test_every_message_has_a_finished_translation() -> None:
    entries = catalogue.read_ts(TS)
    assert entries
    todo = [
        source
        for (_context, source), entry in entries.items()
        if entry.kind == "unfinished" or (entry.kind is None and not entry.text.strip())
    ]
    assert not todo, f"untranslated in {TS.name}: {todo}"


def test_every_string_in_the_code_and_data_is_in_the_catalogue() -> None:
    entries = catalogue.read_ts(TS)
    live = {key for key, entry in entries.items() if entry.kind not in ("vanished", "obsolete")}
    missing = [key for key in catalogue.collect_messages() if key not in live]
    assert not missing, f"not in {TS.name} ({UPDATE}): {missing}"


def test_the_catalogue_is_what_the_update_script_writes() -> None:
    # Catches strings that were removed or moved as well as ones added.
    assert catalogue.updated_ts("de") == TS.read_text(encoding="utf-8"), UPDATE


def test_translations_keep_the_placeholders_and_edge_spaces() -> None:
    for (context, source), entry in catalogue.read_ts(TS).items():
        if entry.kind in ("vanished", "obsolete"):
            continue
        where = f"{context}: {source!r} -> {entry.text!r}"
        assert placeholders(entry.text) == placeholders(source), where
        # " min" is a suffix glued to a number; the space must survive translation.
        assert entry.text[:1].isspace() == source[:1].isspace(), where
        assert entry.text[-1:].isspace() == source[-1:].isspace(), where
        entry.text.format(**dict.fromkeys(placeholders(source), "x"))


def test_the_compiled_file_is_built_from_the_current_catalogue() -> None:
    # Compared message by message rather than byte for byte, so a newer
    # lrelease that lays the file out differently is not mistaken for a stale one.
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [
        source
        for (context, source), entry in catalogue.read_ts(TS).items()
        if entry.kind is None and translator.translate(context, source) != entry.text
    ]
    assert not stale, f"{QM.name} does not match {TS.name} ({UPDATE}): {stale}"


def test_lrelease_builds_the_catalogue(tmp_path: Path) -> None:
    rebuilt = tmp_path / QM.name
    catalogue.build_qm(TS, rebuilt)
    assert rebuilt.stat().st_size > 0


def test_the_extractor_rejects_strings_formatted_before_translation(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text('tr(f"Hello {name}")\n', encoding="utf-8")
    with pytest.raises(catalogue.ExtractionError, match=r"bad\.py:1"):
        catalogue.extract_code([module])


# Calls that put text on screen: a literal with words in it here bypasses tr().
TEXT_CALLS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QListWidgetItem", "QMessageBox", "setText", "setToolTip", "setAccessibleName",
    "setAccessibleDescription", "setWindowTitle", "setPlaceholderText", "setSuffix",
    "setPrefix", "setTitle", "setName", "addItem", "addAction", "addMenu", "addButton",
    "addRow", "showMessage", "set_notice", "show_status", "warning", "question",
    "information", "critical", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
}  # fmt: skip


def _has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def test_widget_text_in_the_ui_goes_through_tr() -> None:
    files = [
        *sorted((REPO_ROOT / "stretch_coach" / "ui").glob("*.py")),
        REPO_ROOT / "stretch_coach" / "app.py",
    ]
    bare = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            receiver = getattr(getattr(func, "value", None), "id", "")
            if receiver in ("log", "logging"):
                continue  # the log stays English for whoever reads it to help
            if name in TEXT_CALLS and any(_has_words(arg) for arg in node.args):
                bare.append(f"{path.name}:{node.lineno}")
    assert not bare, f"user-visible text without tr(): {bare}"


# -- choosing the language -------------------------------------------------------


def test_german_is_shipped() -> None:
    assert available_languages() == {"de"}


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE", "de"),
        ("de_AT", "de"),
        ("de_CH", "de"),
        ("en_US", None),
        ("fr_FR", None),
        ("C", None),
    ],
)
def test_a_locale_picks_german_or_english(locale: str, expected: str | None) -> None:
    assert choose_language(QLocale(locale), {"de"}) == expected


def _language_in_a_fresh_process(env: dict[str, str]) -> str:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from stretch_coach.ui.i18n import install_translator\n"
        "print(install_translator(QApplication([])))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "en_US.UTF-8"}, "None"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_AT.UTF-8"}, "de"),
        # LANGUAGE lists preferences in order: English first means English.
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "en:de"}, "None"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr:de"}, "de"),
    ],
)
def test_the_system_locale_comes_from_the_environment(env: dict[str, str], expected: str) -> None:
    assert _language_in_a_fresh_process(env) == expected


# -- German on screen --------------------------------------------------------------


@pytest.mark.usefixtures("german")
def test_the_main_window_speaks_german(qtbot: QtBot, services: AppServices) -> None:
    window = main_window(services)
    window.confirm = lambda _title, _question: True
    qtbot.addWidget(window)
    home = window.home
    assert home.start_button.text() == "Starten"
    assert home.nav_buttons["history"].text() == "Verlauf"
    assert home.routine_list.item(0).text() == "Dehnen vor dem Schlafen · etwa 5 Min."
    assert home.summary.text() == "Geplant: 4:50"

    window.start_session("quick")
    view = window.session_view
    assert view.name_label.text() == "Bereit machen"
    assert "Zehen einrollen" in view.instruction.text()
    window.session_view.skip_requested.emit()  # on to the toe curls themselves
    assert view.name_label.text() == "Zehen einrollen"
    assert view.safety.text().startswith("Sicherheit: Rollen Sie die Zehen sanft ein.")
    assert window.controller is not None
    window.controller.engine.stop()


@pytest.mark.usefixtures("german")
def test_step_texts_and_exercise_names_are_german() -> None:
    exercises = load_catalogue()
    assert exercise_name(exercises, "calf-stretch") == "Wadendehnung an der Wand"
    switch = Step(StepKind.SWITCH, "calf-stretch", Side.RIGHT, 5, None, 40)
    assert step_heading(switch, exercises) == "Als Nächstes: Wadendehnung an der Wand"
    assert step_instruction(switch, exercises).startswith(
        "Wechseln Sie zum rechten Bein. Stellen Sie sich vor eine Wand"
    )


@pytest.mark.usefixtures("german")
def test_is_it_helping_in_german() -> None:
    start = dt.date(2026, 11, 1)
    diary = [DiaryEntry(start + dt.timedelta(days=n), 2 if n < 14 else 1, 5) for n in range(28)]
    sentences = helping_sentences(is_it_helping([], diary))
    assert (
        "Ihre ersten 14 Tagebuchnächte (1. Nov. bis 14. Nov. 2026) brachten im Schnitt "
        "2,0 Krämpfe pro Nacht, Ihre letzten 14 (15. Nov. bis 28. Nov. 2026) im Schnitt 1,0."
    ) in sentences
    assert sentences[0].startswith("Für einen Vergleich der Nächte")
    assert "0 Nächte nach einem abgeschlossenen Programm" in sentences[0]
    assert sentences[-1].startswith("Dies ist Ihre eigene Aufzeichnung, kein Beweis")
    # With the source text as its own translation, the same report is English.
    english = helping_sentences(is_it_helping([], diary), translate=lambda text: text)
    assert english[-1].startswith("This is your own record")


# -- the health guide in every language --------------------------------------------


@pytest.mark.parametrize("language", sorted(catalogue.LANGUAGES))
def test_every_language_has_the_whole_health_guide(language: str) -> None:
    # A language is only added with every health text and source translated,
    # so nobody reads half of the advice in English.
    entries = catalogue.read_ts(catalogue.ts_path(language))
    texts = [*health.all_texts(), *(s.citation for s in health.SOURCES.values())]
    missing = [
        text
        for text in texts
        if (entry := entries.get((catalogue.DEFAULT_CONTEXT, text))) is None
        or entry.kind is not None
        or not entry.text.strip()
    ]
    assert not missing, f"{language}: {missing}"


@pytest.mark.usefixtures("german")
def test_the_about_page_shows_supplements_and_medicines_in_german() -> None:
    page = about_html()
    block = page.split("<h2>Nahrungsergänzungsmittel und Medikamente</h2>")[1]
    block = block.split("</div>")[0]
    assert "Setzen Sie ein verordnetes Medikament nie eigenmächtig ab." in block
    assert "Chinin" in block and "Magnesium" in block
    sources = page.split("<h2>Quellen</h2>")[1]
    assert "Garrison SR" in sources and "Arzneimittelbehörde" in sources
    assert unsourced_in_html(page, "Quellen") == []


@pytest.mark.usefixtures("german")
def test_the_pointer_to_medicines_is_german() -> None:
    text = medicines_pointer()
    assert text.startswith("Fragen Sie Ihre Ärztin, Ihren Arzt oder Ihre Apotheke, ob")
    assert text.endswith("„Nahrungsergänzungsmittel und Medikamente“ unter „Über Krämpfe“.")
