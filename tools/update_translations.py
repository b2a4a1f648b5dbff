"""Collect every translatable string and update the translation catalogues.

    uv run python tools/update_translations.py          # update .ts, build .qm
    uv run python tools/update_translations.py --check  # only report; exit 1 if stale

The strings come from two places:

- the code: calls ``tr("...")`` and ``tr_noop("...")`` (context "Coach"),
  ``translate("...")`` in the core's sentence builders (context "Coach") and
  ``QCoreApplication.translate("Context", "...")``, found by reading the
  syntax tree of every module in stretch_coach/;
- the data: exercise names, steps and safety notes (context "Exercise"), the
  built-in routines' names and descriptions, the health texts and sources,
  and the insights' closing note (context "Coach").

Each ``stretch_coach/i18n/stretch_coach_<lang>.ts`` is merged, not rewritten:
existing translations stay, new strings are added empty and unfinished, and
strings no longer used are kept as ``vanished`` (so a translation is not lost
if the string comes back). Then ``pyside6-lrelease`` compiles the .qm file
the app loads. Translations are edited in the .ts (by hand or with
``pyside6-linguist``) and this script is run again.

pyside6-lupdate is not used: it does not see strings that live in data files,
nor ``translate`` calls whose translator is passed in as a function.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "stretch_coach"
I18N_DIR = PACKAGE / "i18n"
if str(REPO) not in sys.path:  # run as a script: make the package importable
    sys.path.insert(0, str(REPO))

DEFAULT_CONTEXT = "Coach"
EXERCISE_CONTEXT = "Exercise"
# Language code -> the locale named in the catalogue's header.
LANGUAGES = {"de": "de_DE"}
SOURCE_LANGUAGE = "en"

# Notes shown to translators next to strings that are not plain sentences.
NOTES = {
    "{whole}.{tenth}": "A number with one decimal place, e.g. 1.5 (use your decimal mark).",
    "{day}/{month}": "A short date under a chart bar, e.g. 24/11 for 24 November.",
    "ddd d MMM yyyy": "A Qt date format (QDate::toString), e.g. Fri 20 Nov 2026.",
    "May": "The abbreviated month name, as in 1 May 2026.",
    "Mon": "The abbreviated weekday name, as in Mon 21:30.",
}


@dataclass
class Message:
    context: str
    source: str
    locations: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


@dataclass
class Translation:
    text: str
    kind: str | None  # the TS "type": None (finished), unfinished, vanished or obsolete
    translator_comment: str = ""


class ExtractionError(Exception):
    """A call that looks translatable but cannot be, such as tr(f"...")."""


def _location(path: Path) -> str:
    # TS files name sources relative to themselves.
    return Path("..", path.relative_to(PACKAGE)).as_posix()


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _translatable_call(node: ast.Call) -> tuple[str, list[ast.expr]] | None:
    """The context and the text arguments of a translating call, or None."""
    func = node.func
    if isinstance(func, ast.Name) and func.id in ("tr", "tr_noop", "translate"):
        return DEFAULT_CONTEXT, node.args[:1]
    if isinstance(func, ast.Attribute) and func.attr == "coach":
        # step_wording's ``words.coach("...")``: the app's own sentences.
        return DEFAULT_CONTEXT, node.args[:1]
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
        and len(node.args) >= 2
    ):
        context = _literal(node.args[0])
        return (context, node.args[1:2]) if context is not None else None
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
            context, args = call
            for arg in args:
                text = _literal(arg)
                if text is not None:
                    found.append(
                        (Message(context, text, [_location(path)]), node.lineno, node.col_offset)
                    )
                elif isinstance(arg, ast.JoinedStr | ast.BinOp):
                    # Filled in before translation, so no catalogue entry can ever match.
                    problems.append(f"{path}:{node.lineno}: translate a template, then format it")
    if problems:
        raise ExtractionError("\n".join(problems))
    return found


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
    return messages


def collect_messages() -> dict[tuple[str, str], Message]:
    """Every string to translate, in a stable order: code by file and line, then data."""
    paths = sorted(PACKAGE.rglob("*.py"))
    code = sorted(extract_code(paths), key=lambda m: (m[0].locations[0], m[1], m[2]))
    merged: dict[tuple[str, str], Message] = {}
    for message in [m for m, _line, _col in code] + extract_data():
        if message.key in merged:
            known = merged[message.key]
            known.locations.extend(loc for loc in message.locations if loc not in known.locations)
        else:
            merged[message.key] = Message(message.context, message.source, list(message.locations))
    return merged


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
            entries[(name, message.findtext("source") or "")] = Translation(
                text=(translation.text or "") if translation is not None else "",
                kind=translation.get("type") if translation is not None else "unfinished",
                translator_comment=message.findtext("translatorcomment") or "",
            )
    return entries


def merge(
    messages: dict[tuple[str, str], Message], existing: dict[tuple[str, str], Translation]
) -> list[tuple[Message, Translation]]:
    merged: list[tuple[Message, Translation]] = []
    for key, message in messages.items():
        old = existing.get(key)
        if old is None:
            merged.append((message, Translation("", "unfinished")))
        elif old.kind in ("vanished", "obsolete"):
            # Back again: the old translation is a good start but wants a look.
            merged.append((message, Translation(old.text, "unfinished", old.translator_comment)))
        else:
            merged.append((message, old))
    for key, old in existing.items():
        if key not in messages:
            kind = old.kind if old.kind in ("vanished", "obsolete") else "vanished"
            gone = Translation(old.text, kind, old.translator_comment)
            merged.append((Message(*key), gone))
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
            lines.append("    <message>")
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
            lines.append(f"        <translation{kind}>{escape(translation.text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def updated_ts(language: str) -> str:
    return render_ts(language, merge(collect_messages(), read_ts(ts_path(language))))


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


def unfinished(path: Path) -> list[str]:
    return [
        source
        for (_context, source), entry in read_ts(path).items()
        if entry.kind == "unfinished" or (entry.kind is None and not entry.text)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if a catalogue is out of date or has untranslated strings",
    )
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        text = updated_ts(language)
        current = ts.read_text(encoding="utf-8") if ts.exists() else ""
        if args.check:
            if text != current:
                print(f"{ts.relative_to(REPO)} is out of date: run tools/update_translations.py")
                status = 1
        elif text != current:
            I18N_DIR.mkdir(parents=True, exist_ok=True)
            ts.write_text(text, encoding="utf-8")
            print(f"updated {ts.relative_to(REPO)}")
        todo = unfinished(ts) if ts.exists() else []
        for source in todo:
            print(f"  untranslated ({language}): {source}")
        if todo and args.check:
            status = 1
        if not args.check:
            build_qm(ts, qm)
            print(f"built {qm.relative_to(REPO)} ({len(todo)} strings still untranslated)")
    return status


if __name__ == "__main__":
    sys.exit(main())
