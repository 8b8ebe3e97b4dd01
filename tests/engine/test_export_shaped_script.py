"""The NumPy script of a CNN or an RNN predicts what the engine predicts."""
import numpy as np
import pytest

from playground.engine import Config, Experiment
from playground.engine.export_script import shaped_script
from playground.engine.layer_text import parse_layers

from .test_export_script import run_script


@pytest.mark.parametrize("config", [
    Config(dataset="digits", n_samples=120, hidden=parse_layers("conv3x3s2same,maxpool2,conv2x2,avgpool1,6")),
    Config(dataset="bars", n_samples=120, hidden=parse_layers("conv4x3,flatten,5", activation="tanh")),
    Config(dataset="sine", n_samples=80, sequence_length=7, loss="mse", hidden=parse_layers("rnn5seq,rnn3")),
    Config(dataset="echo", n_samples=80, sequence_length=6, delay=2, hidden=parse_layers("rnn4seq,3")),
])
def test_the_script_of_a_cnn_or_rnn_predicts_what_the_engine_predicts(tmp_path, config):
    exp = Experiment(config)
    for _ in range(15):
        exp.trainer.step()
    source = shaped_script(exp.snapshot().layers)
    assert "import numpy as np" in source and "playground" not in source
    x = exp.test_data.x[:20]
    np.testing.assert_allclose(run_script(source, tmp_path, x), exp.network.predict(exp.inputs(x)), rtol=1e-12,
                               atol=1e-14)
