"""The test set's confusion matrix: counted in the engine, only when asked for."""
import numpy as np

from playground.engine import Config
from playground.engine.experiment import Experiment
from playground.engine.training import classes

SPIRAL3 = Config(dataset="spiral3", n_samples=300)


def test_classes_threshold_one_column_and_argmax_several():
    assert classes(np.array([[0.2], [0.7]])).tolist() == [0, 1]
    assert classes(np.array([[0.1, 0.5, 0.4], [0.8, 0.1, 0.1]])).tolist() == [1, 0]


def test_confusion_of_a_three_class_spiral_counts_every_test_sample_by_true_and_predicted_class():
    experiment = Experiment(SPIRAL3.copy())
    for _ in range(30):
        experiment.trainer.step()
    counts = experiment.snapshot(confusion=True).confusion
    t = experiment.trainer
    assert counts.shape == (3, 3) and counts.sum() == len(t.x_test)
    out = experiment.network.forward(t.x_test)
    truth, guess = classes(t.y_test), classes(out)
    assert counts[1, 2] == np.sum((truth == 1) & (guess == 2))
    assert np.trace(counts) / counts.sum() == experiment.trainer.evaluate(record=False)["test_accuracy"]


def test_no_confusion_unless_asked_nor_for_regression():
    assert Experiment(SPIRAL3.copy()).snapshot().confusion is None
    assert Experiment(Config(dataset="sine", n_samples=100, loss="mse", hidden=[])).snapshot(confusion=True).confusion is None
