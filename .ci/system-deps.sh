#!/usr/bin/env bash
# Make sure the Debian/Ubuntu packages that Qt (PySide6) needs are installed.
#
# Called by `make install`. Root installs what is missing with apt-get; anyone
# else is shown the exact command and the build stops, since the program would
# only fail later with an obscure "could not load the Qt platform plugin".
#
# Environment:
#   PYTHON     the interpreter that will create .venv (checked for the venv module)
#   NEED_VENV  1 when .venv does not exist yet, so `python -m venv` must work
set -euo pipefail

# Offscreen Qt (tests, CI, exports without a screen); see PLATFORM.md.
offscreen=(libgl1 libxkbcommon0 libegl1 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3)
# A real window, also under Xvfb.
windowed=(xvfb libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0)
# Printing; and a font that draws Siglufjörður, Eiði and Łódź.
other=(libcups2 fonts-dejavu-core)
# Only used for looking at exported PDFs during development.
optional=(poppler-utils)

is_debian_like() {
    [[ -f /etc/debian_version ]] && return 0
    [[ -r /etc/os-release ]] || return 1
    local id id_like
    id=$(. /etc/os-release && printf '%s' "${ID:-}")
    id_like=$(. /etc/os-release && printf '%s' "${ID_LIKE:-}")
    [[ " $id $id_like " == *" debian "* || " $id $id_like " == *" ubuntu "* ]]
}

is_installed() {
    # Newer releases renamed some libraries for 64-bit time (libglib2.0-0t64,
    # libcups2t64); the old name is then only a virtual package.
    local name
    for name in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}\n' "$name" 2>/dev/null | grep -q 'install ok installed'; then
            return 0
        fi
    done
    return 1
}

if ! is_debian_like || ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not Debian or Ubuntu; make sure Qt's libraries (see PLATFORM.md) are installed."
    exit 0
fi

missing=()
for package in "${offscreen[@]}" "${windowed[@]}" "${other[@]}"; do
    is_installed "$package" || missing+=("$package")
done

# Debian's own Python keeps the venv module (ensurepip) in a separate package.
if [[ "${NEED_VENV:-0}" == 1 && -n "${PYTHON:-}" ]]; then
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        missing+=("python${version}-venv")
    fi
fi

optional_missing=()
for package in "${optional[@]}"; do
    is_installed "$package" || optional_missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "system-deps: all system packages for Qt are installed."
    if ((${#optional_missing[@]} > 0)); then
        echo "system-deps: optional, for PDF previews in development: sudo apt-get install ${optional_missing[*]}"
    fi
    exit 0
fi

echo "system-deps: missing system packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    echo "system-deps: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
    echo "system-deps: installed ${missing[*]}"
else
    echo "system-deps: please install them first, then run make again:" >&2
    echo "" >&2
    echo "    sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "" >&2
    exit 1
fi
