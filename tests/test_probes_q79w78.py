"""Round q79w78: which-questions in the users' own words for the reports' practice terms.

``probes_q79w78.jsonl`` asks over three invented township reports
(``tests/data/probe_reports_q79w78``):

- register lines (users' words → report words): 电信诈骗 ~ 电信网络诈骗/反电诈 (tele1 tele2;
  防范非法集资 is another fraud: tele_n), 录像设备 ~ 执法记录仪/执法仪 (rec1 rec2; 办公设备 is
  no such device: rec_n);
- a quote holds the user's own word as often as the report's (``retrieval.quoted_everyday``):
  “法律健康检查” ~ 法治体检/法律体检 (chk1 chk2; the old people's 健康体检 is no such service:
  chk_n), “懂法带头人” ~ 法律明白人/法治带头人 (mbr1 mbr2; 致富带头人 is another: mbr_n);
- a manner named unquoted after 的那种 (``retrieval.described_names``): the description is a
  gloss, 软性执法 ~ 柔性执法 decides (soft1 soft2); 「网格员上门的那种服务方式」 names no
  manner of its own and keeps its description (soft_n).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.described_names import named_only
from retrieval.question_scope import among
from retrieval.quoted_everyday import everyday_spellings
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_q79w78.jsonl"


def test_q79w78_probes(tmp_path, monkeypatch, capsys):
    # main (a42390ef): which 0.38; branch 1.00 (soft_n2, review: none 1.00 on main, 0 before the review)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_q79w78"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_quoted_checkup_is_spelled_with_its_contraction():
    spelled = everyday_spellings("法律健康检查")
    assert {"法律体检", "法治体检", "法制体检"} <= set(spelled)
    assert "企业体检" in everyday_spellings("企业健康检查")


@pytest.mark.parametrize("phrase", ["健康检查", "消防安全检查", "法律明白人", "三项制度"])
def test_no_everyday_spelling_for_report_words_or_a_bare_checkup(phrase):
    # the medical check alone, another check, the report's own word: nothing added
    assert everyday_spellings(phrase) == ()


def test_quoted_register_key_keeps_its_report_words():
    assert {"法律明白人", "法治带头人"} <= set(everyday_spellings("懂法带头人"))
    assert everyday_spellings("致富带头人") == ()


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("哪些报告提到执法不能一罚了之、要讲人性化的那种软性执法方式？", "哪些报告提到软性执法？"),
        ("群众少跑腿的那种一窗受理模式，哪些镇有？", "一窗受理，哪些镇有？"),
    ],
)
def test_manner_named_after_description_is_the_need(question, read):
    assert named_only(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "哪些地方搞了网格员上门的那种服务方式？",  # 服务: no words of its own
        "搞积分超市的那种村有哪些？",  # no manner noun
        "2023年群众少跑腿的那种一窗受理模式，哪些镇有？",  # a year: the question's scope
        "有没有哪个地方的报告提到，给国家立法征求意见的那种联系点？",
    ],
)
def test_description_stays_without_a_named_manner(question):
    assert named_only(question) == question


def test_unknown_manner_name_keeps_its_description():
    # review: 错时服务 is no word the product reads; said alone, 错时 is dropped and 服务 is left
    known = {"软性执法"}.__contains__
    q = "哪些地方提到了夜间上门的那种错时服务模式？"
    assert named_only(q, known=known) == q
    q = "哪些报告提到执法讲温度、不一罚了事的那种软性执法方式？"
    assert named_only(q, known=known) == "哪些报告提到软性执法？"


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("这两个全年各搞了多少场宣传活动？", "全年各搞了多少场宣传活动？"),
        ("那三个都是哪一年的报告？", "都是哪一年的报告？"),
        ("这两个清单落实得怎么样？", "这两个清单落实得怎么样？"),  # a noun after it: 两个清单
        ("哪两个镇开展了宣传？", "哪两个镇开展了宣传？"),  # no pointer
    ],
)
def test_bare_pointer_with_a_count_is_scope(question, kept):
    # review (h79_15): 「这两个」 with no noun after it still points at the units just named
    assert among(question).strip() == kept
