#!/usr/bin/env bash
# Build the program folder dist/vanort/ (the window program vanort and the
# command-line program vanort-cli) with PyInstaller and prove it complete with
# its own --self-test, which opens the real window on the xcb platform: under
# Xvfb when there is no screen (a build machine). `make package` runs this
# after `make install`.
#
# Builds for the platform it runs on (Linux here; packaging/windows/build.ps1
# builds the same spec on Windows and then the installer). Works from a fresh
# clone: it uses the project's .venv and installs the "package" extra
# (PyInstaller) into it when missing.
#
# Options (environment):
#   PYTHON=/path/to/python    the interpreter to use (default: .venv/bin/python)
#   SPEC_ARGS="--windowed"    extra arguments for packaging/vanort.spec
#   SELF_TEST_ARGS=--offscreen  test the window without a screen (no Xvfb), only when asked
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
PROGRAM="$DIST/vanort/vanort"
COMMAND_LINE="$DIST/vanort/vanort-cli"

say() { printf '\n==> %s\n' "$*"; }
fail() { printf 'packaging/build.sh: %s\n' "$*" >&2; exit 1; }

[[ -x "$PYTHON" ]] || fail "no Python at $PYTHON; run make install first (or set PYTHON=...)"

if ! "$PYTHON" -c 'import PyInstaller' >/dev/null 2>&1; then
    say "PyInstaller is missing: installing the project with its package extra"
    # The postgres extra too, so the package can open a database server.
    "$PYTHON" -m pip install --disable-pip-version-check ${CI:+--progress-bar off} \
        -e ".[package,postgres]" || fail "could not install PyInstaller (pip install -e '.[package]')"
fi
say "PyInstaller $("$PYTHON" -c 'import PyInstaller; print(PyInstaller.__version__)') on Python $("$PYTHON" -c 'import platform; print(platform.python_version())')"

# The Swedish catalogue must be compiled; Qt reads only the .qm.
for catalogue in resources/translations/*.ts; do
    compiled="${catalogue%.ts}.qm"
    [[ -f "$compiled" ]] || fail "$compiled is missing; run make translations"
    if [[ "$catalogue" -nt "$compiled" ]]; then
        echo "warning: $catalogue is newer than $compiled; run make translations to refresh it" >&2
    fi
done

say "Building $DIST/vanort"
rm -rf "$DIST/vanort"
# shellcheck disable=SC2086 # SPEC_ARGS is a list of words on purpose
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" \
    packaging/vanort.spec -- ${SPEC_ARGS:-}

[[ -x "$PROGRAM" ]] || fail "PyInstaller finished but $PROGRAM is missing"
[[ -x "$COMMAND_LINE" ]] || fail "PyInstaller finished but $COMMAND_LINE is missing"

size_bytes=$(du -sb "$DIST/vanort" | cut -f1)
files=$(find "$DIST/vanort" -type f | wc -l)
say "Package: $DIST/vanort, $(du -sh "$DIST/vanort" | cut -f1) ($((size_bytes / 1024 / 1024)) MiB, $files files)"
if command -v tar >/dev/null && command -v gzip >/dev/null; then
    packed=$(tar -C "$DIST" -cf - vanort | gzip -6 | wc -c)
    echo "    packed (tar.gz, about what an installer compresses to): $((packed / 1024 / 1024)) MiB"
fi

# The window must open on a real platform plugin (xcb), as on her screen;
# without a screen, in a virtual one (Xvfb), installed here the way
# .ci/system-deps.sh installs Qt's libraries.
self_test=("$COMMAND_LINE" --self-test ${SELF_TEST_ARGS:-})
if [[ " ${SELF_TEST_ARGS:-} " != *" --offscreen "* && -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    if ! command -v xvfb-run >/dev/null 2>&1; then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
            say "Installing Xvfb for the self-test's window"
            DEBIAN_FRONTEND=noninteractive apt-get update
            DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth
        else
            fail "the self-test needs a screen or Xvfb: sudo apt-get install xvfb (or SELF_TEST_ARGS=--offscreen)"
        fi
    fi
    self_test=(xvfb-run -a "${self_test[@]}")
fi

say "Running ${self_test[*]}"
# A clean environment for Qt: the package must find its own plugins.
if ! env -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM_PLUGIN_PATH -u QT_QPA_PLATFORM -u PYTHONPATH \
    -u PYTHONHOME "${self_test[@]}"; then
    fail "the built program's self-test failed (see the FAIL lines above)"
fi
say "Package built and self-tested: $DIST/vanort"
