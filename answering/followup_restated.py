"""A follow-up that names its new thing, then says the last list's asking words again:
「那碧道呢，哪些提了」「那河长制呢，有哪些报告写了」 after 「哪些报告写了海绵城市」.

In speech a topic swap is often said in two clauses — the thing with 那…呢, then the asking
words repeated with a bare verb of mentioning and no thing of their own (哪些提了, 有谁写了,
都有哪几个). The second clause adds nothing the swap does not already say: the last list is
asked again for the new thing. Read whole, the turn is searched for the words 「哪些提了」 and
finds nothing. A second clause that names a thing, a figure or a ranking (「哪个最多」
「建了多少公里」) asks something new and is never dropped.
"""

from __future__ import annotations

import re

__all__ = ["asks_list_again", "swapped_then_asked"]

# the asking clause alone: a which- or who-word, an optional unit noun, a bare verb of
# mentioning (提, 写, 讲, 说 and their 到 forms), 了/过, a question particle — nothing else;
# the deeds done with a law or a rule (学了, 宣传过, 贯彻落实): said again in the asking clause
# they repeat the last list's deed — only when the last question did say that deed
_DEEDS = r"组织学习|学习|学|宣传|宣讲|普及|贯彻落实|贯彻|落实|执行"
_LIST_AGAIN = re.compile(
    rf"^(?:那么?)?(?:都|还|又|也)*有?(?:哪些|哪几[个家份]?|谁)"
    r"(?:报告|单位|地方|(?P<kind>乡镇|区县|街道|区|县|镇|乡|市))?(?:里|中|里面)?"
    r"(?:都|还|又|也)*(?:有没有|是否)?"
    rf"(?:提到|提及|写到|讲到|说到|涉及|提|写|讲|说|(?P<deed>{_DEEDS}))?(?:了|过)*(?:的)?(?:吗|呢)?"
    r"[？?。!！\s]*$"
)


def asks_list_again(clause: str, prev_q: str = "") -> bool:
    """Is ``clause`` only the asking words of a which-list (「哪些提了」「有哪几个写了」), or
    of the last list's own deed (「谁学了」 after 「哪些地方学了…」)? A kind of unit the last
    question never said (「哪些镇学了」 after 「哪些地方学了」) is a new limit, no restatement."""
    m = _LIST_AGAIN.match(clause.strip())
    if not m or (m.group("deed") and m.group("deed") not in prev_q):
        return False
    return not (prev_q and m.group("kind") and m.group("kind") not in prev_q)


def swapped_then_asked(q: str, prev_q: str, places: frozenset[str]) -> tuple[str, str] | None:
    """(question, note) for 「那X呢，哪些提了」: the last list asked for the thing X
    (``followup_bare_topic``), when the clause after the comma only asks the list again."""
    from answering.followup_bare_topic import bare_topic_swapped

    # a space parts the clauses as a comma does (typed on a phone: 「那X呢 谁学了」)
    head, *more = re.split(r"[，,；;]|\s+", q.strip(), maxsplit=1)
    if not more or not asks_list_again(more[0], prev_q):
        return None
    return bare_topic_swapped(head, prev_q, places)
