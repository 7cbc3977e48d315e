"""Which thing a compound names: its modifier decides, not its head.

Chinese names a kind of thing by a modifier before a head noun: 法治副校长, 科技副校长 and
德育副校长 are three different posts; 法治体检 is no 健康体检, 法律顾问 no 财务顾问, 普法志愿者 no
环保志愿者. So a passage that mentions the head with a *different* modifier directly attached
says nothing about the question's thing. A modifier sharing a character with the question's
is a variant spelling of the same kind (法律体检 for 法治体检, 法制 for 法治); a head with no
modifier, or with a word the question itself asks about (企业体检 in a question about 企业), is
still a plain mention of the head.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from retrieval.coordination import clause_before, shares_head
from retrieval.vocabulary import DOING_VERBS, IMPROVING_VERBS, SOFT_VERBS

Tagger = Callable[[str], list[tuple[str, str]]]

_WINDOW = 6  # characters read before a mention to find the word attached to it
_CLAUSE = re.compile(r"[，。！？；、：,.!?;:\s（）()“”「」《》\"'—]")
# jieba tags of words that attach to a head without naming its kind: verbs (聘请副校长),
# prepositions, conjunctions, pronouns, numerals and measure words, adverbs, particles,
# locatives, places (云杉镇副校长 says whose, not which kind)
_NOUN = re.compile(r"^(?:n|nr|nz|nt|ng|j|l)$")
_NP_END = re.compile(r"^(?:$|[^\u4e00-\u9fff]|[的吗呢吧啊])")
_NOT_KIND = re.compile(
    r"^(?:v|vd|vg|vi|vq|p|c|r\w*|m\w*|q\w*|d\w*|ad|u\w*|f|s|ns|e|y|o|x|k|h|eng|zg)$"
)


def attached(tagged: Tagger, text: str, start: int, end: int) -> str:
    """The word standing directly before ``text[start:end]`` as its modifier ("" if none):
    the rest of a dictionary word ending with the mention (财务顾问 → 财务), else the
    noun-like word (two characters or more) right before it (科技副校长 → 科技)."""
    lo = max(0, start - _WINDOW)
    cut = [m.end() for m in _CLAUSE.finditer(text, lo, start)]
    lo = cut[-1] if cut else lo
    if lo >= start:
        return ""
    segment = text[lo:end]
    pos = 0
    spans = []
    for word, tag in tagged(segment):
        at = segment.find(word, pos)
        if at < 0:
            return ""
        pos = at + len(word)
        spans.append((at, pos, word, tag))
    mstart, mend = start - lo, end - lo
    for s, e, word, tag in spans:
        if e == mend and s < mstart:
            return word[: mstart - s]  # 财务顾问: one word, its first part is the modifier
        if e == mstart:
            if len(word) >= 2 and _acts(word, tag, text[start:end]):
                return word  # 协调|小组: a body named by what it does
            return word if len(word) >= 2 and not _NOT_KIND.match(tag) else ""
    return ""


# the heads of bodies (领导小组, 协调小组, 督导小组, 议事协调委员会): a body is named by what it
# does, so the verb before its head is its kind (协调小组 is no 领导小组), unlike a verb before a
# thing (聘请|副校长); the verbs that set a body up or act on it (成立, 组建, 调整) name none
BODY_HEADS = frozenset("小组 委员会 办公室 专班".split())


def _acts(word: str, tag: str, head: str) -> bool:
    """Is ``word`` (tagged ``tag``) the function naming a body whose head is ``head``?"""
    return head in BODY_HEADS and tag in ("v", "vn") and word not in _VERBS


# agent nouns: the suffixes that make a role of a word (负责人, 执法人员, 首长, 志愿者, 检察官)
# and the commonest roles without one; before an action (出庭应诉, 带头学法) they say who acts
AGENT = re.compile(r"(?:人|员|长|者|官|领导|干部|书记|主任)$")


# modifiers that say when or how often a thing is done (阶段工作汇报, 季度例会, 年度述职): the
# time names no other kind of it, so 「听取阶段工作汇报」 is still a 法治工作汇报 where the
# sentence is about 法治
WHEN = frozenset(
    "阶段 阶段性 季度 年度 月度 半年 年终 年中 年底 定期 日常 平时 每月 每季 每年 全年 年初".split()
)

# modifiers that rank a thing inside its programme (重点课程, 必修课程, 核心内容): the rank
# names no kind of it, the word before the rank does (「列入镇党校重点课程」 is the 党校's
# course, 「乡村振兴重点课程」 a 乡村振兴 course), so the reader looks past the rank
RANK = frozenset("重点 必修 选修 核心 主干 精品 专项".split())
# (专项: a campaign set apart for one matter, 「安全生产专项整治」「专项督察」 — the matter is the
# word before it, or the sentence's topic when nothing stands there)

# modifiers that say where or how a thing is done (实地督察, 现场检查, 线上培训, 随机抽查): the
# manner names no kind of it, so 「开展实地督察」 in a sentence about 法治政府建设 is a 法治督察.
# Only there: past the manner the head is bare, and a bare 学习 or 检查 of a sentence about
# something else (「集中学习6次，围绕乡村振兴开展专题研讨」) is that matter's, not the asked kind's
# — the genre of the report lends its topic to no sentence that does not speak of it
HOW = frozenset("实地 现场 线上 线下 网上 远程 集中 随机 明察 暗访".split())
_LEGAL = ("法治", "法律", "法制")  # one kind, spelled three ways (``retrieval.legal_spellings``)


def _speaks_of(sentence: str, wanted: str) -> bool:
    """Does ``sentence`` name the kind ``wanted``, in any of the law's spellings?"""
    if wanted[:2] in _LEGAL:
        return any(lead + wanted[2:] in sentence for lead in _LEGAL)
    return wanted in sentence


# words that say the format an event is held in (专题讲座, 专项培训, 集中学习, 系列讲座, 主题
# 培训): no kind of it and never a thing of its own (``retrieval.format_words``)
FORMAT = frozenset("专题 专项 集中 系列 主题".split())
# a plan's figures: reports set them as one lead and a list (「主要预期目标是：地区生产总值增长
# 7%左右，固定资产投资完成220亿元…」「主要指标：…」), so the indicator asked (「固定资产投资目标」
# 「GDP增长目标」) is a member of the list after the head, never a word before it; the lead's
# own modifier (主要, 预期, 年度) names the list, no other kind of target
TARGET_HEADS = frozenset("目标 指标 预期目标 目标任务 控制目标".split())
# verbs that put a subject into a programme (列入…课程, 纳入…重点课程): no kind of the course
_PLACING = frozenset("列入 纳入 列为 作为 确定为 编入".split())


def past_rank(tagged: Tagger, text: str, start: int) -> str:
    """The word before a rank ending at ``start`` (乡村振兴|重点 → 振兴, 党校|重点 → 党校), ""
    when punctuation or a verb placing the subject (纳入|必修) stands there: no kind named."""
    lo = max(0, start - _WINDOW)
    cut = [m.end() for m in _CLAUSE.finditer(text, lo, start)]
    words = tagged(text[cut[-1] if cut else lo : start])
    if not words:
        return ""
    word = words[-1][0]
    return "" if len(word) < 2 or word in _PLACING or word in _VERBS else word


def other_kind(
    found: str,
    wanted: str,
    own: Iterable[str],
    before: str = "",
    lead: str = "",
    tagged: Tagger | None = None,
    sentence: str | None = None,
    noun: bool = False,
) -> bool:
    """``found`` (the passage's modifier) names another kind than ``wanted`` (the question's).
        ``before``: the words around the mention; the question's modifier there, in the same
        clause, makes a longer name of the same thing (重大行政决策 for 重大决策). ``lead``: the
        text before the mention, where the question's modifier may be an earlier member of a list
        sharing the head (「宪法、民法典和反诈专题讲座」, ``retrieval.coordination``), or the nouns before
    ``found`` may name the kind with it (``tagged`` given: 法治理论 in 「法治理论知识」). Two roles are no
        two kinds: they name who does the thing (领导出庭应诉, 行政机关负责人出庭应诉), so the head
        still counts. ``sentence``: the whole passage, where a manner word (``HOW``) leaves the
        kind to the sentence's own topic (None: not checked). ``noun``: ``found`` is the field a
        role is held for (环境保护|第一责任人, ``retrieval.duty_roles``), a noun by its place, so
        never a time, a manner or a deed, whatever its tag."""
    if len(found) < 2 or not wanted or wanted in clause_before(before):
        return False
    if lead and shares_head(lead, wanted):
        return False
    if tagged and lead and set(_phrase_before(tagged, lead, found)) & set(wanted):
        return False  # 「法治理论知识考试」: 法治理论 names the kind, 法治 ~ 法律
    if AGENT.search(found) and AGENT.search(wanted):
        return False
    if not noun:  # a role's field (环境保护|第一责任人) is a noun by its place
        if found in WHEN:
            return False  # 「阶段工作汇报」: when it was done, not what about
        if found in HOW and (sentence is None or _speaks_of(sentence, wanted)):
            return (
                False  # 「实地督察」 in a sentence about 法治建设: how it was done, not what about
            )
        if _deed(found, tagged):
            return (
                False  # 「深入落实行政执法三项制度」「干部带头学法」: a deed or its doer, no kind
            )
    if set(found) & set(wanted):
        return False  # 法律 / 法治 / 法制: one kind, spelled differently
    return not any(found in w or w in found for w in own if len(w) >= 2)


# verbs the genre writes before its objects (落实, 推进, 健全): jieba's dictionary tags some of
# them as adjectives or nouns (落实/a), so the list, not the tag, says they are verbs
_VERBS = SOFT_VERBS | DOING_VERBS | IMPROVING_VERBS


def _deed(found: str, tagged: Tagger | None) -> bool:
    """``found`` is a verb acting on the head (落实行政执法: what is done to it), or a doer and
    the verb it does (干部|带头 学法: who acts, and how) — neither names another kind of the head.
    Only a noun names a kind (科技副校长, 财务顾问)."""
    if found in _VERBS or found[-2:] in _VERBS:
        return True
    if tagged is None or len(found) < 4:
        return False  # a two-character modifier tagged v (禁毒, 执法) is often a kind: kept
    tail, doer = tagged(found[-2:]), tagged(found[:-2])
    return len(tail) == 1 and tail[0][1] == "v" and bool(doer) and doer[-1][1].startswith("n")


def _phrase_before(tagged: Tagger, lead: str, found: str) -> str:
    """The nouns standing right before ``found`` at the end of ``lead``'s clause: with it,
    the whole modifier (年度|法治|理论 → 法治; 开展|党章 → nothing)."""
    clause = clause_before(lead)
    if not clause.endswith(found):
        return ""
    words = tagged(clause[: -len(found)][-_WINDOW:])
    out = ""
    for word, tag in reversed(words):
        if not _NOUN.match(tag):
            break
        out = word + out
    return out


def modifiers(question: str, terms: Iterable[str], tagged: Tagger) -> dict[str, str]:
    """For each concept that heads a compound in the question (the last of adjacent concepts,
    one word), the concept right before it when that one names a kind (``_kind_named``):
    「聘请了法治副校长」 → {副校长: 法治}; 「企业法治体检」 → {体检: 法治} (法治 is no head: a
    concept follows it). Verb phrases (持证上岗, 送法进) are not compounds of this kind."""
    terms = [t for t in dict.fromkeys(terms) if len(t) >= 2]
    out: dict[str, str] = {}
    for head in terms:
        at = question.find(head)
        tags = tagged(head)
        if head in FORMAT and any(question[at + len(head) :].startswith(t) for t in terms):
            continue  # 「法治专题培训」: 专题 says how the 培训 is held (alone, 专题会 is one)
        if at > 0 and (mod := _through_format(question[:at], terms)):
            out[head] = mod  # 「法治专题培训」: the subject before the format is the kind
            continue
        # an activity (vn: 宣传, 培训) takes its topic from anywhere in the sentence
        # (防诈骗…宣传), so only a thing, a role or a service is a head here
        if at < 0 or len(tags) != 1 or tags[0][1] == "vn":
            continue
        if head in TARGET_HEADS:  # 「固定资产投资目标」: the indicator is listed after the head
            continue
        after = question[at + len(head) :]
        activity = _activity_on(after, terms, tagged)  # 「宪法知识竞赛」: 知识 heads it
        if any(after.startswith(t) for t in terms) and not activity:
            continue
        # a verb is a head only where a noun phrase ends (「做过法治体检？」); followed by
        # 了/过 or an object it is the predicate (「对重大决策开展了…」)
        if not _NOUN.match(tags[0][1]) and not _NP_END.match(after) and not activity:
            continue
        before = question[:at]
        for mod in terms:
            if mod != head and before.endswith(mod):
                out[head] = _kind_named(before[: -len(mod)], mod, terms, tagged)
                break
    return {h: m for h, m in out.items() if m and m not in FORMAT}  # 专题|学法: a format


def _through_format(before: str, terms: list[str]) -> str:
    """The concept before a format word ending ``before`` (法治 of 「法治专题」), "" if none:
    written together, the subject, the format and the event are one name (「法治专题培训」
    is a 法治培训 held as 专题), so even an activity takes that subject as its kind."""
    fmt = next((f for f in FORMAT if before.endswith(f)), "")
    if not fmt or fmt not in terms:
        return ""
    return next((t for t in terms if t != fmt and before[: -len(fmt)].endswith(t)), "")


def _activity_on(after: str, terms: list[str], tagged: Tagger) -> bool:
    """The noun phrase ends with one activity done on the head (「宪法知识|竞赛」「法治副校长|聘任」):
    the head is still the thing its modifier names a kind of (党章知识竞赛 is no 宪法知识竞赛)."""
    nxt = [t for t in terms if after.startswith(t)]
    if len(nxt) != 1 or not _NP_END.match(after[len(nxt[0]) :]):
        return False
    tags = tagged(nxt[0])
    return len(tags) == 1 and tags[0][1] == "vn"


# a noun after a motion verb or a preposition (去法院, 到企业, 帮企业, 为群众) is an argument
# of the clause, where or for whom the verb after it is done: 「法院旁听」 is no kind of 庭审
_ARGUMENT = re.compile(r"[去到赴往帮为给替向对在与和跟]$")


def _kind_named(before: str, mod: str, terms: list[str], tagged: Tagger) -> str:
    """The modifier ``mod`` names a kind when it is a noun phrase (法治, 法治政府建设: nouns,
    an activity noun at most at its end); a verb-like word between a noun and the head is part
    of the modifier (法治 + 示范 + 社区 → 法治示范). 重大决策 is a degree, not another kind."""
    tags = [t for _, t in tagged(mod)]
    if tags and all(_NOUN.match(t) or t == "vn" for t in tags) and _NOUN.match(tags[0]):
        return mod
    if len(tags) == 1 and tags[0].startswith("v"):
        for noun in terms:
            if AGENT.search(noun):
                continue  # 「干部旁听庭审」: a role before a verb says who does it, no kind
            if _ARGUMENT.search(before[: -len(noun)] if before.endswith(noun) else ""):
                continue  # 「去法院旁听庭审」「帮企业解决难题」: where or for whom, no kind
            if noun != mod and before.endswith(noun) and _kind_named("", noun, [], tagged):
                return noun + mod
    return ""


def shared_tail(text: str, pos: int, wanted: str) -> int:
    """How many characters of the end of the question's modifier stand right before ``pos``
    (示范 of 法治示范 in 生态文明示范社区), two at least and fewer than all of it: the word
    before those decides the kind."""
    for k in range(len(wanted) - 1, 1, -1):
        if text[max(0, pos - k) : pos] == wanted[-k:]:
            return k
    return 0
