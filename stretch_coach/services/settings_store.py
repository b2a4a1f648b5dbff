"""Reading and writing settings.toml without ever losing what the person wrote."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretch_coach.core.settings import (
    SCHEMA_VERSION,
    Problem,
    Settings,
    SettingsWarning,
    settings_to_data,
    validate_settings,
)
from stretch_coach.services.atomic import (
    FileTooLargeError,
    NotRegularFileError,
    atomic_write_bytes,
    copy_aside,
    read_text_file,
)

if TYPE_CHECKING:
    # tomlkit (about 6 MiB) is only needed to write the file, so it is
    # imported when saving, not at start-up.
    from tomlkit.container import OutOfOrderTableProxy
    from tomlkit.items import AbstractTable
    from tomlkit.toml_document import TOMLDocument

log = logging.getLogger(__name__)

# Far larger than any real settings file; anything bigger is not ours.
MAX_SETTINGS_BYTES = 256 * 1024


class NotWritableReason(Enum):
    """Why the settings file is left as it is rather than replaced."""

    UNREADABLE = "it could not be read"  # replacing it would lose what it holds
    NOT_A_FILE = "it is not a regular file"  # a folder, a pipe or a device
    LINK_TARGET_MISSING = "it is a link into a folder that does not exist"


class SettingsNotWritableError(OSError):
    """Saving would replace a settings file the app could not read, or one
    that is not a file at all; it is left as it is."""

    def __init__(self, path: Path, reason: NotWritableReason, detail: str = "") -> None:
        why = f"{reason.value} ({detail})" if detail else reason.value
        super().__init__(f"{path} was not replaced: {why}")
        self.path = path
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: Settings
    warnings: tuple[SettingsWarning, ...] = ()
    broken_copy: Path | None = None  # where an unreadable file was copied to
    exists: bool = False


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


class SettingsStore:
    """The settings file at ``path``; remembers what it read so saving can
    change only what changed and keep everything else — comments, unknown keys,
    a newer version's keys — as the person left it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._document: TOMLDocument | None = None
        self._text: str | None = None  # what was read, parsed for editing when saving
        self._needs_backup = False
        # Set when the file is there but could not be used as a file: saving
        # must then not replace it.
        self._refusal: tuple[NotWritableReason, str] | None = None

    def load(self) -> LoadedSettings:
        result = self._load()
        for warning in result.warnings:
            log.warning("settings %s: %s", self.path, warning)
        return result

    def _load(self) -> LoadedSettings:
        self._document = None
        self._text = None
        self._needs_backup = False
        self._refusal = None
        problem: str | None = None
        kind = Problem.FILE_NOT_TOML
        raw: dict[str, Any] = {}
        try:
            # Only a regular file is read: through a link, a pipe would block
            # for ever and /dev/zero would never end.
            text = read_text_file(self.path, MAX_SETTINGS_BYTES)
            raw = tomllib.loads(text)
            self._text = text
        except FileNotFoundError:
            return LoadedSettings(Settings())
        except (IsADirectoryError, NotRegularFileError):
            self._refusal = (NotWritableReason.NOT_A_FILE, "")
            detail = "not a regular file (a folder, a pipe or a device)"
            warning = SettingsWarning("file", Problem.FILE_NOT_A_FILE, detail=detail)
            return LoadedSettings(Settings(), (warning,), None, True)
        except FileTooLargeError as exc:
            kind = Problem.FILE_TOO_LARGE
            problem = f"it is {exc.size} bytes, far too large for a settings file"
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as exc:
            problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        except RecursionError:
            # Python's TOML reader recurses once per nesting level.
            problem = "it is nested far too deeply"
        except OSError as exc:
            self._refusal = (NotWritableReason.UNREADABLE, exc.strerror or str(exc))
            warning = SettingsWarning("file", Problem.FILE_UNREADABLE, detail=str(exc))
            return LoadedSettings(Settings(), (warning,), None, True)
        if problem is not None:
            self._document = None
            copy = copy_aside(self.path, "broken", _stamp())
            # Saving later replaces the broken file; its bytes stay in the copy.
            detail = f"not valid TOML ({problem}); a copy was kept at {copy}"
            warning = SettingsWarning("file", kind, detail=detail)
            return LoadedSettings(Settings(), (warning,), copy, True)
        validated = validate_settings(raw)
        # A file from a newer version, or one with values we had to reset,
        # gets a backup before our first write replaces it.
        self._needs_backup = validated.schema_version > SCHEMA_VERSION or bool(validated.warnings)
        return LoadedSettings(validated.settings, validated.warnings, None, True)

    def _editable_document(self) -> TOMLDocument:
        import tomlkit

        if self._document is None:
            self._document = tomlkit.document()
            if self._text is not None:
                try:
                    self._document = tomlkit.parse(self._text)
                except Exception as exc:  # tomlkit is stricter than tomllib in places
                    log.warning("cannot keep the layout of %s: %s", self.path, exc)
                    self._document.update(tomllib.loads(self._text))
        return self._document

    def save(self, settings: Settings) -> Path | None:
        """Write settings atomically; returns the path of a backup if one was made.

        Raises SettingsNotWritableError, leaving the file as it is, if it could
        not be read or is not a regular file.
        """
        self._check_may_replace()
        backup = None
        if self._needs_backup and self.path.exists():
            backup = copy_aside(self.path, "backup", _stamp())
            log.info("kept a backup of %s at %s before saving", self.path, backup)
            self._needs_backup = False
        target = self._write_target()
        text = self._render(settings)
        atomic_write_bytes(target, text.encode("utf-8"))
        return backup

    def save_as(self, path: Path, settings: Settings) -> None:
        """Write settings to another file, for when this one cannot be replaced.

        The store goes on reading and writing its own path.
        """
        atomic_write_bytes(path, self._render(settings).encode("utf-8"))

    def _check_may_replace(self) -> None:
        """Refuse to replace a file the last load could not use: what it holds
        would be lost. It is looked at again first, since the person may have
        mended it (say, its permissions) in the meantime."""
        if self._refusal is None:
            return
        loaded = self._load()
        self._raise_if_refused()
        # Readable now, but nobody has seen its values: keep them in a backup
        # (a broken one was just copied aside already).
        self._needs_backup = loaded.broken_copy is None
        log.info("%s can be read again", self.path)

    def _write_target(self) -> Path:
        """Where saving writes: the file itself, or the file at the end of a
        link (as a dotfiles manager makes), so the link stays a link and the
        real file is the one that changes.

        Resolved once, so the temporary file goes next to the real one and
        the rename never crosses folders.
        """
        if not self.path.is_symlink():
            return self.path
        target = Path(os.path.realpath(self.path))
        if not target.parent.is_dir():
            # Say so rather than create folders wherever a link points.
            raise SettingsNotWritableError(
                self.path, NotWritableReason.LINK_TARGET_MISSING, str(target)
            )
        if target.exists() and not target.is_file():
            raise SettingsNotWritableError(self.path, NotWritableReason.NOT_A_FILE)
        return target

    def _raise_if_refused(self) -> None:
        if self._refusal is not None:
            reason, detail = self._refusal
            raise SettingsNotWritableError(self.path, reason, detail)

    def _render(self, settings: Settings) -> str:
        """The file's new text: the settings merged into what was read."""
        data = settings_to_data(settings)
        import tomlkit

        document = self._editable_document()
        expected = _merged_plain(document.unwrap(), data)
        try:
            _merge(document, data)
            text = tomlkit.dumps(document)
            edited_in_place = _reads_back_as(text, expected)
        except Exception as exc:  # tomlkit raises many kinds on odd layouts
            log.info("cannot edit %s in place: %s", self.path, exc)
            edited_in_place = False
        if not edited_in_place:
            # Some hand-written layouts (dotted keys mixed with tables) confuse
            # tomlkit's in-place editing; write the same content plainly instead,
            # keeping every key though not the comments.
            log.warning("rewrote %s in a plain layout to keep every key", self.path)
            document = tomlkit.document()
            document.update(expected)
            text = tomlkit.dumps(document)
        self._document = document
        return text


def _merged_plain(before: Mapping[str, Any], data: Mapping[str, Any],
                  path: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    """What the saved file must hold: the old content with the app's values set."""
    merged: dict[str, Any] = dict(before)
    for key, value in data.items():
        if key == "schema_version" and not path:
            old = before.get(key)
            if isinstance(old, int) and not isinstance(old, bool) and old >= value:
                continue
        if isinstance(value, Mapping):
            old_table = before.get(key)
            merged[key] = _merged_plain(
                old_table if isinstance(old_table, Mapping) else {}, value, (*path, key)
            )
        else:
            merged[key] = value
    for owned in _OWNED_TABLES:
        if owned[: len(path)] == path and len(owned) == len(path) + 1:
            name = owned[-1]
            if name in data:
                merged[name] = dict(data[name])
            else:
                merged.pop(name, None)
    return merged


def _reads_back_as(text: str, expected: Mapping[str, Any]) -> bool:
    try:
        return tomllib.loads(text) == expected
    except (tomllib.TOMLDecodeError, RecursionError):
        return False


# Tables whose keys are all the app's to manage: a key the person removed in
# the app must disappear from the file too.
_OWNED_TABLES = {("bedtime", "weekdays")}


def _merge(
    target: TOMLDocument | AbstractTable | OutOfOrderTableProxy,
    data: Mapping[str, Any],
    path: tuple[str, ...] = (),
) -> None:
    """Set each value that differs; untouched keys keep their comments and layout."""
    import tomlkit
    from tomlkit.container import OutOfOrderTableProxy
    from tomlkit.items import AbstractTable, InlineTable, Item

    # A table written in parts or with dotted keys comes back from tomlkit as
    # an OutOfOrderTableProxy, which is not an AbstractTable but edits like one.
    tables = (AbstractTable, OutOfOrderTableProxy)
    for key, value in data.items():
        if key == "schema_version" and not path:
            existing = target.get(key)
            # Never lower a newer file's version: its other keys are still there.
            if isinstance(existing, int) and not isinstance(existing, bool) and existing >= value:
                continue
        if isinstance(value, Mapping):
            current = target.get(key)
            if not isinstance(current, tables):
                # Inside an inline table a new table must be inline too.
                current = (
                    tomlkit.inline_table() if isinstance(target, InlineTable) else tomlkit.table()
                )
                target[key] = current
            _merge(current, value, (*path, key))
            continue
        current_value = target.get(key)
        plain = current_value.unwrap() if isinstance(current_value, Item) else current_value
        if plain != value or type(plain) is not type(value):
            target[key] = value
    for owned in _OWNED_TABLES:
        if owned[: len(path)] == path and len(owned) == len(path) + 1:
            name = owned[-1]
            table = target.get(name)
            if isinstance(table, tables):
                for stale in [k for k in table if k not in data.get(name, {})]:
                    del table[stale]
                if not table:
                    del target[name]
            elif name in target and name not in data:
                del target[name]  # a value where the table belongs, already warned about
