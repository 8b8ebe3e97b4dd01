"""Engine updates/s of 2-64×10-1 tanh, Adam, batch 10 (spiral), on an idle machine and with
the other core busy (a second process spinning), with OpenBLAS's default thread count and
with the one thread the engine process now uses.  Each figure is a fresh process (BLAS reads
its thread count once, at load); the four contenders alternate, min/median/max over rounds.

Run:  python benchmarks/blas_contention.py [--rounds 3] [--seconds 3]
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys

from machine import cpu_model

HERE = os.path.dirname(os.path.abspath(__file__))
MEASURE = """
import sys; sys.path.insert(0, {here!r})
from playground.engine import Config, Experiment, LayerConfig
from rates import updates_per_second
config = Config(dataset="spiral", optimizer="adam", hidden=[LayerConfig(64, "tanh") for _ in range(10)])
print(updates_per_second(Experiment(config).trainer, {seconds}))
"""


def spin() -> None:
    while True:
        pass


def measure(threads: str | None, seconds: float) -> float:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    if threads:
        env.update(OPENBLAS_NUM_THREADS=threads, OMP_NUM_THREADS=threads, MKL_NUM_THREADS=threads)
    env["PYTHONPATH"] = os.pathsep.join([os.path.dirname(HERE), env.get("PYTHONPATH", "")])
    code = MEASURE.format(here=HERE, seconds=seconds)
    return float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    results = {}
    for _ in range(args.rounds):
        for load in ("idle", "busy"):
            spinner = multiprocessing.Process(target=spin, daemon=True) if load == "busy" else None
            if spinner:
                spinner.start()
            for threads in ("default", "1"):
                rate = measure(None if threads == "default" else threads, args.seconds)
                results.setdefault((load, threads), []).append(rate)
            if spinner:
                spinner.terminate()
                spinner.join()
    print(f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"2-64x10-1 tanh, Adam, batch 10; {args.rounds} rounds of {args.seconds:g} s (min/median/max)")
    for (load, threads), rates in results.items():
        print(f"{load:5} machine, BLAS threads {threads:8}: "
              + " / ".join(f"{r:,.0f}" for r in (min(rates), statistics.median(rates), max(rates))) + " updates/s")


if __name__ == "__main__":
    main()
