"""The engine knows nothing of Qt: importing it must not pull in PySide6, pyqtgraph, or the
controller and GUI packages."""
import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "playground.gui", "playground.controller")


def test_engine_imports_no_qt():
    code = ("import sys, pkgutil, importlib, playground.engine as e\n"
            "for m in pkgutil.walk_packages(e.__path__, 'playground.engine.'):\n"
            "    importlib.import_module(m.name)\n"
            f"print([m for m in sys.modules if m.startswith({FORBIDDEN!r})])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_engine_process_imports_no_qt():
    """The training process starts from this module: it must stay as light as the engine."""
    code = ("import sys, playground.controller.engine_process\n"
            f"print([m for m in sys.modules if m.startswith({FORBIDDEN[:4]!r})])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
