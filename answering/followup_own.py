"""What a follow-up names of its own, once its picking and asking words are gone.

「其中哪个最多」「它们各配了多少台」 say which units and how to ask, and nothing else: the thing
asked is the last question's. A word of two characters or more left over is a thing of the
follow-up's own (「它们的人口」), asked as it is.
"""

from __future__ import annotations

import re

from answering.followup_carry import NAMED
from answering.followup_inherit import verb_of_last

__all__ = ["OWN_TOPIC", "own_topic"]

# what is left of 「其中哪个最多」 once the picking words are gone: nothing of its own
OWN_TOPIC = re.compile(
    r"哪个|哪一个|哪家|哪些|谁|乡镇|镇|乡|街道|单位|地方|最多|最少|最高|最低|最大|最小|最好|最早|最晚|"
    r"更多|更少|更好|更高|更低|排第一|第一|的|是|呢|那么?|[？?。！!，,\s]|"
    # 「哪个次数最多」「谁的数字最大」: the count the last question asked, named as a count
    r"次数|场次|人次|人数|件数|个数|数量|数目|数字|数据|数值|"
    r"[\u4e00-\u9fff]{1,2}得(?=最|更)|"  # 「配得最多」「做得更好」: the last question's verb again
    r"(?:(?<=[谁个家])|^)[\u4e00-\u9fff]的(?=次数|最|更)"  # 「谁开的次数最多」: 的 for 得
)
# the asking words of a question that names no topic of its own (「各配了多少台」); a measure
# word only right after 多少/几 (人口, 人员, 次数 are topics)
_ASKING = re.compile(
    # 「叫什么（名字）」「是谁」: the name of what the pointer stands for, no thing of its own
    r"叫(?:什么|啥)(?:名字)?|是谁|"
    r"各|分别|都|也|(?:多少|几)(?:人次|[个台件起名人次场份家项套处位间所])?|了|过|呢|吗"
)


# the words of saying and of insisting around a count (「各自说改多少台」「具体配了几台」): they
# ask how the report puts it, and name nothing
_SAYING = re.compile(r"各自|自己|具体|到底|究竟|(?:说|提|写|讲)(?=[\u4e00-\u9fff]?(?:多少|几|了))")


def own_topic(rest: str, prev_q: str = "") -> bool:
    """Is there a word of two characters or more left once the asking words are gone? A verb
    of the last question's thing alone (「它们各自说改多少台」 after 「旧电梯更新改造哪些区做
    了」) is none: a measure and a verb carry the last topic, as a bare count does."""
    left = _ASKING.sub("", _SAYING.sub("", OWN_TOPIC.sub("", rest)))
    if prev_q and verb_of_last(left, prev_q):
        return False
    return bool(NAMED.search(left))  # GDP too
