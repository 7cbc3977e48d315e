"""「现将2021年度法治政府建设工作及2022年工作计划报告如下:」: a sentence announcing what follows.

A report opens its body with a formula naming what it is about to tell (现将…报告如下, 特将…
汇报如下, 具体情况如下). The sentence holds the words of its contents — the year, 工作计划, the
report's own subject — so it ranks high for a question asking them, yet it tells none of them:
what was done or planned is in the sentences after it, and a copy cut off right after the
formula tells nothing at all. A fact asked of the contents is never answered by it.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified

__all__ = ["announces"]

# the formula: an opening verb of presenting (现将, 特将, 兹将, 下面将, 现就), what is presented and a
# verb of reporting with 如下; or a bare 「（具体/有关）情况如下」 — the whole sentence, a colon
# ending it. Clauses before it (「按照县委部署,柳岸镇把…作为必经程序,现将…报告如下。」) tell
# something, and the sentence stays
_ANNOUNCES = re.compile(
    r"(?:^|[。；;])\s*(?:现将|特将|兹将|下面将?|现就|今将)[^。！？!?]{0,90}?"
    r"(?:报告|汇报|总结|说明|通报|报送|公布|公开)如下[:：。]?\s*$"
    r"|^\s*(?:现将|具体|主要|有关)?(?:工作)?情况(?:报告|汇报)?如下[:：。]?\s*$"
)


def announces(sentence: str) -> bool:
    """Does ``sentence`` end in the formula announcing the report's contents?"""
    return bool(_ANNOUNCES.search(to_simplified(sentence).strip()))
