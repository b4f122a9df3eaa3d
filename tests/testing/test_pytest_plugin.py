"""The pytest plugin: cascade files under workflows/ become test items (run with pytester)."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

from support import RULE_FIXTURES, SEED

pytest_plugins = ["pytester"]


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    # in-process runs re-import what they load; hypothesis's plugin alone costs ~1 s a run
    return pytester.runpytest("-p", "no:hypothesispytest", *args)


def test_plugin_is_registered_as_an_entry_point() -> None:
    found = [ep for ep in entry_points(group="pytest11") if ep.name == "cascade"]
    assert [ep.value for ep in found] == ["cascade.testing.pytest_plugin"]


def test_each_workflow_file_is_one_item(pytester: pytest.Pytester) -> None:
    pytester.mkdir("workflows")
    (pytester.path / "workflows" / "seed.yaml").write_bytes(SEED.read_bytes())
    pytester.mkdir("workflows/2025")
    (pytester.path / "workflows" / "2025" / "base.yaml").write_bytes(
        (RULE_FIXTURES / "base.yaml").read_bytes()
    )
    (pytester.path / "elsewhere.yaml").write_text("not: a cascade\n", encoding="utf-8")
    result = run(pytester, "-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        ["*workflows/2025/base.yaml::cascade-validate PASSED*", "*workflows/seed.yaml*PASSED*"]
    )


def test_a_file_with_errors_fails_with_its_findings(pytester: pytest.Pytester) -> None:
    pytester.mkdir("workflows")
    (pytester.path / "workflows" / "bad.yaml").write_bytes(
        (RULE_FIXTURES / "CAS401" / "bad.yaml").read_bytes()
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*workflows/bad.yaml:24:50: CAS401 obligation '3' assigns*"])


def test_an_unreadable_file_fails_with_its_position(pytester: pytest.Pytester) -> None:
    pytester.mkdir("workflows")
    (pytester.path / "workflows" / "broken.yaml").write_text(
        "format: cascade/1\ncascade: {id: x, title: y}\norganisations: 3\n", encoding="utf-8"
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*workflows/broken.yaml:3:16: organisations*"])


def test_project_configuration_applies(pytester: pytest.Pytester) -> None:
    pytester.mkdir("workflows")
    (pytester.path / "workflows" / "bad.yaml").write_bytes(
        (RULE_FIXTURES / "CAS401" / "bad.yaml").read_bytes()
    )
    pytester.makepyprojecttoml('[tool.cascade.rules]\nCAS401 = "warning"\n')
    run(pytester).assert_outcomes(passed=1)
    pytester.makepyprojecttoml(
        '[tool.cascade]\nmax-warnings = 0\n[tool.cascade.rules]\nCAS401 = "warning"\n'
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*1 warnings, more than max-warnings 0*"])


def test_patterns_and_opt_out(pytester: pytest.Pytester) -> None:
    pytester.mkdir("plans")
    (pytester.path / "plans" / "seed.yml").write_bytes(SEED.read_bytes())
    run(pytester).assert_outcomes()
    pytester.makeini("[pytest]\ncascade_workflows = plans/*.yml\n")
    run(pytester).assert_outcomes(passed=1)
    run(pytester, "--no-cascade").assert_outcomes()


ARGO = """apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: hello-
spec:
  entrypoint: main
  templates:
    - name: main
      container: {image: alpine, command: [echo, hi]}
"""


def test_other_yaml_under_workflows_is_not_collected(pytester: pytest.Pytester) -> None:
    """An Argo workflow, a lifecycle definition and a GitHub Actions file beside a cascade:
    only the cascade, which declares its format, becomes an item."""
    pytester.mkdir("workflows")
    pytester.mkdir("workflows/lifecycles")
    (pytester.path / "workflows" / "seed.yaml").write_bytes(SEED.read_bytes())
    (pytester.path / "workflows" / "argo.yaml").write_text(ARGO, encoding="utf-8")
    (pytester.path / "workflows" / "ci.yml").write_text(
        "name: ci\non: push\njobs: {test: {runs-on: ubuntu-latest, steps: []}}\n",
        encoding="utf-8",
    )
    (pytester.path / "workflows" / "lifecycles" / "eoffice.yaml").write_bytes(
        (SEED.parent / "lifecycles" / "eoffice.yaml").read_bytes()
    )
    result = run(pytester, "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*workflows/seed.yaml::cascade-validate PASSED*"])
    assert "argo.yaml" not in result.stdout.str()


def test_cascade_collect_all_opts_in_to_undeclared_files(pytester: pytest.Pytester) -> None:
    pytester.mkdir("workflows")
    undeclared = SEED.read_text(encoding="utf-8").replace("format: cascade/1\n", "", 1)
    (pytester.path / "workflows" / "seed.yaml").write_text(undeclared, encoding="utf-8")
    run(pytester).assert_outcomes()
    pytester.makeini("[pytest]\ncascade_collect = all\n")
    result = run(pytester)
    result.assert_outcomes(failed=1)  # collected, and refused: the format key is required
    result.stdout.fnmatch_lines(["*missing required key 'format'*"])
