"""Finding the library's unit names (townships, counties) inside a question.

With thousands of reports a loop over every known name per question costs more than the
rest of the answer; this index looks up the question's substrings instead, so the cost
depends on the question's length, not on the library's size. Names and text are compared
in simplified characters, so 「峽口鎮」 in a question finds the report named 峡口镇 and back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportqa.text import to_simplified

# a 新区 (光明新区, 大鹏新区, 浦东新区) is spoken of by its place name alone, as a 镇 or 区 is:
# 「大鹏」, never 「大鹏新」 — 新区 is stripped whole, before the bare 区. A 高新区 is no 新区: it
# is the 高新技术产业开发区, spoken of as 「长沙高新」, never 「长沙高」 (which 长沙高铁 holds)
# 苏木 and 旗 are Inner Mongolia's 乡 and 县: 朝克乌拉苏木 is 「朝克乌拉」, 准格尔旗 「准格尔」
_UNIT_SUFFIX = re.compile(r"(?:街道|(?<!高)新区|苏木|乡|镇|区|县|旗|市|省)$")

# China's 55 minority nationalities: an autonomous county or a nationality township is
# spoken of by its place name alone (焉耆回族自治县 is 「焉耆县」, 罗子山瑶族乡 「罗子山乡」)
_NATIONALITY = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|"
    "拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|"
    "塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺"
)
# ... and its nationalities are often left out of the name as written (镇宁布依族苗族自治县 is
# 「镇宁自治县」 on its own pages): the place name before 自治县 is still how it is called —
# unless a nationality is the name itself (鄂温克族自治旗 names no place)
_AUTONOMOUS = re.compile(
    rf"^(.{{2,}}?)(?:(?:(?:{_NATIONALITY})族)+(?:自治)?|(?<!族)自治)(县|旗|乡|镇)$"
)


def short_name(unit: str) -> str:
    """峡口镇 → 峡口 (only when at least two characters remain); 焉耆回族自治县 → 焉耆;
    大鹏新区 → 大鹏."""
    m = _AUTONOMOUS.match(unit)
    if m:
        return m.group(1)
    core = _UNIT_SUFFIX.sub("", unit)
    return core if len(core) >= 2 else unit


def spoken_name(unit: str) -> str:
    """How an autonomous unit is called with its kind (焉耆回族自治县 → 焉耆县); other names
    are called as written."""
    m = _AUTONOMOUS.match(unit)
    return m.group(1) + m.group(2) if m else unit


# a development zone is spoken of by its short kind: 十堰经济技术开发区 is 「十堰经开区」, 武汉东湖
# 新技术开发区 / …高新技术产业开发区 「…高新区」 (the long kinds are what its own reports write);
# ingest.meta_zone reads zone names with these same kinds
ZONE_KINDS = (
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
)


def zone_name(unit: str) -> str:
    """十堰经济技术开发区 → 十堰经开区; other names as written."""
    for long, short in ZONE_KINDS:
        if unit.endswith(long) and len(unit) > len(long):
            return unit[: -len(long)] + short
    return unit


class UnitIndex:
    """Every name's full and short form, looked up by substring."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(n for n in names if n)
        self.shorts = frozenset(short_name(n) for n in self.names)
        self._by_form: dict[str, set[str]] = {}
        for name in self.names:
            plain = to_simplified(name)
            for form in (plain, short_name(plain), spoken_name(plain), zone_name(plain)):
                self._by_form.setdefault(form, set()).add(name)
        self._lengths = sorted({len(f) for f in self._by_form})
        # every proper suffix of a name, for 「…和平乡」 matched against 和平乡 and back
        self._plain = frozenset(to_simplified(n) for n in self.names)
        self._suffixes = frozenset(n[i:] for n in self._plain for i in range(1, len(n)))

    def candidates(self, text: str) -> set[str]:
        """Names whose full or short form occurs somewhere in ``text``."""
        out: set[str] = set()
        text = to_simplified(text)
        for size in self._lengths:
            for i in range(len(text) - size + 1):
                found = self._by_form.get(text[i : i + size])
                if found:
                    out |= found
        return out

    def named_at_start(self, text: str) -> bool:
        """A name's full or short form opens ``text`` (「观胜镇有没有…」 after 「荣昌区的」)."""
        text = to_simplified(text[: self._lengths[-1]]) if self._lengths else ""
        return any(text[:size] in self._by_form for size in self._lengths if size >= 2)

    def related(self, name: str) -> bool:
        """``name`` ends with a known name or a known name ends with it."""
        name = to_simplified(name)
        return name in self._suffixes or any(name[i:] in self._plain for i in range(len(name)))
