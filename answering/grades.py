"""Grades of an assessment: 「考评评了个什么等次」 wants 「获评“良好”等次」「考核结果为优秀」.

A yearly assessment ends in a grade from a short closed list (优秀, 良好, 合格, 基本合格, 不合格,
称职, 好, 较好, 一般, 差, 先进, 达标, A–D, 一等…). A sentence answers a grade question only
when it gives one: after a verb of rating (评为, 获评, 定为, 结果为) ending the phrase, or
right before the head 等次/等级/档次 (「获得“好”的等次」); 「获得好评」「获得良好效果」 rate
nothing. The head itself is no thing the report must repeat (「考核结果为优秀」 gives the
grade without 等次), so it leaves the need; a sentence about the assessment that gives no grade
(「考核实行百分制，满分100分」) is no answer, and the answer says the report does not give it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.query import Analysis
from retrieval.scores import asks_score

_HEADS = ("等次", "等级", "档次", "评级")  # not 级别: 「什么级别的示范村」 asks 省级 or 市级
_HEAD = "|".join(_HEADS)
_SCORE_HEADS = ("分数", "得分", "评分", "分值")
GRADE_ASKED = re.compile(
    rf"(?:什么|啥|哪个|哪一个|哪一|哪种)个?(?:{_HEAD})"
    rf"|(?:{_HEAD})(?:各|分别)?(?:是|为)?(?:什么|啥|如何|怎样|怎么样)"
    r"|评(?:了|为|上|得|定)?(?:个|一个)?(?:什么|啥)(?:等|级|档|结果|$)"
)
_WORDS = (
    r"基本合格|不合格|合格|基本称职|不称职|称职|优秀|良好|较好|一般|较差|先进|达标|好|差"
    r"|[A-DＡ-Ｄ](?:级|类|档)?|[一二三四]等|第[一二三四]"
)
_OPEN = r"[“\"「『]?"
_CLOSE = r"[”\"」』]?"
GRADE = re.compile(
    rf"(?:评为|评定为|评定|获评|获得|获|定为|确定为|确定|列为|结果为|结果是|等次为|等级为|为)"
    rf"{_OPEN}(?:{_WORDS}){_CLOSE}(?=[，。；、,.;）)\s]|$)"
    rf"|{_OPEN}(?:{_WORDS}){_CLOSE}的?(?:{_HEAD})"
)


def asks_grade(question: str) -> bool:
    return bool(GRADE_ASKED.search(to_simplified(question)))


def gives_grade(sentence: str) -> bool:
    return bool(GRADE.search(to_simplified(sentence)))


def graded(candidates: list) -> list:
    """The (score, rank, chunk, span) candidates of a fact answer whose sentence gives a
    grade."""
    return [c for c in candidates if gives_grade(c[3].text)]


def without_result_heads(analysis: Analysis) -> Analysis:
    """A grade or score question without its head words (等次, 分数) as things to find: a
    grade given (``gives_grade``) or a score (``retrieval.scores``) is the test, whatever
    word the report puts beside it (「考核结果为优秀」「得91分」)."""
    heads = (_HEADS if asks_grade(analysis.question) else ()) + (
        _SCORE_HEADS if asks_score(analysis.question) else ()
    )
    kept = tuple(c for c in analysis.concepts if c.term not in heads)
    if not heads or not kept or len(kept) == len(analysis.concepts):
        return analysis
    terms = tuple(t for t in analysis.search_terms if t not in heads)
    return replace(analysis, concepts=kept, search_terms=terms)
