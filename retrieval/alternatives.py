"""The structure the user gives a which-question: alternatives across clauses, examples,
and list items that carry their own verb.

Users offer the thing asked in more than one way: 「搞过法治培训，或者请人来讲过法律课的」,
「不管是组织学习还是搞宣传」, 「学的也好宣传的也好」, 「上法治课、搞法治培训的」. Each side
names one thing a report may write, so a report writing either side answers; read word by
word, every side's words became required concepts and only a report writing all of them
counted. The verbs that carry each side (搞/请/讲/上/开/办/当/走…) say only that it was done,
and the actor after 给/为/对 says for whom: neither is what a report names. So each side is
reduced to the thing it names and the sides are rewritten as one list of examples
(「法治培训、法律课这类」), which ``retrieval.item_lists`` reads as one concept any of whose
items counts. The user's own examples said after the question (「党委会、专题会都算」,
「…什么的都行」) are such a list too: 都 there spreads over what counts, never over the
items as a conjunction, and so does 都 before the which-word (「都有哪些地方」).

A real conjunction (既…又…, 同时) is left alone (``retrieval.conjunction``), and so is an
或 inside a quoted name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from retrieval.clause_sides import deeds_either
from retrieval.concept import Concept
from retrieval.juxtaposed import juxtaposed
from retrieval.parallel_formulas import formulas_in
from retrieval.shared_object import one_object, without_aspect

Tagger = Callable[[str], list[tuple[str, str]]]

# 都 spreading over the answer set or over what counts, not over the items asked together
_ALL_OVER = re.compile(r"都(?=有哪|是哪|有谁|是谁|列|在哪|包括哪|有些什么)")
# what counts said after a list of the user's examples: 「党委会、专题会…什么的都算」; a list of
# levels (「镇街和县区都算」「乡镇的、县里的都算」) widens the scope (``asker_words``) and stays
_ITEMS = r"[^\s，。？！；：,.?!;:、（）()]+(?:、[^\s，。？！；：,.?!;:、（）()]+)+"
_COUNTS = re.compile(
    rf"(?P<items>{_ITEMS})(?:什么的|之类的?|这种|这些|这类|等等?)?\s*(?:都算|都行|都可以|都成)"
    r"(?=[。！!？?～~\s]*$)"  # the last clause, which ``asker_words`` drops as leniency
)
_KINDLESS = re.compile(r"(?:什么的|之类的?|这种|这些|这类|等等?)$")
_LEVELS = re.compile(
    r"^(?:乡镇|街道|镇街|街镇|县区|区县|县|区|市|乡|镇|村|社区|县级|镇级|乡级|的|里|一级)+$"
)
# 「…法定程序的，比如征求意见、合法性审查」: examples led by 比如 after the clause naming their kind
_EX_ITEM = r"[^\s，。？！；：,.?!;:、（）()]+?"
_EX_JOIN = r"(?:、|或者是?|或是|或|以及|和)"
_FOR_EXAMPLE = re.compile(
    rf"的?[，,：:？?]\s*(?:比如说?|例如|譬如|像是|像)(?P<items>{_EX_ITEM}(?:{_EX_JOIN}{_EX_ITEM})+)"
    r"(?:这类|这种|之类的?|等等?)?(?=[，,。？！?!；;～~\s]|$)"
)
# what joins two sides of a disjunction between clauses or phrases
_OR = re.compile(r"[，,]?\s*(?:或者是?|或是|还是|要么|或)\s*")
_EITHER = re.compile(r"(?:不管是|不论是|无论是|不管|不论|无论|要么)")
_ALSO = re.compile(
    r"(?P<a>[^，。？！；：,?!;:]{1,12}?)的?也好[，,]?(?P<b>[^，。？！；：,?!;:]{1,12}?)的?也好"
)
# where a side ends: punctuation, the which-word, 的 closing the clause
_EDGE = "，。？！；：,.?!;:“”《》「」"
_WHICH = re.compile(r"哪些|哪几|哪个|哪家|有没有|是否|谁")
# verbs that only carry the thing a side names (搞培训, 开讲座, 当责任人, 走程序, 请人来讲), and the
# modal before them (「可以在手机上或在线上办理」: 可以 names no way of doing it)
_CARRIERS = tuple(
    "可以 能够 请人来 请人 请 找人 组织 进行 开展 举办 召开 搞过 搞 办过 办 开过 开 上过 上 当 做过 做 走 抓 讲过 讲 来 去 了 过 有 在 亲自 专门".split()
)
# who the deed is for: 「给干部」「为村民」「对群众」 — the audience, never the thing done
_FOR = re.compile(
    r"^(?:给|为|对|帮|向|面向)[^，。？！；：、]{1,6}?(?=请|搞|办|开|上|讲|做|组织|进行|开展|举办)"
)
_NAMES = ("n", "vn", "m", "l", "j", "nz", "eng", "b", "nr")
# a frame of time after a list's last item: 「决策、文件、合同出台之前」 — when, not what
_FRAME = re.compile(
    r"(?:(?:出台|印发|发布|签订|签|实施|制定|作出|做出|上会)(?:之前|以前|前)|之前|以前|之后|以后)$"
)
# the carriers that are verbs, not particles or adverbs: where an item's own verb starts
_VERBS = tuple(
    c for c in _CARRIERS if c not in ("了", "过", "来", "去", "有", "在", "亲自", "专门")
)
# a list joined by 、, and 像/比如 leading a list of the user's examples after a clause
_RUNS = re.compile(
    r"[^\s，。？！；：,.?!;:的“”「」（）()、]+(?:、[^\s，。？！；：,.?!;:的“”「」（）()、]+)+"
)
_LEAD = re.compile(r"(?<=[，,：:\s])(?:像是|像|比如说?|例如|譬如)(?=[^，。？！]{2,}、)")
_NOUNISH = ("n", "vn", "j", "l", "b", "nz", "eng", "a", "ad")
_SIDE = 12  # characters looked at on each side of 或者 for the two names
_ONE_CHAR = {"学": "学习", "讲": "宣讲", "考": "考试", "管": "管理"}


def _bare(side: str, tagged: Tagger) -> str:
    """The thing a side names: without the actor it is for, the carrying verbs and 的. A
    one-character verb (办, 上, 当) goes only before a word of its own (办|法治培训, not the
    开 of 开发区)."""
    s = side.strip().removesuffix("的").strip()
    s = _FOR.sub("", s)
    changed = True
    while changed:
        changed = False
        for c in _CARRIERS:
            rest = s[len(c) :]
            if not s.startswith(c) or len(rest) < 2:
                continue
            if len(c) == 1 and c not in "了过来去有在":
                first = tagged(rest)[:1]
                if not first or len(first[0][0]) < 2 or not first[0][1].startswith(_NAMES):
                    continue
            s, changed = rest, True
            break
    return _ONE_CHAR.get(s, s)


def _quoted(text: str, at: int) -> bool:
    """``at`` lies inside “…” or 《…》: an 或 of a name is the name's own."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def _left_edge(text: str, end: int) -> int:
    """Where the left side ending at ``end`` starts: after punctuation or the which-word."""
    start = end
    while start > 0 and text[start - 1] not in _EDGE:
        start -= 1
    m = next(reversed(list(_WHICH.finditer(text, start, end))), None)
    if m:  # 「哪些地方给干部搞过…」: the side starts after the which-word and its noun
        start = m.end()
        rest = re.match(
            r"(?:地方|单位|乡镇街道|乡镇|街道|镇街|街镇|报告|家|乡|镇|县|区)?"
            r"(?:(?:里|中)?(?:说(?![明法服])|写[了到]|提[到及了]|讲[了到]|谈到)了?)?",  # 报告说…
            text[start:end],
        )
        start += rest.end() if rest else 0
    return start


def _right_edge(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] not in _EDGE and text[end] != "的":
        end += 1
    return end


# 把/将/被/让 lead a clause whose verb follows its object (「把一把手的法治职责列成清单」):
# the side's 的 may be a possessive inside it, so the side is no name cut at 的
_DISPOSAL = ("把", "将", "被", "让", "使")


def _side_ok(side: str) -> bool:
    return 2 <= len(side) <= 12 and not _WHICH.search(side) and not side.startswith(_DISPOSAL)


def _verb_items(run: str, tagged: Tagger) -> str:
    """A 、 list whose items each carry their own verb (「上法治课、搞法治培训」「抓法治、当第一
    责任人」), with the things they name: the first item keeps what stands before its verb,
    set apart by a space (an item's edge). A run that is a fixed formula (亲自部署、亲自过问:
    ``retrieval.parallel_formulas``) keeps its adverbs: they are the formula's words."""
    if formulas_in(run):
        return run
    items = run.split("、")
    frame = _FRAME.search(items[-1])
    if frame and len(items[-1]) - len(frame.group(0)) >= 2:
        items[-1] = items[-1][: frame.start()] + " "
    later = [_bare(i, tagged) for i in items[1:]]
    if all(b == i for b, i in zip(later, items[1:], strict=True)):
        return "、".join(items)
    first = items[0]
    for at in range(len(first) - 3, -1, -1):  # the verb nearest the item: 「亲自抓|法治」
        tail = first[at:]
        if tail.startswith(_VERBS) and (bare := _bare(tail, tagged)) != tail:
            first = f"{first[:at]} {bare}" if at else bare
            break
    return "、".join([first, *later])


def _after_de(
    left: list[tuple[str, str]], a_words: list[tuple[str, str]], b_words: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The left name whole when 的 opens it: 「哪些乡镇的理论学习中心组或党委中心组」. 的 closes
    what modifies a noun phrase, so the words from it to the head are one name even when a verb
    stands inside (学习 of 理论学习中心组), and a right side with the same head (中心组) is
    another name of that body. Read from the head back to the first verb, 理论学习 was left as
    words of their own beside the pair."""
    if not a_words or not b_words or a_words[-1][0] != b_words[-1][0]:
        return a_words
    rest = left[: len(left) - len(a_words)]
    for i in range(len(rest) - 1, -1, -1):
        w, f = rest[i]
        if w == "的":
            whole = rest[i + 1 :] + a_words
            return whole if len("".join(x for x, _ in whole)) <= _SIDE else a_words
        if not f.startswith((*_NOUNISH, "v")):
            break
    return a_words


def _spelled_apart(head: str, side: str) -> bool:
    """The other side writes ``head``'s characters in order (学法 in 专题学习法律): it says the
    same deed in more words, so the two heads are no two kinds of one thing, and the last word
    of the longer wording (法律, the deed's object) is no spelling of it."""
    return head not in side and re.search(".*?".join(map(re.escape, head)), side) is not None


def crossed(a_words: list[tuple[str, str]], b_words: list[tuple[str, str]]) -> tuple[str, ...]:
    """Each side's field with the other side's kind, for two names that open with the same
    field (「法治政府建设领导小组或者法治建设委员会」). The field is the topic asked and the heads
    are two kinds of the body that serves it, so a report naming either field with either kind
    (法治建设领导小组) names it — and a kind alone (安全生产领导小组) names another field's body,
    no answer, as the heads two unrelated names share (规划 or 计划) would be."""
    fa, fb = "".join(w for w, _ in a_words[:-1]), "".join(w for w, _ in b_words[:-1])
    ha, hb = a_words[-1][0], b_words[-1][0]
    return (fa + hb, fb + ha)


def _names_either(text: str, m: re.Match, tagged: Tagger) -> str:
    """「A或者B」 between two names with a noun head each (发展规划或者年度工作计划, 权责清单或者
    负面清单): one list of the two, split at 或者 and never inside a compound (权责|清单/负面
    is no reading); two different heads name kinds of one thing, so each head counts too."""
    left = tagged(text[max(0, m.start() - _SIDE) : m.start()])
    right = tagged(text[m.end() : m.end() + _SIDE])
    a_words: list[tuple[str, str]] = []
    for w, f in reversed(left):
        if not f.startswith(_NOUNISH):
            break
        a_words.insert(0, (w, f))
    b_words: list[tuple[str, str]] = []
    for w, f in right:
        if not f.startswith(_NOUNISH):
            break
        b_words.append((w, f))
    a_words = _after_de(left, a_words, b_words)  # 「…的理论学习中心组或党委中心组」
    a, b = "".join(w for w, _ in a_words), "".join(w for w, _ in b_words)
    if len(a) < 2 or len(b) < 2 or _LEVELS.match(a) or _LEVELS.match(b) or a == b:
        return text
    ends = [w[-1] for w in (a_words, b_words) if len(w) >= 2 and len(w[-1][0]) >= 2]
    heads = [w for w, f in ends if not f.startswith("v")]  # 宣传 (vn), 宣讲 (v): deeds
    fields = ["".join(w for w, _ in side[:-1]) for side in (a_words, b_words)]
    one_field = a[:2] == b[:2] and fields[0] != fields[1]  # 法治政府建设… / 法治建设…
    if len(heads) < 2 or (a_words[0][0] == b_words[0][0] and not one_field):
        # two deeds (宪法宣传或者防骗宣讲), a single word, or one modifier said twice (税务讲座
        # 或者税务讲堂: the modifier is the topic): word by word, each side keeps its synonyms
        # and the shared modifier stays a need (``phrases.merge_alternatives``)
        return text
    # 「发展规划或者年度工作计划」: two kinds of one document, so either head names it (reports
    # write 总体规划, 五年规划, 工作计划)
    kinds = heads if heads[0] != heads[1] else ()
    if any(_spelled_apart(h, side) for h, side in zip(heads, (b, a), strict=True)):
        kinds = ()  # 「常务会议上学法或者专题学习法律」: one deed said twice, 法律 no kind of it
    elif one_field and kinds:
        kinds = crossed(a_words, b_words)  # 「法治政府建设领导小组或者法治建设委员会」
    # the shortest first: a list's first item is trimmed of what stands before the list when
    # it is longer than the others (``item_lists._trim_first``)
    said = sorted(dict.fromkeys((a, b, *kinds)), key=len)
    return f"{text[: m.start() - len(a)]} {'、'.join(said)}这类{text[m.end() + len(b) :]}"


def _counted(m: re.Match) -> str:
    """A list of examples said to count, as a list (the leniency left behind); levels stay."""
    said = _KINDLESS.sub("", m["items"])
    if all(_LEVELS.match(i) for i in said.split("、")):
        return m.group(0)
    return f"{said}这类"


# a clause of the user's examples after the question: 「…？党委会、专题会、听汇报都算」
_OFFERED = re.compile(
    rf"(?:哪|谁|有没有)[^？?]*?[，,？?。]\s*(?P<items>{_ITEMS})(?:什么的|之类的?|这种|这些|这类|等等?)?"
    r"\s*(?:都算|都行|都可以|都成)[。！!？?～~]*$"
)


# the law subject every question of the genre has (法治, 普法, 学法, 依法): never what examples
# of a meeting, a body or a place illustrate
_LAW = re.compile(r"法")


def offered(question: str, concepts: tuple[Concept, ...]) -> tuple[Concept, ...]:
    """The list of examples the user adds after the question (「…研究法治建设的事？党委会、专题
    会、听汇报都算」「搭了个班子来抓法治？领导小组、…委员会这种都算」) says what would count,
    not one more thing every answer must say. The examples illustrate the practice asked (the
    meeting, the body, the place), never the law subject every question here has: they become
    spellings of the question's first required concept that is no law word (研究, 班子), so a
    report writing either the practice or an example says it. With no such concept, the list
    weighs like a generic verb and is never required."""
    m = _OFFERED.search(question)
    if not m:
        return concepts
    said = _KINDLESS.sub("", m["items"])
    listed = next(
        (c for c in concepts if "/" in c.term and all(i and i in said for i in c.term.split("/"))),
        None,
    )
    if listed is None:
        return concepts
    items = [i for i in listed.term.split("/") if i]
    # 「网球比赛？公开赛巡回赛都算」: examples each named by a character of one word as their
    # last (赛 of 比赛: a compound's last character names its kind) are kinds of that word
    kinds = [c for c in concepts if c is not listed and all(i[-1] in c.term for i in items)]
    practice = kinds[0] if len(kinds) == 1 else None
    practice = practice or next(
        (c for c in concepts if c is not listed and c.required and not _LAW.search(c.term)), None
    )
    if practice is None:
        return tuple(replace(c, required=False, light=True) if c is listed else c for c in concepts)
    alts = tuple(dict.fromkeys((*practice.alternatives, *listed.alternatives)))
    return tuple(
        replace(c, alternatives=alts) if c is practice else c for c in concepts if c is not listed
    )


def _verbs_either(text: str, tagged: Tagger) -> str:
    """「编制或落实权责清单、履职事项清单」: two verbs joined by 或 before one object share it, and
    either is how a report may act on the thing (编制, 落实, 对照, 梳理): the verbs leave the
    question, the object they share stays the need. Narrowed to a second verb the tagger
    takes for an adjective (see below): elsewhere V1或V2 X means X and (V1 or V2), read as before. A verb with an object of its own on the
    left (「学习宪法或者搞宪法宣传」) is a clause of its own, read as before."""
    for m in list(_OR.finditer(text))[::-1]:
        if "，" in m.group(0) or "," in m.group(0):
            continue
        left = tagged(text[max(0, m.start() - _SIDE) : m.start()])
        right = tagged(text[m.end() : m.end() + _SIDE])
        if not left or len(right) < 2:
            continue
        (a, fa), (b, fb), fo = left[-1], right[0], right[1][1]
        # only where the tagger reads the second verb as an adjective before the noun (落实/a
        # 权责): the phrase would be one made-up noun 「落实权责清单」 that no report writes. Two
        # verbs read as verbs (修订或废止, 组织或参加) carry the meaning and stay as before.
        verbs = fa in ("v", "vn") and fb == "a" and len(a) >= 2 and len(b) >= 2
        if verbs and fo.startswith(_NOUNISH) and not fo.startswith("v"):
            text = f"{text[: m.start() - len(a)]}{text[m.end() + len(b) :]}"
    return text


def read_alternatives(text: str, tagged: Tagger) -> str:
    """``text`` with each disjunction of clauses rewritten as a list of the things its sides
    name, and 都 over the answer set or over what counts dropped."""
    text = _COUNTS.sub(_counted, juxtaposed(text, tagged))  # 「帆船帆板这种」 (juxtaposed)
    text = _verbs_either(text, tagged)  # 「编制或落实X」: X, whichever verb acts on it
    # the comma stays: examples after a clause stand for the clause (``clause_examples``)
    text = _FOR_EXAMPLE.sub(lambda m: f"，（比如{m['items']}）", text)
    text = _ALL_OVER.sub(" ", text)
    text = _LEAD.sub("", text)  # 「，像权责清单、…」: the examples, without the word leading them
    text = _RUNS.sub(lambda m: _verb_items(m.group(0), tagged), text)
    text = _ALSO.sub(lambda m: f"{_bare(m['a'], tagged)}、{_bare(m['b'], tagged)}这类", text)
    for m in list(_OR.finditer(text))[::-1]:
        if _quoted(text, m.start()) or "、" in m.group(0):
            continue
        if text[: m.start()].count("（") > text[: m.start()].count("）"):
            continue  # 「（比如闭卷考试或者知识测试）」: the examples' own 或 (``item_lists``)
        lead = _EITHER.search(text, max(0, m.start() - 16), m.start())
        start = lead.end() if lead else _left_edge(text, m.start())
        end = _right_edge(text, m.end())
        if (end < len(text) and text[end] in "“「") or (start and text[start - 1] in "”」"):
            continue  # a side that is a quoted name: one concept with the other (named_either)
        left, right = text[start : m.start()], text[m.end() : end]
        a, b = _bare(without_aspect(left), tagged), _bare(right, tagged)  # 引进了院士: 引进院士
        if "、" in left or "、" in right:
            continue
        # without a comma or 不管是, a clause disjunction gives each side a verb of its own:
        # 「搞过宪法宣传或者防骗宣讲」 has one verb over both, 「学习宪法或者搞宪法宣传」 a
        # verb of the topic's own (学习) on the left — both are read word by word
        if not lead and a != left and b != right and (pair := one_object(a, b)):
            text = (
                f"{text[:start]}{pair}{text[end:]}"  # 「引进了院士或者有院士扎根」 (shared_object)
            )
            continue
        if not lead and "，" not in m.group(0) and (a == left or b == right):
            text = _names_either(text, m, tagged)  # 「写进了发展规划或者年度工作计划」
            continue
        if not (_side_ok(a) and _side_ok(b)) or deeds_either(a, b, tagged):
            continue  # 「…示范创建，或者拿了示范称号」: two deeds, word by word (clause_sides)
        head = lead.start() if lead else start
        text = f"{text[:head]} {a}、{b}这类{text[end:]}"
    return text
