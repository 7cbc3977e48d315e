"""Round fact32: a closing total, and a law class written by the lecture's form.

``probes_fact32.jsonl`` asks over three invented reports (``tests/data/probe_reports_fact32``,
towns under real counties of 湖南):

- a closing total (``retrieval.counts_near.closing_total``): a clause that is only a total word
  and a count (「…内容涉及《民法典》…等,全年共计9场」「…,累计12次」) counts the sentence's
  deed before it, however long the list between; the headline takes it over a later clause's
  count of another deed (``answering.values.asked_count``). Two paraphrases (t1a, t1b), the
  count beside its own deed still its own (t1c, t1d), and a must-not (t1n: the deed written
  after the total is not counted by it);
- 「讲法治课」 is written 「专题授课」 or 「法治专题培训(会)…授课」 (``retrieval/colloquial.txt``):
  two paraphrases (k1a, k1b) and a must-not (k1n: a farming lecture, 「专家授课」 alone, is no
  law class);
- a firm's seat bracketed in its name (「湖南金州(宁乡)律师事务所」, ``answering.entities``) is
  part of the name: two paraphrases (e1a, e1b) and a must-not (e1n: 「委托第三方（本地）律师
  事务所」 names no firm);
- 「便民服务大厅」 is written by the centre's name (便民服务中心, 政务服务中心, 为民服务中心:
  ``retrieval/register.txt``): two paraphrases (h1a, h1b) and a must-not (h1n: 村级便民服务站
  is no hall);
- 「X和Y今年各自定了…」 (``answering.relative_years``): 各 before a verb or 自 spreads the deed
  over the units named, so 今年 is each report's own year, not today's: two paraphrases as
  compare probes (y1a, y1b); the must-not is 「今年各乡镇…」, still today's year (unit test);
- 「考试是开卷还是闭卷」 (``answering.choice_words``): the option chosen is written inside the
  thing, before its head (法律知识闭卷考试): two paraphrases (c1a, c1b) and a must-not (c1n: a
  unit with no exam is not answered through the options);
- 「X这类活动」 right after the unit's name (``retrieval.item_lists``): the thing is read from a
  word's edge, not from a window cut inside the name (溪镇宪法宣传专场): two paraphrases (u1a,
  u1b) and a must-not (u1n: a unit with no such event).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.choice_words import options
from answering.entities import names_entity
from answering.relative_years import absolute
from retrieval.counts_near import closing_total, total_lead
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fact32.jsonl"


def test_fact32_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fact32"],
        PROBES,
        ["--min-fact", "1.0", "--min-none", "1.0", "--min-compare", "1.0"],
    )
    heads = {q["id"]: q["answer"].splitlines()[0] for q in result["questions"]}
    assert heads["t1b"] == "**黄兴镇**：12次[1]"  # the total, not 旁听庭审2场 after it


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("组织干部参加专题讲座,涉及《民法典》等,今年共计8场。", "8场"),
        ("邀请律师解读相关规定,累计12次,并组织旁听庭审2场。", "12次"),
        ("开展法治宣传,全年合计达30场", "30场"),
    ],
)
def test_a_closing_total(text, count):
    at = text.index(count)
    assert closing_total(text, at, at + len(count))
    assert total_lead(text, at, at + len(count))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("组织旁听庭审2场。", "2场"),  # a count beside its deed
        ("累计12次专题讲座,覆盖群众", "12次"),  # a noun after it: the count is the noun's
        ("开展普法活动,共发放资料300份", "300份"),  # a verb between: that clause's own count
    ],
)
def test_no_closing_total(text, count):
    at = text.index(count)
    assert not closing_total(text, at, at + len(count))


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("聘请了重庆天亿(涪陵)律师事务所吴英律师为我镇法律顾问", True),
        ("与北京大成（上海）律师事务所签订法律顾问合同", True),
        ("委托第三方（本地）律师事务所为镇法律顾问", False),
        ("聘请1家律师事务所（常年）为法律顾问", False),
    ],
)
def test_a_bracketed_seat_is_part_of_the_name(sentence, named):
    assert names_entity(sentence, "律所") is named


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("西仓镇和仁和镇今年各自定了什么文件？", "西仓镇和仁和镇今年各自定了什么文件？"),
        ("两个镇今年各定了什么文件", "两个镇今年各定了什么文件"),
        ("今年各乡镇哪些聘请了法律顾问", "2026年各乡镇哪些聘请了法律顾问"),
        ("去年各个街道有几份报告", "2025年各个街道有几份报告"),
        ("今年哪些镇提到述法", "2026年哪些镇提到述法"),
    ],
)
def test_this_year_spread_over_named_units_stays_each_reports(question, read):
    assert absolute(question, 2026) == read


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("法律知识考试是开卷还是闭卷？", ("开卷", "闭卷")),
        ("培训是线上的还是线下的", ("线上", "线下")),
        ("哪些乡镇还是没有聘请法律顾问？", ()),  # 还是 as 'still': no options
        ("法律顾问是律师还是专家学者？", ()),  # options of four characters and more: no kinds
    ],
)
def test_the_options_of_a_choice_question(question, offered):
    assert options(question) == offered
