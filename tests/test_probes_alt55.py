"""Round alt55: two ways a question offers or pairs the things asked, read apart.

1. A quoted name with its kind word after it (「“第一议题”制度」) is one side of 或.

「哪些单位提到“第一议题”制度或者述法」 offers the thing asked twice, once by the reports' quoted
name and its kind, once in plain words. ``retrieval.name_or_phrase`` read the quoted side only
when the quote closed right before 或, so with the kind word between them the name, the kind
and the phrase were three required needs, and only a report writing all of them counted: the
order 「述法或者“第一议题”制度」 found every unit, this one half of them.

2. 既A，又B / 不仅A，还B: a pause may part the two halves the markers pair
(``retrieval.conjunction``); without it the comma form was one need 「区既…」 and found nothing.

Made-up reports, ingested for real into ``tmp_path`` and asked through the composition root.
On base55 the two paraphrases of (1) lose 青石镇 (述法 only) and the two of (2) find no unit;
the must-nots hold on both.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.settings import Settings
from tests.probe_kit import ingested_texts

_REPORT = (
    "{unit}2023年法治政府建设工作报告\n\n一、主要工作\n\n（一）加强组织领导。{deed}"
    "{unit}党委定期研究法治建设工作，全年召开专题会议4次。\n\n（二）推进依法行政。"
    "严格执行行政执法公示制度，规范执法程序。\n"
)
_REPORTS = {
    "a.txt": _REPORT.format(
        unit="白沙镇", deed="严格落实“第一议题”制度，党委会学习习近平法治思想12次。"
    ),
    "b.txt": _REPORT.format(unit="青石镇", deed="组织党政主要负责人年终述法，述法实现全覆盖。"),
    "c.txt": _REPORT.format(unit="柳林乡", deed="完善议事规则，健全集体决策制度。"),
    "d.txt": _REPORT.format(unit="东坡区", deed="开展宪法宣传进村活动6场，建成法治文化广场1个。"),
    "e.txt": _REPORT.format(unit="西岭区", deed="开展宪法宣传进校园活动3场。"),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("alt55")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS))).service


@pytest.mark.parametrize(
    "question",
    ["哪些乡镇落实了“第一议题”制度或者述法？", "有哪些镇提到“第一议题”制度或述法的"],
)
def test_a_quoted_name_and_its_kind_is_one_side(service, question):
    answer = service.ask(question)
    assert set(answer.townships) == {"白沙镇", "青石镇"}


def test_the_name_alone_is_no_alternative(service):
    answer = service.ask("哪些乡镇落实了“第一议题”制度？")
    assert set(answer.townships) == {"白沙镇"}


@pytest.mark.parametrize(
    "question",
    [
        "哪些区既开展了宪法宣传，又建了法治文化广场？",
        "哪些区不仅搞了宪法宣传，还建成了法治文化广场",
    ],
)
def test_paired_halves_parted_by_a_pause_ask_both(service, question):
    assert set(service.ask(question).townships) == {"东坡区"}


def test_one_half_alone_asks_one(service):
    assert set(service.ask("哪些区开展了宪法宣传？").townships) == {"东坡区", "西岭区"}


# ---- 「宁夏这两个镇的报告…」: the pointer takes its kind noun and the region qualifying it ----------
@pytest.mark.parametrize(
    "follow", ["宁夏这两个镇的报告分别是哪一年的？", "宁夏回族自治区这两个镇的报告各是哪年的"]
)
def test_a_pointer_takes_its_kind_and_region(follow):
    # dev row blind16 h30_49 went down at int55: the resolved 「…头营镇镇的报告」 was refused as a
    # place not in the library, and 「宁夏红寺堡镇、头营镇…」 missed the metadata route
    from answering.followup import Turn, resolve

    history = [Turn("宁夏的报告有哪些？", townships=("红寺堡镇", "头营镇"))]
    asked = resolve(follow, history, ("红寺堡镇", "头营镇", "大岚镇")).question
    assert asked.startswith("红寺堡镇、头营镇的报告"), asked


def test_a_pointer_without_region_keeps_the_rest():
    from answering.followup import Turn, resolve

    history = [Turn("哪些镇开展了宪法宣传？", townships=("红寺堡镇", "头营镇"))]
    asked = resolve("这两个镇的报告是哪一年的？", history, ("红寺堡镇", "头营镇")).question
    assert asked == "红寺堡镇、头营镇的报告是哪一年的？", asked
