"""Memory and session size after a long run: N updates' worth of step history (one row per
update) and one evaluation row per 100 updates are fed to a default experiment's histories,
then the session is saved and opened again.  Fresh process per checkout (``--tree``).

Run:  python benchmarks/history_size.py [--updates 1000000] [--tree OLD --tree .]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

from machine import cpu_model

ROUND = r"""
import json, os, sys, time
import numpy as np
from playground.engine import Config, Experiment
from playground.engine.session import load_session, save_session

n, path = int(sys.argv[1]), sys.argv[2]
exp = Experiment(Config())
t = exp.trainer

def feed(history, rows_total, every):
    chunk = 10_000
    for start in range(0, rows_total, chunk):
        k = min(chunk, rows_total - start)
        rows = np.random.default_rng(start).random((k, history.width))
        rows[:, 0] = (start + np.arange(1, k + 1)) * every
        if hasattr(history, "extend"):
            history.extend(rows)
        else:  # before issue 12: one row at a time
            for row in rows:
                history.append(row)

feed(t.step_history, n, 1)
feed(t.eval_history, n // 100, 100)
t.step_count = n
held = t.step_history.view().nbytes + t.eval_history.view().nbytes
start = time.perf_counter(); save_session(path, exp); saved = time.perf_counter() - start
start = time.perf_counter(); load_session(path).experiment(); opened = time.perf_counter() - start
print(json.dumps({"held_mb": held / 2**20, "file_mb": os.path.getsize(path) / 2**20, "save_s": saved, "open_s": opened}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=1_000_000)
    parser.add_argument("--tree", action="append")
    args = parser.parse_args()
    print(f"{cpu_model()}, {os.cpu_count()} cores; default network, {args.updates:,} updates of history")
    for tree in args.tree or [os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]:
        env = dict(os.environ, PYTHONPATH=os.path.abspath(tree))
        with tempfile.TemporaryDirectory() as folder:
            out = subprocess.run([sys.executable, "-c", ROUND, str(args.updates), os.path.join(folder, "s.nnplay")],
                                 env=env, capture_output=True, text=True)
        if out.returncode:
            print(f"{tree}: failed: {out.stderr.strip()[-300:]}")
            continue
        r = json.loads(out.stdout)
        print(f"{tree}: histories in memory {r['held_mb']:.1f} MB, session file {r['file_mb']:.1f} MB, "
              f"save {r['save_s']:.2f} s, open {r['open_s']:.2f} s")


if __name__ == "__main__":
    main()
