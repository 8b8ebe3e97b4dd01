"""Every error code the engine raises has a wording in the window, filled with its values."""
import ast
import string
from pathlib import Path

import pytest

import playground.engine as engine_package
from playground.engine import Config, ConfigError, DataError, EngineError, Experiment, LayerConfig
from playground.engine.csv_import import parse_csv
from playground.engine.errors import MESSAGES
from playground.gui.error_text import WORDINGS, describe

ENGINE = Path(engine_package.__file__).parent


def _placeholders(text: str) -> set:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def _engine_strings() -> tuple[set, set]:
    """(every ``code="…"`` keyword literal, every string constant) in the engine's modules
    other than errors.py, and in the controller (the engine process's loop, timeouts)."""
    keywords, constants = set(), set()
    for path in [*ENGINE.glob("*.py"), *(ENGINE.parent / "controller").glob("*.py")]:
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.keyword) and node.arg == "code" and isinstance(node.value, ast.Constant):
                keywords.add(node.value.value)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
    return keywords, constants


def test_every_raised_code_is_registered_and_every_registered_code_is_raised():
    keywords, constants = _engine_strings()
    assert keywords <= set(MESSAGES)
    assert set(MESSAGES) <= constants, "a code nobody raises"


@pytest.mark.parametrize("code", MESSAGES)
def test_every_code_has_a_wording_with_the_same_values(code):
    assert code in WORDINGS
    assert _placeholders(WORDINGS[code]) <= _placeholders(MESSAGES[code])


@pytest.mark.parametrize("config, code", [
    (Config(noise=3), "out_of_range"),
    (Config(optimizer="adamw"), "unknown_name"),
    (Config(hidden=[LayerConfig(5000)]), "neurons_out_of_range"),
    (Config(dataset="digits", n_samples=100, hidden=[LayerConfig.conv(4, 9)]), "layer_does_not_fit"),
    (Config(dataset="digits", n_samples=100, hidden=[LayerConfig.rnn(4)]), "layer_does_not_fit"),
    (Config(dataset="echo", delay=30, sequence_length=10), "delay_out_of_range"),
])
def test_a_config_error_carries_its_code_and_values(config, code):
    with pytest.raises(ConfigError) as info:
        Experiment(config)
    error = info.value
    assert error.code == code
    assert str(error) == MESSAGES[code].format(**error.values)  # the CLI's English sentence
    text = describe(error)
    assert text and text != str(error)


def test_a_description_names_the_values():
    with pytest.raises(ConfigError) as info:
        Config(hidden=[LayerConfig(4), LayerConfig(kernel=3, stride=99, kind="maxpool2d")]).validate()
    assert info.value.values == {"most": 8, "value": 99}
    assert "8" in describe(info.value) and "99" in describe(info.value)


def test_a_wrapped_cause_is_worded_too():
    with pytest.raises(ConfigError) as info:
        Experiment(Config(dataset="digits", n_samples=100, hidden=[LayerConfig.conv(4, 9)]))
    assert info.value.cause.code == "kernel_does_not_fit"
    assert describe(info.value.cause) in describe(info.value)


def test_data_errors_have_codes():
    with pytest.raises(DataError) as info:
        parse_csv("x,label\n1,0\n")
    assert info.value.code == "csv_too_few_rows" and info.value.values == {"count": 1}


def test_an_error_without_a_code_reads_as_its_message():
    assert describe(EngineError("something plain")) == "something plain"
    assert describe(ValueError("not ours")) == "not ours"


def test_every_error_the_engine_raises_has_a_code():
    """An error without a code would reach the window as an English sentence nobody can
    translate: the engine and controller build every error from a code."""
    errors = {"EngineError", "ConfigError", "DataError", "SessionError", "DivergenceError"}
    uncoded = []
    for path in [*ENGINE.glob("*.py"), *(ENGINE.parent / "controller").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in errors \
                    and not any(k.arg in ("code", None) for k in node.keywords):
                uncoded.append(f"{path.name}:{node.lineno}")
    assert uncoded == []


def test_a_long_csv_cell_is_quoted_shortened():
    with pytest.raises(DataError) as info:
        parse_csv("a,b,label\n" + "1,2,0\n" * 4 + "x" * 10_000 + ",2,1\n")
    text = describe(info.value)
    assert "“" + "x" * 30 + "…”" in text and len(text) < 500
