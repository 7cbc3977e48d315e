"""「GDP增长目标定了多少」: a target asked is the plan's figure, never the year's actual.

A 政府工作报告 delivered early in year N reviews N-1 (「一、2016年工作回顾」: 「固定资产投资184亿
元」) and then sets N's figures in its plan part (「二、2017年主要工作」: 「今年经济社会发展的主要
目标为：……固定资产投资完成220亿元」); a 法治政府建设 report likewise closes with next year's
打算. The same indicator is written in both parts, so a question asking what was set — 目标, 计划,
预期, 打算, 定了/定的 with a figure asked — is answered by the plan's sentence only.

- **The asking frame** (「目标定的多少」「目标是多少」「预期目标分别为多少」) names what kind of
  figure is wanted and no topic: a report writes 「主要预期目标是：地区生产总值增长7%左右」 or a
  bare list item under the plan heading (「——本区生产总值增长10%」) and seldom 「目标定」. It is
  blanked like the other asking frames (``asking_frames``). A 目标 that opens a compound names a
  practice and stays (目标责任制, 目标考核, 目标管理).
- **The plan part** of a report: a sentence naming a year after the one the report covers (or,
  naming none, under a heading that does), or under a heading of plans (工作安排, 主要任务, 打算,
  下一步). A sentence or heading naming only the covered year or earlier is the review.
- **A plan's figure**: a plan sentence carrying the words a target is set in (预期, 目标, 力争,
  争取, 左右, 以上, 以内, 确保) and a figure; a report's plan sentences with them are preferred
  to its others (those with the words and no figure explain the targets, set none).
- **A year's target** (「今年GDP目标」「2024年增长目标」) is the annual plan's, not a goal the
  plan part sets 「到2027年」 for a five-year term; when both give figures the annual one
  answers, unless the question asks the term's (到20XX年, 要达到, 五年, 十四五, 规划, 年均),
  when the goal set 「到20XX年」 answers first.
- **A goal reached for**: 「到2020年GDP要达到多少」 asks the figure a plan sets for a year
  ahead (a 五年规划's 「到2020年，地区生产总值达3900亿元」), 要 making the reaching a will, not a
  deed done; 「要达到」「要实现」 with a figure asked is that frame, no topic (a report writes 达,
  达到 or 突破 as it likes).
- **Targets weighed by their verb**: 「今年GDP目标谁定得高」 puts the setting verb between the
  unit and the degree; it weighs set figures as 「哪个更高」 does (``more_of_two``).
- **A rate's target named**: 「2025年的增长目标是多少」「GDP增速目标哪个高」: the change of an
  indicator (增长, 增速, 增幅, 涨幅) with 目标 and its figure asked or weighed is the figure a
  plan sets; a review sentence measuring the year against it (「增长5.6%，高于年初增长目标」)
  is the figure reached, never the target, and so is a question measuring it (「有没有完成增长
  目标」「增长是否高于目标」): that asks the review's sentence, the plan's set figures dropped.
- **The reviewed year named**: 「去年…」 asks the year a work report reviews; 「预计全年实现地区生产
  总值2860亿元」 is that review's estimate, so neither makes a plan question (要/将 达到 does).
- **This year's targets set anywhere**: 「今年…目标」 is the plan wherever it stands only in the
  frame a target is set in (预期目标是, 力争, 左右, 以内, 控制在); 「今年以来完成年度目标…」 reports.
- **A capped figure's target**: 「失业率控制目标」 is the target of a rate held under a line
  (「城镇登记失业率控制在3.5%以内」, in a list 「城镇调查失业率5.5%左右」); 控制 names the kind of
  target, so 「控制目标」 is a target head like 目标, never a topic of its own.
- **A figure reached** is asked the other way round: 「2024年GDP增速多少」 with no 目标/计划/预期
  asks what the year came to, which the review writes (「地区生产总值增长5.6%」); the plan's set
  figure of the same indicator (「主要预期目标是：地区生产总值增长6%左右」) is no answer while the
  report's review holds a candidate, so a how-much question drops a report's plan sentences
  carrying a target's words then (an annual report plans the year after the one it reviews).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.analysis import Analysis
from retrieval.compounds import TARGET_HEADS
from retrieval.due_years import own_years
from retrieval.more_of_two import plain_ranking
from retrieval.plan_intent import cover_intent, holds_asked
from retrieval.question_scope import WORK, of_genre
from retrieval.result_asked import asks_result
from retrieval.told_done import tells_done

__all__ = [
    "PLAN_ASK",
    "asks_plan",
    "of_plan",
    "plan_part",
    "sentences_of_plan",
    "with_ranked",
    "without_target_word",
]

_FIGURE_ASK = r"(?:分别|各自?|都|大概|大约)?(?:是|为|有|定在|定为)?(?:多少|几|啥|什么水平)"
# 「目标定的多少」「目标定了多少」「增长目标是多少」「预期目标分别为多少」「计划是多少」
PLAN_ASK = (
    r"(?:预期|计划|年度|控制)?(?:目标|指标|计划)(?!责任|考核|管理|任务书|绩效)"
    r"(?:值)?(?:定|订|设|确定)?(?:了|的|得)?(?=" + _FIGURE_ASK + ")"
    # 「到2020年GDP要达到多少」: a goal for a year ahead
    # (要/将 a will; 「预计达到」 is a review's estimate of the year closing, 「预计全年实现…」)
    r"|(?:要|将)(?:达到|达|实现|突破)(?=" + _FIGURE_ASK + ")"
    # 「赤字率定的多少」「增速定了多少」: 定 right after the measure sets its figure, the frame
    # of a target asked with no 目标 said (制定, 规定, 确定… close another verb)
    r"|(?<=[\u4e00-\u9fff])(?<![制规认审核确评鉴决稳指约拟界判肯否签修裁])定(?:了|的|得)"
    r"(?=" + _FIGURE_ASK + ")"
)
_ASK = re.compile(PLAN_ASK)
# 「两份报告定的GDP增长目标」「计划投资多少」: a set figure named before the thing it is of; a 定
# closing another verb (制定, 规定, 认定, 确定…) is that verb's and sets no figure
_SET = re.compile(
    r"(?<![制规认审核确评鉴决稳指约拟界判肯否签修裁])定(?:了|的|下)|预期|打算|计划(?!生育)"
)
# 「增长目标」「增速预期目标」: a rate's set figure named by itself
_RATE_TARGET = re.compile(r"(?:增长|增速|增幅|涨幅)(?:预期)?目标(?!责任|考核|管理|任务|绩效)")
_NUMBER_ASK = re.compile(r"多少|几(?:成|个百分点)?|百分之几")
# 「增长目标是什么」「增长目标定在」: a rate target's figure asked without 多少
# 「换成2025年的增长目标呢」: a turn closing on the target with 呢 asks it as the last turn asked
# its measure (a how-much, a gap), the ask carried over rather than said
_RATE_ASK = re.compile(
    _FIGURE_ASK + r"|是什么|是啥|定在|定为|定了|定的|设定|定得|多高|^\s*(?:的)?呢[？?。！!\s]*$"
)
# nothing after the target but 分别/各/是 and the question's end
_CLOSED = re.compile(r"\s*(?:分别|各自?)?(?:是)?[？?。！!\s]*$")
# 「有没有完成增长目标」「高于年初增长目标」: the year measured against its target is the review
_MEASURED = re.compile(r"完成|超过|高于|低于|实现")
# the year a work report reviews, named by the question: its figures are reached, not set
_REVIEWED = re.compile(r"去年|上年|上一年")
_PLANNED = re.compile(r"今年|明年|下一年|下一步")
# 「GDP目标和国务院定的比，哪个高」「两区定的增速目标比较一下」: targets set side by side are
# their figures weighed, the comparison standing for 多少
_WEIGH = re.compile(
    r"哪个(?:更)?[高低大小多少快慢]|谁(?:更)?[高低大小多快慢]|更[高低大小多少快慢]|比较|对比|相比|比一比|比一下"
)
# a 目标/指标 not opening a practice's name (目标责任制, 目标考核, 目标管理)
_TARGET_NOUN = re.compile(r"(?:目标|指标)(?!责任|考核|管理|任务|绩效)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!度?以来|度?以前|度?之前)")
_PLAN_HEAD = re.compile(r"安排|打算|计划|任务|主要工作|下一步|目标|思路|展望|努力方向")
_REVIEW_HEAD = re.compile(r"回顾|成效|成绩|情况|过去|取得")
# 「以优异成绩迎接党的二十大胜利召开」「以新的成绩庆祝建党100周年」: the achievements a plan
# heading vows to greet an event with are still to come; that slogan names no review
_VOW = re.compile(r"以[^，,、；;]{0,6}成绩(?:迎接|庆祝|献礼|向)")


def names_review(top: str) -> bool:
    """Does a top heading name the report's review (回顾, 成效, 情况…), a vow of achievements
    to come aside?"""
    return bool(_REVIEW_HEAD.search(_VOW.sub("", top)))


_FIGURE = re.compile(r"\d")
# a goal set for a year ahead (「到2027年」「2025年前」), and a question asking this year's
_BY_YEAR = re.compile(r"到\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:前|之前|以前)")
_THIS_YEAR_SET = re.compile(r"今年(?!以来|上半年|前|初以来)[^，,。；;]{0,12}(?:目标|指标)")
# the frame a target is set in (「主要预期目标是」「力争」「6%左右」「3%以内」「控制在」), and the
# deed that reports one met (「今年以来完成了年度目标」「超额完成」)
_SETTING = re.compile(r"(?:预期|主要)?(?:目标|指标)(?:是|为)|预期目标|力争|左右|以内|控制在")
_MET = re.compile(r"完成|实现了|超额")
# a goal for a term asked: 「到2020年…要达到」「五年目标」「十四五…目标」「年均增长目标」; the
# analyzer strips the years asked, so a level to reach (要达到, 要实现) tells it as well: a year's
# target is set as a rate of growth, a term's as a level reached by its end
_TERM_ASK = re.compile(
    r"(?:要|将)(?:达到|达|实现|突破)|到\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:前|之前|以前)|五年|十[一二三四五六七]五|规划|年均|远景"
)
_NEXT = re.compile(r"明年|下一步|下一年")
_TARGET_WORDS = re.compile(r"预期|目标|力争|争取|左右|以上|以内|确保|不低于|控制在")


def asks_plan(question: str) -> bool:
    """The question asks a figure that was set (a target), not one reached: a target asked
    by its figure (多少), or set targets weighed (比较, 哪个高) — comparing two places' 目标
    compares what each report set, not what either reached."""
    q = to_simplified(question)
    if _REVIEWED.search(q) and not _PLANNED.search(q):
        return False  # 「去年…预计达到多少」「去年完成增长目标没有」: the review's
    weighed = _WEIGH.search(q) or plain_ranking(q)  # 「谁定得高」 as 「哪个更高」
    if _ASK.search(q) or _rate_target(q, bool(weighed)):
        return True
    if _SET.search(q) and _NUMBER_ASK.search(q):
        return True
    return bool((_SET.search(q) or _TARGET_NOUN.search(q)) and weighed)


def _measures_target(q: str) -> bool:
    """「有没有完成增长目标」「增长高于目标没有」: the year measured against its target, which
    the review says (「增长6.3%，高于年初增长目标」), never the plan setting the next one."""
    m = _TARGET_NOUN.search(q)
    return bool(m and _MEASURED.search(q[: m.start()]))


def _rate_target(q: str, weighed: bool) -> bool:
    """「增长目标是多少」「两区增速目标哪个高」: a rate's target named with its figure asked or
    weighed; measured against (「有没有完成增长目标」「增长高于目标」) it is the year reached."""
    m = _RATE_TARGET.search(q)
    if not m or _MEASURED.search(q[: m.start()]):
        return False
    ask = _RATE_ASK.search(q[m.end() :])
    # 「深圳21年和福田17年定的GDP增速目标」: a question closing on a rate target it says was set
    # names that set figure as what it asks, as 「增速目标是多少」 does
    closing = _SET.search(q[: m.start()]) and _CLOSED.match(q[m.end() :])
    return weighed or bool(ask or closing or _NUMBER_ASK.search(q))


def plan_part(text: str, heading: str, info: ReportInfo) -> bool | None:
    """True for a sentence of the report's plan part, False for one of its review, None when
    neither the sentence nor its heading tells. The top heading's words decide first (a 法治
    report's 「一、2021年主要工作情况」 reviews, 「二、2014年工作任务」 plans whatever year the
    library dates the report by), then the years named, then 今年 in a work report (delivered
    the year it plans) or 明年/下一步 in any."""
    said, path = to_simplified(text), to_simplified(heading)
    top = path.split(" > ")[0]
    if of_genre(info, WORK) and _sets_this_year(said):
        # a work report is delivered in the year it plans: 「今年工作的主要目标是：…」 sets that
        # year's figures wherever it stands, even under a review heading a page's layout
        # left in place of the plan's (a heading written as a bare line)
        return True
    if _nested_plan_head(path, info):
        return True
    if names_review(top):
        return False
    if _PLAN_HEAD.search(top):
        return True
    for years in (own_years(said), {int(y) for y in _YEAR.findall(path)}):
        if years:  # a deadline in a sentence reporting a deed done is no year of it
            return max(years) > info.year
    if _NEXT.search(said) or (of_genre(info, WORK) and "今年" in said):
        return True
    return None


def _nested_plan_head(path: str, info: ReportInfo) -> bool:
    """A plan heading written as a bare line (「2015年工作安排」, no 二、 before it) is nested by
    the page's layout under the review's last numbered heading (「六、政府自身建设取得实效」);
    a heading below the top naming only years after the covered one and a word of planning
    still opens the plan part, whatever the review heading above it says."""
    for part in path.split(" > ")[1:]:
        years = {int(y) for y in _YEAR.findall(part)}
        later = bool(years) and bool(info.year) and min(years) > info.year
        if later and _PLAN_HEAD.search(part) and not _REVIEW_HEAD.search(part):
            return True
    return False


def _sets_this_year(said: str) -> bool:
    """Does a sentence set this year's targets in a target's frame (「今年主要预期目标是」「力争」
    「左右」「以内」「控制在」)? One saying a target met (「今年以来完成年度目标的65%」「超额
    完成」) reports, whatever it names."""
    setting = _THIS_YEAR_SET.search(said) and _SETTING.search(said)
    if not setting:
        return False
    # a plan opens its frame and then lists what is to be completed (「主要目标为：……固定资产投资
    # 完成220亿元」); a report of a target met says the deed first or as done (超额, 实现了)
    met = [m for m in _MET.finditer(said) if m.group() != "完成" or m.start() < setting.start()]
    return not met


def _kept(
    items: list,
    part: Callable[[object], bool | None],
    text: Callable[[object], str],
    annual: bool = False,
):
    """One report's items of the plan: its plan sentences carrying a target's words, else its
    plan sentences, else those not of the review (which may be none: the actual is no target)."""
    plan = [c for c in items if part(c) is True]
    targets = [c for c in plan if _TARGET_WORDS.search(to_simplified(text(c)))]
    # a target is set as a figure: the plan's words about its targets without one explain
    # them (「这些目标综合考虑了…」「既考虑了…又考虑了…」) and set nothing
    figures = [c for c in targets if _FIGURE.search(to_simplified(text(c)))]
    # 「今年…目标」: the year's target, not a goal set 「到2027年」; a term's goal asked, the other way
    figures = [
        c for c in figures if bool(_BY_YEAR.search(to_simplified(text(c)))) != annual
    ] or figures
    return figures or targets or plan or [c for c in items if part(c) is None]


def _reached(
    items: list,
    part: Callable[[object], bool | None],
    text: Callable[[object], str],
    result: bool = False,
):
    """One report's items without its plan's set figures when its review holds one; with
    ``result`` (a year's result asked: ``retrieval.result_asked``) without any of its plan's
    items, whatever the review holds — 「今年赤字率拟按3%安排」 is no year's result."""
    if result:  # a plan part's recap telling it done (已全面完成…) is the review's
        return [c for c in items if part(c) is not True or tells_done(text(c), None)]
    if not any(part(c) is False for c in items):
        return items
    return [
        c for c in items if not (part(c) is True and _TARGET_WORDS.search(to_simplified(text(c))))
    ]


def _pick(question: str) -> Callable | None:
    """The per-report filter a question calls for: the plan's figures for a target asked,
    the figures reached for any other how-much question, none otherwise."""
    q = to_simplified(question)
    if asks_plan(question):
        return partial(_kept, annual=not _TERM_ASK.search(q))
    if asks_result(q):
        return partial(_reached, result=True)
    if _NUMBER_ASK.search(q) or _measures_target(q):
        return _reached
    return None


def with_ranked(judged: Sequence, ranked: Sequence, analysis) -> list:
    """A named unit's judged hits (chunks) and then its ranked ones, a ranked hit dropped
    where the judged hits of its report show the part asked and it lies in the other (a
    plan's set figure for a figure reached, a review's for a target); ``analysis`` is the
    question's (``retrieval.query.Analysis``)."""
    pick = _pick(analysis.question)
    if pick is None:
        return [*judged, *ranked]

    def part(h) -> bool | None:
        return plan_part(h.chunk.text, h.chunk.section, h.chunk.info)

    def text(h) -> str:
        return h.chunk.text

    out = list(judged)
    for h in ranked:
        mine = [j for j in judged if j.chunk.info.report_id == h.chunk.info.report_id]
        if not mine or any(k is h for k in pick([*mine, h], part, text)):
            out.append(h)
    return out


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


def _led(chunk: Chunk, start: int, said: str) -> str:
    """A quoted piece with the lead of its sentence's list: a plan writes its targets as one
    lead and a list (「今年主要预期目标是：……年接待游客2000万人次、实现旅游收入150亿元」), and a
    piece cut from the list is set in the lead's frame though it says no 目标 itself."""
    before = chunk.text[: max(start - chunk.start, 0)]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    seg = before[cut:]
    colon = max(seg.rfind("："), seg.rfind(":"))
    return seg[: colon + 1] + said if colon >= 0 else said


def of_plan(candidates: list, question: str) -> list:
    """The fact candidates ``(score, rank, chunk, span)`` of each report's plan when the
    question asks a target, without the plan's set figures when it asks another how-much
    (all of them otherwise)."""
    if not candidates or (pick := _pick(question)) is None:
        return candidates
    by_report: dict[str, list] = {}
    for c in candidates:
        by_report.setdefault(c[2].info.report_id, []).append(c)
    keep = set()
    for items in by_report.values():

        def said(c) -> str:  # the piece in its list's frame (``_led``)
            return _led(c[2], c[3].start, c[3].text)

        kept = pick(items, lambda c: plan_part(said(c), c[2].section, c[2].info), said)
        keep.update(id(c) for c in kept)
        keep.update(id(c) for c in _intended(pick, question, items[0][2].info, items, said))
    return [c for c in candidates if id(c) in keep]


def sentences_of_plan(
    by_report: dict[str, list], question: str, chunks: Sequence[Chunk], text: Callable[[int], str]
) -> dict[str, list]:
    """A fan-out's judged sentences (row, start, end) by report, each report's plan only when
    the question asks a target; ``text`` gives a row's chunk text."""
    if (pick := _pick(question)) is None:
        return by_report

    def said(s) -> str:
        return text(s.row)[s.start : s.end]

    def part(s) -> bool | None:
        return plan_part(said(s), chunks[s.row].section, chunks[s.row].info)

    out = {}
    for rid, sents in by_report.items():
        keep = {id(s) for s in pick(sents, part, said)}
        if sents:
            keep.update(
                id(s) for s in _intended(pick, question, chunks[sents[0].row].info, sents, said)
            )
        out[rid] = [s for s in sents if id(s) in keep]
    return out


def _intended(
    pick: Callable, question: str, info: ReportInfo, items: list, text: Callable[[object], str]
) -> list:
    """A how-much asked of what a work report intends for its cover year (``plan_intent``:
    「2020年要办多少项」): the items whose set figure is the one asked — those holding the thing
    asked in its measure (``holds_asked``) — never dropped as a set target. Only those: the
    plan's other set figures are dropped as for any how-much, so none outranks the one asked."""
    if pick is not _reached or not cover_intent(question, info):
        return []
    return [c for c in items if holds_asked(question, text(c))]


def without_target_word(analysis: Analysis) -> Analysis:
    """「GDP增速目标比较一下」 without 目标 as a topic when a target is asked and an indicator
    is named: 目标 says which figure (the set one, found by ``plan_part``), and a plan writes
    its figures as 「主要预期指标是：地区生产总值增长6.5%～7%」 or a bare list under its heading,
    while 目标 as a word favours the prose about targets (「这些目标综合考虑了……」「完成各项目标
    任务」). Kept when it is all the question names."""
    if not asks_plan(analysis.question):
        return analysis
    said = {c.term for c in analysis.concepts if c.term in TARGET_HEADS}
    kept = tuple(c for c in analysis.concepts if c.term not in said)
    if not said or not kept:
        return analysis
    terms = tuple(t for t in analysis.search_terms if t not in said)
    return replace(analysis, concepts=kept, search_terms=terms)
