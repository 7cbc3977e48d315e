"""What 「除了…」 and 「…以外」 leave out (review finding 6), on questions made up here.

A unit after 除(了) is left out of the scope; 除 that ends a verb (拆除, 排除, 消除, 解除) leaves
nothing out, and 「X以外的工作」 asks about other work (a topic), not a scope without X.
"""

from __future__ import annotations

from reportqa.types import ReportInfo
from retrieval.scope import excepted_spans, levels_asked
from retrieval.search import Filters


def _left_out(q: str) -> list[str]:
    return [q[s:e] for s, e in excepted_spans(q)]


def test_a_unit_after_chu_or_before_zhiwai_is_left_out():
    assert _left_out("除了梅林镇，还有哪些乡镇聘请了法律顾问？") == ["梅林镇"]
    assert _left_out("除梅林镇外哪些乡镇聘请了法律顾问") == ["梅林镇"]
    assert _left_out("梅林镇之外还有谁聘请了法律顾问？") == ["梅林镇"]


def test_chu_inside_a_verb_leaves_nothing_out():
    assert _left_out("哪些乡镇拆除了违法建筑，还开展了什么？") == []
    assert _left_out("哪些乡镇排除了安全隐患，还建了什么？") == []
    assert _left_out("哪些乡镇消除了隐患也做了普法？") == []
    assert _left_out("哪些乡镇解除了合同，也做了普法？") == []


def test_other_work_than_a_topic_is_no_scope():
    assert _left_out("哪些乡镇开展了普法以外的工作？") == []
    assert _left_out("哪些乡镇做了调解之外的事情？") == []


def test_a_level_noun_that_starts_a_word_names_no_level():
    assert levels_asked("哪些乡镇为各市场主体开展了法治体检？") == ("乡镇",)
    assert levels_asked("哪些乡镇在各区域设立了调解室？") == ("乡镇",)
    assert levels_asked("哪些乡镇让每个市民都知道法律援助？") == ("乡镇",)
    assert levels_asked("哪些乡镇推动了各县域的普法？") == ("乡镇",)
    assert levels_asked("各乡村的法律顾问是谁请的？") == ()
    # the level words themselves still scope
    assert levels_asked("各市开展了法治体检吗？") == ("地市",)
    assert levels_asked("各区都聘请了法律顾问吗？") == ("区县",)
    assert levels_asked("每个乡都有调解室吗？") == ("乡镇",)


def _report(unit: str, level: str = "") -> ReportInfo:
    return ReportInfo(
        "r", f"{unit}.txt", f"{unit}2023年法治政府建设情况报告", unit, "", level, 2023, "h"
    )


def test_a_report_of_unread_level_joins_a_township_answer_unless_its_name_says_otherwise():
    towns = Filters(levels=("乡镇",))
    assert towns.allows(_report("青山镇")) and towns.allows(_report("东城街道"))
    assert towns.allows(_report("某某单位"))  # no level in the name either: never silently out
    assert not towns.allows(_report("西岭区")) and not towns.allows(_report("白云县"))
    counties = Filters(levels=("区县",))
    assert counties.allows(_report("西岭区")) and not counties.allows(_report("青山镇"))
    assert towns.allows(_report("西岭区", "乡镇"))  # a level read from the text decides
