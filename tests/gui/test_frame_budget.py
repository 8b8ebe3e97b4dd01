"""The GUI's frame budget (issue 12): views not shown do no work, slow views are redrawn at
most at their rate, and a snapshot that changes nothing redraws nothing.  Behaviour, not
timings: redraws are counted, time comes from a fake clock."""
import dataclasses
import time

from PySide6.QtWidgets import QWidget

from playground.engine.snapshots import EvalRows, StepRows

from playground.gui.frame_scheduler import FrameScheduler

from .conftest import wait_snapshot


class FakeView(QWidget):
    def __init__(self, cost: float = 0.0, clock=None):
        super().__init__()
        self.changed, self.redrawn, self.cost, self.clock = True, 0, cost, clock
        self.resize(50, 50)

    def take(self, snapshot) -> bool:
        return self.changed

    def redraw(self) -> None:
        self.redrawn += 1
        if self.clock:
            self.clock.now += self.cost


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def scheduler_with(qtbot, clock, **views) -> FrameScheduler:
    frames = FrameScheduler()
    frames.clock = clock
    for name, (view, interval) in views.items():
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        frames.register(name, view, interval)
    return frames


def test_a_slow_view_is_redrawn_at_most_at_its_rate(qtbot):
    clock = FakeClock()
    fast, slow = FakeView(), FakeView()
    frames = scheduler_with(qtbot, clock, fast=(fast, 0), slow=(slow, 0.2))
    for _ in range(60):  # two seconds of frames at 30 per second
        frames.take(object())
        clock.now += 1 / 30
    assert fast.redrawn == 60
    assert 9 <= slow.redrawn <= 11  # every 0.2 s of 2 s, not every frame


def test_slow_views_wait_for_the_next_frame_once_the_budget_is_spent(qtbot):
    clock = FakeClock()
    heavy, slow = FakeView(cost=0.030, clock=clock), FakeView()
    frames = scheduler_with(qtbot, clock, heavy=(heavy, 0), slow=(slow, 0.1))
    frames.take(object())
    assert (heavy.redrawn, slow.redrawn) == (1, 0)  # 30 ms spent of a 20 ms budget
    heavy.changed = False
    frames.take(object())  # the next frame has room
    assert slow.redrawn == 1


def test_slow_views_are_redrawn_one_per_event_loop_turn(qtbot):
    """Clicks and timers wait for one slow view at most, not for all that are due."""
    clock = FakeClock()
    fast, slow, slower = FakeView(), FakeView(), FakeView()
    frames = scheduler_with(qtbot, clock, fast=(fast, 0), slow=(slow, 0.1), slower=(slower, 0.2))
    frames.take(object())
    assert (fast.redrawn, slow.redrawn, slower.redrawn) == (1, 1, 0)
    qtbot.waitUntil(lambda: slower.redrawn == 1, timeout=1000)  # the next turn, without a new snapshot


def test_nothing_is_redrawn_when_a_snapshot_changes_nothing(qtbot):
    clock = FakeClock()
    view = FakeView()
    frames = scheduler_with(qtbot, clock, view=(view, 0))
    view.changed = False
    for _ in range(5):
        frames.take(object())
        clock.now += 1
    assert view.redrawn == 0


def test_a_hidden_view_does_no_work_until_it_is_shown(qtbot):
    clock = FakeClock()
    view = FakeView()
    frames = scheduler_with(qtbot, clock, view=(view, 0))
    view.hide()
    for _ in range(5):
        frames.take(object())
    assert view.redrawn == 0
    view.show()
    qtbot.waitExposed(view)
    frames.take(object())
    assert view.redrawn == 1


def counted(monkeypatch, view) -> list:
    calls = []
    original = view.redraw
    monkeypatch.setattr(view, "redraw", lambda: (calls.append(1), original())[1])
    return calls


def test_views_in_closed_or_covered_docks_do_no_work(qtbot, window, monkeypatch):
    run = window.run
    window.docks["histograms"].hide()  # closed
    window.tabifyDockWidget(window.docks["weights"], window.docks["gradients"])
    window.docks["weights"].raise_()  # gradients tabbed behind the weights
    qtbot.wait(50)
    histograms, gradients, heatmaps = (counted(monkeypatch, v) for v in (run.histograms, run.gradient_view,
                                                                          run.heatmaps))
    for _ in range(4):
        step = window.controller.latest.step + 1
        window.controller.step()
        wait_snapshot(qtbot, window, lambda s: s.step == step)
        qtbot.wait(120)  # past the slow views' intervals
    assert histograms == [] and gradients == []
    assert len(heatmaps) >= 4  # the visible one follows every snapshot


def test_the_same_snapshot_twice_redraws_nothing(qtbot, window, monkeypatch):
    run = window.run
    window.controller.step()
    snapshot = wait_snapshot(qtbot, window, lambda s: s.step == 1)
    qtbot.wait(300)  # every view drew it
    views = (run.loss_plot, run.heatmaps, run.output_view, run.editor, run.gradient_view, run.histograms)
    calls = [counted(monkeypatch, v) for v in views]
    again = dataclasses.replace(snapshot, step_rows=StepRows.empty(len(snapshot.weighted_layers())),
                                eval_rows=EvalRows.empty())  # as paused: nothing new
    run._on_controller_snapshot(again)
    qtbot.wait(300)
    assert calls == [[]] * len(views)


def test_the_diagram_draws_its_links_again_only_when_they_visibly_changed(qtbot, window):
    editor = window.editor
    window.controller.step()
    wait_snapshot(qtbot, window, lambda s: s.step == 1)
    qtbot.wait(200)
    editor.links.clock = clock = FakeClock()
    clock.now = time.monotonic()
    editor.repaint()
    renders = editor.links.renders
    clock.now += 1
    editor.state.weights = [w * 1.001 for w in editor.state.weights]  # invisible in a link's width
    editor.repaint()
    assert editor.links.renders == renders
    editor.state.weights = [w * 1.5 for w in editor.state.weights]
    editor.repaint()
    assert editor.links.renders == renders + 1
    editor.state.weights = [w * 1.5 for w in editor.state.weights]
    editor.repaint()  # too soon after the last drawing: later (a timer repaints)
    assert editor.links.renders == renders + 1
    clock.now += 1
    editor.repaint()
    assert editor.links.renders == renders + 2
    editor.state.selected = (1, 0)  # the selection lights other links: at once
    editor.repaint()
    assert editor.links.renders == renders + 3
