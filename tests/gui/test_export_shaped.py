"""File ▸ Export ▸ Network as Python script, for a CNN: the script predicts what the engine does."""
import subprocess
import sys

import numpy as np

from playground.engine.experiment import Experiment
from playground.gui.exports import ExportMenu

from .conftest import wait_snapshot
from .test_shaped_runs import CNN


def test_file_export_writes_a_working_script_for_a_cnn(qtbot, make_window, tmp_path):
    window = make_window(CNN)
    window.controller.step(3)
    snap = wait_snapshot(qtbot, window, lambda s: s.step == 3)
    menu = window.findChild(ExportMenu)
    assert menu.export_script(str(tmp_path / "net.py"))
    engine = Experiment(CNN.copy())
    for _ in range(3):
        engine.trainer.step()
    x = engine.test_data.x[:5]
    np.save(tmp_path / "x.npy", x)
    code = (f"import sys, numpy as np; sys.path.insert(0, {str(tmp_path)!r}); import net; "
            f"np.save({str(tmp_path / 'y.npy')!r}, net.predict(np.load({str(tmp_path / 'x.npy')!r})))")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), engine.network.predict(x), rtol=1e-12)
    assert snap.step == 3
