"""The engine knows nothing of Qt: importing it must not pull in PySide6, pyqtgraph, or the
controller and GUI packages."""
import ast
import subprocess
import sys
from pathlib import Path

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


QT_BEYOND_CORE = ("PySide6.QtGui", "PySide6.QtWidgets", "pyqtgraph", "playground.gui")


def test_the_controller_imports_only_qtcore():
    """Every controller module together pulls in QtCore and nothing that draws."""
    code = ("import sys, pkgutil, importlib, playground.controller as c\n"
            "for m in pkgutil.walk_packages(c.__path__, 'playground.controller.'):\n"
            "    importlib.import_module(m.name)\n"
            "print('PySide6.QtCore' in sys.modules, "
            f"[m for m in sys.modules if m.startswith({QT_BEYOND_CORE!r})])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True []"


# The engine modules the GUI may import from: the package itself, the registries whose names
# and labels it shows, and the few plain functions and records it needs.  Layers, network,
# losses, trainer internals and the session's state codec stay behind these.
GUI_MAY_IMPORT = {
    "playground.engine",
    "playground.engine.activations", "playground.engine.config", "playground.engine.datasets",
    "playground.engine.errors", "playground.engine.hyperparameters", "playground.engine.initializers",
    "playground.engine.optimizers", "playground.engine.regularizers",  # registries and their labels
    "playground.engine.schedules",  # a registry, and rates the views draw from the settings alone
    "playground.engine.compare",  # which settings compared copies differ in
    "playground.engine.image_sequence_data", "playground.engine.default_stacks",  # image/sequence sets, their layers
    "playground.engine.csv_import", "playground.engine.export_script", "playground.engine.session",  # file formats
    "playground.engine.scenario",  # a scenario file's text and hidden or locked settings
    "playground.engine.painting",  # the user's own data, painted on the plane
    "playground.engine.history", "playground.engine.training", "playground.engine.experiment",  # records views read
    "playground.engine.snapshots", "playground.engine.diagnosis", "playground.engine.run_info",  # what a run shows
    "playground.engine.conv_geometry",  # where a kernel reads: step-through, receptive fields
    "playground.engine.landscape",  # the loss landscape's choices (directions, resolution)
    "playground.engine.inspection",  # the math inspector's records (computed in the engine process)
    "playground.engine.losses",  # the loss registry: its formulas for the lessons
}


def engine_imports(source: str, module: str) -> set:
    """The ``playground.engine…`` modules that ``source`` (the module named ``module``) imports."""
    package = module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            names = [base]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found |= {n for n in names if n == "playground.engine" or n.startswith("playground.engine.")}
    return found


def test_engine_imports_are_resolved():
    assert engine_imports("from ..engine.network import Network", "playground.gui.main_window") \
        == {"playground.engine.network"}
    assert engine_imports("from ...engine import Config", "playground.gui.views.loss_plot") == {"playground.engine"}
    assert engine_imports("import playground.engine.layers", "playground.gui.x") == {"playground.engine.layers"}


def test_the_gui_uses_only_the_public_engine():
    gui = Path(__file__).resolve().parents[2] / "playground" / "gui"
    used = {}
    for path in gui.rglob("*.py"):
        module = ".".join(path.relative_to(gui.parents[1]).with_suffix("").parts)
        for imported in engine_imports(path.read_text(encoding="utf-8"), module):
            used.setdefault(imported, []).append(module)
    assert used, "no engine imports found: the parsing is broken"
    private = {m: sorted(users) for m, users in used.items() if m not in GUI_MAY_IMPORT}
    assert private == {}
