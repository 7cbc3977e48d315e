"""An exam on the law, one thing under the many names reports give it.

Reports name the test officials sit on the law by many compounds: 法律知识考试, 任前法律法规知识
考试, 法治理论知识考试, 学法考试, 在线学法用法考试, 「如法网」学法考法, 普法考试. A question naming
any of them (or 「考过法律知识」, read as 法律知识考试 by ``retrieval.verb_copy``) asks for the exam
itself: one required concept spelled every way, so a sentence on 年终考核 that mentions
法律知识 (an assessment of work, no test) says nothing of it, while 法律 and 知识 apart would
carry most of the need.

Not this exam: a certification test (行政执法资格考试, 执法证考试). A question on one law's exam
(宪法考试) names its own subject, which the question's words decide; a report's test on 宪法,
民法典 or 习近平法治思想 is one the question on the law in general finds (round x35).
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

_SUBJECTS = ("法律", "法律法规", "法治", "法治理论", "法制", "学法", "学法用法", "普法")
# round x35: a test is named by its subject as often as by 法律 — since 2020 the standard one
# is on 习近平法治思想 (在线测试), and a test on the constitution or the civil code (宪法知识答题,
# 民法典专题知识测验) is a test on the law the asker means; 测验/答题 are the test too
_NAMED_SUBJECTS = ("习近平法治思想", "法治思想", "宪法", "宪法法律", "民法典")
_TESTS = ("考试", "测试", "测验", "答题")
# between the law and the exam reports put what was studied and how it was sat: 法治理论网上
# 考试, 法治理论知识学习考试, 学法用法在线考试, 法律知识测试 — one list of each, not of their products
_BETWEEN = (
    *("", "知识", "理论", "理论知识", "知识学习", "理论学习", "专题", "专题知识"),
    *(
        f"{what}{how}"
        for what in ("", "知识", "理论", "理论知识")
        for how in ("网上", "线上", "在线")
    ),
)
SPELLINGS = tuple(
    dict.fromkeys(
        [
            *(f"{s}{b}{e}" for s in _SUBJECTS for b in _BETWEEN for e in ("考试", "测试")),
            *(f"{s}{b}{e}" for s in _NAMED_SUBJECTS for b in _BETWEEN for e in _TESTS),
            "学法考法",
            # 「任前考法」「年度考法」「学法、考法」: reports' own short name of the exam (round which32);
            # never 考法 alone, which 参考法律 and 思考法治 also spell
            *("任前考法", "年度考法", "年终考法", "学法、考法"),
            # a modifier before the first of two joined nouns qualifies both: 「法制培训、考试」 is
            # a 法制 training and a 法制 exam
            *(
                f"{subject}{other}{join}考试"
                for subject in ("法律", "法治", "法制", "学法")
                for other in ("培训", "学习")
                for join in ("、", "和", "与", "及")
            ),
        ]
    )
)
# the subject of law in general, as a question words it before 考试 (「考了一次法」: 法 alone);
# not 执法考试 (a certification), 司法考试 (the bar), nor one law (宪法考试)
_EXAM = re.compile(
    r"(?<![执司宪])(?:法律法规|法律|法治理论|法治|法制|普法|学法用法|学法|法)(?:知识)?考(?:试|法)"
    # the verb before its object (「让干部考法律」「考一考法律知识」): the same exam, said as a deed;
    # not 参考/思考/备考 (to consult, to think, to prepare), where 考 ends another word
    r"|(?<![参思备报查])考(?:一考)?(?:法律法规|法律|法治理论|法治)(?:知识)?"
)


def law_exams_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each exam on the law named in ``text``."""
    return [
        (m.start(), m.end(), Concept("法律知识考试", SPELLINGS, True)) for m in _EXAM.finditer(text)
    ]


# round x35: reports name the exam after its study, in the same sentence but a clause on
# (「完成学法用法学习计划，年终考试成绩全部合格」「宪法学习月活动中组织答题测试」): an exam word
# after a law subject in one sentence is the law exam; never a certification (资格考试,
# 执法证考试) nor recruitment (考试录用), nor a school's or the public's test after a law
# campaign (辅导学生备战中考, 组织群众有奖答题): the exam meant is the cadres'. Only the subjects no other business names: 法律 and
# 法治 alone open many sentences on other work
APART = re.compile(
    r"(?:学法用法|学法|法律知识|法律法规知识|法治理论|法治思想|宪法|民法典|普法)"
    r"(?:(?!资格|执法证|证件|录用|学生|中考|高考|期末|群众|有奖)[^。；;！？!?\n]){0,20}?"
    r"(?:考试|测试|测验|答题)(?!录用)"
)
_SPELLED = frozenset(SPELLINGS)


def apart_exam(word: str) -> re.Pattern | None:
    """The law exam's reading apart (``APART``) when ``word`` is one of its spellings."""
    return APART if word in _SPELLED else None


EXAM_WORDS = ("考试", "测试", "测验", "答题")


def exam_cues(full: tuple[str, ...]) -> tuple[str, ...]:
    """A chunk read for the exam a clause on (``APART``) holds one of its exam words."""
    return EXAM_WORDS if full and full[0] in _SPELLED else ()
