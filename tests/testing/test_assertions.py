"""``cascade.testing``: assert_valid and assert_finding for test authors."""

from __future__ import annotations

from pathlib import Path

import pytest

from cascade.files.loader import load
from cascade.rules import Config
from cascade.testing import assert_finding, assert_valid
from support import RULE_FIXTURES, SEED


def test_assert_valid_passes_on_the_seed_file_and_model() -> None:
    report = assert_valid(SEED)
    assert [f.rule.id for f in report.findings] == ["CAS305"]  # info stays below the bar
    assert_valid(load(SEED))


def test_assert_valid_fails_with_every_finding_listed() -> None:
    with pytest.raises(AssertionError) as caught:
        assert_valid(RULE_FIXTURES / "CAS201" / "bad.yaml")
    text = str(caught.value)
    assert text.startswith("2 finding(s) at or above error:")
    assert "bad.yaml:20:108: CAS201 documents rest on each other" in text
    assert "CAS302" in text


def test_assert_valid_threshold() -> None:
    warning_only = RULE_FIXTURES / "CAS204" / "bad.yaml"
    assert_valid(warning_only)
    with pytest.raises(AssertionError, match="CAS204"):
        assert_valid(warning_only, fail_on="warning")
    with pytest.raises(AssertionError, match="CAS305"):
        assert_valid(SEED, fail_on="info")


def test_assert_valid_uses_the_configuration_beside_the_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes((RULE_FIXTURES / "CAS401" / "bad.yaml").read_bytes())
    with pytest.raises(AssertionError):
        assert_valid(target)
    (tmp_path / "cascade.toml").write_text('[rules]\nCAS401 = "info"\n', encoding="utf-8")
    assert_valid(target)
    with pytest.raises(AssertionError):
        assert_valid(target, config=Config())


def test_assert_valid_on_an_unreadable_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("[", encoding="utf-8")
    with pytest.raises(AssertionError, match="cannot be validated"):
        assert_valid(broken)


def test_assert_finding() -> None:
    (found,) = assert_finding(
        RULE_FIXTURES / "CAS402" / "bad.yaml", "request-to-subordinate", line=22
    )
    assert found.obligation == "1"
    with pytest.raises(AssertionError, match="did not fire on line 21"):
        assert_finding(RULE_FIXTURES / "CAS402" / "bad.yaml", "CAS402", line=21)
    with pytest.raises(AssertionError, match="rule CAS401 did not fire"):
        assert_finding(RULE_FIXTURES / "CAS402" / "bad.yaml", "CAS401")
