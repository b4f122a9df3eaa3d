"""Output formats: concise, full, json, github and SARIF 2.1.0 (checked against its schema)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from cascade.rules import Config, Result, Validator
from cascade.rules.output import FORMATS, concise, full, github, json_report, sarif
from cascade.rules.output.github import escape_data, escape_property
from support import RULE_FIXTURES

HERE = Path(__file__).parent

SCHEMA = json.loads((HERE / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
BAD = sorted(RULE_FIXTURES.glob("CAS*/bad.yaml"))


def _validate(*paths: Path, preset: str = "strict") -> Result:
    return Validator(Config(preset=preset)).run(paths)


@pytest.fixture(scope="module")
def every_bad_fixture() -> Result:
    return _validate(*BAD)


def test_concise_is_one_line_per_finding(every_bad_fixture: Result) -> None:
    lines = concise(every_bad_fixture).splitlines()
    assert len(lines) == len(every_bad_fixture.findings) >= len(BAD)
    pattern = re.compile(r"^(?P<path>.+\.yaml):(?P<line>\d+):(?P<col>\d+): (?P<code>CAS\d{3}) \S")
    for line, finding in zip(lines, every_bad_fixture.findings, strict=True):
        match = pattern.match(line)
        assert match, line
        assert match["code"] == finding.rule.id
        assert int(match["line"]) == finding.position.line


def test_full_shows_the_line_a_caret_and_the_hint() -> None:
    text = full(_validate(RULE_FIXTURES / "CAS401" / "bad.yaml"))
    lines = text.splitlines()
    assert lines[0].startswith("CAS401 [error] obligation '3' assigns")
    assert lines[1].endswith("CAS401/bad.yaml:24:50")
    source = next(x for x in lines if x.startswith("24 | "))
    caret = next(x for x in lines if x.strip().startswith("|") and "^" in x)
    # the caret sits under the value of 'force: assign', at column 50 of the source line
    assert source[5:][42:].startswith("force: assign,")
    assert caret.index("^") - 5 == 49
    assert caret.count("^") == len("assign")
    assert "  = hint: write 'force: request'" in text
    assert "  = rule: assign-to-non-subordinate (cascade rules --explain CAS401)" in text


def test_full_keeps_vietnamese_text_intact() -> None:
    text = full(_validate(RULE_FIXTURES / "CAS205" / "bad.yaml"))
    assert "Ủy ban nhân dân xã B" in text and "Hướng dẫn tuyên truyền viên" in text


def test_json_lists_findings_errors_and_a_summary(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: cascade/1\n  bad: [\n", encoding="utf-8")
    result = _validate(RULE_FIXTURES / "CAS301" / "bad.yaml", broken)
    data = json.loads(json_report(result))
    assert data["format"] == "cascade-validate/1"
    (finding,) = data["findings"]
    assert finding["rule"] == "CAS301" and finding["name"] == "child-deadline-after-parent"
    assert finding["line"] == 25 and finding["obligation"] == "2.1"
    assert finding["path"] == ["obligations", 3, "deadline"]
    assert data["errors"][0]["file"] == str(broken)
    assert data["summary"] == {
        "files": 2,
        "error": 1,
        "warning": 0,
        "info": 0,
        "suppressed": 0,
        "exit_code": 2,
    }


def test_github_annotations() -> None:
    result = _validate(RULE_FIXTURES / "CAS401" / "bad.yaml", RULE_FIXTURES / "CAS305" / "bad.yaml")
    lines = github(result).splitlines()
    assert lines[0].startswith("::error file=")
    assert ",line=24,col=50,title=CAS401 assign-to-non-subordinate::obligation '3'" in lines[0]
    # info findings are notices; the message's commas stay as they are in the data part
    assert lines[1].startswith("::notice file=")
    assert "title=CAS305 validity-undetermined::document 'kh-1' is dated only" in lines[1]


def test_github_escaping() -> None:
    assert escape_data("50% done\nnext\r") == "50%25 done%0Anext%0D"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"


def test_sarif_of_every_bad_fixture_validates_against_the_schema(
    every_bad_fixture: Result,
) -> None:
    log = json.loads(sarif(every_bad_fixture))
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == len(every_bad_fixture.findings)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    assert {r["id"] for r in rules} >= {f.rule.id for f in every_bad_fixture.findings}


def test_sarif_result_carries_metadata_position_and_logical_location() -> None:
    log = json.loads(sarif(_validate(RULE_FIXTURES / "CAS401" / "bad.yaml", preset="recommended")))
    run = log["runs"][0]
    (result,) = run["results"]
    rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["name"] == "assign-to-non-subordinate"
    assert rule["shortDescription"]["text"].startswith("Work is assigned")
    assert "đề nghị" in rule["fullDescription"]["text"]
    assert rule["defaultConfiguration"] == {"enabled": True, "level": "error"}
    assert result["level"] == "error"
    location = result["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"].endswith("CAS401/bad.yaml")
    assert location["physicalLocation"]["region"]["startLine"] == 24
    assert "force: assign" in location["physicalLocation"]["region"]["snippet"]["text"]
    assert location["logicalLocations"] == [
        {"name": "3", "fullyQualifiedName": "obligations/3", "kind": "object"}
    ]
    switched_off = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "CAS402")
    assert switched_off["defaultConfiguration"]["enabled"] is False


def test_sarif_reports_an_unusable_file_as_a_notification(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: cascade/1\ncascade: {id: x}\n", encoding="utf-8")
    log = json.loads(sarif(_validate(broken)))
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["exitCode"] == 2
    assert "missing required key" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_the_schema_check_is_not_vacuous(every_bad_fixture: Result) -> None:
    log = json.loads(sarif(every_bad_fixture))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(SCHEMA).validate(log)


def test_every_format_is_registered() -> None:
    assert set(FORMATS) == {"concise", "full", "json", "github", "sarif"}
