"""The kind of value a fact question asks for, and where a sentence gives one.

A question about one named unit asks for one value of a kind its words say: how many
(「几次」「多少条」, a measure word that must stand next to the number), a rank (「第几」「排名」),
a document number (「文号」: 〔2020〕4号), a place (「哪个地方」「在哪」), a name (「叫啥」: a
quoted 「“…”」 name next to the thing) or a rate (「满意度多少」「…率是多少」: a percentage right
after the rate's word). The kind decides which sentence answers far more than the topic's
words do: a sentence about 便民服务 with 1500余件 is no answer to 「满意度多少」.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from answering.acts import act_clause, asked_act
from reportqa.text import to_simplified
from retrieval.asked_kind import counted_noun
from retrieval.measures import TIME_UNITS, asked_measure, counts_of, counts_with, how_many
from retrieval.query import Analysis

COUNT, RANK, DOC_NUMBER, PLACE, NAME, RATE = "count", "rank", "doc_number", "place", "name", "rate"


@dataclass(frozen=True)
class Asked:
    """``kind``: one of the constants above; ``measure``: a count's measure word;
    ``cue``: a rate's word as the question writes it (满意度, 败诉率)."""

    kind: str
    measure: str = ""
    cue: str = ""
    noun: str = ""  # 「多少个村」: the one-character thing counted with 个
    verb: str = ""  # 「用了多少次」: the deed counted, which a report may give as 使用量
    act: str = ""  # 「整改了多少个」: the verb before the question word (``values.asked_act``)


# a rate: a noun ending in 率 (办结率, 败诉率), the 度 of a judgement people give (满意度,
# 知晓度, 认可度, 参与度, 信任度) or a share (占比, 比例, 比重; 权重, the share of a score an
# assessment gives one item), asked for its size
_SHARES = ("占比", "比例", "比重", "权重")  # a share of the thing named before it
RATE_WORD = (
    r"[\u4e00-\u9fff]{1,4}?率|[\u4e00-\u9fff]{0,3}?(?:满意|知晓|认可|参与|信任)度|"
    + "|".join(_SHARES)
)
_RATE = re.compile(
    rf"(?P<cue>{RATE_WORD})[^，。？?！!,；;]{{0,8}}?"
    r"(?:多少|几成|百分之几|百分比|高不高|有多高|多大)"
)
# a count asked as a size (「规模有多大」「多大规模」「量有多大」): how many of the deed, in
# whatever measure the report counts it (391件, 50余场). How far a deed reaches (「多大范围」
# 「覆盖面有多广」) is a size too: reports answer it by the units or people it covered
# (82家党政机关, 102个领导班子), never by a word 范围
_SIZE = re.compile(
    r"(?P<word>规模|数量|体量|量|范围|覆盖面)(?:有|是|大概|大约|各|都|分别|各自)*(?P<how>多大|多广)"
    r"|(?P<how2>多大|多广)(?:的)?(?P<word2>规模|体量|量|范围|覆盖面)"
)
# the size asked before the share's word (「占多大比重」「占多少比例」「多大的权重」), or a share
# asked with no word for it (「占几成」「占百分之几」): users put the question word first as often
_TENTHS = r"(?:几成(?![员立效果绩为就])|百分之(?:几|多少))"  # 几成 counts tenths; not 几成员
_SIZE_FIRST = re.compile(
    rf"(?:多大|多少|多高|几成|百分之几)的?(?P<cue>{'|'.join(_SHARES)})|占了?{_TENTHS}"
)
# 「覆盖了几成」「调解成功了百分之几」: the share of a deed, given as a rate of its verb
# (覆盖率达75%, 调解成功率96%): the verb is the rate's word
# 「合格的有几成」「及格的占几成」: the words between the deed and 几成 (的, 有, 占, 是) are no deed
_DEED_SHARE = re.compile(
    rf"(?P<verb>(?:(?![的有是占了能])[\u4e00-\u9fff]){{2}})(?:[的有是占了能]|大概|大约)*{_TENTHS}"
)
_RANK = re.compile(r"第几|排名|排第|排在|排多少|名次|位列|位居|排几")
_DOC = re.compile(r"文号|字号|发文号|文件号|编号")
_PLACE = re.compile(
    r"哪(?:个|一个|些)?(?:地方|地点|位置|场所|里|儿)|什么地方|啥地方|在哪|何处|何地"
)
_NAME = re.compile(r"叫(?:什么|啥)|(?:什么|啥)名|名字|名称|全称|哪个平台|什么平台|啥平台")
# 「哪几个镇」「哪几项」 asks which ones, by name: 几 after 哪 asks no count
_HOW_MANY = re.compile(r"多少|(?<!哪)几")


def asked_value(question: str, words: Callable[[str], list[str]] | None = None) -> Asked | None:
    """The value the question asks for, or None when its words name no kind (「怎么做的」)."""
    q = to_simplified(question)
    rate = _RATE.search(q)
    if rate:
        cue = rate.group("cue")
        return Asked(RATE, "%", cue[-3:] if cue[-1] in "率度" else cue)
    share = _SIZE_FIRST.search(q)
    if share:
        return Asked(RATE, "%", share.group("cue") or _SHARES[0])
    deed = _DEED_SHARE.search(q)
    if deed:
        return Asked(RATE, "%", deed.group("verb"))
    if _SIZE.search(q):
        return Asked(COUNT)
    if _RANK.search(q):
        return Asked(RANK)
    if _DOC.search(q):
        return Asked(DOC_NUMBER)
    if _NAME.search(q):
        return Asked(NAME)
    if _PLACE.search(q):
        return Asked(PLACE)
    if _HOW_MANY.search(q):
        measure = asked_measure(q, words)
        if not measure or measure == "%":
            return None
        deed = _DEED.search(q)
        return Asked(
            COUNT,
            measure,
            noun=counted_noun(q) if measure == "个" else "",
            verb=deed.group(1) if deed else "",
            act=asked_act(q, (), words) if words is not None else "",
        )
    return None


_DOC_VALUE = re.compile(
    r"[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号"
    r"|(?:19|20)\d{2}\s*年?\s*第\s*\d{1,4}\s*号"
)
# a rank: an ordinal after a word of ranking (排名第5, 位列全市前三, 居全区首位) or an ordinal
# with 名/位 (全市第五名); never 第一责任人, 第一批 or 向前一步
_ORDINAL = r"(?:第|前)\s*[0-9０-９一二三四五六七八九十]+\s*(?:名|位)?|首位|榜首|前列"
RANK_VALUE = re.compile(
    rf"(?:排名|排在|排|名列|位列|位居|居于?|列)(?:全[国省市区县]|[省市区县]级?)?\s*(?:{_ORDINAL})"
    r"|第\s*[0-9０-９一二三四五六七八九十]+\s*名"
)
# a place a deed happened at: a verb of going or being, then a name ending in a place's noun
_PLACE_VALUE = re.compile(
    r"(?:到|在|赴|于|走进|来到|前往|深入)[\u4e00-\u9fff]{1,12}"
    r"(?:中心|广场|公园|基地|会馆|展馆|大厅|社区|街道|村|镇|乡|站|室|馆|园|院|厅)"
)
# a name is quoted: “灵秀塔庄”, 《…》, 「…」
_QUOTED = re.compile(r"“([^”]{2,20})”|「([^」]{2,20})」|\"([^\"]{2,20})\"|《([^》]{2,30})》")
# a share in tenths is written 七成 or 7成 (= 70%); never the 成 of 成员, 成立, 成效
_PERCENT = re.compile(
    r"\d+(?:\.\d+)?\s*[%％]|百分之[0-9一二三四五六七八九十百.点]+"
    r"|(?:[一二三四五六七八九十]|(?<![\d.])[1-9])成(?![员立效果绩为就本功交])"
)
RATE_REACH = 12  # characters after a rate's word, in its clause, within which its percentage stands


# the one-character verb right before the question word (「用了多少次」「办了几件」): the deed
_DEED = re.compile(r"([用办看访问听读接受点])了?(?:多少|几)")


def _volume(text: str, verb: str) -> list[str]:
    """The volume of the deed asked as a report states it: a noun of the verb ending in 量
    (使用量, 办件量, 访问量, 受理量) right before its number, whatever measure the report
    counts it in — 「使用量2137件」 answers 「用了多少次」."""
    if not verb:
        return []
    found = re.finditer(
        rf"[\u4e00-\u9fff]?{verb}[\u4e00-\u9fff]?量\s*(?:达到?|为|共|累计|超过)?\s*"
        rf"(?P<n>{how_many().pattern})",
        text,
    )
    return [m.group("n") for m in found]


# One measure under the users' and the reports' words: a test's pass rate is 及格率 to the
# asker, 合格率 or 通过率 in the report; a dispute's 成功率 is the report's 化解率 (调解成功率
# holds 成功率 already); 办结率 and 结案率 both count matters concluded. Not one measure:
# 结案率 and 化解率 (a case is closed without being settled), 参考率 and 合格率 (sitting a
# test is not passing it), 知晓率 and 满意度.
_SAME_RATE = (("及格", "合格", "通过"), ("成功", "化解"), ("办结", "结案"))
_VERBS = ("通过", "成功")  # everyday verbs (通过开展…): a rate word only with 率


def rate_forms(cue: str) -> tuple[str, ...]:
    """The words a report gives the asked rate under: the cue, its stem (满意度 → 满意,
    败诉率 → 败诉) and the words of one measure with it (及格率 → 合格率, 合格, 通过率)."""
    stem = cue[:-1] if cue[-1] in "率度" else cue
    return tuple(f for f in dict.fromkeys((cue, stem, *_same_words(stem))) if len(f) >= 2)


def _same_words(stem: str) -> tuple[str, ...]:
    """The other words of the measure ``stem`` names (及格 → 合格率, 合格, 通过率)."""
    same = next((g for g in _SAME_RATE if stem.endswith(g)), ())
    out: list[str] = []
    for g in same:
        if not stem.endswith(g):
            out += [f"{g}率"] if g in _VERBS else [f"{g}率", g]
    return tuple(out)


def with_rate_words(analysis: Analysis, asked: Asked | None) -> Analysis:
    """The asked rate's word as a topic concept spelled every way a report gives the same
    measure (成功率 ~ 化解率): a sentence saying 化解率达94% holds the topic 「成功率」."""
    if asked is None or asked.kind != RATE or asked.cue in _SHARES:
        return analysis
    stem = asked.cue[:-1] if asked.cue[-1] in "率度" else asked.cue
    extra = _same_words(stem)
    if not extra:
        return analysis
    concepts = tuple(
        replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *extra))))
        if c.term.endswith((asked.cue, stem))
        else c
        for c in analysis.concepts
    )
    return replace(analysis, concepts=concepts)


def rate_given(sentence: str, cue: str) -> bool:
    """Does ``sentence`` give the asked rate: a percentage within a few characters after the
    rate's word, or its stem (满意度 → 满意: 「办结率、满意率均为100%」), or a word of one
    measure with it (``rate_forms``)? 「群众满意度」 at the end of a sentence gives none."""
    t = to_simplified(sentence)
    if cue in _SHARES:  # 「出庭应诉的比例」 ~ 出庭应诉率达到100%: the share of its thing
        return bool(_PERCENT.search(t))
    for form in rate_forms(cue):
        for m in re.finditer(re.escape(form), t):
            window = re.split(r"[，,。；;！？!?]", t[m.end() : m.end() + RATE_REACH])[0]
            if _PERCENT.search(window):
                return True
    return False


# 「连续多少年」「连着几年」「累计多少年」: the word before a span of years is the span's own
# (a report writes 连续15年 whatever was done), so it is part of the value asked, never a
# word of the topic: 「连续8年被评为法治建设先进」 says nothing of 平安建设先进
_SPAN_WORD = re.compile(r"(连续|连着|接连|一连|累计)(?=[^，。？?]{0,3}(?:多少|几)\s*个?\s*年)")


# 「起码得学多少个钟头」「最少开几次」: a bound on the number asked is the value's word (a report
# writes 不少于60学时 or just 60学时 whatever the asker's bound), never the topic; jieba tags
# 起码 a noun, so it would stay a word the report must say
_BOUND_WORD = re.compile(r"(最起码|起码|至少|最少|最低)(?=[^，。？?]{0,6}(?:多少|几))")


def value_words(question: str) -> tuple[str, ...]:
    """The words that ask for a value's size rather than name the thing (规模, 多大, 比例
    in 「规模有多大」「满意的比例多大」): they leave a fact's topic."""
    q = to_simplified(question)
    out: list[str] = []
    for m in _SIZE.finditer(q):
        out += [m.group("word") or m.group("word2"), m.group("how") or m.group("how2")]
    share = _RATE.search(q)
    if share and share.group("cue") in _SHARES:
        out += [share.group("cue"), "多大"]
    out += [m.group(1) for m in _SPAN_WORD.finditer(q)]
    out += [m.group(1) for m in _BOUND_WORD.finditer(q)]
    return tuple(dict.fromkeys(out))


def without_value_words(analysis: Analysis) -> Analysis:
    """The analysis without the words asking a value's size (``value_words``), unless they
    are all its topic."""
    said = value_words(analysis.question)
    # 「多大规模」 cut 多/大规模: a word inside the size phrase is part of the asking, not a topic
    phrases = [m.group(0) for m in _SIZE.finditer(to_simplified(analysis.question))]
    # 「起码学」: a lone verb character the segmenter hung on the value's word goes with it
    kept = tuple(
        c
        for c in analysis.concepts
        if c.term not in said
        and not any(c.term[:-1] == w for w in said)
        and not any(len(c.term) > 1 and c.term in p for p in phrases)
    )
    if not said or not kept or len(kept) == len(analysis.concepts):
        return analysis
    terms = tuple(t for t in analysis.search_terms if t not in said)
    return replace(analysis, concepts=kept, search_terms=terms)


def values_in(text: str, asked: Asked, near: Callable[[int], int | None]) -> list[str]:
    """The values of the asked kind ``text`` (simplified) gives, as written; ``near(i)``:
    how far before offset ``i`` a word of the topic ends, None when none is close (a count
    must follow its thing, a quoted name must stand by it)."""
    if asked.kind == RATE:
        return ["%"] if rate_given(text, asked.cue) else []
    if asked.kind == COUNT:  # the count nearest its thing (「8890诉求655件,…流转12089件」)
        if asked.noun:  # 「多少个村」: 15个村, 12个行政村 — the count stands by its noun
            return [m.group(0) for m in counts_of(asked.noun).finditer(text)]
        counts = counts_with(asked.measure) if asked.measure else how_many()
        volume = _volume(text, asked.verb)
        if volume:  # 「自助服务机使用量2137件」 for 「用了多少次」: the deed's volume
            return volume
        if asked.measure in TIME_UNITS:  # 「完成不少于60学时的培训」: the unit is the thing
            return [m.group(0) for m in counts.finditer(text)]  # asked, wherever its topic
        found = [(near(m.start()), m) for m in counts.finditer(text)]
        found = [(d, m.group(0)) for d, m in _by_act(found, text, asked.act) if d is not None]
        return [v for d, v in found if d == min(found)[0]] if found else []
    if asked.kind == RANK:
        return [m.group(0) for m in RANK_VALUE.finditer(text)]
    if asked.kind == DOC_NUMBER:
        return [m.group(0) for m in _DOC_VALUE.finditer(text)]
    if asked.kind == PLACE:
        return [m.group(0) for m in _PLACE_VALUE.finditer(text) if _beside(m, text, near)]
    # a name stands right before or after its thing
    return [
        next(g for g in m.groups() if g) for m in _QUOTED.finditer(text) if _beside(m, text, near)
    ]


def _by_act(found: list, text: str, act: str) -> list:
    """Without the determiner counts (「反馈的13个问题」: a count right before a noun names the
    set a verb works on, a tally ends its clause) when another count's clause holds the asked act (「完成整改12
    个」 for 「整改了多少个」, ``values.asked_act``); else all of them."""
    if not act or not any(
        d is not None and act in act_clause(text, m.start(), m.end()) for d, m in found
    ):
        return found
    return [
        (d, m)
        for d, m in found
        if act in act_clause(text, m.start(), m.end()) or not _DETERMINER.match(text, m.end())
    ]


_DETERMINER = re.compile(r"[\u4e00-\u9fff]")  # a count with a noun after it names a set


def _beside(m: re.Match, text: str, near: Callable[[int], int | None]) -> bool:
    """Does a word of the topic end just before ``m`` or within a few characters after it
    (「到南岭村法治公园调研」, 「“清风小镇”微信公众号」)?"""
    return near(m.start()) is not None or near(min(len(text), m.end() + 8)) is not None


# 「有数字最好」「最好带上数据」「给个数」「各有啥数字」: the asker wants figures, whatever the
# question word between (啥, 什么, 哪些); the words are no topic
_FIGURES = re.compile(
    r"(?:最好)?(?:能|要)?(?:有|带|给|附|列|写)(?:上|出|个|些)?(?:啥|什么|哪些)?(?:具体)?(?:的)?"
    r"(?:数字|数据|数)(?![化库据字])(?:的话)?(?:最好|更好)?"  # 数字化, 数据库: things, no figures
    # 「罚款、审合同这些数字对比一下」: the things listed, then a word pointing back at their figures
    r"|(?:这些|这几个|这几项|这两个|这俩|相关|具体)的?(?:数字|数据)(?![化库据字])"
    # 「数字上比一比」「用数据对比一下」「拿数字说话」: the figures are the ground of the comparing
    r"|(?:在|从|用|拿|按)?(?:数字|数据)(?![化库据字])上?(?=(?:来|去)?(?:比|对比|相比|说话))"
)


def figures_wanted(question: str) -> str:
    """The words of a request for figures (「有数字最好」), '' when there is none."""
    m = _FIGURES.search(to_simplified(question))
    return m.group(0) if m else ""
