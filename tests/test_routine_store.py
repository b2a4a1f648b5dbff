from __future__ import annotations

import dataclasses
import os
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretch_coach.core.exercises import ExerciseKind, load_catalogue
from stretch_coach.core.routines import (
    BOTH_LEGS,
    LEG_CHOICES,
    LIMITS,
    MAX_ID_LENGTH,
    MAX_NAME_LENGTH,
    Routine,
    RoutineError,
    RoutineItem,
    Side,
    builtin_routines,
    find_routine,
)
from stretch_coach.services.paths import AppPaths
from stretch_coach.services.routine_store import (
    MAX_ROUTINE_FILE_BYTES,
    LoadedRoutines,
    RoutineFault,
    RoutineIdTakenError,
    RoutineStore,
    all_routines,
    routine_file_text,
    slugify,
)
from tests.routine_lengths import within_length_cap

BUILTIN_IDS = [r.id for r in builtin_routines()]

# The example from the README, exactly as a person would type it.
HAND_WRITTEN = """\
id = "my-evening"            # kebab-case [a-z0-9-]; defaults to the file name
name = "My evening"
[[exercises]]
id = "calf-stretch"          # an exercise id from the catalogue
sides = "both"               # left | right | both (for per-side moves)
hold_seconds = 20            # for hold moves
sets = 2
rest_seconds = 10
[[exercises]]
id = "toe-curl"
reps = 10                    # for rep moves
sets = 1
"""


def routine_text(ident: str | None, name: str = "Mine", exercise: str = "toe-curl") -> str:
    head = f'id = "{ident}"\n' if ident is not None else ""
    return f'{head}name = "{name}"\n[[exercises]]\nid = "{exercise}"\n'


def my_routine(ident: str = "my-evening", name: str = "My evening") -> Routine:
    return Routine(
        id=ident,
        name=name,
        items=(
            RoutineItem("calf-stretch", amount=20, sets=2, rest_seconds=10, sides=(Side.LEFT,)),
            RoutineItem("toe-curl", amount=10),
        ),
        description="Slow and easy.",
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "routines"


@pytest.fixture
def store(folder: Path) -> RoutineStore:
    return RoutineStore(folder)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def user_routines(loaded: LoadedRoutines) -> list[Routine]:
    return [r for r in loaded.routines if r.id in loaded.user_ids]


def only_toml_files(folder: Path) -> list[str]:
    names = sorted(p.name for p in folder.iterdir())
    assert all(name.endswith(".toml") and not name.startswith(".") for name in names), names
    return names


# -- loading -------------------------------------------------------------------


def test_missing_folder_means_only_builtins_and_is_not_created(
    store: RoutineStore, folder: Path
) -> None:
    loaded = store.load()
    assert [r.id for r in loaded.routines] == BUILTIN_IDS
    assert loaded.user_ids == frozenset() and loaded.problems == []
    assert not folder.exists()


def test_hand_written_file_loads_with_file_name_as_default_id(
    store: RoutineStore, folder: Path
) -> None:
    write(folder, "my-evening.toml", HAND_WRITTEN)
    write(folder, "no-id.toml", routine_text(None, "Zzz last"))
    loaded = store.load()
    assert loaded.problems == []
    assert loaded.user_ids == {"my-evening", "no-id"}
    mine = find_routine(loaded.routines, "my-evening")
    assert mine is not None and not mine.builtin
    assert mine.items == (
        RoutineItem("calf-stretch", 20, 2, 10, BOTH_LEGS),
        RoutineItem("toe-curl", 10, 1, 10, BOTH_LEGS),
    )


def test_builtins_come_first_then_user_routines_by_name(store: RoutineStore, folder: Path) -> None:
    write(folder, "b.toml", routine_text("b", "banana"))
    write(folder, "a.toml", routine_text("a", "Cherry"))
    write(folder, "c.toml", routine_text("c", "apple"))
    ids = [r.id for r in store.load().routines]
    assert ids == [*BUILTIN_IDS, "c", "b", "a"]


def test_all_routines_reads_the_usual_folder(app_paths: AppPaths) -> None:
    RoutineStore(app_paths.routines_dir).save(my_routine())
    loaded = all_routines(app_paths)
    assert loaded.user_ids == {"my-evening"}
    assert (app_paths.routines_dir / "my-evening.toml").is_file()


HOSTILE: list[tuple[str, str | bytes, str]] = [
    ("bad-toml.toml", 'name = "unterminated\n', "is not valid TOML"),
    ("binary.toml", bytes(range(256)) * 4, "not a text file"),
    ("nul.toml", b'name = "a\x00b"\n', "is not valid TOML"),
    ("latin1.toml", 'name = "caf\xe9"\n'.encode("latin-1"), "not UTF-8"),
    ("empty.toml", "", "at least one [[exercises]]"),
    ("unknown-move.toml", routine_text("unknown-move", exercise="backflip"), "'backflip'"),
    (
        "negative.toml",
        routine_text("negative", exercise="calf-stretch") + "hold_seconds = -20\n",
        "hold_seconds must be from 1 to 120, not -20",
    ),
    (
        "huge.toml",
        routine_text("huge") + "reps = 99999999999999\n",
        "reps must be from 1 to 50",
    ),
    (
        "too-big.toml",
        routine_text("too-big") + "# " + "x" * MAX_ROUTINE_FILE_BYTES + "\n",
        "larger than 64 KiB",
    ),
    ("deep.toml", "a = " + "[" * 60_000, "nested far too deeply"),
    ("shouty.toml", routine_text("My Routine"), "id 'My Routine' is not valid"),
    ("escape.toml", routine_text("../x"), "id '../x' is not valid"),
    ("absolute.toml", routine_text("/etc/passwd"), "is not valid"),
    ("Not Kebab.toml", routine_text(None), "id 'Not Kebab' is not valid"),
    ("number-id.toml", 'id = 7\nname = "n"\n[[exercises]]\nid = "toe-curl"\n', "id 7"),
    ("mine.toml", routine_text("bedtime"), "belongs to a built-in routine"),
    ("quick.toml", routine_text(None), "belongs to a built-in routine"),
]


@pytest.mark.parametrize(("name", "content", "reason"), HOSTILE, ids=[case[0] for case in HOSTILE])
def test_a_hostile_file_is_reported_and_skipped_while_good_ones_load(
    store: RoutineStore, folder: Path, name: str, content: str | bytes, reason: str
) -> None:
    write(folder, "aaa-good.toml", routine_text("aaa-good"))
    bad = write(folder, name, content)
    write(folder, "zzz-good.toml", routine_text("zzz-good"))
    loaded = store.load()
    assert loaded.user_ids == {"aaa-good", "zzz-good"}
    assert [r.id for r in loaded.routines] == [*BUILTIN_IDS, "aaa-good", "zzz-good"]
    assert len(loaded.problems) == 1
    problem = loaded.problems[0]
    assert problem.path == bad
    assert problem.fault in (RoutineFault.FILE_UNUSABLE, RoutineFault.ID_OF_BUILTIN)
    assert str(problem).startswith(f"{name} was skipped: ")
    assert reason in str(problem)
    assert bad.exists()  # reported, never removed or rewritten


def test_every_hostile_file_at_once_still_leaves_the_good_ones(
    store: RoutineStore, folder: Path
) -> None:
    for name, content, _ in HOSTILE:
        write(folder, name, content)
    write(folder, "good.toml", routine_text("good"))
    loaded = store.load()
    assert loaded.user_ids == {"good"}
    assert sorted(p.path.name for p in loaded.problems) == sorted(c[0] for c in HOSTILE)


def test_two_files_with_one_id_keep_the_file_named_after_it(
    store: RoutineStore, folder: Path
) -> None:
    write(folder, "a-copy.toml", routine_text("shared", "Copy"))
    write(folder, "shared.toml", routine_text("shared", "Original"))
    write(folder, "x.toml", routine_text("other", "First"))
    write(folder, "y.toml", routine_text("other", "Second"))
    loaded = store.load()
    assert loaded.user_ids == {"shared", "other"}
    names = {r.id: r.name for r in user_routines(loaded)}
    assert names == {"shared": "Original", "other": "First"}
    messages = {p.path.name: str(p) for p in loaded.problems}
    assert set(messages) == {"a-copy.toml", "y.toml"}
    assert "'shared' is already used by shared.toml" in messages["a-copy.toml"]
    assert "'other' is already used by x.toml" in messages["y.toml"]


def test_other_files_are_ignored(store: RoutineStore, folder: Path) -> None:
    write(folder, "notes.txt", "not a routine")
    write(folder, "old.toml~", "backup")
    write(folder, "old.toml.bak", "backup")
    write(folder, ".hidden.toml", "\x00")
    write(folder, "._mac.toml", b"\x00\x05\x16\x07")
    write(folder, "README", "")
    (folder / "sub").mkdir()
    write(folder / "sub", "nested.toml", routine_text("nested"))
    loaded = store.load()
    assert loaded.user_ids == frozenset() and loaded.problems == []


def test_a_folder_named_like_a_routine_is_reported(store: RoutineStore, folder: Path) -> None:
    (folder / "odd.toml").mkdir(parents=True)
    (problem,) = store.load().problems
    assert "odd.toml was skipped: it is a folder" in str(problem)


def test_a_routines_path_that_is_a_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "routines"
    path.write_text("oops", encoding="utf-8")
    loaded = RoutineStore(path).load()
    assert [r.id for r in loaded.routines] == BUILTIN_IDS
    (problem,) = loaded.problems
    assert problem.path == path
    assert problem.fault is RoutineFault.FOLDER_UNREADABLE
    assert f"the routines folder {path} cannot be read" in str(problem)


def make_symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError as exc:  # e.g. Windows without developer mode
        pytest.skip(f"cannot create symbolic links here: {exc}")


def test_links_out_of_the_folder_are_refused(
    store: RoutineStore, folder: Path, tmp_path: Path
) -> None:
    outside = write(tmp_path / "elsewhere", "secret.toml", routine_text("secret"))
    write(folder, "real.toml", routine_text("real"))
    make_symlink(folder / "secret.toml", outside)
    make_symlink(folder / "escape.toml", Path("..") / "elsewhere" / "secret.toml")
    make_symlink(folder / "inside.toml", Path("real.toml"))
    make_symlink(folder / "dangling.toml", folder / "gone.toml")
    loaded = store.load()
    # A link to a file in the folder is fine; it has its own default id.
    assert loaded.user_ids == {"real"}
    messages = {p.path.name: str(p) for p in loaded.problems}
    assert set(messages) == {"secret.toml", "escape.toml", "inside.toml", "dangling.toml"}
    assert "outside the routines folder" in messages["secret.toml"]
    assert "outside the routines folder" in messages["escape.toml"]
    assert "already used by real.toml" in messages["inside.toml"]
    assert "does not exist" in messages["dangling.toml"]


def test_a_loop_of_links_is_reported(store: RoutineStore, folder: Path) -> None:
    folder.mkdir()
    make_symlink(folder / "a.toml", folder / "b.toml")
    make_symlink(folder / "b.toml", folder / "a.toml")
    loaded = store.load()
    assert sorted(p.path.name for p in loaded.problems) == ["a.toml", "b.toml"]


def test_a_folder_reached_through_a_link_is_fine(tmp_path: Path) -> None:
    real = tmp_path / "synced"
    write(real, "one.toml", routine_text("one"))
    make_symlink(real / "two.toml", real / "one.toml")
    link = tmp_path / "routines"
    make_symlink(link, real)
    loaded = RoutineStore(link).load()
    assert "one" in loaded.user_ids
    assert all("outside" not in str(p) for p in loaded.problems)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(store: RoutineStore, folder: Path) -> None:
    folder.mkdir()
    os.mkfifo(folder / "pipe.toml")
    (problem,) = store.load().problems
    assert "not a regular file" in str(problem)


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that bind"
)
def test_an_unreadable_file_is_reported(store: RoutineStore, folder: Path) -> None:
    path = write(folder, "locked.toml", routine_text("locked"))
    path.chmod(0)
    try:
        (problem,) = store.load().problems
    finally:
        path.chmod(0o600)
    assert "cannot be read (permission denied)" in str(problem)


# -- saving and deleting ---------------------------------------------------------


def test_save_then_load_round_trips_and_writes_commented_toml(
    store: RoutineStore, folder: Path
) -> None:
    routine = my_routine()
    path = store.save(routine)
    assert path == folder / "my-evening.toml"
    text = path.read_text("utf-8")
    assert text.startswith("# A Stretch Coach routine.")
    assert 'sides = "left"' in text and "hold_seconds = 20" in text
    raw = tomllib.loads(text)
    assert raw["id"] == "my-evening" and len(raw["exercises"]) == 2
    loaded = store.load()
    assert loaded.problems == []
    assert user_routines(loaded) == [routine]
    assert only_toml_files(folder) == ["my-evening.toml"]


def test_builtins_cannot_be_saved_over_or_deleted(store: RoutineStore, folder: Path) -> None:
    for builtin in builtin_routines():
        for replace in (False, True):
            with pytest.raises(RoutineIdTakenError, match="built-in routine") as info:
                store.save(builtin, replace=replace)
            assert info.value.suggested_id == f"{builtin.id}-2"
        renamed = dataclasses.replace(builtin, name="Mine now", builtin=False)
        with pytest.raises(RoutineError, match="built-in"):
            store.save(renamed, replace=True)
        with pytest.raises(RoutineError, match="cannot be deleted"):
            store.delete(builtin.id)
    assert not folder.exists()
    assert [r.id for r in store.load().routines] == BUILTIN_IDS


def test_save_refuses_an_existing_routine_unless_replacing(store: RoutineStore) -> None:
    store.save(my_routine())
    with pytest.raises(RoutineIdTakenError, match="already exists") as info:
        store.save(my_routine(name="Other"))
    assert info.value.routine_id == "my-evening"
    assert info.value.suggested_id == "my-evening-2"
    store.save(my_routine(name="Other"), replace=True)
    (mine,) = user_routines(store.load())
    assert mine.name == "Other"


def test_save_will_not_overwrite_a_broken_file_unless_replacing(
    store: RoutineStore, folder: Path
) -> None:
    broken = write(folder, "my-evening.toml", "half = [written")
    with pytest.raises(RoutineIdTakenError):
        store.save(my_routine())
    assert broken.read_text("utf-8") == "half = [written"
    store.save(my_routine(), replace=True)
    assert store.load().problems == []


def test_replacing_edits_the_file_that_holds_the_id(store: RoutineStore, folder: Path) -> None:
    write(folder, "renamed.toml", routine_text("my-evening", "Old"))
    path = store.save(my_routine(), replace=True)
    assert path == folder / "renamed.toml"
    assert only_toml_files(folder) == ["renamed.toml"]
    assert user_routines(store.load()) == [my_routine()]


def test_replacing_never_destroys_another_routine_in_the_file(
    store: RoutineStore, folder: Path
) -> None:
    write(folder, "my-evening.toml", routine_text("someone-else"))
    with pytest.raises(RoutineIdTakenError, match="holds the routine 'someone-else'"):
        store.save(my_routine(), replace=True)
    assert store.load().user_ids == {"someone-else"}


@pytest.mark.parametrize(
    ("routine", "message"),
    [
        (dataclasses.replace(my_routine(), id="../x"), "is not valid"),
        (dataclasses.replace(my_routine(), id="Bad Id"), "is not valid"),
        (dataclasses.replace(my_routine(), name="  "), "name must be"),
        (dataclasses.replace(my_routine(), items=()), "at least one"),
        (
            dataclasses.replace(my_routine(), items=(RoutineItem("toe-curl", 500),)),
            "reps must be from 1 to 50",
        ),
        (
            dataclasses.replace(my_routine(), items=(RoutineItem("toe-curl", 5, sets=-1),)),
            "sets must be from 1 to 20",
        ),
        (
            dataclasses.replace(my_routine(), items=(RoutineItem("backflip", 5),)),
            "unknown exercise 'backflip'",
        ),
        (
            dataclasses.replace(
                my_routine(), items=(RoutineItem("toe-curl", 5, sides=(Side.LEFT,)),)
            ),
            "one leg at a time",
        ),
    ],
)
def test_invalid_routines_are_not_written(
    store: RoutineStore, folder: Path, tmp_path: Path, routine: Routine, message: str
) -> None:
    with pytest.raises(RoutineError, match=message):
        store.save(routine)
    with pytest.raises(RoutineError, match=message):
        store.export(routine, tmp_path / "out.toml")
    assert not folder.exists()
    assert not (tmp_path / "out.toml").exists()


def test_an_overlong_routine_file_is_skipped_and_cannot_be_saved(
    store: RoutineStore, folder: Path
) -> None:
    entry = (
        '[[exercises]]\nid = "calf-stretch"\nhold_seconds = 120\nsets = 20\nrest_seconds = 120\n'
    )
    write(folder, "long.toml", 'name = "Long"\n' + entry * 30)
    loaded = store.load()
    assert loaded.user_ids == frozenset()
    (problem,) = loaded.problems
    assert str(problem).startswith("long.toml was skipped: as written it would take about 78")
    item = RoutineItem("calf-stretch", amount=120, sets=20, rest_seconds=120)
    # The routine editor saves through the store, so it meets the same rule.
    with pytest.raises(RoutineError, match="a routine can take at most 60 minutes"):
        store.save(dataclasses.replace(my_routine(), items=(item,) * 30))


def test_names_are_saved_trimmed(store: RoutineStore) -> None:
    store.save(my_routine(name="  Spacey  "))
    (mine,) = user_routines(store.load())
    assert mine.name == "Spacey"


def test_delete_removes_only_our_file(store: RoutineStore, folder: Path, tmp_path: Path) -> None:
    store.save(my_routine())
    keep = write(folder, "keep.toml", routine_text("keep"))
    outside = write(tmp_path, "x.toml", routine_text("x"))
    assert store.delete("my-evening") is True
    assert store.delete("my-evening") is False
    assert store.delete("nothing-here") is False
    assert store.delete("../x") is False
    assert store.delete("") is False
    assert keep.exists() and outside.exists()
    assert store.load().user_ids == {"keep"}


def test_delete_finds_a_routine_in_a_differently_named_file(
    store: RoutineStore, folder: Path
) -> None:
    write(folder, "whatever.toml", routine_text("mine"))
    assert store.delete("mine") is True
    assert list(folder.iterdir()) == []


def test_delete_of_a_link_leaves_its_target(store: RoutineStore, folder: Path) -> None:
    target = write(folder, "real.toml", routine_text(None))
    make_symlink(folder / "alias.toml", Path("real.toml"))
    loaded = store.load()
    assert loaded.user_ids == {"real", "alias"}
    assert store.delete("alias") is True
    assert target.exists() and not (folder / "alias.toml").exists()


# -- copies, ids, import and export ------------------------------------------------


def test_duplicate_of_a_builtin_is_an_unsaved_user_copy(store: RoutineStore, folder: Path) -> None:
    bedtime = builtin_routines()[0]
    copy = store.duplicate(bedtime)
    assert copy.name == "Bedtime stretch (copy)"
    assert copy.id == "bedtime-stretch-copy"
    assert not copy.builtin
    assert copy.items == bedtime.items and copy.description == bedtime.description
    assert not folder.exists()
    store.save(copy)
    again = store.duplicate(bedtime)
    assert again.id == "bedtime-stretch-copy-2"
    store.save(again)
    assert user_routines(store.load()) == [copy, again]


def test_duplicate_with_a_name(store: RoutineStore) -> None:
    copy = store.duplicate(my_routine(), name="  Café night ")
    assert (copy.id, copy.name) == ("cafe-night", "Café night")
    long_name = store.duplicate(dataclasses.replace(my_routine(), name="n" * MAX_NAME_LENGTH))
    assert len(long_name.name) == MAX_NAME_LENGTH and long_name.name.endswith(" (copy)")
    with pytest.raises(RoutineError, match="name must be"):
        store.duplicate(my_routine(), name="   ")


def test_unique_id(store: RoutineStore, folder: Path) -> None:
    assert store.unique_id("my-evening") == "my-evening"
    assert store.unique_id("My Evening!") == "my-evening"
    assert store.unique_id("bedtime") == "bedtime-2"
    assert store.unique_id("???") == "routine"
    store.save(my_routine())
    write(folder, "my-evening-2.toml", "broken [")  # a broken file still owns its name
    write(folder, "claims.toml", routine_text("my-evening-3"))
    assert store.unique_id("my-evening") == "my-evening-4"
    long = store.unique_id("a" * 100)
    assert long == "a" * MAX_ID_LENGTH
    store.save(my_routine(ident=long))
    second = store.unique_id("a" * 100)
    assert second == "a" * (MAX_ID_LENGTH - 2) + "-2"


def test_slugify() -> None:
    assert slugify("Bedtime stretch (copy)") == "bedtime-stretch-copy"
    assert slugify("--Ünïcödé  Náme--") == "unicode-name"
    assert slugify("日本") == "routine"
    assert len(slugify("word " * 40)) <= MAX_ID_LENGTH
    assert not slugify("word " * 40).endswith("-")


def test_export_and_import_round_trip(store: RoutineStore, tmp_path: Path) -> None:
    target = tmp_path / "shared" / "bedtime.toml"
    bedtime = builtin_routines()[0]
    store.export(bedtime, target)
    assert target.read_text("utf-8") == routine_file_text(bedtime)
    with pytest.raises(RoutineIdTakenError, match="built-in routine") as info:
        store.import_file(target)
    assert info.value.suggested_id == "bedtime-2"
    assert "bedtime.toml cannot be imported" in str(info.value)
    imported = store.import_file(target, new_id=info.value.suggested_id)
    assert imported == dataclasses.replace(bedtime, id="bedtime-2")
    assert not imported.builtin
    loaded = store.load()
    assert loaded.user_ids == {"bedtime-2"}
    assert user_routines(loaded) == [imported]
    only_toml_files(target.parent)


def test_export_of_a_user_routine_loads_back(store: RoutineStore, tmp_path: Path) -> None:
    store.export(my_routine(), tmp_path / "out.toml")
    other = RoutineStore(tmp_path)
    assert user_routines(other.load()) == [my_routine()]


def test_import_clash_with_a_user_routine(store: RoutineStore, tmp_path: Path) -> None:
    store.save(my_routine())
    source = write(tmp_path, "incoming.toml", HAND_WRITTEN)
    with pytest.raises(RoutineIdTakenError, match="another routine") as info:
        store.import_file(source)
    assert info.value.suggested_id == "my-evening-2"
    store.import_file(source, new_id="my-evening-2")
    assert store.load().user_ids == {"my-evening", "my-evening-2"}


def test_import_takes_its_id_from_the_file_name(store: RoutineStore, tmp_path: Path) -> None:
    source = write(tmp_path, "Friend's Routine.toml", routine_text(None, "From a friend"))
    routine = store.import_file(source)
    assert routine.id == "friend-s-routine" and routine.name == "From a friend"
    assert store.load().user_ids == {"friend-s-routine"}


@pytest.mark.parametrize(
    ("name", "content", "reason"), HOSTILE[:12], ids=[c[0] for c in HOSTILE[:12]]
)
def test_import_refuses_hostile_files(
    store: RoutineStore, folder: Path, tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    source = write(tmp_path / "downloads", name, content)
    with pytest.raises(RoutineError) as info:
        store.import_file(source)
    assert str(info.value).startswith(f"{name} cannot be imported: ")
    assert reason in str(info.value)
    assert not folder.exists()


def test_import_refuses_a_bad_new_id(store: RoutineStore, tmp_path: Path) -> None:
    source = write(tmp_path, "in.toml", HAND_WRITTEN)
    for bad in ("../escape", "Has Space", "", "a" * 65):
        with pytest.raises(RoutineError, match="cannot be imported"):
            store.import_file(source, new_id=bad)
    assert store.load().user_ids == frozenset()


def test_import_of_a_missing_file(store: RoutineStore, tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match=r"gone\.toml cannot be imported: .* does not exist"):
        store.import_file(tmp_path / "gone.toml")


def test_writes_are_atomic_and_leave_no_temporary_files(
    store: RoutineStore, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(my_routine())
    before = (folder / "my-evening.toml").read_bytes()

    def crash(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    # A failure at the last moment leaves the old file whole and no leftovers.
    monkeypatch.setattr(Path, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        store.save(my_routine(name="New"), replace=True)
    with pytest.raises(OSError, match="disk full"):
        store.export(my_routine(), tmp_path / "out.toml")
    monkeypatch.undo()
    assert (folder / "my-evening.toml").read_bytes() == before
    assert only_toml_files(folder) == ["my-evening.toml"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["routines"]

    store.save(my_routine(name="New"), replace=True)
    store.save(store.duplicate(my_routine()))
    store.export(my_routine(), folder.parent / "out.toml")
    assert only_toml_files(folder) == ["my-evening-copy.toml", "my-evening.toml"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.toml", "routines"]


# -- any valid routine survives the trip through its file ---------------------------

CATALOGUE = load_catalogue()


@st.composite
def items(draw: st.DrawFn) -> RoutineItem:
    exercise = CATALOGUE[draw(st.sampled_from(list(CATALOGUE)))]
    key = "hold_seconds" if exercise.kind is ExerciseKind.HOLD else "reps"
    sides = draw(st.sampled_from(list(LEG_CHOICES.values()))) if exercise.per_side else BOTH_LEGS
    return RoutineItem(
        exercise=exercise.id,
        amount=draw(st.integers(*LIMITS[key])),
        sets=draw(st.integers(*LIMITS["sets"])),
        rest_seconds=draw(st.integers(*LIMITS["rest_seconds"])),
        sides=sides,
    )


# Trimmed text, as the parser keeps it; any characters, quotes and newlines too.
def trimmed(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return (
        st.text(max_size=max_size).map(str.strip).filter(lambda s: min_size <= len(s) <= max_size)
    )


routines = st.builds(
    Routine,
    id=st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True).filter(
        lambda ident: ident not in BUILTIN_IDS
    ),
    name=trimmed(1, MAX_NAME_LENGTH),
    items=st.lists(items(), min_size=1, max_size=6).map(tuple),
    description=trimmed(0, 400),
    prepare_seconds=st.integers(*LIMITS["prepare_seconds"]),
).map(within_length_cap)  # valid field by field, and no longer than a routine may be


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routines)
def test_any_valid_routine_survives_save_and_load(routine: Routine) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = RoutineStore(Path(tmp) / "routines")
        path = store.save(routine)
        loaded = store.load()
        assert loaded.problems == []
        assert user_routines(loaded) == [routine]
        assert tomllib.loads(path.read_text("utf-8"))["id"] == routine.id
        store.export(routine, Path(tmp) / "exported.toml")
        assert (Path(tmp) / "exported.toml").read_bytes() == path.read_bytes()


def test_a_byte_order_mark_is_accepted(store: RoutineStore, folder: Path, tmp_path: Path) -> None:
    write(folder, "bom.toml", b"\xef\xbb\xbf" + routine_text("bom", "With a mark").encode())
    loaded = store.load()
    assert loaded.problems == [] and loaded.user_ids == {"bom"}
    outside = write(tmp_path / "downloads", "shared.toml", b"\xef\xbb\xbf" + HAND_WRITTEN.encode())
    assert store.import_file(outside).id == "my-evening"
