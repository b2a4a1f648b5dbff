"""Whether Qt's window-system plugin can load, asked before Qt tries.

When the plugin's libraries are missing, Qt prints a long message and aborts
the process (a core dump, exit 134), which no Python code can catch. So on
Linux the app asks the dynamic linker first (it loads the plugin itself, and
runs `ldd` on it only when that fails) and, if something is missing, says in
one line which libraries and the command that installs them, and exits
normally.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

# Package names where the soname does not say them, on (Fedora, Arch): both
# ship the xcb utilities in a few bundles; Debian's names follow the soname.
OTHER_PACKAGES = {
    "libxcb-cursor.so.0": ("xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": ("xcb-util-renderutil", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("xcb-util", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon", "libxkbcommon"),
    "libX11-xcb.so.1": ("libX11-xcb", "libx11"),
    "libwayland-cursor.so.0": ("libwayland-cursor", "wayland"),
    "libwayland-client.so.0": ("libwayland-client", "wayland"),
}
FEDORA, ARCH = 0, 1

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class MissingLibraries:
    platform: str  # "xcb" or "wayland"
    libraries: tuple[str, ...]  # sonames, e.g. "libxcb-cursor.so.0"
    install: str | None  # the command for this system, when it is known


def debian_package(soname: str) -> str:
    """Debian's name for a library: libxcb-cursor.so.0 → libxcb-cursor0."""
    base, _, version = soname.partition(".so.")
    version = version.split(".")[0]
    base = base.lower()
    return f"{base}-{version}" if base[-1:].isdigit() else f"{base}{version}"


def install_command(libraries: tuple[str, ...], os_release: str) -> str | None:
    """The one command that installs ``libraries`` here, from /etc/os-release."""
    ids = set()
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids.update(value.strip().strip('"').split())
    if ids & {"debian", "ubuntu"}:
        return "sudo apt install " + " ".join(debian_package(lib) for lib in libraries)
    for family, command, system in (({"fedora", "rhel", "centos"}, "sudo dnf install", FEDORA),
                                    ({"arch"}, "sudo pacman -S", ARCH)):  # fmt: skip
        if ids & family:
            names = dict.fromkeys(
                OTHER_PACKAGES[lib][system] if lib in OTHER_PACKAGES else lib for lib in libraries
            )
            return f"{command} {' '.join(names)}"
    return None


def chosen_platform(env: Mapping[str, str]) -> str | None:
    """The window-system plugin Qt will load, as Qt picks it on Linux."""
    wanted = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted:
        return wanted if wanted in ("xcb", "wayland") else None
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb" if env.get("DISPLAY") else None


def _loads(path: Path) -> bool:
    """Whether the dynamic linker can load ``path``. Qt loads the same
    libraries a moment later, so asking first costs next to nothing."""
    try:
        ctypes.CDLL(str(path), mode=os.RTLD_LAZY)
    except OSError:
        return False
    return True


def _ldd(path: Path) -> str:
    # Loaded only when something is missing: the usual start pays nothing.
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    done = subprocess.run(
        [ldd, str(path)], capture_output=True, text=True, timeout=10, check=False, env=ldd_env()
    )
    return done.stdout


def ldd_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for ``ldd``: this one, and inside the self-contained
    bundle its library folder first, where the app itself finds the libraries
    it carries (the bundle's start-up gives child processes the system's
    LD_LIBRARY_PATH back; see tools/bundle_startup.py)."""
    env = dict(os.environ if environ is None else environ)
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [bundle, env.get("LD_LIBRARY_PATH")]))
    return env


def missing_libraries(
    env: Mapping[str, str] | None = None,
    *,
    plugins: Path | None = None,
    loads: Callable[[Path], bool] = _loads,
    ldd: Callable[[Path], str] = _ldd,
    os_release: Path = Path("/etc/os-release"),
) -> MissingLibraries | None:
    """What keeps Qt's window-system plugin from loading, or None (nothing,
    or not Linux, or no way to tell)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = chosen_platform(os.environ if env is None else env)
    if platform is None:
        return None
    if plugins is None:
        import PySide6  # the package only: no Qt library is loaded by this

        plugins = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
    plugin = plugins / f"libq{platform}.so"
    if not plugin.is_file() or loads(plugin):
        return None
    # Only when it does not load: ldd lists every missing library, where the
    # loader's error names the first.
    found = tuple(dict.fromkeys(_NOT_FOUND.findall(ldd(plugin))))
    if not found:
        return None
    try:
        release = os_release.read_text(encoding="utf-8")
    except OSError:
        release = ""
    return MissingLibraries(platform, found, install_command(found, release))
