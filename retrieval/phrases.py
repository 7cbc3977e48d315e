"""How the words of a question's need group into concepts: a campaign X进Y, an event before
前/后, who is sent and where to (light), 「A、B」 alternatives, one concept per term. Each
function states a general fact of Chinese questions; ``retrieval.query`` applies them."""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.compounds import AGENT
from retrieval.concept import Concept
from retrieval.vocabulary import PLACE_HEADS, SOFT_VERBS


def before_after(text: str, at: int, word: str, flag: str) -> str | None:
    """The locative (前, 后, or 之前/以前/之后/以后 as users say it) when the two-character
    event word ``word`` (开会, 起诉, 开庭; a verb or jieba's noun guess) stands right before
    it, else None: report prose abbreviates an event before a locative to its second
    character and a one-character 前/后 (会前学法, 诉前调解, 庭前调解, 岗前培训), whichever
    spelling the asker used (「开会之前」 is the report's 会前). 「前后」 says around, not before."""
    if len(word) != 2 or not flag.startswith(("v", "n")) or flag == "nr":
        return None
    end = at + 2
    if text[end : end + 1] in ("之", "以") and text[end + 1 : end + 2] in ("前", "后"):
        end += 1  # 「开会之前」「起诉以前」: the same locative in two characters
    when = text[end : end + 1]
    if when not in ("前", "后") or text[end + 1 : end + 2] in ("前", "后"):
        return None
    return text[at + 2 : end + 1]


# the one-character places a campaign goes into (送法进村, 普法进户, 法治进校, 法律进企), and
# how reports spell them whole (「法治进乡村」「法律进校园」): 进行, 进步, 进度 name no place
PLACES = {
    "村": ("村", "乡村", "农村"),
    "户": ("户", "家庭", "万家"),
    "校": ("校", "校园", "学校"),
    "企": ("企", "企业"),
    "厂": ("厂", "企业"),
}


def campaign_place(text: str, found: list, at: int, word: str) -> str:
    """Y of 「X进Y」 when ``word`` at ``at`` follows the concept before it with 进 between
    (法律/进/乡村) or jieba's word starting with 进 (法治/进校园, 送法/进村: one character
    only when it is a place, ``PLACES``), else ""."""
    if not found:
        return ""
    if text[found[-1][1] : at] == "进" or (
        found[-1][1] == at and found[-1][2].term.endswith("进")  # 送法进|企业
    ):
        return word
    if found[-1][1] == at and word[0] == "进" and (len(word) >= 3 or word[1:] in PLACES):
        return word[1:]
    return ""


# 「组织干部去法院旁听庭审」「安排工作人员到现场…」: who is sent and where to are told by a
# causative verb before a role and a motion verb before a place; the deed after them is the
# practice asked about, which reports name with another role or no place at all
_CAUSATIVE = re.compile(r"(?:组织|安排|带领|动员|选派|发动|引导|邀请|号召|让|派)$")
# 到 after a verb of saying or perceiving is its complement, no motion: 「讲到党史学习教育」
# 「提到」「说到」「看到」 name what is said, not where anyone goes
_MOTION = re.compile(r"(?<![下送发寄搬拿带讲说提谈写聊涉想看见听收得达遇])(?:去|到|赴|前往|来到)$")


def lighten(text: str, found: list[tuple[int, int, Concept]]) -> list[tuple[int, int, Concept]]:
    """The role a causative verb sends, the verb sending it and the place a motion verb goes
    to weigh like a generic verb (``Concept.light``) when a deed of the question's own
    follows them."""
    out = list(found)
    for i, (start, end, c) in enumerate(found):
        later = found[i + 1 :]
        if not later or c.term in (n.term for _, _, n in later):
            continue
        before = text[:start].rstrip()
        role = _CAUSATIVE.search(before) and AGENT.search(c.term)
        # the place stands right before the verb whose object follows (法院|旁听|庭审)
        place = (
            _MOTION.search(before)
            and later[0][0] == end
            and not later[0][2].required
            and len(later) >= 2
        )
        # the causative verb itself (安排, 带领) says only that someone sent them
        sends = _CAUSATIVE.fullmatch(c.term) and AGENT.search(later[0][2].term)
        if role or place or sends:
            out[i] = (start, end, replace(c, light=True))
    return out


# what joins alternatives: 「A、B」「A/B」「A或者B」, and 「A（或B）」 — an alternative in brackets;
# a place offered as one way keeps its locative before 或 (「在手机上或者网上办」「村里或社区」):
# the locative says where, the two nouns are still the alternatives
_JOIN = re.compile(r"\s*(?:、|/|[上里中内]?\s*(?:或者?|或是)|及|以及|[（(]\s*(?:或者?|或是))\s*")
_ASPECT = re.compile(r"\s*(?:了|过|着)?\s*")
# places named by their form alone, no kind of their own: a modifier before them says which
_BARE_PLACES = frozenset("中心 工作室 工作站 服务站 服务点 站点 服务中心 服务室".split())
_PLACE_RUN = 3  # words: a place named on the right of an 或 (法律|服务站, 公共|法律|服务站)


def _soft(c: Concept) -> bool:
    return c.light or c.term in SOFT_VERBS


def _run_before(out: list[tuple[int, int, Concept]]) -> int:
    """Where the left alternative's phrase starts in ``out``: the run of concepts standing
    right against each other that ends the list, a generic verb (开展) never in it."""
    k = len(out) - 1
    while k > 0 and out[k - 1][1] == out[k][0] and not _soft(out[k - 1][2]):
        k -= 1
    return k


def _object_after(
    text: str, found: list[tuple[int, int, Concept]], i: int
) -> tuple[int, str, bool] | None:
    """When ``found[i]`` is a verb heading an object of its own (「推行了执法公示」「模拟法庭」),
    how many concepts the verb phrase takes, its spelling and whether it is a verb phrase: the
    object, with the verb before it unless the verb is generic (推行) or an aspect particle
    stands between (a verb phrase; else a compound like 模拟法庭)."""
    c = found[i][2]
    if i + 1 >= len(found):
        return None
    gap = text[found[i][1] : found[i + 1][0]]
    # a word taking 了/过 is a verb, whatever jieba's tag guessed (公开 as an adverb)
    if not _ASPECT.fullmatch(gap) or (c.required and not gap.strip()):
        return None
    n = 1
    while i + n + 1 < len(found) and found[i + n][1] == found[i + n + 1][0]:
        n += 1
    verbal = bool(gap.strip()) or _soft(c)
    start = found[i + 1][0] if verbal else found[i][0]
    return n + 1, text[start : found[i + n][1]], verbal


def _verb_of(text: str, before: tuple[int, int, Concept], at: int) -> bool:
    """The concept ``before`` is a verb standing right before ``at`` (maybe with 了/过)."""
    return not before[2].required and bool(_ASPECT.fullmatch(text[before[1] : at]))


def _shared_lead(left: list[tuple[int, int, Concept]], found: list, j: int) -> int:
    """How many words the right alternative starting at ``found[j]`` repeats from the start
    of the left run (「法治讲座或者法治讲堂」 → 1, 「行政复议或者行政诉讼」 → 1): the user says
    the shared modifier twice, and the alternatives are the words after it. The right side
    must go on right after them, and the left run keep a word of its own."""
    n = 0
    while (
        n < len(left) - 1
        and j + n + 1 < len(found)
        and found[j + n][2].term == left[n][2].term
        and (n == 0 or found[j + n - 1][1] == found[j + n][0])
    ):
        n += 1
    return n if n and found[j + n - 1][1] == found[j + n][0] else 0


def merge_alternatives(text: str, found: list[tuple[int, int, Concept]]) -> list[Concept]:
    """「A、B」 or 「A或B」 in a question means either counts: one concept, with the synonyms
    of both sides. The right alternative takes the words jieba split off it (「河道保洁、垃圾
    清运」 → 垃圾清运, not 垃圾; 「巡河或者巡河记录」 → 巡河记录) while it stays as long as
    the left one, or contains it. Two verbs sharing an object (「制定（或修订）了村规民约」)
    are one verb, generic when both are. When a thing named (亮证执法, 法治夜校) is the left
    alternative and a verb phrase the right one (「/推行了执法公示」「或者模拟法庭」), the
    alternatives are the whole phrases: the left run of words and the right verb's object."""
    out: list[tuple[int, int, Concept]] = []
    joined_to: Concept | None = None  # the left alternative while the right one grows
    right = ""
    i = 0
    while i < len(found):
        start, end, c = found[i]
        i += 1
        if joined_to is not None and out and start == out[-1][1]:
            ps, _, prev = out[-1]
            longer = right + c.term
            if len(longer) <= len(joined_to.term) + 1 or joined_to.term in longer:
                alts = tuple(dict.fromkeys((*joined_to.alternatives, longer)))
                out[-1] = (ps, end, Concept(prev.term + c.term, alts, prev.required))
                right = longer
                continue
        joined_to = None
        if not (out and start >= 0 and _JOIN.fullmatch(text[out[-1][1] : start])):
            out.append((start, end, c))
            continue
        k = _run_before(out)
        shared = _shared_lead(out[k:], found, i - 1)
        if shared:  # 「法治讲座或者法治讲堂」: 法治 once, 讲座 or 讲堂 after it
            i += shared
            start, end, c = found[i - 1]
        phrase = None if shared else _object_after(text, found, i - 1)
        whole = None if shared or phrase is not None else _whole_sides(text, out, found, i - 1)
        if whole is not None:  # 「政绩考核或者绩效考评」: two compounds, each a name whole
            m, n, merged = whole
            out[m:] = [(out[m][0], found[i - 2 + n][1], merged)]
            i += n - 1
            continue
        if phrase is not None and any(p.required for _, _, p in out[k:]):
            n, spelled, verbal = phrase
            left = text[out[k][0] : out[-1][1]]
            lefts = out[-1][2].alternatives if k == len(out) - 1 else (left,)
            if verbal and k and _verb_of(text, out[k - 1], out[k][0]):
                k -= 1  # 「编制了权力清单/公开了办事指南」: each side has its own verb
            ps, pe = out[k][0], found[i - 2 + n][1]
            alts = tuple(dict.fromkeys((*lefts, spelled)))
            out[k:] = [(ps, pe, Concept(f"{left}/{spelled}", alts, True))]
            i += n - 1
            continue
        ps, _, prev = out[-1]
        # 「公共法律服务站或中心」: a bare place after a place takes the left's stem (the 中心
        # of 公共法律服务), never a 中心 of any kind
        rights = _stem_shared(prev, c) or c.alternatives
        # 「专项执法行动或者专项整治」: after the shared modifier the heads name the kinds asked;
        # the modifier with another head (专项培训) is another kind, so one head must be said
        merged = Concept(
            f"{prev.term}/{c.term}",
            tuple(dict.fromkeys((*prev.alternatives, *rights))),
            prev.required or c.required,
            light=_soft(prev) and _soft(c),
            must=bool(shared) and (prev.required or c.required),
        )
        out[-1] = (ps, end, merged)
        joined_to, right = prev, c.term
    return [c for _, _, c in out]


def _left_run(out: list[tuple[int, int, Concept]]) -> int:
    """Where the compound ending ``out`` starts: the nouns (required, never light) standing
    right against each other before the join."""
    m = len(out) - 1
    while m > 0 and out[m - 1][1] == out[m][0] and out[m - 1][2].required:
        if out[m - 1][2].light:
            break
        m -= 1
    return m


def _whole_sides(
    text: str, out: list[tuple[int, int, Concept]], found: list, j: int
) -> tuple[int, int, Concept] | None:
    """Two compounds joined by 或/、 where each names its thing whole (「政绩考核或者绩效考评」
    「实绩考核或者目标考评」「宪法宣誓、重温誓词」): the right side written as long as the left
    one, modifier and head, is no head sharing the left's modifier (「法治讲座或者讲堂」), so no
    word of one side becomes a need by itself. The right side takes no more words than the
    left has (「政协提案办完」 is no name) unless it repeats the left (巡河或者巡河记录); after
    、 or / it must show its own modifier as a word apart (「普法规划/实施方案」 shares 普法),
    after 或 its length is enough, as it is for a quoted name. Returns where the merged concept starts in ``out``, how many
    concepts of ``found`` from ``j`` the right side takes, and the concept; None when both
    sides are one word (the plain merge reads that)."""
    m = _left_run(out)
    left = text[out[m][0] : out[-1][1]]
    last = out[-1][2].term
    n = 1
    while j + n < len(found) and found[j + n - 1][1] == found[j + n][0]:
        longer = text[found[j][0] : found[j + n][1]]
        if (
            last not in longer
            and not _same_kind(left, found, j, n)
            and (_soft(found[j + n][2]) or len(longer) > len(left) + 1 or n >= len(out) - m)
        ):
            break
        n += 1
    right = text[found[j][0] : found[j + n - 1][1]]
    either = "或" in text[out[-1][1] : found[j][0]]
    named = text[found[j][0]] in "“「"  # a quoted right side is a name whole (quoted_items)
    right = found[j][2].term if named and n == 1 else right
    whole_left = m < len(out) - 1 and len(right) >= len(left) and (either or n > 1 or named)
    if not whole_left and n == 1:
        return None
    rights = _spelled(text, found[j : j + n])
    lefts = _spelled(text, out[m:]) if whole_left else out[-1][2].alternatives
    start = m if whole_left else len(out) - 1
    sides = [c for _, _, c in (*out[start:], *found[j : j + n])]
    merged = Concept(
        f"{left if whole_left else last}/{right}",
        tuple(dict.fromkeys((*lefts, *rights))),
        any(c.required for c in sides),
        light=all(_soft(c) for c in sides),
    )
    return start, n, merged


def _stem_shared(left: Concept, right: Concept) -> tuple[str, ...]:
    """The right side's spellings on the left's stem, where the left is a place named whole
    (公共法律服务站) and the right a bare place (中心, 工作室): 公共法律服务中心."""
    bare = right.term in _BARE_PLACES  # 司法所, 调解室, 代办点 name their own kind: kept
    if not bare or len(left.term) < 4 or left.term[-1] not in PLACE_HEADS:
        return ()
    return tuple(left.term[:-1] + a for a in right.alternatives)


def _same_kind(left: str, found: list, j: int, n: int) -> bool:
    """「调解室或者村法律服务点」: two sides of an 或 name things of one kind, so where the left
    ends in a place's head (室) the right runs on, a word or two, to its own (村法律服务点)."""
    k = j + n
    while left[-1] in PLACE_HEADS and k < len(found) and k - j < _PLACE_RUN:
        if found[k - 1][1] != found[k][0]:
            return False
        if found[k][2].term[-1] in PLACE_HEADS:
            return True
        k += 1
    return False


def _spelled(text: str, words: list) -> tuple[str, ...]:
    """The spellings of one side made of ``words`` (start, end, concept): as written, and its
    first word's spellings before the rest (防诈骗宣讲 of 防骗宣讲: the side keeps its words'
    synonyms, never a word of it alone)."""
    first = words[0][2]
    if len(words) == 1:
        return first.alternatives
    rest = text[words[1][0] : words[-1][1]]
    out = [text[words[0][0] : words[-1][1]], *(a + rest for a in first.alternatives)]
    return tuple(dict.fromkeys(out))


def one_per_term(concepts: list[Concept]) -> tuple[Concept, ...]:
    """One concept per term, where it first appears, with every spelling any of them had:
    the counted noun of 「多少个村」 and the village word it also is are one need, not two."""
    merged: dict[str, Concept] = {}
    for c in concepts:
        had = merged.get(c.term)
        if had is None:
            merged[c.term] = c
            continue
        alts = tuple(dict.fromkeys((*had.alternatives, *c.alternatives)))
        merged[c.term] = replace(had, alternatives=alts, required=had.required or c.required)
    return tuple(merged.values())
