"""How long a loss landscape takes (issue 16 target: 60×60 of a 2-8×6-1 net in < 2 s), for
random filter-normalised and path directions, alternated over rounds.  Engine only (the
engine process computes it between training chunks; here in one go).

Run:  python benchmarks/landscape_speed.py [--rounds 3] [--resolution 60]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from machine import cpu_model  # noqa: E402
from playground.blas_threads import limit_before_numpy  # noqa: E402

limit_before_numpy()
from playground.engine import Config, Experiment, LayerConfig  # noqa: E402
from playground.engine.landscape import LandscapeJob, PathRecorder  # noqa: E402


def trained() -> tuple[Experiment, PathRecorder]:
    experiment = Experiment(Config(dataset="spiral", hidden=[LayerConfig(8) for _ in range(6)],
                                   optimizer="adam", learning_rate=0.01))
    path = PathRecorder(experiment.network.theta.size)
    for _ in range(1000):
        experiment.trainer.step()
        path.record(experiment.network.theta, experiment.trainer.step_count)
    return experiment, path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--resolution", type=int, default=60)
    args = parser.parse_args()
    experiment, path = trained()
    seconds = {"random": [], "path": []}
    for _ in range(args.rounds):
        for directions in seconds:  # alternated, so a busy minute hits both
            start = time.perf_counter()
            job = LandscapeJob(experiment, args.resolution, 1.0, directions, path)
            while not job.done:
                job.advance(0.05)
            seconds[directions].append(time.perf_counter() - start)
    n = args.resolution
    print(f"{cpu_model()}, {experiment.network.theta.size} parameters, {n}×{n} = {n * n} losses on "
          f"{len(job.x)} samples, {args.rounds} rounds (min / median / max)")
    for directions, times in seconds.items():
        print(f"  {directions:>6}: {min(times):.2f} / {statistics.median(times):.2f} / {max(times):.2f} s")


if __name__ == "__main__":
    main()
