"""The loss landscape: a slice L(θ + α d₁ + β d₂) measured exactly, filter-normalised
directions, the path projected into the slice's plane, a bounded path, θ left untouched."""
import numpy as np
import pytest

from playground.engine import Config, ConfigError, Experiment, LayerConfig
from playground.engine.landscape import LandscapeJob, PathRecorder, filter_normalised, fit_resolution, project


@pytest.fixture
def trained():
    experiment = Experiment(Config(dataset="xor", n_samples=200, hidden=[LayerConfig(5), LayerConfig(4)],
                                   optimizer="adam", learning_rate=0.02, regularizer="l2",
                                   regularization_rate=0.01))
    path = PathRecorder(experiment.network.theta.size)
    for step in range(1, 301):
        experiment.trainer.step()
        if step % 10 == 0:
            path.record(experiment.network.theta, step)
    return experiment, path


def _objective(experiment, theta):
    net, t = experiment.network, experiment.trainer
    kept = net.theta.copy()
    net.theta[...] = theta
    out = net.forward(t.x_train)
    value = t.loss.value(net.layers[-1].z, out, t.y_train) + t.regularizer.penalty(net.theta[:net.n_weights])
    net.theta[...] = kept
    return value


def test_each_grid_point_is_the_loss_plus_penalty_there_and_theta_is_kept(trained):
    experiment, path = trained
    before = experiment.network.theta.copy()
    job = LandscapeJob(experiment, 7, 0.5, "random", path)
    while not job.done:
        job.advance(0.001)
        assert np.array_equal(experiment.network.theta, before)  # between pieces, training may go on
    landscape = job.result()
    assert landscape.loss.shape == (7, 7) and landscape.step == 300
    for i, j in [(0, 0), (3, 3), (6, 2)]:
        theta = before + landscape.alphas[j] * job.d1 + landscape.betas[i] * job.d2
        assert landscape.loss[i, j] == pytest.approx(_objective(experiment, theta), rel=1e-12)
    assert landscape.loss[3, 3] == pytest.approx(_objective(experiment, before), rel=1e-12)  # the centre: now


def test_random_directions_are_filter_normalised_and_skip_biases(trained):
    experiment, _ = trained
    net = experiment.network
    d = filter_normalised(net, np.random.default_rng(3))
    for index in range(len(net.layers)):
        w, dw = net.views(net.theta, index)["W"], net.views(d, index)["W"]
        np.testing.assert_allclose(np.linalg.norm(dw, axis=0), np.linalg.norm(w, axis=0), rtol=1e-12)
        assert not np.any(net.views(d, index)["b"])


def test_the_path_is_projected_into_the_plane_and_ends_at_the_weights_now(trained):
    experiment, path = trained
    theta = experiment.network.theta
    d1, d2 = filter_normalised(experiment.network, np.random.default_rng(1)), \
        filter_normalised(experiment.network, np.random.default_rng(2))
    np.testing.assert_allclose(project([theta + 0.3 * d1 - 0.2 * d2], theta, d1, d2), [[0.3, -0.2]], atol=1e-9)
    landscape_path = LandscapeJob(experiment, 5, 1.0, "path", path).path
    assert len(landscape_path) == len(path.points) + 1 and np.array_equal(landscape_path[-1], [0, 0])
    assert np.abs(landscape_path[0]).max() > 0.1  # the start lies away from now, in the path's own plane


def test_the_recorded_path_stays_bounded_and_thins_older_points():
    recorder = PathRecorder(1000)
    for step in range(10_000):
        recorder.record(np.full(1000, float(step)), step)
        recorder.record(np.full(1000, float(step)), step)  # offered twice: kept once
    assert 2 <= len(recorder.points) < recorder.capacity <= 200
    steps = [p[0] for p in recorder.points]
    assert steps == sorted(steps) and steps[0] == 0.0
    assert PathRecorder(50_000_000).capacity == 2  # a huge network keeps only a couple of 400 MB copies


def test_principal_directions_need_a_path(trained):
    experiment, _ = trained
    with pytest.raises(ConfigError) as info:
        LandscapeJob(experiment, 5, 1.0, "path", PathRecorder(experiment.network.theta.size))
    assert info.value.code == "landscape_path_too_short"


def _race_paths(optimizers, updates=120):
    """Copies from the same seed, each path recorded from its initial weights on."""
    experiments, paths = [], []
    for name in optimizers:
        e = Experiment(Config(dataset="xor", n_samples=200, hidden=[LayerConfig(5)], optimizer=name,
                              learning_rate=0.05))
        recorder = PathRecorder(e.network.theta.size)
        recorder.record(e.network.theta, 0)
        for step in range(1, updates + 1):
            e.trainer.step()
            recorder.record(e.network.theta, step)
        experiments.append(e)
        paths.append(recorder.ending_at(e.network.theta, e.trainer.step_count))
    return experiments, paths


def test_compared_runs_share_one_plane_centred_on_their_common_start():
    experiments, paths = _race_paths(["sgd", "adam"])
    assert np.array_equal(paths[0][0], paths[1][0])  # the same initial weights
    job = LandscapeJob(experiments[0], 5, 1.0, "path", paths=paths)
    landscape = job.result()
    assert np.array_equal(job.theta, paths[0][0]) and len(landscape.paths) == 2
    offsets = np.vstack(paths) - paths[0][0]  # by hand: the top principal direction of all the paths
    top = np.linalg.svd(offsets - offsets.mean(axis=0), full_matrices=False)[2][0]
    assert abs(top @ landscape.d1) / np.linalg.norm(landscape.d1) == pytest.approx(1.0, abs=1e-9)
    basis = np.stack([landscape.d1, landscape.d2], axis=1)
    for path, drawn in zip(paths, landscape.paths):
        by_hand = np.linalg.lstsq(basis, (path - paths[0][0]).T, rcond=None)[0].T
        np.testing.assert_allclose(drawn, by_hand, atol=1e-9)
        assert np.array_equal(drawn[0], [0.0, 0.0])  # every path starts at the centre
    extent = landscape.alphas[-1]
    assert extent >= max(np.abs(p).max() for p in landscape.paths)  # the map reaches every path


def test_the_centre_loss_is_the_start_and_training_between_pieces_is_kept():
    experiments, paths = _race_paths(["sgd", "momentum"], updates=30)
    e = experiments[0]
    job = LandscapeJob(e, 5, 0.5, "random", paths=paths)
    job.advance(0.0)  # one row
    e.trainer.step()  # training goes on between pieces
    trained = e.network.theta.copy()
    while not job.done:
        job.advance(0.0)
    assert np.array_equal(e.network.theta, trained)  # not put back to where the job began
    assert job.result().loss[2, 2] == pytest.approx(_objective_on(job, paths[0][0]), rel=1e-12)


def _objective_on(job, theta):
    net, t = job.experiment.network, job.experiment.trainer
    kept = net.theta.copy()
    net.theta[...] = theta
    out = net.forward(job.x)
    value = t.loss.value(net.layers[-1].z, out, job.y) + t.regularizer.penalty(net.theta[:net.n_weights])
    net.theta[...] = kept
    return value


def test_a_time_budget_lowers_the_resolution():
    assert fit_resolution(60, 0.001, None) == 60
    assert fit_resolution(60, 0.001, 0.4) == 20  # 400 losses fit
    assert fit_resolution(60, 1.0, 0.001) == 5 and fit_resolution(10, 1e-9, 100.0) == 10
