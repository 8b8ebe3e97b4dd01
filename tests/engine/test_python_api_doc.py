"""docs/python-api.md's examples run, in order, in one namespace: the page cannot go stale."""
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "python-api.md"


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.S | re.M)


def test_the_blocks_are_found():
    assert python_blocks("text\n```python\na = 1\n```\nmore\n```sh\nls\n```\n") == ["a = 1\n"]


def test_every_python_example_runs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # the examples write files
    blocks = python_blocks(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 8
    namespace = {"__name__": "python_api_doc"}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"{DOC.name}, example {number}", "exec"), namespace)
    assert "out_of_range" in capsys.readouterr().out
    assert (tmp_path / "spiral.nnplay").exists()
