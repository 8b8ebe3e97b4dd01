"""The engine process runs BLAS on one thread, whatever this (test) process uses: with the
GUI busy on the other core, a 2-thread OpenBLAS made big updates 4.5-8x slower."""
import os
import subprocess
import sys

from playground.blas_threads import THREAD_VARIABLES, child_environment
from playground.controller.engine_client import EngineClient


def test_the_engine_process_runs_blas_on_one_thread(qtbot, monkeypatch):
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")  # what this process's children would inherit
    client = EngineClient()
    try:
        with qtbot.waitSignal(client.blas_reported, timeout=10000) as blocker:
            client.send("blas")
    finally:
        client.stop()
    report = blocker.args[0]
    assert report["pools"], "threadpoolctl found no BLAS library in the engine process"
    assert all(threads == 1 for _, threads in report["pools"]), report
    assert os.environ["OPENBLAS_NUM_THREADS"] == "2"  # the GUI's own environment is restored


def test_child_environment_restores_unset_variables(monkeypatch):
    for name in THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with child_environment(3):
        assert all(os.environ[name] == "3" for name in THREAD_VARIABLES)
    assert not any(name in os.environ for name in THREAD_VARIABLES)


def test_train_command_limits_blas_before_numpy_loads(tmp_path):
    """``main.py train`` (and scripts built on playground.cli) load NumPy with one BLAS thread."""
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    env["PYTHONPATH"] = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    code = ("import playground.cli, threadpoolctl; "
            "print(sorted({p['num_threads'] for p in threadpoolctl.threadpool_info()}))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[1]", out.stderr
