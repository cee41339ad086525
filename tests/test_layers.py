"""The architecture's arrows: the model imports no Qt, and start-up stays lean."""

import subprocess
import sys

CHECK_MODEL = """
import importlib, pkgutil, sys
import app.layout, app.model
for package in (app.model, app.layout):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
banned = {"PySide6", "shiboken6", "reportlab"}
qt = sorted(name for name in sys.modules if name.split(".")[0] in banned)
print(",".join(qt))
"""


CHECK_PDF_EXPORT = """
import importlib, pkgutil, sys
import app.export
for module in pkgutil.walk_packages(app.export.__path__, "app.export."):
    qt_painters = ("app.export.raster", "app.export.printing")
    if module.name.startswith("app.export.qt") or module.name in qt_painters:
        continue  # the Qt painters for PNG, SVG and printing
    importlib.import_module(module.name)
print(",".join(sorted(n for n in sys.modules if n.split(".")[0] in {"PySide6", "shiboken6"})))
"""


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip()


def test_no_model_or_layout_module_imports_qt_or_reportlab() -> None:
    assert run_python(CHECK_MODEL) == ""


def test_the_command_line_loads_without_pydantic_until_a_command_needs_it() -> None:
    code = "import sys, app.cli; print('pydantic' in sys.modules, 'PySide6' in sys.modules)"
    assert run_python(code) == "False False"


def test_pdf_export_imports_no_qt() -> None:
    assert run_python(CHECK_PDF_EXPORT) == ""


def test_export_imports_nothing_from_the_ui() -> None:
    code = (
        "import importlib, pkgutil, sys, app.export\n"
        "for m in pkgutil.walk_packages(app.export.__path__, 'app.export.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(','.join(sorted(n for n in sys.modules if n.startswith('app.ui'))))"
    )
    assert run_python(code) == ""
