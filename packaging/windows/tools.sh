#!/bin/sh
# The Linux tools that build and check the Windows installer: makensis (Debian's nsis) and
# Wine. Installed when this can be done (root, apt-get, a package Debian has for this
# machine); otherwise this says what is missing and why, and build_installer.py or
# wine_check.py then say they skipped. A failing install where one is possible fails.
# Usage: tools.sh nsis|wine...
set -eu
for tool in "$@"; do
    case "$tool" in
        nsis) command -v makensis >/dev/null 2>&1 && continue; packages="nsis" ;;
        wine)
            command -v wine >/dev/null 2>&1 && command -v wineserver >/dev/null 2>&1 && continue
            if [ "$(uname -m)" != "x86_64" ]; then
                echo "Wine cannot run the x64 installer on $(uname -m): its check will skip."
                continue
            fi
            packages="wine wine64" ;;
        *) echo "tools.sh: unknown tool '$tool' (nsis or wine)" >&2; exit 2 ;;
    esac
    if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "$tool is not installed and cannot be installed here (needs root and apt-get):"
        echo "  apt-get install $packages"
        continue
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    if ! apt-cache show $packages >/dev/null 2>&1; then
        echo "Debian has no '$packages' package for this machine: $tool is not installed."
        continue
    fi
    echo "Installing $packages (for the Windows installer)"
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
done
