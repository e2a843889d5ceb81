"""Quality gate for the fuzzy stages: unit tests cannot tell whether attribution or
time normalisation got worse, so small slices of the benchmarks' training/dev data
must keep their scores (floors.json, the figures when the floor was set, less a
hair). Raise a floor when a change improves it; lowering one is a decision to
write down in the commit. Skipped where the gold data (../shared/bench) is absent.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())
TOLERANCE = 0.005

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("command", sorted(FLOORS))
def test_scores_stay_above_their_floors(command):
    name, *args = command.split()
    if not (ROOT.parent / "shared" / "bench").is_dir():
        pytest.skip("gold data (../shared/bench) not present")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / f"{name}.py"), *args],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    for key, floor in FLOORS[command].items():
        value = figures
        for part in key.split("."):
            value = value[part]
        assert value >= floor - TOLERANCE, f"{command}: {key} = {value}, floor {floor}"
