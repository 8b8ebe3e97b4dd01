"""The PyTorch export continues the very same training: predictions and further updates equal
the engine's (issue 16, "Export to PyTorch")."""
import importlib.util
import subprocess
import sys

import numpy as np
import pytest

from playground.engine import Config, ConfigError, Experiment, LayerConfig
from playground.engine.export_pytorch import DEFAULT_UPDATES, export_pytorch

torch = pytest.importorskip("torch", reason="the PyTorch export is checked against torch (test extra)")


def _load_script(path):
    spec = importlib.util.spec_from_file_location(f"exported_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _trained(config: Config, updates: int = 5) -> Experiment:
    experiment = Experiment(config)
    for _ in range(updates):
        experiment.trainer.step()
    return experiment


def _engine_parameters(experiment):
    net = experiment.network
    return [net.views(net.theta, i)[p] for p in ("W", "b") for i in range(len(net.layers))]


CASES = [
    Config(optimizer="sgd", learning_rate=0.1),
    Config(optimizer="momentum", learning_rate=0.05, regularizer="l2", regularization_rate=0.01),
    Config(optimizer="nesterov", learning_rate=0.05, clip_norm=0.5),
    Config(optimizer="adagrad", learning_rate=0.05, regularizer="l1", regularization_rate=0.001),
    Config(optimizer="rmsprop", learning_rate=0.01, batch_size=0),
    Config(optimizer="adam", learning_rate=0.02, regularizer="elastic", regularization_rate=0.001,
           hidden=[LayerConfig(6, "relu"), LayerConfig(4, "leaky_relu")]),
    Config(dataset="reg_plane", loss="mse", optimizer="momentum", learning_rate=0.01, features=["x1", "x2", "x1_x2", "sin_x1"]),
    Config(dataset="spiral3", n_samples=90, optimizer="sgd", learning_rate=0.1),
    Config(dataset="spiral", n_samples=120, optimizer="adam", learning_rate=0.01, batch_size=7,
           hidden=[LayerConfig(5, "sigmoid")]),
]


@pytest.mark.parametrize("config", CASES, ids=lambda c: f"{c.optimizer}-{c.regularizer}-{c.dataset}")
def test_the_exported_network_predicts_and_trains_as_the_engine_does(config, tmp_path):
    experiment = _trained(config)
    script, npz = export_pytorch(experiment, tmp_path / "continued.py")
    assert npz.exists() and npz.name == "continued.npz"
    exported = _load_script(script)
    network, optimizer, batches = exported.load()

    x = experiment.trainer.x_test
    with torch.no_grad():
        _, predicted = network(torch.tensor(x))
    np.testing.assert_allclose(predicted.numpy(), experiment.network.forward(x), rtol=0, atol=1e-6)

    for _ in range(12):  # past an epoch's end for the small batches: the next permutation too
        exported.update(network, optimizer, *batches.next())
        experiment.trainer.step()
    for theirs, ours in zip(network.parameters_in_order(), _engine_parameters(experiment)):
        np.testing.assert_allclose(theirs.detach().numpy(), ours, rtol=0, atol=1e-6)
    assert optimizer.t == experiment.trainer.optimizer.t


def test_running_the_exported_script_continues_training_and_prints_the_loss(tmp_path):
    experiment = _trained(Config(optimizer="adam", learning_rate=0.02), 30)
    script, _ = export_pytorch(experiment, tmp_path / "net.py")
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == DEFAULT_UPDATES and lines[0].startswith("update 31: batch loss ")
    assert all(np.isfinite(float(line.rsplit(" ", 1)[1])) for line in lines)


def test_a_convolutional_network_is_refused_in_plain_words(tmp_path):
    experiment = Experiment(Config(dataset="bars", n_samples=40, hidden=[LayerConfig.conv(2, 3)]))
    with pytest.raises(ConfigError) as info:
        export_pytorch(experiment, tmp_path / "cnn.py")
    assert info.value.code == "pytorch_dense_only"
    assert not (tmp_path / "cnn.py").exists()
