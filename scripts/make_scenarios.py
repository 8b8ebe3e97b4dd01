"""Write the shipped scenarios (playground/scenario_catalog.py) as session files under
resources/scenarios/: `python3 scripts/make_scenarios.py`.  Each is an untrained session,
so a class sees it from step 0; run it again after changing the table."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playground.engine import Experiment  # noqa: E402
from playground.engine.session import save_session  # noqa: E402
from playground.scenario_catalog import FOLDER, SCENARIOS  # noqa: E402

# The window's view choices a scenario starts with (see RunUnit.view_state): test data shown.
VIEWS = {"output_test": True}


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for item in SCENARIOS:
        save_session(str(item.path), Experiment(item.config.copy()), VIEWS, created="2026-01-01T00:00:00+00:00",
                     scenario=item.scenario())
        print(f"{item.path.relative_to(FOLDER.parents[1])}: {item.path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
