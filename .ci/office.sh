#!/usr/bin/env bash
# Make sure LibreOffice Writer (headless) is installed: the tests convert every
# Word file the program writes to PDF with it, which proves the file opens in an
# office suite. Called by .ci/run and by `make install WITH_OFFICE=1`.
#
# Root on Debian/Ubuntu installs libreoffice-writer-nogui with apt-get when soffice
# is missing; anyone else is shown the command. Without it those tests skip and
# say why (in CI they fail).
set -euo pipefail

# DejaVu: a new machine may have no font at all, and a PDF without fonts has no text to check.
packages="libreoffice-writer-nogui fonts-dejavu-core"
package=libreoffice-writer-nogui

if command -v soffice >/dev/null 2>&1; then
    echo "office: LibreOffice is installed ($(command -v soffice))."
    exit 0
fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    echo "office: apt-get update && apt-get install -y --no-install-recommends $packages"
    apt-get update
    # shellcheck disable=SC2086 # two package names, split on purpose
    apt-get install -y --no-install-recommends $packages
    command -v soffice >/dev/null 2>&1 || {
        echo "office: $package is installed but soffice is not on PATH." >&2
        exit 1
    }
    echo "office: installed $package."
    exit 0
fi

echo "office: LibreOffice is missing; install it to run the Word tests:" >&2
echo "" >&2
echo "    sudo apt-get install --no-install-recommends $package" >&2
echo "" >&2
exit 1
