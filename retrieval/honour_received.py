"""「X县已经拿到全国法治政府建设示范市称号了吗」: an honour asked as received, not as sought.

Reports name an honour two ways: as received (「被命名为第二批全国法治政府建设示范市」「荣获…称号」
「成功创建…」「创成…」「入选…」) and, far more often, as the goal of a campaign (「以市、县联创
“全国法治政府建设示范市”为抓手」「争创…」「力争创成…」「迎接…评估验收」). A user who asks with a
verb of receiving (拿到, 获得, 评上, 被评为) and no verb of striving asks whether the unit holds the
honour: a sentence that only strives for it answers nothing, however well it spells the name
(``retrieval.honours`` reads the name; this reads the verb). A clause telling it received with a
word of intent (力争获评, 争取创成, 目标是获得) is still a goal. A question offering striving too
(「在争创或者已经拿到」) is left to the name (``retrieval.honours``).

The clause telling receipt must be the one naming the honour asked where a clause of the
passage names it: 「被评为市级平安乡镇，并以争创省级…示范镇为目标」 received another honour. A
candidacy (入选…创建候选名单) is still a goal; and in a plan
part (「三、2024年工作打算」) a sentence tells receipt only with a mark of the past (已, 曾, the
covered year or before): 「全力以赴获评…称号」 there is the next year's aim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified
from reportqa.types import Hit
from retrieval.honours import RECEIVE, honours_in, spellings
from retrieval.report_parts import plan_heading
from retrieval.told_done import YEAR

__all__ = ["asked_honours", "asks_received", "passage_received", "tells_received", "without_holder"]

_STRIVE = re.compile(r"争创|创建|申报|申创|争取|冲刺|迎接|迎检|联创|力争|在创")
# a clause that tells the honour received: a verb of receiving, or a campaign brought to its end
# (成功创建, 创建成功, 通过…验收, 授牌)
_RECEIVED = re.compile(
    r"被评为|被授予|被命名为|被确定为|被列为|被表彰为|获评|荣获|获得|获颁|获批|荣膺|摘得|入选|"
    r"评为|命名为|授予|创成|成功创建|创建成功|成功创成|通过[^，。；]{0,12}验收|授牌|建成"
    # the conferrer's word order, the unit between: 「命名我市为“全省…示范市”」「授予该镇…称号」
    r"|(?:命名|评定|确定|表彰)[^，,。；;为]{1,8}为|授予[^，,。；;]{1,12}(?:称号|荣誉)"
    # a review's count of units made so (「创建省级民主法治村（社区）4个」): so many created; the
    # same words of intent (力争创建…2个) or in a plan part stay a goal (``tells_received``)
    r"|创建[^，,。；;]{2,30}?\d+个"
    # and its count of those newly made so (「新增省级民主法治示范村3个」「新命名…4个」)
    r"|新(?:增|命名|创建|评定)[^，,。；;]{2,30}?\d+个"
)
# a review's stock of them (「全县现有全国民主法治示范村1个」「共有…示范村2个」): held now — told
# only of the honour its clause names (「已有县级示范村3个」 holds no 省级 one)
_HELD = re.compile(r"(?:现有|共有|拥有|已有|累计有)[^，,。；;]{2,30}?\d+个")
# a goal's row told done right after it (「争创市级民主法治示范村1个　已完成，北沟村获评」: a
# target/result table's row, or 「争创…的目标已实现」): the outcome, not the aim, is what it tells
_DONE_AFTER = re.compile(r"^[\s　]*(?:已完成|已实现|已达成|全部完成|均已完成)")
# a word of intent, or a candidacy (入选…创建候选名单): still a goal. 创建 itself is no mark —
# an honour's name may hold it (「成功入选重庆市第二批法治示范创建街镇」)
_INTENT = re.compile(
    r"力争|争取|确保|目标|计划|拟|将|努力|冲刺|争创|申报|迎接|候选|推荐|提名|培育|对象|创建单位"
)
_CLAUSES = re.compile(r"[^，,；;。！？!?\n]+")
_SENTENCES = re.compile(r"[^。；;！？!?\n]+")
_PAST = re.compile(r"已|曾")


# 「哪些地方有村评上了全国民主法治示范村」: the village before the verb is the honour's own holder,
# named again by the title's head (示范村); it is no thing a report writes beside the honour
# (「畲岭村被命名为…」 names the village). Only where the title after the verb ends in that kind.
_HOLDER = re.compile(
    r"(?<=有)(?:村子|村庄|行政村|村|社区|嘎查)(?=被?(?:评上|评为|获评|入选|拿到|获得|评了|命名为)"
    r"了?[^，,。？?！!；;]{0,20}?(?:村|社区|嘎查)(?:[（(][^）)]{1,4}[）)])?(?:称号|荣誉)?"
    r"(?:了|过|吗|呢|的|[，,。？?！!；;]|$))"
)


# 「哪些村被命名为…示范村」: 哪些 asks the holders, which the title's head names again
_WHICH_HOLDER = re.compile(
    r"(?<=哪些|哪几)(?:个)?(?:村子|村庄|行政村|村|社区)(?=被?(?:评上|评为|获评|命名为|授予)"
    r"[^，,。？?！!；;]{0,20}?(?:村|社区))"
)
# 「示范村（社区）」: one title for a village or a community; reports write 示范村 as often
_EITHER_HOLDER = re.compile(r"(?<=示范村)[（(](?:社区|居)[）)]")
# a verb of conferring said as the ministries' act (命名为, 授予): the honour is received either way
_CONFERRED = re.compile(r"被?(?:命名为|授予|认定为)")


def without_holder(question: str) -> str:
    """「有村评上了…示范村」 → 「有评上了…示范村」: the holder the title already names; its verb of
    conferring read as 评为, and the bracketed other holder dropped."""
    if not ("示范" in question or "法治村" in question or "法治社区" in question):
        return _HOLDER.sub("", question)
    q = _EITHER_HOLDER.sub("", _WHICH_HOLDER.sub("", _HOLDER.sub("", question)))
    return _CONFERRED.sub("被评为", q)


def asks_received(question: str) -> bool:
    """Does the question ask an honour it names as received (a verb of receiving before or
    after the name, or a verb of conferring before a title: 被评为…示范村了吗), with no verb
    of striving offered beside it?"""
    q = to_simplified(question)
    if _STRIVE.search(q):
        return False
    named = honours_in(q)
    return any(RECEIVE.search(q[s:e]) or RECEIVE.search(_rest(q, e)) for s, e, _ in named) or bool(
        _titles(q)
    )


# 「被评为全国民主法治示范村了吗」「哪些乡镇获评过省级…示范镇」: no frame noun (称号) to mark the
# honour, but the verb of conferring and a title's own head (示范, 先进, 模范, 文明, 平安 near its
# end) do — or the unit the rule-of-law title is given to, as people say it without 示范
# (「评上了民主法治村」「法治社区」: ``spellings`` adds the 示范 reports write)
_TITLED = re.compile(
    r"(?:被评为|被授予|被命名为|获评|荣获|评为|评上|命名为|创成|拿到|拿下|拿了|获得|得到)(?:了|过)?"
    r"(?P<name>[\u4e00-\u9fff]{2,24}?(?:示范|先进|模范|文明|平安)[\u4e00-\u9fff]{0,4}?"
    r"|[\u4e00-\u9fff]{0,22}?法治(?:村|社区|嘎查|乡镇|镇|街道))"
    # 「…示范村（社区）」: the title's other holder in brackets, as reports write it
    r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?"
    r"(?=了|过|没|吗|呢|的|称号|荣誉|[，,。？?！!；;]|$)"
)


# 「手上有省级民主法治示范村的都有哪些」: a title held, said with 有 before its level and closed by
# its holder's head, is one received — never a level's project or task (有市级示范项目), nor a
# thing named after its 的 (有省级…示范村的候选村)
_HELD_TITLE = re.compile(
    r"(?<!没)有(?P<name>(?:国家级?|全国|省级|全省|市级|全市|县级|全县)[\u4e00-\u9fff]{2,20}?"
    r"(?:示范|先进)(?:村|社区|嘎查|镇|乡|街道|县|区|市|单位|集体)(?:[（(][\u4e00-\u9fff]{1,4}[）)])?)"
    r"(?=或|、|吗|呢|[，,。？?！!；;]|$|的(?:乡镇|单位|地方|都|有|是|呢|吗|[，,。？?！!]|$))"
)


def _titles(q: str) -> list[str]:
    """The titles ``q`` names right after a verb of conferring, where no frame noun does."""
    if honours_in(q):
        return []
    return [m.group("name") for m in (*_TITLED.finditer(q), *_HELD_TITLE.finditer(q))]


def _rest(q: str, at: int) -> str:
    """The rest of the clause after ``at`` (「…的称号哪个县拿到了」: the verb said last)."""
    return re.split(r"[，,。！？?!；;]", q[at:])[0]


# a rule-of-law title said without its 示范 (民主法治村): reports write 民主法治示范村
_SAID_SHORT = re.compile(r"法治(村|社区|嘎查|乡镇|镇|街道)$")


def asked_honours(question: str) -> tuple[str, ...]:
    """The spellings of the honours ``question`` names (``retrieval.honours``)."""
    q = to_simplified(question)
    named = (a for *_, c in honours_in(q) for a in c.alternatives)
    full = [f for t in _titles(q) for f in dict.fromkeys((t, _SAID_SHORT.sub(r"法治示范\1", t)))]
    return (*named, *(a for t in full for a in spellings(t)))


def tells_received(
    text: str, names: Sequence[str] = (), plan: bool = False, year: int | None = None
) -> bool:
    """Does some clause of ``text`` tell an honour received, without a word of intent — the
    clause naming one of ``names`` where a clause names it? ``plan``: the passage stands in
    a plan part (covering ``year``), where the sentence must also mark the past."""
    said = to_simplified(text)
    clauses = [(s, c) for s in _SENTENCES.findall(said) for c in _CLAUSES.findall(s)]
    named = [(s, c) for s, c in clauses if any(n in c for n in names)]
    return any(
        ((_RECEIVED.search(c) and not _INTENT.search(c)) or _done_after(s, c))
        and (not plan or _past(s, year))
        for s, c in named or clauses
    ) or any(_HELD.search(c) and not _INTENT.search(c) and not plan for _, c in named)


def _done_after(sentence: str, clause: str) -> bool:
    """Is the goal ``clause`` told done in what follows it in ``sentence`` (a result cell
    「已完成，北沟村获评」 after the target 「争创…1个」)?"""
    rest = sentence[sentence.find(clause) + len(clause) :]
    tail = re.split(r"\s{2,}|　", clause.strip())[-1]  # the cell after the target in a row
    done = _DONE_AFTER.match(tail if tail != clause.strip() else "") or _DONE_AFTER.match(
        rest.lstrip("，, ")
    )
    return bool(done and _RECEIVED.search(rest))


def _past(sentence: str, year: int | None) -> bool:
    """Does a plan part's sentence tell the past (已, 曾, a year up to the covered one)?"""
    years = [int(y) for y in YEAR.findall(sentence)]
    return bool(_PAST.search(sentence)) or bool(year and years and max(years) <= year)


def passage_received(hit: Hit, names: Sequence[str]) -> bool:
    """Does the passage tell one of the honours ``names`` received (under a plan part's
    heading, only as a thing of the past)?"""
    plan = plan_heading(hit.chunk.section, hit.chunk.info)
    return tells_received(hit.chunk.text, names, plan, hit.chunk.info.year)
