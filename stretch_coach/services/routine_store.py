"""The person's own routines: one hand-editable TOML file each in the routines folder.

Every file goes through the same validating parser as the built-in routines.
A file that cannot be used is skipped with a plain-words problem, so one bad
or hostile file never hides the others and never stops the app from starting.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import textwrap
import tomllib
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from stretch_coach.core.exercises import Catalogue, load_catalogue
from stretch_coach.core.routines import (
    LIMITS,
    MAX_ID_LENGTH,
    MAX_NAME_LENGTH,
    Routine,
    RoutineError,
    RoutineFailure,
    builtin_routines,
    parse_routine,
    routine_to_toml_data,
)
from stretch_coach.services.atomic import (
    FileTooLargeError,
    NotRegularFileError,
    atomic_write_bytes,
    read_text_file,
)
from stretch_coach.services.paths import AppPaths

log = logging.getLogger(__name__)

# A routine of 30 exercises with a long description is about 3 KiB; anything
# far past that is not a routine, and reading it whole could eat memory.
MAX_ROUTINE_FILE_BYTES = 64 * 1024
ROUTINE_SUFFIX = ".toml"
# Used when a name has nothing that can go into an id (e.g. only punctuation).
FALLBACK_ID = "routine"
# Exports are meant to be shared; the store's own files stay private like the
# settings file.
EXPORT_FILE_MODE = 0o644


class RoutineFault(StrEnum):
    """Why a file in the routines folder was not used."""

    FOLDER_UNREADABLE = "folder-unreadable"
    FILE_UNUSABLE = "file-unusable"  # cannot be read, or not a valid routine
    ID_OF_BUILTIN = "id-of-builtin"
    ID_TAKEN = "id-taken"  # another file has the same id


@dataclass(frozen=True)
class RoutineProblem:
    """One file in the routines folder that could not be used: a fact for the
    front ends to word; ``detail`` is the technical reason, ``other`` the file
    it clashes with (for ID_TAKEN)."""

    path: Path
    fault: RoutineFault
    detail: str = ""
    other: str = ""

    def __str__(self) -> str:
        # For logs and the command line's stderr.
        if self.fault is RoutineFault.FOLDER_UNREADABLE:
            return self.detail
        return f"{self.path.name} was skipped: {self.detail}"


@dataclass(frozen=True)
class LoadedRoutines:
    routines: list[Routine]  # built-ins first, then the person's own, sorted by name
    user_ids: frozenset[str]  # ids of the routines that live in files (editable)
    problems: list[RoutineProblem]


class RoutineIdTakenError(RoutineError):
    """The id is used by a built-in or another routine; ``suggested_id`` is free."""

    def __init__(self, message: str, routine_id: str, suggested_id: str) -> None:
        super().__init__(message, RoutineFailure.ID_TAKEN)
        self.routine_id = routine_id
        self.suggested_id = suggested_id


@dataclass(frozen=True, slots=True)
class _Scan:
    by_id: dict[str, tuple[Path, Routine]]
    problems: list[RoutineProblem]
    # Lower-cased stems of every routine file, usable or not: an id must not
    # reuse one, or saving would overwrite a file the person may be mending.
    taken_stems: frozenset[str]


def slugify(text: str) -> str:
    """A routine id made from free text: "Café évening!" -> "cafe-evening"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:MAX_ID_LENGTH].rstrip("-") or FALLBACK_ID


def routine_file_text(routine: Routine) -> str:
    """The routine as a commented TOML file in the documented shape."""
    catalogue = load_catalogue()
    import tomlkit  # only when writing: it is heavy to load at start-up

    document = tomlkit.document()
    for line in _header_lines(catalogue):
        document.add(tomlkit.comment(line))
    document.add(tomlkit.nl())
    data = routine_to_toml_data(routine)
    entries = tomlkit.aot()
    for key, value in data.items():
        if key != "exercises":
            document.add(key, value)
    for entry in data["exercises"]:
        table = tomlkit.table()
        for key, value in entry.items():
            table.add(key, value)
        entries.append(table)
    document.add("exercises", entries)
    return tomlkit.dumps(document)


def _header_lines(catalogue: Catalogue) -> list[str]:
    def span(key: str) -> str:
        low, high = LIMITS[key]
        return f"{low}-{high}"

    return [
        "A Stretch Coach routine. You may edit it by hand; if something is wrong,",
        "the app skips it and says why.",
        'Each [[exercises]] entry: id, sides = "left" | "right" | "both" (one-leg moves),',
        f"hold_seconds {span('hold_seconds')} (held stretches) or reps {span('reps')}, "
        f"sets {span('sets')}, rest_seconds {span('rest_seconds')}.",
        *textwrap.wrap(f"Exercise ids: {', '.join(catalogue)}.", width=78, break_on_hyphens=False),
    ]


class RoutineStore:
    """The routine files in ``folder`` (normally ``AppPaths.routines_dir``).

    The store keeps no state between calls: every operation looks at the
    folder afresh, so hand edits made while the app runs are respected.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._catalogue = load_catalogue()
        self._builtin_ids = frozenset(r.id for r in builtin_routines())

    # -- reading ---------------------------------------------------------------

    def load(self) -> LoadedRoutines:
        """Built-ins and every usable routine file; never raises for a bad file."""
        scan = self._scan()
        for problem in scan.problems:
            log.warning("routines: %s", problem)
        own = sorted(
            (routine for _, routine in scan.by_id.values()),
            key=lambda r: (r.name.casefold(), r.name, r.id),
        )
        return LoadedRoutines(
            routines=[*builtin_routines(), *own],
            user_ids=frozenset(scan.by_id),
            problems=scan.problems,
        )

    def _scan(self) -> _Scan:
        found: list[tuple[Path, Routine]] = []
        problems: list[RoutineProblem] = []
        stems: set[str] = set()
        try:
            if not self.folder.exists():
                return _Scan({}, [], frozenset())
            real_folder = self.folder.resolve(strict=True)
            names = sorted(entry.name for entry in self.folder.iterdir())
        except (OSError, RuntimeError) as exc:
            problems.append(
                RoutineProblem(
                    self.folder,
                    RoutineFault.FOLDER_UNREADABLE,
                    f"the routines folder {self.folder} cannot be read: {_why(exc)}",
                )
            )
            return _Scan({}, problems, frozenset())

        for name in names:
            # Dot files are hidden helpers (editor swap files, macOS "._" copies,
            # our own temporary files), never routines the person made.
            if not name.endswith(ROUTINE_SUFFIX) or name.startswith("."):
                continue
            path = self.folder / name
            stems.add(path.stem.casefold())
            try:
                raw = _read_toml(path, inside=real_folder)
                routine = parse_routine(raw, default_id=path.stem)
            except RoutineError as exc:
                problems.append(RoutineProblem(path, RoutineFault.FILE_UNUSABLE, str(exc)))
                continue
            found.append((path, routine))

        by_id: dict[str, tuple[Path, Routine]] = {}
        # A file named after its id keeps that id; other files claiming it
        # (say, a copy the person has not yet renamed) are reported instead.
        found.sort(key=lambda pair: (pair[0].stem != pair[1].id, pair[0].name))
        for path, routine in found:
            if routine.id in self._builtin_ids:
                problem = RoutineProblem(
                    path,
                    RoutineFault.ID_OF_BUILTIN,
                    f"its id {routine.id!r} belongs to a built-in routine; give it another id",
                )
            elif routine.id in by_id:
                other = by_id[routine.id][0].name
                problem = RoutineProblem(
                    path,
                    RoutineFault.ID_TAKEN,
                    f"its id {routine.id!r} is already used by {other}; "
                    "give one of them another id",
                    other,
                )
            else:
                by_id[routine.id] = (path, routine)
                continue
            problems.append(problem)
        problems.sort(key=lambda p: p.path.name)
        return _Scan(by_id, problems, frozenset(stems))

    # -- writing ---------------------------------------------------------------

    def save(self, routine: Routine, *, replace: bool = False) -> Path:
        """Write the routine to its file atomically and return the file's path.

        Raises RoutineIdTakenError for a built-in's id, or for an id already in use
        unless ``replace``; RoutineError if the routine is not valid.
        """
        checked, text = self._checked(routine)
        scan = self._scan()
        ident = checked.id
        if ident in self._builtin_ids:
            raise RoutineIdTakenError(
                f"{ident!r} is a built-in routine and cannot be changed; save a copy instead",
                ident,
                self._unique_id(ident, scan),
            )
        existing = scan.by_id.get(ident)
        default_target = self.folder / f"{ident}{ROUTINE_SUFFIX}"
        # Edit a routine where it lives, even in a file named differently, so
        # saving never leaves two files claiming one id.
        target = existing[0] if existing else default_target
        if not replace and (existing or ident.casefold() in scan.taken_stems):
            raise RoutineIdTakenError(
                f"a routine with the id {ident!r} already exists ({target.name})",
                ident,
                self._unique_id(ident, scan),
            )
        holder = next((r for p, r in scan.by_id.values() if p == target and r.id != ident), None)
        if holder is not None:
            # <id>.toml can hold a routine with another id; replacing ours
            # must not silently destroy that one.
            raise RoutineIdTakenError(
                f"{target.name} holds the routine {holder.id!r}; cannot save {ident!r} there",
                ident,
                self._unique_id(ident, scan),
            )
        atomic_write_bytes(target, text.encode("utf-8"))
        return target

    def delete(self, routine_id: str) -> bool:
        """Remove the file of one of the person's routines; False if there is none."""
        if routine_id in self._builtin_ids:
            raise RoutineError(
                f"{routine_id!r} is a built-in routine and cannot be deleted",
                RoutineFailure.BUILTIN,
            )
        # Only a path found by scanning the folder is ever removed, never one
        # built from the argument, so an id like "../x" cannot reach outside.
        entry = self._scan().by_id.get(routine_id)
        if entry is None:
            return False
        try:
            # On a link inside the folder this removes the link, not its target.
            entry[0].unlink()
        except FileNotFoundError:
            return False
        return True

    def import_file(self, source: Path, *, new_id: str | None = None) -> Routine:
        """Validate a routine file from anywhere and add it to the folder.

        Raises RoutineError naming the file if it cannot be used, and
        RoutineIdTakenError (with a free ``suggested_id``) if its id is in use.
        """
        try:
            # Symbolic links are fine here: the person picked this file.
            raw = dict(_read_toml(source, inside=None))
            if new_id is not None:
                raw["id"] = new_id
            routine = parse_routine(raw, default_id=slugify(source.stem))
        except RoutineError as exc:
            raise RoutineError(
                f"{source.name} cannot be imported: {exc}",
                exc.failure,
                minutes=exc.minutes,
                file=source.name,
            ) from None
        scan = self._scan()
        ident = routine.id
        if ident in self._builtin_ids or ident in scan.by_id or ident in scan.taken_stems:
            whose = "a built-in routine" if ident in self._builtin_ids else "another routine"
            suggestion = self._unique_id(ident, scan)
            raise RoutineIdTakenError(
                f"{source.name} cannot be imported: its id {ident!r} is already used by "
                f"{whose}; import it under another id, such as {suggestion!r}",
                ident,
                suggestion,
            )
        self.save(routine)
        return routine

    def export(self, routine: Routine, target: Path) -> None:
        """Write any routine, built-ins too, as a routine file at ``target``."""
        _, text = self._checked(routine)
        atomic_write_bytes(target, text.encode("utf-8"), mode=EXPORT_FILE_MODE)

    # -- ids and copies ----------------------------------------------------------

    def unique_id(self, base: str) -> str:
        """An id from ``base`` used by no built-in and no file: base, base-2, ..."""
        return self._unique_id(base, self._scan())

    def _unique_id(self, base: str, scan: _Scan) -> str:
        stem = slugify(base)

        def free(ident: str) -> bool:
            return not (
                ident in self._builtin_ids
                or ident in scan.by_id
                or ident.casefold() in scan.taken_stems
            )

        if free(stem):
            return stem
        counter = 2
        while True:
            suffix = f"-{counter}"
            candidate = stem[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
            if free(candidate):
                return candidate
            counter += 1

    def duplicate(self, routine: Routine, name: str | None = None) -> Routine:
        """An unsaved copy of any routine, with a free id made from its name."""
        if name is None:
            suffix = " (copy)"
            name = routine.name[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
        name = name.strip()
        if not name or len(name) > MAX_NAME_LENGTH:
            raise RoutineError(f"name must be text of 1 to {MAX_NAME_LENGTH} characters")
        return dataclasses.replace(routine, id=self.unique_id(name), name=name, builtin=False)

    # -- helpers -----------------------------------------------------------------

    def _checked(self, routine: Routine) -> tuple[Routine, str]:
        """The routine as it will read back from its file, and that file's text.

        Raises RoutineError if the routine breaks a rule, or if some of it
        would not survive the trip through the file.
        """
        for index, item in enumerate(routine.items, 1):
            if item.exercise not in self._catalogue:
                raise RoutineError(f"exercise {index}: unknown exercise {item.exercise!r}")
        data = routine_to_toml_data(routine)
        checked = parse_routine(data)
        # The parser trims names; anything else that changes was lost on the way.
        expected = dataclasses.replace(
            routine, name=routine.name.strip(), description=routine.description.strip()
        )
        if checked != expected:
            for index, (ours, theirs) in enumerate(
                zip(routine.items, checked.items, strict=True), 1
            ):
                if ours != theirs:
                    raise RoutineError(
                        f"exercise {index} ({ours.exercise}) cannot be saved as it is: "
                        "sides can only be set for moves done one leg at a time"
                    )
            raise RoutineError(
                f"routine {routine.id!r} cannot be saved as it is", RoutineFailure.NOT_SAVED
            )
        text = routine_file_text(checked)
        if parse_routine(tomllib.loads(text)) != checked:
            raise RoutineError(
                f"routine {routine.id!r} does not read back as it was written",
                RoutineFailure.NOT_SAVED,
            )
        return checked, text


def all_routines(paths: AppPaths) -> LoadedRoutines:
    """Built-in routines and the person's own, from the usual folder."""
    return RoutineStore(paths.routines_dir).load()


def _read_toml(path: Path, *, inside: Path | None) -> dict[str, Any]:
    """The TOML table in ``path``; RoutineError with a plain reason otherwise.

    With ``inside`` set, a symbolic link must lead to a file in that folder.
    """
    try:
        if path.is_symlink():
            real = path.resolve(strict=True)
            # A link out of the folder would let whoever can drop a file there
            # (a sync tool, a shared drive, an unpacked archive) make the app
            # read and quote any file the person can read.
            if inside is not None and not real.is_relative_to(inside):
                raise RoutineError(
                    "it is a link to a file outside the routines folder, which is not followed",
                    RoutineFailure.UNREADABLE,
                )
        # A pipe or device would block the read or never end.
        text = read_text_file(path, MAX_ROUTINE_FILE_BYTES)
    except FileNotFoundError:
        raise RoutineError(
            "the file (or the file a link leads to) does not exist", RoutineFailure.UNREADABLE
        ) from None
    except IsADirectoryError:
        raise _unreadable("it is a folder, not a file") from None
    except NotRegularFileError:
        raise _unreadable("it is not a regular file") from None
    except FileTooLargeError:
        raise _unreadable(_too_big()) from None
    except UnicodeDecodeError:
        raise RoutineError(
            "it is not a text file (it is not UTF-8)", RoutineFailure.UNREADABLE
        ) from None
    except (OSError, RuntimeError) as exc:
        # RuntimeError: Python 3.11 reports a loop of links this way.
        raise RoutineError(f"it cannot be read ({_why(exc)})", RoutineFailure.UNREADABLE) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _unreadable(f"it is not valid TOML ({exc})") from None
    except RecursionError:
        # The standard parser recurses per nested array; a file of "[[[[..."
        # would otherwise escape as a crash.
        raise RoutineError(
            "it is not valid TOML (it is nested far too deeply)", RoutineFailure.UNREADABLE
        ) from None


def _unreadable(reason: str) -> RoutineError:
    return RoutineError(reason, RoutineFailure.UNREADABLE)


def _too_big() -> str:
    return f"it is larger than {MAX_ROUTINE_FILE_BYTES // 1024} KiB, far more than a routine needs"


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
