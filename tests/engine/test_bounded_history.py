"""Bounded history: memory independent of the run's length, recent rows at full resolution,
older ones as min/mean/max buckets that keep every spike; loading a long history is fast."""
import numpy as np

from playground.engine import Config, Experiment
from playground.engine.history import History, fold


def steps_with_spikes(n, spikes=(1234, 456_789)):
    rows = np.column_stack([np.arange(1, n + 1), 1 / np.sqrt(np.arange(1, n + 1)), np.zeros(n)])
    for s in spikes:
        rows[s, 1], rows[s + 1, 2] = 99.0, -7.0
    return rows


def test_history_stays_under_its_bound_and_keeps_the_extremes():
    history = History(3, recent=1000, summary=1500)
    rows = steps_with_spikes(1_000_000)
    for row in rows[:5000]:
        history.append(row)  # one at a time, as training does
    history.extend(rows[5000:])
    held = history.view()
    assert history.n <= 1500 + 2 * 1000 and history.total == 1_000_000
    assert held[:, 1].max() == 99.0 and held[:, 2].min() == -7.0  # both spikes still seen
    assert np.all(np.diff(held[:, 0]) > 0)  # x stays in order, first and last step kept
    assert held[0, 0] == 1 and held[-1, 0] == 1_000_000
    assert np.array_equal(held[-1000:], rows[-1000:])  # the newest rows at full resolution


def test_a_bucket_is_min_mean_max_at_first_middle_last_x():
    rows = np.array([[1, 4.0], [2, np.nan], [3, 1.0], [4, 7.0], [5, 8.0]])
    folded = fold(rows, 4, x_columns=1)
    assert folded.tolist() == [[1, 1.0], [3, 4.0], [4, 7.0], [5, 8.0]]  # the short tail kept as is


def test_rows_since_a_mark_follow_appends_across_folds():
    history = History(2, recent=10, summary=30)
    mark = history.total
    history.extend(np.column_stack([np.arange(15), np.arange(15)]))
    assert history.rows_since(mark)[:, 0].tolist()[-5:] == [10, 11, 12, 13, 14]
    mark = history.total
    history.append([15, 15])
    assert history.rows_since(mark).tolist() == [[15, 15]]


def test_an_old_unbounded_history_loads_downsampled_and_a_bounded_one_round_trips():
    history = History(3, recent=1000, summary=1500)
    history.load(steps_with_spikes(2_000_000))  # a file saved before histories were bounded
    held = history.view().copy()
    assert len(held) <= 1500 + 2000 and held[:, 1].max() == 99.0 and held[-1, 0] == 2_000_000
    again = History(3, recent=1000, summary=1500)
    again.load(held)
    assert np.array_equal(again.view(), held)


def test_a_long_training_run_keeps_its_history_bounded():
    exp = Experiment(Config())
    t = exp.trainer
    t.step_history = History(t.step_history.width, recent=200, summary=300)
    for _ in range(3000):
        t.step()
    assert t.step_history.n <= 300 + 400 and t.step_history.view()[-1, 0] == 3000
    assert len(exp.snapshot().step_rows) <= 400


def test_a_long_history_session_opens_bounded_and_round_trips(tmp_path):
    """A file saved before histories were bounded (here 300,000 updates) opens, downsampled,
    with its spike; saved again, it opens with the same rows."""
    from playground.engine.session import load_session, save_session
    exp = Experiment(Config(n_samples=60))
    t = exp.trainer
    width = t.step_history.width
    t.step_history = History(width, recent=10 ** 6)  # unbounded, as before
    rows = np.tile(np.linspace(1.0, 2.0, width), (300_000, 1))
    rows[:, 0] = np.arange(1, 300_001)
    rows[1000, 1] = 1e6
    t.step_history.extend(rows)
    t.step_count = 300_000
    old, new = str(tmp_path / "old.nnplay"), str(tmp_path / "new.nnplay")
    save_session(old, exp)
    opened = load_session(old).experiment()
    held = opened.trainer.step_history.view().copy()
    assert len(held) < 20_000 and held[:, 1].max() == 1e6 and held[-1, 0] == 300_000
    save_session(new, opened)
    assert np.array_equal(load_session(new).experiment().trainer.step_history.view(), held)
