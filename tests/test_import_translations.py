"""tools/import_translations.py: a translator's JSON file into a catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import import_translations as importer
from tools import update_translations as catalogue
from tools.update_translations import Message, Translation

MINUTES = "%n minute(s)"
GREETING = "Hello {name}"
HELLO, BROKEN = "Cześć {name}", "Cześć {imie}"


def entries() -> list[tuple[Message, Translation]]:
    """A small Polish catalogue: one plain text, one counted, one desktop text, one gone."""
    return [
        (Message("Coach", GREETING), Translation("", "unfinished")),
        (
            Message("Coach", MINUTES, numerus=True),
            Translation("", "unfinished", forms=["", "", ""]),
        ),
        (Message("Desktop", "Stretch reminder"), Translation("", "unfinished")),
        (Message("Coach", "Old text"), Translation("Stary tekst", "vanished")),
    ]


def items(data: object) -> list[importer.Item]:
    return importer.read_items(data)


def test_a_whole_translation_fills_the_catalogue() -> None:
    catalogue_entries = entries()
    report = importer.fill(
        "pl",
        items(
            {
                "messages": [
                    {"context": "Coach", "source": GREETING, "translation": "Cześć {name}"}
                ],
                "plurals": [
                    {
                        "context": "Coach",
                        "source": MINUTES,
                        "forms": ["%n minuta", "%n minuty", "%n minut"],
                    }
                ],
                "desktop": [
                    {
                        "context": "Desktop",
                        "source": "Stretch reminder",
                        "translation": "Przypomnienie o rozciąganiu",
                    }
                ],
            }
        ),
        catalogue_entries,
    )
    assert report.complete and report.filled == 3
    assert report.not_found == report.untranslated == []
    by_source = {m.source: t for m, t in catalogue_entries}
    assert by_source[GREETING] == Translation("Cześć {name}", None)
    assert by_source[MINUTES].forms == ["%n minuta", "%n minuty", "%n minut"]
    assert by_source[MINUTES].kind is None
    assert by_source["Stretch reminder"].text == "Przypomnienie o rozciąganiu"
    # It only fills: the same strings, in the same order, the vanished one untouched.
    assert [m.source for m, _ in catalogue_entries] == [m.source for m, _ in entries()]
    assert by_source["Old text"] == Translation("Stary tekst", "vanished")


def test_what_cannot_be_used_is_reported_and_left_out() -> None:
    catalogue_entries = entries()
    report = importer.fill(
        "pl",
        items(
            {
                "messages": [
                    {"context": "Coach", "source": "Gone", "translation": "Nie ma"},
                    {"context": "Coach", "source": "Old text", "translation": "Nowy"},
                    {"context": "Coach", "source": MINUTES, "translation": "minuty"},
                    {"context": "Exercise", "source": GREETING, "translation": "Cześć {name}"},
                ],
                "plurals": [
                    {"context": "Coach", "source": MINUTES, "forms": ["%n minuta", "%n minuty"]},
                    {"context": "Coach", "source": GREETING, "forms": ["a", "b", "c"]},
                ],
            }
        ),
        catalogue_entries,
    )
    assert not report.complete
    assert report.not_found == [
        "Coach: 'Gone'",
        "Coach: 'Old text'",  # vanished: no longer used
        "Exercise: 'Hello {name}'",  # keyed by context and source
    ]
    assert len(report.not_placed) == 3
    assert "needs its plural forms" in report.not_placed[0]
    assert "2 plural forms; pl has 3" in report.not_placed[1]
    assert "not a counted text" in report.not_placed[2]
    assert all(t.kind is not None for _, t in catalogue_entries)  # nothing filled
    assert len(report.untranslated) == 3


def test_a_translation_that_breaks_a_placeholder_is_held_back() -> None:
    catalogue_entries = entries()
    report = importer.fill(
        "pl",
        items(
            {
                "messages": [
                    {"context": "Coach", "source": GREETING, "translation": "Cześć {imie}"}
                ],
                "plurals": [
                    {
                        "context": "Coach",
                        "source": MINUTES,
                        "forms": ["jedna minuta", "%n minuty", "%n minut"],
                    }
                ],
            }
        ),
        catalogue_entries,
    )
    assert not report.complete and report.filled == 0
    assert any("placeholders" in p for p in report.held_back)
    assert any("%n must appear" in p for p in report.held_back)
    # Kept for the translator to mend, but unfinished: the app never shows it.
    by_source = {m.source: t for m, t in catalogue_entries}
    assert by_source[GREETING] == Translation("Cześć {imie}", "unfinished")
    assert by_source[MINUTES].kind == "unfinished"


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"messages": {}},
        {"messages": [{"context": "Coach", "source": "x"}]},
        {"plurals": [{"context": "Coach", "source": MINUTES, "forms": "%n minut"}]},
        {"strings": []},
    ],
)
def test_a_file_in_another_format_is_refused(data: object) -> None:
    with pytest.raises(importer.UnusableFileError):
        importer.read_items(data)


def test_the_command_refuses_an_unusable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "pl.json"
    bad.write_text(json.dumps({"messages": "none"}), encoding="utf-8")
    before = catalogue.ts_path("pl").read_bytes()
    assert importer.main(["pl", str(bad)]) == 2
    assert "cannot import" in capsys.readouterr().err
    assert catalogue.ts_path("pl").read_bytes() == before
    with pytest.raises(SystemExit):
        importer.main(["en", str(bad)])  # English is the source, not a translation
