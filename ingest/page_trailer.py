"""The links a portal prints under a document: never the document's own words.

Under a report a portal lists its neighbours in the same channel — 「上一篇：柳溪镇2023年…报告」
「下一篇：…」 — and blocks of related or recommended articles (「相关文章」「相关链接」「推荐阅读」)
whose titles name other units and other years. A township's report that calls itself only
我镇 would otherwise be read as the one town its page names (the neighbour's link), and its
落款 looked for among the links. Kept as one concept: what follows the report on its page.
"""

from __future__ import annotations

import re

# a neighbour's link: the label, then (after a colon or a space) another document's title
_NEIGHBOUR = re.compile(r"^[ \t\u3000]*[【\[]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页)")
# the heading of a list of other documents, alone on its line
_LIST_HEAD = re.compile(
    r"^[ \t\u3000]*[【\[]?(?:相关(?:文章|阅读|链接|信息|新闻|文件|推荐|稿件)|推荐阅读|热门(?:文章|推荐)|"
    r"延伸阅读|猜你喜欢)[】\]]?[ \t\u3000]*[:：]?[ \t\u3000]*$"
)
_ITEM = re.compile(r"^[^，,。；;！？]{2,80}$")  # a listed title: no sentence


def mask_trailer(text: str) -> str:
    """``text`` with the neighbours' links and the related-article lists blanked (spaces,
    so every offset stays valid): a list runs from its heading while lines hold no sentence."""
    out = []
    listing = False
    for line in text.split("\n"):
        if _LIST_HEAD.match(line):
            listing = True
        elif listing and not (_ITEM.match(line.strip()) or not line.strip()):
            listing = False
        if listing or _NEIGHBOUR.match(line):
            line = " " * len(line)
        out.append(line)
    return "\n".join(out)
