"""What the PyInstaller build puts beside the code, and what it must import that it cannot see.

Read by ``packaging/vanort.spec`` and by ``tests/packaging``, both loading this
file by its path: ``packaging`` is also the name of a package on PyPI (which
PyInstaller itself imports), so this folder is deliberately not a Python
package and is never put on ``sys.path``.

Every file under ``resources/`` is either shipped (:data:`SHIPPED`) or left
out for a stated reason (:data:`LEFT_OUT`); a file that is neither stops the
build, so a new font or map cannot be forgotten silently.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (files, as a glob relative to the project; the folder they go to in the bundle).
# The bundle keeps the project's layout: app.resource_paths finds resources/
# under sys._MEIPASS, and db.migrate finds migrations/ beside its own module.
SHIPPED: tuple[tuple[str, str], ...] = (
    ("resources/fonts/*.ttf", "resources/fonts"),
    # The licences must travel with the fonts they cover.
    ("resources/fonts/LICENSE-*.txt", "resources/fonts"),
    ("resources/maps/*.json", "resources/maps"),
    ("resources/data/*.csv", "resources/data"),
    ("resources/data/*.txt", "resources/data"),
    ("resources/data/*.tsv.gz", "resources/data"),
    # The gazetteer's match keys, sorted (app.places.gazetteer bisects them).
    ("resources/data/*.txt.gz", "resources/data"),
    # The demo register's lists, imported by app/demo/register_files.py.
    ("resources/demo/*.csv", "resources/demo"),
    # Qt's translator reads the .qm; app.i18n reads the .ts (no Qt in sub-commands).
    ("resources/translations/*.qm", "resources/translations"),
    ("resources/translations/*.ts", "resources/translations"),
    ("resources/icons/*.png", "resources/icons"),
    # The handbook (Help ▸ Handbook, F1) is read from these files at run time.
    ("resources/handbook/*.md", "resources/handbook"),
    ("resources/icons/*.ico", "resources/icons"),
    # Alembic loads the environment and the revisions from files, not by import.
    ("db/migrations/env.py", "db/migrations"),
    ("db/migrations/script.py.mako", "db/migrations"),
    ("db/migrations/versions/*.py", "db/migrations/versions"),
)

# (files under resources/, as a glob; why the program does without them).
LEFT_OUT: tuple[tuple[str, str], ...] = (
    ("resources/__init__.py", "makes resources/ a package for the wheel; it is found by path"),
    ("resources/*/README.md", "notes for developers on where the files come from"),
    ("resources/maps/make_*.py", "the tool that made the map data, run by developers"),
    ("resources/data/build_*.py", "the tool that made the gazetteer, run by developers"),
)

# Modules the program loads by name (importlib), which PyInstaller cannot see.
LOADED_BY_NAME: tuple[str, ...] = ("ui.app",)

# Modules of other packages the program needs without a plain import statement.
HIDDEN_IMPORTS: tuple[str, ...] = (
    # reportlab imports its C speed-ups inside exec().
    "_rl_accel",
    # SQLAlchemy picks the dialect from the URL.
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
)

# Shipped only when installed in the build environment (the postgres extra).
OPTIONAL_IMPORTS: tuple[str, ...] = (
    "psycopg",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
)

# Qt modules the program never imports (it uses QtCore, QtGui, QtWidgets and QtPrintSupport):
# left out with their libraries, plugins and translations.
UNUSED_QT: tuple[str, ...] = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDBus",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

# Qt plugins of no use to a desktop window on Windows or Linux, by file name
# without "lib" and extension; they would pull in QtNetwork, QtSvg, GTK and cairo.
UNUSED_QT_PLUGINS: tuple[str, ...] = (
    "qeglfs",  # full-screen embedded platforms
    "qlinuxfb",
    "qminimalegl",
    "qvkkhrdisplay",
    "qvnc",  # a VNC server platform (QtNetwork)
    "qdirect2d",  # an alternative Windows platform; qwindows is the one used
    "qtvirtualkeyboardplugin",  # Qt's on-screen keyboard, built on QtQuick
    "qtuiotouchplugin",  # touch events over the network (QtNetwork)
    "qevdevkeyboardplugin",  # raw input devices, for the embedded platforms only
    "qevdevmouseplugin",
    "qevdevtabletplugin",
    "qevdevtouchplugin",
    "qgtk3",  # GTK theme: the program draws itself in Fusion; it pulls cairo and GTK
    "qsvg",  # SVG images and icons (QtSvg): the program has none
    "qsvgicon",
    "adwaita",  # a Wayland title bar drawn with QtSvg; Qt falls back to its own
    "qpdf",  # PDF pages as images (QtPdf)
    "qminimal",  # a platform without a screen; --offscreen uses qoffscreen
    "ivi-shell",  # Wayland shells of car dashboards and kiosks, not of a desktop
    "fullscreen-shell-v1",
    "qicns",  # image formats a logo is never chosen in (PNG, JPEG, BMP, GIF stay)
    "qtga",
    "qtiff",
    "qwbmp",
    "qwebp",
)
UNUSED_QT_PLUGIN_FOLDERS: tuple[str, ...] = (
    "egldeviceintegrations",  # full-screen embedded platforms
    "vectorimageformats",  # Lottie animations, for QtQuick
)

# Packages whose modules are also shipped as files beside the archive, by
# PyInstaller's module collection mode. python-docx opens its templates as
# docx/parts/../templates/...: Windows shortens the ".." by the name alone, but
# Linux and macOS walk through docx/parts, which must exist on disk, or every
# Word report fails with "No such file or directory".
MODULES_AS_FILES: dict[str, str] = {"docx.parts": "pyz+py"}

# Libraries that nothing links against but that are loaded by name at run time,
# by file name (fnmatch, lower case). Every other library that no kept
# binary needs is left out (packaging/vanort.spec, _prune_binaries): the ones
# only dropped plugins needed (QtNetwork, QtSvg, cairo, pango, GTK's ATK and
# GIO), leftovers of the build machine (libjpeg, libharfbuzz), and on Windows
# Qt's software OpenGL (opengl32sw.dll, 20 MB), which the program's widgets
# never load.
LOADED_BY_NAME_LIBRARIES: tuple[str, ...] = (
    # Python itself, which the executables load when they start.
    "libpython3*",
    "python3*.dll",
    # PDFium, loaded with ctypes by pypdfium2 (the report's page pictures).
    "libpdfium*",
    "pdfium*",
    # Windows: Qt loads the Direct3D shader compiler by name when it uses Direct3D.
    "d3dcompiler_*",
)

# Other packages that are installed in a development environment but that the
# program does not use; some would be pulled in through optional imports.
EXCLUDED_PACKAGES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "numpy",
    "pandas",
    "matplotlib",
    "IPython",
    "pytest",
    "pytestqt",
    "pypdf",
    "mypy",
    "ruff",
    # lxml stays: python-docx writes the Word reports with it (its data files come
    # with PyInstaller's own hook for docx). Its hook takes every part of it;
    # python-docx and openpyxl use lxml.etree only, not its object API (3 MB),
    # HTML tools, SAX bridge, element builder or Schematron (with its XSLT files).
    "lxml.objectify",
    "lxml.html",
    "lxml.sax",
    "lxml.builder",
    "lxml.isoschematron",
    # Mako (Alembic's templates) highlights tracebacks with Pygments when it is
    # there; the program never shows one, and Pygments is thousands of modules.
    "pygments",
    # Pillow stays (reportlab draws the letterhead logo through it, the Word
    # pictures draw their text with its FreeType part) but not its GUI glue,
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL.ImageShow",
    "PIL._imagingtk",
    # nor the formats a logo is never chosen in (the settings offer PNG, JPEG,
    # BMP and GIF): AVIF and WebP bring 6 MB of codecs of their own,
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    # nor colour management and image arithmetic, which nothing calls.
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingmath",
    "PIL.ImageMath",
    "PIL._imagingmorph",
    "PIL.ImageMorph",
    # Alembic's test helpers and the templates of "alembic init".
    "alembic.testing",
    # Python's help, debugger and test runners, pulled in only by reportlab's
    # self-tests under "if __name__ == '__main__'"; and decimal's pure-Python
    # fallback (the C _decimal is shipped) and multiprocessing (no process pools).
    "doctest",
    "pdb",
    "pydoc",
    "pydoc_data",
    "unittest",
    "_pydecimal",
    "multiprocessing",
    "concurrent.futures.process",
    # Python's ssl stays, with its OpenSSL beside libpq's own: psycopg imports
    # ssl when it loads, to set up OpenSSL before libpq does, and fails
    # without it ("no pq wrapper available"): no server database then.
)


def _glob(root: Path, pattern: str) -> list[Path]:
    return sorted(path for path in root.glob(pattern) if path.is_file())


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every shipped file, one entry per file.

    A pattern that matches nothing is an error: a renamed or deleted file must
    fail the build, not leave the package without it.
    """
    found: list[tuple[str, str]] = []
    for pattern, target in SHIPPED:
        files = _glob(root, pattern)
        if not files:
            raise FileNotFoundError(f"{pattern} matches no file in {root}")
        found += [(str(path), target) for path in files]
    return found


def shipped_paths(root: Path = ROOT) -> set[str]:
    """The shipped files as paths relative to ``root`` with forward slashes."""
    return {Path(source).relative_to(root).as_posix() for source, _target in data_files(root)}


def unclassified_resources(root: Path = ROOT) -> list[str]:
    """Files under resources/ that are neither shipped nor left out for a reason."""
    shipped = shipped_paths(root)
    left_out = [pattern for pattern, _reason in LEFT_OUT]
    problems = []
    for path in _glob(root, "resources/**/*"):
        relative = path.relative_to(root).as_posix()
        if "__pycache__" in path.parts or relative in shipped:
            continue
        if not any(fnmatch.fnmatchcase(relative, pattern) for pattern in left_out):
            problems.append(relative)
    return problems


def command_modules(root: Path = ROOT) -> list[str]:
    """The sub-command modules app.cli imports by name (its COMMAND_MODULES), read from source."""
    tree = ast.parse((root / "app" / "cli" / "__init__.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        target = getattr(node, "target", None) or next(iter(getattr(node, "targets", [])), None)
        if isinstance(target, ast.Name) and target.id == "COMMAND_MODULES":
            value = getattr(node, "value", None)
            if value is not None:
                return list(ast.literal_eval(value))
    raise ValueError("app/cli/__init__.py defines no COMMAND_MODULES")


def migration_imports(root: Path = ROOT) -> list[str]:
    """Every module the migration scripts import: they run from files, unseen by PyInstaller."""
    modules: set[str] = set()
    scripts = [root / "db" / "migrations" / "env.py"]
    scripts += _glob(root, "db/migrations/versions/*.py")
    for script in scripts:
        tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.add(node.module)
                # "from alembic import op": op is a module the script needs.
                modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    # "from db.models import Base" names a class, not a module: keep what imports.
    return sorted(
        name for name in modules if not name.startswith("__future__") and _is_module(name)
    )


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def program_modules(root: Path = ROOT) -> list[str]:
    """Every module of app/, db/ and ui/ except the migrations (scripts shipped as files, and the
    modules they import, named by :func:`migration_imports`)."""
    modules = []
    for package in ("app", "db", "ui"):
        for path in _glob(root, f"{package}/**/*.py"):
            relative = path.relative_to(root).with_suffix("")
            # Beside the scripts, only what they import (migration_imports): the first
            # schema's parts, which a script names.
            if relative.parts[:2] == ("db", "migrations") and relative.parts != (
                "db",
                "migrations",
                "__init__",
            ):
                continue
            if relative.name == "__init__":
                relative = relative.parent
            modules.append(".".join(relative.parts))
    return modules
