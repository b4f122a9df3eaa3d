"""Validate the seed cascade from Python and print each finding with its hint.

python examples/validate_seed.py [--strict]
"""

from __future__ import annotations

import sys
from pathlib import Path

from cascade.rules import Config, validate

SEED = Path(__file__).resolve().parents[1] / "workflows" / "kien-giang-xiv-congress.yaml"


def main(argv: list[str]) -> int:
    config = Config(preset="strict" if "--strict" in argv else "recommended")
    report = validate(SEED, config)
    for finding in report.findings:
        print(f"{finding} [{finding.severity}]")
        if finding.hint:
            print(f"    hint: {finding.hint}")
    errors = [f for f in report.findings if f.severity.rank >= config.fail_on.rank]
    print(f"{len(report.findings)} finding(s), {len(errors)} at or above {config.fail_on}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
