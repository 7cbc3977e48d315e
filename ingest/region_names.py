"""Region and strategy names, which are built like a district's name but are no government.

Chinese reports name the regional strategies their place works within — 「融入粤港澳大湾区建设」,
「长三角一体化」, 「京津冀协同发展」, 「成渝地区双城经济圈」, 「海峡西岸经济区」, 「长江经济带」 — and a
report of a district inside one may name it more often than it spells its own full name (盐田区's
2019 report: 「粤港澳大湾区」 eight times, 「盐田区」 once). Such a region spans several provinces or
cities and has no people's government, no 人大 and no work report of its own: it is never the unit
a report is, nor the place a question filters by as a unit. Its name ends in 区 only because
「湾区」「经济区」 end so, so the name's ending alone would read it as a district.

The statutory districts that end alike are read apart: 荔湾区, 金湾区, 龙湾区 are one bay's
district, named by a place plus 湾; a region is 大湾区 (the great bay) or a run of several places'
one-character abbreviations before it (粤港澳, 京津冀, 闽西南), or an economic-region word.
"""

from __future__ import annotations

import re

# the great bay area (粤港澳大湾区, 大湾区, 环杭州湾大湾区); 经济区/经济带/经济圈 (海峡西岸经济区,
# 长江经济带, 双城经济圈); a 三角 (长三角, 珠三角区); 城市群, 都市圈 — none ends a district's name
_REGION = re.compile(r"(?:大湾区|湾区域|经济(?:区|带|圈)|三角洲?区?|城市群|都市圈|协同发展区)$")
# several provinces' abbreviations run together before 湾区 (粤港澳湾区): no district is so named
_ABBREVIATED = re.compile(r"^(?:粤港澳|港澳|深港|港深)湾区$")


def is_region(name: str) -> bool:
    """True for the name of a region or strategy spanning several governments (粤港澳大湾区,
    大湾区, 长江经济带, 海峡西岸经济区), which no report is the unit of."""
    return bool(_REGION.search(name) or _ABBREVIATED.match(name))
