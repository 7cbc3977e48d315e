"""A unit added to the last question with a year of its own: 「把盐田2023年那份也拉进来比一比」
after 「罗湖2021年计划新增多少学位」.

A year said with a unit belongs to that unit's report: the last question asked of 罗湖's 2021
report, the follow-up adds 盐田's 2023 one. A library holds a unit's reports of several years, so
the two years are not one scope for both units (which would find 盐田 2021 or nothing); each unit
keeps its own, written beside its name as a user asks it directly (「罗湖区2021年和盐田区2023年
…」). The same year for both, or a year said for none, leaves the question as it was
(``followup_same_time`` puts a shared year back). A year said apart from the added unit's
name (「把盐田也拉进来，都看2023年的」) is a time for both, never the added unit's own: it
replaces the last question's year."""

from __future__ import annotations

import re

from answering.followup_years import years_in
from reportqa.units import short_name


def _listed(units: list[str]) -> str:
    """The units as ``followup_substitute.substituted`` joins them."""
    return "、".join(units[:-1]) + "和" + units[-1] if len(units) > 2 else "和".join(units)


def _said_with(q: str, units: list[str], year: int) -> bool:
    """``year`` said right after one of ``units`` (by its name or short name), as a unit's own
    year is (「盐田2023年那份」「青枫街道2024年的」); a year said elsewhere is the question's."""
    names = {n for u in units for n in (u, short_name(u)) if n}
    said = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return bool(re.search(rf"(?:{said})(?:的)?\s*{year}\s*年", q))


def with_unit_years(asked: str, prev_q: str, q: str, old: list[str], added: list[str]) -> str:
    """``asked`` (the last question over ``old`` + ``added``) with each unit's own year beside
    it when the last question named one year for ``old`` and ``q`` another for ``added``."""
    before, now = years_in(prev_q), years_in(q)
    if not before and now and old and added:
        # 「盐田19年那份呢，对比下」 after a question of no year: only the added unit is dated
        return _dated_added(asked, q, now, old, added)
    if len(before) != 1 or not now or not old or not added:
        return asked
    if len(now) == 1 and not _said_with(q, added, now[0]):  # 「都看2022年的」: the whole time
        return re.sub(rf"{before[0]}(\s*年)", rf"{now[0]}\1", asked)
    # several units added, each with its year (「把盐田2020年、光明2024年的也列出来」): each its own
    # (one year said with one of them is the year of all added, as before)
    alone = now[0] if len(now) == 1 else None
    own = {u: next((y for y in now if _said_with(q, [u], y)), alone) for u in added}
    if len(now) > 1 and None in own.values():
        return asked  # years said apart from some unit: whose they are is not told
    names = _listed([*old, *added])
    at = asked.find(names)
    if at < 0:
        return asked
    dated = [f"{u}{before[0]}年" for u in old] + [f"{u}{own[u]}年" for u in added]
    return f"{asked[:at]}{_listed(dated)}{asked[at + len(names) :]}"


def _dated_added(asked: str, q: str, now: list[int], old: list[str], added: list[str]) -> str:
    """``asked`` with each added unit's own year beside its name, named first, the earlier units undated
    (the last question named no year: all their reports stay asked); unchanged when a year
    is not said right after an added unit's name."""
    own = {u: next((y for y in now if _said_with(q, [u], y)), None) for u in added}
    names = _listed([*old, *added])
    at = asked.find(names)
    if None in own.values() or at < 0:
        return asked
    # the dated ones first: a year after the last unit named is every unit's (``unit_years``)
    dated = [*(f"{u}{own[u]}年" for u in added), *old]
    return f"{asked[:at]}{_listed(dated)}{asked[at + len(names) :]}"
