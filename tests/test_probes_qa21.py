"""Coined terms and shared heads in which-questions, on wordings made up here, end to end.

``probes_qa21.jsonl`` asks 19 questions over five invented web-page copies
(``tests/data/probe_reports_qa21``: page chrome, an 索引号 block, one page in traditional
characters) through the real CLI: ingest, then ``reportqa eval``. Two categories, each with
wordings that must be answered and ones that must not:

1. a coined term (quoted, numeral-coded, or quoted by the reports) decides; the words that
   describe it (集体决策, 民主决策, 基层治理) are optional, never enough alone;
2. a head after a list (「A、B和C + 讲座」) belongs to every member, never across a clause.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from reportqa.units import UnitIndex
from retrieval.anchors import explained
from retrieval.coded_names import coded_in, is_code
from retrieval.coordination import shares_head
from retrieval.evidence import SUPPORT
from tests.probe_kit import ingest_and_eval, score

DATA = Path(__file__).parent / "data"
TOWNS = UnitIndex(["石桥镇", "柳塘乡", "东岭街道"])
COUNTIES = UnitIndex(["青川县"])

_score = partial(score, units=(TOWNS, COUNTIES))


def _library(quoted: set[str], common: set[str], unsaid: set[str] = frozenset()):
    """A library of ten reports: the ``quoted`` terms written in quotation marks in one, the
    ``common`` words in most, the ``unsaid`` words in none, every other string in one."""

    def df(strings):
        if any(s.strip("“”「」") in quoted for s in strings if s[0] in "“「"):
            return 1
        if any(s[0] in "“「" for s in strings):
            return 0
        if any(s in unsaid for s in strings):
            return 0
        return 8 if any(s in common for s in strings) else 1

    return df


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 1.0 --min-none 1.0".split()
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa21"],
        DATA / "probes_qa21.jsonl",
        floors,
    )
    got = {q["id"]: q for q in result["questions"]}
    for qid in ("c1x", "s2x", "s2y"):
        assert not got[qid]["miss"], (qid, got[qid]["miss"])


# ---- 1. a coined term decides, its description is optional ----------------------------
@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("在村务决策中推行四议两公开的有哪些", "四议两公开"),
        ("一村一辅警写进报告的乡镇", "一村一辅警"),
        ("哪些乡镇搞了双随机一公开抽查", "双随机一公开"),
        ("三重一大集体决策", "三重一大"),  # never extended to the words after it
    ],
)
def test_a_numeral_code_jieba_cuts_is_one_name(tok, question, name):
    assert [n for *_, n, _ in coded_in(question, tok.tagged)] in ([name], [])
    assert coded_in(question, tok.tagged) or tok.is_word(name)  # jieba keeps it whole


@pytest.mark.parametrize("question", ["哪些乡镇一年一次述法", "三年两次培训", "五个一工程"])
def test_counts_are_no_code(tok, question):
    """一年一次 counts (measure words after the numerals); 五个一 has one word per numeral."""
    assert coded_in(question, tok.tagged) == []
    assert not is_code("一年一次") and is_code("两学一做")


@pytest.mark.parametrize(
    ("question", "run"),
    [
        ("“枫桥经验”基层治理", ("基层治理",)),
        ("用“枫桥经验”搞基层治理", ("基层治理",)),
        ("在基层治理方面推行“枫桥经验”", ("基层治理",)),
        ("“枫桥经验”和网格化管理", ()),  # a coordinator: two things
        ("“枫桥经验”，网格化管理", ()),  # a clause break
        ("“枫桥经验”推行网格化管理", ()),  # a deed done besides
    ],
)
def test_the_words_describing_a_term(question, run):
    weights = {"枫桥经验": 2.0, "基层治理": 1.0, "网格化管理": 1.0, "推行": 0.4}
    assert explained("枫桥经验", weights, question) == run


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        # the report's own description is no other kind of 集体决策
        ("三重一大集体决策写进报告的有哪些", "严格执行“三重一大”议事决策制度。", True),
        ("在民主决策方面推行四议两公开的乡镇", "全面落实“四议两公开”工作法。", True),
        ("三重一大集体决策写进报告的有哪些", "凡重大事项一律由班子集体决策。", False),
    ],
)
def test_a_coined_term_decides(analyzer, tok, question, sentence, said):
    df = _library(set(), {"集体", "决策", "民主决策", "推行"})
    assert (_score(analyzer, tok, question, sentence, df) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        # no report says 治安防控: it tells no report apart, the name decides
        ("一村一辅警治安防控有哪些乡镇在做", "推行“一村一辅警”机制，实现全覆盖。", True),
        ("哪些乡镇推行一村一辅警治安防控", "全镇推行一村一辅警。", True),
        ("一村一辅警治安防控有哪些乡镇在做", "加强治安巡逻，做好防控工作。", False),
    ],
)
def test_a_description_no_report_says_is_optional(analyzer, tok, question, sentence, said):
    df = _library(set(), {"推行"}, {"防控", "治安防控"})
    assert (_score(analyzer, tok, question, sentence, df) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("quoted", "sentence", "said"),
    [
        ({"村规民约"}, "修订完善“村规民约”，全村签约率100%。", True),
        ({"村规民约"}, "各村修订村规民约12部。", True),
        (set(), "各村修订村规民约12部。", False),  # nobody quotes it: 移风易俗 is asked too
    ],
)
def test_a_term_the_reports_quote_is_coined(analyzer, tok, quoted, sentence, said):
    df = _library(quoted, {"移风易俗"})
    q = "村规民约移风易俗写了的有哪些"
    assert (_score(analyzer, tok, q, sentence, df) >= SUPPORT) is said


# ---- 2. a head shared by a list --------------------------------------------------------
@pytest.mark.parametrize(
    ("lead", "wanted", "shared"),
    [
        ("加强《宪法》、《民法典》和党内法规", "宪法", True),
        ("开展法治宣传、法律咨询和矛盾调解", "法律咨询", True),
        ("组织民法典、行政诉讼法等法律法规", "民法典", True),
        ("组织干部学习宪法，开展党章", "宪法", False),  # a clause break
        ("学习宪法后组织党章", "宪法", False),  # no list
    ],
)
def test_a_list_shares_its_head(lead, wanted, shared):
    assert shares_head(lead, wanted) is shared


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇办过宪法讲座", "举办宪法、民法典和防范电信网络诈骗专题讲座6场。", True),
        ("哪些乡镇办过民法典讲座", "举办宪法、民法典和防范电信网络诈骗专题讲座6场。", True),
        ("哪些乡镇办过宪法讲座", "集中学宪法，办党章讲座1场。", False),
    ],
)
def test_a_head_belongs_to_every_member(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("举办宪法知识竞赛2场。", True),
        ("开展宪法、民法典知识竞赛2场。", True),
        ("组织干部学习宪法，开展党章知识竞赛1场。", False),
    ],
)
def test_a_head_before_an_activity_keeps_its_kind(analyzer, tok, sentence, said):
    """「宪法知识竞赛」: 知识 is the head 宪法 names a kind of, 竞赛 the activity on it."""
    q = "哪些乡镇开展了宪法知识竞赛"
    assert (_score(analyzer, tok, q, sentence) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("干部按期参加年度法治理论知识考试。", True),  # 法治理论 names the kind: 法治 ~ 法律
        ("组织干部参加法律知识考试。", True),
        ("组织干部参加安全生产知识考试。", False),
    ],
)
def test_the_whole_modifier_names_the_kind(analyzer, tok, sentence, said):
    q = "哪些乡镇的干部参加了法律知识考试"
    assert (_score(analyzer, tok, q, sentence) >= SUPPORT) is said
