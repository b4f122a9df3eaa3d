"""Run the example rule on the seed cascade without installing the example package.

    python examples/custom_rule/run_example.py

Installed (``pip install examples/custom_rule``), the same rule runs in
``cascade validate`` through the ``cascade.rules`` entry point.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cascade_clause_rules  # noqa: E402

from cascade.rules import Validator, all_rules  # noqa: E402
from cascade.rules.registry import rules_in  # noqa: E402

SEED = HERE.parents[1] / "workflows" / "kien-giang-xiv-congress.yaml"


def main() -> int:
    rules = {**all_rules(plugins=False), **{r.id: r for r in rules_in(cascade_clause_rules)}}
    report = Validator(rules=rules).validate_file(SEED)
    for finding in report.findings:
        print(finding)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
