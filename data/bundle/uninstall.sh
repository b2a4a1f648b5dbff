#!/bin/sh
# Removes a Stretch Coach bundle that install.sh installed: the files it put
# in place (listed in the program folder's installed-files), the app's own
# start-at-login entry if it starts this install, and the program folder.
# Settings, history and the cramp diary are kept.
#
#   sh uninstall.sh                 the install this copy belongs to, else the one in ~/.local
#   sh uninstall.sh --prefix DIR    the install in DIR
set -eu

name=stretch-coach
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)

usage() {
    echo "usage: $0 [--prefix DIR]"
}

fail() {
    echo "uninstall.sh: $*" >&2
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
    lib_dir=$prefix/lib/$name
elif [ -f "$here/installed-files" ]; then
    lib_dir=$here
else
    lib_dir=$HOME/.local/lib/$name
fi
manifest=$lib_dir/installed-files
[ -f "$manifest" ] || fail "no Stretch Coach bundle is installed in $lib_dir"
launcher=$lib_dir/$name

# installed-files: the command first, then the menu files.
command_link=
{
    IFS= read -r recorded_link
    # The command only while it still leads to this install: another one
    # may have been put there since.
    if [ -L "$recorded_link" ] && [ "$(readlink "$recorded_link" || true)" = "$launcher" ]; then
        rm -f "$recorded_link"
        echo "removed $recorded_link"
        command_link=$recorded_link
    fi
    while IFS= read -r file; do
        if [ -f "$file" ]; then
            rm -f "$file"
            echo "removed $file"
        fi
    done
} <"$manifest"

# Start at login (Preferences) writes an entry that runs this launcher, by
# its own path or the command's; the desktop would skip it once the program
# is gone, but it is this install's, so it goes too.
case "${XDG_CONFIG_HOME:-}" in
    /*) autostart=$XDG_CONFIG_HOME/autostart/$name.desktop ;;
    *) autostart=$HOME/.config/autostart/$name.desktop ;;
esac
if [ -f "$autostart" ]; then
    for program in "$launcher" ${command_link:+"$command_link"}; do
        if grep -qxF "TryExec=$(printf '%s' "$program" | sed 's/\\/\\\\/g')" "$autostart"; then
            rm -f "$autostart"
            echo "removed $autostart"
            break
        fi
    done
fi

rm -rf "$lib_dir"
echo "removed $lib_dir"
echo "Your settings, history and cramp diary are kept (on Linux in ~/.config/stretch-coach and ~/.local/share/stretch-coach)."
