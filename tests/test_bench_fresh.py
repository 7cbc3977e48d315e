"""The bench times questions it has not asked before (``bench.fresh``): a memo of a
question's answer must not be what a timed ask measures."""

from __future__ import annotations

from bench.fresh import SEED_MIX, WHICH_POOL, fresh_round


def _asked(mix: list[dict]) -> list[str]:
    return [item["q"] for item in mix]


def test_no_timed_question_repeats_an_earlier_one() -> None:
    towns = [f"{c}{s}镇" for c in "青松坪沙湾塘岗峪河泉柳杨" for s in "东西南北"]
    seen = set(_asked(SEED_MIX))  # the warm-up's
    for k in range(5):  # the bench's default repeat
        mix = fresh_round(SEED_MIX, k, towns)
        assert [m["kind"] for m in mix] == [m["kind"] for m in SEED_MIX]
        for item in mix:
            assert item["q"] not in seen, item
            seen.add(item["q"])


def test_the_shape_of_each_question_is_kept() -> None:
    mix = fresh_round(SEED_MIX, 0, ["甲镇", "乙乡", "丙镇", "丁乡", "戊镇"])
    compare = next(m for m in mix if m["kind"] == "compare")
    assert compare["q"].startswith("比较") and compare["q"].endswith("调处矛盾纠纷的数量")
    follow = next(m for m in mix if m["kind"] == "followup")
    assert follow["q"].startswith("那") and len(follow["history"]) == 1
    assert not {"town", "town2"} & set(follow)  # the tags stay out of what is asked
    assert all(m["q"] in WHICH_POOL for m in mix if m["kind"] == "which")


def test_without_townships_only_the_which_questions_rotate() -> None:
    mix = fresh_round(SEED_MIX, 1, [])
    assert [m["q"] for m in mix if m["kind"] != "which"] == [
        m["q"] for m in SEED_MIX if m["kind"] != "which"
    ]


def test_a_question_naming_a_year_moves_only_to_townships_with_that_year() -> None:
    """The bundled corpus asks 「峡口镇2023年…」; a township with only a 2024 report would
    be refused (库中没有…2023 年的报告) and the bench would time a refusal instead."""
    years = {"甲镇": {2024}, "乙乡": {2023, 2024}, "丙镇": {2024}, "丁乡": {2023}}
    for k in range(5):
        mix = fresh_round(SEED_MIX, k, sorted(years), years)
        for item in mix:
            if "2023年" in item["q"] and item["kind"] == "fact":
                assert item["q"].startswith(("乙乡", "丁乡")), item
