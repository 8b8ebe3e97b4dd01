"""Saving keeps the file's mode and cleans up temporaries left by killed saves (issue 13)."""
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from playground.engine import Config, Experiment
from playground.engine.atomic_write import remove_stale_temporaries
from playground.engine.session import load_session, save_session


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    child.kill()
    child.wait()
    return child.pid


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600])
def test_a_save_keeps_the_files_mode(tmp_path, mode):
    path = tmp_path / "s.nnplay"
    save_session(str(path), Experiment(Config()))
    os.chmod(path, mode)
    save_session(str(path), Experiment(Config()))
    assert stat.S_IMODE(os.stat(path).st_mode) == mode


def test_a_new_file_gets_the_usual_mode_not_a_private_one(tmp_path):
    umask = os.umask(0o022)
    try:
        save_session(str(tmp_path / "s.nnplay"), Experiment(Config()))
    finally:
        os.umask(umask)
    assert stat.S_IMODE(os.stat(tmp_path / "s.nnplay").st_mode) == 0o644


def test_the_next_save_removes_temporaries_of_killed_saves_only(tmp_path):
    stale = tmp_path / f".saving-{dead_pid()}-abc.nnplay"
    stale.write_bytes(b"half a session")
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = tmp_path / f".saving-{running.pid}-xyz.nnplay"
        busy.write_bytes(b"being written")
        save_session(str(tmp_path / "s.nnplay"), Experiment(Config()))
        assert not stale.exists() and busy.exists()
    finally:
        running.kill()
        running.wait()
    assert remove_stale_temporaries(str(tmp_path)) == 1 and not busy.exists()
    assert load_session(str(tmp_path / "s.nnplay")).experiment()


def test_a_save_killed_mid_write_leaves_a_temporary_that_the_next_start_removes(tmp_path):
    path = tmp_path / "s.nnplay"
    script = ("import os, sys, zipfile\n"
              "from playground.engine import Config, Experiment\n"
              "from playground.engine.session import save_session\n"
              "zipfile.ZipFile.writestr = lambda *a, **k: os.kill(os.getpid(), 9)\n"
              f"save_session({str(path)!r}, Experiment(Config()))\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    assert subprocess.run([sys.executable, "-c", script], env=env).returncode == -9
    assert [p.name.startswith(".saving-") for p in tmp_path.iterdir()] == [True]
    assert remove_stale_temporaries(str(tmp_path)) == 1 and list(tmp_path.iterdir()) == []
