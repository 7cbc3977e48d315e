"""Verbs that stand for any deed: 搞, 做, 办 and their like.

People asking on leave the last question's verb out and say a verb of any deed instead
(「没搞的呢」「各做了多少家」「还有谁没办」): such a verb takes the last question's deed, while a
verb of its own (「未败诉的」「各受理了多少件」) asks a thing of its own. Both the negated and the
counting follow-up read the same list, so it lives in one leaf module both import (each also
imports the other's neighbours, which a direct import between them would make circular).

Having a thing (「哪些地方有执法记录仪」) is said by how it is got: 配, 装, 建, 设, 买, 请, 聘.
After a question of having, 「还没配的」 asks who does not have it — the verb of getting is
the deed of 有, not a deed of its own (``GOT``).
"""

from __future__ import annotations

import re

__all__ = ["ANY_DEED", "GOT"]

ANY_DEED = re.compile(r"^(?:搞|做|弄|干|办|有|进行)$")
# verbs of getting a thing, by equipping, building, setting up, buying or hiring
GOT = re.compile(
    r"^(?:配|配备|配置|配上|装|安装|装上|建|建成|建立|设|设立|设置|买|购置|请|聘|聘请)$"
)
