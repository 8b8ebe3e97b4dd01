"""The engine process recovers: killed, it is restarted and the last run rebuilt (issue 13)."""
from playground.engine import Config, LayerConfig


def test_a_killed_engine_is_restarted_with_the_last_settings(qtbot, controller):
    with qtbot.waitSignal(controller.built, timeout=10000):
        controller.rebuild(Config(hidden=[LayerConfig(5)], learning_rate=0.1))
    old = controller._client.process
    problems = []
    controller.problem.connect(lambda level, error: problems.append(error.code))
    with qtbot.waitSignal(controller.built, timeout=15000) as rebuilt:
        old.kill()
    assert controller._client.process is not old and controller._client.process.is_alive()
    assert rebuilt.args[0].config.hidden[0].units == 5 and controller.config.learning_rate == 0.1
    assert "engine_restarted" in problems
    controller.step(3)
    qtbot.waitUntil(lambda: controller.latest is not None and controller.latest.step == 3, timeout=5000)


def test_after_a_restart_reset_and_new_work(qtbot, controller):
    with qtbot.waitSignal(controller.built, timeout=15000):
        controller._client.process.kill()
    with qtbot.waitSignal(controller.built, timeout=10000):
        controller.reset()
    with qtbot.waitSignal(controller.built, timeout=10000):
        controller.rebuild(Config(hidden=[LayerConfig(2)]))
    assert controller.config.hidden[0].units == 2


def test_a_request_the_dead_engine_never_answered_fails_instead_of_hanging(qtbot, controller):
    answers = []
    controller._client.process.kill()
    controller._client.process.join()
    controller.rebuild(Config(hidden=[LayerConfig(7)]), done=lambda ok, value: answers.append(ok))
    qtbot.waitUntil(lambda: answers != [], timeout=10000)
    qtbot.waitUntil(lambda: controller.config is not None and controller._client.process.is_alive(), timeout=10000)
