"""Build Stretch Coach as one folder that runs without Python (PyInstaller).

    uv run python tools/build_bundle.py                # dist/stretch-coach/
    uv run python tools/build_bundle.py --out DIR      # DIR/ instead

The folder holds the `stretch-coach` launcher, everything it loads (Python,
Qt, the app's assets, translations and data), the desktop entry, AppStream
metadata and icon under `share/`, and `install.sh` / `uninstall.sh`, which put
it into ~/.local for the current user (no root needed).

PyInstaller reads a spec file; this tool writes one into the work folder
(build/bundle/ by default) and runs it. The spec only calls back into this
module, so every choice about what goes in, and why, is written down here.
The same spec builds on Windows and macOS with PyInstaller run there; those
builds are untested.
"""

from __future__ import annotations

import argparse
import re
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / "tools"
APP_ID = "org.stretchcoach.StretchCoach"
LAUNCHER = "stretch-coach"
PACKAGE = "stretch_coach"
DEFAULT_OUT = REPO / "dist" / LAUNCHER
DEFAULT_WORK = REPO / "build" / "bundle"
# The same entry point as `python -m stretch_coach`.
ENTRY_SCRIPT = REPO / PACKAGE / "__main__.py"
STARTUP_HOOK = TOOLS / "bundle_startup.py"
INSTALL_SCRIPTS = ("install.sh", "uninstall.sh")

# A PyInstaller table of contents: (name in the bundle, source or link target, kind).
TocEntry = tuple[str, str, str]

# -- What the app reads at run time ----------------------------------------------------------

# Files of the package that are not read at run time: Python source (it is
# compiled into the bundle's archive) and translation sources (the .qm files
# next to them are what the app loads).
_NOT_PACKAGE_DATA = frozenset({".py", ".pyc", ".pyi", ".ts"})


@dataclass(frozen=True, slots=True)
class DataFile:
    source: Path
    folder: str  # where it goes, relative to the bundle's library folder, with "/"


def package_data(repo: Path = REPO) -> list[DataFile]:
    """Every file the package reads at run time, where the package finds it.

    - everything in the package that is not Python: the exercise and routine
      data (core/data/, read by path beside the modules) and every compiled
      translation in i18n/ (ui/i18n.py offers each .qm it finds, so new
      languages come along without a change here);
    - the top-level assets/ folder (sounds, icons), as stretch_coach/assets,
      where resources.py looks first and an installed wheel has it too.
    """
    files: list[DataFile] = []
    package = repo / PACKAGE
    for path in sorted(package.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in _NOT_PACKAGE_DATA:
            continue
        files.append(DataFile(path, path.relative_to(repo).parent.as_posix()))
    assets = repo / "assets"
    for path in sorted(assets.rglob("*")):
        if path.is_file():
            folder = PurePosixPath(PACKAGE, "assets", *path.relative_to(assets).parent.parts)
            files.append(DataFile(path, str(folder)))
    return files


def desktop_files(repo: Path = REPO) -> dict[str, Path]:
    """The desktop integration, by its place in the bundle folder (beside the
    launcher, not in the library folder), for install.sh to copy."""
    data = repo / "data"
    icon = f"icons/hicolor/scalable/apps/{APP_ID}.svg"
    return {
        f"share/applications/{APP_ID}.desktop": data / f"{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml": data / f"{APP_ID}.metainfo.xml",
        f"share/{icon}": data / icon,
        **{name: data / "bundle" / name for name in INSTALL_SCRIPTS},
    }


# -- What is left out -----------------------------------------------------------------------

# Python modules the app never imports, which PyInstaller would otherwise
# follow from some import that never runs here.
EXCLUDED_MODULES: dict[str, str] = {
    "tkinter": "Tk: the app's windows are Qt",
    "_tkinter": "Tk",
    "turtle": "Tk",
    "idlelib": "Tk",
    "unittest": "tests are not shipped",
    "doctest": "tests are not shipped",
    "pydoc": "help() at an interactive prompt, which the bundle has not",
    "pydoc_data": "help() at an interactive prompt",
    "lib2to3": "a source converter",
    "setuptools": "packaging tools",
    "pkg_resources": "packaging tools",
    "distutils": "packaging tools",
    "_distutils_hack": "packaging tools",
    "pip": "packaging tools",
    "ensurepip": "packaging tools",
    "venv": "packaging tools",
    # Nothing goes over the network ("Where things are kept" in the README):
    # no TLS, and so no OpenSSL (about 5 MiB). hashlib falls back to
    # Python's own hashes, asyncio and urllib import ssl only if it is there.
    "ssl": "no network",
    "_ssl": "no network",
    "_hashlib": "OpenSSL's hashes; Python's own are used instead",
    # Qt's Python modules come in through the hooks of the ones the app uses;
    # these are linked by Qt libraries, not imported by the app. (Their Qt
    # libraries stay where another library needs them.)
    "PySide6.QtMultimedia": "speech needs Qt's multimedia library, not its Python module",
    "PySide6.QtMultimediaWidgets": "no video",
    "PySide6.QtConcurrent": "not used",
    "PySide6.QtDBus": "D-Bus goes through jeepney (see the README)",
    "PySide6.QtOpenGL": "the windows are painted without OpenGL",
    "PySide6.QtQml": "no QML",
    "PySide6.QtQuick": "no QML",
}

# Reading the steps aloud (the optional "voice" extra of a pip install) is in
# the bundle: it costs about 2 MiB here (QtTextToSpeech and the multimedia
# library it links; not the 400 MiB of PySide6-Addons), and a bundle cannot be
# given the extra afterwards. It speaks through the system's speech-dispatcher,
# as from a venv; without it the app says what to install.
HIDDEN_IMPORTS = ("PySide6.QtTextToSpeech",)

# Qt plugins kept, by type, as their names without "lib" and extension; None
# keeps every plugin of the type. Types not listed are left out: multimedia
# (FFmpeg, 20 MiB; the Linux speech engine talks to speech-dispatcher, which
# plays the sound itself), tls and
# networkinformation (no network), generic and egldeviceintegrations (input
# and screens for a bare framebuffer without a desktop), sqldrivers (the
# history is read with Python's sqlite3), printsupport, qmltooling.
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # X11, Wayland, and offscreen for the checks; the names of Windows and
    # macOS so that the same spec builds there.
    "platforms": frozenset(
        {"qxcb", "qwayland", "qwayland-generic", "qwayland-egl", "qoffscreen", "qwindows", "qcocoa"}
    ),
    "xcbglintegrations": None,  # the X11 plugin asks for one when it starts
    # Wayland: the desktop shell protocol every compositor speaks, window
    # decorations drawn by the app (GNOME draws none), and its EGL buffers.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    # The desktop's look and its light or dark mode (GTK and the XDG portal);
    # the GTK plugin uses the system's own GTK, which is not bundled.
    "platformthemes": None,
    "styles": None,  # none on Linux; the native styles of Windows and macOS
    # Typing accented letters in notes (compose key) and input methods (IBus);
    # not Qt's on-screen keyboard, which needs QML.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    # The app and tray icons are SVG; PNG is built into Qt.
    "imageformats": frozenset({"qsvg"}),
    "iconengines": None,
    # The speech engines (speech-dispatcher on Linux), not the silent one the tests use.
    "texttospeech": frozenset(
        {
            "qtexttospeech_speechd",
            "qtexttospeech_sapi",
            "qtexttospeech_winrt",
            "qtexttospeech_darwin",
        }
    ),
}

# Qt's own translations: beside its own catalogue the app loads Qt's
# qtbase_<lang>.qm (standard buttons and dialogs), so Qt's catalogues are kept
# for the languages the app has (found in stretch_coach/i18n when the bundle
# is built), with their regional variants; Qt's other catalogues are for
# modules the app does not use.
APP_CATALOGUE = re.compile(r"stretch_coach_(?P<lang>[a-z]{2,3}(?:_[A-Za-z]+)?)\.qm")
QT_CATALOGUE = re.compile(r"qtbase_(?P<lang>[a-z]{2,3})(?:_[A-Za-z]+)?\.qm")


def app_languages(repo: Path = REPO) -> frozenset[str]:
    """The languages the app is translated into, e.g. {"de"}."""
    names = (p.name for p in (repo / PACKAGE / "i18n").glob("*.qm"))
    return frozenset(m["lang"].split("_")[0] for m in map(APP_CATALOGUE.fullmatch, names) if m)


# Shared libraries taken from the system the bundle runs on, never bundled
# (PyInstaller already leaves out the C library, OpenGL, libxcb and Wayland's).
SYSTEM_LIBRARIES: dict[str, str] = {
    # Newer systems' graphics drivers need a newer C++ runtime than the build
    # machine's; the system's is always there and runs older programs.
    r"libstdc\+\+\.so": "C++ runtime",
    r"libgcc_s\.so": "C++ runtime",
    # GLib is shared with the desktop's GTK, which the GTK theme plugin loads
    # from the system: two copies of GLib in one process do not mix.
    r"lib(glib|gobject|gio|gmodule|gthread)-2\.0\.so": "GLib, shared with the system's GTK",
    r"lib(gtk|gdk)-3\.so": "GTK, the desktop's own",
    r"lib(gdk_pixbuf|atk|atk-bridge|atspi|pango|pangocairo|pangoft2|cairo|cairo-gobject|epoxy)"
    r"-[0-9.]+\.so": "GTK's libraries",
    r"libcairo(-gobject)?\.so": "GTK's libraries",
    r"lib(harfbuzz|fribidi|thai|datrie|pixman-1)\.so": "GTK's libraries",
    # Fonts as this system configures them; an older fontconfig fails on a
    # newer system's fonts.conf.
    r"libfontconfig\.so": "fonts",
    r"libfreetype\.so": "fonts",
    # The X11 client libraries of the running display (libxcb itself is left
    # to the system by PyInstaller; the xcb utility libraries, which a fresh
    # Debian lacks, are bundled).
    r"libX(11|au|dmcp|ext|render|randr|i|fixes|cursor|inerama|composite|damage)\.so": "X11",
    # Clients of the system's own services, whose protocol they must speak.
    r"libdbus-1\.so": "D-Bus",
    r"libsystemd\.so": "D-Bus",
    r"libpulse(-simple|-mainloop-glib)?\.so": "the sound server",
    r"libpulsecommon-[0-9.]+\.so": "the sound server",
    r"libspeechd\.so": "speech-dispatcher, installed with it",
}

# What PyInstaller itself never bundles on Linux (PyInstaller/depend/dylib.py).
_PYINSTALLER_SYSTEM = (
    r"(ld-linux.*|libc|libm|libdl|libpthread|librt|libutil|libresolv|libcrypt|libnsl)\.so",
    r"libE?(Open)?GLX?(ESv1_CM|ESv2)?(dispatch)?\.so",
    r"libdrm\.so",
    r"libxcb(-dri[0-9])?\.so",
    r"libwayland-(client|cursor|egl|server)\.so",
)


def _library_pattern(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_SYSTEM = _library_pattern(SYSTEM_LIBRARIES)
_SYSTEM_OR_PYINSTALLER = _library_pattern([*SYSTEM_LIBRARIES, *_PYINSTALLER_SYSTEM])
_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<kind>[^/]+)/(?P<file>[^/]+)$")


def _place(name: str) -> PurePosixPath:
    # A place in the bundle as PyInstaller names it ("\\" between folders on Windows).
    return PurePosixPath(name.replace("\\", "/"))


def is_system_library(name: str) -> bool:
    """Whether the bundle uses the system's copy of this library (by file name)."""
    return _SYSTEM.match(_place(name).name) is not None


def plugin_name(file: str) -> str:
    """A plugin's name without "lib" and extension: libqxcb.so → qxcb."""
    stem = file.split(".")[0]
    return stem[3:] if stem.startswith("lib") and not file.endswith(".dll") else stem


def keeps_plugin(name: str) -> bool | None:
    """Whether to keep a Qt plugin (by its place in the bundle), or None if it is not one."""
    place = str(_place(name))
    match = _PLUGIN.search(place)
    if match is None or not place.startswith("PySide6/"):
        return None
    if match["kind"] not in QT_PLUGINS:
        return False
    kept = QT_PLUGINS[match["kind"]]
    return kept is None or plugin_name(match["file"]) in kept


def keeps_data(name: str, languages: frozenset[str]) -> bool:
    """Whether to keep a data file PyInstaller collected (by its place in the
    bundle), for an app translated into ``languages``."""
    path = _place(name)
    if "translations" in path.parts and path.parts[0] == "PySide6":
        match = QT_CATALOGUE.fullmatch(path.name)
        return match is not None and match["lang"] in languages
    return True


# -- Shared libraries nobody needs any more ----------------------------------------------------

_DT_NEEDED = 1
_SHT_DYNAMIC = 6


def elf_needed(path: Path) -> list[str] | None:
    """The libraries an ELF file asks the loader for (its DT_NEEDED entries),
    or None if it is not an ELF file."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        return None
    wide = data[4] == 2
    order = "<" if data[5] == 1 else ">"
    if wide:
        (shoff,) = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
        section, entry = order + "IIQQQQIIQQ", order + "qQ"
    else:
        (shoff,) = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
        section, entry = order + "IIIIIIIIII", order + "iI"
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    needed: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind != _SHT_DYNAMIC:
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, struct.calcsize(entry)):
            tag, value = struct.unpack_from(entry, data, at)
            if tag == 0:
                break
            if tag == _DT_NEEDED:
                end = data.index(b"\0", strings + value)
                needed.append(data[strings + value : end].decode())
    return needed


def _is_root(entry: TocEntry) -> bool:
    """What is loaded by name rather than as another library's dependency:
    Python's extension modules, Qt's plugins and the Python library."""
    name, _source, kind = entry
    return (
        kind == "EXTENSION"
        or keeps_plugin(name) is not None
        or _place(name).name.startswith("libpython")
    )


def needed_closure(
    binaries: list[TocEntry], needed: Mapping[str, list[str] | None]
) -> list[TocEntry]:
    """The binaries still needed: the roots, and every library one of them
    (or one of those, and so on) names, by file name. ``needed`` maps each
    source path to what it names (None for a file that is not ELF, which is
    kept as it is)."""
    by_name: dict[str, list[TocEntry]] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    kept: set[TocEntry] = set()
    todo = [e for e in binaries if _is_root(e) or needed[e[1]] is None]
    while todo:
        entry = todo.pop()
        if entry in kept:
            continue
        kept.add(entry)
        for library in needed[entry[1]] or []:
            todo.extend(by_name.get(library, []))
    return [e for e in binaries if e in kept]


def kept_binaries(binaries: list[TocEntry]) -> list[TocEntry]:
    """Called by the spec: PyInstaller's binaries without the plugins, system
    libraries and Python modules left out above, and without what only those
    needed (on Linux, where the ELF files say so)."""
    chosen = [
        entry
        for entry in binaries
        if keeps_plugin(entry[0]) is not False and not is_system_library(entry[0])
    ]
    if not sys.platform.startswith("linux"):
        return chosen
    needed = {e[1]: elf_needed(Path(e[1])) for e in chosen}
    return needed_closure(chosen, needed)


def kept_datas(datas: list[TocEntry], binaries: list[TocEntry]) -> list[TocEntry]:
    """Called by the spec: PyInstaller's data files without unused Qt
    translations, and without its links to binaries that were left out."""
    languages = app_languages()
    present = {entry[0] for entry in binaries} | {e[0] for e in datas if e[2] != "SYMLINK"}
    return [
        entry
        for entry in datas
        if keeps_data(entry[0], languages) and (entry[2] != "SYMLINK" or entry[1] in present)
    ]


# PyInstaller's run-time hooks that run before every command, `--version`
# included, for nothing the app does:
LEFT_OUT_HOOKS: dict[str, str] = {
    # Loads Qt (and its 30 MiB ICU library): bundle_startup.py takes its place.
    "pyi_rth_pyside6": "replaced by tools/bundle_startup.py",
    # Makes multiprocessing's "spawn" start the frozen program; the app starts
    # no Python processes (its scheduler runs jobs on threads). 8 ms.
    "pyi_rth_multiprocessing": "no child processes of Python",
    # Teaches pkgutil.iter_modules() the bundle's archive; nothing here
    # lists modules that way (APScheduler finds its plug-ins by entry point). 3 ms.
    "pyi_rth_pkgutil": "nothing lists modules with pkgutil",
}


def kept_scripts(scripts: list[TocEntry]) -> list[TocEntry]:
    """Called by the spec: the start-up scripts, without the hooks above
    (bundle_startup.py is added in the place of the first)."""
    return [entry for entry in scripts if entry[0] not in LEFT_OUT_HOOKS]


# -- The spec ---------------------------------------------------------------------------------

SPEC_TEMPLATE = """\
# Written by tools/build_bundle.py, which says why each thing is in or out;
# change that file, not this one.
import sys

sys.path.insert(0, {tools!r})
import build_bundle as plan

a = Analysis(
    [{entry!r}],
    pathex=[{repo!r}],
    datas=plan.spec_datas(),
    hiddenimports=list(plan.HIDDEN_IMPORTS),
    excludes=sorted(plan.EXCLUDED_MODULES),
    runtime_hooks=[{startup!r}],
    # Modules as .pyc files in the folder rather than in a compressed
    # archive: each import then skips a decompression (about 10 ms on
    # `--version`), for a few MiB more on disk.
    noarchive=True,
)
a.binaries = plan.kept_binaries(a.binaries)
a.datas = plan.kept_datas(a.datas, a.binaries)
a.scripts = plan.kept_scripts(a.scripts)
pyz = PYZ(a.pure)
exe = EXE(
    pyz,
    a.scripts,
    exclude_binaries=True,
    name={launcher!r},
    # A console program, so the commands print on every platform (on
    # Windows a console window opens beside the app).
    console=True,
    strip={strip!r},
    upx=False,
)
COLLECT(exe, a.binaries, a.datas, name={name!r}, strip={strip!r}, upx=False)
"""


def spec_datas(repo: Path = REPO) -> list[tuple[str, str]]:
    """Called by the spec: the package's data files as PyInstaller takes them."""
    return [(str(f.source), f.folder) for f in package_data(repo)]


def spec_text(out: Path, *, strip: bool) -> str:
    return SPEC_TEMPLATE.format(
        tools=str(TOOLS),
        entry=str(ENTRY_SCRIPT),
        repo=str(REPO),
        startup=str(STARTUP_HOOK),
        launcher=LAUNCHER,
        name=out.name,
        strip=strip,
    )


# -- Building ---------------------------------------------------------------------------------


def add_desktop_files(bundle: Path, repo: Path = REPO) -> None:
    for place, source in desktop_files(repo).items():
        target = bundle / place
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        target.chmod(0o755 if place in INSTALL_SCRIPTS else 0o644)


def unresolved_libraries(bundle: Path) -> dict[str, list[str]]:
    """Libraries an ELF file in the bundle names that are neither in the
    bundle nor left to the system on purpose: what a left-out piece still
    needed. Empty when all is well."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    present = {p.name for p in bundle.rglob("*")}
    problems: dict[str, list[str]] = {}
    for path in files:
        if path.suffix not in (".so", "") and ".so." not in path.name:
            continue
        needed = elf_needed(path)
        for library in needed or []:
            if library not in present and not _SYSTEM_OR_PYINSTALLER.match(library):
                problems.setdefault(str(path.relative_to(bundle)), []).append(library)
    return problems


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def build(out: Path, work: Path) -> Path:
    """Build the bundle into ``out`` (replaced if it is there) and return it."""
    work.mkdir(parents=True, exist_ok=True)
    # Linux binaries carry symbols the app never uses; stripping them saves
    # about 20 MiB. PyInstaller advises against it on Windows and macOS.
    strip = sys.platform.startswith("linux") and shutil.which("strip") is not None
    spec = work / f"{LAUNCHER}.spec"
    spec.write_text(spec_text(out, strip=strip), encoding="utf-8")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(out.parent), "--workpath", str(work), str(spec),
    ]  # fmt: skip
    subprocess.run(command, check=True)
    add_desktop_files(out)
    if sys.platform.startswith("linux"):
        problems = unresolved_libraries(out)
        if problems:
            lines = "\n".join(f"  {f}: {', '.join(libs)}" for f, libs in sorted(problems.items()))
            raise SystemExit(
                f"these libraries are needed but neither bundled nor the system's:\n{lines}"
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="the bundle folder to make (default: %(default)s)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=DEFAULT_WORK,
        help="PyInstaller's work folder (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.out.resolve(), args.work.resolve())
    size = folder_size(bundle) / 2**20
    print(f"built {bundle}/{LAUNCHER} ({size:.0f} MiB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
