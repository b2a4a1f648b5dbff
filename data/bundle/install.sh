#!/bin/sh
# Installs this Stretch Coach bundle for the current user (no root needed):
# the program folder, the `stretch-coach` command, and the application menu
# entry, AppStream metadata and icon.
#
#   sh install.sh                 into ~/.local (menu files under $XDG_DATA_HOME)
#   sh install.sh --prefix DIR    into DIR/lib/stretch-coach, DIR/bin and DIR/share
#
# Running it again replaces an earlier install. uninstall.sh, kept in the
# program folder, removes exactly what this puts in place; settings, history
# and the cramp diary are never touched.
set -eu

app_id=org.stretchcoach.StretchCoach
name=stretch-coach
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)

usage() {
    echo "usage: $0 [--prefix DIR]"
}

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

prefix=
while [ $# -gt 0 ]; do
    case $1 in
        --prefix)
            [ $# -ge 2 ] || {
                usage >&2
                exit 2
            }
            prefix=$2
            shift 2
            ;;
        --prefix=*)
            prefix=${1#--prefix=}
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
done

if [ -n "$prefix" ]; then
    case $prefix in
        /*) ;;
        *) prefix=$(pwd)/$prefix ;;
    esac
    data_home=$prefix/share
else
    prefix=$HOME/.local
    # The base directory spec says to ignore an empty or relative value.
    case "${XDG_DATA_HOME:-}" in
        /*) data_home=$XDG_DATA_HOME ;;
        *) data_home=$HOME/.local/share ;;
    esac
fi

for path in "$here" "$prefix" "$data_home"; do
    case $path in
        *[[:cntrl:]]*) fail "cannot install into a path with a tab or a line break in it: $path" ;;
    esac
done

[ -f "$here/$name" ] && [ -x "$here/$name" ] || fail "run this from the Stretch Coach bundle folder (there is no $name beside it)"

bin_dir=$prefix/bin
lib_dir=$prefix/lib/$name
launcher=$lib_dir/$name
manifest=$lib_dir/installed-files
command_link=$bin_dir/$name
desktop_entry=$data_home/applications/$app_id.desktop
metainfo=$data_home/metainfo/$app_id.metainfo.xml
icon=$data_home/icons/hicolor/scalable/apps/$app_id.svg

# Never replace what another install put there.
if [ -e "$command_link" ] || [ -L "$command_link" ]; then
    [ "$(readlink "$command_link" || true)" = "$launcher" ] ||
        fail "$command_link already exists and is not this bundle's (a pip or pipx install?); remove that first"
fi
if [ -e "$lib_dir" ] && [ ! -f "$manifest" ]; then
    fail "$lib_dir exists but is not an installed Stretch Coach bundle; move it away first"
fi

# The program folder: copied whole beside the old one, then swapped in.
if [ "$here" != "$lib_dir" ]; then
    mkdir -p "$prefix/lib"
    staging=$lib_dir.new-$$
    rm -rf "$staging"
    cp -RP "$here" "$staging"
    rm -f "$staging/installed-files"
    rm -rf "$lib_dir"
    mv "$staging" "$lib_dir"
fi
echo "installed $lib_dir"

mkdir -p "$bin_dir"
ln -sf "$launcher" "$command_link"
echo "installed $command_link"

# One argument for an Exec= line, quoted as the Desktop Entry spec asks (the
# same rules as the app's own start-at-login entry, services/autostart.py):
# % doubled, double quotes around an argument with a reserved character
# (with \ " ` $ escaped inside them), then every backslash escaped once more
# as in any string value.
exec_arg() {
    text=$(printf '%s' "$1" | sed 's/%/%%/g')
    case $text in
        *[\ \"\'\\\>\<\~\|\&\;\$\*\?\#\(\)\`]*)
            text=\"$(printf '%s' "$text" | sed 's/[\\"`$]/\\&/g')\"
            ;;
    esac
    printf '%s' "$text" | sed 's/\\/\\\\/g'
}

put() {
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2"
    # A fixed mode, so a restrictive umask cannot hide the entry from the menu.
    chmod 644 "$2"
    echo "installed $2"
}

# The menu entry runs this install's launcher by its full path, so it works
# even where ~/.local/bin is not on the desktop session's PATH.
template=$lib_dir/share/applications/$app_id.desktop
entry=$lib_dir/share/applications/$app_id.desktop.installed
EXEC_ARG=$(exec_arg "$launcher") TRY_EXEC=$(printf '%s' "$launcher" | sed 's/\\/\\\\/g') awk '
    BEGIN { bare = "Exec=stretch-coach"; done = 0 }
    index($0, bare) == 1 && (length($0) == length(bare) || substr($0, length(bare) + 1, 1) == " ") {
        print "Exec=" ENVIRON["EXEC_ARG"] substr($0, length(bare) + 1); done++; next
    }
    $0 == "TryExec=stretch-coach" { print "TryExec=" ENVIRON["TRY_EXEC"]; next }
    { print }
    END { if (done == 0) exit 1 }
' "$template" >"$entry" || fail "$template has no Exec=stretch-coach line to point at this install"
put "$entry" "$desktop_entry"
rm -f "$entry"
put "$lib_dir/share/metainfo/$app_id.metainfo.xml" "$metainfo"
put "$lib_dir/share/icons/hicolor/scalable/apps/$app_id.svg" "$icon"

# What uninstall.sh removes besides the program folder: the command first.
printf '%s\n' "$command_link" "$desktop_entry" "$metainfo" "$icon" >"$manifest"

# Touching the theme folder tells icon caches to look again; desktops watch
# the applications folder themselves.
touch "$data_home/icons/hicolor"

case ":$PATH:" in
    *":$bin_dir:"*) echo "Start Stretch Coach from the application menu, or with: $name" ;;
    *) echo "Start Stretch Coach from the application menu, or with: $command_link ($bin_dir is not on your PATH)" ;;
esac
echo "To remove it: sh $lib_dir/uninstall.sh"
