"""A snapshot evaluates the network once per data set: the layer health and the confusion
matrix come from the forward pass that computes the losses (issue 14: a CNN's snapshot ran
four passes over the data where two suffice)."""
import numpy as np

from playground.engine import Config
from playground.engine.experiment import Experiment
from playground.engine.layer_text import parse_layers
from playground.engine.snapshot_builder import PROBE_SAMPLES, probe_layer_health
from playground.engine.training import EVAL_CHUNK_VALUES

CNN = Config(dataset="digits", n_samples=300, hidden=parse_layers("conv4x3same,maxpool2"), learning_rate=0.05)


def counting_forwards(experiment) -> list:
    rows, forward = [], experiment.network.forward
    experiment.network.forward = lambda x: rows.append(len(x)) or forward(x)
    return rows


def test_a_snapshot_with_its_confusion_matrix_runs_one_pass_over_each_set():
    experiment = Experiment(CNN.copy())
    for _ in range(20):
        experiment.trainer.step()
    t = experiment.trainer
    expected_health = probe_layer_health(experiment.network, t.x_train)
    expected_counts = t.confusion(10)
    rows = counting_forwards(experiment)
    snap = experiment.snapshot(confusion=True)
    assert rows == [len(t.x_train), len(t.x_test)]
    np.testing.assert_array_equal(snap.confusion, expected_counts)
    assert snap.layers[0].dead_share == expected_health[0][0]


def test_health_gets_a_pass_of_its_own_when_the_first_chunk_is_smaller_than_the_probe(monkeypatch):
    experiment = Experiment(CNN.copy())
    per_sample = experiment.network.values_per_sample()
    monkeypatch.setattr("playground.engine.training.EVAL_CHUNK_VALUES", per_sample * 100)  # chunks of 100 rows
    rows = counting_forwards(experiment)
    snap = experiment.snapshot()
    t = experiment.trainer
    assert rows[-1] == min(PROBE_SAMPLES, len(t.x_train)) and sum(rows[:-1]) == len(t.x_train) + len(t.x_test)
    assert snap.layers[0].dead_share == probe_layer_health(experiment.network, t.x_train)[0][0]
    assert EVAL_CHUNK_VALUES > per_sample * 100


def test_a_snapshot_may_reuse_the_last_evaluation_and_runs_no_pass_then():
    """While a CNN plays, the engine evaluates the losses less often than it sends snapshots:
    such a snapshot has the newest weights and step, the last evaluation's figures, no pass."""
    experiment = Experiment(CNN.copy())
    first = experiment.snapshot(confusion=True)
    for _ in range(5):
        experiment.trainer.step()
    rows = counting_forwards(experiment)
    again = experiment.snapshot(confusion=True, reuse_evaluation=True)
    assert rows == [] and len(again.eval_rows) == 0
    assert again.step == again.metrics["step"] == 5
    assert again.metrics["train_loss"] == first.metrics["train_loss"]
    np.testing.assert_array_equal(again.confusion, first.confusion)
    assert not np.array_equal(again.layers[0].kernels.value, first.layers[0].kernels.value)
    fresh = experiment.snapshot(confusion=True)
    assert rows == [len(experiment.trainer.x_train), len(experiment.trainer.x_test)]
    assert len(fresh.eval_rows) == 1 and fresh.metrics["train_loss"] != first.metrics["train_loss"]
    assert experiment.snapshot(confusion=False, reuse_evaluation=True).confusion is None  # no stale matrix
