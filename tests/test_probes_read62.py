"""Round read62: reading the topic of which-questions.

``probes_read62.jsonl`` asks over invented reports (``probe_reports_read62``: 青禾区, 白沙区,
红石区):

- 「说到X」「讲到了X」「谈到X」: a verb of saying with its result complement is frame; jieba
  parts 说|到 and the lone 到 opened the topic (「到新冠」) (s1 s2; s3 s4 the idiom 说到做到 stays the topic,
  ``asking_frames.without_saying``).
- 「城中村瓶改管」: a 甲改乙 short form is one word, its first character no suffix of the word
  before (城中村瓶) (v1 v2 v3; v4 plain words stay plain, ``retrieval.conversions``).
- 「临港扩区」 finds 「临港“扩区”」: the last part of a term may be the quoted one (q1 q2,
  ``quoted_terms.quoted_forms``).
- 「“A”“B”或“C”」「“A”、“B”或者“C”」: a list of quoted names closed by 或 offers each (o1 o2; o3
  one name alone is exact, ``named_either``).
- 「“国际禁毒日”或禁毒宣传」: the phrase side's word the name holds too (禁毒) names the field,
  not its last word 宣传 (d1 d2; d3 a side sharing no word keeps its own, ``name_or_phrase``).
- 「公共法律服务（站点、中心、平台）」: a bracketed list of bare forms is no need of its own
  (b1 b2; b3 平台 as the topic's own word still counts, ``bracket_roles``).
- 「是书记镇长双组长的」: holders right before 双组长 gloss the joint post, which decides; 「主要
  领导为双组长」 counts, 「书记为组长，乡长为副组长」 never (j1 j2; j3 one post asked,
  ``joint_posts``).
- 「行政执法三项制度」: the named reform's three systems written out answer it (t1 t2); 国企
  「三项制度改革」 is another thing and answers only its own question (t3, ``synonyms.txt``).

review62 must-nots: r1 a word ending the name (政府 of “数字政府”) is its kind, no shared field;
r2 a bare 「实行双组长」 names no holders, the words before it stay the topic; r3 「这两个区（青禾、
红石）」 a bracketed list after a unit word is the scope, not bare forms.

On base aa1f6813 which_f1 0.75 (v1 v2 o1 o2 d1 d2 j1 t1 t2 down); this branch 1.00.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.asking_frames import without_saying
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_read62.jsonl"


def test_read62_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_read62"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0", "--min-compare", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    # review62 r3: a bracketed list after a word of units is the scope the table keeps
    assert set(compare_cells(tmp_path / "d", PROBES)["r3"]) == {"青禾区", "红石区"}


def test_saying_frame_leaves_done_thoroughly():
    """review62: 「讲到位」 is done thoroughly (as 落实到位), no verb of mentioning; 讲到 stays frame."""
    assert without_saying("哪些乡镇把普法讲到位了") == "哪些乡镇把普法讲到位了"
    assert without_saying("哪些区讲到了河长制") == "哪些区   河长制"
