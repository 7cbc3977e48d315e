"""How people say a deed that reports word in the official register.

Three facts about spoken Chinese questions, each by its structure, not by a list of topics:

- A noun never takes an aspect particle. When jieba joins a two-character verb and a
  one-character verb into a noun (组织学 "histology" in 「组织学了民法典」, 安排学), the 了/过/着
  after it shows the words are a light verb and the real deed: they are split back, so the
  light verb weighs as one (``SOFT_VERBS``) and the deed and its object carry the need.
- A verb said twice around 一 (审一审, 学一学) is the verb once: the doubling is a tone of
  speech, and jieba reads 一审 ("first-instance trial") out of it. Not around 了: 「学习了习
  近平法治思想」 has 习了习 inside two words.
- A two-character verb said with its first character twice (把把关, 开开会, 看看书: the
  tentative AAB form of a verb-object word, "have a look over") is the verb once, as 审一审 is:
  jieba keeps 把把关 one word no dictionary or report spells, so the deed was lost.
- A word that takes an aspect particle inside the sentence is a predicate: an idiom jieba
  tags ``l`` (好好学了一遍) or a run of characters it could not group (嘚瑟了一下) is a verb of
  the user's, not a topic (a sentence-final 了 may follow a noun: 「旁听庭审了」). A suffix
  belongs to the word before it, but the plural 们 (干部们, 老板们) is dropped: report prose
  writes the bare noun for many people, so the suffixed form is spelled by no report.
- A verb with a directional complement (聚起来, 送下去, 拿出来: one verb character, then one of
  上下进出回过起开 and 来/去) is a predicate whatever jieba tags it (聚起来 is its idiom ``l``):
  it says how the deed was set about, like the verb alone, so it weighs as a verb.
- An amount said as a totality (百分百, 百分之百, 一个不落, 无一遗漏) is the one amount
  reports write as 100%, 全部 or 全覆盖: one concept with those spellings, and a condition
  (``Concept.must``): 「落实持证上岗制度」 without the amount is no answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.concept import Concept
from retrieval.group_claims import GROUP_QUANTIFIER
from retrieval.vocabulary import DOING_VERBS, IMPROVING_VERBS, SOFT_VERBS

Tagger = Callable[[str], list[tuple[str, str]]]

_ASPECT = ("了", "过", "着")
# one-character verbs of doing or learning, whatever jieba guesses for a lone character
_ONE_CHAR_DEEDS = "学讲考办抓搞做干教审"
_COMPLEMENT = re.compile(r"[上下进出回过起开][来去]")
_DOUBLED = re.compile(r"([\u4e00-\u9fff])一\1")
# 100% said in words: the fraction spelled out, or an idiom of "not one left out" (全覆盖 is
# the synonym list's: 均配备, 均聘请 cover it, not an amount)
_TOTALITY = re.compile(
    r"百分之?百|100\s*[%％]|一个(?:都|也)?不(?:落|少|漏|差)|无一(?:遗漏|例外|缺漏)"
    # 「全都通过了」「全部都合格」: a whole group said with an adverb of all (round which32)
    r"|全(?:部)?都"
    # 「每个村都配了」「村村都有」: every member of the group, a claim of the whole
    # (``retrieval.group_claims``)
    r"|" + GROUP_QUANTIFIER
)
# how a report writes the whole of a group: the figure, or the words for "all of them"
TOTALITY_SPELLINGS = (
    *("100%", "100％", "百分之百", "全部", "全覆盖", "全员"),
    # each member named (每个村, 每村, 一村一, 村村) or all of them at once (均已, 均配备)
    *"每个村 每村 一村一 村村 每个社区 均已 均有 均配 均建 均设 均聘".split(),
)


def undoubled(text: str) -> str:
    """「审一审」「学一学」 → 「审」「学」, padded with spaces so positions keep their place."""
    return _DOUBLED.sub(lambda m: m.group(1) + "  ", text)


def untried(text: str, tag: Tagger) -> str:
    """「把把关」「开开会」 → 「把关」「开会」: a word the tokenizer reads as a verb of three
    characters, its first said twice, whose last two are a verb of their own, is the
    tentative form of that verb (a character doubled across two words, 小组组长, is not)."""
    for word, flag in tag(text):
        if len(word) == 3 and word[0] == word[1] and flag.startswith("v"):
            verb = tag(word[1:])
            if len(verb) == 1 and verb[0][1].startswith("v"):
                text = text.replace(word, word[1:])
    return text


def _is_verb(char: str, tag: Tagger) -> bool:
    tagged = tag(char)
    return len(tagged) == 1 and tagged[0][1].startswith("v")


def split_light_verbs(tagged: list[tuple[str, str]], tag: Tagger) -> list[tuple[str, str]]:
    """``tagged`` with each noun that takes an aspect particle split into the verb it starts
    with and the one character it ends with (组织学 + 了 → 组织, 学)."""
    out: list[tuple[str, str]] = []
    for i, (word, flag) in enumerate(tagged):
        after = tagged[i + 1][0] if i + 1 < len(tagged) else ""
        # 「宪法有没有组织学」: a noun made of a light verb and a one-character verb (组织学,
        # histology), said as a predicate, is no word of the genre: split without a particle too
        # after a verb (有没有组织学): the subject 「组织学是一门学科」 stays the science
        after_verb = i > 0 and tagged[i - 1][1].startswith("v")
        light = after_verb and len(word) == 3 and word[:2] in SOFT_VERBS
        light = light and word[2] in _ONE_CHAR_DEEDS
        if len(word) == 3 and flag.startswith("n") and (after in _ASPECT or light):
            head = tag(word[:2])
            if len(head) == 1 and head[0][1].startswith("v"):
                # a lone character's tag is a guess (jieba reads 学 as a noun): the particle
                # after it says it is a verb
                out.extend([(word[:2], head[0][1]), (word[2], "v")])
                continue
        out.append((word, flag))
    return out


_DEED_VERBS = DOING_VERBS | IMPROVING_VERBS


def spoken_tags(
    tagged: list[tuple[str, str]], tag: Tagger, question: str = ""
) -> list[tuple[str, str]]:
    """``tagged`` with suffixes joined to their word and light verbs split from the deed;
    ``question``, whole, tells whether it states a figure or the whole (``states_value``)."""
    valued = states_value(question)
    joined: list[tuple[str, str]] = []
    for word, flag in tagged:
        if word == "们" and joined:  # 老板|们: the plural of people, which reports never write
            continue  # (干部, 群众 are the report's plural): the noun alone is its spelling
        if word == "率" and joined and joined[-1][1][:1] in ("v", "n") and not valued:
            # 败诉|率, 纠错|率: a lone 率 closes a rate jieba does not know (it knows 覆盖率,
            # 结案率); the rate is one noun, not a deed (败诉, v) that weighs as a verb. A rate
            # whose value is asked (「持证上岗率做到百分百」) is read by its value: reports write
            # it with or without the rate's name (「持证100%」), so the words stay as they are
            joined[-1] = (joined[-1][0] + word, "n")
        elif flag == "k" and joined:  # 规范|化: a suffix, never a word of its own
            joined[-1] = (joined[-1][0] + word, joined[-1][1])
        elif flag == "ns" and word in _DEED_VERBS:
            # 新建: jieba's dictionary tags a verb of doing as a place where a county bears it
            # as a name (南昌's 新建区). A question's places are the units the library lists,
            # whole (新建区), so the bare word before an object (「新建或者改造公共厕所」) is
            # the deed; read as a place it became a need of its own
            joined.append((word, "v"))
        elif flag == "d" and len(word) >= 2 and word.endswith("法"):
            # 立法 (基层立法联系点): a word headed by the noun 法 names an act of law; jieba's
            # adverb tag would drop it as a function word
            joined.append((word, "vn"))
        else:
            joined.append((word, flag))
    return recut_at_verb(split_light_verbs(joined, tag), tag)


def states_value(question: str) -> bool:
    """The question says a figure or the whole (达到95%, 百分百, 一个不落): a rate it names is
    read by that value (``spoken_tags``)."""
    return bool(_TOTALITY.search(question) or re.search(r"[0-9０-９%％]|百分", question))


def recut_at_verb(tagged: list[tuple[str, str]], tag: Tagger) -> list[tuple[str, str]]:
    """``tagged`` with a two-character word that leaves one character alone after it re-cut
    at its first character when that is a verb and the rest joins the lone one into a word
    (「办法治培训」: jieba 办法|治 → 办|法治). A lone character is a sign of a wrong cut:
    the user's verb took the first character of the object."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tagged):
        word, flag = tagged[i]
        nxt, nflag = tagged[i + 1] if i + 1 < len(tagged) else ("", "")
        # a noun then a lone character read as a verb: 执法|证 (a verb, a noun suffix) stays
        odd = flag.startswith("n") and nflag.startswith("v")
        if odd and len(word) == 2 and len(nxt) == 1 and "\u4e00" <= nxt <= "\u9fff":
            rest = tag(word[1] + nxt)
            if _is_verb(word[0], tag) and len(rest) == 1 and rest[0][1].startswith("n"):
                out.extend([(word[0], "v"), rest[0]])
                i += 2
                continue
        out.append((word, flag))
        i += 1
    return out


def predicates(
    words: list[tuple[int, str, str]], text: str, is_word: Callable[[str], bool]
) -> list[tuple[int, str, str]]:
    """(position, word, flag) with an idiom or an unknown run that takes 了/过 before more
    words, and a verb with a directional complement, tagged a verb (好好学了一遍, 嘚瑟了一下,
    聚起来)."""
    out = []
    for at, word, flag in words:
        end = at + len(word)
        aspect = (
            text[end : end + 1] in ("了", "过") and "\u4e00" <= text[end + 1 : end + 2] <= "\u9fff"
        )
        if aspect and not flag.startswith("v") and (flag in ("l", "i") or not is_word(word)):
            flag = "v"
        if len(word) == 3 and _COMPLEMENT.fullmatch(word[1:]):
            flag = "v"  # 「把干部聚起来学法」: gathered, a verb phrase
        out.append((at, word, flag))
    return out


def totality_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each amount the question says is the whole (百分百)."""
    return [
        (m.start(), m.end(), Concept("100%", TOTALITY_SPELLINGS, True, must=True))
        for m in _TOTALITY.finditer(text)
    ]


# 「这种事儿」「一块儿」「这点儿」: the spoken 儿 closing a word (erhua) is no part of what reports
# write (事, 一块, 点); 儿 opening a word (儿童, 儿子, 女儿's 儿 after 女) stays
_ERHUA = re.compile(r"(?<=[事块点边样会活法])儿(?![童子女科歌])")


def without_erhua(question: str) -> str:
    """The question with each spoken 儿 suffix dropped (「这种事儿」 → 「这种事」)."""
    return _ERHUA.sub("", question)
