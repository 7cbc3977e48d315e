"""Who did it never decides what was done; the words of the asking are no need (round qa50).

``probes_qa50.jsonl`` asks thirteen questions over five invented reports of 望海县
(``tests/data/probe_reports_qa50``). Every report names its 领导; 石门镇 writes 旁听行政诉讼案件
庭审, 柳溪乡 入户走访, 桥头镇 律师 as 法律顾问 and a 政企沟通微信群, 东城街道 现场办公 and 基层治理.

- d1a, d1b: the practice words are in no report (信访局, 接待, 工地, 欠薪); what is left is who
  (领导, 群众, 工作人员). The answer is 「没有」 and names the words no report writes.
- d1c: 旁听 is spelled, 断案 is not: 「没有」, naming 断案 (first written with 审案子, which
  ``register.txt`` now reads as 庭审, making 石门镇 the right answer). d1x (must-not): a role word beside a spelled practice still answers.
- b1a, b1b, b2a: pronouns (咱们), someone sent (派人), a directional verb (下去), an AABB word
  of extent (前前后后), a vague count (好几轮), a bare locative (外面) are the asking, never
  required. b2x, b3x (must-not): 现场办公, 基层治理 name practices and stay.
- u1b: 做买卖 and 老板(们) are in no report (the plural 们 is dropped): the answer names them and
  answers 桥头镇, which writes the two words left (微信群, 惠企政策) in one sentence, as read on
  them (``answering.graded``; a near reading before round graded22). u1x
  (must-not): with only 政策 left, nothing is near (one word is no reading, as in qa38). u1a,
  u1c: the words left carry the strict need, so 桥头镇 is the answer and nothing is named.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from library.compose import build
from reportqa.answer import Kind, Role, Unsaid
from reportqa.settings import Settings
from retrieval.analysis import Analysis
from retrieval.asking_frames import asking_word
from retrieval.concept import Concept
from retrieval.holders import is_holder, topic_restored
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_qa50.jsonl"


def test_holders_never_decide_and_unsaid_words_are_named(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa50"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 13
    service = build(Settings(data_dir=tmp_path / "d")).service
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        ans = service.ask(item["question"])
        assert sorted(ans.townships) == sorted(item["townships"]), item["id"]
        assert sorted({c.township for c in ans.related}) == item["near"], item["id"]
        assert all(c.role == Role.RELATED for c in ans.related)
        words = item.get("unsaid", [])
        assert sorted(ans.unsaid) == sorted(words), (item["id"], ans.unsaid)  # typed, not text
        if words:  # the answer's own block, as it says it (a graded one names its reading)
            note = next(b for b in ans.body if isinstance(b, Unsaid))
            assert note.words == ans.unsaid and note.text in ans.answer, (item["id"], ans.answer)


def test_holder_words_by_role_and_level():
    for word in ("领导", "工作人员", "群众", "镇政府", "县领导", "村干部", "咱们"):
        assert is_holder(word), word
    for word in ("旁听", "法律顾问", "领导小组", "政府法律顾问", "基层"):
        assert not is_holder(word), word


def test_asking_words_by_their_build():
    for word in ("人家", "大伙儿", "下去", "过来", "出去", "前前后后", "明明白白", "当众", "外面"):
        assert asking_word(word), word
    for word in ("基层", "现场办公", "下乡", "入户", "前后", "来访", "外来"):
        assert not asking_word(word), word


def _c(term: str, required: bool = True) -> Concept:
    return Concept(term, (term,), required)


def test_a_holder_alone_never_decides():
    before = Analysis(
        "哪些地方的干部去工地查过欠薪", Kind.WHICH, concepts=(_c("干部"), _c("欠薪", False))
    )
    after = replace(before, concepts=(_c("干部"),))  # 欠薪 left as unspelled
    got = topic_restored(before, after)
    assert [(c.term, c.required) for c in got.concepts] == [("干部", True), ("欠薪", True)]
    # a soft practice word still in the need decides; a light verb only if nothing else does
    kept = replace(before, concepts=(_c("干部"), _c("开展", False), _c("值班", False)))
    got = topic_restored(kept, kept)
    assert [c.term for c in got.concepts if c.required] == ["干部", "值班"]


def test_only_holders_asked_and_other_kinds_stay():
    only = Analysis("哪些地方提到了领导干部", Kind.WHICH, concepts=(_c("领导干部"),))
    assert topic_restored(only, only) is only
    fact = Analysis("西城区政府开了几次会", Kind.FACT, concepts=(_c("政府"), _c("开会", False)))
    assert topic_restored(fact, replace(fact, concepts=(_c("政府"),))).concepts == (_c("政府"),)
