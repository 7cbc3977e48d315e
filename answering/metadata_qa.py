"""Questions about the library itself, answered from report metadata, each report cited.

「哪份报告是2024年度的」「X镇的报告是哪一年的」「有几份街道的报告」「X属于哪个县」「它是写给哪个机关的」
ask about the reports as documents, not about their contents: searching the text for them finds
nothing or the wrong thing. Every listed report is cited with a verbatim line of its opening
(the title or the line that names its year or parent), so the answer stays checkable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from answering.asides import without_aside
from answering.extractive import CitationBook, _label
from answering.frame_only import frame_only, names_only
from answering.level_emptied import asked_level, emptied_answer, emptied_pool
from answering.library_locator import without_locator
from answering.meta_addressee import addressee_answer
from answering.meta_asks import (
    AUTHOR,
    HIGHER,
    SAME_PARENT,
    author_answer,
    higher_answer,
    same_parent_verdict,
    spoken_levels,
    without_asks,
)
from answering.meta_deliverer import asks_deliverer, deliverer_answer
from answering.meta_deliverer_kind import deliverer_kind_answer, deliverer_kinds
from answering.meta_each_year import each_year_pool
from answering.meta_fields import fields_answer, fields_asked, without_level_choice
from answering.meta_frame import FRAME, LEVEL_ONES, NOUN_PHRASE, THAT_ONE, has_topic
from answering.meta_list_words import COMPARING, LIST, YEAR_COPY, lists_region, two_years_each
from answering.meta_order import asks_order, order_answer, ranged_list, without_order
from answering.meta_parent_lines import parent_answer
from answering.meta_parts import (
    ADDRESSEE,
    PARENT,
    YEAR_OF,
    MetaCiter,
    framed,
    paragraph,
    plain,
    without_locating_region,
    without_region_of_parent,
)
from answering.meta_per_unit import per_unit_answer, per_unit_asked, without_per_unit
from answering.meta_plan_year import asks_plan_year, asks_review_year, plan_year_answer
from answering.meta_plans import asks_plans, planning, without_plan_words
from answering.meta_publisher import asks_publisher, publisher_answer
from answering.meta_rungs import rung_answer, rungs_asked
from answering.meta_select import NATIONAL, absolute_years, unread_note, year_range
from answering.meta_select import levels as _levels
from answering.meta_select import town_kind as _town_kind
from answering.meta_select import years as _years
from answering.meta_session import asks_session, session_answer
from answering.meta_several import disclosed
from answering.meta_span import asks_span, span_answer
from answering.meta_yesno import YesNo
from answering.place_guess import place_guessed
from answering.plan_years import reviewed_year, with_planned
from answering.region_answers import (
    EACH_PROVINCE,
    PROVINCE_OF,
    TALLY,
    RegionAnswers,
    spoken,
    unsure_aside,
)
from answering.report_words import report_words
from answering.shared_parent import asks_shared_parent, shared_parent_answer
from answering.sublevels import asks_only, sub_level_filter, without_sub_level_words
from ingest.gazetteer import Gazetteer, gazetteer
from reportqa.answer import Answer, Bullets, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from reportqa.units import short_name
from retrieval.asking_frames import BY_YEAR
from retrieval.dates import full_years  # noqa: F401  (tests read it here)
from retrieval.level_words import canonical
from retrieval.query import Analysis
from retrieval.question_scope import LEGAL, LEVEL_ALIAS, WORK, document_reference, of_genre
from retrieval.question_scope import without_undated as _undated
from retrieval.reviewed_year import asks_reviewed_year

_EACH = re.compile(r"各|分别|每|这些|都|所有|全部")
_TOWN_ENDS = ("镇", "乡", "街道")  # a township holds no other report's unit
_COUNT = re.compile(r"几份|多少份|几个|多少个")
_LEVEL_WORD = re.compile(r"^(?:哪些|哪个|哪几|各|所有|全部|这|那|有)|报告")
# 「区县一级的有哪些」: a level asked for alone is a question about the reports
_LEVELISH = re.compile(r"区县|县区|[县区市省]一?级|街道|乡镇|是[县区旗]的")
# 「其中哪些是2024年的」: the year said of the units' reports
_OF_YEAR = re.compile(r"(?:^|是)\s*(?:19|20)\d{2}\s*年度?的")
# 「写的是2021年的情况」「讲的是2019年工作」「反映2022年的」: a verb saying what a report covers,
# right before the year, frames the year covered; 「写了2021年的普法情况」 keeps its topic
_COVERS = re.compile(
    r"(?:写|讲|说|谈|反映|介绍|回顾|汇报|总结|记录|记述|涉及)(?:的|了)?(?:是|为)?(?:关于)?"
    r"(?=\s*(?:(?:19|20)\d{2}|哪一?年|哪个年度|什么年份))"
)


class MetadataAnswerer:
    def __init__(
        self,
        report_text: Callable[[str], str],
        places: Callable[[], Gazetteer] = gazetteer,
        this_year: Callable[[], int] = lambda: date.today().year,
        opening: Callable[[str], str] | None = None,
        holds: Callable[[str], bool] = lambda word: False,  # a report of the library writes it
        place_name: Callable[[str], bool] = lambda word: False,  # 浦东: a place, never a topic
    ) -> None:
        self._holds = holds
        self._place_name = place_name
        self.this_year = this_year  # 「去年的报告」 is read against it
        self.cite = MetaCiter(report_text)
        self.regions = RegionAnswers(self.cite, places, opening)
        self._library: Sequence[ReportInfo] = ()  # the places a guess may name (``_known``)
        self._covers = False  # the question asks the year a report reviews (``_COVERS``)
        self._plans = False  # the question asks the year a report plans (``meta_plans``)
        self._review = False  # it asks the year looked back on (``meta_plan_year``)
        # 「枫林镇是醴陵市的吗」 (``meta_yesno``)
        self.yes_no = YesNo(self.cite, self._above, self.regions.asked, self._known)

    def _known(self, place: str) -> bool:
        gaz = self.regions.places()
        return any(place in kind for kind in (gaz.counties, gaz.cities, gaz.provinces)) or any(
            place in (i.county, i.township) for i in self._library
        )

    def _above(self, info: ReportInfo) -> tuple[str, ...]:
        region = self.regions.region(info)
        return (region.city, region.province) if region else ()

    def answer(
        self,
        q: str,
        analysis: Analysis,
        infos: Sequence[ReportInfo],
        everything: Sequence[ReportInfo],
        carried: bool = False,
    ) -> Answer | None:
        """``infos``: the question's unit scope (no years); ``everything``: 「库中没有…」's;
        ``carried``: the scope came from the conversation, not from this question."""
        # 「街道（街道办）」「县（县市区）」: the alias in brackets is the same level
        # a question typed in traditional characters (「哪些報告」) reads as its simplified form
        q = LEVEL_ALIAS.sub("", absolute_years(to_simplified(q), self.this_year()))
        q = _undated(without_locator(q))  # 「库中」: the library; 「没写年份的」: which report
        q = two_years_each(COMPARING.sub("", q), analysis)  # 「A和B是哪两年的报告」
        covers = self._covers = bool(_COVERS.search(q))  # 「总结2023年工作的」: covered year
        self._review = asks_review_year(q)  # 「回顾的是哪一年，安排的是哪一年」: the report's year
        q = _COVERS.sub("", q)
        self._plans = asks_plans(q)  # 「做2016年工作安排的」: the year planned (``meta_plans``)
        q = without_plan_words(q) if self._plans else q
        # 「按年份拆开的话，2023年要新增多少」: a breakdown, no year asked
        q = re.sub(BY_YEAR, "", q)
        q = canonical(q)  # 「县（区）政府自己交的」「镇街这一级的」: 「X一级」
        q = without_aside(q)  # 「A和B都是某县的吧，分别是哪年的」: the guess asks nothing
        span = asks_span(q)  # 「是年度报告还是五年总结」, before 年度报告 is read as 报告
        parents = tuple(c for c in analysis.counties if c not in analysis.townships)  # no report
        q = report_words(q, (*analysis.townships, *parents), parents)  # 「磴口县的有吗」
        kinds_said = q  # 「是县级市吗」: a guess keeps its kind (``meta_yesno``)
        q = spoken_levels(q)  # 「哪个是地级市」: 市级 (``answering.meta_asks``)
        if analysis.townships:  # 「A镇属于上海哪个区」: the region frames the parent asked
            q = without_region_of_parent(q, list(self.regions.asked(q).values()))
            mine = [i for i in everything if i.township in analysis.townships]
            q = without_locating_region(q, self.regions.asked(q), mine, self.regions.in_place)
        elif analysis.counties:  # 「杭州上城区的三个街道」: the city locates the county's units
            mine = [i for i in everything if analysis.counties.count(i.county or i.township)]
            q = without_locating_region(q, self.regions.asked(q), mine, self.regions.in_place)
        one = len({i.township for i in infos}) == 1
        self._library = everything
        if organs := asks_publisher(q):  # 「哪些报告是司法局发的」: the page's 发布机构/来源
            return publisher_answer(q, organs, infos, self.cite)
        if by := deliverer_kinds(q):  # 「哪些是新区管委会作的」 (``meta_deliverer_kind``)
            return deliverer_kind_answer(q, by, infos, self.cite)
        if (rungs := rungs_asked(q, self.regions.asked(q))) is not None:  # 「国务院的报告」
            return rung_answer(q, rungs, everything, self.cite, self.regions.in_place)
        per_unit = None if analysis.townships else per_unit_asked(q)
        if per_unit and frame_only(without_per_unit(q), analysis):  # 「哪几个区有两份以上报告」
            kept = [i for i in infos if _levels(q)(i)]
            return per_unit_answer(q, per_unit, kept, self.cite)
        if one and (verdict := self.yes_no.answer(kinds_said, infos)):
            return verdict  # 「这份是2023年的报告吗」「X是街道还是乡镇」
        # 「2019年或更早的报告」: the range's own order word, no pick (``meta_select.year_range``)
        said_range = year_range(q)
        order = asks_order(q.replace(said_range, ""))  # 「其中哪份报告最早」: by their years
        if order and ranged_list(q, said_range):  # 「最老的几份，2020年及以前的」: the range
            q, order = without_order(q, said_range), ""
        # 「哪个街道的报告最早」: the earliest of that level's reports, never of the library's;
        # 「2020年以后最早的是哪份」: of the range's reports
        leveled = [i for i in infos if _levels(q)(i) and _years(q)(i.year)] if order else []
        if leveled and not one and frame_only(without_order(q), analysis):
            return order_answer(q, order, leveled, self.cite)
        # 「X镇的报告是哪一年的」, or 「它是哪一年的报告」 after a turn about one unit: the scope
        # the caller passed in is then narrower than the library
        scoped = bool(analysis.townships) or len(infos) < len(everything)
        # 「这份报告的文号是多少」「X镇的报告哪天发布的」「是哪年的？什么时候发的」 (``meta_several``)
        if said := disclosed(q, analysis, infos, self.cite, scoped, bool(_EACH.search(q))):
            return said
        if PROVINCE_OF.search(q) and one and scoped:
            return self.regions.province(q, infos[0])
        if PROVINCE_OF.search(q) and scoped and names_only(PROVINCE_OF.sub("", q), analysis):
            return self.regions.provinces(q, infos)  # 「A和B都在哪个省」: a line per unit
        if EACH_PROVINCE.search(q) and TALLY.search(q) and not analysis.townships and not one:
            frame = FRAME.sub("", TALLY.sub("", EACH_PROVINCE.sub("", q)))
            if not re.search(r"[\u4e00-\u9fff]{2,}", frame):  # not 「哪个省的法律顾问最多」
                return self.regions.tally(q, infos)
        frame_fact = deliverer_answer if asks_deliverer(q) else span_answer if span else None
        # 「在哪次会上作的」: the session line (``meta_session``), when a report names one
        session = asks_session(q) and not frame_fact
        if (frame_fact or session) and (one or (analysis.townships and scoped)):
            dated = with_planned([i for i in infos if _years(q)(i.year)], infos, q) or infos
            if frame_fact:  # the report's own frame: 「以谁的名义作的」「回顾了几年」
                return frame_fact(q, dated, self.cite)
            if said := session_answer(q, dated, self.cite):
                return said
        if ADDRESSEE.search(q) and one:
            return addressee_answer(q, infos[:1], self.cite)
        if ADDRESSEE.search(q) and analysis.townships and scoped:
            # 「这两份报告都是报给谁的」: one line per unit
            return addressee_answer(q, infos, self.cite)
        if not analysis.townships and not one and asks_shared_parent(q):  # 「同一个上级下面」
            return shared_parent_answer(q, infos, self.cite, self.regions.region)
        if scoped and frame_only(without_asks(THAT_ONE.sub("", q) if one else q), analysis):
            if AUTHOR.search(q):  # 「A和B的报告分别是谁发布的」
                return author_answer(q, infos, self.cite)
            if HIGHER.search(q) and (higher := higher_answer(q, infos, self.cite)):
                return higher  # 「A和B哪个级别高」
            if SAME_PARENT.search(q) and len(set(analysis.townships)) > 1:  # 「A和B同一个区吗」
                mine = [i for i in everything if i.township in analysis.townships]  # all asked
                return self._parent(q, mine, same_parent_verdict(q, mine))
        facts = fields_asked(q)
        each = one or names_only(q, analysis) or _EACH.search(q)
        several = len(facts) > 1 or facts == ("level",)  # 「它们分别是哪一级的」 too
        if several and scoped and each and frame_only(q, analysis):
            return fields_answer(q, infos, facts, self.cite)  # 「A和B分别是哪年、哪个区的」
        if PARENT.search(q) and one:
            return self._parent(q, infos[:1])
        if PARENT.search(q) and (analysis.townships or names_only(q, analysis)) and scoped:
            return self._parent(q, infos)  # 「它们各属于哪个县」: one line per unit
        plain_one = one and (frame_only(THAT_ONE.sub("", q), analysis, True) or asks_plan_year(q))
        bare = names_only(q, analysis) or plain_one  # else a deed's year (哪年拿到…称号)
        if YEAR_OF.search(q) and scoped and bare:
            if not analysis.townships:  # 「上海这两个镇的报告」: its level word picks them; of
                # units asked (「这两家…是镇还是街道」) the options are the level asked, no scope
                infos = [i for i in infos if _levels(without_level_choice(q))(i)] or infos
            return self._year_of(q, infos)  # 「白沙镇、东门街道分别是哪年的」: a line each
        asked = self.regions.asked(q) if YEAR_OF.search(q) else {}
        chosen = each_year_pool(q, analysis, infos, asked, self.regions.in_place)
        if chosen is not None:
            # 「这些报告各是哪一年的」「城口县那两份分别是哪年的」: a line per report of the scope
            if not chosen:
                return plain(
                    q, f"库中没有符合条件的报告（已查看 {len(infos)} 份报告的元数据）。", 0
                )
            return self._year_of(q, chosen)
        rest = q
        named = {*analysis.townships, *analysis.counties}
        for name in sorted(named, key=len, reverse=True):
            rest = rest.replace(name, "")
        for name in analysis.townships:  # 「西安有哪些报告」: a city said by its short name
            rest = rest if name.endswith(_TOWN_ENDS) else rest.replace(short_name(name), "")
        keep = sub_level_filter(rest)  # 「哪些是乡的，镇和街道不算」: kinds inside 乡镇
        rest = without_sub_level_words(rest)
        asks = LIST.search(q) or NOUN_PHRASE.search(q) or LEVEL_ONES.match(q) or asks_only(q)
        bare_region = not analysis.townships and bool(self.regions.asked(rest))
        said = [] if analysis.townships else list(self.regions.asked(rest).values())
        asks = asks or lists_region(q, said, carried)  # 「河南省的有没有」
        about_reports = (
            "报告" in q
            or "几份" in q
            or _LEVELISH.search(q)
            or NATIONAL.search(q)  # 「哪个是国家层面的」: the State Council's rung
            or _town_kind(rest)
            or _OF_YEAR.search(q)
            or YEAR_COPY.search(q)
            or covers
            # 「广东的有哪些」「四川的有几个」: a library of reports has nothing else a bare region
            # could list; a topic left beside it (「广东的法律顾问有哪些」) is searched below
            or bare_region
        )
        if not asks or not about_reports:
            return None
        places: list[str] = []
        leftover = has_topic(rest)
        if leftover and not analysis.townships:
            # 「四川的」: 四川 is scope; 「杭州市桐庐县有几份」: the county's own city too
            asked = self.regions.asked(rest)
            places = list(asked)
            for said in sorted(asked.values(), key=len, reverse=True):
                rest = rest.replace(said, "")
        if leftover and not analysis.townships and not analysis.counties and not places:
            # a place no list knows (「浦东的报告」), never a topic (``answering.place_guess``)
            candidate = place_guessed(q, rest, self._holds, self._place_name)
            if candidate and not _LEVEL_WORD.search(candidate) and FRAME.sub("", candidate):
                places = [candidate]
                rest = rest.replace(candidate, "", 1)
        if has_topic(rest):
            return None  # 「哪些报告提到了…」: a topic, searched in the text
        # 「西安有哪些报告」: the units under it are in it too (read last: it scans the library)
        if holders := self._holding(analysis.townships, everything):
            return self._list(q, everything, everything, holders, rest, keep)
        # 「武冈市下面有哪些镇」: the towns that name no county yet may lie in it are said too
        around = [] if places or analysis.townships else list(analysis.counties)
        return self._list(q, infos, everything, places, rest, keep, around)

    def _holding(self, units: Sequence[str], everything: Sequence[ReportInfo]) -> list[str]:
        """The asked units when each holds other reports' units under it: a city or county
        scoping a list (「西安有哪些报告」) is a region holding its districts' and towns' reports."""
        holds = [
            u
            for u in units
            if not u.endswith(_TOWN_ENDS)  # first: at 10k the scan below takes ~1 s
            and any(i.township != u and self.regions.in_place(i, u) for i in everything)
        ]
        return holds if units and len(holds) == len(units) else []

    def _list(self, q, infos, everything, places: list[str], bare: str, keep=None, around=()):
        """``bare``: the question without the unit names it holds (青禾镇 asks for no 镇);
        ``around``: counties scoping ``infos``, whose unsure towns are said beside the list."""
        keep_level, keep_year = keep or _levels(bare), _years(q)
        # 「写的是2021年的情况」: the year reviewed, which a titled work report is not dated by
        dated = reviewed_year if self._covers or asks_reviewed_year(q) else lambda i: i.year
        chosen = [i for i in infos if keep_level(i) and keep_year(dated(i))]
        if document_reference(q)[1] == LEGAL:  # 「法治政府报告有哪些」: no 政府工作报告 is one
            chosen = [i for i in chosen if not of_genre(i, WORK)]
        if self._plans:  # 「部署2025年工作的法治政府报告」: the genre still holds
            chosen = list(planning(infos, q, keep_level, self.cite.text))
            if document_reference(q)[1] == LEGAL:
                chosen = [i for i in chosen if not of_genre(i, WORK)]
        elif not self._covers:  # 「2024年的报告」: a work report delivered in 2024 plans 2024
            chosen = with_planned(chosen, [i for i in infos if keep_level(i)], q)
        where: dict[str, str] = {}
        maybe = self.regions.unsure_in(everything, [*places, *around]) if places or around else {}
        aside = unsure_aside(maybe, [i for i in everything if keep_level(i) and keep_year(i.year)])
        if places:
            where = {
                i.report_id: p for i in everything for p in places if self.regions.in_place(i, p)
            }
            chosen = [i for i in chosen if i.report_id in where]
            if not where:
                have = "、".join(dict.fromkeys(i.shown for i in everything))
                said = "、".join(p if p in q else spoken(p) for p in places)
                if aside:  # 「云阳县有报告吗」: none says so, a town that may be its is named
                    return plain(q, f"库中没有写明位于{said}的报告。{aside}", len(infos))
                return plain(q, f"库中没有{said}的报告。已导入的报告来自：{have[:300]}", len(infos))
        book = CitationBook()
        lines = []
        for info in chosen:
            wants = [str(info.year)] if info.year else [info.township]
            n = self.cite.title(book, info, [*wants, info.township])
            note = f"（{where[info.report_id]}）" if info.report_id in where else ""
            lines.append((*_label(info), Text(f"：《{info.title}》{note}", (n,) if n else ())))
        names = tuple(dict.fromkeys(i.township for i in chosen))
        # 「重庆的报告有几份，是哪个镇」 of a region holding a 街道 only: said, and listed
        if not chosen and (where or len(infos) < len(everything)):
            pool = emptied_pool(infos, where, keep_level, keep_year)
            scope = "、".join(dict.fromkeys(where.values())) or "、".join(
                self.regions.asked(q).values()
            )
            if pool:
                return emptied_answer(q, asked_level(bare), scope, pool, self.cite, len(infos))
        if not chosen:
            text = f"库中没有符合条件的报告（已查看 {len(infos)} 份报告的元数据）。"
            body: tuple = (paragraph(text),)
        else:
            count = f"共 {len(chosen)} 份报告"
            if re.search(r"几个|多少个", q):  # 「有几个是乡」 counts units: answer in units
                count = f"共 {len(names)} 个单位（{len(chosen)} 份报告）"
            body = (paragraph(f"{count}符合（据报告元数据）："), Bullets(tuple(lines)))
        if not places and (note := unread_note(infos, chosen, keep_level, keep_year)):
            body = (*body, paragraph(note))
        if aside:  # 「上海的报告」: a town no report places, that may be one of its, said apart
            body = (*body, paragraph(aside))
        return framed(q, Kind.WHICH, body, names, book, len(infos))

    def _year_of(self, q, infos) -> Answer:
        if asks_plan_year(q) and not self._review:  # 「分别讲哪年的安排」, no 回顾的是哪年 beside
            return plan_year_answer(q, infos, self.cite)
        book = CitationBook()
        lines = []
        for info in infos:
            n = self.cite.title(book, info, [str(info.year)] if info.year else [])
            year = f"{info.year}年" if info.year else "未能确定年份"
            said = Text(f"{info.shown}的报告《{info.title}》是 {year} 的报告", (n,) if n else ())
            lines.append(Paragraph((said, Text("。"))))
        names = tuple(dict.fromkeys(i.township for i in infos))
        kind = Kind.FACT if len(names) == 1 else Kind.COMPARE
        return framed(q, kind, tuple(lines), names, book, len(infos))

    def _parent(self, q, infos: Sequence[ReportInfo], verdict: Paragraph | None = None) -> Answer:
        return parent_answer(q, infos, self.cite, self.regions, verdict)
