"""A province-level honour as reports write it: 省级, or the conferring province by its name.

An honour is 省级 when a provincial-level government confers it, and a report seldom writes
省级: it names the conferrer — 「获评广东省全域旅游示范区」「被评为浙江省民主法治村」, and for a
直辖市 (北京, 天津, 上海, 重庆: provincial units though spelled 市) 「入选上海市第一批法治示范
创建街镇」 — or writes 省 / 全省 before the batch (「获评省首批…」「全省首批…」). So an honour
asked at 省级 is also spelled with each provincial unit's full name:

- with the honour's name after it (省级民主法治示范村 ~ 浙江省民主法治示范村);
- for a bare level (「拿到过省级荣誉的」), only where the name stands as an honour's conferrer —
  after a verb of conferring (评为, 获评, 荣获, 入选…) or before a batch (首批, 第一批): a province's
  name alone is every report's ground (「上海市法治政府建设实施纲要」) and no honour.

A city's honour (「金华市示范乡镇」) is 市级 and never read here: only the provincial units' own
names are spelled.
"""

from __future__ import annotations

__all__ = ["PROVINCIAL_UNITS", "provincial_spellings"]

_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_REGIONS = ("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
_PROVINCES = (
    "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
    "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
)  # fmt: skip
# every provincial-level unit by the full name a report writes as an honour's conferrer
PROVINCIAL_UNITS = (*_MUNICIPALITIES, *_REGIONS, *(f"{p}省" for p in _PROVINCES))
# the provincial level as a report of that province writes it before an honour's name
_OWN_LEVEL = ("自治区级", "自治区", "省")
# verbs a report confers an honour with, right before the conferrer
_CONFERRED = ("评为", "获评", "荣获", "入选", "授予", "命名为", "确定为", "列为", "认定为")


def provincial_spellings(rest: str, batches: tuple[str, ...]) -> tuple[str, ...]:
    """Spellings of a 省级 honour named ``rest`` (「民主法治示范村」, or "" for the bare level)
    by its conferrer's name; ``batches``: 首批, 第一批 … as an honour's batch is written."""
    if rest:  # in an autonomous region the level is written 自治区级 / 自治区 (「自治区级民主法治
        # 示范村」), and a province's report often just 省 (「省民主法治示范村」)
        return tuple(f"{u}{rest}" for u in (*PROVINCIAL_UNITS, *_OWN_LEVEL))
    heads = ("省", "全省", "自治区级", "自治区", *PROVINCIAL_UNITS)
    by_batch = tuple(f"{h}{b}" for h in heads for b in batches)
    by_verb = tuple(f"{v}{u}" for v in _CONFERRED for u in PROVINCIAL_UNITS)
    return (*by_batch, *by_verb)
