#!/bin/sh
# Adds Stretch Coach to the application menu of the current user (no root needed):
# the menu entry, the AppStream metadata and the icon, under $XDG_DATA_HOME.
# The app itself must be installed separately so that `stretch-coach` is on PATH.
#
#   sh data/install-desktop-files.sh              install
#   sh data/install-desktop-files.sh --uninstall  remove the same three files
set -eu

app_id=org.stretchcoach.StretchCoach
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
# The base directory spec says to ignore an empty or relative value.
case "${XDG_DATA_HOME:-}" in
    /*) data_home=$XDG_DATA_HOME ;;
    *) data_home=$HOME/.local/share ;;
esac

apps_dir=$data_home/applications
metainfo_dir=$data_home/metainfo
icon_dir=$data_home/icons/hicolor/scalable/apps

usage() {
    echo "usage: $0 [--uninstall]"
}

# Copies with a fixed mode, so a restrictive umask cannot hide the entry from the menu.
put() {
    mkdir -p "$2"
    cp "$1" "$2/"
    chmod 644 "$2/$(basename "$1")"
    echo "installed $2/$(basename "$1")"
}

# Touching the theme folder tells icon caches to look again; desktops watch
# the applications folder themselves, so nothing else needs refreshing.
refresh_icons() {
    if [ -d "$data_home/icons/hicolor" ]; then
        touch "$data_home/icons/hicolor"
    fi
}

install_files() {
    put "$here/$app_id.desktop" "$apps_dir"
    put "$here/$app_id.metainfo.xml" "$metainfo_dir"
    put "$here/icons/hicolor/scalable/apps/$app_id.svg" "$icon_dir"
    refresh_icons
    if ! command -v stretch-coach >/dev/null 2>&1; then
        echo "note: stretch-coach is not on PATH yet; install the app (pipx install .) to launch it from the menu" >&2
    fi
}

uninstall_files() {
    for file in "$apps_dir/$app_id.desktop" "$metainfo_dir/$app_id.metainfo.xml" \
        "$icon_dir/$app_id.svg"; do
        if [ -e "$file" ]; then
            rm -f "$file"
            echo "removed $file"
        fi
    done
    refresh_icons
}

if [ $# -gt 1 ]; then
    usage >&2
    exit 2
fi

case "${1:-}" in
    "") install_files ;;
    --uninstall) uninstall_files ;;
    -h | --help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
