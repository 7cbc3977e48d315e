"""Measure words: what the answer to a how-many question looks like.

Chinese counts carry a measure word (量词) that says what is counted: 「办结了多少宗」 asks
for 「N宗」 (cases), 「多少人次」 for 「N人次」 (attendances), 「多少万元」 for money,
「增长百分之几」 for a share. So the sentence that answers is one with a number carrying
that measure word (or one reports use for the same kind of thing: cases are 宗, 件 or 起);
a sentence whose numbers count something else (2500人次 of consultations for 多少件 cases)
does not answer, however many of the question's words it has.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reportqa.text import to_simplified
from retrieval.counters import also_counted
from retrieval.numerals import DIGITS
from retrieval.scores import SCORE, SCORES, asks_score

# 年 of a span (年头 too), not the start of another word (年度, 年级, 年轻, 年龄, 年底, 年报)
_YEAR_WORD = r"年头?(?![度代级初底末终轻龄纪份报检会薪货])"
# one character measure words of report prose (the QUANTITY pattern below reads them)
# 株 and 棵 count plants (trees, seedlings, coral nurslings): reports of greening and ecology
# work count what they plant in them (「种植苗木1.2万株」「首批1000株珊瑚苗下水」)
_SINGLE = "个件宗起人名位次场期轮条份家项台套本张座批户所支元篇册块方亩米吨辆处栋票天间趟遍回株棵"
# two-character ones are matched before the single ones they start with
_DOUBLE = (
    "人次", "天次", "件次", "批次", "户次", "架次", "万元", "亿元",
    "平方公里", "平方米", "公顷", "立方米", "平方", "立方", "公里", "学时", "课时", "小时", "钟头",
    # foreign currencies: a district's per-capita GDP or foreign investment is written in
    # dollars (「人均GDP达到13153美元」「实际利用外资12亿美元」), never counted as 元
    "美元", "港元", "欧元", "日元",
    # concentrations: air quality in 微克/立方米 (「PM2.5浓度28微克/立方米」), water in 毫克/升;
    # the unit is the whole ratio (a mass alone, 「15.1微克」, is no concentration), so the
    # ratio is matched before the mass it starts with (review74)
    "微克/立方米", "毫克/立方米", "毫克/升", "微克", "毫克",
)  # fmt: skip
# the measure nouns of time spent learning or working: a unit, never a thing counted, so a
# how-many question that names one anywhere (「学时要求？多少」「多少，按学时算」) asks for it
TIME_UNITS = ("学时", "课时", "小时", "钟头")
# 钟头 is the everyday word for an hour: people ask 「学多少个钟头」, a report never writes it
# and counts the same time in 小时, or in 学时/课时 when it is time spent studying
_SPOKEN = {"钟头": ("小时", "学时", "课时")}

# a number with its measure word: 「37起」「87.5%」「两台」「1.46万宗」「18705天次」;
# a bare year (「2025年」) answers no 「多少」
QUANTITY = re.compile(
    rf"(?:{DIGITS}|[一二两三四五六七八九十百千万]+)\s*(?:余|多)?\s*(?:万|亿)?\s*"
    rf"(?:[%％]|{'|'.join(_DOUBLE)}|[{_SINGLE}]|余)"
)
# the same with digits only: the numbers a comparison can rank (「调处纠纷37起」 → 37,
# 「覆盖群众1.2万余人次」 → 1.2 and its 万)
DIGIT_QUANTITY = re.compile(
    rf"(?:{DIGITS})\s*(?:[%％]|余?(?:万|亿)?余?(?:{'|'.join(_DOUBLE)}|[{_SINGLE}])|余)"
)

# classes of measure words: a count answers a question only in the class of the measure word
# asked (people, occasions, cases, money, share...). Inside a class questions and reports
# use the words interchangeably (几处调解室 ~ 调解室5个, 多少台记录仪 ~ 记录仪12部); across
# classes they count different things (420人次 of consultations is no number of 件 cases).
_KINDS = (
    ("宗", "件", "起", "件次"),  # cases, matters
    ("项", "条", "件"),  # items, measures
    ("次", "场", "期", "轮", "批", "批次", "架次", "趟", "遍", "回"),  # occasions
    ("人", "名", "位", "人次"),  # people
    ("户", "户次"),  # households
    ("处", "间", "座", "所", "家", "栋", "个"),  # places, bodies
    ("台", "部", "套", "辆", "支", "块", "个"),  # devices, vehicles
    ("份", "本", "册", "张", "篇", "票", "个"),  # copies, documents
    ("天", "天次"),
    ("%", "％"),
    ("元", "万元", "亿元"),
    ("美元",),
    ("港元",),
    ("欧元",),
    ("日元",),
    # areas and volumes: 方 is what people and reports say for 平方米 or 立方米 alike
    # (「拆除无证建筑约1.2万方」 answers 「拆了多少平方」)
    # land is written in 公顷 as often as in 亩 (「供应居住用地8.7公顷」)
    ("亩", "平方米", "平方", "方", "平方公里", "公顷"),  # 平方公里 before 平方: a town's area
    ("方", "立方米", "立方"),
    ("米", "公里"),
    ("吨",),
    ("微克", "微克/立方米"),  # a concentration (PM2.5 微克/立方米): never a share of it
    ("毫克", "毫克/立方米", "毫克/升"),
    ("株", "棵"),  # plants: a tree, a seedling, one coral nursling
    ("学时", "课时"),  # a class period of study: reports write either
    ("小时",),
    (SCORE,),
)
# the general 个 counts things, items and cases (制度5个 answers 几项制度); reports count
# people, households, occasions, money, shares and areas with their own words
_GENERAL = "个"
_BY_GENERAL = {"宗", "件", "起", "项", "条"}
# nouns of money: a fee (年费, 律师费, 服务费, 费用) or a fund, a budget, a subsidy, a bonus
_MONEY_NOUN = r"(?:钱|经费|资金|[\u4e00-\u9fff]?费(?:用)?|开支|花费|预算|补贴|奖金|薪酬|工资)"
_ASKED = re.compile(
    r"(?:多少|几)\s*(?:万|亿)?\s*(?P<m>" + "|".join(_DOUBLE) + rf"|[{_SINGLE}])"
    r"|(?P<pct>百分之(?:几|多少)|多少\s*[%％]|百分比|比例是多少|率是多少)"
    # money asked by its name (经费, 资金, 费用…) or by spending it with nothing after
    # (「花了多少？」「投入多少」): an amount in 元, 「多少经费」 as 「多少钱」
    r"|(?P<money>多少(?:钱|经费|资金|费用|开支|花费|预算|补贴|奖金)"
    r"|(?:花|投|投入|花费|支出|拨付|拨)了?多少(?=[？?。，,！!\s]|$)"
    # the money noun before the asking word (「法律顾问年费各是多少」「经费分别多少」) or before a
    # ranking word (「年费最高」「资金最多」): a fee (年费, 律师费, 费用) or a fund is an amount in
    # 元 however the question orders it; a count word after 多少 (「补贴多少户」) counts that
    rf"|{_MONEY_NOUN}(?:各自?|分别|都|一共|总共|大概|大约)?(?:是|为|有)?"
    r"(?:多少(?![\u4e00-\u9fff])|最高|最多|最少|最低|更多|更少|更高|更低))"
    r"|(?P<rank>第几|排名多少|排第几|排多少)"
    # a span of years (「连续多少年获评优秀」「干了几个年头」); never 近几年 (lately), nor a
    # word 年 starts (几年级, 多少年轻干部, 年度, 年龄)
    rf"|(?P<span>(?<![近前后这那哪])(?:多少|几)\s*个?\s*{_YEAR_WORD})"
)
# a rank: 「名列第二」「前三」「居全市首位」
_ORDINAL = re.compile(
    r"第\s*[0-9０-９一二三四五六七八九十]+|前\s*[0-9０-９一二三四五六七八九十]+|首位|榜首"
)


def asked_measure(question: str, words: Callable[[str], list[str]] | None = None) -> str:
    """The measure word a how-many question asks for (宗, 人次, %, 元), or '' when it names
    none or names the general 个 before a word (any measure word then answers: 几个律所 ~
    5家); 个 before a lone one-character noun (多少个村) asks a count of things.

    ``words`` (a segmenter): a measure character that starts a longer word is no measure
    word: 「多少人民调解委员会」 asks a count of 委员会, not of people (人民), nor 「多少部门」
    of 部, 「多少人员」 is still people (人员 is read as 人)."""
    q = to_simplified(question)
    # 「那几个便民服务中心…办了多少件」: 那/这 before 几 point at things, they ask no count;
    # 「由哪几个镇合并」: 哪几 asks which ones (their names), no count either
    m = next((m for m in _ASKED.finditer(q) if not _POINTING.search(q[: m.start()])), None)
    if not m and asks_score(q):
        return SCORE  # 「考核得了多少分」: a score (``retrieval.scores``), 满分100分 is none
    if not m:
        return _time_unit(q)
    if m.group("pct"):
        return "%"
    if m.group("money"):
        return "元"
    if m.group("rank"):
        return "第"
    if m.group("span"):
        return YEARS
    word = m.group("m")
    at = m.start("m")
    if word == _GENERAL:  # 「几个人」 asks for people (「几个人民调解委员会」 does not)
        nxt = q[m.end() : m.end() + 1]
        if nxt == "人" and not _starts_word(q, m.end(), "人", words, "人民"):
            return "人"
        if _LONE_NOUN.match(q, m.end()):
            return _GENERAL
        if _YEAR_AFTER.match(q, m.end()):  # 「干了几个年头」: a span of years
            return YEARS
        unit = next((u for u in TIME_UNITS if q.startswith(u, m.end())), "")
        if unit:  # 「多少个学时」「几个小时」: 个 before a unit asks for the unit
            return unit  # 「多少个村」 counts villages: 15个村, never 进村12次 (occasions)
        return ""
    if _starts_word(q, at, word, words) and not q.startswith(_MATTERS, at):
        return "人" if _PEOPLE.match(q, at) else ""
    return word


_ASKS = re.compile(r"多少|几")
_YEAR_AFTER = re.compile(_YEAR_WORD)


def _time_unit(q: str) -> str:
    """「每年培训有没有硬性学时要求？多少」: a how-many question whose question word stands
    apart from the unit it names (学时, 课时, 小时: words that only ever measure) asks for
    that unit; '' when it names none or asks nothing."""
    if not _ASKS.search(q):
        return ""
    return next((u for u in TIME_UNITS if u in q), "")


_POINTING = re.compile(r"[那这哪]$")
# 「办了多少件事」: 件事 is one word to a segmenter, yet 件 counts the matters
_MATTERS = "件事"


# a one-character noun standing alone after 个 (村, 站, 点): the thing counted, so the count is
# of things (个 and its classes), not of occasions or people
_LONE_NOUN = re.compile(r"\s*[\u4e00-\u9fff](?![\u4e00-\u9fff])")
# a measure character starting a word that still counts people: 多少人员, 多少人口 does not
_PEOPLE = re.compile(r"人(?:员|数)")


def _starts_word(text: str, at: int, measure: str, words, fallback: str = "") -> bool:
    """Does a word longer than ``measure`` start at ``at`` (人民, 部门, 场所, 处罚)? Without
    a segmenter only ``fallback`` is recognised."""
    if words is None:
        return bool(fallback) and text.startswith(fallback, at)
    pos = 0
    for w in words(text):
        found = text.find(w, pos)
        if found < 0:
            continue
        if found == at:
            return len(w) > len(measure) and w not in _DOUBLE
        if found > at:
            return False
        pos = found + len(w)
    return False


def is_measure_word(term: str) -> bool:
    """A measure word on its own (平方米, 人次, 台): what a count is counted in, never a
    thing asked about (「拆了多少平方米违章建筑」 asks about 违章建筑)."""
    return term in _DOUBLE or (len(term) == 1 and term in _SINGLE)


def one_class(measures: Iterable[str]) -> bool:
    """Do these measure words count the same kind of thing (件 and 起, 个 and 处)? Numbers
    ranked against one another must (3000份 and 12场 have no order). A number without its
    measure word (「''」) ranks with any."""
    words = {m for m in measures if m}
    return len(words) <= 1 or any(words <= set(kind) for kind in _KINDS)


def _accepted(measure: str) -> tuple[str, ...]:
    out = [measure]
    for kind in _KINDS:
        if measure in kind:
            out.extend(kind)
    if measure in _BY_GENERAL:
        out.append(_GENERAL)
    if measure == _GENERAL:  # things, items and cases
        out.extend(_BY_GENERAL)
    out.extend(_SPOKEN.get(measure, ()))  # 多少个钟头 ~ 60学时
    out.extend(also_counted(measure))  # 多少份文件 ~ 162件 (``retrieval.counters``)
    # longest first, so 人次 is read before 人
    return tuple(sorted(dict.fromkeys(out), key=len, reverse=True))


# a count a how-many answer gives, its approximation before or after the scale (「2余万人」
# 「2万余人次」: reports write both); a lone 一 is left out, as prose uses it for "together",
# "at once", "on the one hand" (一起开展, 一次性, 一方面, 千家万户 likewise) far more often
# than an annual report counts one of something. A session of a congress or a party committee
# is named by its term and its ordinal in Chinese numerals without 第 (「区一届人大二次会议」
# 「市政协三次会议」「区委十届五次全会」「区七届四次党代会」): 二次 there is which session,
# never how many meetings were held, so a numeral right after the body (人大, 政协, 全委, 届)
# and before 次会议/次全会/次党代会 is no count (review68: 「开了几次会」 answered 二次 from it)
_NUM = (
    rf"(?:{DIGITS}"
    r"|(?<![一二两三四五六七八九十百千万])(?!一(?![一二两三四五六七八九十百千万])|千家|万户"
    r"|(?<=[大协委届])[一二两三四五六七八九十]+次(?:全体会议|会议|全会|党代会|代表大会))"
    r"[一二两三四五六七八九十百千万]+)\s*(?:余|多)?\s*(?:万|亿)?\s*(?:余|多)?\s*"
)


# a span of years is a small number before 年 (连续15年, 十五年, 3个年头); a four-digit number
# before 年 is a date (2024年), and 一年 (一年来, 一年一度) is a phrase far more than a span
YEARS = "年"
_SPAN = re.compile(
    r"(?<![\d０-９.一二两三四五六七八九十百千])"
    r"(?:[0-9０-９]{1,2}|(?!一年)[一二两三四五六七八九十]+)\s*(?:余|多)?\s*个?\s*年(?![度代级])"
)


def how_many() -> re.Pattern:
    """Any count a how-many answer may give (``QUANTITY`` without the idioms of 一)."""
    return re.compile(rf"{_NUM}(?:[%％]|{'|'.join(_DOUBLE)}|[{_SINGLE}]|余)")


# people counted by the post they hold: reports count holders of a post in 个 as often as in 名
# (「11个县(区)委书记…逐一述法」), so 个 before a post or person noun answers 「多少人」; a body
# named from one (委员会, 领导小组, 律师事务所) is no person, nor a noun a clause away
# (「27个部门建立了领导干部…」 counts departments)
_POST = (
    r"个(?:(?![了的在对把将向为与和及等并])[\u4e00-\u9fff（）()、]){0,8}?"
    r"(?:书记|负责人|负责同志|干部|委员(?!会)|主任|[局处科镇县区市乡]长|律师(?!事务所|团)"
    r"|人员|党员|代表|同志|领导(?!小组|班子))"
)
_PEOPLE_CLASS = ("人", "名", "位")


def counts_with(measure: str) -> re.Pattern:
    """A number carrying ``measure`` or a measure word that answers for it (``第``: a
    rank)."""
    if measure == "第":
        return _ORDINAL
    if measure == SCORE:
        return SCORES  # type: ignore[return-value]  # reads as a pattern
    if measure == YEARS:
        return _SPAN
    words = "|".join(re.escape(w) for w in _accepted(measure))
    share = r"|百分之[0-9０-９一二三四五六七八九十百.]+" if measure == "%" else ""
    posts = rf"|{_NUM}{_POST}" if measure in _PEOPLE_CLASS else ""
    return re.compile(rf"{_NUM}(?:{words}){share}{posts}")


# money asked with no currency named (「成交了多少钱」「投了多少资金」): an amount in any currency
# answers it — a trade fair's deals and foreign investment are written in dollars
# (「总成交金额85.4亿美元」) — and the quote keeps its currency; 「多少万元」 names 元, and a
# dollar amount is no answer to it
_CURRENCIES = ("美元", "港元", "欧元", "日元")
_NAMES_CURRENCY = re.compile(r"元|美金|刀")


def money_counts(question: str) -> re.Pattern | None:
    """The amounts answering a money question that names no currency, in 元 or a foreign
    one; None when the question names a currency (its class only answers)."""
    if _NAMES_CURRENCY.search(to_simplified(question)):
        return None
    words = "|".join(re.escape(w) for w in (*_accepted("元"), *_CURRENCIES))
    return re.compile(rf"{_NUM}(?:{words})")


def counts_of(noun: str) -> re.Pattern:
    """A count of a one-character noun (「多少个村」): a number with a thing's measure word
    right before the noun (15个村, 12个行政村) or 个 after it in the same clause (村（社区）
    已覆盖21个) — never 进村12次, nor a count of something else in the sentence (发放资料
    2600余份, 村规民约15条)."""
    words = "|".join(re.escape(w) for w in _accepted(_GENERAL))
    n = re.escape(noun)
    return re.compile(
        rf"{_NUM}(?:{words})[\u4e00-\u9fff]{{0,3}}?{n}"
        rf"|{n}[\u4e00-\u9fff（）()]{{0,12}}?{_NUM}{_GENERAL}(?![\u4e00-\u9fff]{{0,2}}{n})"
    )
