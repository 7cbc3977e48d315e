"""A time clause says when the deed asked about happens, not what it is.

In a question 「（在）A之前先B」「A以后再B」「A的时候B」 B is the deed asked about and A its moment
or its object: 「出文件、签合同之前先让法律把关的」 asks for the legal review (合法性审查,
法制审核) of documents and contracts, and a report writing 「重大行政决策合法性审查」 answers
it, while one writing 「签订合同」 and 「法律」 side by side does not. Read word by word, A's
words were required alone, as much the need as the deed, and the review was lost behind
them. So the concepts said only inside such a clause are soft and light, as the doer or the
place of a deed is (``Concept.light``): they raise a sentence that names the moment, they are
no condition and weigh like a generic verb, provided the question names a deed of its own
after the clause; a question that is only the clause (「换届之前的工作」) keeps its words, and
so does one whose deed after it is a bare verb (「签合同之前会让法律顾问把关」: the contracts
are what the adviser is seen reviewing), or whose deed is a check put as a yes-no question
(「定大事之前先查一查合不合法」「签合同的时候看是否合规」): the embedded question has no subject
of its own, what is checked is the clause's object (the 大事, the contracts), and a report
checking the legality of something else (规范性文件合法性审核) does not answer it.

A report writes some moments as one word with the deed (会前学法, 岗前培训, 诉前调解:
``retrieval.phrases.before_after``): a clause that is only such a moment names the practice
and keeps its reading; beside other words of the clause (「印发文件之前」) it is light too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.a_not_a import yes_no_at
from retrieval.concept import Concept

# the moment markers and an adverb of order after them (先, 再, 就) that ties the deed on;
# a bare 前/后/时 is left alone, 前先 too: it ends words (提前, 及时, 同时) far more often, and
# 「开会前先学法」 is the practice 会前学法 (``retrieval.phrases.before_after``)
# 期间, 那阵子, 那会儿 say the same span as 的时候 (「汛期期间」「台风那阵子」)
_WHEN = re.compile(r"(?:之前|以前|之后|以后|的时候|期间|那阵子?|那会儿?)[先再就都]?")
# a span of an event (「疫情期间」) rather than a moment: the event may be what the deed is on
_SPAN = re.compile(r"(?:期间|那阵子?|那会儿?)[先再就都]?$")


def _is_span(clause: str) -> bool:
    return bool(_SPAN.search(clause))


# where the clause starts: a clause mark or the preposition that opens a time phrase
_OPENS = re.compile(r"[，,。？?！!；;：:\s]|(?<![\u4e00-\u9fff])在|^在")


# what may follow the deed without being a verb of its own: a tentative 一下, a particle
_FILLER = re.compile(r"^(?:一下|一遍|一番)")
# a verb's own object after it: an aspect particle, then two characters of a noun phrase;
# 的, 有, 是 after the verb close a relative clause or open the frame (「把关的有哪些」), no object
_OBJECT = re.compile(r"[了过着]?(?![的地得有是吗呢吧啊])[\u4e00-\u9fff]{2}")


def _clauses(text: str) -> list[tuple[int, int, str]]:
    """The (start, end) of each time clause in ``text`` followed by more words in its
    sentence, and those words: the clause runs from the last clause mark before the marker
    to its end."""
    out = []
    for m in _WHEN.finditer(text):
        rest = re.split(r"[，,。？?！!；;]", text[m.end() :], maxsplit=1)[0]
        if not re.search(r"[\u4e00-\u9fff]{2}", rest):
            continue  # nothing said after the moment: the clause is the need itself
        start = max((o.end() for o in _OPENS.finditer(text, 0, m.start())), default=0)
        out.append((start, m.end(), rest))
    return out


def _deed_named(rest: str, concepts: Sequence[Concept], span: bool = False) -> bool:
    """Whether the words after the clause end on a required concept: the deed asked is a
    thing named (法律把关, 法律知识). When they end on a verb (「让法律顾问把关」: 把关 soft,
    the adviser its doer) the clause's words are what the deed is done on, the only sign of
    it a report writes (法律顾问审查合同), and they stay needed. A span (``span``: 「疫情期间」
    「汛期那阵子」) names an event, and a deed with no object of its own after it is done on
    that event (「疫情期间依法防控」 is 疫情防控): only a verb's own object makes it light."""
    said = [(rest.rfind(p), p, c) for c in concepts for p in _parts(c) if p in rest]
    if not said:
        return False
    at, word, last = max(said, key=lambda s: s[0])
    # 「让法律顾问把把关」: a noun with a verb still after it is the doer, not the deed
    after = _FILLER.sub("", rest[at + len(word) :])
    if not last.required or span:
        # 「汛期的时候依法转移过群众」: a verb with an object of its own after it (群众, which no
        # concept keeps) is the deed, done on that object, not on the clause's words
        return bool(_OBJECT.match(after))
    return not re.match(r"[^\W\d_的了过吗呢呀啊]", after)


def _parts(c: Concept) -> list[str]:
    """The words a concept was read from: each side of 「A/B」, and a moment the locative
    rule spelled as a report does (文件前 of 「文件之前」) by the word before its marker."""
    return [p[:-1] if p[-1] in "前后时" and len(p) > 2 else p for p in c.term.split("/") if p]


def _checks(rest: str) -> bool:
    """Whether the words after a clause are a verb then a yes-no question (查一查合不合法,
    看是否合规): a check of the clause's object. A yes-no form opening them (「有没有先学法」)
    asks whether the deed was done, and is no check."""
    rest = re.sub(r"^[先再就都也要会]+", "", rest)
    return yes_no_at(rest) > 0


def timed(text: str, concepts: Sequence[Concept], asked: str = "") -> tuple[Concept, ...]:
    """``concepts`` with those said only inside a time clause of ``text`` as one light
    concept, when the words after the clause name the deed (``_deed_named``) and are no
    check of the clause's object (``_checks`` on ``asked``, the question as written, before
    its A-not-A forms were read back to one verb)."""
    spans = _clauses(text)
    if not spans or any(_checks(rest) for _s, _e, rest in _clauses(asked)):
        return tuple(concepts)
    spans = [(s, e) for s, e, rest in spans if _deed_named(rest, concepts, _is_span(text[s:e]))]
    inside = "".join(text[s:e] for s, e in spans)
    outside = text
    for s, e in spans:
        outside = outside[:s] + " " * (e - s) + outside[e:]

    def in_clause(c: Concept) -> bool:
        parts = _parts(c)
        return bool(parts) and all(p in inside and p not in outside for p in parts)

    if not any(c.required and not in_clause(c) for c in concepts):
        return tuple(concepts)
    moment = [c for c in concepts if in_clause(c)]
    if not moment or (len(moment) == 1 and _parts(moment[0]) == [moment[0].term[:-1]]):
        return tuple(concepts)  # 「开会前先学法」: 会前 alone names the practice (会前学法)
    # the clause is one qualifier (印发 and 文件 of 「印发文件之前」): one light concept, any
    # of its words raising the sentence, so a longer clause weighs no more than a short one
    alts = tuple(dict.fromkeys(a for c in moment for a in c.alternatives))
    term = "/".join(dict.fromkeys(c.term for c in moment))
    at = concepts.index(moment[0])
    rest = [c for c in concepts if c not in moment]
    return (*rest[:at], Concept(term, alts, False, light=True), *rest[at:])
