"""Round q77w77: which-questions over the mixed library asked in users' words.

``probes_q77w77.jsonl`` asks over three invented reports (``tests/data/probe_reports_q77w77``):

- a closing command to the answerer (「？一个都别漏」「全部列出来」「千万不要遗漏」) is no need
  (la1 la1b la1c; la1n: a thing no report holds stays unanswered) — ``retrieval.list_all``;
- 行政执法“三项制度” takes the thesaurus spellings of the whole term, so 石岭镇's three systems
  spelled out answer (qw1 qw1b); 人事“三项制度” has no key and does not (qw1n) — ``quoted_whole``;
- 「A、但报告里没提B的」 is A's units less B's (bu1 bu1b bu1c; bu1n: every A unit writes B) —
  ``answering.but_unsaid``;
- 「拿到了X这类牌子或称号」: the frame nouns offered as alternatives are one frame, 这类 no part
  of the name — taken out at the stop 77 merge (``retrieval.honours`` as main had it): read
  in 「拿到过法治示范之类的牌子，或者正在争创示范的」 it left 示范 alone and took 示范引领 (q45 h45_07);
- a report whose plan alone named the thing is not kept by sentences passing on the other
  words — ``answering.unnamed_rest`` (the branch's dated_heading rule, undated items under a
  later-year plan heading read as plans, was taken out at the stop 77 merge: it lost ~110 rows
  of earlier sets; its probes dh1* and the review's rv2 rv3 rv5 rv8, which read plan parts
  dated by their heading, went with it);
- 「随身录像的记录仪」: a modifier whose spellings hold its head is no second need (dr1 dr1b;
  dr1n) — ``retrieval.described_head``.
"""

from __future__ import annotations

from pathlib import Path

from answering.but_unsaid import split_but_unsaid
from answering.unnamed_rest import unnamed_rest
from reportqa.types import ReportInfo
from retrieval.list_all import without_list_all
from retrieval.quoted_whole import whole_term_spellings
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_q77w77.jsonl"


def test_q77w77_probes(tmp_path, monkeypatch, capsys):
    # meta77 (769124c0): which 0.42, none 0.67; branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_q77w77"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_list_all_cuts_only_a_closing_command():
    assert without_list_all("哪些单位宣传了民法典？一个都别漏") == "哪些单位宣传了民法典？"
    assert without_list_all("禁毒宣传的有哪些？全部列出来") == "禁毒宣传的有哪些？"
    assert without_list_all("搞了宣传的是哪些地方，千万不要遗漏") == "搞了宣传的是哪些地方"
    # 「一个都不能少」 is a slogan of a deed's coverage, never a command (stop 77 merge)
    q = "哪些镇执法人员持证上岗，一个都不能少"
    assert without_list_all(q) == q
    # no clause before it asks: a follow-up's whole request, kept
    assert without_list_all("全部列出来，不限街道") == "全部列出来，不限街道"
    assert without_list_all("请了法律顾问的，都列出来") == "请了法律顾问的，都列出来"
    # 一个不落 inside the asking clause is the deed's totality
    q = "哪些镇街的执法人员一个不落都持证上岗了"
    assert without_list_all(q) == q
    # a deed of leaving out that is content: not a whole closing clause
    q = "哪些镇开展了防止漏登漏报的核查？"
    assert without_list_all(q) == q
    # review: 一家不落 after a comma still describes the deed (every firm); after the
    # question has ended it is said to the answerer
    q = "哪些街道对辖区企业开展了法治体检，一家不落？"
    assert without_list_all(q) == q
    assert without_list_all("哪些单位开展了宪法宣传？一个不落") == "哪些单位开展了宪法宣传？"


def test_whole_term_spellings():
    thesaurus = {"行政执法三项制度": ("行政执法公示制度",), "放管服改革": ("简政放权",)}

    def syn(w):
        return thesaurus.get(w, ())

    assert whole_term_spellings("落实行政执法“三项制度”的", "三项制度", syn)[1:] == (
        "行政执法公示制度",
    )
    assert whole_term_spellings("深化“放管服”改革的", "放管服", syn)[1:] == ("简政放权",)
    assert whole_term_spellings("推进人事“三项制度”改革", "三项制度", syn) == ()
    assert whole_term_spellings("落实“三项制度”的", "三项制度", syn) == ()


def test_split_but_unsaid():
    assert split_but_unsaid("搞了禁毒宣传、但报告里没提防诈骗的是哪家？") == (
        "搞了禁毒宣传的是哪家？",
        "防诈骗",
    )
    assert split_but_unsaid("搞过防溺水宣传却没有提到禁毒的是哪家？")[1] == "禁毒"
    # a negated deed (polarity) and a result beside A (but_not) are other shapes
    assert split_but_unsaid("哪些乡镇没有开展宪法宣传") is None
    assert split_but_unsaid("有行政诉讼但一件没输的乡镇") is None
    # review: 提起/提出/写进 are deeds, and 没出现/没涉及 with no report named an outcome
    assert split_but_unsaid("哪些单位收到了行政复议申请、但没提起行政诉讼的？") is None
    assert split_but_unsaid("哪些单位开展了普法，但没有提出整改意见的？") is None
    assert split_but_unsaid("哪些单位聘请了法律顾问，却没写进合同的？") is None
    assert split_but_unsaid("哪些单位加强执法监督而没有出现败诉的？") is None
    assert split_but_unsaid("开展了普法、但报告里没有涉及民法典的有哪些")[1] == "民法典"


def _info(year):
    return ReportInfo(
        "r1", "a.txt", "石岭镇法治政府建设报告", "石岭镇", "云川县", "乡镇", year, "h"
    )


class _Chunk:
    def __init__(self, text):
        self.text = text


class _Hit:
    def __init__(self, text):
        self.chunk = _Chunk(text)


def test_unnamed_rest():
    plan = _Hit("组织干部专题学习《反有组织犯罪法》")
    rest = _Hit("组织全乡干部集中学习法律知识4次")
    named = _Hit("组织干部学习《反有组织犯罪法》")
    law = [("反有组织犯罪法",)]
    assert unnamed_rest([plan, rest], [rest], law)
    assert not unnamed_rest([plan, named], [named], law)
    assert not unnamed_rest([plan, rest], [plan, rest], law)


def test_without_described_drops_a_modifier_spelling_its_head():
    from retrieval.concept import Concept
    from retrieval.described_head import without_described

    video = Concept("录像", ("录像", "全过程记录", "执法记录仪", "记录仪"), False)
    device = Concept("记录仪", ("记录仪", "执法记录仪"), True)
    drone = Concept("无人机", ("无人机",), True)
    got = without_described("配了那种随身录像的记录仪", [video, device])
    assert [c.term for c in got] == ["记录仪"]
    # the modifier does not spell the head: both stay
    assert len(without_described("配了随身录像的无人机", [video, drone])) == 2
    # no 的 between them: not a description of the head
    assert len(without_described("录像和记录仪都配了", [video, device])) == 2
