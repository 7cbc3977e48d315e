"""Only the topic becomes a concept, cut where the user meant (round qa46).

``probes_qa46.jsonl`` asks 29 questions over five invented reports of 梧桐县
(``tests/data/probe_reports_qa46``, two of them fillers). Each rule states a general fact:

1. an audience preposition (面向/针对 + whom) is how the user asks (``retrieval.asking_frames``);
2. the 来 of purpose before a one-character deed (来抓, 来管) and a generic predicate closing
   a clause (管事, 办事) are no topic; 来访 stays;
3. an unnamed someone invited (请人来, 找人来) is no topic; 请人大代表 keeps 人大代表;
4. having a meeting (开会) before the deed it held, and 专门/特意 before a verb, are how the
   user says it; 专门委员会 stays a term;
5. a counter with a locative (几家里, 那几家里头) is where to look: 里 is counted nothing;
6. jieba's cut across the user's words is re-cut at the verb (办法|治 → 办|法治), and a word
   no report writes (组织学, histology) is split into the light verb and the deed
   (``retrieval.spoken``); 执法|证 and 办法 stay;
7. 规矩 is said for what reports write 制度/规定 (``colloquial.txt``);
8. (guard) a time word around a deed (出台前, 之前) stays a soft need of full weight;
9. 领导班子 says who did it, as 班子成员 (``retrieval.actors``); alone it is the topic;
10. 「今年报的」 is a relative year and the verb 报, no 年报 (``retrieval.asker_words``).
"""

from __future__ import annotations

from pathlib import Path

from retrieval.asker_words import without_asker
from retrieval.asking_frames import without_frames
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_invented_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # start (int20 7181558): which F1 0.41, none 1.00
    # (a1a p2a q3a q3b m4a m4b l5b j6a j6b g7a g7b k10a k10b missed)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa46"],
        DATA / "probes_qa46.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 29
    assert not [q["id"] for q in result["questions"] if q["miss"]]


def test_frames_go_and_words_that_only_look_like_them_stay():
    for q, gone in (
        ("面向老百姓做了普法宣传", "面向"),
        ("搭了个班子来抓法治", "来"),
        ("用清单来管事的", "管事"),
        ("请人来上法律讲座", "请人来"),
        ("专门开会研究过法治建设", "开会"),
        ("北京的几家里，哪些", "几家里"),
    ):
        assert gone not in without_frames(q), q
        assert len(without_frames(q)) == len(q)
    for q, kept in (
        ("提高调解工作的针对性", "针对性"),
        ("接待群众来访", "来访"),
        ("近年来学法", "来学"),
        ("请人大代表评议", "人大代表"),
        ("设立专门委员会", "专门委员会"),
        ("便民办事大厅", "办事"),
    ):
        assert kept in without_frames(q), q


def test_a_cut_across_the_users_words_is_recut_at_the_verb(analyzer):
    def terms(q: str) -> set[str]:
        return {c.term for c in analyzer.analyze(q, []).concepts}

    assert "法治" in terms("哪些地方给干部办法治培训") and "办法" not in terms(
        "哪些地方给干部办法治培训"
    )
    assert "组织学" not in terms("宪法有没有组织学？哪些乡镇")
    assert "办法" in terms("哪些地方制定了管理办法")  # no lone character after it
    assert any("执法证" in t for t in terms("有几个人拿到执法证的乡镇有哪些"))
    # 「有多少个村配了法律顾问」 still counts the village; 「几家里」 counts nothing
    assert "里" not in terms("北京的几家里，哪些提到了法律顾问")


def test_a_relative_year_then_the_verb_is_no_annual_report():
    assert "年度报告" not in without_asker("今年报的报告里，哪些提到了法律顾问")
    assert "年度报告" not in without_asker("去年报上来的材料里哪些写了普法")
    assert "年度报告" in without_asker("年报里哪些提到了法律顾问")
    assert "年度报告" in without_asker("2024年的年报里哪些写了普法")
