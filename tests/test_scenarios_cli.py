"""`main.py scenarios` lists the shipped scenarios; `--open NAME` finds a shipped one."""
from playground.scenario_catalog import SCENARIOS, session_path
from tests.test_cli import run


def test_scenarios_lists_every_shipped_one_with_a_line(tmp_path):
    out = run("scenarios", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    for item in SCENARIOS:
        assert any(line.split()[0] == item.key and item.summary in line for line in lines if line.strip())
    assert "--open NAME" in out.stdout


def test_open_takes_a_scenario_name_or_any_path(tmp_path):
    assert session_path("zero_init").endswith("resources/scenarios/zero_init.nnplay")
    assert session_path(str(tmp_path / "mine.nnplay")) == str(tmp_path / "mine.nnplay")
    (tmp_path / "zero_init").write_text("a file of that name wins")
    assert session_path(str(tmp_path / "zero_init")) == str(tmp_path / "zero_init")


def test_info_names_a_scenario(tmp_path):
    out = run("info", str(SCENARIOS[0].path), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert f"scenario:   {SCENARIOS[0].title} (3 steps of text)" in out.stdout
