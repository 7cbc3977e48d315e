"""「哪些报告写了党委书记的名字」: a which-question asking for a post's holder by name.

Reports name an official right after the post (「由镇党委书记董伟涛任组长」), but far more often
the post alone stands for whoever holds it (「成立以乡党委书记为组长的领导小组」). A question
that asks whether a report *writes the name* of a post asks for the first kind only: the post
is the place in the sentence, the person's name after it is the need. So a report answers
only with a sentence where a name follows the post (as ``answering.post_holder`` reads it); one naming
the post without a person says nothing of the name, however well it names the post. A report
judged on its first supporting sentence alone is read again by itself (as a count asked is,
``answering.which._with_count``), so a name further on is found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from answering.post_holder import _AFTER_NAME, _SURNAME
from reportqa.text import to_simplified
from reportqa.types import ReportEvidence

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.compounds import Tagger
    from retrieval.filters import Filters
    from retrieval.query import Analysis

# the holder's titles a report writes a name after (``post_holder._POST``'s posts)
_POSTS = r"(?:总书记|书记|区长|县长|镇长|乡长|市长|旗长|主任|局长|所长|站长|部长|主席|队长)"
# the post, then the word asking for a person's name: 「书记的名字」「镇长姓名」「书记叫什么」
_NAME_WORDS = ("名字", "姓名", "人名")
_ASKED = re.compile(
    rf"(?P<post>(?:街道|[镇乡县区市])?(?:党委|党工委|纪委|人大|政府|办事处)?{_POSTS})"
    rf"的?(?:{'|'.join(_NAME_WORDS)}|叫什么|叫啥)"
)


def asked_post(question: str) -> str:
    """The post whose holder's name a question asks for (「党委书记」 of 「写了党委书记名字的」),
    '' when it asks none. The words before the title may be part of the post (镇, 党委): the report's
    post is matched by its last title (书记), so 「镇党委书记王金训」 answers 「党委书记」."""
    m = _ASKED.search(to_simplified(question))
    return m.group("post") if m else ""


def without_name_words(analysis: Analysis) -> Analysis:
    """``analysis`` without the words asking for the name (姓名, 名字): the name is a place in
    the sentence, after the post; no report writes 「姓名」 beside the person it names."""
    kept = tuple(c for c in analysis.concepts if c.term not in _NAME_WORDS)
    return replace(analysis, concepts=kept) if kept else analysis


def _title(post: str) -> str:
    """The title a name follows in a report: the post's last title word (书记 of 党委书记)."""
    m = re.search(rf"{_POSTS}$", post)
    return m.group(0) if m else post


# surnames a who-question's reading leaves out as too rare to risk (``post_holder``) but a
# which-question asking for names must not miss (「镇长文博担任双组长」): no everyday word of
# the genre opens with them right after a post
_MORE_SURNAMES = "文易康庞樊殷施牛洪柳"


def named_after(text: str, title: str) -> bool:
    """``text`` (simplified) names a person right after ``title``: a surname, one or two
    characters, then what follows a name in a report (同志, a mark, 担任, 主持…)."""
    name = rf"(?:同志)?[{_SURNAME}{_MORE_SURNAMES}][\u4e00-\u9fff]{{1,2}}?(?={_AFTER_NAME})"
    return re.search(re.escape(title) + name, text) is not None


def named_before(text: str, post: str, tagged: Tagger) -> bool:
    """``text`` names a person right before ``post``: a speech's leaders are written name
    first (「习近平总书记」「李希同志」), a word the tagger reads as a person's name (nr*) and
    then the post (a longer post ending in it: 镇党委书记 for 书记). A post opened by 总 is
    another office, no level's holder of the post asked: 总书记 answers 「总书记的名字」, never
    「书记的名字」 — every report quotes 习近平总书记, none names its own 书记 so."""
    words = tagged(text)
    return any(
        w.startswith("nr") and len(a) >= 2 and _holds(b, post) for (a, w), (b, _) in pairwise(words)
    )


def _holds(written: str, post: str) -> bool:
    """The post ``written`` in a report is the ``post`` asked, at some level (镇党委书记 of 书记),
    never the 总 office of it (总书记 of 书记) unless that is what is asked."""
    return written.endswith(post) and (post.startswith("总") or not written.endswith("总" + post))


def _named_hits(ev: ReportEvidence, post: str, tagged: Tagger) -> ReportEvidence:
    title = _title(post)
    hits = tuple(
        h
        for h in ev.hits
        if named_after(text := to_simplified(h.chunk.text), title)
        or named_before(text, post, tagged)
    )
    return replace(ev, hits=hits, supported=bool(hits))


def with_name(
    ctx: Context, analysis: Analysis, filters: Filters, ev: ReportEvidence, post: str
) -> ReportEvidence:
    """``ev`` kept only with sentences naming a person right after ``post``."""
    if not ev.supported:
        return ev
    tagged = ctx.retriever.lib.tokenizer.tagged
    got = _named_hits(ev, post, tagged)
    if got.supported:
        return got
    alone = replace(filters, report_ids=(ev.info.report_id,))
    again = [e for e in ctx.retriever.fan_out(analysis, alone, whole=True) if e.info == ev.info]
    return _named_hits(again[0], post, tagged) if again else got
