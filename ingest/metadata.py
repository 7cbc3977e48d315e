"""Report metadata from the text itself: title, reporting unit, county, level and year.

File names are opaque in practice (``000_a56d….txt``), so the text is read first and the file
name is only a fallback; a sidecar ``metadata.csv`` lets users correct what was extracted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reportqa.text import to_simplified

_H = "\u4e00-\u9fff"
# one administrative chain such as 重庆市南岸区峡口镇 or 鲁山县辛集乡; names are short
_CHAIN = re.compile(
    rf"(?P<prov>[{_H}]{{2,7}}?(?:省|自治区))?"
    rf"(?P<city>[{_H}]{{1,6}}?(?:市|自治州|州|盟|地区))?"
    rf"(?P<county>[{_H}]{{1,6}}?(?:自治县|新区|县|区|市|旗))?"
    rf"(?P<town>[{_H}]{{1,5}}?(?:街道|乡|镇))?"
)
_ORG_SUFFIX = re.compile(r"(?:人民政府|政府|管委会|管理委员会|街道办事处|办事处|党委)")
_ORG_JUNK = re.compile(r"代表|关于|我|的|在|年度|年|和|与|、|致|向|对")
_GENERIC_FIRST = set("全我本该各每此其两三四五六七八九十多个乡县市区镇城村集小大新老一")
_GENERIC_NAMES = {
    "乡镇",
    "城镇",
    "村镇",
    "集镇",
    "小镇",
    "市区",
    "城区",
    "社区",
    "辖区",
    "园区",
    "景区",
    "片区",
    "山区",
    "街区",
    "地区",
    "新区",
    "郊区",
    "校区",
    "小区",
    "治县",
    "治区",
    "治市",
    "治镇",
    "治乡",
    "强县",
    "强区",
    "强市",
    "强镇",
}
_SALUTATION = re.compile(r"^(各位代表|同志们|尊敬的)|[:：]$")
_TITLE_WORDS = re.compile(r"报告|汇报|总结|人民政府|政府|管委会|管理委员会|办事处")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_REPORT_PHRASE = re.compile(r"现将[^。\n]{0,12}?((?:19|20)\d{2}年[^。\n]{0,30}?(?:报告|汇报|总结))")

LEVEL_BY_SUFFIX = {
    "乡": "乡镇",
    "镇": "乡镇",
    "街道": "乡镇",
    "县": "区县",
    "区": "区县",
    "旗": "区县",
    "自治县": "区县",
    "新区": "区县",
    "市": "地市",
    "州": "地市",
    "自治州": "地市",
    "盟": "地市",
    "地区": "地市",
    "省": "省",
    "自治区": "省",
}


@dataclass(frozen=True)
class Extracted:
    title: str
    township: str
    county: str
    level: str
    year: int | None
    title_end: int  # offset just past the title block (0 when there is none)


def title_block(text: str) -> tuple[list[str], int]:
    """The leading short lines that form the title (「城口县左岚乡人民政府」「2024年…报告」)."""
    lines, end, pos = [], 0, 0
    for line in text.split("\n")[:4]:
        stripped = line.strip()
        nxt = pos + len(line) + 1
        if not stripped:
            pos = nxt
            continue
        if (
            len(stripped) > 45
            or _SALUTATION.search(stripped)
            or stripped[-1] in "。；;，,"
            or not _TITLE_WORDS.search(stripped)
        ):
            break
        lines.append(stripped)
        end, pos = min(nxt, len(text)), nxt
        if re.search(r"报告|汇报|总结", stripped):
            break
    return lines, end


def _parse_chain(run: str) -> dict[str, str]:
    """Longest administrative chain that ends ``run`` exactly."""
    for start in range(len(run)):
        m = _CHAIN.fullmatch(run[start:])
        if m and any(m.groupdict().values()):
            parts = {k: v for k, v in m.groupdict().items() if v}
            if all(v not in _GENERIC_NAMES and v[0] not in "我本该全各" for v in parts.values()):
                return parts
    return {}


def units_in(line: str) -> dict[str, str]:
    """Parse the unit chain before 人民政府/政府/管委会…, or a bare chain ending in 乡/镇/街道."""
    for m in _ORG_SUFFIX.finditer(line):
        run = re.findall(rf"[{_H}]+", line[: m.start()])
        if run:
            tail = _ORG_JUNK.split(run[-1])[-1]
            parts = _parse_chain(tail) if tail else {}
            if parts:
                return parts
    for m in re.finditer(rf"[{_H}]+?(?:街道|乡|镇)(?=[^{_H}]|法治|人民|党委|政府|关于|$)", line):
        parts = _parse_chain(_ORG_JUNK.split(m.group(0))[-1])
        if parts.get("town"):
            return parts
    return {}


def _frequent(text: str, suffixes: str, exclude: set[str]) -> str:
    """Most frequent specific unit name in the body (for reports with no title)."""
    counts: Counter[str] = Counter()
    for m in re.finditer(rf"(?=([{_H}]{{2,3}}?(?:{suffixes})))", text):
        name = m.group(1)
        core = name.rstrip("乡镇县区市街道")
        if (
            name in _GENERIC_NAMES
            or name[0] in _GENERIC_FIRST
            or name in exclude
            or core[-1:] in "治强县乡镇区市"
            or len(core) < 2
        ):
            continue
        counts[name] += 1
    for name, n in counts.most_common():
        if n >= 2:
            return name
    return ""


def _suffix(name: str) -> str:
    for suf in sorted(LEVEL_BY_SUFFIX, key=len, reverse=True):
        if name.endswith(suf):
            return suf
    return ""


def _from_chain(parts: dict[str, str]) -> tuple[str, str, str]:
    """(unit, county, level) from a parsed chain: the most specific unit reports."""
    for key in ("town", "county", "city", "prov"):
        if parts.get(key):
            unit = parts[key]
            break
    level = (
        "乡镇" if key == "town" else "区县" if key == "county" else LEVEL_BY_SUFFIX[_suffix(unit)]
    )
    if key == "town":
        county = parts.get("county") or parts.get("city", "")
    elif key == "county":
        county = unit
    else:
        county = ""
    return unit, county, level


def _file_stem(source: str) -> str:
    stem = Path(source).stem
    stem = re.sub(r"_(?:19|20)\d{2}年?$", "", stem)
    return stem if re.search(rf"[{_H}]{{2}}", stem) else ""


_STEM_JUNK = r"在|年|第|届|的|人民政府|政府|工作|报告|人民代表大会|会议|上|管委会|管理委员会|关于|代区长|区长|市长"
_SELF_TOWN = re.compile(r"[我全本](?:镇|乡|街道)")
_SELF_HIGHER = re.compile(r"[我全本](?:区|县|市|省)|我国|全国")
_DELEGATE = re.compile(rf"我代表([{_H}]*?)(?:人民政府|政府|管委会|管理委员会)")


def _unit_from_text(lines: list[str], text: str) -> tuple[str, str, str]:
    """(unit, county, level) from what the text says about itself; empty when it doesn't."""
    parts: dict[str, str] = {}
    for line in lines:
        found = units_in(line)
        if len(found) > len(parts) or (found.get("town") and not parts.get("town")):
            parts = found
    if parts:
        return _from_chain(parts)
    head = text[:600]
    if m := _DELEGATE.search(head):
        if m.group(1) == "国务院":
            return "国务院", "", "国家"
        if parts := _parse_chain(m.group(1)):
            return _from_chain(parts)
        generic = m.group(1)[-1:] if m.group(1) else ""
        return "", "", LEVEL_BY_SUFFIX.get(generic, "")
    if "国务院" in head[:80]:
        return "国务院", "", "国家"
    town_refs, higher_refs = len(_SELF_TOWN.findall(text)), len(_SELF_HIGHER.findall(text))
    congress = bool(re.match(r"\s*各位代表", text))
    return "", "", "乡镇" if town_refs > higher_refs and not congress else ""


def extract(text: str, source: str) -> Extracted:
    text = to_simplified(text)  # offsets unchanged, so title_end is valid for the original
    lines, title_end = title_block(text)
    head = text[:600]
    unit, county, level = _unit_from_text(lines, text)
    stem = _file_stem(source)
    if not unit and stem:  # the file name is a fallback, never preferred over the text
        pieces = re.split(rf"[^{_H}]+|{_STEM_JUNK}", stem)
        found = [p for piece in pieces if piece and (p := _parse_chain(piece))]
        if found:
            unit, county, level = _from_chain(max(found, key=len))
    if not unit and level in ("乡镇", ""):
        unit = _frequent(text, "街道|乡|镇", set())
        level = "乡镇" if unit else level
    if unit and not county and level == "乡镇":
        county = _frequent(text, "县|区|市", {unit})

    year = None
    for source_text in (" ".join(lines), *(m.group(1) for m in _REPORT_PHRASE.finditer(head))):
        if m := _YEAR.search(source_text):
            year = int(m.group(1))
            break
    if year is None and (m := re.search(r"(?:19|20)\d{2}", Path(source).stem)):
        year = int(m.group(0))
    if year is None and (m := _YEAR.search(head)):
        year = int(m.group(1))

    if lines:
        title = " ".join(lines)
    elif m := _REPORT_PHRASE.search(head):
        title = f"{unit}{m.group(1)}" if unit and unit not in m.group(1) else m.group(1)
    elif stem:
        title = stem
    else:
        title = f"{unit}{year or ''}年报告" if unit else Path(source).stem
    return Extracted(title, unit, county, level, year, title_end)
