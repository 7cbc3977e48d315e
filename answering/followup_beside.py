"""「郑东新区呢，两边对比一下」: one unit named, then both sides pointed at to be compared.

After a question about one unit (「阎良区政府常务会议会前学法几次？」), naming another and asking to
set 两边/两者/二者/双方 side by side — or only 对比一下/比一比 right after it — asks the last
question of both units together: the unit named now is added to the last question's, as
「再把X加进来比一比」 adds it. Read alone, 「那X呢」 moves the question to X and the comparing
words were searched as a topic (「两边」).
"""

from __future__ import annotations

import re

__all__ = ["sets_beside"]

# both sides pointed at, then a verb of comparing; or the verb alone in a clause after the name
_BESIDE = re.compile(
    r"(?:两边|两者|二者|双方|两家|两个|俩)(?:都)?(?:放在一起|一起)?(?:对比|比较|比一比|比比|比一下|对照)"
    r"|[，,]\s*(?:再)?(?:对比一下|比较一下|比一比|比比|对照一下)(?:看看)?[？?。!！]*$"
)


def sets_beside(q: str, named: int) -> bool:
    """Does ``q`` name ``named`` == 1 unit and ask to compare it with the last one?"""
    return named == 1 and bool(_BESIDE.search(q))
