#!/bin/sh
# What the tests read the order slip's barcodes back with: zbar (Debian's libzbar0, which the
# pyzbar package loads) and poppler's pdftoppm (the slip's PDF as a printer's pixels); and
# DejaVu Sans, the font of a Linux till, which every symbol the till shows must be in.
# Installed when we can (root with apt-get); otherwise say what to install: those tests are
# then skipped, naming it.
# Usage: linux-test-tools.sh PYTHON
set -eu
python="$1"
[ "$(uname -s)" = "Linux" ] || exit 0
ready() {
    "$python" -c "from pyzbar import pyzbar" 2>/dev/null && command -v pdftoppm >/dev/null &&
        [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]
}
ready && exit 0
packages="libzbar0 poppler-utils fonts-dejavu-core"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing what the slip's barcode and font tests need: $packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
    ready
else
    echo "The slip's barcode and font tests will be skipped: as root, run: apt-get install $packages" >&2
fi
