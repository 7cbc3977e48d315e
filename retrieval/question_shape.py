"""Which-questions that carry no question word.

Users type a which-question as a bare noun phrase or with 谁 as the subject:
「落实“两个清单”制度的乡镇街道」「开展过法治体检的单位？」「这批报告里谁搞了年终述法」
「谁家请了驻村律师」. Over a library of reports, a phrase that ends in a unit or level word
(乡镇, 街道, 单位, 地方, 报告) after 的 asks which units; so does 谁 or 谁家 standing as the
subject of a deed, since the actors of a report are its units. Both ask for the list of every
unit whose report says it, with the completeness line, not for a ranked passage.

A yes-or-no question over the reports of a level (「县一级的报告里有没有学民法典的」) asks
which of them: the answer is the list, or that none says it.

Not a which-question: a phrase about one named unit (「丙镇落实两个清单制度的情况」, the
caller checks that no unit is named), 谁 asking a person by a role (「谁任组长」「谁是法律顾问」,
「组长是谁」) and a phrase ending in a topic noun (「…的情况」「…的做法」).
"""

from __future__ import annotations

import re

from retrieval.level_words import names_level

_LEVEL = r"乡镇|街道|乡|镇|镇街|区县|县区|县|区|单位|地方|报告"
# 「…的乡镇街道」「…的乡镇和街道」「…的单位？」「…的地方有哪些」: the phrase ends in units;
# 「做得好的地方」「不足的地方」「值得借鉴的地方」 are aspects of the work, not places
_UNIT_PHRASE = re.compile(
    rf"(?<!好|足|够|差|弱|鉴|进|意|题)的(?:{_LEVEL})(?:(?:[和及与、/或]|以及)?(?:{_LEVEL}))?"
    r"(?:都?有哪些|有哪几个|是哪些|都?有谁|呢|吗)?[？?。！!…\s]*$"
)
# 「有没有…」「是否有…」「有无…」: asked over the reports of a level, whether any of them does it
_ANY = re.compile(r"有没有|是否有|有无|有谁")
# 「…的有谁」「…的都有谁」: those who did it, and no role named before 的
_WHO_DID = re.compile(r"的(?:都|还)?有谁[？?。！!\s]*$")
# a clause the user closed with a question mark
_ASKED_CLAUSE = re.compile(r"[^？?]+[？?]")
# 谁 opening a clause (or after 里/中/里面/里头/当中/有): the subject of what follows
_WHO = re.compile(r"(?:^|(?<=[，,。；;？?！!\s里中内有面头]))(谁家|谁)(?=[\u4e00-\u9fff])")
# 「黑臭水体治理谁写了具体数」: 谁 after the topic, as the subject of a verb of writing or
# saying in the past, asks which reports wrote it (over a library the writers are its
# reports); 「是谁写的」「谁写的报告」 ask the author, a person or an office, and stay out
_WHO_WROTE = re.compile(
    r"(?<![是由])谁(?:也|还|都)?(?:写了|写到|写过|提了|提到|提过|提及|讲了|讲到|说了|说到|谈到|给了|给出|列了|列出)"
)
# what 谁 asks after when it asks a person: a role, a copula, an office
_PERSON_VERB = re.compile(
    r"(?:是|任|担任|兼任|当|作为|负责|主持|主抓|分管|主管|牵头|挂帅|带队|领导|主讲|授课|讲课|签字|签批)"
)


# 「X的法律顾问是哪家单位」「X请的是哪个律所」: 是, an asking word and an organisation's noun
# ask who the subject is (a name); over one named unit that is a fact about it, never a
# which-question over the library (单位 names the answer's kind here, not the units asked)
_NAME_ASKED = re.compile(
    r"是(?:哪家|哪个|哪一家|哪一个|哪所|什么)"
    r"(?:单位|机构|律所|律师事务所|事务所|公司|部门|学校|高校|医院|协会|组织)"
)


# 「X去的是哪个地方的联系点」: 地方 before 的 asks where a thing of the unit is, not which units
_PLACE_OF = re.compile(r"哪(?:个|一个)?(?:地方|地点)的")


def asks_a_name(question: str, units: int) -> bool:
    """Does a question naming ``units`` units (one) ask the name of an organisation, or
    the place of a thing?"""
    return units == 1 and bool(_NAME_ASKED.search(question) or _PLACE_OF.search(question))


def asks_units(question: str) -> bool:
    """Does a question with no question word (no 哪些/哪个/几个) ask which units?"""
    q = question.strip()
    # 「…的都有谁？光宣传的不算」: a remark after the question mark (what counts, 列一下)
    # leaves the question's own shape at the end of its clause
    asked = [c.strip() for c in _ASKED_CLAUSE.findall(q)]
    if any(_UNIT_PHRASE.search(c) or _WHO_DID.search(c) for c in (q, *asked)):
        return True
    if names_level(q) and _ANY.search(q):  # 「县一级的报告里有没有学民法典的」: which of them
        return True
    if _WHO_WROTE.search(q):
        return True
    who = _WHO.finditer(q)
    return any(m.group(1) == "谁家" or not _PERSON_VERB.match(q, m.end()) for m in who)
