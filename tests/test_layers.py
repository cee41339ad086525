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
