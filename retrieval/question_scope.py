"""What a fact question says about *which report* to read, kept apart from what it asks.

Two general facts about Chinese questions over reports:

- A question names the report by its genre as a locator: 「X区2020年的政府工作报告里…」,
  「那份法治政府建设情况报告中…」, 「年度报告提到…」. The genre words (政府, 法治政府建设,
  工作, 年度, 报告) then say which report (unit + year + genre), never what is asked, so they
  leave the information need; the genre narrows the scope when a unit has reports of
  several genres for the same years. 「区政府报告里」 is the 政府工作报告 said short. A
  report's span said as its kind (「五年总结里」「任期工作报告中」) is such a locator too; a
  规划 is not: reports cite plans (「十四五规划」「养老服务五年规划」「八五普法规划」) as what
  they did, so 「五年规划里提到养老」 asks for the plan in the text, never a kind of report.
- A name appearing in a report (「X在哪个区的报告里出现过」「X出现在哪几份报告中」) is its being
  written there: 出现 is the locator's verb, as 提到 is, and leaves the need with it.
- Separable verbs (离合词) are split by the question's own grammar: 「值了多少天次的班」,
  「立了几宗案」, 「出过几次庭」. Reports write them whole (值班N天次, 立案N宗), so the
  question's halves are joined back (值班多少天次) before the need is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from reportqa.answer import Kind
from reportqa.types import ReportInfo
from retrieval.asker_words import SHOW_TAIL
from retrieval.level_words import without_levels
from retrieval.measures import is_measure_word
from retrieval.township_level import RECOUNT_END

# genre keys: what a report's title or file name says when it is of that genre
LEGAL = "法治"  # annual reports on 法治政府建设 / 依法行政
WORK = "政府工作"  # 政府工作报告 / 管委会工作报告 (a government's yearly work report)
ANY = ""  # 年度报告, 工作报告, 那份报告: a report, no genre named

_YEARS = r"(?:19|20)\d{2}\s*年度?"  # 「X区人民政府2021年的工作报告」
_LEGAL_NAME = r"法治政府建设|法治政府|法治建设|依法行政|法治"
_WORK_NAME = r"(?:人民)?政府|管委会|管理委员会"
# 「法治政府建设(工作/情况/年度)(的)报告」「政府工作报告」「年度报告」「工作总结」
_GENRE = re.compile(
    rf"(?:那份|这份|该份?|那个|这个)?"
    rf"(?:(?P<legal>{_LEGAL_NAME})(?:工作|情况|年度)*的?|(?P<work>{_WORK_NAME})(?:{_YEARS})?的?(?:工作)?"
    rf"|工作|年度)?"
    rf"(?:报告|总结)"
    # 「两份五年总结里」「任期工作报告中」: the span a report covers, a term (five-year)
    # report, names which document — never a word to find in it. 规划 is no such kind: a
    # plan is cited inside reports (「养老服务五年规划」), so 「五年规划里」 stays a need
    rf"|(?:五年|任期|本届)(?:工作)?(?:总结|报告)"
)
# a document reference is a locator: something is said *in* it (里/中/上, 提到, 说, 写),
# or it is pointed at (那份, 这份, 的); 「听取法治政府建设工作报告」 names a topic instead
_AFTER = re.compile(
    r"^(?:(?:里面|里头|里|中|上|内)(?:(?:都|也|还|曾)?出现[过了]?)?|提到|提及|说|写|显示|指出|称|讲)"
)
# 出现 of a text: 「华为在哪个区的报告里出现过」「X出现在哪几份报告里」 ask where a name is
# written, as 提到 does, so 出现 is the locator's verb (a report never writes 出现 beside a
# name it merely mentions); 出现 of an event (「出现了安全事故」) names no report and stays
_APPEARED = re.compile(r"出现[过了]?在(?=[^，,。？?]{0,6}$)")
# 「高交会在哪几份里面出现了」: 份 is the measure word of documents, so 「哪几份里」 is 「哪几份
# 报告里」 said short, and 出现 closing the question is the locator's verb as after 报告里 (「哪几
# 份里出现了安全事故」 asks an event: 出现 before its object stays)
_COPIES_APPEARED = re.compile(
    r"(?<=[哪几每各两二三四五六七八九十]份)(?:报告)?(?:里面|里头|里边|里|中|当中|之中)"
    r"(?:都|也|还|曾)?(出现[过了]?)(?=(?:吗|呢)?[？?。！!\s]*$)"
)
_BEFORE = re.compile(r"(?:的|那份|这份|该份?|在)$")
# before the report, a quantifier, a count (「两份五年总结里」) or a level (「全部报告里」
# 「县级报告中」) says which reports:
# scope, never a word the report's sentence must say
_EVERY = re.compile(
    r"(?:所有|全部|全体|每一?份|各份?|[两二三四五六七八九十几]份|"
    r"(?:(?<![\u4e00-\u9fff])|(?<=[的是在里中些个各有那这和与或及看说查找问列把们到按从对]))"
    r"(?:乡镇|街道|区县|县区|县|区|市|省)一?级)的?$"
)
# 「那份没写年份的法治政府建设工作报告」「不带日期的那份报告」: a report told apart by the year or
# date it lacks — which report, the way a year names one, never a word its sentences write
UNDATED = (  # a verb of writing, or bare 没有 of a year or date (「没有年度的总结」 lacks one)
    r"(?:(?:没有|没|未|不)(?:写|标|注|署|带|载)明?(?:年份|年度|日期|时间|年)|(?:没有|不带)(?:年份|日期))的"
)
_UNDATED = re.compile(rf"(?:那份|这份|该份)?{UNDATED}$")
# 「没写年份的报告有哪几份」「哪些报告是没标日期的」: the missing year is what the reports are
# picked by, the question itself — kept, or every report would be listed as fitting
_PICKS_REPORTS = re.compile(r"哪些|哪几|几份|多少份|有哪")
_HOW_MANY = re.compile(r"多少|几|第几|百分之")


def without_undated(question: str) -> str:
    """``question`` less the year or date its report is told apart by lacking (``UNDATED``):
    「那份没写年份的报告是谁发的」 asks the issuer, no year."""
    if _PICKS_REPORTS.search(question):
        return question
    return re.sub(
        rf"(?:那份|这份|该份)?{UNDATED}(?=[^，,。？?]{{0,16}}(?:报告|材料|总结))", "", question
    )


_SHARE_ASKED = re.compile(r"百分之(?:几|多少)|几成")  # asks for a share: no topic word
_LEGAL_TITLE = re.compile(r"法治政府|法治建设|依法行政|法治[^，。]{0,6}报告")


def document_reference(question: str) -> tuple[str, str | None]:
    """The question without its reference to a report (nor 「百分之几」, which asks for a
    share), and the genre it names (``LEGAL``, ``WORK``, ``ANY`` for a report of no named
    genre, None when it names no report)."""
    genre: str | None = None
    out = question
    for m in reversed(list(_GENRE.finditer(question))):
        after, before = question[m.end() :], question[: m.start()]
        pointed = m.group(0).startswith(("那", "这", "该"))
        if not (_AFTER.match(after) or _BEFORE.search(before) or pointed):
            continue
        found = LEGAL if m.group("legal") else WORK if m.group("work") else ANY
        genre = found if genre in (None, ANY) else genre
        tail = _AFTER.match(after)
        end = m.end() + (tail.end() if tail else 0)
        start = m.start() - (1 if before.endswith("的") else 0)
        # 「全部报告里」「县级的报告中」「没写年份的报告」: which reports, scope as well
        undated = None if _PICKS_REPORTS.search(question) else _UNDATED.search(before)
        every = _EVERY.search(before) or undated
        start = every.start() if every else start
        out = out[:start] + " " + out[end:]
        if appeared := _APPEARED.search(before):  # 「X出现在哪几份报告里」
            out = out[: appeared.start()] + " " + out[appeared.end() :]
    if copies := _COPIES_APPEARED.search(out):  # 「哪几份里面出现了」 (``_COPIES_APPEARED``)
        out = out[: copies.start(1)] + " " + out[copies.end(1) :]
    return _SHARE_ASKED.sub(" ", out), genre


# 「这几个乡镇里头」「在座的这些单位中」「这里面」「这些报告当中」: the units in scope, and the
# position word after them says among them, never what is asked
_AMONG = re.compile(
    r"(?:在座的?)?(?:在)?(?:这|那|上述|以上|所有|全部)(?:些|几|几个|几家|几份|个|批)?"
    r"(?:乡镇|单位|地方|街道|报告|区县|乡|镇|材料|文件)?"
    r"(?:里头|里面|里边|当中|中间|之中|其中|(?<![这那]个)(?:中|里|内))"
)
# 「龙岗、南山、宝安这三个区的GDP」「上述两个镇」: a pointer, a count and a level noun point back
# at the units the question just listed — scope, never a topic. The level noun ends there, as
# after any count of the units just listed (``RECOUNT_END``): 「这两个市场」「这三个县城」 count
# markets and towns, their noun begun by a level's character. The pointer may go bare
# (「这两个全年各搞了多少场」「这几个都是哪年的」): with no noun after it, it is still the units
# pointed at, never a topic 两个 to be found in a sentence (review q79w78)
_COUNTED = re.compile(
    r"(?:这|那|上述|以上|前述)(?:[两二三四五六七八九十几]+)(?:个|家|份)"
    r"(?:乡镇|街道|区县|新区|单位|地方|乡|镇|区|县|市)?" + RECOUNT_END
)
# 「巩义、顺德、安溪三地行政诉讼败诉率」: 两地/三地 right after a list of units counts them,
# the pointer left out — scope, as 「这三个区」; a place's 地 begins no topic there
_PLACES_COUNTED = re.compile(
    r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]地(?![区方域块])(?=的?[\u4e00-\u9fff])"
)


def _places_counted(question: str) -> str:
    m = _PLACES_COUNTED.search(question)
    if m is None or not re.search(r"[、和与及跟]", question[: m.start()]):
        return question
    return question[: m.start()] + " " + question[m.end() :]


# ↑ 「那个中山门街道」「这个里仁镇」: 这个/那个 point at one thing, and a bare 中/里/内 right after
# them begins its name; "among them" needs a plural (这些中, 那几个里) or a noun (这个乡镇里)
# a level word's alias in brackets names the same level: 「街道（街道办）」「县区（县市区）」
LEVEL_ALIAS = re.compile(
    r"(?<=街道)[（(](?:街道办事处|街道办|办事处)[）)]"
    r"|(?<=[县区市])[（(](?:(?:[县区市][、/]?){2,3}|[县区市]一?级)[）)]"
)
# 「街道办了法治讲座」: after a level word, 办 with an aspect or result is the verb 「hold」,
# never 街道办 the office
_LEVEL_THEN_VERB = re.compile(r"(?<=街道|乡镇)(?=办[了过起成好完])")
# 「…比比看」「…，对比一下」「看看」: a tail asking to compare or show frames the question
# (its words: ``retrieval.asker_words``, the one list of the asker's closing requests)
_TAIL = SHOW_TAIL


# 「手上有执法证的」「手里持有证件的」: a hand before 有/持/拿 says the holder has it, as 持有
# does; the hand is never the thing asked
_HELD = re.compile(r"(?:手上|手里|手中|手头)(?=(?:都|还|已经|已|一共|共)?(?:有|持|拿|握))")


def unframed(question: str) -> str:
    """The question without what frames it (``LEVEL_ALIAS``, ``_TAIL``, ``_HELD``), and
    「街道办了」 read as the level and the verb."""
    question = _HELD.sub("", _TAIL.sub("", LEVEL_ALIAS.sub("", question)))
    return _LEVEL_THEN_VERB.sub(" ", question)


def among(question: str) -> str:
    """The question without the scope phrase 「这几个乡镇里头」 (``_AMONG``) or 「这三个区」
    (``_COUNTED``), a level named as
    scope (「区县层面的」, ``retrieval.level_words``) and its frame (:func:`unframed`)."""
    question = _places_counted(_COUNTED.sub(" ", _AMONG.sub(" ", question)))
    return without_levels(unframed(question))


def of_genre(info: ReportInfo, genre: str) -> bool:
    """Does the report's title or file name say it is of this genre?"""
    names = f"{info.title} {info.source}"
    if genre == LEGAL:
        return bool(_LEGAL_TITLE.search(names))
    if genre == WORK:
        return "工作报告" in names and not _LEGAL_TITLE.search(names)
    return True


def genre_reports(infos: Iterable[ReportInfo], genre: str | None) -> tuple[str, ...]:
    """The reports in scope of the genre the question names, unit by unit: a unit keeps
    its reports of that genre when it has some, else all of them (a genre never drops a
    unit). () when the question names no genre or the genre narrows nothing."""
    infos = list(infos)
    if not genre:
        return ()
    units: dict[str, list[ReportInfo]] = {}
    for i in infos:
        units.setdefault(i.township, []).append(i)
    picked = []
    for reports in units.values():
        of = [i.report_id for i in reports if of_genre(i, genre)]
        picked.extend(of or (i.report_id for i in reports))
    return tuple(picked) if len(picked) < len(infos) else ()


def by_genre(filters, analysis, scope: Callable[[object], list[ReportInfo]]):
    """``filters`` narrowed to the reports of the genre a question about named units names
    (a fact, or a comparison of named units; ``retrieval.search.Filters`` and its
    ``scope``), unchanged when the genre tells no reports in scope apart. A which-question's
    「哪些乡镇的法治政府建设报告里…」 keeps every report: a library of one genre titles some
    of them otherwise (工作总结, 年度报告)."""
    if not (analysis.kind == Kind.FACT or (analysis.kind == Kind.COMPARE and analysis.townships)):
        return filters
    ids = genre_reports(scope(filters), analysis.genre)
    return replace(filters, report_ids=ids) if ids else filters


def needs_by_part(question: str, needs: Sequence) -> list[tuple[list, str]]:
    """A question asking two things (「小组有几个人，全年审查了几次」) is answered part by
    part: the needs (``retrieval.evidence.Need``) each asking part names, with the text of
    that part (its own measure word: 人 for one, 次 for the other); or all of them and the
    whole question."""
    parts = [p for p in re.split(r"[，,；;、]|以及|还有", question) if _HOW_MANY.search(p)]
    groups = [(g, p) for p in parts if (g := [n for n in needs if any(a in p for a in n.full)])]
    return groups if len(groups) >= 2 else [(list(needs), question)]


FEW = 8  # reports in scope up to which a fact question reads every sentence of them


def with_judged(retriever, analysis, filters, hits: list) -> list:
    """A fact question about one unit (and year) reads every sentence of its few reports
    that the evidence judge accepts, not only the top passages of a ranked search: a long
    work report holds its one number in a passage the ranking may place eighth. For a
    how-many question the judged sentences come first (the count must be found), else
    after the ranked passages. ``retriever``: ``retrieval.search.HybridRetriever``."""
    if analysis.kind != Kind.FACT or not analysis.concepts or len(retriever.scope(filters)) > FEW:
        return hits
    judged = [h for ev in retriever.fan_out(analysis, filters) for h in ev.hits]
    return [*judged, *hits] if _HOW_MANY.search(analysis.question) else [*hits, *judged]


# separable verbs (离合词) of report prose whose halves a question splits with 了/过 and a
# quantity: 值班 (值了多少天次的班), 立案, 结案, 办案, 出庭, 开庭, 上访, 授课, 讲课, 上课, 执勤;
# 开会 too (「委员会开过会」「开了几次会」), which jieba cannot rejoin by itself: 开过 is one of
# its words. With 了/过 and no quantity the halves join only where the object closes the
# phrase (「开过会或者…」「出过庭的」), never inside a longer word (开过会议室)
SEPARABLE = (
    *("值班", "立案", "结案", "办案", "出庭", "开庭", "上访", "授课", "讲课", "上课", "执勤"),
    "开会",
)
AMOUNT = r"(?:多少|几|[0-9０-９]+|[一二两三四五六七八九十百千]+)"


def _split_pattern(verb: str) -> re.Pattern:
    first, second = verb[0], verb[1:]
    # the first half, 了/过, a quantity with its measure word (at most two characters),
    # 的, then the second half standing at the end of a word (案子 is 案 with its suffix)
    return re.compile(
        rf"{first}(?:了|过)?(?P<amount>{AMOUNT}[\u4e00-\u9fff]{{0,2}}?)的?{second}子?"
        rf"(?![\u4e00-\u9fff])|{first}(?:了|过)(?P<amount2>{AMOUNT}[\u4e00-\u9fff]{{0,2}}?)"
        rf"的?{second}子?(?=[了呢吗啊])"
        rf"|{first}(?:了|过){second}(?=[了呢吗啊的或和与及，,。？?！!；;、\s]|$)"
    )


_SPLITS = tuple((v, _split_pattern(v)) for v in SEPARABLE)


# any verb–object word split by 了/过 (and a quantity): 「普过法」「普了一次法」「学过法」
_SPLIT_ANY = re.compile(
    rf"(?P<v>[\u4e00-\u9fff])(?P<asp>了|过)(?P<amount>{AMOUNT}[\u4e00-\u9fff]?)?的?"
    rf"(?P<o>[\u4e00-\u9fff])"
)


# 「建了的有哪些」「写了的有几家」: a 的 after the aspect closes a 的-phrase naming the doers, and
# the 有/是 after it opens the question's own predicate with its asking word — no object of the
# verb before it (建有, 写有 are other words)
_CLOSES_PHRASE = re.compile(r"[有是](?:哪|几|多少|谁|什么)")


def join_separable(question: str, is_word: Callable[[str], bool] | None = None) -> str:
    """「值了多少天次的班」 → 「值班多少天次」: the verb whole, then its quantity. Given
    ``is_word`` (the dictionary), any split verb–object word is joined back the same way
    (「普过法」 → 「普法」) when neither half belongs to a word with its neighbour
    (「学习了法律」: 学习 and 法律 are words; 「除了法治」: 除了 is one)."""
    for verb, pattern in _SPLITS:
        if verb[0] not in question:
            continue
        question = pattern.sub(
            lambda m, v=verb: v + (m.group("amount") or m.group("amount2") or ""), question
        )
    if is_word is None:
        return question

    def join(m: re.Match) -> str:
        v, o, at, end = m.group("v"), m.group("o"), m.start(), m.end()
        prev, nxt = question[at - 1 : at], question[end : end + 1]
        if (
            not is_word(v + o)
            or is_word(v + m.group("asp"))
            or (prev and is_word(prev + v))
            or (nxt and is_word(o + nxt))
            or is_word((m.group("amount") or " ")[-1] + o)  # 发了多少资|料: 资料 is the word
            or (o == "钱" and m.group("amount") in ("多少", "几"))  # 投了多少钱: money asked
            # 收了多少件: 件 closes the count as its measure word, no object split off the verb
            # (收件 is a word of the post); 立了几宗案 splits 案 after the measure 宗
            or (m.group("amount") and is_measure_word(o))
            or ("的" in m.group(0) and _CLOSES_PHRASE.match(question, end - 1))  # 建了的|有哪些
        ):
            return m.group(0)
        return v + o + (m.group("amount") or "")

    return _SPLIT_ANY.sub(join, question)
