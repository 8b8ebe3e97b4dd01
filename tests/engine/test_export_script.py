import subprocess
import sys

import numpy as np
import pytest

from playground.engine import Config, Experiment, LayerConfig
from playground.engine.datasets import FEATURES, Dataset
from playground.engine.export_script import python_script


def layers_of(exp):
    return [(layer.params["W"], layer.params["b"], layer.activation_name) for layer in exp.network.layers]


def run_script(source: str, tmp_path, points: np.ndarray) -> np.ndarray:
    script = tmp_path / "net.py"
    script.write_text(source)
    np.save(tmp_path / "points.npy", points)
    code = (f"import sys, numpy as np; sys.path.insert(0, {str(tmp_path)!r}); import net; "
            f"np.save({str(tmp_path / 'out.npy')!r}, net.predict(np.load({str(tmp_path / 'points.npy')!r})))")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return np.load(tmp_path / "out.npy")


@pytest.mark.parametrize("config", [
    Config(features=sorted(FEATURES), hidden=[LayerConfig(3, "relu"), LayerConfig(2, "leaky_relu")]),
    Config(dataset="spiral3", hidden=[LayerConfig(4, "sigmoid"), LayerConfig(3, "linear")]),
    Config(dataset="reg_plane", loss="mse", hidden=[LayerConfig(5, "tanh")]),
])
def test_the_script_predicts_exactly_what_the_engine_predicts(tmp_path, config):
    exp = Experiment(config)
    for _ in range(20):
        exp.trainer.step()
    points = np.random.default_rng(0).uniform(-6, 6, (50, 2))
    source = python_script(layers_of(exp), config.features, config.features)
    assert "import numpy as np" in source and "playground" not in source
    np.testing.assert_array_equal(run_script(source, tmp_path, points), exp.network.predict(exp.inputs(points)))


def test_raw_inputs_for_csv_data(tmp_path):
    rng = np.random.default_rng(1)
    data = Dataset(rng.normal(size=(30, 3)), rng.normal(size=30), "regression", 0, ("a", "b", "c"))
    exp = Experiment(Config(dataset="csv", n_samples=30, loss="mse"), data)
    source = python_script(layers_of(exp), None, list(data.feature_names))
    np.testing.assert_array_equal(run_script(source, tmp_path, data.x), exp.network.predict(data.x))
