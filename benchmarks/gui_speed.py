"""Training speed with the window and all its views open (offscreen) against the headless
engine, frames (snapshots shown) per second, and the GUI thread's timer latency while playing
flat out.  Cases: issue #5's six tanh layers of 8 on the spiral, and 12 hidden layers of 64.

Every figure comes from a fresh process (imports, BLAS and the engine process start alike),
headless and window runs alternate within each round, so load on the shared machine hits both;
the window run waits for the first snapshot (and gives up with a message, not a hang, after
``--first-timeout`` seconds).  Prints min / median / max over the rounds and the CPU model.
To compare checkouts, name each with ``--tree`` (they alternate too):

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_speed.py --rounds 3 [--tree OLD --tree .]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys

from machine import cpu_model

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {"default": "spiral, 2-(8 tanh)x6-1, batch 10, SGD", "12x64": "spiral, 2-(64 tanh)x12-1, batch 10, SGD",
         "12x512": "spiral, 2-(512 tanh)x12-1, batch 10, SGD (target: responsive, p99 < 200 ms)",
         "cnn": "digits, conv 8@3×3 same, max pool 2, dense 10; kernels view shown",
         "rnn": "sine, 20 steps, rnn 16 tanh, dense 1; through-time view shown"}
ROUND = os.path.join(HERE, "gui_speed_round.py")


def run_round(tree: str, mode: str, case: str, seconds: float, first_timeout: float) -> dict:
    """One measurement in a fresh process on checkout ``tree``; {"error": …} when it failed."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    env.update(PYTHONPATH=os.path.abspath(tree), QT_QPA_PLATFORM="offscreen")
    args = [sys.executable, ROUND, mode, case, str(seconds), str(first_timeout)]
    try:
        out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=seconds + first_timeout + 60)
    except subprocess.TimeoutExpired:
        return {"error": "timed out"}
    lines = out.stdout.strip().splitlines()
    return json.loads(lines[-1]) if out.returncode == 0 and lines else {"error": out.stderr.strip()[-300:]}


def spread(values: list[float], fmt: str) -> str:
    if not values:
        return "-"
    return " / ".join(format(v, fmt) for v in (min(values), statistics.median(values), max(values)))


def report(tree: str, case: str, results: list[tuple[dict, dict]]) -> None:
    ok = [(h, w) for h, w in results if "error" not in h and "error" not in w]
    for h, w in results:
        for r in (h, w):
            if "error" in r:
                print(f"  a round failed: {r['error']}")
    ratio = [w["updates"] / h["updates"] for h, w in ok]
    print(f"{tree} - {CASES[case]} ({len(ok)} rounds; min / median / max)")
    print(f"  headless engine:          {spread([h['updates'] for h, _ in ok], ',.0f')} updates/s")
    print(f"  playing, window open:     {spread([w['updates'] for _, w in ok], ',.0f')} updates/s")
    print(f"  window / headless:        {spread([100 * r for r in ratio], '.0f')} %")
    print(f"  frames (snapshots shown): {spread([w['snapshots'] for _, w in ok], '.1f')} /s")
    print(f"  GUI thread CPU use:       {spread([100 * w['busy'] for _, w in ok], '.0f')} %")
    timed = [w for _, w in ok if "p99" in w]  # a round whose timer never fired twice has none
    print(f"  GUI 10 ms timer p99:      {spread([w['p99'] for w in timed], '.0f')} ms, "
          f"worst {spread([w['worst'] for w in timed], '.0f')} ms")
    print(f"  first snapshot after:     {spread([w['first'] for _, w in ok], '.2f')} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--case", action="append", choices=list(CASES),
                        help="default: all but 12x512 (slow to start)")
    parser.add_argument("--tree", action="append", help="checkout to measure (default: this one)")
    parser.add_argument("--first-timeout", type=float, default=30.0)
    args = parser.parse_args()
    trees, cases = args.tree or [os.path.dirname(HERE)], args.case or [c for c in CASES if c != "12x512"]
    results = {}
    for _ in range(args.rounds):
        for case in cases:
            for tree in trees:
                pair = tuple(run_round(tree, mode, case, args.seconds, args.first_timeout)
                             for mode in ("headless", "window"))
                results.setdefault((tree, case), []).append(pair)
    print(f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{args.seconds:g} s per run, offscreen")
    for (tree, case), pairs in results.items():
        report(tree, case, pairs)


if __name__ == "__main__":
    main()
