"""``main.py --open SESSION`` with a CNN's or an RNN's session: the window opens it, with the
stack editor, the shapes and the views of that kind of network."""
import numpy as np
import PySide6.QtCore
import pytest
from PySide6.QtWidgets import QApplication

from playground.app import main
from playground.engine.experiment import Experiment
from playground.engine.session import save_session
from playground.gui.main_window import MainWindow

from .test_shaped_runs import CNN, RNN


@pytest.mark.parametrize("config, layer", [(CNN, "conv2d"), (RNN, "simple_rnn")])
def test_main_open_shows_a_cnn_or_rnn_session(qtbot, tmp_path, monkeypatch, config, layer):
    experiment = Experiment(config.copy())
    for _ in range(7):
        experiment.trainer.step()
    path = str(tmp_path / "run.nnplay")
    save_session(path, experiment)
    real_settings = PySide6.QtCore.QSettings
    monkeypatch.setattr(PySide6.QtCore, "QSettings",  # the user's own settings stay untouched
                        lambda *_: real_settings(str(tmp_path / "settings.ini"), real_settings.IniFormat))
    seen = {}

    def run_until_opened(_app) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qtbot.waitUntil(lambda: window.controller.latest is not None and window.controller.latest.step == 7,
                        timeout=10000)
        seen.update(snapshot=window.controller.latest, shapes=window.stack_editor.shapes_label.text(),
                    editor=window.run.editors.currentWidget() is window.run.shaped_page)
        window.files.modified = False
        window.close()
        return 0
    monkeypatch.setattr(QApplication, "exec", run_until_opened)
    assert main(["--open", path]) == 0
    snapshot = seen["snapshot"]
    assert snapshot.layers_of(layer) and seen["editor"] and seen["shapes"].startswith("Shapes: ")
    first_weights = experiment.network.layers[0].params["W_xh" if layer == "simple_rnn" else "W"]
    np.testing.assert_array_equal(snapshot.weighted_layers()[0].params()[0].value, first_weights)
