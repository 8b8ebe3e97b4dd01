"""Scenario metadata in session files: round trip, old files, hostile files."""
from __future__ import annotations

import json

import pytest

from playground.engine import Config, Experiment, SessionError
from playground.engine.scenario import MAX_TEXT, Scenario
from playground.engine.session import load_session, read_session, save_session
from tests.engine.session_mutator import members_of, zip_of


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "lesson.nnplay"
    scenario = Scenario("My lesson", ("Look.", "Change.", "Why."), frozenset({"seed"}), frozenset({"optimizer"}), "one")
    save_session(str(path), Experiment(Config(n_samples=40)), scenario=scenario)
    return path, scenario


def test_round_trip(saved):
    path, scenario = saved
    assert load_session(str(path)).scenario == scenario


def test_a_plain_session_has_no_scenario(tmp_path):
    path = tmp_path / "plain.nnplay"
    save_session(str(path), Experiment(Config(n_samples=40)))
    session = load_session(str(path))
    assert session.scenario is None and "scenario" not in session.state


def _with_scenario(path, value) -> bytes:
    members = members_of(path.read_bytes())
    out = []
    for name, data in members:
        if name == "state.json":
            state = json.loads(data)
            state["scenario"] = value
            data = json.dumps(state).encode()
        out.append((name, data))
    return zip_of(out)


@pytest.mark.parametrize("value, code, words", [
    ("text", "scenario_not_object", "JSON object"), ({"title": "t", "script": "x"}, "scenario_unknown_keys", "script"),
    ({"title": 5}, "scenario_text", "title"), ({"steps": "one"}, "scenario_not_list", "steps"),
    ({"steps": [1]}, "scenario_text", "step"), ({"steps": ["x"] * 51}, "scenario_too_many_steps", "51"),
    ({"title": "x" * (MAX_TEXT + 1)}, "scenario_text", "title"),
    ({"hidden": ["learning_rate", "rm -rf"]}, "scenario_unknown_controls", "rm -rf"),
    ({"locked": [{"a": 1}]}, "scenario_unknown_controls", "a"), ({"locked": "seed"}, "scenario_not_list", "locked")])
def test_hostile_scenarios_are_refused_with_a_reason(saved, value, code, words):
    with pytest.raises(SessionError, match=words) as error:
        read_session(_with_scenario(saved[0], value))
    assert error.value.code == code
