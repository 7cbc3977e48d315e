"""What a search may look at: the user's scope (units, years) narrowed by what the question
names (units, levels, exclusions). Question-derived filters narrow, never widen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportqa.types import ReportInfo

_TOWNSHIP_NAME = ("乡", "镇", "街道", "办事处")
_HIGHER_NAME = ("县", "区", "市", "州", "旗", "盟", "省")


def _named_other_level(unit: str, levels: Sequence[str]) -> bool:
    """Does the unit's name end as a unit of another level than those asked does?"""
    township = unit.endswith(_TOWNSHIP_NAME)
    higher = unit.endswith(_HIGHER_NAME)
    if any(lv in ("乡镇", "街道") for lv in levels):
        return higher and not township and not any(lv not in ("乡镇", "街道") for lv in levels)
    return township


@dataclass(frozen=True)
class Filters:
    townships: tuple[str, ...] = ()
    counties: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    report_ids: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()  # units the question leaves out (「除了A镇以外」)

    def allows(self, info: ReportInfo) -> bool:
        return (
            (
                not self.levels
                # a level the metadata could not read is never silently out, unless the
                # unit's own name says another level (西岭区 in a 「哪些乡镇」 answer)
                or (not info.level and not _named_other_level(info.township, self.levels))
                or info.level in self.levels
                or ("街道" in self.levels and info.township.endswith("街道"))
            )
            # a unit the metadata could not read is named in answers by its file
            # (``ReportInfo.shown``): a follow-up scoped to the last answer's units keeps it
            and (
                not self.townships
                or info.township in self.townships
                or info.shown in self.townships
            )
            # a unit named by the user whose parent the metadata could not read is never out
            # for a county said beside it (「宝山区罗店镇和友谊路街道」): nothing puts it elsewhere
            and (
                not self.counties
                or info.county in self.counties
                or (not info.county and bool(self.townships) and info.township in self.townships)
            )
            and (not self.years or info.year in self.years)
            and (not self.report_ids or info.report_id in self.report_ids)
            and info.township not in self.excluded
        )

    def merged(self, other: Filters) -> Filters:
        """Question-derived filters narrow the user's scope, never widen it."""
        return Filters(
            other.townships or self.townships,
            other.counties or self.counties,
            other.years or self.years,
            self.report_ids or other.report_ids,
            other.levels or self.levels,
            tuple(dict.fromkeys((*self.excluded, *other.excluded))),
        )


def named_reports(
    infos: Sequence[ReportInfo], report_ids: Sequence[str], at: dict[str, list[int]]
) -> Sequence[ReportInfo]:
    """The reports of ``infos`` that a scope naming ``report_ids`` may allow, in their order
    (all of them when it names none). A which-answer reads some reports again one by one
    (``answering.undone``: a score of them per question at 10 000 reports), and testing
    every report of the library for each was a tenth of the answer. ``at``: each report
    id's places in ``infos``, kept by the caller for one index version (filled here)."""
    if not report_ids:
        return infos
    ids = set(report_ids)
    places = sorted({k for r in ids for k in at.get(r, ())})
    if not at or any(k >= len(infos) or infos[k].report_id not in ids for k in places):
        at.clear()  # first asked, or the reports changed under the same version
        for k, info in enumerate(infos):
            at.setdefault(info.report_id, []).append(k)
        places = sorted({k for r in ids for k in at.get(r, ())})
    return [infos[k] for k in places]
