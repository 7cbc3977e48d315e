"""Does a sentence spell another verb of doing: one scan of the sentence, not one per verb.

A verb of doing (开展, 建立, 培育) counts through any other of its kind once the sentence names
its whole object (``evidence._do``): reports say the same deed with many verbs. The kind
holds ~40 verbs (``vocabulary.DOING`` with the net verbs of ``net_counts``), and a
which-question at 10 000 reports asks of ~8 000 sentences whether one of them stands there —
forty substring tests and a list each, ~3.5 µs a sentence. One pattern of all of them finds
whether any stands in one pass of the sentence (~0.4 µs). A net verb (新增, 增加) does a deed
only with a count after it (``net_counts``), so the net verbs are a pattern of their own,
read only when no other verb of doing stands in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.net_counts import NET_VERBS, net_counted


def _pattern(verbs: Sequence[str]) -> re.Pattern[str] | None:
    """One alternation of ``verbs`` (written as they are), or None for none."""
    return re.compile("|".join(map(re.escape, verbs))) if verbs else None


class DoingVerbs:
    """The verbs of doing of one need, split into the plain ones and the net ones."""

    def __init__(self, doing: Sequence[str]) -> None:
        self.plain = _pattern([v for v in doing if v not in NET_VERBS])
        self.net = _pattern([v for v in doing if v in NET_VERBS])

    def said(self, body: str) -> bool:
        """A verb of doing stands in ``body`` and does a deed there: a plain one, or a net
        one with a count after it. The same answer as listing the verbs ``body`` holds and
        asking whether any is not a net verb, or whether ``body`` counts a net deed."""
        if self.plain is not None and self.plain.search(body) is not None:
            return True
        return self.net is not None and self.net.search(body) is not None and net_counted(body)
