"""A list of parallel items under one head asks about any of them.

A which-question that lists what it means — 「合同的起草、审核、备案这块」, 「电子证照、掌上
办这类」, 「智慧平台（比如网格通）」 — names examples of one kind: a report that says any of
them answers it. Read word by word, the items become separate required concepts and only a
report saying all of them in one sentence counts (or the head is lost: 起草 alone is anything
drafted). So the items are one concept, each item a spelling; where the head stands before
them with 的 (「合同的起草、审核」) it stays a need of its own, and a two-character item
(an everyday verb) counts only joined to it (合同起草, 合同的起草).

A list is read as examples only where the question marks it so: a kind word after it
(这块/这类/这种/之类/等/方面), examples in brackets (像/比如/例如), the head with 的 before it
or 的 and the thing they modify after it. A bare 「A和B」 is left to the words
(``retrieval.phrases.merge_alternatives``), and a list asked at once (既…又…, 同时, 都:
``retrieval.conjunction``) needs every item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from retrieval.age_groups import described_population
from retrieval.clause_examples import clause_before
from retrieval.concept import Concept
from retrieval.conjunction import conjoined
from retrieval.coordinated_modifier import coordinated_lead
from retrieval.item_words import (
    _BOUND,
    Tagger,
    _clause_in_last,
    _noun_at,
    _nouns_ending,
    _object_of,
    _things,
    _verb_ending,
    _verb_led,
)
from retrieval.opening_marks import opens
from retrieval.shared_modifier import written_once

# a list joined by 、 (the enumeration comma is written only between items)
_RUN = re.compile(rf"[^{_BOUND}、]+(?:、[^{_BOUND}、]+)+")
# 「A或者B这类」: without 、 a kind word after the last item must say it is a list
# (either item may be quoted, a name as reports write it: 「“最多跑一次”或者减证便民这类改革」)
_QUOTED_ITEM = r"[“「][^“”「」]{2,10}[”」]"
_PAIR = re.compile(
    rf"(?:{_QUOTED_ITEM}|[^{_BOUND}、]+?)(?:或者|或是|以及|或|及|和|与)"
    rf"(?:{_QUOTED_ITEM}|[^{_BOUND}、]+)"
)
_LAST_JOIN = re.compile(r"或者|或是|以及|或|及|和|与|跟")
# a kind word after the items: they stand for the kind (这块, 之类的, 等方面); 那 points
# as 这 does (这类 ~ 那类, 这套 ~ 那一套: spoken Chinese uses either before a kind noun)
_KIND = re.compile(
    r"(?:[这那]一?[块套类]|[这那]些|[这那]种|[这那]样的|[这那]方面|之类|一类|什么的"
    r"|等等?(?=方面|的|$)|方面)+"
)
# a space typed between two items where 、 belongs, in a clause a kind word closes; both
# sides are names, with no particle or asking word (「哪些乡镇 开展了普法这些工作」 is no list)
_SPACED = re.compile(
    rf"(?<![^{_BOUND}])(?P<a>[^{_BOUND}、]{{2,10}}) (?P<b>[^{_BOUND}、]{{2,10}}?)"
    r"(?=这一?[块套类]|那一?[块套类]|[这那]些|[这那]种|之类)"
)
_NO_ITEM = re.compile(r"[了过的地得哪谁吗呢么]")


def spaced_items(text: str) -> str:
    """The user's ``text`` with 、 for each space typed between two items of a list (same
    length); read before anything is blanked, as blanks are spaces too."""

    def join(m: re.Match) -> str:
        if _NO_ITEM.search(m.group(0)):
            return m.group(0)
        return f"{m.group('a')}、{m.group('b')}"

    return _SPACED.sub(join, text)


# examples in brackets after a word: 「大平台（像网格通、浙政钉）」
_EXAMPLES = re.compile(
    r"[（(]\s*(?:像是|像|比如说?|例如|譬如|如|包括)(?P<items>[^（）()]+?)"
    r"(?:这样的|这种|这类|之类的?|等等|等)?\s*[）)]"
)
# every item asked (都, 既…又…, 同时: ``retrieval.conjunction``) or each apart (各有多少, 分别)
_EVERY = re.compile(r"都|均|同时|并且|而且|既|分别|各自|各(?:有|是|为|占|多少|几)")
# a head that is the scope asked about, not a topic: 「哪些乡镇的书记、镇长」
_SCOPE_HEAD = re.compile(r"(?:乡镇|镇|乡|街道|区县|县|区|市|单位|地方|报告|哪些|哪个|哪家)$")
# one example and the kind it stands for: 「法治示范之类的称号」
_ONE = re.compile(r"(?:之类|[这那]一?类|[这那]种|一类)的?")
# a word the first item must not start with: the verb or preposition before the list
_LEAD_FLAGS = ("v", "p", "r", "d", "c", "u")
_GRAMMAR = ("p", "u", "r")  # 把/对/将, 的/了, 哪家: never the start of an item
_ITEM = 10  # characters of one item (防范电信网络诈骗)


@dataclass(frozen=True)
class ItemList:
    """Items found in a question: the span of text they (and their head) take."""

    start: int
    end: int
    concept: Concept
    kind: str = ""  # the noun after the kind word (称号 of 「示范之类的称号」): said or not


def _trim_first(first: str, others: list[str], tagged: Tagger) -> str:
    """The first item without what stands before the list (「提到七五、八五」 → 七五, 「街道搞了
    电子证照、掌上办」 → 电子证照, 「把AI、大模型」 → AI): it starts after the last verb or
    function word, when it is longer than its peers (parallel items are written alike) or
    after a preposition or particle whatever its length, and after a lone character that
    follows one (在理…). A cut inside a run of lone characters is no lead: it is one word
    jieba does not know (普惠托育)."""
    longest = max(len(o) for o in others)
    lead = _light_lead(first, others, tagged)
    at, cut = len(lead), len(lead)
    words = tagged(first[cut:])
    for k, (word, flag) in enumerate(words[:-1]):
        at += len(word)
        long = len(first) - len(lead) > longest + 1
        # jieba spells a word it does not know a character at a time (普/惠/托/育), guessing
        # each one's tag: a "verb" between two lone characters is inside that word, no lead
        unknown = len(word) == 1 and len(words[k + 1][0]) == 1 and k and len(words[k - 1][0]) == 1
        if flag.startswith(_GRAMMAR) or (long and flag.startswith(_LEAD_FLAGS) and not unknown):
            cut = at - len(word) if opens(word, words[k + 1][0]) else at  # 「保护老建筑、文物」
    words = tagged(first[cut:])
    if cut > len(lead) and len(words) > 1 and len(words[0][0]) == 1:
        cut += 0 if opens(words[0][0], words[1][0]) else 1  # 在理权责清单: 理 is the verb
    return first[cut:]


# verbs of saying (提到, 说到: by their characters, jieba often cuts 说|到河) and light verbs of
# doing (搞, 配, 换: as jieba's word, so 配套 or 抓手 stays): they take any thing as object
# and never begin the name of one
_SAYING = re.compile(r"(?:提到|提及|提起|说到|说起|讲到|写到|谈到|谈及|涉及)[了过]?")
_LIGHT = frozenset("搞 搞了 做 做了 弄 干 配 配了 换 换了 抓 装 装了 上了".split())


def _light_lead(first: str, others: list[str], tagged: Tagger) -> str:
    """「提到无人机或者低空飞行这类」「搞液化气罐、管道燃气这些」: a verb of saying or a light
    verb opening the first item, when no peer opens with it (parallel items are written
    alike), is the verb the whole list is the object of — the asking, never the item."""
    said = _SAYING.match(first)
    words = tagged(first)
    lead = (
        said.group(0) if said else words[0][0] if len(words) > 1 and words[0][0] in _LIGHT else ""
    )
    if not lead or len(first) - len(lead) < 2 or any(o.startswith(lead) for o in others):
        return ""
    return lead


def _light_off(item: str, tagged: Tagger) -> str:
    """A later item without the light verb opening it (装 of 装视频门禁): listed after an item
    whose light verb is the asking, it is that item's peer, its verb no part of the thing."""
    words = tagged(item)
    if len(words) > 1 and words[0][0] in _LIGHT and len(item) - len(words[0][0]) >= 2:
        return item[len(words[0][0]) :]
    return item


def _head_before(text: str, start: int, tagged: Tagger) -> str:
    """The noun phrase before 「的」 right before the list (「规范性文件的管理、审查」), or ""."""
    if start < 2 or text[start - 1] != "的":
        return ""
    head = _nouns_ending(text, start - 1, tagged)
    return head if len(head) >= 2 and not _SCOPE_HEAD.search(head) else ""


# a modal, a negated need or a condition (不用, 无需, 就能, 只要…就) makes an item a clause of how
# a practice works: items told so are parts of one practice, never alternatives of a topic
_CONDITION = re.compile(r"不用|不必|无需|无须|不需要|免于|就能|就可以|就可|即可|只要|只需")


def _fronted(text: str, start: int, end: int) -> bool:
    """The run from ``start`` to ``end`` is a whole clause, and another clause follows it."""
    before = text[:start].rstrip()
    return (not before or before[-1] in "，,。；;？?！!：:") and text[end : end + 1] in ("，", ",")


def _split(run: str) -> list[str]:
    """The items of a run: 、 between all, and one of 和/及/或 before the last."""
    items = run.split("、")
    last = _LAST_JOIN.split(items[-1], maxsplit=1)
    if len(items) > 1 and len(last) == 2 and all(len(p) >= 2 for p in last):
        items[-1:] = last
    return items


def _pair_items(run: str) -> list[str]:
    """「A或者B」's two items without quotes; an 或 inside a quoted left item is its own."""
    join = (left := re.match(_QUOTED_ITEM, run)) and _LAST_JOIN.match(run, left.end())
    items = [run[: left.end()], run[join.end() :]] if join else _LAST_JOIN.split(run, 1)
    return [i.strip("“”「」") for i in items]


def item_lists(
    text: str, tagged: Tagger, spell: Callable[[str], tuple[str, ...]], names: list[str]
) -> list[ItemList]:
    """Each list of examples in ``text`` as one concept any of whose items counts, with the
    span it takes (head and kind word included). ``spell`` gives an item's spellings; a
    list naming units or years (``names``: 「甲镇、乙镇这些」) is scope, never a topic."""
    if conjoined(text) or _EVERY.search(text):
        return []  # every item is asked for (``retrieval.conjunction``), or each on its own
    out: list[ItemList] = []
    taken = [False] * len(text)
    found = [*_RUN.finditer(text), *_PAIR.finditer(text)]
    for m in found:
        start, end = m.span()
        if any(taken[start:end]):
            continue
        run = m.group(0)
        kind = _KIND.search(run, run.rfind("、") + 1 if m.re is _RUN else 0)
        if kind:  # 「民情热线这种」: the kind word ends the list; what follows is the kind
            end = start + kind.end()
            run = run[: kind.start()]
        items = _split(run) if m.re is _RUN else _pair_items(run)
        if len(items) < 2:
            continue
        head = _head_before(text, start, tagged)
        whom = described_population(text, start) if head else None
        head = "" if whom is not None else head  # 「三岁以下小孩的托育」: whom (age_groups)
        after_de = end < len(text) and text[end] == "的"
        brackets = _EXAMPLES.match(text, end)
        # 「欠薪、拖欠工资，哪几个区…」: a list that is a clause of its own before the question
        # is the topic fronted, offered as alternatives (any item said answers)
        fronted = m.re is _RUN and _fronted(text, start, end) and not _scope([run], names)
        if fronted and any(_CONDITION.search(i) for i in items):
            continue  # 「不用开证明、写个承诺就能办，…」: one practice told in its conditions
        marked = kind or head or whom is not None or after_de or brackets or fronted
        if not marked or (m.re is _PAIR and not kind):
            continue
        clause = not _shared_end(items) and _clause_in_last(items[-1], tagged)
        if clause and not (kind or head or brackets):
            continue  # 「跟村里、单位签责任书的」: the list is who signs, no thing before 的
        light = _light_lead(items[0], items[1:], tagged)
        first = _trim_first(items[0], items[1:], tagged)
        # 「依法治市或者依法治区委员会会议、推进会」: the 或者 pair modifies the list, apart
        first = first[len(coordinated_lead(items[0][: -len(first)], first, tagged)) :]
        cut = items[0][: len(items[0]) - len(first)]
        verb, objects = _verb_ending(cut, tagged), [_object_of(i, tagged) for i in items[1:]]
        if verb and objects != items[1:]:
            items[1:] = objects  # each item its own verb: the list's span takes them all
            cut = cut[: -len(verb)]
        if light:  # 「换管道燃气、装视频门禁」: each item's own light verb is the asking too
            items[1:] = [_light_off(i, tagged) for i in items[1:]]
        # 「中心组学法、学习X」「规范性文件备案审查、制定程序」: the doer or thing written once
        doer = written_once([first, *items[1:]], tagged)
        start = whom.start if whom is not None else start + len(cut) + len(doer)
        items[0] = first[len(doer) :]
        if brackets:
            items.extend(p.strip() for p in re.split(r"、|，|,|和|或者?", brackets.group("items")))
            end = brackets.end()
        items = [i for i in items if i]
        if len(items) < 2 or not all(len(i) <= _ITEM for i in items) or _scope(items, names):
            continue
        kind_noun = _noun_at(text, end, tagged, "”" in m.group(0)) if kind else ""
        concept = _concept(items, head, spell, bool(head) and _things(items, tagged))
        lead = clause_before(text, start) if kind and not (kind_noun or head) else ""  # 「…这种」
        out.append(ItemList(start, end, replace(concept, examples_of=lead), kind_noun))
        if whom is not None:  # 「18岁以下未成年人的监护、保护」: 未成年人 light (age_groups)
            at = text.index(whom.who, whom.start)
            light = Concept(whom.who, spell(whom.who), False, light=True, favours=whom.everyday)
            out.append(ItemList(at, at + len(whom.who), light))
        taken[start:end] = [True] * (end - start)
    for m in _EXAMPLES.finditer(text):  # 「大平台（像网格通）」: one word and its examples
        if any(taken[m.start() : m.end()]):
            continue
        said = [p.strip() for p in re.split(r"、|，|,|和|或者?", m.group("items"))]
        after_clause = m.start() > 0 and text[m.start() - 1] in "，,"
        if after_clause and (ex := _clause_examples(text, m, said, tagged, spell)) is not None:
            out.append(ex)
            taken[ex.start : ex.end] = [True] * (ex.end - ex.start)
            continue
        at = m.start() - 1 if after_clause else m.start()
        word = _nouns_ending(text, at, tagged)
        items = [word, *said]
        items = [i for i in items if i]
        if len(word) >= 2 and len(items) >= 2 and not _scope(items, names):
            start = at - len(word)
            out.append(ItemList(start, m.end(), _concept(items, "", spell)))
            taken[start : m.end()] = [True] * (m.end() - start)
    for m in _ONE.finditer(text):  # 「法治示范之类的称号」: one example of a kind
        word = _nouns_ending(text, m.start(), tagged)
        start = m.start() - len(word)
        if len(word) < 2 or any(taken[start : m.end()]) or _scope([word], names):
            continue
        spellings = (*spell(word), *spell(_kind_noun(word, tagged)))
        concept = Concept(word, tuple(dict.fromkeys(s for s in spellings if s)), True)
        out.append(ItemList(start, m.end(), concept, _noun_at(text, m.end(), tagged)))
        taken[start : m.end()] = [True] * (m.end() - start)
    return sorted(out, key=lambda x: x.start)


def _kind_noun(example: str, tagged: Tagger) -> str:
    """The noun of one example of a kind said with its deed (「家庭医生签约这种」): the kind is
    the thing, the deed one way a report writes it (家庭医生服务, 家庭医生覆盖率). Only a noun of
    three characters or more: a two-character one (法治 of 法治示范) is a field, no kind."""
    words = tagged(example)
    if len(words) < 2 or not words[-1][1].startswith("v") or words[-1][1] == "vn":
        return ""
    noun = example[: -len(words[-1][0])]
    return noun if len(noun) >= 3 and all(f.startswith("n") for _, f in words[:-1]) else ""


def _clause_examples(
    text: str, m: re.Match, said: list[str], tagged: Tagger, spell: Callable
) -> ItemList | None:
    """Examples the user gives after a clause (「推行政务服务集中办理，比如一窗受理、一门式」):
    names of the practice the clause asks, so one concept any of whose items counts and that
    stands for the clause (``Concept.examples_of``: ``retrieval.clause_examples`` decides
    which of its words). Examples that are each a deed led by its verb (「请了法律顾问，比如
    参与重大决策、审核合同」) say what the clause's thing does, not what it is: None, and they
    are read as examples of the word before the comma."""
    items = [i for i in said if i]
    if len(items) < 2 or any(len(i) > _ITEM for i in items):
        return None
    if all(_verb_led(i, tagged) for i in items):
        return None
    if not (clause := clause_before(text, m.start())):
        return None
    # an example names the whole thing, in its own characters (“学法”制度 too): not its stem
    # before a generic head (学法 of 学法制度) nor the stem's synonyms, which the clause's own
    # words already ask
    spellings = tuple(dict.fromkeys(s for i in items for s in spell(i) if set(i) <= set(s)))
    concept = Concept("/".join(items), spellings, True, examples_of=clause)
    return ItemList(m.start() - 1, m.end(), concept)


def _scope(items: list[str], names: list[str]) -> bool:
    return any(n and n in i for i in items for n in names)


def _concept(
    items: list[str], head: str, spell: Callable[[str], tuple[str, ...]], things: bool = False
) -> Concept:
    """One required concept: each item spelled alone or with the head before it. The head
    stays in the question as a need of its own: a report says 「对村规民约开展备案审查」 as
    often as 「村规民约的备案审查」; a two-character item counts only joined to the head,
    unless the items are ``things``: 「法治文化的阵地、基地或者街区」 asks 法治文化 and any of
    the places, and a report puts words between a modifier and its thing (法治文化宣传阵地)
    for a list of them as it does for one (「法治文化阵地」 reads 法治文化 + 阵地)."""
    # an item of two characters after a head is an everyday verb (管理, 审查): only with it
    alone = [i for i in items if not head or len(i) > 2 or things]
    spellings = [s for item in alone for s in spell(item)]
    # 「权责清单、履职事项清单」: a long item names its thing without the head they share
    shared = _shared_end(items)
    spellings.extend(i[: -len(shared)] for i in items if shared and len(i) - len(shared) >= 4)
    # 「权力清单、责任清单」 are also written 权责清单: the two modifiers contracted to their first
    # characters before the shared head (权力+责任 → 权责; one no report writes costs nothing)
    mods = [i[: -len(shared)] for i in items] if shared else []
    if len(mods) == 2 and all(len(m) == 2 for m in mods) and mods[0][0] != mods[1][0]:
        spellings.append(mods[0][0] + mods[1][0] + shared)
    if head:
        spellings.extend(f for item in items for f in (head + item, f"{head}的{item}"))
    return Concept("/".join(items), tuple(dict.fromkeys(spellings)), True)


def _shared_end(items: list[str]) -> str:
    """The word of two characters or more every item ends in (清单 of 权责清单、履职事项清单)."""
    for n in (3, 2):
        end = items[0][-n:]
        if all(len(i) > n and i.endswith(end) for i in items):
            return end
    return ""


def absorb_kind(concepts: list[Concept], lists: list[ItemList]) -> list[Concept]:
    """A word of the question that is the kind the examples share (热线 of 「打热线…8890、
    民情热线这种」) is no separate need: a report naming an example names the kind, and
    naming the kind counts as well. The noun after the kind word (「示范之类的称号」) is what
    the examples are; a report naming an example need not say it."""
    # examples after a clause already stand for its words (``retrieval.clause_examples``)
    grown = {il.concept.term: il.concept for il in lists if not il.concept.examples_of}
    said_after = {il.kind for il in lists if il.kind}
    kinds = set()
    for c in concepts:
        if c.term in grown or len(c.term) < 2:
            continue
        for term, lc in grown.items():
            if any(a != c.term and a.endswith(c.term) for a in lc.alternatives):
                grown[term] = Concept(lc.term, (*lc.alternatives, c.term), True)
                kinds.add(c.term)
                break
    return [
        replace(c, required=False, light=True) if c.term in said_after else grown.get(c.term, c)
        for c in concepts
        if c.term not in kinds
    ]


def examples_read(concepts: tuple[Concept, ...], examples: tuple[str, ...]) -> bool:
    """The bracketed examples are already spellings of one list's concept: the question's
    reading holds them, as alternatives of the kind, not as one more need."""
    return any(all(e in c.alternatives for e in examples) for c in concepts if "/" in c.term)
