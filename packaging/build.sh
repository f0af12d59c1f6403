#!/usr/bin/env bash
# Build the program folder dist/vanort/ with PyInstaller and prove it complete
# with its own --self-test. `make package` runs this after `make install`.
#
# Builds for the platform it runs on (Linux here; packaging/windows/build.ps1
# builds the same spec on Windows and then the installer). Works from a fresh
# clone: it uses the project's .venv and installs the "package" extra
# (PyInstaller) into it when missing.
#
# Options (environment):
#   PYTHON=/path/to/python    the interpreter to use (default: .venv/bin/python)
#   SPEC_ARGS="--windowed"    extra arguments for packaging/vanort.spec
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
PROGRAM="$DIST/vanort/vanort"

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

size_bytes=$(du -sb "$DIST/vanort" | cut -f1)
files=$(find "$DIST/vanort" -type f | wc -l)
say "Package: $DIST/vanort, $(du -sh "$DIST/vanort" | cut -f1) ($((size_bytes / 1024 / 1024)) MiB, $files files)"
if command -v tar >/dev/null && command -v gzip >/dev/null; then
    packed=$(tar -C "$DIST" -cf - vanort | gzip -6 | wc -c)
    echo "    packed (tar.gz, about what an installer compresses to): $((packed / 1024 / 1024)) MiB"
fi

say "Running $PROGRAM --self-test"
# A clean environment for Qt: the package must find its own plugins.
if ! env -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM_PLUGIN_PATH -u PYTHONPATH -u PYTHONHOME \
    "$PROGRAM" --self-test; then
    fail "the built program's self-test failed (see the FAIL lines above)"
fi
say "Package built and self-tested: $DIST/vanort"
