"""The PyInstaller recipe (packaging/psw-journal.spec) keeps every Qt module, library
and plugin the app uses: a Qt import added to journal_app without the spec knowing
would make the packaged app fail where the tests pass. The build itself takes
minutes and is checked by packaging/smoke_test.py, not here."""

from __future__ import annotations

import ast
import contextlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "psw-journal.spec"


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text("utf-8"), filename=str(SPEC))


def _literal_assignments(tree: ast.Module) -> dict[str, object]:
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                with contextlib.suppress(ValueError):  # not a literal: left out
                    values[target.id] = ast.literal_eval(node.value)
    return values


@pytest.fixture(scope="module")
def spec() -> dict[str, object]:
    """The spec's constants and functions, without running PyInstaller: its imports,
    literal assignments and function definitions only."""
    tree = _spec_tree()
    literals = _literal_assignments(tree)
    kept = [
        node
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom | ast.FunctionDef)
        or (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in literals
        )
    ]
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(body=kept, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def _imports_in(path: Path) -> tuple[set[str], set[str]]:
    """(PySide6 modules, top-level packages) imported anywhere in one source file."""
    qt, top = set(), set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                top.add(parts[0])
                if parts[0] == "PySide6" and len(parts) > 1:
                    qt.add(parts[1])
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            parts = node.module.split(".")
            top.add(parts[0])
            if parts[0] == "PySide6":
                if len(parts) > 1:
                    qt.add(parts[1])
                else:  # from PySide6 import QtDBus
                    qt.update(a.name for a in node.names if a.name.startswith("Qt"))
    return qt, top


@pytest.fixture(scope="module")
def app_imports() -> tuple[set[str], set[str]]:
    qt, top = set(), set()
    for path in sorted((ROOT / "journal_app").rglob("*.py")):
        file_qt, file_top = _imports_in(path)
        qt |= file_qt
        top |= file_top
    return qt, top


def test_the_spec_keeps_exactly_the_qt_modules_the_app_imports(spec, app_imports):
    imported, _ = app_imports
    kept = set(spec["QT_MODULES_USED"])
    assert imported - kept == set(), "journal_app imports these; add them to QT_MODULES_USED"
    assert kept - imported == set(), "journal_app no longer imports these; drop them"


@pytest.mark.parametrize(
    "library",
    [
        "PySide6/Qt/lib/libQt6{name}.so.6",  # Linux wheel
        "PySide6/Qt6{name}.dll",  # Windows wheel
        "PySide6/Qt/lib/Qt{name}.framework/Versions/A/Qt{name}",  # macOS wheel
    ],
)
def test_no_library_of_a_used_qt_module_is_dropped(spec, app_imports, library):
    for module in sorted(app_imports[0]):
        dest = library.format(name=module.removeprefix("Qt"))
        assert spec["keep_binary"](dest), f"the spec drops {dest}, which {module} needs"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qoffscreen.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("libpython3.11.so.1.0", True),
    ],
)
def test_plugins_and_libraries_kept_or_dropped(spec, dest, kept):
    assert spec["keep_binary"](dest) is kept


def test_no_python_package_the_app_imports_is_excluded(spec, app_imports):
    _, imported = app_imports
    excluded = set(spec["PYTHON_EXCLUDED"])
    assert imported & excluded == set()
    assert "PySide6" not in excluded and "journal_app" not in excluded


def test_the_package_data_the_spec_bundles_is_declared_in_pyproject():
    """The spec bundles what pyproject's package-data lists (as the wheel does)."""
    import tomllib

    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"journal_app.resources": "resources"}
    patterns = setuptools["package-data"]["journal_app.resources"]
    shipped = {
        path.relative_to(ROOT / "resources").as_posix()
        for pattern in patterns
        for path in (ROOT / "resources").glob(pattern)
    }
    assert {"competences.json", "themes.json"} <= shipped
    for name in ("psw-journal.ico", "psw-journal.icns"):  # the executables' icons
        if (ROOT / "resources" / "icons" / name).exists():
            assert f"icons/{name}" in shipped


def test_the_bundled_python_runs_in_utf8_mode(spec):
    """Windows would otherwise read and write pipes and files in the ANSI code page."""
    assert ("X utf8", None, "OPTION") in spec["INTERPRETER_OPTIONS"]
    assert "INTERPRETER_OPTIONS," in SPEC.read_text("utf-8")  # passed to every EXE


def test_the_mac_bundle_says_which_macos_qt_needs(spec, monkeypatch):
    from importlib import metadata

    class Wheel:
        def __init__(self, text: str) -> None:
            self.text = text

        def read_text(self, name: str) -> str:
            return self.text

    tags = "Tag: cp39-abi3-macosx_13_0_universal2\nTag: cp39-abi3-macosx_12_0_x86_64\n"
    monkeypatch.setattr(metadata, "distribution", lambda name: Wheel(tags))
    assert spec["qt_minimum_macos"]() == "13.0"
    monkeypatch.setattr(metadata, "distribution", lambda name: Wheel("Tag: cp39-abi3-win_amd64"))
    assert spec["qt_minimum_macos"]() == "12.0"
    assert '"LSMinimumSystemVersion": qt_minimum_macos()' in SPEC.read_text("utf-8")
