"""A verb copied after its object: 「学法学了几次」「调解纠纷调解了多少起」「开会开了3次」,
and 考 said as a verb: 「组织干部考过法律知识」.

Spoken Chinese puts the aspect and the quantity of a verb–object deed on a second copy of
the verb (重动句): 学法学了几次 is 学法几次. Reports write the deed once (「中心组学法6次」),
and the copy left in a question would be read as a word of its own (学法学), a thing no report
names. So the copy and its 了/过 are dropped before the need is read — only where a quantity
is asked or given right after, and only where the copy is a copy: either the verb and its
object make a word of the dictionary (学法, 开会, 调解纠纷), or the verb is a word of its own
and the copy stands apart from what comes before it — after a long object (「听法治工作汇报
听了几回」) or after a distributive 各/都/共 (「学法各学了」「开展普法活动都开展了」, where
各/都 stay). In 「评查抽查了多少宗」 the 查 before 了 belongs to 抽查 (评查 and 抽查 share the
查), and in 「诉讼败诉了几宗」 the 诉 to 败诉: nothing there is a copy.

Reports name an exam by a noun (法律知识考试, 学法考试); a speaker says 考 as a verb with
了/过 (「考过法律知识」「考了一次法」). 考了/考过 and the subject after it are read as the noun
「<subject>考试」 (same length) unless 考 ends a word with the character before it (参考, 思考,
报考) — 考核/考评/考察 have no 了/过 after 考.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_COPY = re.compile(
    r"([\u4e00-\u9fff]{1,2}?)([\u4e00-\u9fff]{1,8}?)(各|都|一共|总共|共)?\1(?:了|过)?"
    r"(?=几|多少|[0-9０-９]|[一二两三四五六七八九十]+[次场回趟遍期轮起件])"
)
_EXAM = re.compile(r"考[了过]")
# 「考行政执法证」「考过执法资格证」: 考 with a certificate as its object is the exam for it, which
# reports name by the field (行政执法人员考试, 执法资格考试); the certificate's stem alone
# (行政执法) would be the whole field of work, not the test. 考 must open the phrase (参考,
# 报考 end another word, checked by the caller) and 证 end it (证件, 证明 are other things).
_CERTIFICATE_EXAM = re.compile(
    r"考(?:过了|了|过|取)?(?P<x>[\u4e00-\u9fff]{2,6}?)(?:资格)?证(?:书)?(?![件明据实言]|考试)"
)
# 「提拔前先考一次法律」: 一次/一回/一下 right after the verb is its plain doing, no count
# asked (round which32): 「考一次法律」 is 「考法律」
_ONCE = re.compile(r"(?<![参思])考一[次回遍下](?=[\u4e00-\u9fff])")
# the subject after 考了/考过, to the end of its clause, after a count said first (一回, 两次):
# 「考过法律知识」 is a 法律知识考试, the noun reports write; 了/过 or 没 opens no subject
# (「考过了行政执法考试」 is passed, 「考过没有」 asks)
_SUBJECT = re.compile(
    r"(?P<n>[一两二三四五六七八九十几]+[次回遍场轮])?"
    r"(?P<s>(?![了过没吗哪什])[\u4e00-\u9fff]{1,8}?)(?=[，,。？?！!、；;\s]|吗|没|呢|吧|的|$)"
)


def without_verb_copy(question: str, is_word: Callable[[str], bool]) -> str:
    """「中心组学法学了几次」 → 「中心组学法几次」; ``is_word``: the dictionary."""

    def drop(m: re.Match) -> str:
        verb, rest, apart = m.group(1), m.group(2), m.group(3) or ""
        if not apart and len(rest) <= 4 and is_word(verb + rest):
            return verb + rest
        before = (apart or rest)[-1]
        # the copy must be a word standing apart: not the tail of 抽查, 败诉 (查, 诉)
        alone = is_word(verb) and not is_word(before + verb[0]) and not is_word(before + verb)
        # 「拆违拆了多少」: a one-character object, the copy marked a verb by its 了/过
        marked = len(rest) == 1 and m.group(0)[-1] in "了过"
        if alone and (apart or marked or len(rest) >= 3 or (len(rest) == 2 and is_word(rest))):
            return verb + rest + apart
        return m.group(0)

    return _COPY.sub(drop, question)


def exam_as_noun(question: str, is_word: Callable[[str], bool]) -> str:
    """「组织干部考过法律知识」 → 「组织干部法律知识考试」; with no subject after it, 考了/考过
    is 考试 in place. Same length either way, but for a plain once dropped (考一次法律 → 考法律)."""
    question, out, at = _ONCE.sub("考", question), [], 0
    question = _CERTIFICATE_EXAM.sub(
        lambda m: m.group(0) if _in_word(question, m, is_word) else m["x"] + "考试",
        question,
    )
    for m in _EXAM.finditer(question):
        if m.start() < at or (m.start() > 0 and is_word(question[m.start() - 1 : m.end() - 1])):
            continue  # 参考了, 思考过: 考 ends another word
        subject = _SUBJECT.match(question, m.end())
        out.append(question[at : m.start()])
        if subject:
            out.append((subject.group("n") or "") + subject.group("s") + "考试")
            at = subject.end()
        else:
            out.append("考试")
            at = m.end()
    return "".join(out) + question[at:]


def _in_word(question: str, m: re.Match[str], is_word: Callable[[str], bool]) -> bool:
    """Whether the 考 of ``m`` ends a word with the character before it (参考, 报考) or opens
    one with the character after it (考察论证, 考核认证: no exam, 证 belongs to 论证/认证)."""
    at = m.start()
    ends = at > 0 and is_word(question[at - 1 : at + 1])
    return ends or (m.start("x") == at + 1 and is_word(question[at : at + 2]))
