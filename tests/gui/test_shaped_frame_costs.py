"""What a frame of a CNN's or RNN's views costs the GUI thread, counted rather than timed
(issue 14: an RNN playing with its views open stalled the event loop, timer p99 130 ms)."""
import numpy as np

from playground.engine import Experiment
from playground.gui.views.round_limits import steady_span
from playground.gui.views.through_time import ThroughTimeView

from .test_frame_costs import PaintCounter, show
from .test_shaped_runs import RNN


def rnn_snapshots(count: int, steps: int = 30) -> list:
    exp, out = Experiment(RNN.copy()), []
    exp.snapshot()
    for _ in range(count):
        for _ in range(steps):
            exp.trainer.step()
        out.append(exp.snapshot(0, sample=3))
    return out


def test_through_time_paints_once_per_redraw_and_its_axes_rarely_move(qtbot):
    """Auto-ranging inside each paint moved the four plots' axes every frame (1.6 paints of
    10-25 ms a frame); a noisy gradient curve must not move its axis to and fro either."""
    view = show(qtbot, ThroughTimeView(), (800, 500))
    snaps = rnn_snapshots(30, steps=5)
    view.take(snaps[0])
    view.redraw()
    qtbot.wait(5)
    paints = PaintCounter(view.graphics.viewport())
    previous, moved = dict(view.ranges), {plot: 0 for plot in view.ranges}
    for snap in snaps[1:]:
        view.take(snap)
        view.redraw()
        for plot, shown in view.ranges.items():
            moved[plot] += previous[plot] != shown
        previous = dict(view.ranges)
        qtbot.wait(5)
    # once a frame, again when an axis moves (+2: a stray expose now and then; auto-ranging painted 1.6× a frame)
    assert paints.count <= len(snaps) - 1 + sum(moved.values()) + 2
    assert moved[view.hidden_plot] == moved[view.series_plot] == 0 and moved[view.grad_plot] <= 3
    norms = snaps[-1].layers_of("simple_rnn")[0].time_grad_norms
    (x0, x1), (y0, y1) = view.grad_plot.vb.viewRange()
    assert x0 < 1 and x1 > len(norms) and y0 <= norms.min() and norms.max() <= y1  # every point inside


def test_through_time_draws_the_same_sequence_once_and_its_output_every_frame(qtbot, monkeypatch):
    view = show(qtbot, ThroughTimeView(), (800, 500))
    drawn = []
    original = view.series_curve.setData
    monkeypatch.setattr(view.series_curve, "setData", lambda *a, **k: (drawn.append(1), original(*a, **k)))
    snaps = rnn_snapshots(4)
    for snap in snaps:
        view.show_snapshot(snap)
    assert len(drawn) == 1
    assert view.prediction_mark.getData()[1][0] == snaps[-1].sample.columns[-1].ravel()[0]
    np.testing.assert_array_equal(view.series_curve.getData()[1], snaps[-1].sample.point[:, 0])


def test_steady_spans_hold_still_while_the_values_fit():
    assert steady_span([0.3, 0.9]) == (0.0, 1.0)
    assert steady_span([-0.7, 0.22]) == (-0.8, 0.25)
    assert steady_span([0.5], shown=(0.0, 1.0)) == (0.0, 1.0)  # fits, spans half: kept
    assert steady_span([0.2], shown=(0.0, 1.0)) == (0.0, 0.2)  # a fifth: shrinks
    assert steady_span([1.1], shown=(0.0, 1.0)) == (0.0, 1.2)  # outside: grows
    assert steady_span([np.nan]) == (0.0, 1.0)
