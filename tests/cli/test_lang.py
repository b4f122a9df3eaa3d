"""Messages in Vietnamese: chosen by --lang or by the locale; English otherwise."""

from __future__ import annotations

import pytest

from cascade.cli.lang import say
from support import ROOT, SEED, run

HOSTILE = ROOT / "tests" / "hostile" / "inputs"
C = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}
VI = {**C, "LANG": "vi_VN.UTF-8"}


def test_a_refusal_in_vietnamese_by_option_and_by_locale() -> None:
    for args, env in ((("--lang", "vi"), C), ((), VI)):
        code, _, err = run(*args, "show", HOSTILE / "merge_unknown_key.yaml", env=env)
        assert code == 2
        assert err.endswith("merge_unknown_key.yaml:9:5: khóa không hợp lệ 'bogus' trong "
                            "organisations.1\n")  # fmt: skip


def test_the_option_wins_over_the_locale() -> None:
    code, _, err = run("--lang", "en", "show", HOSTILE / "merge_unknown_key.yaml", env=VI)
    assert code == 2 and "unknown key 'bogus' in organisations.1" in err


def test_summaries_and_errors() -> None:
    _, _, err = run("validate", SEED, env=VI)
    assert "Có 1 phát hiện (1 thông tin) trong 1 tệp." in err
    _, _, err = run("validate", SEED, env=C)
    assert "Found 1 finding (1 info) in 1 file." in err
    code, _, err = run("export", "--db", "/nonexistent/x.db", env=VI)
    assert code == 2
    assert err.startswith("lỗi: chưa có cơ sở dữ liệu tại /nonexistent/x.db")


def test_limits_say_how_to_raise_them_in_vietnamese() -> None:
    code, _, err = run("show", HOSTILE / "base.yaml", env={**VI, "CASCADE_MAX_DEPTH": "2"})
    assert code == 2
    assert "(giới hạn depth); nâng giới hạn bằng CASCADE_MAX_DEPTH=<levels>" in err


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        ("3 problems", "3 lỗi"),
        ("No findings in 2 files.", "Không có phát hiện nào trong 2 tệp."),
        ("appended 4 event(s) to h.jsonl; 1 already there",
         "đã ghi thêm 4 sự kiện vào h.jsonl; 1 sự kiện đã có"),
        ("x.jsonl:3:9: at: 'x' is not an ISO 8601 date and time",
         "x.jsonl:3:9: at: 'x' is not an ISO 8601 date and time"),  # not known: left as it is
    ],
)  # fmt: skip
def test_say_translates_known_parts_only(
    english: str, vietnamese: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    from cascade.cli import lang

    monkeypatch.setattr(lang, "_chosen", None)
    assert say(english) == vietnamese
