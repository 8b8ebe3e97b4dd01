"""The command line, as a user runs it: train, save, continue, describe, render; bad input
gets one line and a non-zero exit."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from playground.engine.session import load_session

MAIN = str(Path(__file__).resolve().parents[1] / "main.py")


def run(*args, cwd):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, MAIN, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    out = run("train", "--dataset", "circle", "--layers", "5", "--updates", "300", "--save", "s.nnplay", cwd=folder)
    assert out.returncode == 0, out.stderr
    assert "saved s.nnplay" in out.stdout
    return folder / "s.nnplay"


def test_train_continues_a_saved_session_and_saves_it(session, tmp_path):
    out = run("train", str(session), "--updates", "200", "--save", "more.nnplay", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "update      500" in out.stdout
    continued = load_session(str(tmp_path / "more.nnplay")).experiment()
    straight = load_session(str(session)).experiment()
    for _ in range(200):
        straight.trainer.step()
    assert continued.trainer.step_count == 500
    assert np.array_equal(continued.network.theta, straight.network.theta)


def test_info_describes_the_session(session, tmp_path):
    out = run("info", str(session), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "network:    dense 5 tanh → dense 1 sigmoid, 21 parameters" in out.stdout
    assert "inputs x1, x2 (2 per sample)" in out.stdout and "update      300" in out.stdout


@pytest.mark.parametrize("args, lines", [
    (["--dataset", "bars", "--layers", "conv3x3same,maxpool2,4", "--optimizer", "adam", "--lr", "0.01"],
     ["inputs pixels (1×8×8 per sample)", "conv2d 3@3×3 relu → 3×8×8 → maxpool2d 2 → 3×4×4 → flatten → dense 4 tanh"]),
    (["--dataset", "echo", "--sequence-length", "9", "--delay", "4", "--layers", "rnn5seq,rnn3", "--bptt", "4",
      "--clip", "1"],
     ["inputs bit (9×1 per sample)", "simple_rnn 5 tanh → 9×5 → simple_rnn 3 tanh → dense 1 sigmoid"]),
])
def test_cnn_and_rnn_sessions_train_save_and_describe(tmp_path, args, lines):
    out = run("train", *args, "--updates", "20", "--save", "s.nnplay", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    info = run("info", "s.nnplay", cwd=tmp_path)
    assert all(line in info.stdout for line in lines), info.stdout
    assert "update       20" in info.stdout
    refused = run("render", "s.nnplay", "--view", "diagram", "--out", "d.png", cwd=tmp_path)
    assert refused.returncode == 2 and "images or sequences" in refused.stderr
    assert run("render", "s.nnplay", "--view", "weights", "--out", "w.png", cwd=tmp_path).returncode == 0
    assert run("render", "s.nnplay", "--view", "loss", "--out", "l.png", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("view", ["weights", "diagram", "loss", "boundary"])
def test_render_draws_each_view(session, tmp_path, view):
    from PySide6.QtGui import QImage
    out = run("render", str(session), "--view", view, "--out", f"{view}.png", "--size", "800x500", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    image = QImage(str(tmp_path / f"{view}.png"))
    assert (image.width(), image.height()) == (800, 500)
    colours = {image.pixel(x, y) for x in range(0, 800, 8) for y in range(0, 500, 8)}
    assert len(colours) > 20, f"{view} looks blank"


@pytest.mark.parametrize("args, message", [
    (["info", "missing.nnplay"], "cannot read missing.nnplay"),
    (["render", "missing.nnplay", "--view", "loss", "--out", "x.png"], "cannot read"),
    (["render", "x.nnplay", "--view", "bogus", "--out", "x.png"], "invalid choice: 'bogus'"),
    (["train", "--updates", "-5"], "--updates must be 0 or more"),
    (["train", "--layers", "a,b"], "cannot read the layer 'a'; write N (dense)"),
    (["train", "--dataset", "echo", "--delay", "30"], "the echo's delay must be 0 to 19"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
])
def test_bad_arguments_and_files_get_one_line(tmp_path, args, message):
    out = run(*args, cwd=tmp_path)
    assert out.returncode != 0
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_train_applies_live_overrides_to_a_saved_session_and_says_so(tmp_path, capsys):
    from playground.app import main as app_main
    from playground.engine.session import load_session
    path, out = str(tmp_path / "s.nnplay"), str(tmp_path / "t.nnplay")
    assert app_main(["train", "--updates", "5", "--save", path]) == 0
    assert app_main(["train", path, "--lr", "0.0001", "--batch-size", "3", "--updates", "2", "--save", out]) == 0
    assert "learning rate 0.0001" in capsys.readouterr().out
    config = load_session(out).config
    assert (config.learning_rate, config.batch_size) == (0.0001, 3)


def test_train_refuses_options_that_would_rebuild_a_saved_session(tmp_path, capsys):
    from playground.app import main as app_main
    path = str(tmp_path / "s.nnplay")
    assert app_main(["train", "--updates", "1", "--save", path]) == 0
    capsys.readouterr()
    assert app_main(["train", path, "--layers", "8", "--dataset", "xor"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--dataset, --layers cannot change a saved session" in err


def test_train_stops_a_run_that_blows_up_while_finite(capsys):
    from playground.app import main as app_main
    code = app_main(["train", "--dataset", "spiral", "--layers", "8,8,8,8,8,8", "--activation", "relu",
                     "--optimizer", "adam", "--lr", "100", "--updates", "20000"])
    err = capsys.readouterr().err
    assert code == 3 and "blowing up" in err and err.count("\n") == 1


def test_export_writes_each_format_from_a_session(session, tmp_path):
    saved = load_session(str(session)).experiment()
    out = run("export", str(session), "--format", "weights", "--out", "w.npz", cwd=tmp_path)
    assert out.returncode == 0 and "wrote w.npz" in out.stdout, out.stderr
    with np.load(tmp_path / "w.npz") as weights:
        np.testing.assert_array_equal(weights["W1"], saved.network.layers[0].params["W"])
    assert run("export", str(session), "--format", "weights-csv", "--out", "csv", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["W1.csv", "W2.csv", "b1.csv", "b2.csv"]
    assert run("export", str(session), "--format", "loss-csv", "--out", "loss.csv", cwd=tmp_path).returncode == 0
    rows = np.loadtxt(tmp_path / "loss.csv", delimiter=",", skiprows=1)
    assert rows.shape[1] == 6 and rows[-1, 0] == 300
    assert run("export", str(session), "--format", "numpy", "--out", "net.py", cwd=tmp_path).returncode == 0
    script = subprocess.run([sys.executable, "net.py"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert script.returncode == 0 and script.stdout.startswith("[[")


def test_export_refuses_an_unknown_format_and_a_bad_file(session, tmp_path):
    out = run("export", str(session), "--format", "onnx", "--out", "x", cwd=tmp_path)
    assert out.returncode == 2 and out.stderr.startswith("error: --format must be one of pytorch")
    (tmp_path / "bad.nnplay").write_text("not a session")
    out = run("export", "bad.nnplay", "--format", "numpy", "--out", "x.py", cwd=tmp_path)
    assert out.returncode == 2 and len(out.stderr.splitlines()) == 1 and not (tmp_path / "x.py").exists()


def test_export_to_pytorch_continues_the_saved_run(session, tmp_path):
    pytest.importorskip("torch", reason="the PyTorch export is checked against torch (test extra)")
    out = run("export", str(session), "--format", "pytorch", "--out", "go_on.py", cwd=tmp_path)
    assert out.returncode == 0 and "go_on.npz" in out.stdout, out.stderr
    script = subprocess.run([sys.executable, "go_on.py", "2"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert script.returncode == 0, script.stderr
    assert script.stdout.splitlines()[0].startswith("update 301: batch loss")
