"""A deterministic synthetic corpus of township reports with planted, known answers.

Why: the real corpora are either tiny (the five seeds) or of another shape (corpus-sz, work
reports of districts and provinces), so neither shows how ingest and retrieval behave at
1 000 or 10 000 township reports, nor whether a 「哪些乡镇…」 fan-out is still complete there.
These reports are assembled from real report sections (so cleaning, chunking, jieba and BM25
see realistic text) under generated unit names, with numbers varied and marker sentences
planted in a known subset of reports: every planted which-question has an exact answer at
every size, and a few fact questions have a known number.

Everything is drawn from one ``random.Random(seed)`` and never from set iteration order, so
the same seed and sources give byte-identical files in any process.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.truth import FactCase, ReportTruth, SynthTruth, Topic
from ingest.clean import clean_text
from ingest.metadata import extract
from reportqa.patterns import LEVEL1, LEVEL2
from reportqa.settings import REPO_ROOT

log = logging.getLogger(__name__)

SEED_CORPUS = REPO_ROOT / "corpus"
SHARED_SZ = REPO_ROOT.parent / "shared" / "corpus-sz"
FILE_PREFIX = "synth_"

# Place-name characters. None of them is a unit suffix (乡镇县区市…), a word the metadata
# parser splits on (关于 我 的 在 年 和 与 …) or a first character it treats as generic.
_SYLLABLES = (
    "青石岭溪松坪沙湾塘岗峪河泉柳杨桃梅竹兰龙凤鹤云霞金银铜玉宝丰安宁平康泰兴隆昌盛华荣福寿"
    "庆阳光东西南北双白红黄翠碧江湖潭滩洲岩峰坡林田园源门庄堡寨屯营旺顺永长高古马牛羊鹿虎莲"
    "荷菊芦茶桑麻柏樟槐榆枣栗杏梨"
)
_SEED_CORES = ("辛集", "荆竹铺", "峡口", "左岚", "云乐", "鲁山", "武冈", "南岸", "城口", "旌德")
_CN_DIGITS = "一二三四五六七八九"


@dataclass(frozen=True)
class _TopicSpec:
    key: str
    question: str
    marker: str  # the phrase that decides membership: present in exactly the planted reports
    share: float
    minimum: int
    sentences: tuple[str, ...]


# Planted which-topics. Building blocks lose every sentence that mentions a topic word, so
# the planted reports are the only ones that can support the question.
TOPICS = (
    _TopicSpec(
        "legal_adviser",
        "哪些乡镇聘请了法律顾问",
        "聘请律师担任法律顾问",
        0.30,
        1,
        (
            "积极推行法律顾问制度，聘请律师担任法律顾问，全年审查各类合同{a}份。",
            "{town}聘请律师担任法律顾问，参与重大行政决策合法性审查{a}次。",
        ),
    ),
    _TopicSpec(
        "fengqiao",
        "哪些乡镇提到了“枫桥经验”？",
        "枫桥经验",
        0.04,
        2,
        ("坚持和发展新时代“枫桥经验”，推动矛盾纠纷就地化解。",),
    ),
)
# Facts planted in every report: (sentence, question, expected answer string).
FACTS = (
    (
        "村（社区）“法治带头人”培育工程持续推进，全年培育“法治带头人”{n}名。",
        "{town}培育了多少名法治带头人？",
        "{n}名",
    ),
    (
        "全年开展“送法下乡”活动{n}场，覆盖全部村（社区）。",
        "{town}开展了多少场送法下乡活动？",
        "{n}场",
    ),
)
_BANNED = ("法律顾问", "律师", "枫桥", "带头人", "送法下乡")
_FORBIDDEN_TEXT = (
    "".join(
        [
            *(t.question + t.marker + "".join(t.sentences) for t in TOPICS),
            *("".join(f) for f in FACTS),
        ]
    )
    + "比较和的数量呢那法治政府建设人民政府关于年度情况报告"
)


# ---- building blocks -------------------------------------------------------------------
@dataclass(frozen=True)
class _Block:
    kind: str  # work | problem | plan
    heading: str  # the heading line without its （一） number
    body: tuple[str, ...]
    src_year: int | None


_PH_TOWN, _PH_TOWN_S, _PH_COUNTY, _PH_COUNTY_S = "\x00T\x00", "\x00t\x00", "\x00C\x00", "\x00c\x00"


def _kind_of(level1: str) -> str:
    if re.search(r"不足|问题|差距", level1):
        return "problem"
    if re.search(r"下一步|安排|计划|思路|打算|目标|工作建议", level1):
        return "plan"
    return "work"


def _drop_banned(line: str) -> str:
    sentences = re.findall(r"[^。；！？]*[。；！？]?", line)
    return "".join(s for s in sentences if s and not any(b in s for b in _BANNED))


def _short(name: str) -> str:
    core = name[:-1] if name[-1:] in "乡镇县区市" else name
    return core if len(core) >= 2 else name


def _read_blocks(path: Path) -> list[_Block]:
    """The （一）… sections of one report, with its own unit names made placeholders."""
    text = clean_text(path.read_text(encoding="utf-8", errors="replace"))
    ex = extract(text, path.name)
    names: list[tuple[str, str]] = []
    if ex.level == "乡镇" and ex.township:
        names += [(ex.township, _PH_TOWN), (_short(ex.township), _PH_TOWN_S)]
        if ex.county:
            names += [(ex.county, _PH_COUNTY), (_short(ex.county), _PH_COUNTY_S)]
    names.sort(key=lambda p: len(p[0]), reverse=True)
    blocks: list[_Block] = []
    level1, heading, body = "", "", []

    def close() -> None:
        if heading:
            kept = [b for line in body if (b := _drop_banned(line))]
            size = len(heading) + sum(map(len, kept))
            if 40 <= size <= 1500 and _drop_banned(heading) == heading:
                blocks.append(_Block(_kind_of(level1), heading, tuple(kept), ex.year))

    for raw in text.split("\n"):
        line = raw.strip()
        for name, placeholder in names:
            line = line.replace(name, placeholder)
        if LEVEL1.match(line):
            close()
            level1, heading, body = line, "", []
        elif m := LEVEL2.match(line):
            close()
            heading, body = line[m.end() :].strip(), []
        elif heading and line:
            body.append(line)
        elif level1 and len(line) >= 40:  # a paragraph directly under 一、…: a block of its own
            close()
            heading, body = line, []
    close()
    return blocks


def _pools(sources: Sequence[Path]) -> dict[str, list[_Block]]:
    pools: dict[str, list[_Block]] = {"seed": [], "other": []}
    for src in sources:
        files = sorted(src.glob("*.txt")) if src.is_dir() else [src]
        for path in files:
            blocks = _read_blocks(path)
            pools["seed" if src.resolve() == SEED_CORPUS.resolve() else "other"] += blocks
    if not pools["seed"]:  # custom sources: use whatever was given as the main pool
        pools["seed"], pools["other"] = pools["other"], []
    if not pools["seed"]:
        raise ValueError(f"no （一）-style sections found in {list(map(str, sources))}")
    return pools


# ---- names -----------------------------------------------------------------------------
class _Names:
    """Unique place-name cores; no core is a substring of another (so 「那青石镇呢」 names
    exactly one unit), of a seed name, or of any planted question or sentence."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._cores: set[str] = set()
        self._parts: set[str] = set()  # every substring (length >= 2) of every core

    def _ok(self, core: str) -> bool:
        subs = {core[i:j] for i in range(len(core)) for j in range(i + 2, len(core) + 1)}
        return (
            core not in self._parts
            and not (subs & self._cores)
            and core not in _FORBIDDEN_TEXT
            and not any(s in core or core in s for s in _SEED_CORES)
        )

    def take(self) -> str:
        for _ in range(10_000):
            size = 2 if self._rng.random() < 0.2 else 3
            core = "".join(self._rng.choice(_SYLLABLES) for _ in range(size))
            if self._ok(core):
                self._cores.add(core)
                self._parts.update(
                    core[i:j] for i in range(len(core)) for j in range(i + 2, len(core) + 1)
                )
                return core
        raise RuntimeError("ran out of unique place names")


# ---- assembly --------------------------------------------------------------------------
def _cn(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n - 1]
    tens, ones = divmod(n, 10)
    return (
        ("" if tens == 1 else _CN_DIGITS[tens - 1]) + "十" + (_CN_DIGITS[ones - 1] if ones else "")
    )


def _vary_numbers(text: str, year: int, src_year: int | None, rng: random.Random) -> str:
    """Other numbers than the source's: years move with the report year, list numbers stay."""

    def sub(m: re.Match[str]) -> str:
        s, before, after = m.group(0), text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if len(s) == 4 and s[:2] in ("19", "20"):
            delta = int(s) - src_year if src_year else 0
            return str(year + max(-5, min(2, delta)))
        if before in ("", "\n", "（", "(") and after in ("．", ".", "、", "）", ")"):
            return s
        if after in ("%", "％"):
            return str(rng.randint(50, 100))
        return str(rng.randint(10 ** (len(s) - 1) if len(s) > 1 else 1, 10 ** len(s) - 1))

    return re.sub(r"(?<![\d.])\d+", sub, text)


def _fill(text: str, town: str, county: str) -> str:
    return (
        text.replace(_PH_TOWN, town)
        .replace(_PH_TOWN_S, _short(town))
        .replace(_PH_COUNTY, county)
        .replace(_PH_COUNTY_S, _short(county))
    )


def _section(blocks: list[_Block], extra: dict[int, list[str]], year: int, rng) -> list[str]:
    lines: list[str] = []
    for i, b in enumerate(blocks, 1):
        text = _vary_numbers("\n".join([b.heading, *b.body]), year, b.src_year, rng)
        lines.append(f"（{_cn(i)}）{text}{''.join(extra.get(i - 1, []))}")
    return lines


def _pick(pools: dict[str, list[_Block]], kind: str, k: int, rng: random.Random) -> list[_Block]:
    out: list[_Block] = []
    for _ in range(k):
        pool = pools["other"] if pools["other"] and rng.random() < 0.35 else pools["seed"]
        same = [b for b in pool if b.kind == kind] or [b for b in pools["seed"] if b.kind == kind]
        out.append(rng.choice(same or pools["seed"]))
    return out


# One title line only while it stays under 30 characters: ingest's cleaner joins a longer
# unterminated line to the next paragraph (ingest/clean.py ``_joins_next``).
_TITLES = (
    ("{county}{town}人民政府关于{year}年法治政府建设情况的报告",),
    ("{county}{town}人民政府", "关于{year}年法治政府建设情况的报告"),
    ("{county}{town}人民政府", "{year}年法治政府建设工作报告"),
)
_INTRO = (
    "{year}年，{town}在{county}委、{county}政府的正确领导下，坚持以习近平新时代中国特色社会主义"
    "思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作。"
    "现将{year}年度法治政府建设工作情况报告如下："
)
_LEVEL1 = (
    "一、{year}年度推进法治政府建设的主要举措和成效",
    "二、{year}年度推进法治政府建设存在的不足和原因",
    "三、{next}年度推进法治政府建设的主要安排",
)


def generate(
    out_dir: Path, n: int, seed: int = 7, sources: Sequence[Path] | None = None
) -> SynthTruth:
    """Write ``n`` reports ``synth_00000.txt``… into ``out_dir`` (earlier ones removed)."""
    rng = random.Random(seed)
    pools = _pools(tuple(sources) if sources is not None else default_sources())
    names = _Names(rng)
    counties = [
        names.take() + ("县" if rng.random() < 0.7 else "区") for _ in range(max(3, n // 8))
    ]
    towns = [names.take() + ("镇" if rng.random() < 0.6 else "乡") for _ in range(n)]
    planted = {
        t.key: set(rng.sample(range(n), min(n, max(t.minimum, round(t.share * n))))) for t in TOPICS
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"{FILE_PREFIX}*.txt"):
        old.unlink()
    reports: list[ReportTruth] = []
    facts: list[FactCase] = []
    fact_rows = {r: k % len(FACTS) for k, r in enumerate(sorted(rng.sample(range(n), min(n, 6))))}
    for i, town in enumerate(towns):
        county, year = rng.choice(counties), rng.randint(2021, 2024)
        work = _pick(pools, "work", rng.randint(4, 7), rng)
        extra: dict[int, list[str]] = {}
        for t in TOPICS:
            if i in planted[t.key]:
                sentence = rng.choice(t.sentences).format(town=town, a=rng.randint(5, 90))
                extra.setdefault(rng.randrange(len(work)), []).append(sentence)
        for j, (sentence, question, expected) in enumerate(FACTS):
            num = rng.randint(11, 499)
            extra.setdefault(rng.randrange(len(work)), []).append(sentence.format(n=num))
            if fact_rows.get(i) == j:
                facts.append(FactCase(town, question.format(town=town), expected.format(n=num)))
        lines = [t.format(county=county, town=town, year=year) for t in rng.choice(_TITLES)]
        if len(lines[0]) >= 30:
            lines = [t.format(county=county, town=town, year=year) for t in _TITLES[1]]
        title = " ".join(lines)
        parts = [*lines, "", _INTRO.format(year=year, town=town, county=county)]
        parts.append(_LEVEL1[0].format(year=year))
        parts += _section(work, extra, year, rng)
        parts.append(_LEVEL1[1].format(year=year))
        parts += _section(_pick(pools, "problem", rng.randint(1, 3), rng), {}, year, rng)
        parts.append(_LEVEL1[2].format(next=year + 1))
        parts += _section(_pick(pools, "plan", rng.randint(2, 3), rng), {}, year, rng)
        file = f"{FILE_PREFIX}{i:05d}.txt"
        text = _fill("\n".join(parts), town, county) + "\n"
        (out_dir / file).write_text(text, encoding="utf-8")
        reports.append(ReportTruth(file, town, county, year, title))
    topics = {
        t.key: Topic(t.key, t.question, t.marker, frozenset(towns[i] for i in planted[t.key]))
        for t in TOPICS
    }
    log.info("wrote %d synthetic reports to %s", n, out_dir)
    return SynthTruth(seed, tuple(reports), topics, tuple(facts))


def default_sources() -> tuple[Path, ...]:
    """The seed reports, plus corpus-sz when the shared folder is present."""
    return tuple(p for p in (SEED_CORPUS, SHARED_SZ) if p.is_dir())
