"""Guards for round perf17's cheaper ingest steps: each must decide exactly what the step it
replaced decided (they pass at the branch point too; what they catch is a faster version
that decides differently)."""

from __future__ import annotations

import random
import re

from ingest import clean, encoding, gazetteer

# the characters a report is made of, and some it is not: control characters, private use,
# symbols outside the textual ranges, replacement characters
_TEXTUAL_SAMPLES = "法治政府建设年度报告 ABC abc 123\n\t，。、（）《》①Ⅱ×·→■α№ｑ１　\U00020000"
_OTHER_SAMPLES = "\x00\x01\x07\x1b\x7f\x85\ue000\ue123\u0600\u0e01\u1100\ufffd\U0001f600"


def _non_textual_one_by_one(text: str) -> int:
    """The definition: how many characters fall outside the textual class, one at a time."""
    one = re.compile(encoding._TEXTUAL.pattern.removesuffix("+"))
    return sum(1 for ch in text if not one.fullmatch(ch))


def test_text_check_counts_non_textual_characters_as_one_by_one_does():
    rng = random.Random(17)
    for _ in range(3000):
        share = rng.random() * 0.3
        n = rng.randint(0, 300)
        text = "".join(
            rng.choice(_OTHER_SAMPLES if rng.random() < share else _TEXTUAL_SAMPLES)
            for _ in range(n)
        )
        assert len(encoding._TEXTUAL.sub("", text)) == _non_textual_one_by_one(text)
        looks = encoding._looks_like_text(text)
        controls = len(encoding._CONTROL.findall(text))
        want = not text or (
            controls <= len(text) * encoding._MAX_CONTROL_RATIO
            and _non_textual_one_by_one(text) <= len(text) * encoding._MAX_NON_TEXT_RATIO
        )
        assert looks == want


def _parse_one_by_one(text: str) -> gazetteer.Gazetteer:
    """The gazetteer's parse before round perf17: a ``Place`` made per town, a match object
    per entry. The definition the faster parse must equal."""
    gaz = gazetteer.Gazetteer()
    prov = city = county = ""
    for m in gazetteer._ENTRY.finditer(text):
        depth, name = len(m.group(1)), m.group(2).strip()
        alias = (m.group(3) or "").split("/")[0].strip()
        if depth == 0:
            prov = city = county = name
            gaz.provinces.add(name)
        elif depth == 1:
            city = county = prov if name.endswith(gazetteer._DIRECT) else name
            if city != prov:
                suffix = "州" if name.endswith("州") else name[-1]
                for v in gazetteer._variants(name, alias, suffix):
                    gaz.add(gaz.cities, v, gazetteer.Place(prov, name))
        elif depth == 2:
            county = city if name.endswith(gazetteer._DIRECT) else name
            for v in gazetteer._variants(name, alias, "县") if county != city else ():
                gaz.add(gaz.counties, v, gazetteer.Place(prov, city))
        elif name.endswith(gazetteer._TOWN_SUFFIXES):
            gaz.add(gaz.towns, name, gazetteer.Place(prov, city, county))
            gaz.towns_in.setdefault(county, set()).add(name)
    gaz.index_levels()
    return gaz


def _same_gazetteer(a: gazetteer.Gazetteer, b: gazetteer.Gazetteer) -> bool:
    kinds = ("towns", "counties", "cities", "provinces", "towns_in", "levels")
    return all(
        getattr(a, k) == getattr(b, k)
        and (not isinstance(getattr(a, k), dict) or list(getattr(a, k)) == list(getattr(b, k)))
        for k in kinds
    )


def _made_up_tree(rng: random.Random) -> str:
    """A division list of the dictionary's shape: provinces, cities (some 「省直辖行政区划」),
    counties with code and alias (some 「市直辖行政区划」, some 自治县), towns and villages,
    names reused across branches, a town entry or two before any county."""
    lines = []
    towns = ["城关镇", "三都镇", "东湖街道", "红旗乡", "白云苏木", "新村", "古柏路街道"]
    if rng.random() < 0.3:
        lines.append("\t\t\t" + rng.choice(towns))
    for p in range(rng.randint(1, 3)):
        lines.append(f"省{p}省" if rng.random() < 0.8 else f"市{p}市")
        for c in range(rng.randint(1, 3)):
            city = "省直辖行政区划" if rng.random() < 0.2 else rng.choice(["甲市", "乙州", "丙市"])
            lines.append(f"\t{city}\t{p}{c}00\t{city[:1]}州/别名")
            for k in range(rng.randint(1, 3)):
                county = rng.choice(["丁县", "戊区", "己自治县", "市直辖行政区划", "庚旗"])
                lines.append(f"\t\t{county}\t{p}{c}{k}0\t{county[:1]}")
                for _ in range(rng.randint(0, 4)):
                    lines.append("\t\t\t" + rng.choice(towns))
                    if rng.random() < 0.5:
                        lines.append("\t\t\t\t某某村")
    return "\n".join(lines) + "\n"


def test_gazetteer_parse_files_every_name_as_one_by_one_does():
    rng = random.Random(17)
    for _ in range(500):
        text = _made_up_tree(rng)
        kept = b"\n".join(gazetteer._NOT_VILLAGE.findall(text.encode())).decode()
        by_lines = "\n".join(ln for ln in text.split("\n") if not ln.startswith("\t\t\t\t"))
        assert kept == by_lines
        assert _same_gazetteer(gazetteer.parse(kept), _parse_one_by_one(kept))
    data = gazetteer._read()  # the real list, when jionlp is installed
    if data is not None:
        full = data.decode("utf-8")
        assert _same_gazetteer(gazetteer.gazetteer(), _parse_one_by_one(full))


_LINE_PIECES = [
    "镇",
    "政府",
    "2024",
    "年",
    "（一）",
    "法治",
    "）",
    ")",
    "%",
    "12",
    "。",
    "，",
    "“",
    "《",
]
_SPACES = [" ", "\t", "\u3000", "\u00a0", "  "]


def test_cleaning_skips_the_space_rules_only_where_they_would_remove_nothing(monkeypatch):
    rng = random.Random(17)
    texts = []
    for _ in range(400):
        lines = []
        for _ in range(rng.randint(1, 12)):
            parts = [rng.choice(_LINE_PIECES) for _ in range(rng.randint(1, 10))]
            if rng.random() < 0.5:  # half the lines carry spaces of every kind, anywhere
                for _ in range(rng.randint(1, 4)):
                    parts.insert(rng.randint(0, len(parts)), rng.choice(_SPACES))
            lines.append("".join(parts))
        texts.append("\n".join(lines))
    fast = [clean.clean_text(t) for t in texts]
    monkeypatch.setattr(clean, "_HAS_SPACE", re.compile(""))  # every line through the rules
    assert fast == [clean.clean_text(t) for t in texts]
    assert sum(a != b for a, b in zip(fast, texts, strict=True)) > 100  # the rules did work
