"""Fresh questions for every timed ask of ``reportqa bench``.

Why: users ask questions the library has not answered yet. A bench that asks its mix once to
warm up and then the same texts again times a second ask of each question, which any memo
of a question's reading or result answers from a dict (stop 27: perfq27's halved p50 was
that, not a faster answer). So each timed round replaces every which-question of the mix
by one no earlier round asked (``WHICH_POOL``, topics township reports on 法治政府建设
commonly write about), and over a synthetic corpus the fact, compare and follow-up questions
name other townships each round. What the library keeps per index version (a chunk's
simplified text, its sentence ends, the rows holding a word) stays warm, as it does for a
user of a running app; only the question is new.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# which / compare / fact / follow-up over the seed reports (also inside seeds + corpus-sz)
SEED_MIX: list[dict] = [
    {"kind": "which", "q": "哪些乡镇聘请了法律顾问"},
    {"kind": "which", "q": "哪个乡镇提到了“枫桥经验”？"},
    {
        "kind": "compare",
        "q": "比较峡口镇和荆竹铺镇调处矛盾纠纷的数量",
        "town": "峡口镇",
        "town2": "荆竹铺镇",
    },
    {"kind": "fact", "q": "峡口镇2023年调解了多少件矛盾纠纷？", "town": "峡口镇"},
    {"kind": "fact", "q": "辛集乡的法律顾问是谁？", "town": "辛集乡"},
    {
        "kind": "followup",
        "q": "那左岚乡呢？",
        "history": ["峡口镇2023年调解了多少件矛盾纠纷？"],
        "town": "左岚乡",
        "town2": "峡口镇",
    },
]


def synth_mix(truth) -> list[dict]:
    """The same mix shape over a synthetic corpus, built from its planted facts."""
    a, b, c = (truth.facts[i % len(truth.facts)] for i in range(3))
    return [
        *({"kind": "which", "q": t.question} for t in truth.topics.values()),
        {
            "kind": "compare",
            "q": f"比较{a.township}和{b.township}的法治带头人数量",
            "town": a.township,
            "town2": b.township,
        },
        {"kind": "fact", "q": a.question, "town": a.township},
        {"kind": "fact", "q": b.question, "town": b.township},
        {
            "kind": "followup",
            "q": f"那{c.township}呢？",
            "history": [a.question],
            "town": c.township,
            "town2": a.township,
        },
    ]


# 「哪些乡镇…」 over common topics of these reports: each a distinct text (never one of a
# mix's own), and together more than a bench's rounds ask (rotated when they are not)
WHICH_POOL = (
    "哪些乡镇开展了宪法宣传周活动？",
    "哪些乡镇建立了公共法律服务工作站",
    "哪些乡镇组织领导干部集中学法",
    "哪些乡镇推行了行政执法公示制度",
    "哪些乡镇开展了“八五”普法",
    "哪些乡镇提到了网格化管理",
    "哪些乡镇开展了民主法治示范村创建",
    "哪些乡镇推进了政务公开",
    "哪些乡镇培育了“法律明白人”",
    "哪些乡镇开展了扫黑除恶专项斗争",
    "哪些乡镇开展了安全生产执法检查",
    "哪些乡镇提到了综合行政执法改革",
    "哪些乡镇开展了法治进校园活动",
    "哪些乡镇清理了规范性文件",
    "哪些乡镇提到了行政复议",
    "哪些乡镇设立了人民调解委员会",
    "哪些乡镇开展了禁毒宣传",
    "哪些乡镇提到了“放管服”改革",
    "哪些乡镇进行了重大行政决策合法性审查",
    "哪些乡镇建设了法治文化阵地",
)


def fresh_round(
    mix: Sequence[dict],
    round_no: int,
    towns: Sequence[str] = (),
    years: Mapping[str, set[int]] | None = None,
) -> list[dict]:
    """The mix for timed round ``round_no`` (0, 1, …): its which-questions replaced by pool
    questions no earlier round used, and with ``towns`` (a synthetic corpus's townships, in
    its order) its fact, compare and follow-up questions about townships of this round.
    With ``years`` (each township's report years) a question naming a year is only moved
    to townships with a report of that year: otherwise the refusal would time another
    shape of question."""
    which = [i for i, item in enumerate(mix) if item["kind"] == "which"]
    out: list[dict] = []
    for i, item in enumerate(mix):
        if item["kind"] == "which":
            k = round_no * len(which) + which.index(i)
            out.append({"kind": "which", "q": WHICH_POOL[k % len(WHICH_POOL)]})
        elif towns and item.get("town"):
            out.append(_renamed(item, _fitting(item, towns, years), round_no, i))
        else:
            out.append(dict(item))
    return out


_KEYS = ("town", "town2")  # the townships a mix item names
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _fitting(item: dict, towns: Sequence[str], years: Mapping[str, set[int]] | None) -> list[str]:
    named = {int(y) for t in [item["q"], *item.get("history", ())] for y in _YEAR.findall(t)}
    if not named or years is None:
        return list(towns)
    return [t for t in towns if named <= years.get(t, set())]


def _renamed(item: dict, towns: Sequence[str], round_no: int, i: int) -> dict:
    """``item`` with each township it names (``town``, ``town2``) replaced by one of
    ``towns`` that depends on the round: the same question shape about other units."""
    if not towns:
        return dict(item)
    step = 7 * (round_no + 1) + 3 * i
    names: dict[str, str] = {}
    for j, key in enumerate(_KEYS):
        if item.get(key):
            at = (step + 11 * j) % len(towns)
            if towns[at] == item[key]:  # another unit than the warm-up's own
                at = (at + 1) % len(towns)
            names[item[key]] = towns[at]
    named = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))

    def swap(text: str) -> str:  # all at once: a new name is never replaced again
        return named.sub(lambda m: names[m.group()], text)

    new = {k: v for k, v in item.items() if k not in _KEYS}
    new["q"] = swap(item["q"])
    if "history" in item:
        new["history"] = [swap(h) for h in item["history"]]
    return new
