"""Collect every translatable string and update the translation catalogues.

    uv run python tools/update_translations.py          # update .ts, build .qm, data files
    uv run python tools/update_translations.py --check  # only report; exit 1 if stale

The strings come from three places:

- the code: calls ``tr("...")`` and ``tr_noop("...")`` (context "Coach"),
  ``translate("...")`` in the core's sentence builders (context "Coach") and
  ``QCoreApplication.translate("Context", "...")``, found by reading the
  syntax tree of every module in stretch_coach/. Texts with a count are
  numerus messages: ``tr_n("%n minute(s)", n)``, ``translate_n(...)`` and
  ``words.coach_n(...)`` (context "Coach") and
  ``QCoreApplication.translate("Context", "...", None, n)``; their source has
  ``%n`` where the number goes and the English plural endings in brackets;
- the data: exercise names, steps and safety notes (context "Exercise"), the
  built-in routines' names and descriptions, the health texts and sources,
  and the insights' closing note (context "Coach");
- the desktop files: the menu entry's generic name, comment, keywords and
  actions (context "Desktop") and the AppStream summary and description
  paragraphs (context "AppStream"). Their translations are written back into
  data/ as ``Key[xx]=`` lines and ``xml:lang="xx"`` elements.

Each ``stretch_coach/i18n/stretch_coach_<lang>.ts`` is merged, not rewritten:
existing translations stay, new strings are added empty and unfinished, and
strings no longer used are kept as ``vanished`` (so a translation is not lost
if the string comes back). A numerus message has one form per plural form of
the language (``NUMERUS_FORMS``: two for most, three for Polish). The English
catalogue holds only the numerus messages, with the two forms the source's
brackets give (``stretch_coach.counted.english_forms``); it is generated, not
edited. Then ``pyside6-lrelease`` compiles the .qm files the app loads.
Translations are edited in the .ts (by hand, with ``pyside6-linguist`` or
with ``tools/import_translations.py``) and this script is run again.

``--check`` also checks every translation against its source
(:func:`translation_problems`): the same ``{name}`` placeholders, ``%n`` in
every numerus form, the same markup tags, edge spaces, and the number of
numerus forms the language needs.

pyside6-lupdate is not used: it does not see strings that live in data files,
nor ``translate`` calls whose translator is passed in as a function.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import string
import subprocess
import sys
import textwrap
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "stretch_coach"
I18N_DIR = PACKAGE / "i18n"
DATA_DIR = REPO / "data"
DESKTOP_FILE = DATA_DIR / "org.stretchcoach.StretchCoach.desktop"
METAINFO_FILE = DATA_DIR / "org.stretchcoach.StretchCoach.metainfo.xml"
if str(REPO) not in sys.path:  # run as a script: make the package importable
    sys.path.insert(0, str(REPO))

from stretch_coach.counted import english_forms  # noqa: E402  (needs the path above)

DEFAULT_CONTEXT = "Coach"
EXERCISE_CONTEXT = "Exercise"
DESKTOP_CONTEXT = "Desktop"
APPSTREAM_CONTEXT = "AppStream"
SOURCE_LANGUAGE = "en"
# Language code -> the locale named in the catalogue's header. English has a
# catalogue too, for the plural forms of the counted texts only.
LANGUAGES = {
    "de": "de_DE",
    "en": "en",
    "es": "es_ES",
    "fr": "fr_FR",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt": "pt_PT",
}
# How many plural forms a numerus message has, as Qt counts them for the
# language (tests/test_translations.py checks each against Qt's own rules):
# Polish has one for 1, one for 2-4, 22-24, ... and one for the rest.
NUMERUS_FORMS = {"de": 2, "en": 2, "es": 2, "fr": 2, "it": 2, "nl": 2, "pl": 3, "pt": 2}

# Notes shown to translators next to strings that are not plain sentences.
NOTES = {
    "{whole}.{tenth}": "A number with one decimal place, e.g. 1.5 (use your decimal mark).",
    "{day}/{month}": "A short date under a chart bar, e.g. 24/11 for 24 November.",
    "ddd d MMM yyyy": "A Qt date format (QDate::toString), e.g. Fri 20 Nov 2026.",
    "May": "The abbreviated month name, as in 1 May 2026.",
    "Mon": "The abbreviated weekday name, as in Mon 21:30.",
    "stretch;stretching;cramp;leg;calf;foot;bedtime;reminder;exercise;": (
        "Search words for the application menu, each followed by ; (no spaces around it)."
    ),
}

# The desktop entry's keys whose values are translated: in the main group,
# and in each action's group.
DESKTOP_ENTRY_KEYS = ("GenericName", "Comment", "Keywords")
DESKTOP_ACTION_KEYS = ("Name",)


@dataclass
class Message:
    context: str
    source: str
    locations: list[str] = field(default_factory=list)
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


@dataclass
class Translation:
    text: str
    kind: str | None  # the TS "type": None (finished), unfinished, vanished or obsolete
    translator_comment: str = ""
    # The plural forms of a numerus message (None for a plain one).
    forms: list[str] | None = None

    @property
    def texts(self) -> list[str]:
        """What the translator wrote: the text, or each plural form."""
        return list(self.forms) if self.forms is not None else [self.text]


class ExtractionError(Exception):
    """A call that looks translatable but cannot be, such as tr(f"...")."""


def _location(path: Path) -> str:
    # TS files name sources relative to themselves.
    return Path(os.path.relpath(path, I18N_DIR)).as_posix()


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


@dataclass(frozen=True)
class _Call:
    context: str
    args: list[ast.expr]
    numerus: bool


def _translatable_call(node: ast.Call) -> _Call | None:
    """The context and the text arguments of a translating call, or None."""
    func = node.func
    if isinstance(func, ast.Name) and func.id in ("tr", "tr_noop", "translate"):
        return _Call(DEFAULT_CONTEXT, node.args[:1], numerus=False)
    if isinstance(func, ast.Name) and func.id in ("tr_n", "translate_n"):
        return _Call(DEFAULT_CONTEXT, node.args[:1], numerus=True)
    if isinstance(func, ast.Attribute) and func.attr in ("coach", "coach_n"):
        # step_wording's ``words.coach("...")``: the app's own sentences.
        return _Call(DEFAULT_CONTEXT, node.args[:1], numerus=func.attr == "coach_n")
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
        and len(node.args) >= 2
    ):
        context = _literal(node.args[0])
        # translate(context, source, disambiguation, n): with n, a numerus message.
        numerus = len(node.args) >= 4
        return _Call(context, node.args[1:2], numerus) if context is not None else None
    return None


def extract_code(paths: Iterable[Path]) -> list[tuple[Message, int, int]]:
    """Literal strings in translating calls, with their line and column."""
    found: list[tuple[Message, int, int]] = []
    problems: list[str] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            call = _translatable_call(node)
            if call is None:
                continue
            for arg in call.args:
                text = _literal(arg)
                where = f"{path}:{node.lineno}"
                if text is not None:
                    if call.numerus and text.count("%n") != 1:
                        problems.append(f"{where}: a counted text needs %n once: {text!r}")
                    elif not call.numerus and "%n" in text:
                        problems.append(f"{where}: %n is filled in only by a counted call")
                    message = Message(call.context, text, [_location(path)], call.numerus)
                    found.append((message, node.lineno, node.col_offset))
                elif isinstance(arg, ast.JoinedStr | ast.BinOp):
                    # Filled in before translation, so no catalogue entry can ever match.
                    problems.append(f"{where}: translate a template, then format it")
    if problems:
        raise ExtractionError("\n".join(problems))
    return found


def _plain(text: str) -> str:
    """Text as one line with single spaces, as a wrapped paragraph is meant."""
    return " ".join(text.split())


def desktop_groups(text: str) -> list[tuple[str, list[str]]]:
    """The groups of a desktop file, each with its lines, in file order."""
    groups: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines():
        if line.startswith("[") and line.rstrip().endswith("]"):
            groups.append((line.strip()[1:-1], []))
        else:
            groups[-1][1].append(line)
    return groups


def _translated_keys(group: str) -> tuple[str, ...]:
    if group == "Desktop Entry":
        return DESKTOP_ENTRY_KEYS
    if group.startswith("Desktop Action "):
        return DESKTOP_ACTION_KEYS
    return ()


def desktop_sources(text: str) -> list[str]:
    """The desktop entry's values that are translated, in file order."""
    sources = []
    for group, lines in desktop_groups(text):
        keys = _translated_keys(group)
        for line in lines:
            key, sep, value = line.partition("=")
            if sep and key.strip() in keys:
                sources.append(value.strip())
    return sources


def _description_span(text: str) -> tuple[int, int]:
    """Where the component's own <description> is (not a release's)."""
    start = text.index("<description>")
    return start, text.index("</description>", start)


_ENGLISH_SUMMARY = re.compile(r"^( *)<summary>(.*?)</summary>\n", re.MULTILINE | re.DOTALL)
_ENGLISH_PARAGRAPH = re.compile(r"^( *)<p>(.*?)</p>\n", re.MULTILINE | re.DOTALL)
_TRANSLATED_ELEMENT = re.compile(
    r"^ *<(summary|p) xml:lang=\"[^\"]+\">.*?</\1>\n", re.MULTILINE | re.DOTALL
)


def appstream_sources(text: str) -> list[str]:
    """The AppStream summary and the description's paragraphs, as plain lines."""
    summary = _ENGLISH_SUMMARY.search(text)
    sources = [_plain(summary.group(2))] if summary else []
    start, end = _description_span(text)
    sources += [_plain(m.group(2)) for m in _ENGLISH_PARAGRAPH.finditer(text, start, end)]
    return sources


def extract_data() -> list[Message]:
    """Strings the app shows from its data rather than from code."""
    from stretch_coach.core import health, insights, settings
    from stretch_coach.core.exercises import load_catalogue

    exercises_file = _location(PACKAGE / "core" / "data" / "exercises.toml")
    messages: list[Message] = []
    for exercise in load_catalogue().values():
        for text in (exercise.name, *exercise.steps, exercise.safety):
            messages.append(Message(EXERCISE_CONTEXT, text, [exercises_file]))
    # Read from the files rather than through builtin_routines() so each string
    # can name the file it comes from.
    for path in sorted((PACKAGE / "core" / "data" / "routines").glob("*.toml")):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        for key in ("name", "description"):
            if raw.get(key):
                messages.append(Message(DEFAULT_CONTEXT, str(raw[key]).strip(), [_location(path)]))
    health_file = _location(PACKAGE / "core" / "health.py")
    for text in (*health.all_texts(), *(s.citation for s in health.SOURCES.values())):
        messages.append(Message(DEFAULT_CONTEXT, text, [health_file]))
    # The settings schema's labels and help (the Preferences form is built from it).
    settings_file = _location(PACKAGE / "core" / "settings.py")
    schema_texts: list[str] = []
    for setting in settings.SCHEMA:
        schema_texts += [setting.section_label, setting.label, setting.help]
        if isinstance(setting.type, settings.Choice):
            schema_texts += list(setting.type.labels.values())
    for text in dict.fromkeys(t for t in schema_texts if t):
        messages.append(Message(DEFAULT_CONTEXT, text, [settings_file]))
    messages.append(
        Message(
            DEFAULT_CONTEXT,
            insights.PERSONAL_RECORD_NOTE,
            [_location(PACKAGE / "core" / "insights.py")],
        )
    )
    # The menu entry and the software centre's page.
    desktop_text = DESKTOP_FILE.read_text(encoding="utf-8")
    for text in desktop_sources(desktop_text):
        messages.append(Message(DESKTOP_CONTEXT, text, [_location(DESKTOP_FILE)]))
    for text in appstream_sources(METAINFO_FILE.read_text(encoding="utf-8")):
        messages.append(Message(APPSTREAM_CONTEXT, text, [_location(METAINFO_FILE)]))
    return messages


def collect_messages() -> dict[tuple[str, str], Message]:
    """Every string to translate, in a stable order: code by file and line, then data."""
    paths = sorted(PACKAGE.rglob("*.py"))
    code = sorted(extract_code(paths), key=lambda m: (m[0].locations[0], m[1], m[2]))
    merged: dict[tuple[str, str], Message] = {}
    clashes: list[str] = []
    for message in [m for m, _line, _col in code] + extract_data():
        if message.key in merged:
            known = merged[message.key]
            known.locations.extend(loc for loc in message.locations if loc not in known.locations)
            if known.numerus != message.numerus:
                clashes.append(f"{message.source!r} is translated both with and without a count")
        else:
            merged[message.key] = Message(
                message.context, message.source, list(message.locations), message.numerus
            )
    if clashes:
        raise ExtractionError("\n".join(clashes))
    return merged


def catalogue_messages(language: str) -> dict[tuple[str, str], Message]:
    """The messages in a language's catalogue: all of them, or for English, the
    source language, only the counted ones (for their plural forms)."""
    messages = collect_messages()
    if language == SOURCE_LANGUAGE:
        return {key: m for key, m in messages.items() if m.numerus}
    return messages


# -- the TS file ---------------------------------------------------------------


def ts_path(language: str) -> Path:
    return I18N_DIR / f"stretch_coach_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"stretch_coach_{language}.qm"


def read_ts(path: Path) -> dict[tuple[str, str], Translation]:
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = None
            if message.get("numerus") == "yes":
                found = translation.findall("numerusform") if translation is not None else []
                forms = [form.text or "" for form in found]
            text = (translation.text or "") if translation is not None else ""
            entries[(name, message.findtext("source") or "")] = Translation(
                text="" if forms is not None else text,
                kind=translation.get("type") if translation is not None else "unfinished",
                translator_comment=message.findtext("translatorcomment") or "",
                forms=forms,
            )
    return entries


def _fitted(forms: list[str], count: int) -> list[str]:
    """A numerus translation's forms, as many as the language has."""
    return (forms + [""] * count)[:count]


def merge(
    messages: dict[tuple[str, str], Message],
    existing: dict[tuple[str, str], Translation],
    language: str,
) -> list[tuple[Message, Translation]]:
    count = NUMERUS_FORMS[language]
    merged: list[tuple[Message, Translation]] = []
    for key, message in messages.items():
        old = existing.get(key)
        if old is not None and (old.forms is not None) != message.numerus:
            old = None  # now counted, or no longer: translated again
        if language == SOURCE_LANGUAGE:
            # The English forms are the source's own, from its brackets.
            merged.append(
                (message, Translation("", None, forms=list(english_forms(message.source))))
            )
        elif old is None:
            forms = [""] * count if message.numerus else None
            merged.append((message, Translation("", "unfinished", forms=forms)))
        elif old.kind in ("vanished", "obsolete"):
            # Back again: the old translation is a good start but wants a look.
            forms = _fitted(old.forms, count) if old.forms is not None else None
            merged.append(
                (message, Translation(old.text, "unfinished", old.translator_comment, forms))
            )
        elif old.forms is not None and len(old.forms) != count:
            forms = _fitted(old.forms, count)
            merged.append(
                (message, Translation(old.text, "unfinished", old.translator_comment, forms))
            )
        else:
            merged.append((message, old))
    if language == SOURCE_LANGUAGE:
        return merged  # generated: nothing to keep
    for key, old in existing.items():
        if key not in messages:
            kind = old.kind if old.kind in ("vanished", "obsolete") else "vanished"
            gone = Translation(old.text, kind, old.translator_comment, old.forms)
            merged.append((Message(*key, numerus=old.forms is not None), gone))
    return merged


def render_ts(language: str, entries: Sequence[tuple[Message, Translation]]) -> str:
    contexts = sorted({message.context for message, _ in entries})
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for context in contexts:
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message, translation in entries:
            if message.context != context:
                continue
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines += [f"        <location filename={quoteattr(loc)}/>" for loc in message.locations]
            lines.append(f"        <source>{escape(message.source)}</source>")
            if message.source in NOTES:
                lines.append(
                    f"        <extracomment>{escape(NOTES[message.source])}</extracomment>"
                )
            if translation.translator_comment:
                comment = escape(translation.translator_comment)
                lines.append(f"        <translatorcomment>{comment}</translatorcomment>")
            kind = f" type={quoteattr(translation.kind)}" if translation.kind else ""
            if translation.forms is not None:
                lines.append(f"        <translation{kind}>")
                lines += [
                    f"            <numerusform>{escape(form)}</numerusform>"
                    for form in translation.forms
                ]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{escape(translation.text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def updated_ts(language: str) -> str:
    entries = merge(catalogue_messages(language), read_ts(ts_path(language)), language)
    return render_ts(language, entries)


# -- checking translations -----------------------------------------------------

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def placeholders(text: str) -> set[str]:
    """The names of the {name} fields a template fills in."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:  # an unmatched brace: reported by translation_problems
        return {"<unmatched brace>"}


def message_problems(
    context: str, source: str, translation: Translation, numerus_forms: int
) -> list[str]:
    """What is wrong with one finished translation: placeholders, %n, markup
    tags, edge spaces and the number of plural forms. Empty if nothing."""
    where = f"{context}: {source!r}"
    problems: list[str] = []
    if translation.forms is not None and len(translation.forms) != numerus_forms:
        problems.append(
            f"{where} has {len(translation.forms)} plural forms; the language has {numerus_forms}"
        )
    wanted = placeholders(source)
    tags = sorted(_TAG.findall(source))
    for text in translation.texts:
        said = f"{where} -> {text!r}"
        if not text.strip():
            continue  # untranslated: reported as such, not as broken
        if placeholders(text) != wanted:
            problems.append(
                f"{said}: placeholders {sorted(placeholders(text))}, not {sorted(wanted)}"
            )
        else:
            try:
                text.format(**dict.fromkeys(wanted, "x"))
            except (ValueError, IndexError, KeyError) as exc:
                problems.append(f"{said}: cannot be filled in ({exc})")
        if text.count("%n") != source.count("%n"):
            problems.append(f"{said}: %n must appear {source.count('%n')} time(s)")
        if sorted(_TAG.findall(text)) != tags:
            problems.append(f"{said}: markup {sorted(_TAG.findall(text))}, not {tags}")
        # " min" is a suffix glued to a number; the space must survive translation.
        if (
            text[:1].isspace() != source[:1].isspace()
            or text[-1:].isspace() != source[-1:].isspace()
        ):
            problems.append(f"{said}: the spaces at the start and end differ from the source")
        if context == DESKTOP_CONTEXT and source.endswith(";"):
            words = text.split(";")
            if words[-1] != "" or any(not w.strip() for w in words[:-1]):
                problems.append(f"{said}: keywords are words each followed by ;")
        if "\n" in text and context in (DESKTOP_CONTEXT, APPSTREAM_CONTEXT):
            problems.append(f"{said}: must be one line")
    return problems


def translation_problems(
    language: str, entries: Mapping[tuple[str, str], Translation]
) -> list[str]:
    """Every problem of the catalogue's finished translations (see message_problems)."""
    problems: list[str] = []
    for (context, source), entry in entries.items():
        if entry.kind is not None:
            continue  # unfinished ones are not shown; vanished ones not used
        problems += message_problems(context, source, entry, NUMERUS_FORMS[language])
    return problems


# -- the desktop files ---------------------------------------------------------


def finished(language: str) -> dict[tuple[str, str], str]:
    """A catalogue's finished plain translations, by context and source."""
    return {
        key: entry.text
        for key, entry in read_ts(ts_path(language)).items()
        if entry.kind is None and entry.forms is None and entry.text.strip()
    }


def _translations(
    catalogues: Mapping[str, Mapping[tuple[str, str], str]], context: str, source: str
) -> list[tuple[str, str]]:
    """(language, translation) for one source, by language code."""
    return [
        (language, catalogues[language][(context, source)])
        for language in sorted(catalogues)
        if (context, source) in catalogues[language]
    ]


def _desktop_value(text: str) -> str:
    # A localestring is one line; a backslash starts an escape.
    return _plain(text).replace("\\", "\\\\")


def desktop_text(text: str, catalogues: Mapping[str, Mapping[tuple[str, str], str]]) -> str:
    """The desktop entry with a ``Key[xx]=`` line after each translated key, per language."""
    out: list[str] = []
    for group, lines in desktop_groups(text):
        if group:
            out.append(f"[{group}]")
        keys = _translated_keys(group)
        for line in lines:
            key, sep, value = line.partition("=")
            name, _, locale = key.partition("[")
            if sep and locale and name in keys:
                continue  # written anew below
            out.append(line)
            if sep and key in keys:
                for language, translation in _translations(catalogues, DESKTOP_CONTEXT, value):
                    out.append(f"{key}[{language}]={_desktop_value(translation)}")
    return "\n".join(out) + "\n"


def metainfo_text(text: str, catalogues: Mapping[str, Mapping[tuple[str, str], str]]) -> str:
    """The AppStream file with an ``xml:lang`` summary and paragraph after each
    English one, per language."""
    text = _TRANSLATED_ELEMENT.sub("", text)
    start, end = _description_span(text)

    def paragraph(match: re.Match[str]) -> str:
        indent, source = match.group(1), _plain(match.group(2))
        inner = indent + "  "
        parts = [match.group(0)]
        for language, translation in _translations(catalogues, APPSTREAM_CONTEXT, source):
            wrapped = textwrap.fill(
                escape(_plain(translation)),
                width=88,
                initial_indent=inner,
                subsequent_indent=inner,
                break_long_words=False,
                break_on_hyphens=False,
            )
            parts.append(f'{indent}<p xml:lang="{language}">\n{wrapped}\n{indent}</p>\n')
        return "".join(parts)

    def summary(match: re.Match[str]) -> str:
        indent, source = match.group(1), _plain(match.group(2))
        parts = [match.group(0)]
        for language, translation in _translations(catalogues, APPSTREAM_CONTEXT, source):
            value = escape(_plain(translation))
            parts.append(f'{indent}<summary xml:lang="{language}">{value}</summary>\n')
        return "".join(parts)

    description = _ENGLISH_PARAGRAPH.sub(paragraph, text[start:end])
    text = text[:start] + description + text[end:]
    return _ENGLISH_SUMMARY.sub(summary, text, count=1)


def data_file_texts() -> dict[Path, str]:
    """The desktop entry and the AppStream file as the catalogues make them."""
    catalogues = {lang: finished(lang) for lang in LANGUAGES if lang != SOURCE_LANGUAGE}
    return {
        DESKTOP_FILE: desktop_text(DESKTOP_FILE.read_text(encoding="utf-8"), catalogues),
        METAINFO_FILE: metainfo_text(METAINFO_FILE.read_text(encoding="utf-8"), catalogues),
    }


# -- compiling -----------------------------------------------------------------


def lrelease() -> str:
    """pyside6-lrelease from the environment running this script (uv's .venv)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).with_name(f"pyside6-lrelease{suffix}")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease not found; run this with `uv run`")
    return found


def build_qm(ts: Path, qm: Path) -> None:
    # Unfinished strings stay out of the app: it shows English until they are done.
    subprocess.run(
        [lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


def is_unfinished(entry: Translation) -> bool:
    if entry.kind == "unfinished":
        return True
    return entry.kind is None and not all(text.strip() for text in entry.texts)


def unfinished(path: Path) -> list[str]:
    return [source for (_context, source), entry in read_ts(path).items() if is_unfinished(entry)]


def write_catalogue(language: str, text: str) -> None:
    """Write a language's .ts (if it changed) and compile its .qm."""
    ts = ts_path(language)
    if not ts.exists() or ts.read_text(encoding="utf-8") != text:
        I18N_DIR.mkdir(parents=True, exist_ok=True)
        ts.write_text(text, encoding="utf-8")
        print(f"updated {ts.relative_to(REPO)}")
    build_qm(ts, qm_path(language))


def write_data_files() -> None:
    for path, text in data_file_texts().items():
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"updated {path.relative_to(REPO)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if a catalogue is out of date, has untranslated "
        "strings or a broken translation",
    )
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        ts = ts_path(language)
        text = updated_ts(language)
        current = ts.read_text(encoding="utf-8") if ts.exists() else ""
        if args.check:
            if text != current:
                print(f"{ts.relative_to(REPO)} is out of date: run tools/update_translations.py")
                status = 1
        else:
            write_catalogue(language, text)
        todo = unfinished(ts) if ts.exists() else []
        for source in todo:
            print(f"  untranslated ({language}): {source}")
        for problem in translation_problems(language, read_ts(ts)):
            print(f"  broken ({language}): {problem}")
            status = 1
        if todo and args.check:
            status = 1
        if not args.check:
            print(f"built {qm_path(language).relative_to(REPO)} ({len(todo)} untranslated)")
    if args.check:
        for path, text in data_file_texts().items():
            if path.read_text(encoding="utf-8") != text:
                print(f"{path.relative_to(REPO)} is out of date: run tools/update_translations.py")
                status = 1
    else:
        write_data_files()
    return status


if __name__ == "__main__":
    sys.exit(main())
