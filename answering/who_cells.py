"""What a compare cell of a who-question must name: someone.

「甲镇和乙镇的法治建设分别由谁牵头」「分别请了谁来讲课」 ask for a person, and a report says one
either by name (陈欢欢同志, 律师黄普林) or, far more often in this genre, by the post or the kind
of person who did it: 「党委书记任组长」「党政主要领导…亲自部署」「邀请市级专家授课」「法官…专题
讲座」. A unit's sentence naming the topic and no one (「切实抓好法治政府建设各项工作」) says
what was done, not who; so among a unit's sentences on the topic, one naming someone is the
cell, as a count is for a how-many question (``extractive.Quoter``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from answering.extractive import WHO
from reportqa.text import to_simplified
from retrieval.more_of_two import plain_ranking

# posts and kinds of person a report names as the doer: the heads of a unit and of its
# party committee, its leading group's offices, 主要领导/主要负责人 (the heads together), and
# the people invited from outside (法官, 律师, 专家, 教授, an office's 处长)
_SOMEONE = re.compile(
    r"书记|(?<![家])[镇乡县区市旗州]长|主任|组长|指挥长|召集人|主要领导|主要负责人|负责同志|"
    r"领导班子|班子成员|法官|检察官|律师|专家|教授|学者|讲师|处长|局长|所长|庭长|同志"
)


def someone_named(person: Callable[[str], bool]) -> Callable[[str], bool]:
    """A predicate on a sentence: does it name a person (``person``: a name, an organisation
    led by a place) or a post or kind of person (``_SOMEONE``)?"""

    def names(text: str) -> bool:
        return bool(_SOMEONE.search(to_simplified(text))) or person(text)

    return names


# 「谁多」「谁最多」「谁更早」: 谁 ranks the units compared, it asks for no person
_RANKS = re.compile(r"谁[^，,。？?！!；;]{0,12}?(?:最|更)")


def asks_who(question: str) -> bool:
    """Does a comparison ask for a person (「由谁牵头」), not which unit ranks first (「谁多」)?"""
    q = to_simplified(question)
    return bool(WHO.search(q)) and not plain_ranking(q) and not _RANKS.search(q)
