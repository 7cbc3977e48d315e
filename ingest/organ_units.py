"""A unit read from the organs that open a line: 城口县左岚乡人民政府, 中共沙市镇委员会.

A report's heading or signature names its writer by its organs, often several nested from
outer to inner; the innermost is the writer, the outer ones the units above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.admin_names import JUNK_WORDS, ORGAN, H, after_junk, chain_depth
from ingest.street_names import STREET_ORGAN, street_alias

__all__ = ["organ_units"]

# a county or district writes its organs with its kind again after its name: 浚县 → 浚县县委,
# 浚县县政府; 城区 → 城区区委. No county's or district's name ends in its kind doubled
_KIND_AGAIN = re.compile(r"([县区])\1$")


def organ_units(line: str, known: Callable[[str], bool] | None = None) -> dict[str, str]:
    """The chain of the organs that open a line (城口县左岚乡人民政府, 中共沙市镇委员会,
    新市街道办事处), or a bare chain ending in 乡/镇/街道.

    Organs written one after another before 关于 nest from outer to inner
    (「澄岭区人民政府望川街道办事处关于…」, 「中共青禾县委 青禾县人民政府桐溪乡人民政府…」): the innermost
    one is the writer and the outer ones the units above it, so they merge into one chain; an
    organ of the same unit again (党委 and 人民政府) or of a unit above adds nothing."""
    cut = line.find("关于")
    head = line[:cut] if cut > 0 and ORGAN.search(line[:cut]) else line
    merged: dict[str, str] = {}
    prev = 0
    for m in ORGAN.finditer(head):
        before = head[prev : m.start()]
        run = re.findall(rf"[{H}]+", before)
        prev = m.end()
        if run and run[-1].endswith("街") and m.group(0) in STREET_ORGAN:
            alias = street_alias(JUNK_WORDS.split(run[-1][:-1])[-1])
            run[-1] = alias or run[-1]
        parts = after_junk(run[-1], known) if run else {}
        own = _KIND_AGAIN.sub(r"\1", run[-1]) if run and before.endswith(run[-1]) else ""
        if own and own != run[-1]:  # 「中共岑县县委」: the second 县 is the organ's (县委)
            parts = after_junk(own, known) or parts
        if not parts:
            continue
        if not merged:
            merged = dict(parts)
        elif chain_depth(parts) < chain_depth(merged):
            merged.update(parts)
    if merged:
        return merged
    for m in re.finditer(rf"[{H}]+?(?:街道|乡|镇)(?=[^{H}]|法治|人民|党委|政府|关于|20|$)", line):
        parts = after_junk(m.group(0), known)
        if parts.get("town"):
            return parts
    return {}
