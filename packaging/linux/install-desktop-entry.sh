#!/bin/sh
# Add PSW Journal to the applications menu of this Linux user, with its icon.
#
#   ./install-desktop-entry.sh [FOLDER]      FOLDER: the unzipped psw-journal folder
#   ./install-desktop-entry.sh --remove      take the menu entry and icons away again
#
# The packaged app carries this script at the top of its folder, so with no FOLDER it
# uses the folder it sits in. Nothing is written outside the user's own
# ~/.local/share; the journal itself is never touched.
set -eu

APP_ID=org.pswjournal.PSWJournal
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    for n in $SIZES; do rm -f "$DATA/icons/hicolor/${n}x${n}/apps/$APP_ID.png"; done
    rm -f "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    echo "removed the PSW Journal menu entry"
    exit 0
fi

folder=$(cd "${1:-$(dirname "$0")}" && pwd)
program="$folder/psw-journal"
resources="$folder/_internal/journal_app/resources"
if [ ! -x "$program" ] || [ ! -d "$resources/linux" ]; then
    echo "install-desktop-entry: no packaged PSW Journal in $folder" >&2
    echo "(give the unzipped psw-journal folder, the one holding psw-journal and _internal/)" >&2
    exit 2
fi

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
for n in $SIZES; do
    mkdir -p "$DATA/icons/hicolor/${n}x${n}/apps"
    cp "$resources/icons/psw-journal-$n.png" "$DATA/icons/hicolor/${n}x${n}/apps/$APP_ID.png"
done
cp "$resources/icons/psw-journal.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
cp "$resources/linux/$APP_ID.metainfo.xml" "$DATA/metainfo/"
# The menu entry starts this folder's program (quoted: the path may hold spaces).
sed "s|^Exec=.*|Exec=\"$program\"|" "$resources/linux/$APP_ID.desktop" \
    > "$DATA/applications/$APP_ID.desktop"
command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "PSW Journal is in the applications menu (starts $program)"
