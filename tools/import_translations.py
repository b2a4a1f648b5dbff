"""Fill a language's catalogue from a translator's JSON file.

    uv run python tools/import_translations.py pl pl.json

The file holds what the translator did, each keyed by context and source:

    {"messages": [{"context": "Coach", "source": "Start", "translation": "Start"}],
     "plurals":  [{"context": "Coach", "source": "%n minute(s)",
                   "forms": ["%n minuta", "%n minuty", "%n minut"]}],
     "desktop":  [{"context": "Desktop", "source": "Stretch reminder",
                   "translation": "Przypomnienie o rozciąganiu"}]}

It only fills translations into ``stretch_coach/i18n/stretch_coach_<lang>.ts``
(brought up to date with the code first): it never adds or removes a string.
It reports the sources it did not find (texts the code no longer has) and the
translations it could not place (a plain text for a counted one, the wrong
number of plural forms). A translation that fails the catalogue's checks (a
placeholder, %n or markup tag lost) is kept but marked unfinished, so the app
never shows it and the tests name it. Then the .qm is rebuilt and the desktop
entry and AppStream file are written again.

Exit status: 0 when everything was placed, 1 when something was not or was
held back, 2 when the file cannot be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: the package and tools/
    sys.path.insert(0, str(REPO))

from tools import update_translations as catalogue  # noqa: E402  (needs the path above)


class UnusableFileError(Exception):
    """The JSON file does not have the translators' format."""


@dataclass(frozen=True)
class Item:
    context: str
    source: str
    text: str | None  # a plain translation
    forms: list[str] | None  # or the plural forms of a counted one


@dataclass
class Report:
    filled: int = 0
    replaced: int = 0
    not_found: list[str] = field(default_factory=list)
    not_placed: list[str] = field(default_factory=list)
    held_back: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.not_placed or self.held_back)


def _string(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str):
        raise UnusableFileError(f"{where}: {key!r} must be a string")
    return value


def read_items(data: object) -> list[Item]:
    """The translations in the translators' JSON format, in file order."""
    if not isinstance(data, dict):
        raise UnusableFileError("the file must hold one JSON object")
    unknown = set(data) - {"messages", "plurals", "desktop"}
    if unknown:
        expected = "messages, plurals and desktop"
        raise UnusableFileError(f"unknown parts {sorted(unknown)}; expected {expected}")
    items: list[Item] = []
    for part in ("messages", "plurals", "desktop"):
        entries = data.get(part, [])
        if not isinstance(entries, list):
            raise UnusableFileError(f"{part!r} must be a list")
        for index, entry in enumerate(entries):
            where = f"{part}[{index}]"
            if not isinstance(entry, dict):
                raise UnusableFileError(f"{where} must be an object")
            context, source = _string(entry, "context", where), _string(entry, "source", where)
            if part == "plurals":
                forms = entry.get("forms")
                if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
                    raise UnusableFileError(f"{where}: 'forms' must be a list of strings")
                items.append(Item(context, source, None, list(forms)))
            else:
                items.append(Item(context, source, _string(entry, "translation", where), None))
    return items


def fill(
    language: str,
    items: list[Item],
    entries: list[tuple[catalogue.Message, catalogue.Translation]],
) -> Report:
    """Put the items' translations into ``entries`` (changed in place)."""
    report = Report()
    live = {
        message.key: index
        for index, (message, translation) in enumerate(entries)
        if translation.kind not in ("vanished", "obsolete")
    }
    count = catalogue.NUMERUS_FORMS[language]
    for item in items:
        said = f"{item.context}: {item.source!r}"
        index = live.get((item.context, item.source))
        if index is None:
            report.not_found.append(said)
            continue
        message, old = entries[index]
        if message.numerus and item.forms is None:
            report.not_placed.append(f"{said}: a counted text needs its plural forms")
            continue
        if not message.numerus and item.forms is not None:
            report.not_placed.append(f"{said}: not a counted text; give one translation")
            continue
        if item.forms is not None and len(item.forms) != count:
            report.not_placed.append(
                f"{said}: {len(item.forms)} plural forms; {language} has {count}"
            )
            continue
        texts = item.forms if item.forms is not None else [item.text or ""]
        if not all(text.strip() for text in texts):
            report.not_placed.append(f"{said}: empty translation")
            continue
        new = catalogue.Translation(
            (item.text or "") if item.forms is None else "",
            None,
            old.translator_comment,
            list(item.forms) if item.forms is not None else None,
        )
        problems = catalogue.message_problems(item.context, item.source, new, count)
        if problems:
            new.kind = "unfinished"
            report.held_back += problems
        elif old.kind is None and old.texts != new.texts and all(t.strip() for t in old.texts):
            report.replaced += 1
        if new.kind is None and (old.kind is not None or old.texts != new.texts):
            report.filled += 1
        entries[index] = (message, new)
    report.untranslated = [
        f"{message.context}: {message.source!r}"
        for message, translation in entries
        if catalogue.is_unfinished(translation)
    ]
    return report


def import_file(language: str, path: Path) -> Report:
    items = read_items(json.loads(path.read_text(encoding="utf-8")))
    entries = catalogue.merge(
        catalogue.catalogue_messages(language),
        catalogue.read_ts(catalogue.ts_path(language)),
        language,
    )
    report = fill(language, items, entries)
    catalogue.write_catalogue(language, catalogue.render_ts(language, entries))
    catalogue.write_data_files()
    return report


def print_report(language: str, report: Report) -> None:
    print(f"{language}: {report.filled} translations filled in ({report.replaced} replaced)")
    sections = (
        ("not in the catalogue (no longer used, or mistyped)", report.not_found),
        ("could not be placed", report.not_placed),
        ("held back as unfinished (fails the checks)", report.held_back),
        ("still untranslated", report.untranslated),
    )
    for title, lines in sections:
        if lines:
            print(f"\n{len(lines)} {title}:")
            for line in lines:
                print(f"  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    languages = [code for code in catalogue.LANGUAGES if code != catalogue.SOURCE_LANGUAGE]
    parser.add_argument("language", choices=languages, help="language code, e.g. pl")
    parser.add_argument("file", type=Path, help="the translator's JSON file")
    args = parser.parse_args(argv)
    try:
        report = import_file(args.language, args.file)
    except (OSError, ValueError, UnusableFileError) as exc:  # JSONDecodeError is a ValueError
        print(f"{args.file}: cannot import: {exc}", file=sys.stderr)
        return 2
    print_report(args.language, report)
    return 0 if report.complete else 1


if __name__ == "__main__":
    sys.exit(main())
