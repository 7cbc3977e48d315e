"""The scope a question is searched in: the filters its analysis and the conversation give
(a year the unit lacks refused by name), the counties that scope a named unit, and places the
metadata lacks — found in report openings, taken as a province or city, or refused honestly.
``AnswerService``'s methods, defined here and bound in its class (``_filters``, ``_parents``,
``_places``): one concept, where the service keeps the turn's flow."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from answering.followup import Resolved
from answering.places import addresses, reports_naming, unknown_places, without_place
from answering.plan_years import with_plan_years
from answering.region_scope import region_scope
from answering.types import Kind
from answering.unit_years import attached_years, with_unit_years
from ingest.term_review import is_term_review
from reportqa.errors import QuestionError
from retrieval.query import Analysis
from retrieval.search import Filters

if TYPE_CHECKING:
    from answering.service import AnswerService


def filters(
    self: AnswerService, analysis: Analysis, resolved: Resolved, scope: Filters | None
) -> Filters:
    base = scope or Filters()
    if resolved.scope and not analysis.townships:
        base = Filters(resolved.scope, base.counties, base.years, base.report_ids, base.levels)
    asked = Filters(
        analysis.townships,
        self._parents(analysis),
        analysis.years,
        levels=analysis.levels,
        excluded=analysis.excluded,
    )
    # 「X区2016年的报告」「X镇2024年打算」: the report planning that year
    term = lambda info: is_term_review(self.retriever.lib.report_text(info.report_id))  # noqa: E731
    merged = with_plan_years(base.merged(asked), self.retriever.scope, analysis.question, term)
    # 「罗湖、盐田2023、龙岗」: a year pinned to one unit of a list scopes that unit only
    merged = with_unit_years(
        merged, resolved.question, merged.townships, self.retriever.scope, term
    )
    if merged.years and not self.retriever.scope(merged):
        # a year the library doesn't have for that unit: say so rather than answer wrongly
        # named: the units that lack the year asked of them — a unit said with no year of its own
        # beside a dated one (「松溪18年那份呢，对比下」 after 白沙) is not missing it
        own = attached_years(resolved.question, merged.townships)
        lacking = tuple(
            u
            for u in (own or merged.townships)
            if not self.retriever.scope(Filters((u,), years=(own[u],) if own else merged.years))
        ) or tuple(own or merged.townships)
        have = sorted({i.year for i in self.retriever.scope(Filters(lacking)) if i.year})
        units = "、".join(lacking)
        picked = "（年份来自「限定年份」）" if base.years and not asked.years else ""
        raise QuestionError(
            f"库中没有{units} {'、'.join(map(str, merged.years))} 年的报告{picked}"
            + (f"。{units or '库中'}现有年份：{'、'.join(map(str, have))}" if have else "")
        )
    return merged


def parents(self: AnswerService, analysis: Analysis) -> tuple[str, ...]:
    """The counties that scope the named units (「甲县的城关镇」: which 城关镇); none when a
    named unit has no report under them — a unit added to 「上城区这仨街道」 from another
    district is asked about by name, and its name wins over the earlier scope."""
    counties, units = analysis.counties, analysis.townships
    if counties and any(not self._unit_reports((u,)) for u in units):
        return counties  # a unit the library lacks: the answer says so, scope unchanged
    inside = Filters(units, counties)
    if counties and units and {i.township for i in self.retriever.scope(inside)} < set(units):
        return ()
    return counties


def places(
    self: AnswerService, question: str, analysis: Analysis
) -> tuple[Analysis, tuple[str, ...], str, bool]:
    """Places the metadata lacks: found in report openings, or refused honestly; the
    scope note's words for a region's reports kept though unplaced; and whether the
    question's region holds no report (the note is then the region's name)."""
    located = addresses(question, self.lib.units[0])
    if located:  # 「荣昌区的观胜镇…」: the unit's address is neither scope to refuse nor topic
        analysis = without_place(analysis, located)
    unknown = unknown_places(
        question, self.lib.units, self.lib.tokenizer.tagged, reports=self.lib.reports()
    )
    if not unknown:  # 「北京的报告里…」: a province or city as scope, by the division list
        region = region_scope(question, analysis, self.lib.reports(), self.metadata.regions)
        if region.absent and not any(
            reports_naming(r, self.lib.reports(), self.lib.opening) for r in region.absent
        ):  # the scope is places no report lies in: a content question is refused by name
            return region.analysis, region.report_ids, "、".join(region.absent), True
        return region.analysis, region.report_ids, region.note, False
    ids: list[str] = []
    # 「饶平县有报告吗」: no report names it, a town naming no county may lie in it. The town is
    # no answer to the county's work (a content question is refused by name, as a region no
    # report lies in); a list of its reports says the town apart (``unsure_aside``)
    maybe = self.metadata.regions.unsure_in(self.lib.reports(), unknown)
    if maybe and not any(reports_naming(n, self.lib.reports(), self.lib.opening) for n in unknown):
        return analysis, tuple(maybe), "、".join(unknown), True
    for name in unknown:
        named = reports_naming(name, self.lib.reports(), self.lib.opening)
        if not named:
            have = "、".join(sorted(self.lib.units[0].names))
            raise QuestionError(f"库中没有「{name}」的报告。已导入：{have[:300]}")
        ids.extend(i.report_id for i in named)
    if analysis.townships:  # known and text-found units together: one scope by report
        known = self.retriever.scope(Filters(analysis.townships))
        ids = [*(i.report_id for i in known), *ids]
    named = len(analysis.townships) + len(unknown)
    analysis = replace(without_place(analysis, unknown), townships=())
    if analysis.kind == Kind.FACT and named >= 2 and re.search(r"[和与及、跟同]", question):
        # 「甲县和乙县各自…」 with 乙县 found in its report's text: a comparison, as when
        # both are named in the metadata (``QuestionAnalyzer._kind``)
        analysis = replace(analysis, kind=Kind.COMPARE)
    return analysis, tuple(dict.fromkeys(ids)), "", False
