"""The spec's lists: every resource shipped or left out for a reason, and the spec wired to them.

packaging/vanort.spec is run here with stand-ins for PyInstaller's build
classes, so the test needs no PyInstaller and no build: it records what the
spec hands to Analysis, EXE and COLLECT.
"""

from __future__ import annotations

import ast
import importlib
import sys
import types
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from bundle_helpers import REPO, SPEC_FILE

# --- the data list ---------------------------------------------------------------------------


def test_every_resource_file_is_shipped_or_left_out_for_a_reason(datas: types.ModuleType) -> None:
    assert datas.unclassified_resources(REPO) == []


def test_the_files_the_program_loads_by_name_are_shipped(datas: types.ModuleType) -> None:
    from app.i18n import LANGUAGES
    from app.importing.country_check import MUNICIPALITIES_FILE
    from app.places.countries import COUNTRIES_FILE, MORE_NAMES_FILE
    from app.reports.pdf.fonts import _FILES as FONT_FILES

    shipped = datas.shipped_paths(REPO)
    wanted = {f"resources/fonts/{name}" for name in FONT_FILES.values()}
    wanted.add(f"resources/data/{COUNTRIES_FILE}")
    wanted.add(f"resources/data/{MORE_NAMES_FILE}")
    wanted.add(f"resources/data/{MUNICIPALITIES_FILE}")
    wanted.add("resources/maps/country_outlines.json")
    for language in LANGUAGES:
        if language != "en":  # English is the source text, without a catalogue
            wanted |= {f"resources/translations/vanort_{language}.{end}" for end in ("ts", "qm")}
    wanted |= {"db/migrations/env.py", "db/migrations/script.py.mako"}
    wanted |= {
        path.relative_to(REPO).as_posix() for path in (REPO / "db/migrations/versions").glob("*.py")
    }
    assert wanted - shipped == set()


def test_every_shipped_font_has_its_licence_beside_it(datas: types.ModuleType) -> None:
    shipped = datas.shipped_paths(REPO)
    fonts = [Path(p) for p in shipped if p.endswith(".ttf")]
    licences = [Path(p).stem.removeprefix("LICENSE-") for p in shipped if "/LICENSE-" in p]
    assert fonts
    for font in fonts:
        assert any(font.stem.startswith(family) for family in licences), font


def _tree(root: Path, datas: types.ModuleType, *extra: str) -> None:
    """A project folder with one file for every shipped pattern, plus ``extra`` files."""
    for pattern, _target in datas.SHIPPED:
        (root / pattern.replace("*", "x")).parent.mkdir(parents=True, exist_ok=True)
        (root / pattern.replace("*", "x")).write_text("x")
    for name in extra:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")


def test_a_new_resource_file_must_be_shipped_or_left_out(
    tmp_path: Path, datas: types.ModuleType
) -> None:
    _tree(tmp_path, datas, "resources/sounds/ding.wav", "resources/fonts/README.md")

    assert datas.unclassified_resources(tmp_path) == ["resources/sounds/ding.wav"]


def test_a_shipped_pattern_without_files_stops_the_build(
    tmp_path: Path, datas: types.ModuleType
) -> None:
    _tree(tmp_path, datas)
    (tmp_path / "resources/icons/x.ico").unlink()

    with pytest.raises(FileNotFoundError, match=r"resources/icons/\*\.ico"):
        datas.data_files(tmp_path)


# --- what must be imported although no import statement shows it -----------------------------


def test_the_command_modules_read_from_source_are_the_programs(datas: types.ModuleType) -> None:
    from app.cli import COMMAND_MODULES

    assert datas.command_modules(REPO) == list(COMMAND_MODULES)
    assert set(COMMAND_MODULES) <= set(datas.program_modules(REPO))


def test_the_program_modules_leave_the_migration_scripts_to_the_data_files(
    datas: types.ModuleType,
) -> None:
    modules = set(datas.program_modules(REPO))

    assert {"app.selftest", "app.cli.runner", "db.migrate", "ui.app"} <= modules
    assert not {m for m in modules if m.startswith("db.migrations.")}


def test_every_module_the_migrations_import_can_be_imported(datas: types.ModuleType) -> None:
    names = datas.migration_imports(REPO)

    assert {"alembic.op", "alembic.context", "sqlalchemy"} <= set(names)
    for name in names:
        importlib.import_module(name)


def _imported_modules(folders: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for folder in folders:
        for path in (REPO / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module)
                    found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_nothing_left_out_is_imported_by_the_program(datas: types.ModuleType) -> None:
    imported = _imported_modules(["app", "db", "ui"])
    left_out = [f"PySide6.{name}" for name in datas.UNUSED_QT] + list(datas.EXCLUDED_PACKAGES)

    used = sorted(
        name
        for name in left_out
        if any(module == name or module.startswith(name + ".") for module in imported)
    )
    assert used == []
    # The check sees the Qt modules the program does use.
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= imported


# --- the spec, run with stand-ins for PyInstaller ---------------------------------------------


class _Recorder:
    """Stand-ins for Analysis, PYZ, EXE and COLLECT that remember what the spec gave them."""

    def __init__(
        self,
        binaries: list[tuple[str, str, str]],
        extra_datas: list[tuple[str, str, str]],
    ) -> None:
        self.calls: dict[str, Any] = {}
        self.binaries = binaries
        self.extra_datas = extra_datas

    def namespace(self) -> dict[str, Any]:
        recorder = self

        class Analysis:
            def __init__(self, scripts: list[str], **options: Any) -> None:
                # The program's analysis comes first; the launcher's second.
                recorder.calls.setdefault("Analysis", (scripts, options))
                recorder.calls.setdefault("every Analysis", []).append((scripts, options))
                script = Path(scripts[0]).name
                self.pure: list[Any] = [f"modules of {script}"]
                self.scripts: list[Any] = [f"start of {script}"]
                self.binaries = list(recorder.binaries)
                self.datas = [
                    (f"{target}/{Path(source).name}", source, "DATA")
                    for source, target in options["datas"]
                ]
                self.datas += recorder.extra_datas

        def record(name: str) -> Callable[..., str]:
            def build(*arguments: Any, **options: Any) -> str:
                recorder.calls[name] = (arguments, options)
                # Every call too: the spec makes two programs with EXE.
                recorder.calls.setdefault(f"every {name}", []).append((arguments, options))
                if name == "PYZ":  # which analysis's modules it holds
                    return f"PYZ of {arguments[0][0]}"
                return f"{name} {options['name']}" if "name" in options else name

            return build

        return {
            "SPECPATH": str(SPEC_FILE.parent),
            "__file__": str(SPEC_FILE),
            "__name__": "__main__",
            "Analysis": Analysis,
            "PYZ": record("PYZ"),
            "EXE": record("EXE"),
            "COLLECT": record("COLLECT"),
        }


def _run_spec(
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str] | None = None,
    binaries: list[tuple[str, str, str]] | None = None,
    extra_datas: list[tuple[str, str, str]] | None = None,
    imports: dict[str, set[str]] | None = None,
) -> dict[str, Any]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name, filter=None: [f"{name}.every_submodule"]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda source: {  # type: ignore[attr-defined]
        (name, None) for name in (imports or {}).get(source, set())
    }
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setattr(sys, "argv", [str(SPEC_FILE), *(arguments or [])])

    recorder = _Recorder(binaries or [], extra_datas or [])
    code = compile(SPEC_FILE.read_text(encoding="utf-8"), str(SPEC_FILE), "exec")
    exec(code, recorder.namespace())
    return recorder.calls


def test_the_spec_builds_one_folder_with_window_and_command_line_programs(
    monkeypatch: pytest.MonkeyPatch, datas: types.ModuleType
) -> None:
    calls = _run_spec(monkeypatch)

    scripts, analysis = calls["Analysis"]
    assert scripts == [str(REPO / "app" / "__main__.py")]
    assert analysis["datas"] == datas.data_files(REPO)
    programs = {options["name"]: options for _arguments, options in calls["every EXE"]}
    assert set(programs) == {"vanort", "vanort-cli"}
    for exe in programs.values():
        assert exe["exclude_binaries"] is True  # one folder: the libraries go to COLLECT
        assert exe["upx"] is False
        # Symbol tables go on Linux only: signing follows on Windows and macOS.
        assert exe["strip"] is sys.platform.startswith("linux")
        assert Path(exe["icon"]) == REPO / "resources" / "icons" / "vanort.ico"
    assert programs["vanort"]["console"] is (sys.platform != "win32")
    # The command line needs a console on Windows too, or it prints nothing.
    assert programs["vanort-cli"]["console"] is True
    # One copy of the program's code: the command line is the small launcher.
    archives = {options["name"]: arguments[:2] for arguments, options in calls["every EXE"]}
    assert archives["vanort"] == ("PYZ of modules of __main__.py", ["start of __main__.py"])
    assert archives["vanort-cli"] == (
        "PYZ of modules of cli_launcher.py",
        ["start of cli_launcher.py"],
    )
    launcher_scripts, launcher = calls["every Analysis"][1]
    assert launcher_scripts == [str(REPO / "packaging" / "cli_launcher.py")]
    assert launcher["hiddenimports"] == []
    collect_arguments, collect = calls["COLLECT"]
    # Both programs in the one folder, sharing its libraries.
    assert collect_arguments[:2] == ("EXE vanort", "EXE vanort-cli")
    assert collect["upx"] is False
    assert collect["strip"] is sys.platform.startswith("linux")
    # python-docx's templates are found through docx/parts on disk.
    assert analysis["module_collection_mode"] == {"docx.parts": "pyz+py"}
    assert collect["name"] == "vanort"


@pytest.mark.parametrize(("flag", "console"), [("--console", True), ("--windowed", False)])
def test_a_flag_chooses_console_or_windowed(
    monkeypatch: pytest.MonkeyPatch, flag: str, console: bool
) -> None:
    calls = _run_spec(monkeypatch, [flag])

    programs = {options["name"]: options for _arguments, options in calls["every EXE"]}
    assert programs["vanort"]["console"] is console
    assert programs["vanort-cli"]["console"] is True


def test_the_spec_imports_what_is_loaded_by_name_and_leaves_out_unused_qt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.cli import COMMAND_MODULES

    _scripts, analysis = _run_spec(monkeypatch)["Analysis"]
    hidden = set(analysis["hiddenimports"])

    assert set(COMMAND_MODULES) <= hidden
    assert {
        "ui.app",
        "_rl_accel",
        "sqlalchemy.dialects.sqlite",
        "alembic.op",
        "alembic.every_submodule",
    } <= hidden
    # psycopg is installed with the test tools, so the server dialect goes in.
    assert "sqlalchemy.dialects.postgresql.psycopg" in hidden
    excludes = set(analysis["excludes"])
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtWebEngineCore", "tkinter"} <= excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PIL"} & excludes


def test_the_spec_drops_unused_plugins_their_libraries_and_other_catalogues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plugins = "PySide6/Qt/plugins"
    binaries = [
        (f"{plugins}/platforms/libqxcb.so", "/qt/libqxcb.so", "BINARY"),
        (f"{plugins}/platforms/libqvnc.so", "/qt/libqvnc.so", "BINARY"),
        (f"{plugins}/imageformats/libqsvg.so", "/qt/libqsvg.so", "BINARY"),
        (f"{plugins}/imageformats/libqjpeg.so", "/qt/libqjpeg.so", "BINARY"),
        (f"{plugins}/egldeviceintegrations/libqeglfs-x11.so", "/qt/eglx11.so", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "/qt/qwindows.dll", "BINARY"),
        ("PySide6/plugins/generic/qtuiotouchplugin.dll", "/qt/qtuiotouch.dll", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/qt/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Svg.so.6", "/qt/libQt6Svg.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", "/qt/libQt6OpenGL.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt6Network.dll", "/qt/Qt6Network.dll", "BINARY"),
        ("PySide6/opengl32sw.dll", "/qt/opengl32sw.dll", "BINARY"),
        ("PySide6/plugins/platforms/qdirect2d.dll", "/qt/qdirect2d.dll", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    imports = {
        "/qt/libqxcb.so": {"libQt6Gui.so.6", "libQt6OpenGL.so.6"},
        "/qt/libqvnc.so": {"libQt6Network.so.6", "libQt6Gui.so.6"},
        "/qt/libqsvg.so": {"libQt6Svg.so.6"},
        "/qt/qtuiotouch.dll": {"Qt6Network.dll"},
    }
    translations = [
        ("PySide6/Qt/translations/qtbase_sv.qm", "/qt/qtbase_sv.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/qt/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qt_help_sv.qm", "/qt/qt_help_sv.qm", "DATA"),
        ("PySide6/translations/qtbase_fi.qm", "/qt/qtbase_fi.qm", "DATA"),
    ]

    calls = _run_spec(monkeypatch, binaries=binaries, extra_datas=translations, imports=imports)

    (_window, _command_line, kept_binaries, kept_datas), _options = calls["COLLECT"]
    assert sorted(entry[0] for entry in kept_binaries) == sorted(
        [
            f"{plugins}/platforms/libqxcb.so",
            f"{plugins}/imageformats/libqjpeg.so",
            "PySide6/plugins/platforms/qwindows.dll",
            # The xcb platform still needs OpenGL; Network and Svg had only dropped users.
            "PySide6/Qt/lib/libQt6OpenGL.so.6",
            "PySide6/Qt/lib/libQt6Gui.so.6",
        ]
    )
    qt_catalogues = [entry[0] for entry in kept_datas if entry[0].endswith(".qm")]
    assert [name for name in qt_catalogues if name.startswith("PySide6/")] == [
        "PySide6/Qt/translations/qtbase_sv.qm"
    ]
    # Our own catalogue is not Qt's and stays.
    assert "resources/translations/vanort_sv.qm" in {entry[0] for entry in kept_datas}


def test_the_spec_drops_every_library_nothing_links_against_but_those_loaded_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/qt/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/libQt6Gui.so.6", "BINARY"),
        ("libglib-2.0.so.0", "/sys/libglib-2.0.so.0", "BINARY"),
        # Only the GTK theme plugin needed these; it is gone, and ATK took GIO with it.
        ("libatk-1.0.so.0", "/sys/libatk-1.0.so.0", "BINARY"),
        ("libgio-2.0.so.0", "/sys/libgio-2.0.so.0", "BINARY"),
        ("libjpeg.so.62", "/sys/libjpeg.so.62", "BINARY"),
        # Named by the link it is needed as, not by its own file name.
        ("libharfbuzz.so.0.60000.0", "/sys/libharfbuzz.so.0.60000.0", "BINARY"),
        ("libharfbuzz.so.0", "libharfbuzz.so.0.60000.0", "SYMLINK"),
        # Python's OpenSSL, with _ssl and _hashlib left out; libpq's own stays.
        ("libcrypto.so.3", "/sys/libcrypto.so.3", "BINARY"),
        ("psycopg_binary/_psycopg.so", "/pg/_psycopg.so", "EXTENSION"),
        ("psycopg_binary.libs/libcrypto-3a06.so.3", "/pg/libcrypto-3a06.so.3", "BINARY"),
        # Loaded by name: the interpreter by the executables, PDFium by ctypes.
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("pypdfium2_raw/libpdfium.so", "/pdf/libpdfium.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "/qt/libqjpeg.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/qt/libqgtk3.so", "BINARY"),
        ("PySide6/opengl32sw.dll", "/qt/opengl32sw.dll", "BINARY"),
    ]
    imports = {
        "/qt/QtGui.abi3.so": {"libQt6Gui.so.6"},
        "/qt/libQt6Gui.so.6": {"libglib-2.0.so.0", "libharfbuzz.so.0"},
        "/qt/libqgtk3.so": {"libatk-1.0.so.0", "libQt6Gui.so.6"},
        "/sys/libatk-1.0.so.0": {"libgio-2.0.so.0", "libglib-2.0.so.0"},
        "/sys/libgio-2.0.so.0": {"libglib-2.0.so.0"},
        "/pg/_psycopg.so": {"libcrypto-3a06.so.3"},
    }

    calls = _run_spec(monkeypatch, binaries=binaries, imports=imports)

    (_window, _command_line, kept_binaries, _datas), _options = calls["COLLECT"]
    assert sorted(entry[0] for entry in kept_binaries) == sorted(
        [
            "PySide6/QtGui.abi3.so",
            "PySide6/Qt/lib/libQt6Gui.so.6",
            "libglib-2.0.so.0",
            "libharfbuzz.so.0.60000.0",
            "libharfbuzz.so.0",
            "psycopg_binary/_psycopg.so",
            "psycopg_binary.libs/libcrypto-3a06.so.3",
            "libpython3.11.so.1.0",
            "pypdfium2_raw/libpdfium.so",
            "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        ]
    )


def test_python_s_ssl_stays_for_the_database_server(monkeypatch: pytest.MonkeyPatch) -> None:
    _scripts, analysis = _run_spec(monkeypatch)["Analysis"]

    # psycopg imports ssl as it loads (its OpenSSL set-up); without it no server opens.
    assert not {"ssl", "_ssl", "_hashlib"} & set(analysis["excludes"])
