import numpy as np
import pytest

from playground.engine import Config, Experiment
from playground.engine.csv_import import load_csv, parse_csv
from playground.engine.errors import DataError

GOOD = "a,b,label\n0,0,0\n1,1,1\n0,1,1\n1,0,0\n0.5,0.5,1\n"


def test_header_and_label_column():
    d = parse_csv(GOOD)
    assert d.feature_names == ("a", "b") and d.task == "classification" and d.n_classes == 2
    assert d.x.shape == (5, 2) and list(d.y) == [0, 1, 1, 0, 1]


def test_label_column_found_by_name_and_classes_renumbered():
    d = parse_csv("class,x,y2\n5,1,2\n7,2,3\n5,3,4\n9,4,5\n")
    assert d.feature_names == ("x", "y2") and list(d.y) == [0, 1, 0, 2] and d.n_classes == 3


def test_no_header_and_real_labels_mean_regression():
    d = parse_csv("1,2,0.5\n2,3,0.25\n3,4,1.5\n4,5,2.5\n")
    assert d.task == "regression" and d.feature_names == ("x1", "x2")
    np.testing.assert_allclose(d.y, [0.5, 0.25, 1.5, 2.5])


@pytest.mark.parametrize("text,expected", [
    ("", "empty"),
    ("\n\n", "empty"),
    ("a,b,label\n0,0,0\n1,,1\n0,1,1\n1,0,0\n", "line 3, column 2 (b): missing value"),
    ("a,b,label\n0,0,0\n1,x,1\n0,1,1\n1,0,0\n", "line 3, column 2 (b): “x” is not a number"),
    ("a,b,label\n0,0,0\n1,nan,1\n0,1,1\n1,0,0\n", "line 3, column 2 (b): NaN"),
    ("a,b,label\n0,0,0\n1,1,1\n0,inf,1\n1,0,0\n", "line 4, column 2 (b): infinite"),
    ("a,b,label\n0,0,0\n1,1\n0,1,1\n1,0,0\n", "line 3: 2 columns, expected 3"),
    ("a,b,label\n0,0,1\n1,1,1\n0,1,1\n1,0,1\n", "same class"),
    ("a,b,label\n0,0,1\n", "at least 4"),
    ("label\n1\n2\n", "at least one feature"),
])
def test_each_bad_input_names_its_place(text, expected):
    with pytest.raises(DataError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        parse_csv(text)


def test_every_bad_row_is_reported_at_once():
    text = "a,b,label\n" + "".join(f"{i},x,1\n" for i in range(40))
    message = str(pytest.raises(DataError, parse_csv, text).value)
    assert message.startswith("40 problem(s)") and "line 2," in message and "and 15 more" in message


def test_load_csv_reports_unreadable_files(tmp_path):
    with pytest.raises(DataError, match="cannot read"):
        load_csv(tmp_path / "missing.csv")
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 10)
    with pytest.raises(DataError, match="UTF-8"):
        load_csv(binary)


def test_a_csv_data_set_trains(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    rows = "\n".join(f"{a},{b},{c},{int(a + b > 0)}" for a, b, c in x)
    path = tmp_path / "mine.csv"
    path.write_text("f1,f2,f3,label\n" + rows)
    exp = Experiment(Config(dataset="csv", n_samples=200), data=load_csv(path))
    assert exp.network.layers[0].params["W"].shape == (3, 4) and not exp.uses_plane
    for _ in range(500):
        exp.trainer.step()
    assert exp.trainer.evaluate()["test_accuracy"] > 0.9


@pytest.mark.parametrize("text", [
    "x,label\n1,0\n2,1\n\"3,0\n4,1\n",  # a quote never closed
    "x,label\n" + "1" * 200_000 + ",0\n2,1\n3,0\n4,1\n",  # a field over the csv module's limit
])
def test_a_malformed_csv_is_a_data_error_with_a_code(text):
    with pytest.raises(DataError) as info:
        parse_csv(text)
    assert info.value.code == "csv_malformed" and "line" in str(info.value)


def test_an_over_limit_file_is_refused_while_reading_not_after(monkeypatch):
    import time
    from playground.engine import csv_import
    monkeypatch.setattr(csv_import, "MAX_SAMPLES", 1000)
    parsed = []
    monkeypatch.setattr(csv_import, "_parse_rows", lambda *a: parsed.append(a) or [])
    text = "x,label\n" + "1,0\n" * 200_000
    start = time.perf_counter()
    with pytest.raises(DataError) as info:
        parse_csv(text)
    assert info.value.code == "csv_too_many_rows" and not parsed
    assert time.perf_counter() - start < 0.5


def test_a_value_too_large_to_train_is_reported():
    with pytest.raises(DataError, match="too large"):
        parse_csv("x,label\n1,0\n2,1\n3e200,0\n4,1\n")


def big_csv(rows: int) -> str:
    return "a,b,label\n" + "".join(f"{i % 7},{i % 5},{i % 2}\n" for i in range(rows))


def test_progress_is_reported_in_order_up_to_the_end():
    from playground.engine.csv_import import PROGRESS_ROWS
    seen = []
    d = parse_csv(big_csv(6 * PROGRESS_ROWS), progress=lambda f: seen.append(f) or True)
    assert len(d.x) == 6 * PROGRESS_ROWS
    assert len(seen) >= 10 and seen == sorted(seen) and 0 < seen[0] < 0.5 and 0.9 < seen[-1] <= 1


@pytest.mark.parametrize("stop_after", [1, 8])  # while reading rows, and while parsing numbers
def test_a_progress_callback_returning_false_stops_the_import(stop_after, tmp_path):
    from playground.engine.csv_import import PROGRESS_ROWS, ImportCancelled
    path = tmp_path / "big.csv"
    path.write_text(big_csv(6 * PROGRESS_ROWS))
    calls = []
    with pytest.raises(ImportCancelled):
        load_csv(path, progress=lambda f: calls.append(f) or len(calls) < stop_after)
    assert len(calls) == stop_after  # stopped at once, not at the end
