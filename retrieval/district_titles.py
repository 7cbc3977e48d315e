"""「儿童友好城市」 held by a district: 儿童友好城区.

A title a city earns (文明城市, 儿童友好城市, 卫生城市) is earned by a district of a city under
the district's own word for itself, 城区 (全国文明城区, 儿童友好型城区, 国家卫生城区): a district
report writes the title it works for so, never as 城市. A user asking which reports name the
title says 城市, so a district's report was never read as naming it. The district form is the
title with 城区 for its closing 城市, after a modifier of two characters or more (a bare 城市
or 新城市 is no title), and it is tried only where the library writes it
(``retrieval.attributive_forms`` asks, with the 型 form: 儿童友好型城区).
"""

from __future__ import annotations

import re

__all__ = ["district_forms"]


# a city's place, rank or size (中心城市, 核心城市, 一线城市, 超大城市, 省会城市) is what the city
# is, no title a district earns: 中心城区 is a city's downtown, another thing (review68)
_RANKS = re.compile(
    r"(?:中心|核心|节点|门户|枢纽|一线|二线|三线|超大|特大|大中|中小|中等|省会|地级|县级|周边|卫星)$"
)


def district_forms(word: str) -> tuple[str, ...]:
    """儿童友好城市 → (儿童友好城区,); () for a word not closing on 城市 after a modifier, or
    closing on it after a word of the city's place, rank or size."""
    if len(word) < 4 or not word.endswith("城市") or _RANKS.search(word[:-2]):
        return ()
    return (f"{word[:-2]}城区",)
