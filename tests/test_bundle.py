"""What tools/build_bundle.py puts into the self-contained bundle and leaves
out, checked without running PyInstaller (CI builds the real bundle and runs
it, see .ci/run)."""

from __future__ import annotations

import ast
import os
import runpy
import shutil
import sys
from pathlib import Path, PurePosixPath

import pytest

from stretch_coach.languages import TRANSLATIONS_DIR
from stretch_coach.resources import assets_dir
from stretch_coach.ui import i18n
from tests.conftest import REPO_ROOT
from tools import build_bundle as plan
from tools.build_bundle import TocEntry

PACKAGE_DIR = REPO_ROOT / "stretch_coach"

# Qt's X11 plugin and the ELF reading exist only in PySide6's Linux wheel.
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="PySide6's X11 plugin is in its Linux wheel only"
)


def bundled_paths() -> dict[PurePosixPath, Path]:
    """Each data file's place in the bundle (relative to its library folder)."""
    return {PurePosixPath(f.folder, f.source.name): f.source for f in plan.package_data()}


# -- the app's own files --------------------------------------------------------------------


def test_every_asset_is_where_the_app_looks_for_it() -> None:
    # resources.py finds the assets in the package's assets/ folder first.
    bundled = bundled_paths()
    assets = [p for p in assets_dir().rglob("*") if p.is_file()]
    assert assets
    for path in assets:
        place = PurePosixPath("stretch_coach", "assets", *path.relative_to(assets_dir()).parts)
        assert bundled.get(place) == path, place


def test_every_translation_is_bundled_and_no_source() -> None:
    # i18n.py offers every .qm it finds next to the package: all of them go,
    # whatever languages have been added since.
    bundled = bundled_paths()
    catalogues = sorted(TRANSLATIONS_DIR.glob("*.qm"))
    assert catalogues
    for path in catalogues:
        assert bundled.get(PurePosixPath("stretch_coach", "i18n", path.name)) == path
    assert not [p for p in bundled if p.suffix in (".ts", ".py", ".pyc")]


def test_the_reference_data_goes_where_importlib_resources_reads_it() -> None:
    data = PACKAGE_DIR / "core" / "data"
    files = [p for p in data.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert any(p.name == "exercises.toml" for p in files)
    bundled = bundled_paths()
    for path in files:
        assert bundled.get(PurePosixPath(path.relative_to(REPO_ROOT).as_posix())) == path


def test_a_new_data_file_comes_along_without_a_change(tmp_path: Path) -> None:
    package = tmp_path / "stretch_coach"
    (package / "i18n").mkdir(parents=True)
    (package / "i18n" / "stretch_coach_pl.qm").write_bytes(b"qm")
    (package / "i18n" / "stretch_coach_pl.ts").write_text("source")
    (package / "core" / "data").mkdir(parents=True)
    (package / "core" / "data" / "new.toml").write_text("")
    (package / "module.py").write_text("")
    (tmp_path / "assets" / "sounds").mkdir(parents=True)
    (tmp_path / "assets" / "sounds" / "new.wav").write_bytes(b"RIFF")
    placed = {(f.folder, f.source.name) for f in plan.package_data(tmp_path)}
    assert placed == {
        ("stretch_coach/i18n", "stretch_coach_pl.qm"),
        ("stretch_coach/core/data", "new.toml"),
        ("stretch_coach/assets/sounds", "new.wav"),
    }
    assert plan.app_languages(tmp_path) == {"pl"}


def test_the_desktop_files_and_install_scripts_are_added() -> None:
    files = plan.desktop_files()
    assert set(files) == {
        "share/applications/org.stretchcoach.StretchCoach.desktop",
        "share/metainfo/org.stretchcoach.StretchCoach.metainfo.xml",
        "share/icons/hicolor/scalable/apps/org.stretchcoach.StretchCoach.svg",
        "install.sh",
        "uninstall.sh",
    }
    assert all(source.is_file() for source in files.values())


def test_every_exec_line_of_the_desktop_entry_can_be_pointed_at_the_bundle() -> None:
    # install.sh rewrites each "Exec=stretch-coach ..." to the installed
    # launcher's full path; an Exec line of another form would be left
    # running whatever is on PATH.
    entry = REPO_ROOT / "data" / "org.stretchcoach.StretchCoach.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    execs = [line for line in lines if line.startswith("Exec=")]
    assert len(execs) >= 2  # the entry and its actions
    for line in execs:
        assert line == "Exec=stretch-coach" or line.startswith("Exec=stretch-coach "), line
    assert "TryExec=stretch-coach" in lines


# -- Qt: plugins, translations, libraries ---------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    ],
)
def test_the_plugins_the_app_needs_are_kept(name: str) -> None:
    assert plan.keeps_plugin(name) is True


@pytest.mark.parametrize(
    "name",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6\\plugins\\imageformats\\qjpeg.dll",
    ],
)
def test_plugins_the_app_does_not_use_are_left_out(name: str) -> None:
    assert plan.keeps_plugin(name) is False


@pytest.mark.parametrize(
    "name", ["PySide6/Qt/lib/libQt6Core.so.6", "PySide6/QtCore.abi3.so", "libz.so.1"]
)
def test_what_is_not_a_plugin_is_not_judged_as_one(name: str) -> None:
    assert plan.keeps_plugin(name) is None


def test_qt_translations_follow_the_apps_languages() -> None:
    languages = plan.app_languages()
    assert languages == i18n.available_languages()
    for language in languages:
        assert plan.keeps_data(f"PySide6/Qt/translations/qtbase_{language}.qm", languages)
    assert plan.keeps_data("PySide6/Qt/translations/qtbase_pt_BR.qm", frozenset({"pt"}))
    assert not plan.keeps_data("PySide6/Qt/translations/qtbase_pt_BR.qm", frozenset({"de"}))
    assert not plan.keeps_data("PySide6/Qt/translations/qt_de.qm", frozenset({"de"}))
    assert not plan.keeps_data("PySide6/Qt/translations/qtmultimedia_de.qm", frozenset({"de"}))
    assert plan.keeps_data("stretch_coach/i18n/stretch_coach_de.qm", frozenset())


@pytest.mark.parametrize(
    ("library", "system"),
    [
        ("libstdc++.so.6", True),
        ("libgcc_s.so.1", True),
        ("libglib-2.0.so.0", True),
        ("libgio-2.0.so.0", True),
        ("libgtk-3.so.0", True),
        ("libharfbuzz.so.0", True),
        ("libfontconfig.so.1", True),
        ("libX11.so.6", True),
        ("libdbus-1.so.3", True),
        ("libpulse.so.0", True),
        ("libspeechd.so.2", True),
        # A fresh Debian desktop lacks the xcb utility libraries: bundled.
        ("libxcb-cursor.so.0", False),
        ("libxcb-icccm.so.4", False),
        ("libX11-xcb.so.1", False),
        ("libxkbcommon-x11.so.0", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
        ("libpython3.11.so.1.0", False),
        ("libsqlite3.so.0", False),
    ],
)
def test_libraries_of_the_running_system_are_not_bundled(library: str, system: bool) -> None:
    assert plan.is_system_library(library) is system


# -- following what the libraries need -----------------------------------------------------


@linux_only
def test_elf_needed_reads_what_a_library_asks_for() -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    assert plugin.is_file(), plugin
    assert "libQt6XcbQpa.so.6" in (plan.elf_needed(plugin) or [])
    assert plan.elf_needed(REPO_ROOT / "README.md") is None


def test_only_what_is_still_needed_stays() -> None:
    binaries: list[TocEntry] = [
        ("python3.11/lib-dynload/_ssl.so", "/src/_ssl.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libssl.so.3", "/src/libssl.so.3", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
        ("libqml-helper.so", "/src/libqml-helper.so", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("somefile.bin", "/src/somefile.bin", "BINARY"),
    ]
    needed: dict[str, list[str] | None] = {
        "/src/_ssl.so": ["libssl.so.3"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libxcb.so.1"],
        "/src/libxcb-cursor.so.0": [],
        "/src/libssl.so.3": [],
        "/src/libQt6Quick.so.6": ["libqml-helper.so"],  # only a left-out plugin used it
        "/src/libqml-helper.so": [],
        "/src/libpython3.11.so.1.0": [],
        "/src/somefile.bin": None,  # not ELF: left as it is
    }
    kept = plan.needed_closure(binaries, needed)
    assert [name for name, _src, _kind in kept] == [
        "python3.11/lib-dynload/_ssl.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "libssl.so.3",
        "libpython3.11.so.1.0",
        "somefile.bin",
    ]


def test_links_to_left_out_libraries_go_too() -> None:
    binaries: list[TocEntry] = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/core", "BINARY")]
    datas: list[TocEntry] = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qtquick_de.qm", "/src/qtquick_de.qm", "DATA"),
    ]
    kept = [name for name, _src, _kind in plan.kept_datas(datas, binaries)]
    assert kept == ["libQt6Core.so.6", "PySide6/Qt/translations/qtbase_de.qm"]


@linux_only
def test_a_library_neither_bundled_nor_the_systems_is_reported(tmp_path: Path) -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    assert plugin.is_file(), plugin
    bundle = tmp_path / "bundle"
    (bundle / "plugins").mkdir(parents=True)
    shutil.copy(plugin, bundle / "plugins")
    missing = plan.unresolved_libraries(bundle)["plugins/libqxcb.so"]
    # Qt's and the xcb utility libraries belong in the bundle; libxcb, X11,
    # OpenGL, the C and C++ runtimes are the system's.
    assert {"libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libxcb-cursor.so.0"} <= set(missing)
    assert not {"libxcb.so.1", "libX11.so.6", "libGL.so.1", "libstdc++.so.6", "libc.so.6"} & set(
        missing
    )
    shutil.copy(qt / "lib" / "libQt6XcbQpa.so.6", bundle)
    problems = plan.unresolved_libraries(bundle)
    assert "libQt6XcbQpa.so.6" not in problems["plugins/libqxcb.so"]
    assert "libQt6Gui.so.6" in problems["libQt6XcbQpa.so.6"]


# -- the spec and the start-up hook ---------------------------------------------------------


def test_the_spec_calls_only_what_the_tool_has(tmp_path: Path) -> None:
    text = plan.spec_text(tmp_path / "stretch-coach", strip=True)
    tree = ast.parse(text)
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "plan"
    }
    assert {"spec_datas", "kept_binaries", "kept_datas", "kept_scripts"} <= used
    assert all(hasattr(plan, name) for name in used)
    assert str(plan.STARTUP_HOOK) in text and str(plan.ENTRY_SCRIPT) in text
    assert plan.STARTUP_HOOK.is_file() and plan.ENTRY_SCRIPT.is_file()


def test_start_up_hooks_for_what_the_app_does_not_do_are_left_out() -> None:
    scripts: list[TocEntry] = [
        ("pyiboot01_bootstrap", "/p/boot.py", "PYSOURCE"),
        ("pyi_rth_inspect", "/p/pyi_rth_inspect.py", "PYSOURCE"),
        ("pyi_rth_pyside6", "/p/pyi_rth_pyside6.py", "PYSOURCE"),
        ("pyi_rth_multiprocessing", "/p/mp.py", "PYSOURCE"),
        ("pyi_rth_pkgutil", "/p/pkgutil.py", "PYSOURCE"),
        ("bundle_startup", str(plan.STARTUP_HOOK), "PYSOURCE"),
        ("__main__", str(plan.ENTRY_SCRIPT), "PYSOURCE"),
    ]
    assert [name for name, _src, _kind in plan.kept_scripts(scripts)] == [
        "pyiboot01_bootstrap",
        "pyi_rth_inspect",
        "bundle_startup",
        "__main__",
    ]


@pytest.mark.parametrize(
    ("original", "expected"), [("/usr/local/lib", "/usr/local/lib"), (None, None)]
)
def test_programs_the_bundle_starts_get_the_systems_library_path(
    monkeypatch: pytest.MonkeyPatch, original: str | None, expected: str | None
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", "/opt/stretch-coach/_internal", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/stretch-coach/_internal")
    if original is None:
        monkeypatch.delenv("LD_LIBRARY_PATH_ORIG", raising=False)
    else:
        monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", original)
    monkeypatch.setenv("QT_PLUGIN_PATH", "/usr/lib/qt6/plugins")
    runpy.run_path(str(plan.STARTUP_HOOK))
    if sys.platform.startswith("linux"):
        assert os.environ.get("LD_LIBRARY_PATH") == expected
        assert "LD_LIBRARY_PATH_ORIG" not in os.environ
    # Qt loads plugins from the bundle only, never the system Qt's.
    qt = Path("/opt/stretch-coach/_internal", "PySide6", *(() if os.name == "nt" else ("Qt",)))
    assert os.environ["QT_PLUGIN_PATH"] == str(qt / "plugins")


def test_the_start_up_hook_does_nothing_outside_the_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/somewhere")
    monkeypatch.setenv("QT_PLUGIN_PATH", "/usr/lib/qt6/plugins")
    runpy.run_path(str(plan.STARTUP_HOOK))
    assert os.environ["LD_LIBRARY_PATH"] == "/somewhere"
    assert os.environ["QT_PLUGIN_PATH"] == "/usr/lib/qt6/plugins"
