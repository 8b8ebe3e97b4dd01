"""``main.py compare``: a table of final losses and target updates, a PNG of the curves, and
one clear line for bad --vary values."""
import pytest

from tests.test_cli import run


def test_compare_prints_a_table_and_draws_the_curves(tmp_path):
    out = run("compare", "--dataset", "spiral", "--layers", "6,6", "--vary", "optimizer=sgd,momentum,adam",
              "--updates", "300", "--target", "0.69", "--out", "race.png", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["run", "train", "loss", "test", "loss", "reached", "0.69"]
    assert [line.split()[:2] for line in lines[1:4]] == [["optimizer", "sgd"], ["optimizer", "momentum"],
                                                          ["optimizer", "adam"]]
    assert "update" in lines[3] or "never" in lines[3]
    assert (tmp_path / "race.png").stat().st_size > 5000
    assert "wrote race.png" in out.stdout


def test_compare_refuses_to_save_rather_than_ignore_it(tmp_path):
    out = run("compare", "--vary", "lr=0.1,1.0", "--updates", "5", "--save", "x.nnplay", cwd=tmp_path)
    assert out.returncode == 2 and "compare does not save sessions" in out.stderr
    assert not (tmp_path / "x.nnplay").exists()


@pytest.mark.parametrize("vary, message", [("colour=red,blue", "--vary must look like SETTING=VALUE"),
                                           ("optimizer=sgd,newton", "unknown optimizer 'newton'"),
                                           ("lr=0.1,fast", "must be of type float"),
                                           ("optimizer=adam", "2 to 4 copies")])
def test_bad_vary_values_get_one_line(tmp_path, vary, message):
    out = run("compare", "--vary", vary, "--updates", "10", cwd=tmp_path)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_compare_draws_every_copy_s_path_on_one_landscape(tmp_path):
    out = run("compare", "--dataset", "xor", "--layers", "4", "--vary", "optimizer=sgd,adam", "--updates", "100",
              "--landscape", "paths.png", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "paths.png").stat().st_size > 5000 and "wrote paths.png" in out.stdout
