import pytest

from playground.controller.training_controller import TrainingController
from playground.engine import Config


@pytest.fixture
def controller(qtbot):
    ctrl = TrainingController(Config())
    qtbot.waitUntil(lambda: ctrl.latest is not None, timeout=5000)
    yield ctrl
    ctrl.shutdown()
    assert not ctrl.is_running()
