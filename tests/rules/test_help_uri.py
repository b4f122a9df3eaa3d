"""Rule links that resolve wherever the package is installed: SARIF helpUri and
informationUri as file: URIs of the rules reference, and `cascade rules --explain`."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlparse

from cascade.rules.registry import builtin_rules
from support import SEED, run


def _file(uri: str) -> tuple[Path, str]:
    parsed = urlparse(uri)
    assert parsed.scheme == "file" and parsed.netloc == ""  # no host: this machine's file
    return Path(unquote(parsed.path)), parsed.fragment


def test_every_rule_links_to_its_section_of_the_reference() -> None:
    code, out, _ = run("validate", "--format", "sarif", SEED)
    assert code == 0
    driver = json.loads(out)["runs"][0]["tool"]["driver"]
    reference, _ = _file(driver["informationUri"])
    text = reference.read_text(encoding="utf-8")
    assert text.startswith("# Validation rules")
    assert len(driver["rules"]) == len(builtin_rules())
    for descriptor in driver["rules"]:
        path, anchor = _file(descriptor["helpUri"])
        assert path == reference
        assert anchor == descriptor["id"].lower()
        assert f"\n### {descriptor['id']}\n" in text


def test_explain_prints_one_rule() -> None:
    code, out, _ = run("rules", "--explain", "cas401")
    assert code == 0
    assert out.startswith("CAS401 assign-to-non-subordinate (default error;")
    code, same, _ = run("rules", "--explain", "assign-to-non-subordinate")
    assert same == out


def test_explain_of_an_unknown_rule_is_refused() -> None:
    code, _, err = run("rules", "--explain", "CAS999")
    assert code == 2 and "no rule 'CAS999'" in err
