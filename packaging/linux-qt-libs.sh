#!/bin/sh
# Qt's wheels need a few system libraries that a minimal Debian lacks. Install them when we
# can (root with apt-get), otherwise say exactly what to install.
# Usage: linux-qt-libs.sh PYTHON [--x11]   (--x11: also a real X display under Xvfb, for
# `make screenshots`: the xcb platform plugin's libraries, Xvfb and xdotool)
set -eu
python="$1"
x11="${2:-}"
[ "$(uname -s)" = "Linux" ] || exit 0
xcb_ready() {
    plugin=$("$python" -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'Qt/plugins/platforms/libqxcb.so')")
    ! ldd "$plugin" | grep -q "not found" && command -v Xvfb >/dev/null && command -v xdotool >/dev/null
}
if QT_QPA_PLATFORM=offscreen "$python" -c "from PySide6 import QtGui, QtWidgets" 2>/dev/null; then
    if [ "$x11" != "--x11" ] || xcb_ready; then
        exit 0
    fi
fi
# Offscreen needs the first line; a real X display (make demo on a desktop) needs the rest.
packages="libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libfreetype6
 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1"
if [ "$x11" = "--x11" ]; then
    packages="$packages xvfb xdotool"
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the system libraries Qt needs: $packages" | tr '\n' ' '; echo
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
    QT_QPA_PLATFORM=offscreen "$python" -c "from PySide6 import QtGui, QtWidgets"
else
    echo "Qt cannot load: some system libraries are missing. As root, run:" >&2
    echo "  apt-get install $packages" | tr '\n' ' ' >&2; echo >&2
    exit 1
fi
