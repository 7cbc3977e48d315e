"""Round reach58: a province said as the topic is met by the places inside it (h58_14: 「跟广西
那边搞对口帮扶」 answered by reports naming 隆林县, 西林县, 靖西 but never 广西).

The made-up district reports in ``tests/data/probe_reports_reach58`` name real counties, since
the division list is what tells a county's province:

- q1 (青岚区) helps 那坡县 and 西林县 by their full names;
- q2 (白鹭区) names 靖西 without its kind, a short name the tagger reads as a place;
- q3 (柏溪区) helps 紫金县 of 广东 and writes 扩大新兴 (the characters of 大新, a 广西 county's
  short name that is no word): it must meet neither 广西 nor 江西.

Questions (``probes_reach58.jsonl``): reach58a, reach58b list q1 and q2; the must-not reach58n
asks of 江西, which no report names.

Round 2, the report's own spelling of the user's word (q4 枫林区, q5 云杉区):

- 「新建或者改造公共厕所」: 新建 is a verb (jieba tags it a place) and the reports write 公厕, whose
  厕 stands for 厕所 alone (reach58c, reach58d); 公事 of q4 is no 公共事务 (must-not reach58m);
- 普惠托育 / 普惠性托育: the attributive 性 said or not (reach58e, reach58f); it never widens the
  head (must-not reach58o, 普惠养老);
- 「把X的次数写出来了」 asks for a count like 「写了X的次数」 (reach58g, reach58h): 云杉区 plans the
  study without one (must-not reach58p).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ingest.gazetteer import counties
from reportqa.text import Tokenizer
from retrieval.attributive_forms import other_spelling
from retrieval.conditions import ASKS_NUMBER
from retrieval.region_members import RegionMembers, _members
from retrieval.short_spellings import ShortSpellings
from retrieval.solved_problems import solved_problems
from retrieval.spoken import spoken_tags
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_reach58_questions(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_reach58"],
        DATA / "probes_reach58.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["error"]]


def test_members_are_the_names_that_say_one_place():
    tagged = Tokenizer().tagged
    gx = _members(counties(), tagged)["广西"]
    assert {"西林县", "靖西市", "靖西", "河池市"} <= set(gx)
    assert "大新" not in gx  # no word: the characters of 扩大新兴
    assert not any(n.endswith("区") for n in gx)  # districts are named by common words
    assert "紫金县" not in gx and "紫金县" in _members(counties(), tagged)["广东省"]


def test_a_bound_head_character_makes_the_dictionary_word_a_short_form():
    tok = Tokenizer()
    shorts = ShortSpellings(None, None, tok.tagged, tok.is_word, tok.frequency)
    assert shorts.short_forms("公共厕所") == ["公厕"]
    for word in ("公共事务", "公共文化", "心理服务", "中小学校"):  # 事, 文, 服, 学 are words
        assert shorts.short_forms(word) == [], word


def test_a_verb_of_doing_tagged_as_a_place_is_the_deed():
    tok = Tokenizer()
    tags = dict(spoken_tags(tok.tagged("新建或者改造公共厕所"), tok.tagged))
    assert tags["新建"] == "v"


def test_the_attributive_suffix_both_ways():
    assert other_spelling("普惠托育") == "普惠性托育"
    assert other_spelling("普惠性托育") == "普惠托育"
    assert other_spelling("男性干部") is None  # 性 of the word's own
    assert other_spelling("托育") is None


def test_the_problem_solved_is_named_by_what_is_said_of_it():
    # read58's ``solved_problems`` kept at the merge (the same fact as reach58's filler rule)
    assert solved_problems("帮忙解决三岁以下小娃没人带的问题？") == "帮忙解决三岁以下小娃没人带？"
    assert solved_problems("怎么解决问题") == "怎么解决问题"


def test_the_figure_written_out_after_ba_is_asked():
    assert ASKS_NUMBER.search("把中心组学法的次数写出来了？")
    assert ASKS_NUMBER.search("把培训的人数列出来了吗")
    assert not ASKS_NUMBER.search("把学法的次数写进考核")  # written into, not written out


def test_a_county_name_counts_in_its_company():
    """review58: read by characters, a county's name is also a word or a local place (商城 of
    招商自贸商城, 海城市 of 滨海城市, 和县 of 领导和县委); it meets its province only beside a
    sibling or the province, and a library's own home county never does."""
    texts = [
        "靖西、那坡退出贫困县序列",
        "招商自贸商城等跨境电商体验店开业",
        "打造国际滨海城市",
        "在党委的正确领导和县委依法治县办的指导下",
        "蒙城县许疃镇2023年法治政府建设工作报告",
    ]

    def rows(words):
        return np.array([i for i, t in enumerate(texts) if any(w in t for w in words)], dtype=int)

    def spelled(word):
        return any(word in t for t in texts)

    tagged = Tokenizer().tagged
    members = _members(counties(), tagged)
    read = RegionMembers(spelled, tagged, counties, rows, texts.__getitem__, lambda: {"蒙城县"})
    assert "靖西" in read.written("广西", members["广西"], "v")  # 那坡 beside it
    for province in ("河南", "辽宁", "安徽"):
        assert read.written(province, members[province], "v") == (), province
