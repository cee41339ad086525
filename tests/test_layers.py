"""The architecture's arrows point down only: ui -> export -> layout -> model.

Each check imports every module of a layer in a fresh interpreter and looks at
``sys.modules``: a layer must not have loaded any module of a layer above it, and
the model, the layout and the PDF export must not have loaded Qt.
"""

import json
import subprocess
import sys

import pytest

IMPORT_LAYER = """
import importlib, json, pkgutil, sys
package = importlib.import_module({package!r})
skip = {skip!r}
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    if not any(module.name == s or module.name.startswith(s + ".") for s in skip):
        importlib.import_module(module.name)
print(json.dumps(sorted(sys.modules)))
"""

QT_PAINTERS = ("app.export.qt", "app.export.raster", "app.export.printing")
"""The export modules that draw with Qt (PNG, SVG, printing); every other one is Qt-free."""

ABOVE = {
    "app.model": ("app.layout", "app.export", "app.ui", "app.cli", "app.cli_export"),
    "app.layout": ("app.export", "app.ui", "app.cli", "app.cli_export"),
    "app.export": ("app.ui", "app.cli", "app.cli_export"),
}


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.strip()


def modules_loaded_by(package: str, skip: tuple[str, ...] = ()) -> list[str]:
    """Every module in ``sys.modules`` after importing all of ``package`` (but ``skip``)."""
    return list(json.loads(run_python(IMPORT_LAYER.format(package=package, skip=skip))))


def under(modules: list[str], roots: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == r or m.startswith(r + ".") for r in roots)]


@pytest.mark.parametrize("layer", list(ABOVE))
def test_a_layer_imports_nothing_from_the_layers_above_it(layer: str) -> None:
    assert under(modules_loaded_by(layer), ABOVE[layer]) == []


@pytest.mark.parametrize("layer", ["app.model", "app.layout"])
def test_no_model_or_layout_module_imports_qt_or_reportlab(layer: str) -> None:
    assert under(modules_loaded_by(layer), ("PySide6", "shiboken6", "reportlab")) == []


def test_the_export_layer_imports_qt_only_in_its_qt_painters() -> None:
    assert under(modules_loaded_by("app.export", skip=QT_PAINTERS), ("PySide6", "shiboken6")) == []


def test_the_check_notices_a_forbidden_import() -> None:
    # The export layer does load the layout and the model: the check sees imports.
    loaded = modules_loaded_by("app.export", skip=QT_PAINTERS)
    assert under(loaded, ("app.layout",)) and under(loaded, ("app.model",))


def test_the_command_line_loads_without_pydantic_until_a_command_needs_it() -> None:
    code = "import sys, app.cli; print('pydantic' in sys.modules, 'PySide6' in sys.modules)"
    assert run_python(code) == "False False"


def test_the_format_registry_loads_without_qt_or_pydantic() -> None:
    code = (
        "import sys, app.export.formats\nprint('pydantic' in sys.modules, 'PySide6' in sys.modules)"
    )
    assert run_python(code) == "False False"
