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

__all__ = ["district_forms"]


def district_forms(word: str) -> tuple[str, ...]:
    """儿童友好城市 → (儿童友好城区,); () for a word not closing on 城市 after a modifier."""
    if len(word) < 4 or not word.endswith("城市"):
        return ()
    return (f"{word[:-2]}城区",)
