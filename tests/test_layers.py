"""The layer rules of DESIGN.md section 7, read from the source itself.

db/ imports neither app/, ui/ nor Qt; app/ never imports Qt widgets or ui/;
ui/ never touches SQLAlchemy or db/. An import inside a function counts too,
and so does ``importlib.import_module("...")`` with a literal name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Layer -> module prefixes it must never import.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "db": ("app", "ui", "PySide6", "shiboken6"),
    "app": ("ui", "PySide6.QtWidgets", "PySide6.QtGui"),
    "ui": ("sqlalchemy", "db", "alembic"),
}

# The one sanctioned crossing: the launcher of ``vanort`` (no sub-command) has to
# start the window, so it loads ``ui.app`` by name, and only there. Any other
# import of ui/ from app/ is a violation.
ALLOWED: frozenset[tuple[str, str]] = frozenset({("app/cli/window.py", "ui.app")})


def imported_modules(source: str, filename: str = "<source>") -> Iterator[tuple[int, str]]:
    """Every absolute module name ``source`` imports, with its line number.

    ``from PySide6 import QtWidgets`` yields ``PySide6.QtWidgets`` as well as
    ``PySide6``, so the submodule form cannot slip past a prefix check.
    """
    tree = ast.parse(source, filename=filename)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level or node.module is None:
                continue  # relative: stays inside its own package
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Call):
            name = _called_name(node.func)
            if name in ("import_module", "__import__") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield node.lineno, first.value


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def violations(layer: str, source: str, filename: str) -> list[str]:
    """``file:line: imports module`` for every forbidden import of ``layer`` in ``source``."""
    found = []
    for line, module in imported_modules(source, filename):
        if (filename, module) in ALLOWED:
            continue
        for prefix in FORBIDDEN[layer]:
            if module == prefix or module.startswith(prefix + "."):
                found.append(f"{filename}:{line}: imports {module} ({layer}/ must not)")
                break
    return sorted(set(found))


def _sources(layer: str) -> list[Path]:
    return sorted(p for p in (REPO / layer).rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_each_layer_keeps_to_its_imports(layer: str) -> None:
    problems: list[str] = []
    for path in _sources(layer):
        relative = path.relative_to(REPO).as_posix()
        problems += violations(layer, path.read_text(encoding="utf-8"), relative)
    assert problems == [], "\n".join(problems)


def test_the_layers_have_sources_to_check() -> None:
    # db/ and app/ exist from the first day; an empty walk would prove nothing.
    assert len(_sources("db")) > 5
    assert len(_sources("app")) > 5


@pytest.mark.parametrize(
    ("layer", "source", "expected"),
    [
        ("db", "import app.paths\n", ["x.py:1: imports app.paths (db/ must not)"]),
        ("db", "def f():\n    from PySide6 import QtCore\n", ["x.py:2: imports PySide6"]),
        ("app", "from PySide6 import QtWidgets\n", ["x.py:1: imports PySide6.QtWidgets"]),
        ("app", "from PySide6.QtGui import QColor\n", ["x.py:1: imports PySide6.QtGui"]),
        ("app", "import ui.main_window as w\n", ["x.py:1: imports ui.main_window"]),
        (
            "app",
            "import importlib\nimportlib.import_module('PySide6.QtWidgets')\n",
            ["x.py:2: imports PySide6.QtWidgets"],
        ),
        ("ui", "from sqlalchemy import select\n", ["x.py:1: imports sqlalchemy"]),
        ("ui", "from db.models import Town\n", ["x.py:1: imports db.models"]),
        ("ui", "import db\n", ["x.py:1: imports db ("]),
    ],
)
def test_forbidden_imports_are_found_with_file_and_line(
    layer: str, source: str, expected: list[str]
) -> None:
    found = violations(layer, source, "x.py")
    assert len(found) >= 1
    assert found[0].startswith(expected[0])


@pytest.mark.parametrize(
    ("layer", "source"),
    [
        ("db", "import sqlalchemy\nfrom db.base import Base\n"),
        ("app", "from PySide6.QtCore import QCoreApplication\nimport db.models\n"),
        ("app", "from . import paths\nimport application_helpers\n"),
        ("ui", "from PySide6 import QtWidgets\nfrom app.workspace import Workspace\n"),
        ("ui", "import dbus_helper\nimport sqlalchemy_like\n"),
    ],
)
def test_allowed_imports_pass(layer: str, source: str) -> None:
    assert violations(layer, source, "x.py") == []


def test_the_launcher_may_load_the_window_and_nothing_else_of_ui() -> None:
    launcher = "import importlib\nimportlib.import_module('ui.app')\n"
    assert violations("app", launcher, "app/cli/window.py") == []
    assert violations("app", launcher, "app/cli/check.py") != []
    sneaky = "from ui.forms import TownForm\n"
    assert violations("app", sneaky, "app/cli/window.py") != []


# --- the facade ------------------------------------------------------------------------------

# The window and the command line hold the open register as app.workspace.Workspace;
# everything below that facade takes a db.session.Database, so nothing there reaches up.
FACADE = "app.workspace"
FACADE_USERS: tuple[str, ...] = ("app/workspace.py", "app/cli/", "app/selftest.py")


def facade_imports(source: str, filename: str) -> list[str]:
    """``file:line`` for every import of the facade in ``source`` (in a function too)."""
    return sorted(
        {
            f"{filename}:{line}: imports {module}"
            for line, module in imported_modules(source, filename)
            if module == FACADE or module.startswith(FACADE + ".")
        }
    )


def _below_the_facade(relative: str) -> bool:
    return not any(
        relative == user or (user.endswith("/") and relative.startswith(user))
        for user in FACADE_USERS
    )


def test_nothing_below_the_facade_imports_it() -> None:
    """No module of app/ but the facade, the command line and the self-test imports app.workspace."""
    reaching_up: list[str] = []
    for path in _sources("app"):
        relative = path.relative_to(REPO).as_posix()
        if _below_the_facade(relative):
            reaching_up += facade_imports(path.read_text(encoding="utf-8"), relative)
    assert reaching_up == [], "take a Database instead:\n" + "\n".join(sorted(reaching_up))


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from app.workspace import Workspace\n", True),
        ("def f():\n    from app.workspace import Workspace\n", True),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import app.workspace\n", True),
        ("from app import workspace\n", True),
        ("import importlib\nimportlib.import_module('app.workspace')\n", True),
        ("from app.workspace_files import save_copy\n", False),
        ("from db.session import Database\n", False),
    ],
)
def test_an_import_of_the_facade_is_found(source: str, found: bool) -> None:
    """Every way of importing the facade is seen, and a module merely named like it is not."""
    assert bool(facade_imports(source, "x.py")) is found


def test_the_facade_and_its_callers_are_not_below_it() -> None:
    """The command line and the self-test may hold a Workspace; a service may not."""
    assert not _below_the_facade("app/workspace.py")
    assert not _below_the_facade("app/cli/export.py")
    assert not _below_the_facade("app/selftest.py")
    assert _below_the_facade("app/services/attachments.py")
    assert _below_the_facade("app/workspace_files.py")
    assert _below_the_facade("app/client/x.py")


# --- import cycles ------------------------------------------------------------------------------


def module_names(layers: tuple[str, ...]) -> dict[str, Path]:
    """Every module of ``layers`` by its dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for layer in layers:
        for path in _sources(layer):
            if "migrations" in path.parts:
                continue  # Alembic loads the revisions by file, never by import
            parts = list(path.relative_to(REPO).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def import_graph(sources: dict[str, tuple[str, bool]]) -> dict[str, set[str]]:
    """Which of the modules in ``sources`` each one imports, anywhere in its text.

    ``sources`` maps a dotted name to (source text, is a package). Imports inside
    functions and under ``TYPE_CHECKING`` count: a cycle closed late is still a
    cycle. An import names the deepest module of ours it reaches (``from
    app.mapping import gather`` is app.mapping.gather, ``from app.mapping.gather
    import gather`` too); the parent packages a submodule import runs are left out.
    """

    def ours(name: str) -> str | None:
        while name and name not in sources:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, (text, is_package) in sources.items():
        package = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import):
                targets.update(t for alias in node.names if (t := ours(alias.name)))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    whole = f"{base}.{alias.name}"
                    target = whole if whole in sources else ours(base)
                    if target:
                        targets.add(target)
        graph[name] = targets - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in graph:
                    continue
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.add(frozenset(group))
    return found


def test_no_import_cycle_in_app_db_and_ui() -> None:
    """No module of app/, db/ or ui/ reaches itself again through its imports, in a
    function or under TYPE_CHECKING too.

    A cycle is broken by moving the piece both sides need down (a protocol of what a
    page needs of its window, a shared function in a module of its own), never by
    hiding an import inside a function: the finder sees those too.
    """
    modules = module_names(("app", "db", "ui"))
    sources = {
        name: (path.read_text(encoding="utf-8"), path.name == "__init__.py")
        for name, path in modules.items()
    }
    found = sorted(sorted(group) for group in cycles(import_graph(sources)))
    assert found == [], f"import cycles: {found}"


def test_a_cycle_closed_inside_a_function_is_found() -> None:
    """The finder sees a cycle through a function-level and a relative import, and no other."""
    sources = {
        "pkg": ("", True),
        "pkg.low": ("def later():\n    from pkg.high import facade\n", False),
        "pkg.high": ("from . import low\nfacade = 1\n", False),
        "pkg.alone": ("import pkg.low\n", False),
        "other": ("import os\nfrom pkg import alone\n", False),
    }
    graph = import_graph(sources)
    assert graph["pkg.high"] == {"pkg.low"}
    assert graph["other"] == {"pkg.alone"}
    assert cycles(graph) == {frozenset({"pkg.low", "pkg.high"})}


# A module over this many lines mixes jobs; split it by job instead (issue 16).
MAX_MODULE_LINES = 600

# The modules still over the limit, each with why; the list can only shrink.
OVERSIZED: dict[str, str] = {}


def _module_lines() -> dict[str, int]:
    return {
        path.relative_to(REPO).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for layer in ("app", "db", "ui")
        for path in _sources(layer)
    }


def test_no_module_is_over_the_limit() -> None:
    """No module of app/, db/ or ui/ is over MAX_MODULE_LINES lines, but the listed ones."""
    sizes = _module_lines()
    over = sorted(
        f"{name}: {lines} lines"
        for name, lines in sizes.items()
        if lines > MAX_MODULE_LINES and name not in OVERSIZED
    )
    assert over == [], "split by job: " + "; ".join(over)
    # A listed module that is split (or gone) is taken off the list, so the list stays true.
    stale = sorted(name for name in OVERSIZED if sizes.get(name, 0) <= MAX_MODULE_LINES)
    assert stale == [], f"no longer over {MAX_MODULE_LINES} lines, take off OVERSIZED: {stale}"
