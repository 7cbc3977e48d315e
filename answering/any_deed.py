"""Verbs that stand for any deed: 搞, 做, 办 and their like.

People asking on leave the last question's verb out and say a verb of any deed instead
(「没搞的呢」「各做了多少家」「还有谁没办」): such a verb takes the last question's deed, while a
verb of its own (「未败诉的」「各受理了多少件」) asks a thing of its own. Both the negated and the
counting follow-up read the same list, so it lives in one leaf module both import (each also
imports the other's neighbours, which a direct import between them would make circular).
"""

from __future__ import annotations

import re

__all__ = ["ANY_DEED"]

ANY_DEED = re.compile(r"^(?:搞|做|弄|干|办|有|进行)$")
