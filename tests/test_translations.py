"""The catalogues: complete, compiled from the current .ts files, every
translation keeping its source's placeholders, %n and markup, the right
plural forms for each language, and what the app actually shows once a
translator is installed."""

from __future__ import annotations

import ast
import datetime as dt
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDateEdit
from pytestqt.qtbot import QtBot

from stretch_coach import counted
from stretch_coach.core import health
from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.insights import is_it_helping
from stretch_coach.core.plan import Step, StepKind
from stretch_coach.core.records import DiaryEntry
from stretch_coach.core.routines import Side
from stretch_coach.flows.context import AppServices
from stretch_coach.step_wording import StepBegins
from stretch_coach.ui.about_page import about_html, medicines_pointer
from stretch_coach.ui.i18n import (
    available_languages,
    choose_language,
    formats_for,
    install_translator,
)
from stretch_coach.ui.insight_texts import helping_sentences
from stretch_coach.ui.texts import (
    exercise_name,
    spoken_phrases,
    step_heading,
    step_instruction,
    tr,
    tr_n,
)
from tests.apps import main_window
from tests.conftest import REPO_ROOT
from tests.test_health import unsourced_in_html
from tools import update_translations as catalogue

if TYPE_CHECKING:
    from collections.abc import Iterator

UPDATE = "run `uv run python tools/update_translations.py`"
LANGUAGES = sorted(catalogue.LANGUAGES)
TRANSLATED = [code for code in LANGUAGES if code != catalogue.SOURCE_LANGUAGE]
# Counts that pick each plural form in turn, by Qt's rules for the language.
FORM_SAMPLES = {"pl": (1, 2, 5), "fr": (1, 2)}


def form_samples(language: str) -> tuple[int, ...]:
    return FORM_SAMPLES.get(language, (1, 2))


# -- the catalogues ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_finished_translation(language: str) -> None:
    ts = catalogue.ts_path(language)
    entries = catalogue.read_ts(ts)
    assert entries
    todo = [
        source for (_context, source), entry in entries.items() if catalogue.is_unfinished(entry)
    ]
    assert not todo, f"{len(todo)} untranslated in {ts.name}, such as {todo[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_and_data_is_in_the_catalogue(language: str) -> None:
    ts = catalogue.ts_path(language)
    entries = catalogue.read_ts(ts)
    live = {key for key, entry in entries.items() if entry.kind not in ("vanished", "obsolete")}
    missing = [key for key in catalogue.catalogue_messages(language) if key not in live]
    assert not missing, f"not in {ts.name} ({UPDATE}): {missing}"


def test_english_holds_the_counted_texts_and_only_those() -> None:
    counted = {key for key, message in catalogue.collect_messages().items() if message.numerus}
    assert counted, "no counted texts found: the extractor misses tr_n()"
    english = catalogue.read_ts(catalogue.ts_path("en"))
    assert set(english) == counted
    assert all(entry.forms is not None for entry in english.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_is_what_the_update_script_writes(language: str) -> None:
    # Catches strings that were removed or moved as well as ones added.
    ts = catalogue.ts_path(language)
    assert catalogue.updated_ts(language) == ts.read_text(encoding="utf-8"), UPDATE


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_placeholders_counts_and_markup(language: str) -> None:
    entries = catalogue.read_ts(catalogue.ts_path(language))
    assert catalogue.translation_problems(language, entries) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_is_built_from_the_current_catalogue(language: str) -> None:
    # Compared message by message rather than byte for byte, so a newer
    # lrelease that lays the file out differently is not mistaken for a stale one.
    qm, ts = catalogue.qm_path(language), catalogue.ts_path(language)
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = []
    for (context, source), entry in catalogue.read_ts(ts).items():
        if entry.kind is not None:
            continue
        if entry.forms is None:
            if translator.translate(context, source) != entry.text:
                stale.append(source)
            continue
        # Each plural form, picked by a count that needs it.
        shown = [translator.translate(context, source, None, n) for n in form_samples(language)]
        if shown != entry.forms:
            stale.append(source)
    assert not stale, f"{qm.name} does not match {ts.name} ({UPDATE}): {stale}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_number_of_plural_forms_is_qts(language: str, tmp_path: Path) -> None:
    # A catalogue with four forms, compiled: lrelease keeps as many as Qt's
    # rule for the language has, and the counts 0 to 200 use each of them.
    ts = tmp_path / "probe.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{catalogue.LANGUAGES[language]}" sourcelanguage="en">'
        '<context><name>C</name><message numerus="yes"><source>%n x</source><translation>'
        + "".join(f"<numerusform>{i}</numerusform>" for i in range(4))
        + "</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "probe.qm"
    subprocess.run(
        [catalogue.lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    used = {translator.translate("C", "%n x", None, n) for n in range(201)}
    assert len(used) == catalogue.NUMERUS_FORMS[language]
    picked = [translator.translate("C", "%n x", None, n) for n in form_samples(language)]
    assert picked == [str(i) for i in range(catalogue.NUMERUS_FORMS[language])]


def test_lrelease_builds_the_catalogue(tmp_path: Path) -> None:
    ts = catalogue.ts_path("de")
    rebuilt = tmp_path / catalogue.qm_path("de").name
    catalogue.build_qm(ts, rebuilt)
    assert rebuilt.stat().st_size > 0


def test_the_desktop_files_are_what_the_catalogues_make() -> None:
    for path, text in catalogue.data_file_texts().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is out of date ({UPDATE})"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_desktop_files_speak_every_language(language: str) -> None:
    desktop = catalogue.DESKTOP_FILE.read_text(encoding="utf-8")
    for key in ("GenericName", "Comment", "Keywords"):
        assert f"\n{key}[{language}]=" in desktop
    assert desktop.count(f"\nName[{language}]=") == 2  # the two actions
    metainfo = ET.parse(catalogue.METAINFO_FILE).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = [e for e in metainfo.iterfind("summary") if e.get(lang) == language]
    paragraphs = [e for e in metainfo.iterfind("description/p") if e.get(lang) == language]
    english = [e for e in metainfo.iterfind("description/p") if e.get(lang) is None]
    assert len(summaries) == 1 and len(paragraphs) == len(english) == 3


# -- the checks on a translation ----------------------------------------------------

BAD_CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Coach</name>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Usunąć „{nazwa}”?</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}.</source>
        <translation>Zapisano {files} w {folder.</translation>
    </message>
    <message>
        <source>Read the &lt;b&gt;guide&lt;/b&gt; first.</source>
        <translation>Najpierw przeczytaj przewodnik.</translation>
    </message>
    <message>
        <source> min before bed</source>
        <translation>min przed snem</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} · %n rep(s)</source>
        <translation>
            <numerusform>{label} · jedno powtórzenie</numerusform>
            <numerusform>{label} · %n powtórzenia</numerusform>
            <numerusform>{etykieta} · %n powtórzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Dalej: {what} (%n)</translation>
    </message>
    <message>
        <source>Fine: {name}</source>
        <translation>Dobrze: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n noc</numerusform>
            <numerusform>%n noce</numerusform>
            <numerusform>%n nocy</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished {name}</source>
        <translation type="unfinished">Niegotowe</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>stretch;cramp;</source>
        <translation>rozciąganie;;skurcz</translation>
    </message>
</context>
</TS>
"""


def test_the_checks_catch_every_kind_of_broken_translation(tmp_path: Path) -> None:
    ts = tmp_path / "bad.ts"
    ts.write_text(BAD_CATALOGUE, encoding="utf-8")
    problems = catalogue.translation_problems("pl", catalogue.read_ts(ts))
    expected = [
        ("Delete “{name}”?", "placeholders"),
        ("Saved {files} in {folder}.", "placeholders"),
        ("guide", "markup"),
        (" min before bed", "spaces"),
        ("%n minute(s)", "has 2 plural forms; the language has 3"),
        ("jedno powtórzenie", "%n must appear 1 time"),
        ("{etykieta}", "placeholders"),
        ("Next: {what}", "%n must appear 0 time"),
        ("stretch;cramp;", "keywords"),
    ]
    for text, kind in expected:
        assert any(text in p and kind in p for p in problems), (text, kind, problems)
    assert len(problems) == len(expected), problems
    # The good ones and the unfinished one are not among them.
    assert not any("Fine: {name}" in p or "%n night(s)" in p or "Unfinished" in p for p in problems)


def test_a_good_catalogue_passes_the_checks(tmp_path: Path) -> None:
    ts = tmp_path / "good.ts"
    good = (
        BAD_CATALOGUE.replace("{nazwa}", "{name}")
        .replace("{folder.", "{folder}.")
        .replace("przeczytaj przewodnik", "przeczytaj &lt;b&gt;przewodnik&lt;/b&gt;")
        .replace(">min przed", "> min przed")
        .replace(
            "%n minuty</numerusform>", "%n minuty</numerusform><numerusform>%n minut</numerusform>"
        )
        .replace("jedno powtórzenie", "%n powtórzenie")
        .replace("{etykieta}", "{label}")
        .replace(" (%n)", "")
        .replace("rozciąganie;;skurcz", "rozciąganie;skurcz;")
    )
    ts.write_text(good, encoding="utf-8")
    assert catalogue.translation_problems("pl", catalogue.read_ts(ts)) == []


def test_the_extractor_rejects_strings_formatted_before_translation(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text('tr(f"Hello {name}")\n', encoding="utf-8")
    with pytest.raises(catalogue.ExtractionError, match=r"bad\.py:1"):
        catalogue.extract_code([module])


def test_the_extractor_finds_counted_texts(tmp_path: Path) -> None:
    module = tmp_path / "counts.py"
    module.write_text(
        'tr_n("%n cat(s)", n)\n'
        'translate_n("%n dog(s)", n)\n'
        'words.coach_n("%n bird(s)", n)\n'
        'QCoreApplication.translate("Other", "%n fish", None, n)\n'
        'tr("No count")\n'
        'text.count("(s)")\n',
        encoding="utf-8",
    )
    found = {(m.context, m.source): m.numerus for m, _, _ in catalogue.extract_code([module])}
    assert found == {
        ("Coach", "%n cat(s)"): True,
        ("Coach", "%n dog(s)"): True,
        ("Coach", "%n bird(s)"): True,
        ("Other", "%n fish"): True,
        ("Coach", "No count"): False,
    }


@pytest.mark.parametrize(
    "code", ['tr_n("{n} cats", n)\n', 'tr("%n cats")\n', 'tr_n("%n of %n", n)\n']
)
def test_a_count_goes_in_counted_texts_only(code: str, tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text(code, encoding="utf-8")
    with pytest.raises(catalogue.ExtractionError, match="%n"):
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


def test_every_catalogue_is_shipped() -> None:
    assert available_languages() == set(catalogue.LANGUAGES)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_DE", "de"),
        ("de_AT", "de"),
        ("de_CH", "de"),
        ("fr_FR", "fr"),
        ("fr_CA", "fr"),
        ("es_ES", "es"),
        ("it_IT", "it"),
        ("nl_BE", "nl"),
        ("pl_PL", "pl"),
        ("pt_BR", "pt"),
        ("en_US", None),
        ("sv_SE", None),
        ("C", None),
    ],
)
def test_a_locale_picks_its_language_or_english(locale: str, expected: str | None) -> None:
    assert choose_language(QLocale(locale), available_languages()) == expected


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
        ({"LANG": "sv_SE.UTF-8", "LANGUAGE": "sv:de"}, "de"),
        ({"LANG": "pl_PL.UTF-8"}, "pl"),
    ],
)
def test_the_system_locale_comes_from_the_environment(env: dict[str, str], expected: str) -> None:
    assert _language_in_a_fresh_process(env) == expected


def test_lang_reaches_the_window_and_the_voice(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`stretch-coach --lang de start`: the window's translator and the voice
    get German, whatever the system locale says. Everything past that point
    (the services, the app, the event loop) is replaced."""
    from stretch_coach import app as app_module
    from stretch_coach import launch
    from stretch_coach.cli import build_parser
    from stretch_coach.services import quit_signals, single_instance, voice

    voices: list[str | None] = []
    shown: list[str] = []

    class RecordingVoice:
        def __init__(self, language: str | None = None) -> None:
            voices.append(language)

    class Primary:
        def __init__(self, name: str) -> None:
            self.name = name

        def become_primary(self) -> bool:
            return True

    class WindowStandIn:
        def __init__(self, *_args: object, **_kwargs: object) -> None:
            shown.append(tr("Start"))

        def start(self, *_args: object, **_kwargs: object) -> None:
            pass

        def shutdown(self) -> None:
            pass

    monkeypatch.setattr(voice, "QtVoice", RecordingVoice)
    monkeypatch.setattr(single_instance, "SingleInstance", Primary)
    monkeypatch.setattr(app_module, "StretchCoach", WindowStandIn)
    monkeypatch.setattr(AppServices, "load", lambda *_args, **_kwargs: None)
    monkeypatch.setattr(quit_signals, "quit_on_signals", lambda *_args: None)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    args = build_parser().parse_args(["--lang", "de", "start", "quick"])
    try:
        assert launch.run_gui(args) == 0
    finally:
        install_translator(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert voices == ["de"]
    assert shown == ["Starten"]


def test_dates_are_named_in_the_language_of_the_texts_around_them(qapp: QApplication) -> None:
    # `--lang de` on an English system once gave German texts beside a
    # diary date field reading "Thu, 26 Nov 2026".
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    try:
        assert install_translator(qapp, QLocale("de")) == "de"
        field = QDateEdit(QDate(2026, 11, 26))
        field.setDisplayFormat("ddd d MMM yyyy")
        assert field.text().startswith("Do.")
    finally:
        install_translator(qapp, english)
    assert QLocale().language() is QLocale.Language.English


def test_the_names_of_days_follow_the_texts_and_keep_the_persons_region() -> None:
    austrian = QLocale(QLocale.Language.German, QLocale.Country.Austria)
    assert formats_for(austrian, "de") == austrian
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert formats_for(american, "de").language() is QLocale.Language.German
    assert formats_for(austrian, "en").language() is QLocale.Language.English


# -- counted texts ---------------------------------------------------------------------


def _counted_sources() -> list[str]:
    return sorted(m.source for m in catalogue.collect_messages().values() if m.numerus)


def test_english_counts_read_right() -> None:
    # The English catalogue is installed (tests/conftest.py does what the app does).
    assert tr_n("%n minute(s)", 1) == "1 minute"
    assert tr_n("%n minute(s)", 2) == "2 minutes"
    assert tr_n("%n glass(es) of water", 1) == "1 glass of water"
    assert tr_n("%n glass(es) of water", 0) == "0 glasses of water"
    # The command line's English, without Qt, says the same for every counted text.
    for source in _counted_sources():
        for n in (0, 1, 2, 11):
            assert tr_n(source, n) == counted.english(source, n), source
            assert not re.search(r"[a-z]\([a-z]+\)", counted.english(source, n)), source


def test_english_forms_come_from_the_brackets() -> None:
    assert counted.english_forms("%n glass(es) of water") == (
        "%n glass of water",
        "%n glasses of water",
    )
    assert counted.english("{label} · %n rep(s)", 1) == "{label} · 1 rep"
    assert counted.english("No cramp nights in the last %n week(s).", 8) == (
        "No cramp nights in the last 8 weeks."
    )


@pytest.mark.slow
def test_a_fresh_english_app_says_one_minute() -> None:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from stretch_coach.ui.i18n import install_translator\n"
        "from stretch_coach.ui.texts import tr_n\n"
        "install_translator(QApplication([]))\n"
        "print(tr_n('%n minute(s)', 1), '/', tr_n('%n minute(s)', 3))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"},
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "1 minute / 3 minutes"


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    yield
    install_translator(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert tr_n("%n minute(s)", 5) == "5 minutes"


@pytest.mark.usefixtures("polish")
def test_polish_counts_take_three_forms() -> None:
    said = [tr_n("%n minute(s)", n) for n in (1, 2, 4, 5, 12, 22, 25)]
    assert said == [
        "1 minuta", "2 minuty", "4 minuty", "5 minut", "12 minut", "22 minuty", "25 minut",
    ]  # fmt: skip


@pytest.mark.usefixtures("german")
def test_german_counts_take_two_forms() -> None:
    assert tr_n("%n night(s)", 1) == "1 Nacht"
    assert tr_n("%n night(s)", 0) == "0 Nächte"
    exercises = load_catalogue()
    hold = Step(StepKind.HOLD, "calf-stretch", None, seconds=1, reps=None, starts_at=0)
    assert spoken_phrases([StepBegins(hold)], exercises)[0] == "Halten Sie 1 Sekunde."


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
    english = helping_sentences(
        is_it_helping([], diary), translate=lambda text: text, translate_n=counted.english
    )
    assert english[-1].startswith("This is your own record")


# -- the health guide in every language --------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
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


def test_portuguese_gets_qts_own_buttons_from_its_brazilian_catalogue(qapp: QApplication) -> None:
    # Qt ships Portuguese only as pt_BR; without it the standard buttons of a
    # Portuguese window (a file dialog's, say) would stay English.
    from PySide6.QtCore import QCoreApplication, QLocale

    from stretch_coach.ui.i18n import install_translator
    from stretch_coach.ui.texts import tr

    try:
        assert install_translator(qapp, QLocale(QLocale.Language.Portuguese)) == "pt"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        install_translator(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert tr("Start") == "Start"
