"""Conditions a which-question sets on the sentence that answers it, beyond its topic words.

Two are common in questions about 法治政府建设 reports, and topic coverage cannot see either:

- **a role held**: 「党委书记挂帅当组长的」「由党委书记担任领导小组组长的」 asks who holds the post,
  not whether the words 党委书记 and 组长 both occur. Reports word it 「由镇党委书记任组长」
  「乡党委书记、乡长任双组长」 「党工委书记李某任组长」 「以党委书记为组长」: the holder, maybe a
  name or a co-holder joined by 、, a verb of holding, the post (双组长 is held by each).
  「党委副书记任组长」 or 「镇长任组长，党委书记履行第一责任人职责」 is another holder. The verbs
  of holding (挂帅, 担任, 当) are no topic words: a report says 任 where the user says 挂帅.
  A user says a bare 书记 (「书记当组长的」) for the 党委书记 — in a township's report the
  secretary unqualified is the party secretary; 副书记 and a branch's 支部书记 are other posts.
- **a count stated**: 「全年开了3次法治专题会的」 asks for reports that give that count: 「召开法治
  专题党委会议3次」 counts, 「专题会议5次」 does not. A count with 以上/至少/超过 is a bound, not a
  condition this reads.
- **some count stated**: 「提供法律咨询、还写了具体人次的」「网上办件量有具体数的」 asks for
  reports whose supporting sentence carries a number — with the measure word the question
  names (人次, 件数 → 件, 场次 → 场) or any (数字, 数据, 具体数). The words of the condition
  are no topic. 「开展了几次」「有多少人次」 ask for the number (a fact), not a condition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from retrieval.measures import DIGIT_QUANTITY, counts_with

# holders of posts in a township or street: party secretaries, heads, the office director
# (a bare 书记 in a township's report is its party secretary: a user says 「书记当组长」 for
# 「党委书记任组长」; a branch's 支部书记 is another post)
_HOLDER = r"(?:党工?委副?书记|(?<![支部])副?书记|副?[镇乡]长|(?:街道)?(?:办事处|办)副?主任)"
_HOLD = r"(?:担任|出任|兼任|任|当|为)"
# a report also says the holder 「履行第一责任人职责」: the post held, not asked that way
_HOLD_SAID = r"(?:担任|出任|兼任|履行|任|当|为)"
_POST = r"(?:组长|主任|队长|站长|指挥长|第一责任人)"
_ROLE_IN_QUESTION = re.compile(
    rf"(?P<who>{_HOLDER})(?:亲自|来)?(?:挂帅)?(?:{_HOLD}了?[\u4e00-\u9fff]{{0,12}}?(?P<post>{_POST})"
    rf"|(?<=挂帅))"
)
# a street's party committee is its 党工委; 镇委/乡委 is short for the town's 党委
_OFFICE = re.compile(r"党工委|(?<=[镇乡])委(?=副?书记)")
# the verbs of holding, as the question's concepts may carry them: no topic of their own
HOLDING_VERBS = frozenset({"挂帅", "担任", "出任", "兼任", "任", "当", "当组长", "挂帅当"})

_NUMBER = r"[0-9０-９]+|[一二两三四五六七八九十]+"
# digits with any measure word; a Chinese numeral only with one of occasions, and never a
# lone 一: named terms carry numerals (两个清单, 三项制度, 一次性告知), counts of meetings are
# written 三次 as often as 3次
_STATED = re.compile(
    r"(?<![第前近0-9])(?:(?P<d>[0-9０-９]+)\s*(?P<dm>次|场|期|轮|批|个|件|项|条|份|家|处|名|人)"
    r"|(?P<c>[两三四五六七八九十][一二两三四五六七八九十]*)(?P<cm>次|场|期|轮))"
    r"(?![以之]?[上下内外]|余|多|左右|性|数)"
)
_BOUND = re.compile(r"(?:超过|至少|不少于|不低于|多于|少于|不到|最少|起码)[\u4e00-\u9fff]{0,3}$")


@dataclass(frozen=True)
class Role:
    """「党委书记 … 任 … 组长」: the holder the question names and the post held."""

    who: str
    post: str

    def held_in(self, sentence: str) -> bool:
        """Does ``sentence`` say this holder holds this post? The holder may be followed by
        a name or a co-holder (「、乡长」) before the verb; the post may be 双组长, never
        副组长 (the deputy's post)."""
        text = _OFFICE.sub("党委", sentence)
        for m in _holder_pattern(self.who).finditer(text):
            tail = text[m.end() : m.end() + 32]
            if _holds(tail, self.post):
                return True
        return False


def _holder_pattern(who: str) -> re.Pattern:
    who = _OFFICE.sub("党委", who)
    if who == "党委书记":  # the report's bare 书记 is its own party secretary (``shorter_forms``);
        # 纪委书记, 支部书记, 社区书记, 总书记 are other posts; 书记员 a clerk
        return re.compile(r"(?<![副委组会部村区总總])(?:党委)?书记(?![员处處])")
    if who.endswith("长") and not who.startswith("副"):  # 镇长 ~ 乡长: the same office
        return re.compile(r"(?<![副])[镇乡]长")
    if who.endswith("主任"):
        return re.compile(r"(?<![副])" + re.escape(who[-2:] if "副" not in who else who))
    return re.compile(r"(?<![副])" + re.escape(who))


def _holds(tail: str, post: str) -> bool:
    """The words after a holder: a short run without a clause break, a verb of holding, the
    post within the same clause, not as 副+post."""
    pattern = (
        rf"^[^，,。；;：:！？\n]{{0,10}}?{_HOLD_SAID}[^，,。；;！？\n]{{0,12}}?"
        rf"(?<!副)(?:双)?{re.escape(post)}"
    )
    return re.search(pattern, tail) is not None


def role_asked(question: str) -> Role | None:
    """The holder and post a question asks about, or None (「谁任组长」 names no holder)."""
    m = _ROLE_IN_QUESTION.search(question)
    if m is None:
        return None
    return Role(m.group("who"), m.group("post") or "组长")


@dataclass(frozen=True)
class Count:
    """「3次」 in a which-question: the value and its measure word."""

    value: Decimal
    measure: str

    def stated_in(self, sentence: str) -> bool:
        """Does ``sentence`` give this count (the same value, a measure word that counts the
        same kind of thing, ``retrieval.measures``)?"""
        for m in counts_with(self.measure).finditer(sentence):
            found = re.match(_NUMBER, m.group(0))
            if found and _value(found.group(0)) == self.value:
                return True
        return False


def _value(run: str) -> Decimal | None:
    import cn2an  # on first use: its import is 0.23 s of every start (proces' tables)

    try:
        return Decimal(str(cn2an.cn2an(run, "smart"))).normalize()
    except (ValueError, InvalidOperation):
        return None


def count_stated(question: str) -> Count | None:
    """The one exact count a which-question states, or None (none, several, or a bound)."""
    found = [m for m in _STATED.finditer(question) if not _BOUND.search(question[: m.start()])]
    if len(found) != 1:
        return None
    m = found[0]
    value = _value(m.group("d") or m.group("c"))
    measure = m.group("dm") or m.group("cm")
    return Count(value, measure) if value is not None and value > 0 else None


# 「写了具体人次的」「有具体数的」「给了数据的」「写明了服务人次的」: a verb of stating or an
# adjective of precision before a noun of figures, the clause ending in 的 or a break. A
# few characters may stand between (服务人次), never a question word (有多少人次, 有啥数字).
# 「办件量有具体数」: the 量 (amount) of the noun before is the figure itself, not the topic.
_FIGURE_VERB = (
    r"(?:写了|写明了?|写出了?|写有|给了|给出了?|列了|列出了?|报了|晒了|附了|标了|注明了?|有)"
)
_PRECISE = r"(?:具体|确切|详细|明确|准确)"
# a measure word + 数 is the count in that measure (家数, 件数, 户数); 人次/场次 name one too
_MEASURES = "个件宗起人名位次场期轮条份家项台套本张户"
_NOUN = rf"数字|数据|数值|数目|数量|人次|件次|场次|户次|[{_MEASURES}]数"
_NOT_ASKED = r"(?:(?!多少|几|哪|啥|什么|怎|没)[\u4e00-\u9fff])"
# 「没有具体数的」「未写人次的」 asks for the reports without one: another question
_NEGATED = re.compile(r"(?:没|未|无|不|没有)$")
# 「最好有具体数」「有数字更好」: a wish, not a condition (its words are still no topic)
_WISH_BEFORE = re.compile(r"(?:最好|尽量|尽可能|如果|若|要是)[\u4e00-\u9fff]{0,2}$")
_WISH_AFTER = re.compile(r"^的?(?:最好|更好|就更好|为好|优先)")
# 「给了具体浓度数值」「写明确切金额数字」: the dimension a number measures, said between the
# adjective of precision and the noun of figures, is said again by the number's measure word
# (28微克/立方米 is a concentration): no topic a sentence must write
_DIMENSION = r"(?:浓度|金额|数额|面积|长度|重量|总量)"
_FIGURE = re.compile(
    rf"(?:量(?={_FIGURE_VERB}))?"
    rf"(?:{_FIGURE_VERB}?{_PRECISE}的?{_DIMENSION}?"
    rf"|(?P<v>{_FIGURE_VERB}){_NOT_ASKED}{{0,4}}?(?={_NOUN}))"
    rf"(?P<b>数字|数据|数值|数目|数量|(?P<mc>人次|件次|场次|户次)|(?P<mw>[{_MEASURES}])数|数)"
    # (a gloss in brackets after it, 「具体浓度数值（多少微克）」, names the measure: a count asked
    # near the topic, ``ASKS_NUMBER`` and ``asked_counts``, not this condition on any number)
    r"(?=的|[，,。；;？?！!]|$)"
)
# a Chinese numeral counts only with a measure of occasions, cases or people (两个清单 and
# 三项制度 are names, not figures)
_HAN_COUNT = re.compile(
    r"[两三四五六七八九十百千万][一二两三四五六七八九十百千万]*(?:人次|次|场|期|件|起|宗|名)"
)


@dataclass(frozen=True)
class Figure:
    """「写了具体人次的」: the answer's sentence must carry a count, in ``measure`` if named."""

    measure: str

    def stated_in(self, sentence: str) -> bool:
        """Does ``sentence`` carry a number (with this measure word, or one of its class)?"""
        if self.measure:
            return counts_with(self.measure).search(sentence) is not None
        return bool(DIGIT_QUANTITY.search(sentence) or _HAN_COUNT.search(sentence))


def _figures(question: str) -> Iterator[re.Match]:
    return (m for m in _FIGURE.finditer(question) if not _NEGATED.search(question[: m.start()]))


def figure_asked(question: str) -> Figure | None:
    """The figure a which-question asks its answers to carry, or None."""
    m = next(_figures(question), None)
    if m is None or _WISH_BEFORE.search(question[: m.start()]):
        return None
    if _WISH_AFTER.search(question[m.end() :]):
        return None
    measure = m.group("mc") or m.group("mw") or ""
    return Figure("场" if measure == "场次" else measure)


# 「给出了X的具体数字」「写明了X的数量」: a which-question asking for reports that count X
ASKS_NUMBER = re.compile(
    rf"(?:具体|确切|详细|准确)的?{_DIMENSION}?(?:数字|数据|数值|数目|数量|件数|人数|次数)"
    r"|的(?:数字|数据|数值|数目|数量|件数|人数|次数)"
    # ; 「办理公证的数字哪个报告里有」「X的具体数据哪些报告给了」: the which-clause after it,
    # or a gloss naming the measure (「PM2.5给了具体浓度数值（多少微克）的」: 微克, ``asked_counts``)
    r"(?=[？?。！!，,（(]|$|是多少|有多少|比一比|比比|比较|对比|相比|各是|分别"
    # ; only where it is written (有/写/给/列/提), never a ranking or a bound after it (「GDP的
    # 数据哪个区最高/比较高」「哪个区超过1000亿」 pick by the figure: their own kind)
    # (the need it is read in has its place words blanked: 「哪个 有」)
    r"|(?:哪(?:个|些|几个|几份|几家|家|份)|谁)\s*(?:报告|单位|地方|[区县镇乡市])?(?:里面?|中)?"
    r"\s*(?:有|写|给|列|提|讲|说|公布|披露)(?!得)"
    # 「把X的次数写出来了」: the figure as the object of 把, the verb of writing it after it
    r"|(?:写|列|标|给|报)(?:出来|出|明|清楚|上)了?(?:吗|没有)?(?:[？?。！!，,]|$))"
)


def without_figure(question: str) -> str:
    """``question`` with its figure condition blanked (same length); the words between the
    verb and the noun (服务 of 写明了服务人次) stay the topic."""
    for m in reversed(list(_figures(question))):
        spans = [(m.start(), m.end("v")), m.span("b")] if m.group("v") else [m.span()]
        for s, e in spans:
            question = question[:s] + " " * (e - s) + question[e:]
    return question
