"""``main.py render`` draws each view of a CNN's and an RNN's session headless, refuses a view
that needs another kind of layer in one line."""
import pytest
from PySide6.QtGui import QImage

from .test_cli import run

CNN_VIEWS = ["kernels", "feature-maps", "step-through", "predictions", "weights", "loss"]
RNN_VIEWS = ["unrolled", "hidden-states", "time-gradients", "weights", "loss"]
TRAIN = {"cnn": ["--dataset", "digits", "--samples", "200", "--layers", "conv4x3same,maxpool2"],
         "rnn": ["--dataset", "sine", "--samples", "150", "--sequence-length", "8", "--layers", "rnn5"]}


@pytest.fixture(scope="module")
def sessions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shaped")
    for name, args in TRAIN.items():
        out = run("train", *args, "--updates", "40", "--save", f"{name}.nnplay", cwd=folder)
        assert out.returncode == 0, out.stderr
    return folder


def _not_blank(path) -> None:
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 500)
    colours = {image.pixel(x, y) for x in range(0, 900, 6) for y in range(0, 500, 6)}
    assert len(colours) > 20, f"{path.name} looks blank"


@pytest.mark.parametrize("kind, view", [("cnn", v) for v in CNN_VIEWS] + [("rnn", v) for v in RNN_VIEWS])
def test_render_draws_each_view_of_a_cnn_and_an_rnn(sessions, kind, view):
    out = run("render", f"{kind}.nnplay", "--view", view, "--out", f"{kind}-{view}.png", "--size", "900x500",
              cwd=sessions)
    assert out.returncode == 0, out.stderr
    _not_blank(sessions / f"{kind}-{view}.png")


@pytest.mark.parametrize("kind, view, words", [("rnn", "kernels", "needs a convolution layer"),
                                               ("cnn", "unrolled", "needs a recurrent layer"),
                                               ("rnn", "predictions", "classification runs"),
                                               ("cnn", "boundary", "images or sequences")])
def test_a_view_that_does_not_apply_is_refused_in_one_line(sessions, kind, view, words):
    out = run("render", f"{kind}.nnplay", "--view", view, "--out", "x.png", cwd=sessions)
    assert out.returncode == 2 and words in out.stderr and "Traceback" not in out.stderr
